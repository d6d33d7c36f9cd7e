//! Parses and validates every model in `model-data/` and generates the statics of
//! `src/model/mod.rs`. A broken model file fails the build with messages that name the file, the
//! item and the problem.

#[path = "src/model/file.rs"]
#[allow(dead_code)]
mod file;
#[path = "src/model/validate.rs"]
#[allow(dead_code)]
mod validate;

use file::{CatalogueFile, ModelFile};
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=model-data");
    println!("cargo:rerun-if-changed=src/model/file.rs");
    println!("cargo:rerun-if-changed=src/model/validate.rs");
    match generate(Path::new("model-data")) {
        Ok(code) => {
            let out_dir =
                std::env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()]));
            let target = Path::new(&out_dir).join("catalogue.rs");
            if let Err(error) = std::fs::write(&target, code) {
                fail(&[format!("cannot write {}: {error}", target.display())]);
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

fn generate(dir: &Path) -> Result<String, Vec<String>> {
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
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(render(&models))
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
fn render(models: &[ModelFile]) -> String {
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
            "source: Source {{ authors: {:?}, title: {:?}, publisher: {:?}, year: {}, url: {:?}, licence: {:?} }},",
            s.authors, s.title, s.publisher, s.year, s.url, prose(&s.licence)
        );
        let a = &m.about;
        let _ = writeln!(
            out,
            "about: About {{ purpose: {:?}, crosswalk: {:?}, version_note: {:?} }},",
            prose(&a.purpose),
            prose(&a.crosswalk),
            prose(&a.version_note)
        );
        out.push_str("levels: &[\n");
        for l in &m.levels {
            let _ = writeln!(
                out,
                "Level {{ id: {:?}, name: {:?}, summary: {:?}, needs_no_practices: {} }},",
                l.id,
                l.name,
                prose(&l.summary),
                l.needs_no_practices
            );
        }
        out.push_str("],\ncategories: &[\n");
        for c in &m.categories {
            let _ = writeln!(
                out,
                "Category {{ id: {:?}, name: {:?}, summary: {:?} }},",
                c.id,
                c.name,
                prose(&c.summary)
            );
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
            let description = prose(&p.description);
            let _ = writeln!(
                out,
                "Practice {{ id: {:?}, title: {:?}, description: {:?}, category: {category}, level: {level}, dimension: Dimension::{dimension} }},",
                p.id, p.title, description
            );
        }
        out.push_str("],\nretired: &[");
        for r in &m.retired {
            let _ = write!(out, "{r:?}, ");
        }
        out.push_str("],\n},\n");
    }
    out.push_str("];\n");
    out
}
