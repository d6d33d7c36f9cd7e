//! Makes the stylesheet inlined in `index.html` smaller: its comments go and runs of white space
//! shrink. The stylesheet is part of the first screen, which has a size budget, and its comments
//! (written for the people who change it) were a fifth of its compressed size. Trunk's own
//! minifier is off (`minify = "never"`): it rewrites the whole page, and the Content-Security-
//! Policy hashes are computed after this step anyway.

/// `css` without comments, with every run of white space made one space, and without the space
/// around `{`, `}`, `;` and `,`. Text in quotes is kept exactly as written; a comment left open
/// at the end is dropped, as a browser would.
///
/// ```text
/// a , b { color : red ; }  /* note */  =>  a,b{color : red;}
/// ```
pub fn minify(css: &str) -> String {
    let chars: Vec<char> = css.chars().collect();
    let mut out = String::with_capacity(css.len());
    let mut i = 0;
    // A space is written only when the next kept character needs one before it.
    let mut pending_space = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
            pending_space = true;
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            i += 1;
            continue;
        }
        let tight = |x: char| matches!(x, '{' | '}' | ';' | ',');
        if pending_space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        pending_space = false;
        if c == '"' || c == '\'' {
            out.push(c);
            i += 1;
            while i < chars.len() {
                let d = chars[i];
                out.push(d);
                i += 1;
                if d == '\\' {
                    if let Some(&e) = chars.get(i) {
                        out.push(e);
                        i += 1;
                    }
                } else if d == c {
                    break;
                }
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `html` with the content of each `<style>` element minified.
pub fn minify_inline_styles(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find("<style") {
        let Some(open_end) = rest[open..].find('>').map(|e| open + e + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</style>").map(|c| open_end + c) else {
            break;
        };
        out.push_str(&rest[..open_end]);
        out.push_str(&minify(&rest[open_end..close]));
        rest = &rest[close..];
        out.push_str("</style>");
        rest = &rest["</style>".len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_space_go() {
        assert_eq!(
            minify("/* top */\na , b {\n  color : red ;\n}\n/* end */"),
            "a,b{color : red;}"
        );
    }

    #[test]
    fn selectors_keep_their_meaning() {
        // A descendant's space stays: `a :hover` is not `a:hover`.
        assert_eq!(minify("a  :hover { x: y }"), "a :hover{x: y}");
        assert_eq!(
            minify("html:not([lang=\"fr\"])   [data-lang]"),
            "html:not([lang=\"fr\"]) [data-lang]"
        );
        assert_eq!(minify("a/* c */b{}"), "a b{}");
    }

    #[test]
    fn quoted_text_is_kept_exactly() {
        assert_eq!(
            minify(".x::before { content: \"a ,  /* b */ ;\" / \"\"; }"),
            ".x::before{content: \"a ,  /* b */ ;\" / \"\";}"
        );
        assert_eq!(minify("a { content: '\\'  }' }"), "a{content: '\\'  }'}");
    }

    #[test]
    fn an_open_comment_or_string_ends_the_text() {
        assert_eq!(minify("a{} /* open"), "a{}");
        assert_eq!(minify("a{content:\"open"), "a{content:\"open");
    }

    #[test]
    fn only_style_elements_change() {
        let page = "<p>  keep  /* this */ </p><style>\n a { b : c }\n</style><p> x </p>";
        assert_eq!(
            minify_inline_styles(page),
            "<p>  keep  /* this */ </p><style>a{b : c}</style><p> x </p>"
        );
    }
}
