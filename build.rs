//! Parses and validates every model in `model-data/` and generates, into `OUT_DIR`:
//!
//! - `catalogue.rs`, the statics of `src/core/model/mod.rs`;
//! - `model-text.txt`, the models' long texts, which the app fetches after the first screen;
//! - `first-screen.html`, the first screen as HTML: served inside `index.html` so that it paints
//!   before any wasm is fetched (`xtask/src/finish.rs`), and drawn from the same text by the app
//!   (`src/explore/home.rs`), so the two can never differ.
//!
//! A broken model file fails the build with messages that name the file, the item and the
//! problem.

#[path = "src/core/model/file.rs"]
#[allow(dead_code)]
mod file;
#[path = "src/core/model/text_file.rs"]
#[allow(dead_code)]
mod text_file;
#[path = "src/core/model/validate.rs"]
#[allow(dead_code)]
mod validate;

use file::{CatalogueFile, LinkSlotsFile, ModelFile};
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=model-data");
    println!("cargo:rerun-if-changed=src/core/model/file.rs");
    println!("cargo:rerun-if-changed=src/core/model/validate.rs");
    println!("cargo:rerun-if-changed=src/core/model/text_file.rs");
    match generate(Path::new("model-data")) {
        Ok((code, texts, first_screen)) => {
            let out_dir =
                std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()]));
            for (name, contents) in [
                ("catalogue.rs", code),
                ("model-text.txt", texts),
                ("first-screen.html", first_screen),
            ] {
                let target = Path::new(&out_dir).join(name);
                if let Err(error) = std::fs::write(&target, contents) {
                    fail(&[format!("cannot write {}: {error}", target.display())]);
                }
            }
        }
        Err(problems) => fail(&problems),
    }
}

