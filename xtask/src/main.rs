//! Rungs' own build steps, run by Trunk's hooks (see `Trunk.toml`):
//!
//! - `xtask wasm` (pre-build): builds the app's wasm, splits it into one file per part of the app
//!   (see [`wasm`]), runs wasm-bindgen and wasm-opt, and leaves the result in `build/web/`;
//! - `xtask finish <staging dir>` (post-build): puts the first screen's HTML, the start-up script
//!   and the Content-Security-Policy into Trunk's `index.html`, and the models' long texts beside
//!   it (see [`finish`]), and writes the service worker that keeps the site for use offline
//!   (see [`offline`]).
//!
//! Trunk 0.21 cannot split a wasm (trunk-rs/trunk#1022): its own Rust build is switched off in
//! `index.html` (`data-trunk-skip`) and these steps take its place, while Trunk still copies the
//! stylesheet and icon, serves, and rebuilds on change.

mod csp;
mod css;
mod finish;
mod offline;
mod wasm;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: xtask wasm | xtask finish <staging dir>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["wasm"] => wasm::build(&root, wasm::Profile::from_env()),
        ["finish", staging] => finish::run(&root, &PathBuf::from(staging)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The project's folder: Trunk says where it is; run by hand, it is the current folder.
fn project_root() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Where the wasm step leaves its output for Trunk's `copy-dir` and for the finishing step.
fn web_dir(root: &std::path::Path) -> PathBuf {
    root.join("build").join("web")
}
