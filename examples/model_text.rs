//! Writes `model-text.txt`, the models' long texts, to the path given. Trunk runs this after
//! every build (see `Trunk.toml`), so the file sits beside the wasm in `dist/`, where the app
//! fetches it after the first screen.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example model_text -- <output file>");
        return ExitCode::from(2);
    };
    match std::fs::write(&path, rungs::model::bundled_text_file()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cannot write {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The texts are only written natively; `clippy --all-targets` for wasm32 still compiles this.
#[cfg(target_arch = "wasm32")]
fn main() {}
