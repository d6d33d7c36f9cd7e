//! The Content-Security-Policy's hashes of the page's inline scripts.
//!
//! `index.html` allows scripts from its own origin and, inline, only those whose SHA-256 it lists.
//! The start-up script names this build's files, so its hash is only known after the build: the
//! policy in the source carries a placeholder that [`with_script_hashes`] fills in.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The placeholder in `index.html`'s policy that the hashes replace.
pub const PLACEHOLDER: &str = "'inline-script-hashes'";

/// The text of every inline `<script>` (one without `src`), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inline_script_and_no_external_one_is_hashed() {
        let html = format!(
            "<meta content=\"script-src {PLACEHOLDER}\"><script>a()</script>\
             <script src=\"x.js\"></script><script type=\"module\">b()</script>"
        );
        assert_eq!(inline_scripts(&html), vec!["a()", "b()"]);
        let done = with_script_hashes(&html).unwrap_or_default();
        assert_eq!(done.matches("'sha256-").count(), 2);
        assert!(!done.contains(PLACEHOLDER));
    }

    #[test]
    fn a_page_without_the_placeholder_is_refused() {
        assert!(with_script_hashes("<script>a()</script>").is_err());
    }
}
