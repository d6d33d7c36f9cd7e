//! Rungs offline: a service worker that keeps every file of the site after the first visit, so
//! that a workshop room with no network still opens, rates, shares and runs the board.
//!
//! xtask writes `sw.js` beside `index.html` once the site is complete, listing every file of this
//! build, and puts a small script at the end of the page that registers it. Both use relative
//! paths, so the worker's scope is the folder the site is served from (`/rungs/` included).
//!
//! How a new version arrives: the browser checks `sw.js` on each start; a changed one (each build
//! names its own cache) fetches the new build's files in the background while the page keeps
//! running the old one, then takes over, and the next start opens the new version. The page says
//! so in a quiet note. A page still open on the older build may yet fetch one of its parts, so
//! the previous build's cache is kept until the one after.
//!
//! Nothing here runs under `trunk serve`: a worker serving cached files would hide every change.

use std::fs;
use std::path::Path;

/// The service worker's file, beside `index.html`.
pub const SW_FILE: &str = "sw.js";

/// Where in `index.html` the registration goes (the end of `<body>`).
pub const OFFLINE_MARKER: &str = "<!-- rungs:offline -->";

/// Files of the site the worker does not keep: itself, and the live-reload script.
const NOT_KEPT: &[&str] = &[SW_FILE, "trunk-autoreload.js"];

/// Every file under `site`, as URLs relative to it (`/`-separated), sorted.
pub fn site_files(site: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    collect(site, "", &mut files)?;
    files.retain(|f| !NOT_KEPT.contains(&f.as_str()));
    files.sort();
    Ok(files)
}

fn collect(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            collect(&path, &format!("{prefix}{name}/"), files)?;
        } else {
            files.push(format!("{prefix}{name}"));
        }
    }
    Ok(())
}

/// The service worker for the build in `pkg/<build>/` that keeps `files`.
pub fn service_worker(build: &str, files: &[String]) -> String {
    let list = files
        .iter()
        .map(|f| format!("  \"{}\"", f.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        r#"// Rungs' service worker for build {build}, written by xtask (xtask/src/offline.rs): it keeps
// every file of this build, so Rungs opens, rates, shares and runs a workshop with no network.
const CACHE = "rungs-{build}";
const FILES = [
{list}
];

self.addEventListener("install", (event) => {{
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, {{ cache: "reload" }}))))
      .then(() => self.skipWaiting()),
  );
}});

// Keeps this build's cache and the one before it (a page still open on that build may yet fetch
// one of its parts); drops older ones.
self.addEventListener("activate", (event) => {{
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {{
        const builds = keys.filter((key) => key.startsWith("rungs-") && key !== CACHE);
        return Promise.all(builds.slice(0, -1).map((key) => caches.delete(key)));
      }})
      .then(() => self.clients.claim()),
  );
}});

// This build's files from its cache, then the previous build's, then the network. Opening the
// app (a navigation) always gets this build's page.
self.addEventListener("fetch", (event) => {{
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const page = new URL("index.html", self.registration.scope).href;
  const key = request.mode === "navigate" ? page : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, {{ ignoreSearch: true }}))
      .then((kept) => kept || caches.match(key, {{ ignoreSearch: true }}))
      .then((kept) => kept || fetch(request)),
  );
}});
"#
    )
}

/// The registration, at the end of the page. It waits until the app has started and the page
/// has loaded, so that keeping the files never competes with the first visit's own downloads. A
/// browser without service workers (or one that refuses them) simply works online.
pub fn registration_script() -> String {
    format!(
        "<script>(function (root) {{\n\
         if (!(\"serviceWorker\" in navigator)) return;\n\
         var workers = navigator.serviceWorker;\n\
         function note() {{\n\
           if (document.querySelector(\".update-note\")) return;\n\
           var p = document.createElement(\"p\");\n\
           p.className = \"update-note\"; p.setAttribute(\"role\", \"status\");\n\
           p.textContent = root.lang === \"fr\"\n\
             ? \"Une nouvelle version de Rungs est prête : elle s'ouvrira au prochain démarrage.\"\n\
             : \"A new version of Rungs is ready: it opens the next time you start Rungs.\";\n\
           document.body.appendChild(p);\n\
         }}\n\
         function register() {{\n\
           workers.register(\"{SW_FILE}\").then(function (registration) {{\n\
             registration.addEventListener(\"updatefound\", function () {{\n\
               var worker = registration.installing;\n\
               if (!worker || !workers.controller) return;\n\
               worker.addEventListener(\"statechange\", function () {{ if (worker.state === \"activated\") note(); }});\n\
             }});\n\
           }}).catch(function () {{}});\n\
         }}\n\
         function whenStarted() {{\n\
           if (root.classList.contains(\"started\")) {{ setTimeout(register, 500); return; }}\n\
           new MutationObserver(function (changes, observer) {{\n\
             if (root.classList.contains(\"started\")) {{ observer.disconnect(); setTimeout(register, 500); }}\n\
           }}).observe(root, {{ attributes: true, attributeFilter: [\"class\"] }});\n\
         }}\n\
         if (document.readyState === \"complete\") whenStarted(); else addEventListener(\"load\", whenStarted);\n\
         }})(document.documentElement);</script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_names_its_build_and_keeps_every_file_given() {
        let files = vec!["index.html".to_string(), "pkg/ab12/rungs.js".to_string()];
        let worker = service_worker("ab12", &files);
        assert!(worker.contains("const CACHE = \"rungs-ab12\";"));
        assert!(worker.contains("  \"index.html\",\n  \"pkg/ab12/rungs.js\"\n];"));
        assert!(worker.contains("self.skipWaiting()"));
    }

    #[test]
    fn the_site_files_leave_out_the_worker_and_live_reload() {
        let dir = std::env::temp_dir().join(format!("rungs-offline-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let made = fs::create_dir_all(dir.join("pkg/ab12"))
            .and_then(|()| fs::write(dir.join("index.html"), "x"))
            .and_then(|()| fs::write(dir.join(SW_FILE), "x"))
            .and_then(|()| fs::write(dir.join("trunk-autoreload.js"), "x"))
            .and_then(|()| fs::write(dir.join("pkg/ab12/rungs_bg.wasm"), "x"));
        assert!(made.is_ok(), "{made:?}");
        let files = site_files(&dir);
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(
            files,
            Ok(vec![
                "index.html".to_string(),
                "pkg/ab12/rungs_bg.wasm".to_string()
            ])
        );
    }

    #[test]
    fn the_registration_is_relative_and_waits_for_the_app() {
        let script = registration_script();
        assert!(script.starts_with("<script>") && script.ends_with("</script>"));
        assert!(script.contains("register(\"sw.js\")"));
        assert!(script.contains("\"started\""));
    }
}
