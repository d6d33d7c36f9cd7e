//! The app's wasm, split by feature.
//!
//! Each part of the app (assess, keep, share, the workshop board, ...) is a function marked as a
//! split point in `src/shell/parts.rs`. This step turns the one wasm cargo builds into a small
//! main module (the shell and the explorer) plus one file per part, which the app fetches on
//! first use. The order matters, and is the one cargo-leptos uses:
//!
//! 1. cargo builds the wasm with the `split` feature and `--emit-relocs`, which keeps the
//!    relocations the splitter needs to move functions between modules;
//! 2. the splitter (`wasm_split_cli_support`) writes the main module, the parts, the chunks
//!    several parts share, and `__wasm_split.js`, which loads them;
//! 3. wasm-bindgen runs on the main module only, keeping the linker's exports that the parts
//!    import (`--keep-lld-exports`);
//! 4. wasm-opt shrinks every wasm file (release builds);
//! 5. the files go into `build/web/pkg/<content hash>/`. The splitter is not deterministic and
//!    names chunks by index, so two builds' files must never mix: a folder per build keeps them
//!    apart on any host and any cache.
//!
//! `parts.json` beside them maps each part to the files it needs, for the benchmark and for
//! anything that wants to list the app's files.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// wasm-opt's options. Rust 1.95 emits these features; without the flags wasm-opt rejects the
/// module.
const WASM_OPT_ARGS: &[&str] = &[
    "-Oz",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--enable-call-indirect-overlong",
    "--strip-debug",
    "--strip-producers",
];

/// The wasm-opt this build is verified with. Debian's wasm-opt 108 builds a wasm that crashes at
/// start-up.
const WASM_OPT_VERSION: &str = "version 132";

/// The name of the main module's files (`rungs.js`, `rungs_bg.wasm`).
const OUT_NAME: &str = "rungs";

/// The part name under which `parts.json` lists the files every visit needs.
pub const MAIN_PART: &str = "main";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Release,
    Debug,
}

impl Profile {
    /// Trunk's profile (`TRUNK_PROFILE`); release when run by hand.
    pub fn from_env() -> Profile {
        match std::env::var("TRUNK_PROFILE").as_deref() {
            Ok("debug") => Profile::Debug,
            _ => Profile::Release,
        }
    }
}

/// What cargo built: the wasm, and the folder where `build.rs` wrote the models' long texts and
/// the first screen's HTML.
struct Built {
    wasm: PathBuf,
    out_dir: PathBuf,
}

pub fn build(root: &Path, profile: Profile) -> Result<(), String> {
    let built = cargo_build(root, profile)?;
    let web = crate::web_dir(root);
    // A rebuild that changed no Rust (a stylesheet, say, under `trunk serve`) keeps the last
    // split: splitting and optimising take most of a minute.
    let input = input_stamp(&built.wasm, profile)?;
    let stamp = web.join("input.stamp");
    if fs::read_to_string(&stamp).is_ok_and(|s| s == input) && build_folders(&web.join("pkg")) == 1
    {
        return copy_texts(&built, &web);
    }
    let _ = fs::remove_file(&stamp);
    // Kept after the build: `work/split/` holds the parts before wasm-opt, with their names, for
    // size analysis (`wasm-objdump -x`, twiggy).
    let work = web.join("work");
    recreate(&work)?;
    let split_dir = work.join("split");
    let bound_dir = work.join("bound");
    let parts = split(&built.wasm, &split_dir)?;
    bindgen(
        root,
        &split_dir.join(format!("{OUT_NAME}.wasm")),
        &bound_dir,
    )?;
    for entry in read_dir(&split_dir)? {
        let name = file_name(&entry);
        if name != format!("{OUT_NAME}.wasm") {
            copy(&entry, &bound_dir.join(&name))?;
        }
    }
    if profile == Profile::Release {
        optimise_all(&bound_dir)?;
    }
    write(&bound_dir.join("parts.json"), &parts_json(&parts))?;
    let hash = content_hash(&bound_dir)?;
    let pkg = web.join("pkg");
    if pkg.exists() {
        fs::remove_dir_all(&pkg).map_err(|e| format!("cannot clear {}: {e}", pkg.display()))?;
    }
    mkdir(&pkg)?;
    let target = pkg.join(&hash);
    fs::rename(&bound_dir, &target)
        .map_err(|e| format!("cannot move the build to {}: {e}", target.display()))?;
    copy_texts(&built, &web)?;
    write(&stamp, &input)
}

/// `build.rs`'s outputs that the finishing step puts into the site.
fn copy_texts(built: &Built, web: &Path) -> Result<(), String> {
    for name in [
        "model-text.txt",
        "model-text.fr.txt",
        "ui-text.fr.txt",
        "first-screen.html",
        "first-screen.fr.html",
    ] {
        copy(&built.out_dir.join(name), &web.join(name))?;
    }
    Ok(())
}

/// What the split's output depends on: the wasm cargo built and the profile.
fn input_stamp(wasm: &Path, profile: Profile) -> Result<String, String> {
    let bytes = fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("{profile:?} {hex}"))
}

/// How many builds `pkg` holds.
fn build_folders(pkg: &Path) -> usize {
    fs::read_dir(pkg)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .count()
        })
        .unwrap_or(0)
}

