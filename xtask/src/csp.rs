//! The Content-Security-Policy's hashes of the page's inline scripts and stylesheets.
//!
//! `index.html` allows scripts and styles from its own origin and, inline, only those whose
//! SHA-256 it lists. The start-up script names this build's files, so its hash is only known
//! after the build: the policy in the source carries placeholders that [`with_hashes`] fills in.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The placeholder in `index.html`'s `script-src` that the scripts' hashes replace.
pub const SCRIPT_PLACEHOLDER: &str = "'inline-script-hashes'";

/// The placeholder in `index.html`'s `style-src` that the stylesheets' hashes replace.
pub const STYLE_PLACEHOLDER: &str = "'inline-style-hashes'";

/// The text of every inline `<tag>` element (one without `src`), in order.
fn inline_elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let attributes = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(end) = body.find(&close) else {
            break;
        };
        if !attributes.contains("src=") {
            found.push(&body[..end]);
        }
        rest = &body[end..];
    }
    found
}

/// The text of every inline `<script>` (one without `src`), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_elements(html, "script")
}

fn sources(texts: Vec<&str>) -> String {
    texts
        .into_iter()
        .map(|text| {
            let digest = Sha256::digest(text.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `html` with each placeholder replaced by a `'sha256-…'` source per inline script, and per
/// inline stylesheet.
pub fn with_hashes(html: &str) -> Result<String, String> {
    for placeholder in [SCRIPT_PLACEHOLDER, STYLE_PLACEHOLDER] {
        if !html.contains(placeholder) {
            return Err(format!(
                "the Content-Security-Policy has no {placeholder} placeholder to fill in"
            ));
        }
    }
    let scripts = sources(inline_scripts(html));
    let styles = sources(inline_elements(html, "style"));
    Ok(html
        .replace(SCRIPT_PLACEHOLDER, &scripts)
        .replace(STYLE_PLACEHOLDER, &styles))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inline_script_and_stylesheet_and_no_external_one_is_hashed() {
        let html = format!(
            "<meta content=\"script-src {SCRIPT_PLACEHOLDER}; style-src {STYLE_PLACEHOLDER}\">\
             <style>p {{}}</style><script>a()</script>\
             <script src=\"x.js\"></script><script type=\"module\">b()</script>"
        );
        assert_eq!(inline_scripts(&html), vec!["a()", "b()"]);
        let done = with_hashes(&html).unwrap_or_default();
        assert_eq!(done.matches("'sha256-").count(), 3);
        assert!(!done.contains(SCRIPT_PLACEHOLDER) && !done.contains(STYLE_PLACEHOLDER));
        // The stylesheet's hash, not a script's, goes to style-src.
        let style = done.split("style-src ").nth(1).unwrap_or_default();
        assert_eq!(style.matches("'sha256-").count(), 1);
    }

    #[test]
    fn a_page_without_a_placeholder_is_refused() {
        assert!(with_hashes("<script>a()</script>").is_err());
        assert!(with_hashes(&format!("script-src {SCRIPT_PLACEHOLDER}")).is_err());
    }
}
