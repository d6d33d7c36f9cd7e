//! Finishes Trunk's output (its staging folder) into the site users get:
//!
//! - the first screen's HTML, written by `build.rs` from `model-data/`, goes into `<main>`, so
//!   the model list paints before any wasm is fetched;
//! - a small script runs before the first paint: it sets `<html lang>` to the language chosen
//!   (stored, else the browser's), which shows the first screen in that language; on a deep
//!   link it hides that first screen behind
//!   a quiet "Loading…" and starts fetching the part of the app the link needs, beside the main
//!   part, instead of after it; a visitor with saved assessments gets room kept for the radar;
//! - the start-up script goes into `<head>`, naming this build's folder `pkg/<hash>/`;
//! - the models' long texts (`model-text.txt`) go beside `index.html`, where the app fetches
//!   them after the first screen;
//! - Trunk's live-reload script (only under `trunk serve`) moves into a file of its own: Trunk
//!   fills in its address as it serves the page, so no hash in the policy could match it inline;
//! - the inline stylesheet loses its comments and extra white space (see `css.rs`);
//! - the Content-Security-Policy gets the hashes of the inline scripts and stylesheet;
//! - outside `trunk serve`, the service worker that keeps the site for use offline, and the
//!   script that registers it (see `offline.rs`).

use crate::{csp, css, offline};
use std::fs;
use std::path::Path;

/// Where in `index.html` the first screen goes (inside `<main>`).
pub const FIRST_SCREEN_MARKER: &str = "<!-- rungs:first-screen -->";

/// Where in `index.html` the boot script goes (in `<head>`, after `<base>`).
pub const BOOT_MARKER: &str = "<!-- rungs:boot -->";

/// Which part of the app a deep link needs, by the start of its fragment: the table of
/// `Part::for_screen` in `src/shell/parts.rs`, for the moment before the app runs. A link this
/// misses still works; its part is just fetched after the main part instead of beside it.
pub const DEEP_LINK_PARTS: &[(&str, &str)] = &[
    ("#/assess/", "assess"),
    ("#/s/", "share"),
    ("#/join/", "join"),
    ("#/board", "board"),
    ("#/assessments", "keep"),
    ("#/help", "help"),
    ("#/plan/", "plan"),
    ("#/report", "report"),
    ("#/models", "models"),
    ("#/m/", "models"),
];

/// The chosen language's key in local storage (`src/shell/language.rs`). Without a choice, the
/// first of the browser's languages that Rungs speaks, as `core::i18n::choose` does.
const LANGUAGE_KEY: &str = "rungs.language";

/// The saved assessments' key in local storage (`src/browser/local_store.rs`).
const STORE_KEY: &str = "rungs.assessments";

/// Where in `index.html` the start-up script goes (in `<head>`).
pub const START_MARKER: &str = "<!-- rungs:start -->";

/// The element around the first screen's HTML (its attributes follow); `src/explore/home.rs`
/// finds it by them.
pub const HOME_OPEN: &str = "<section class=\"home\"";
pub const HOME_CLOSE: &str = "</section>";

/// `build.rs`'s text files that go beside `index.html`: the models' long texts in each language,
/// and the interface's French catalogue.
const TEXT_FILES: &[&str] = &["model-text.txt", "model-text.fr.txt", "ui-text.fr.txt"];

/// The file Trunk's live-reload script is moved to.
const AUTORELOAD_FILE: &str = "trunk-autoreload.js";

pub fn run(root: &Path, staging: &Path) -> Result<(), String> {
    let web = crate::web_dir(root);
    for name in TEXT_FILES {
        copy(&web.join(name), &staging.join(name))?;
    }
    let first_screen = read(&web.join("first-screen.html"))?;
    let first_screen_fr = read(&web.join("first-screen.fr.html"))?;
    let build = build_folder(&staging.join("pkg"))?;
    let index = staging.join("index.html");
    let html = read(&index)?;
    let html = with_first_screen(&html, &[("en", &first_screen), ("fr", &first_screen_fr)])?;
    let html = with_start_script(&html, &build)?;
    let parts = read(&staging.join("pkg").join(&build).join("parts.json"))?;
    let html = replace_once(&html, BOOT_MARKER, &boot_script(&build, &parts))?;
    let (html, served_by_trunk) = match split_autoreload(&html) {
        Some((page, script)) => {
            let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
            write(
                &staging.join(AUTORELOAD_FILE),
                &autoreload_file(&script, &public_url),
            )?;
            (page, true)
        }
        None => (html, false),
    };
    let registration = if served_by_trunk {
        String::new()
    } else {
        offline::registration_script()
    };
    let html = replace_once(&html, offline::OFFLINE_MARKER, &registration)?;
    let html = css::minify_inline_styles(&html);
    let html = csp::with_hashes(&html)?;
    write(&index, &html)?;
    // Last, once every file of the site is in place: the worker lists them all.
    if served_by_trunk {
        return Ok(());
    }
    let files = offline::site_files(staging)?;
    write(
        &staging.join(offline::SW_FILE),
        &offline::service_worker(&build, &files),
    )
}

