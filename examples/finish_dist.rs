//! Finishes a Trunk build in the folder given (Trunk's staging dir; see `Trunk.toml`):
//!
//! - writes `model-text.txt`, the models' long texts, beside the wasm, where the app fetches it
//!   after the first screen;
//! - completes the Content-Security-Policy in `index.html`. Trunk writes an inline module script
//!   that starts the wasm, and its text names the hashed file names of this build, so the policy
//!   can only allow it by its SHA-256 hash, computed here after the fact. The policy in the
//!   source carries the placeholder `'inline-script-hashes'`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example finish_dist -- <dist folder>");
        return ExitCode::from(2);
    };
    let dir = Path::new(&dir);
    let texts = dir.join("model-text.txt");
    if let Err(error) = std::fs::write(&texts, rungs::model::bundled_text_file()) {
        eprintln!("cannot write {}: {error}", texts.display());
        return ExitCode::FAILURE;
    }
    let index = dir.join("index.html");
    let html = match std::fs::read_to_string(&index) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("cannot read {}: {error}", index.display());
            return ExitCode::FAILURE;
        }
    };
    match csp::with_script_hashes(&html) {
        Ok(finished) => match std::fs::write(&index, finished) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("cannot write {}: {error}", index.display());
                ExitCode::FAILURE
            }
        },
        Err(problem) => {
            eprintln!("{}: {problem}", index.display());
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod csp {
    use base64::Engine as _;
    use sha2::{Digest, Sha256};

    /// The placeholder in `index.html`'s policy that the hashes replace.
    pub const PLACEHOLDER: &str = "'inline-script-hashes'";

    /// The text of every inline `<script>` (one without `src`), in order.
    fn inline_scripts(html: &str) -> Vec<&str> {
        let mut found = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find("<script") {
            let after = &rest[start..];
            let Some(tag_end) = after.find('>') else {
                break;
            };
            let tag = &after[..tag_end];
            let body = &after[tag_end + 1..];
            let Some(close) = body.find("</script>") else {
                break;
            };
            if !tag.contains("src=") {
                found.push(&body[..close]);
            }
            rest = &body[close..];
        }
        found
    }

    /// `html` with the placeholder replaced by a `'sha256-…'` source per inline script.
    pub fn with_script_hashes(html: &str) -> Result<String, String> {
        if !html.contains(PLACEHOLDER) {
            return Err(format!(
                "the Content-Security-Policy has no {PLACEHOLDER} placeholder to fill in"
            ));
        }
        let hashes: Vec<String> = inline_scripts(html)
            .into_iter()
            .map(|script| {
                let digest = Sha256::digest(script.as_bytes());
                format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        Ok(html.replace(PLACEHOLDER, &hashes.join(" ")))
    }
}

/// The build is only finished natively; `clippy --all-targets` for wasm32 still compiles this.
#[cfg(target_arch = "wasm32")]
fn main() {}
