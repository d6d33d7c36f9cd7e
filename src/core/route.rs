//! Which screen the URL fragment asks for.
//!
//! Every model, level, practice and About page has a fragment of its own so that it can be linked
//! to directly. The fragment never reaches a server, which is why Rungs uses it for routing on
//! static hosting without any server-side rewrite rules.

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The first screen: the models and the radar.
    Home,
    /// A model as its matrix.
    Model { model: String },
    /// A model's matrix with one level highlighted.
    Level { model: String, level: String },
    /// A model's matrix with one practice open.
    Practice { model: String, practice: String },
    /// A model's About page.
    About { model: String },
    /// Self-assessment of a model.
    Assess { model: String },
    /// Targets, the filled-in matrix, the roadmap and snapshots of a model.
    Plan { model: String },
    /// The printable report of the open assessment, with Markdown and CSV export.
    Report,
    /// Search across all models.
    Search { query: String },
    /// The saved assessments: switch, rename, duplicate, delete, export, import.
    Assessments,
    /// A participant's invitation to a workshop.
    Join { payload: String },
    /// The facilitator's workshop board, as saved in this browser.
    Board,
    /// The board in presenter mode: one practice at a time, for a projector.
    Present,
    /// A whole workshop opened from its link.
    BoardLink { payload: String },
    /// An assessment opened from a share link; the payload is decoded by the page, which says
    /// what is wrong with a broken one.
    Shared { payload: String },
    /// Help: how Rungs works.
    Help,
    /// Models people bring: add one from a file, export any, remove an imported one.
    Models,
    /// A whole model opened from a model link, to review and add.
    ModelLink { payload: String },
    /// A fragment that names nothing Rungs knows.
    NotFound { fragment: String },
}

impl Route {
    /// Parses a fragment such as `#/model/cmmi/about` (with or without the `#`).
    ///
    /// ```
    /// use rungs::core::route::Route;
    /// assert_eq!(Route::parse("#/model/cmmi/about"), Route::About { model: "cmmi".into() });
    /// assert_eq!(Route::parse(""), Route::Home);
    /// ```
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path, None),
        };
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let owned = |s: &str| decode_component(s);
        match parts.as_slice() {
            [] => Route::Home,
            ["help"] => Route::Help,
            ["assessments"] => Route::Assessments,
            ["report"] => Route::Report,
            ["models"] => Route::Models,
            ["m", payload] => Route::ModelLink {
                payload: (*payload).to_string(),
            },
            ["m"] => Route::ModelLink {
                payload: String::new(),
            },
            // The payload is taken verbatim: it never needs percent-decoding, and a mangled one
            // should be reported as such rather than silently repaired.
            ["s", payload] => Route::Shared {
                payload: (*payload).to_string(),
            },
            ["s"] => Route::Shared {
                payload: String::new(),
            },
            ["join", payload] => Route::Join {
                payload: (*payload).to_string(),
            },
            ["board"] => Route::Board,
            ["board", "present"] => Route::Present,
            ["board", "open", payload] => Route::BoardLink {
                payload: (*payload).to_string(),
            },
            ["search"] => Route::Search {
                query: query
                    .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("q=")))
                    .map(decode_component)
                    .unwrap_or_default(),
            },
            ["model", model] => Route::Model {
                model: owned(model),
            },
            ["assess", model] => Route::Assess {
                model: owned(model),
            },
            ["plan", model] => Route::Plan {
                model: owned(model),
            },
            ["model", model, "about"] => Route::About {
                model: owned(model),
            },
            ["model", model, "level", level] => Route::Level {
                model: owned(model),
                level: owned(level),
            },
            ["model", model, "practice", practice] => Route::Practice {
                model: owned(model),
                practice: owned(practice),
            },
            _ => Route::NotFound {
                fragment: fragment.to_string(),
            },
        }
    }

    /// The fragment for this route, starting with `#`.
    ///
    /// ```
    /// use rungs::core::route::Route;
    /// let route = Route::Search { query: "unit tests".into() };
    /// assert_eq!(route.to_fragment(), "#/search?q=unit%20tests");
    /// assert_eq!(Route::parse(&route.to_fragment()), route);
    /// ```
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Help => "#/help".into(),
            Route::Assessments => "#/assessments".into(),
            Route::Report => "#/report".into(),
            Route::Models => "#/models".into(),
            Route::ModelLink { payload } => format!("#/m/{payload}"),
            Route::Shared { payload } => format!("#/s/{payload}"),
            Route::Join { payload } => format!("#/join/{payload}"),
            Route::Board => "#/board".into(),
            Route::Present => "#/board/present".into(),
            Route::BoardLink { payload } => format!("#/board/open/{payload}"),
            Route::Search { query } => format!("#/search?q={}", encode_component(query)),
            Route::Model { model } => format!("#/model/{}", encode_component(model)),
            Route::About { model } => format!("#/model/{}/about", encode_component(model)),
            Route::Assess { model } => format!("#/assess/{}", encode_component(model)),
            Route::Plan { model } => format!("#/plan/{}", encode_component(model)),
            Route::Level { model, level } => format!(
                "#/model/{}/level/{}",
                encode_component(model),
                encode_component(level)
            ),
            Route::Practice { model, practice } => format!(
                "#/model/{}/practice/{}",
                encode_component(model),
                encode_component(practice)
            ),
            Route::NotFound { fragment } => fragment.clone(),
        }
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent-encoding and `+` as space; invalid escapes are kept as they are and invalid
/// UTF-8 is replaced, so any fragment decodes to something displayable.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(value) => {
                        out.push(value);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A route resolved against the catalogue: the screen to show, with its model looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Home,
    Help,
    Search {
        query: String,
    },
    /// A model's matrix, with a level highlighted or a practice open.
    Matrix {
        model: &'static crate::core::model::Model,
        level: Option<usize>,
        practice: Option<&'static str>,
    },
    About {
        model: &'static crate::core::model::Model,
    },
    Assess {
        model: &'static crate::core::model::Model,
    },
    Plan {
        model: &'static crate::core::model::Model,
    },
    Report,
    Assessments,
    Shared {
        payload: String,
    },
    Join {
        payload: String,
    },
    Board,
    Present,
    BoardLink {
        payload: String,
    },
    Models,
    ModelLink {
        payload: String,
    },
    /// What the fragment named that does not exist, in a sentence.
    NotFound {
        reason: String,
    },
}

