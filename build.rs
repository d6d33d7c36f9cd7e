//! Parses and validates every model in `model-data/` and generates, into `OUT_DIR`:
//!
//! - `catalogue.rs`, the statics of `src/core/model/mod.rs`;
//! - `model-text.txt`, the models' long texts, which the app fetches after the first screen;
//! - `first-screen.html`, the first screen as HTML: served inside `index.html` so that it paints
//!   before any wasm is fetched (`xtask/src/finish.rs`), and drawn from the same text by the app
//!   (`src/explore/home.rs`), so the two can never differ;
//! - the same in French, from `model-data/fr/` and `i18n/fr/*.txt`: `first-screen.fr.html`,
//!   `model-text.fr.txt`, and `ui-text.fr.txt`, the interface's catalogue with the models'
//!   names, titles and summaries added under `@<model>/…` keys (see `src/core/i18n.rs`).
//!
//! A broken model file fails the build with messages that name the file, the item and the
//! problem.

#[path = "src/core/model/file.rs"]
#[allow(dead_code)]
mod file;
#[path = "src/core/i18n.rs"]
#[allow(dead_code)]
mod i18n;
#[path = "src/core/model/text_file.rs"]
#[allow(dead_code)]
mod text_file;
#[path = "src/core/model/validate.rs"]
#[allow(dead_code)]
mod validate;

use file::{CatalogueFile, LinkSlotsFile, ModelFile, TranslationFile};
use std::fmt::Write as _;
use std::path::Path;