fn cargo_build(root: &Path, profile: Profile) -> Result<Built, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(root).args([
        "rustc",
        "--locked",
        "--package",
        "rungs",
        "--bin",
        "rungs",
        "--target",
        "wasm32-unknown-unknown",
        "--features",
        "split",
        "--message-format=json-render-diagnostics",
    ]);
    if profile == Profile::Release {
        command.arg("--release");
    }
    // Only the final link needs the relocations; the dependencies build as for any wasm32 build.
    command.args(["--", "-C", "link-arg=--emit-relocs"]);
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err("cargo could not build the wasm (see above)".into());
    }
    let mut wasm = None;
    let mut out_dir = None;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let is_ours = message["package_id"]
            .as_str()
            .is_some_and(|id| id.contains("#rungs@"));
        match message["reason"].as_str() {
            Some("compiler-artifact") if is_ours && message["target"]["name"] == "rungs" => {
                let files = message["filenames"].as_array().into_iter().flatten();
                if let Some(file) = files
                    .filter_map(|f| f.as_str())
                    .find(|f| f.ends_with(".wasm"))
                {
                    wasm = Some(PathBuf::from(file));
                }
            }
            Some("build-script-executed") if is_ours => {
                out_dir = message["out_dir"].as_str().map(PathBuf::from);
            }
            _ => {}
        }
    }
    match (wasm, out_dir) {
        (Some(wasm), Some(out_dir)) => Ok(Built { wasm, out_dir }),
        _ => Err("cargo built, but did not say where the wasm and build.rs's output are".into()),
    }
}

/// Splits `wasm` into `dir`; returns each part's files (without `.wasm`).
fn split(wasm: &Path, dir: &Path) -> Result<BTreeMap<String, Vec<String>>, String> {
    let input = fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    let main_out = dir.join(format!("{OUT_NAME}.wasm"));
    let main_module = format!("./{OUT_NAME}.js");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = dir;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    let result = wasm_split_cli_support::transform(options)
        .map_err(|e| format!("cannot split the wasm: {e:#}"))?;
    Ok(result.prefetch_map.into_iter().collect())
}

fn bindgen(root: &Path, main: &Path, out: &Path) -> Result<(), String> {
    let wanted = wasm_bindgen_version_in_lock(root)?;
    let found = tool_version("wasm-bindgen")?;
    if found.trim() != format!("wasm-bindgen {wanted}") {
        return Err(format!(
            "wasm-bindgen {wanted} is needed (Cargo.lock's version), found {}. Run ./dev serve or \
             ./dev test, which install it.",
            found.trim()
        ));
    }
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--keep-lld-exports",
            "--out-name",
            OUT_NAME,
            "--out-dir",
        ])
        .arg(out)
        .arg(main))
}

fn optimise_all(dir: &Path) -> Result<(), String> {
    let found = tool_version("wasm-opt")?;
    if !found.contains(WASM_OPT_VERSION) {
        return Err(format!(
            "wasm-opt {WASM_OPT_VERSION} is needed, found {}. Run ./dev serve or ./dev test, \
             which install it.",
            found.trim()
        ));
    }
    let files: Vec<PathBuf> = read_dir(dir)?
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
        .collect();
    // One wasm-opt per core at a time, largest file first.
    let mut files = files;
    files.sort_by_key(|f| std::cmp::Reverse(fs::metadata(f).map(|m| m.len()).unwrap_or(0)));
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let queue = std::sync::Mutex::new(files.into_iter());
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(|| loop {
                    let next = queue.lock().ok().and_then(|mut q| q.next());
                    let Some(file) = next else {
                        return Ok(());
                    };
                    optimise(&file)?;
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err("wasm-opt worker failed".into()))
            })
            .collect()
    });
    results.into_iter().collect()
}

/// Runs wasm-opt on `file` in place. Its one harmless warning per file (the splitter writes a
/// names subsection it does not know) is left out of the log.
fn optimise(file: &Path) -> Result<(), String> {
    let output = Command::new("wasm-opt")
        .args(WASM_OPT_ARGS)
        .arg(file)
        .arg("-o")
        .arg(file)
        .output()
        .map_err(|e| format!("cannot run wasm-opt: {e}"))?;
    for line in String::from_utf8_lossy(&output.stderr).lines() {
        if !line.starts_with("warning: unknown name subsection") {
            eprintln!("{line}");
        }
    }
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "wasm-opt failed on {} ({})",
            file.display(),
            output.status
        ))
    }
}

/// `parts.json`: `{"main": [files], "<part>": [files]...}`, every file named as served.
fn parts_json(parts: &BTreeMap<String, Vec<String>>) -> String {
    let mut all = serde_json::Map::new();
    all.insert(
        MAIN_PART.into(),
        serde_json::json!([
            format!("{OUT_NAME}.js"),
            format!("{OUT_NAME}_bg.wasm"),
            "__wasm_split.js"
        ]),
    );
    for (part, files) in parts {
        let files: Vec<String> = files.iter().map(|f| format!("{f}.wasm")).collect();
        all.insert(part.clone(), serde_json::json!(files));
    }
    serde_json::Value::Object(all).to_string()
}

/// A short hash of every file's name and content.
fn content_hash(dir: &Path) -> Result<String, String> {
    let mut hasher = Sha256::new();
    for file in read_dir(dir)? {
        let bytes = fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        hasher.update(file_name(&file).as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let digest = hasher.finalize();
    Ok(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

fn wasm_bindgen_version_in_lock(root: &Path) -> Result<String, String> {
    let lock = fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.strip_prefix("version = \""))
                .and_then(|l| l.strip_suffix('"'))
            {
                return Ok(version.to_string());
            }
        }
    }
    Err("Cargo.lock names no wasm-bindgen version".into())
}

fn tool_version(tool: &str) -> Result<String, String> {
    let output = Command::new(tool)
        .arg("--version")
        .output()
        .map_err(|e| format!("{tool} is not installed ({e}). Run ./dev serve or ./dev test."))?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The files of `dir`, sorted by name.
fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn recreate(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    mkdir(dir)
}

fn mkdir(dir: &Path) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