/// Something from the address, as a not-found message quotes it: cut to 80 characters (a link can
/// be a megabyte long), and isolated with Unicode's first-strong isolate marks, so that a
/// right-to-left override in it cannot reverse the sentence around it.
pub fn quoted(text: &str) -> String {
    const SHOWN: usize = 80;
    let cut = match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    };
    crate::core::i18n::tf("“{text}”", &[("text", &format!("\u{2068}{cut}\u{2069}"))])
}

/// Resolves a route: looks its model, level or practice up, or says which one does not exist.
///
/// ```
/// use rungs::core::route::{resolve, Route, Screen};
/// let unknown = resolve(Route::About { model: "nope".into() });
/// assert_eq!(
///     unknown,
///     Screen::NotFound { reason: "There is no model called “\u{2068}nope\u{2069}”.".into() }
/// );
/// ```
pub fn resolve(route: Route) -> Screen {
    use crate::core::i18n::tf;
    use crate::core::model::find_model;
    let model_id = match &route {
        Route::Model { model }
        | Route::Level { model, .. }
        | Route::Practice { model, .. }
        | Route::About { model }
        | Route::Assess { model }
        | Route::Plan { model } => Some(model.clone()),
        _ => None,
    };
    let model = model_id.as_deref().and_then(find_model);
    if let (Some(id), None) = (&model_id, model) {
        return Screen::NotFound {
            reason: tf("There is no model called {name}.", &[("name", &quoted(id))]),
        };
    }
    match (route, model) {
        (Route::Home, _) => Screen::Home,
        (Route::Help, _) => Screen::Help,
        (Route::Assessments, _) => Screen::Assessments,
        (Route::Report, _) => Screen::Report,
        (Route::Models, _) => Screen::Models,
        (Route::ModelLink { payload }, _) => Screen::ModelLink { payload },
        (Route::Shared { payload }, _) => Screen::Shared { payload },
        (Route::Join { payload }, _) => Screen::Join { payload },
        (Route::Board, _) => Screen::Board,
        (Route::Present, _) => Screen::Present,
        (Route::BoardLink { payload }, _) => Screen::BoardLink { payload },
        (Route::Search { query }, _) => Screen::Search { query },
        (Route::Model { .. }, Some(m)) => Screen::Matrix {
            model: m,
            level: None,
            practice: None,
        },
        (Route::Level { level, .. }, Some(m)) => match m.level_index(&level) {
            Some(index) => Screen::Matrix {
                model: m,
                level: Some(index),
                practice: None,
            },
            None => Screen::NotFound {
                reason: tf(
                    "{model} has no level called {name}.",
                    &[("model", m.name), ("name", &quoted(&level))],
                ),
            },
        },
        (Route::Practice { practice, .. }, Some(m)) => match m.practice(&practice) {
            Some(p) => Screen::Matrix {
                model: m,
                level: None,
                practice: Some(p.id),
            },
            None => Screen::NotFound {
                reason: tf(
                    "{model} has no practice called {name}.",
                    &[("model", m.name), ("name", &quoted(&practice))],
                ),
            },
        },
        (Route::About { .. }, Some(m)) => Screen::About { model: m },
        (Route::Assess { .. }, Some(m)) => Screen::Assess { model: m },
        (Route::Plan { .. }, Some(m)) => Screen::Plan { model: m },
        (Route::NotFound { fragment }, _) => Screen::NotFound {
            reason: tf(
                "Rungs has no page at {address}.",
                &[("address", &quoted(&fragment))],
            ),
        },
        // A route naming a model always has one here: a missing one returned above.
        (_, None) => Screen::Home,
    }
}