/// The one `pkg/<hash>` folder the wasm step made.
fn build_folder(pkg: &Path) -> Result<String, String> {
    let folders: Vec<String> = fs::read_dir(pkg)
        .map_err(|e| format!("cannot list {}: {e}", pkg.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    match folders.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{} should hold exactly one build, found {folders:?}",
            pkg.display()
        )),
    }
}

/// `html` with the first screen in each language in place of [`FIRST_SCREEN_MARKER`], each in
/// its own `<section class="home" data-lang="…">`. The stylesheet shows the one of
/// `<html lang>`, which the boot script sets before the first paint (English, the page's own
/// language, when it cannot run).
pub fn with_first_screen(html: &str, screens: &[(&str, &str)]) -> Result<String, String> {
    let sections: String = screens
        .iter()
        .map(|(lang, screen)| {
            format!("{HOME_OPEN} data-lang=\"{lang}\" lang=\"{lang}\">{screen}{HOME_CLOSE}")
        })
        .collect();
    replace_once(html, FIRST_SCREEN_MARKER, &sections)
}

/// `html` with the start-up script for the build in `pkg/<build>/` in place of
/// [`START_MARKER`].
///
/// The module script in `<head>` is fetched while the page is parsed. As soon as it runs, it
/// starts fetching and compiling the wasm (compiling happens off the main thread), and it starts
/// the app only after the first frame is painted: on a fast connection the wasm would otherwise
/// arrive in time to hold up the first paint of a page whose text is already there. There is no
/// `<link rel="preload">` for the wasm: a preload of that priority in `<head>` made Lighthouse
/// count the whole download into the largest paint, and a `modulepreload` of the script made
/// Chromium compile it before the first paint. A host that serves the wasm with the wrong type
/// defeats streaming compilation; the script then compiles it from its bytes. Paths are relative,
/// so the site works under any sub-path (`<base>`).
pub fn with_start_script(html: &str, build: &str) -> Result<String, String> {
    let dir = format!("pkg/{build}");
    let start = format!(
        "<script type=\"module\">import init from \"./{dir}/rungs.js\";\
         const url = \"./{dir}/rungs_bg.wasm\";\
         const module = WebAssembly.compileStreaming(fetch(url)).catch(() => \
         fetch(url).then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));\
         requestAnimationFrame(() => setTimeout(() => init({{ module_or_path: module }})\
         .catch(() => document.documentElement.classList.add(\"boot-failed\"))));</script>"
    );
    replace_once(html, START_MARKER, &start)
}

/// The script that runs before the first paint (see the module documentation). `parts` is the
/// build's `parts.json`. A deep link's part is fetched at the priority of the page itself, since
/// its screen shows nothing without it; a returning visitor's results on the first screen, at a
/// low one, behind the main part.
pub fn boot_script(build: &str, parts: &str) -> String {
    let routes: Vec<String> = DEEP_LINK_PARTS
        .iter()
        .map(|(prefix, part)| format!("[\"{prefix}\",\"{part}\"]"))
        .collect();
    format!(
        "<script>(function (root, hash) {{\n\
         var parts = {parts}, routes = [{routes}], part = null, deep = hash && hash !== \"#\" && hash !== \"#/\";\n\
         var lang = null;\n\
         try {{ lang = localStorage.getItem(\"{LANGUAGE_KEY}\"); }} catch (blocked) {{}}\n\
         if (lang !== \"en\" && lang !== \"fr\") {{\n\
           lang = \"en\";\n\
           var wanted = navigator.languages || [navigator.language || \"\"];\n\
           for (var j = 0; j < wanted.length; j++) {{\n\
             var code = String(wanted[j]).toLowerCase().split(/[-_]/)[0];\n\
             if (code === \"en\" || code === \"fr\") {{ lang = code; break; }}\n\
           }}\n\
         }}\n\
         root.lang = lang;\n\
         if (deep) {{\n\
           root.classList.add(\"deep\");\n\
           for (var i = 0; i < routes.length; i++) if (hash.indexOf(routes[i][0]) === 0) {{ part = routes[i][1]; break; }}\n\
         }}\n\
         try {{\n\
           if (localStorage.getItem(\"{STORE_KEY}\") !== null) {{ root.classList.add(\"saved\"); if (!deep) part = \"summary\"; }}\n\
         }} catch (blocked) {{}}\n\
         (parts[part] || []).forEach(function (file) {{\n\
           var link = document.createElement(\"link\");\n\
           link.rel = \"preload\"; link.as = \"fetch\"; link.crossOrigin = \"\"; link.href = \"pkg/{build}/\" + file;\n\
           if (!deep) link.fetchPriority = \"low\";\n\
           document.head.appendChild(link);\n\
         }});\n\
         }})(document.documentElement, location.hash);</script>",
        routes = routes.join(",")
    )
}