fn fail(problems: &[String]) -> ! {
    let mut text = String::from("model-data/ is not valid:\n");
    for problem in problems {
        let _ = writeln!(text, "  - {problem}");
    }
    eprintln!("{text}");
    std::process::exit(1);
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

fn generate(dir: &Path) -> Result<(String, String, String), Vec<String>> {
    let catalogue_text = read(&dir.join("catalogue.toml")).map_err(|e| vec![e])?;
    let catalogue: CatalogueFile =
        toml::from_str(&catalogue_text).map_err(|e| vec![format!("catalogue.toml: {e}")])?;
    let mut file_names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: cannot list: {e}", dir.display())])?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    file_names.sort();

    let mut problems: Vec<String> = validate::validate_catalogue(&catalogue, &file_names)
        .iter()
        .map(ToString::to_string)
        .collect();
    let mut models = Vec::new();
    for id in &catalogue.models {
        let name = format!("{id}.toml");
        let Ok(text) = read(&dir.join(&name)) else {
            continue; // already reported by validate_catalogue
        };
        match toml::from_str::<ModelFile>(&text) {
            Ok(model) => {
                let found = validate::validate_model(&name, &model);
                if found.is_empty() {
                    models.push(model);
                } else {
                    problems.extend(found.iter().map(ToString::to_string));
                }
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    let slots_text = read(&dir.join(validate::LINK_SLOTS_FILE)).map_err(|e| vec![e])?;
    let slots: LinkSlotsFile = toml::from_str(&slots_text)
        .map_err(|e| vec![format!("{}: {e}", validate::LINK_SLOTS_FILE)])?;
    problems.extend(
        validate::validate_link_slots(&slots, &models)
            .iter()
            .map(ToString::to_string),
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    let texts = render_texts(&models);
    let mut code = render(&models, &slots);
    // A fingerprint of the texts, so the app asks for exactly this version of the file and a
    // static host's cache never serves an older one.
    let _ = writeln!(
        code,
        "pub const MODEL_TEXT_VERSION: &str = \"{:016x}\";",
        fnv1a(&texts)
    );
    Ok((code, texts, render_first_screen(&models)))
}

/// Escapes text for HTML content and attribute values.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The first screen's content (inside `<section class="home">`): what Rungs is, each model with
/// its summary and levels, and the radar column as a new visitor sees it. The app fills in the
/// empty `status` lines and the radar for a returning visitor (`src/explore/home.rs`). Model ids
/// are slugs (validated), so they go into links as they are.
fn render_first_screen(models: &[ModelFile]) -> String {
    let mut out = String::from(
        "<div class=\"intro\">\n<h1>Rungs</h1>\n<p class=\"lead\">Explore maturity models, score \
         your team practice by practice, and see which rung you stand on and what blocks the \
         next. Everything stays in your browser.</p>\n<h2>Models</h2>\n<ul class=\"model-list\">\n",
    );
    for m in models {
        let id = &m.id;
        let levels: Vec<String> = m.levels.iter().map(|l| html(&l.name)).collect();
        let _ = write!(
            out,
            "<li class=\"model-card\" data-model=\"{id}\">\n\
             <h3><a href=\"#/model/{id}\">{name}</a></h3>\n\
             <p>{summary}</p>\n\
             <p class=\"levels\"><span class=\"label\">Levels: </span>{levels}</p>\n\
             <p class=\"status\" data-model=\"{id}\"></p>\n\
             <p class=\"meta\"><a class=\"assess-link\" href=\"#/assess/{id}\">Assess</a> · \
             <a href=\"#/model/{id}\">Explore {count} practices</a> · \
             <a href=\"#/model/{id}/about\">About</a></p>\n</li>\n",
            name = html(&m.name),
            summary = html(&prose(&m.summary)),
            levels = levels.join(" · "),
            count = m.practices.len(),
        );
    }
    out.push_str(
        "</ul>\n<ul class=\"model-list own-model-list\" aria-label=\"Your own models\" hidden></ul>\n\
         <p class=\"add-own-model\"><a href=\"#/models\">Add a model of your own</a>: a file in \
         Rungs' model format, or a model link someone sent you.</p>\n\
         </div>\n<div class=\"home-radar\">\n<h2>Your radar</h2>\n\
         <div class=\"home-progress\"><p class=\"meta no-data\">Assess a model to see it here: one \
         polygon per model assessed.</p></div>\n</div>\n",
    );
    out
}

/// FNV-1a, 64 bits: a stable fingerprint (std's hashers are not stable across releases).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The long texts, in the format of `src/model/text_file.rs`.
fn render_texts(models: &[ModelFile]) -> String {
    let mut out = format!("{}\n", text_file::HEADER);
    for m in models {
        let record = |out: &mut String, key: &str, text: &str| {
            text_file::write_record(out, &m.id, key, &prose(text));
        };
        record(&mut out, "purpose", &m.about.purpose);
        record(&mut out, "crosswalk", &m.about.crosswalk);
        record(&mut out, "version_note", &m.about.version_note);
        record(&mut out, "licence", &m.source.licence);
        for l in &m.levels {
            record(&mut out, &format!("level:{}", l.id), &l.summary);
        }
        for c in &m.categories {
            record(&mut out, &format!("category:{}", c.id), &c.summary);
        }
        for p in &m.practices {
            record(&mut out, &format!("practice:{}", p.id), &p.description);
        }
    }
    out
}

/// Collapses the line breaks of TOML multi-line strings into spaces but keeps blank-line paragraph
/// breaks, which the app shows as separate paragraphs.
fn prose(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Writes the models as Rust statics. Strings are written with `{:?}`, whose escaping is valid
/// Rust literal syntax.
fn render(models: &[ModelFile], slots: &LinkSlotsFile) -> String {
    let mut out = String::from("pub static MODELS: &[Model] = &[\n");
    for m in models {
        let _ = writeln!(
            out,
            "Model {{ id: {:?}, name: {:?}, version: {:?}, summary: {:?},",
            m.id,
            m.name,
            m.version,
            prose(&m.summary)
        );
        let s = &m.source;
        let _ = writeln!(
            out,
            "source: Source {{ authors: {:?}, title: {:?}, publisher: {:?}, year: {}, url: {:?} }},",
            s.authors, s.title, s.publisher, s.year, s.url
        );
        out.push_str("levels: &[\n");
        for l in &m.levels {
            let _ = writeln!(
                out,
                "Level {{ id: {:?}, name: {:?}, needs_no_practices: {} }},",
                l.id, l.name, l.needs_no_practices
            );
        }
        out.push_str("],\ncategories: &[\n");
        for c in &m.categories {
            let _ = writeln!(out, "Category {{ id: {:?}, name: {:?} }},", c.id, c.name);
        }
        out.push_str("],\npractices: &[\n");
        for p in &m.practices {
            let category = m
                .categories
                .iter()
                .position(|c| c.id == p.category)
                .unwrap_or(0);
            let level = m.levels.iter().position(|l| l.id == p.level).unwrap_or(0);
            let dimension = match p.dimension.as_str() {
                "organization" => "Organization",
                "process" => "Process",
                "technology" => "Technology",
                _ => "Culture",
            };
            let _ = writeln!(
                out,
                "Practice {{ id: {:?}, title: {:?}, category: {category}, level: {level}, dimension: Dimension::{dimension} }},",
                p.id, p.title
            );
        }
        out.push_str("],\nretired: &[");
        for r in &m.retired {
            let _ = write!(out, "{r:?}, ");
        }
        // Validation guarantees an entry for every model, at a position below 64.
        let code = slots.model.iter().position(|s| s.id == m.id).unwrap_or(0);
        let _ = write!(out, "],\nlink_code: {code},\nlink_slots: &[");
        if let Some(entry) = slots.model.get(code) {
            for id in &entry.practices {
                let _ = write!(out, "{id:?}, ");
            }
        }
        out.push_str("],\n},\n");
    }
    out.push_str("];\n");
    out
}
