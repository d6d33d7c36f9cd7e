//! Thin adapters over browser APIs: the only place outside components that touches `web-sys`.
//! Each one degrades to a harmless default when the API is missing, so the app still starts in
//! unusual embeddings (sandboxed frames, test harnesses).

/// The current URL fragment, including the leading `#`, or an empty string.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets a `performance.mark` once, so the benchmark can read the time from navigation start to
/// a milestone such as the first rendered radar. Later calls with the same name are ignored.
pub fn mark_once(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}

/// Replaces the URL fragment without adding a history entry or firing `hashchange`, so that a
/// search field can keep its URL current while the user types without losing focus.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}