/// Cuts Trunk's live-reload script out of `html`, leaving a reference to [`AUTORELOAD_FILE`] in
/// its place; `None` when there is none (every build but `trunk serve`'s).
pub fn split_autoreload(html: &str) -> Option<(String, String)> {
    let script = csp::inline_scripts(html)
        .into_iter()
        .find(|s| s.contains("{{__TRUNK_ADDRESS__}}"))?;
    let whole = format!("<script>{script}</script>");
    if !html.contains(&whole) {
        return None;
    }
    let page = html.replacen(
        &whole,
        &format!("<script src=\"{AUTORELOAD_FILE}\"></script>"),
        1,
    );
    Some((page, script.to_string()))
}

/// The live-reload script as a file: what Trunk's server would have filled in, filled in here.
pub fn autoreload_file(script: &str, public_url: &str) -> String {
    let base = if public_url.ends_with('/') {
        public_url.to_string()
    } else {
        format!("{public_url}/")
    };
    script
        .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
        .replace("{{__TRUNK_WS_BASE__}}", &base)
}

fn replace_once(html: &str, marker: &str, with: &str) -> Result<String, String> {
    match html.matches(marker).count() {
        1 => Ok(html.replacen(marker, with, 1)),
        n => Err(format!(
            "index.html should hold the marker {marker} once, found it {n} times"
        )),
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head><!-- rungs:start --></head><main><!-- rungs:first-screen --></main>";

    #[test]
    fn the_first_screen_goes_into_main_inside_the_home_section() {
        let done = with_first_screen(
            PAGE,
            &[("en", "<h1>Rungs</h1>"), ("fr", "<h1>Rungs FR</h1>")],
        )
        .unwrap_or_default();
        assert!(done.contains(
            "<main><section class=\"home\" data-lang=\"en\" lang=\"en\"><h1>Rungs</h1></section>\
             <section class=\"home\" data-lang=\"fr\" lang=\"fr\"><h1>Rungs FR</h1></section></main>"
        ));
    }

    #[test]
    fn the_start_script_names_the_build_folder_relatively() {
        let done = with_start_script(PAGE, "0123abcd").unwrap_or_default();
        assert!(done.contains("import init from \"./pkg/0123abcd/rungs.js\""));
        assert!(done.contains("const url = \"./pkg/0123abcd/rungs_bg.wasm\""));
        assert!(!done.contains(START_MARKER));
    }

    #[test]
    fn the_boot_script_knows_each_parts_files_and_the_deep_links() {
        let script = boot_script(
            "0123abcd",
            r#"{"assess":["chunk_1.wasm","split_assess.wasm"]}"#,
        );
        assert!(script.starts_with("<script>") && script.ends_with("</script>"));
        assert!(script.contains(r#"var parts = {"assess":["chunk_1.wasm","split_assess.wasm"]}"#));
        assert!(script.contains(r##"["#/assess/","assess"]"##));
        assert!(script.contains(r#""pkg/0123abcd/" + file"#));
        assert!(script.contains("rungs.assessments"));
    }

    #[test]
    fn a_missing_or_repeated_marker_is_an_error() {
        assert!(with_first_screen("<main></main>", &[("en", "x")]).is_err());
        let twice = format!("{FIRST_SCREEN_MARKER}{FIRST_SCREEN_MARKER}");
        assert!(with_first_screen(&twice, &[("en", "x")]).is_err());
    }

    #[test]
    fn the_live_reload_script_moves_to_a_file_with_its_address_filled_in() {
        let page = "<body><script>const address = '{{__TRUNK_ADDRESS__}}'; \
                    const base = '{{__TRUNK_WS_BASE__}}';</script></body>";
        let Some((page, script)) = split_autoreload(page) else {
            panic!("the script was not found");
        };
        assert_eq!(
            page,
            "<body><script src=\"trunk-autoreload.js\"></script></body>"
        );
        let file = autoreload_file(&script, "/rungs");
        assert!(file.contains("const address = window.location.host;"));
        assert!(file.contains("const base = '/rungs/';"));
        assert!(split_autoreload("<script>init()</script>").is_none());
    }
}