/// What the build writes into `OUT_DIR`, by file name.
type Outputs = Vec<(&'static str, String)>;

fn main() {
    println!("cargo:rerun-if-changed=model-data");
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=src/core/model/file.rs");
    println!("cargo:rerun-if-changed=src/core/model/validate.rs");
    println!("cargo:rerun-if-changed=src/core/model/text_file.rs");
    println!("cargo:rerun-if-changed=src/core/i18n.rs");
    match generate(Path::new("model-data"), Path::new("i18n")) {
        Ok(outputs) => {
            let out_dir =
                std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()]));
            for (name, contents) in outputs {
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

fn generate(dir: &Path, i18n_dir: &Path) -> Result<Outputs, Vec<String>> {
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
    let (french, ui_text) = french(dir, i18n_dir, &models)?;
    let texts = render_texts(&models);
    let french_texts = render_texts(&french);
    let mut code = render(&models, &slots);
    // Fingerprints of the texts, so the app asks for exactly this version of each file and a
    // static host's cache never serves an older one.
    for (name, text) in [
        ("MODEL_TEXT_VERSION", &texts),
        ("FRENCH_MODEL_TEXT_VERSION", &french_texts),
        ("FRENCH_UI_TEXT_VERSION", &ui_text),
    ] {
        let _ = writeln!(code, "pub const {name}: &str = \"{:016x}\";", fnv1a(text));
    }
    let catalogue = i18n::Catalogue::parse(&ui_text, "fr").map_err(|e| vec![e.to_string()])?;
    let in_french = |english: &str| catalogue.get(english).unwrap_or(english).to_string();
    Ok(vec![
        ("catalogue.rs", code),
        (
            "first-screen.html",
            render_first_screen(&models, &|e| e.to_string()),
        ),
        (
            "first-screen.fr.html",
            render_first_screen(&french, &in_french),
        ),
        ("model-text.txt", texts),
        ("model-text.fr.txt", french_texts),
        ("ui-text.fr.txt", ui_text),
    ])
}

/// The models in French (from `model-data/fr/`, each checked against its model), and the
/// interface's French catalogue: `i18n/fr/*.txt` (checked) with each model's names, titles and
/// summary added under `@<model>/…` keys, which `src/core/model/mod.rs` reads back.
fn french(
    dir: &Path,
    i18n_dir: &Path,
    models: &[ModelFile],
) -> Result<(Vec<ModelFile>, String), Vec<String>> {
    let mut problems = Vec::new();
    let mut french = Vec::new();
    for model in models {
        let name = format!("fr/{}.toml", model.id);
        let translated = read(&dir.join(&name)).and_then(|text| {
            toml::from_str::<TranslationFile>(&text).map_err(|e| format!("{name}: {e}"))
        });
        match translated {
            Ok(translation) => {
                let found = validate::validate_translation(&name, model, &translation);
                problems.extend(found.iter().map(ToString::to_string));
                french.push(translation.apply(model));
            }
            Err(e) => problems.push(e),
        }
    }
    // The catalogue comes in files by area of the app (`i18n/fr/*.txt`), each checked on its
    // own so that a problem names its file and line, then all together (one English text may
    // be translated once only).
    let catalogue_dir = i18n_dir.join("fr");
    let mut names: Vec<_> = std::fs::read_dir(&catalogue_dir)
        .map_err(|e| vec![format!("{}: cannot list: {e}", catalogue_dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut ui_text = String::new();
    for name in &names {
        let text = read(name).map_err(|e| vec![e])?;
        if let Err(e) = i18n::Catalogue::parse(&text, "fr") {
            problems.push(format!("{}: {e}", name.display()));
        }
        ui_text.push_str(&text);
        ui_text.push('\n');
    }
    if problems.is_empty() {
        if let Err(e) = i18n::Catalogue::parse(&ui_text, "fr") {
            problems.push(format!(
                "{} (all files together): {e}",
                catalogue_dir.display()
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    ui_text.push_str("\n# The models' names, titles and summaries, added by build.rs.\n");
    let mut entry = |key: String, text: &str| {
        let text = prose(text).replace('\n', " ");
        let _ = write!(ui_text, "\nen: {key}\nfr: {text}\n");
    };
    for m in &french {
        entry(format!("@{}/name", m.id), &m.name);
        entry(format!("@{}/summary", m.id), &m.summary);
        for l in &m.levels {
            entry(format!("@{}/level/{}", m.id, l.id), &l.name);
        }
        for c in &m.categories {
            entry(format!("@{}/category/{}", m.id, c.id), &c.name);
        }
        for p in &m.practices {
            entry(format!("@{}/practice/{}", m.id, p.id), &p.title);
        }
    }
    Ok((french, ui_text))
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
fn render_first_screen(models: &[ModelFile], tr: &dyn Fn(&str) -> String) -> String {
    let mut out = format!(
        "<div class=\"intro\">\n<h1>Rungs</h1>\n<p class=\"lead\">{lead}</p>\n<h2>{heading}</h2>\n\
         <ul class=\"model-list\">\n",
        lead = html(&tr("Explore maturity models, score your team practice by practice, and see which rung you stand on and what blocks the next. Everything stays in your browser.")),
        heading = html(&tr("Models")),
    );
    for m in models {
        let id = &m.id;
        let levels: Vec<String> = m.levels.iter().map(|l| html(&l.name)).collect();
        let _ = write!(
            out,
            "<li class=\"model-card\" data-model=\"{id}\">\n\
             <h3><a href=\"#/model/{id}\">{name}</a></h3>\n\
             <p>{summary}</p>\n\
             <p class=\"levels\"><span class=\"label\">{levels_label} </span>{levels}</p>\n\
             <p class=\"status\" data-model=\"{id}\"></p>\n\
             <p class=\"meta\"><a class=\"assess-link\" href=\"#/assess/{id}\">{assess}</a> · \
             <a href=\"#/model/{id}\">{explore}</a> · \
             <a href=\"#/model/{id}/about\">{about}</a></p>\n</li>\n",
            name = html(&m.name),
            summary = html(&prose(&m.summary)),
            levels_label = html(&tr("Levels:")),
            levels = levels.join(" · "),
            assess = html(&tr("Assess")),
            explore =
                html(&tr("Explore {n} practices").replace("{n}", &m.practices.len().to_string())),
            about = html(&tr("About")),
        );
    }
    let _ = write!(
        out,
        "</ul>\n<ul class=\"model-list own-model-list\" aria-label=\"{own}\" hidden></ul>\n\
         <p class=\"add-own-model\"><a href=\"#/models\">{add}</a>{add_rest}</p>\n\
         </div>\n<div class=\"home-radar\">\n<h2>{radar}</h2>\n\
         <div class=\"home-progress\"><p class=\"meta no-data\">{no_data}</p></div>\n</div>\n",
        own = html(&tr("Your own models")),
        add = html(&tr("Add a model of your own")),
        add_rest = html(&tr(
            ": a file in Rungs' model format, or a model link someone sent you."
        )),
        radar = html(&tr("Your radar")),
        no_data = html(&tr(
            "Assess a model to see it here: one polygon per model assessed."
        )),
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
