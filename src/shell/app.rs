//! The app: it takes over the page that `index.html` painted, and draws the screen the URL
//! fragment asks for.
//!
//! The header, the navigation and the footer are plain HTML in `index.html` and stay as they are.
//! So does the first screen: `<main>` holds it as served (see `build.rs`), so text paints before
//! any wasm is fetched, and the app adopts it rather than drawing it again: it is shown while the
//! route is the first screen and hidden otherwise ([`crate::explore::home`]). Every other screen
//! is drawn into `<div id="app">`, above it. Nothing that was painted is replaced, so nothing
//! flashes, moves, or loses focus when the app starts.

use crate::browser::current_fragment;
use crate::core::route::{resolve, Route, Screen};
use crate::explore::model_texts::{provide_model_texts, TextsState};
use crate::shell::parts::{show, Part, Parts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The app's root owner, for state that outlives every screen but is only created when a part
/// first needs it (the saved assessments, the workshop board): it is created under this owner,
/// not under the screen that happened to ask first.
#[derive(Debug, Clone)]
pub struct AppRoot(pub Owner);

/// What the app draws above every screen: a part that loads later (keeping assessments) puts
/// its storage banner here.
#[derive(Debug, Clone, Copy)]
pub struct Banner(pub RwSignal<Option<fn() -> AnyView>>);

/// `<html>`'s class while the page opens on a deep link: set by `index.html`'s inline script so
/// that the served first screen stays hidden behind a quiet "Loading…", cleared once the app
/// draws the screen the link asks for.
const DEEP_LINK_CLASS: &str = "deep";

/// `<html>`'s class once the app has taken over the page: from then on every link and control
/// works (the end-to-end tests and the benchmark wait for it).
pub const STARTED_CLASS: &str = "started";

/// Starts the app in `index.html`'s `<div id="app">`, next to the first screen served as HTML.
/// Falls back to the whole body in a page without one (a test harness).
pub fn start() {
    let document = web_sys::window().and_then(|w| w.document());
    let slot = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(slot) = slot else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let Some(document) = document else {
        return;
    };
    // The served first screen starts hidden; the Home screen shows it when the route is home.
    if let Some(home) = crate::explore::home::served_first_screen() {
        home.set_hidden(true);
    }
    for id in ["boot-loading", "boot-failed"] {
        if let Ok(Some(element)) = document.query_selector(&format!("main > .{id}")) {
            element.remove();
        }
    }
    leptos::mount::mount_to(slot, App).forget();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(DEEP_LINK_CLASS);
        let _ = root.class_list().add_1(STARTED_CLASS);
    }
}

/// Draws `screen`: the explorer's screens at once, any other after its part has loaded.
fn screen_view(screen: Screen) -> AnyView {
    match Part::for_screen(&screen) {
        None => crate::explore::screens(screen),
        Some(part) => show(part, screen),
    }
}

/// The app inside `<main>`: the storage banner (once a part has put it there) and the screen the
/// URL fragment asks for. The route follows the fragment, so links, reloads and the back button
/// all work on static hosting.
#[component]
pub fn App() -> impl IntoView {
    if let Some(owner) = Owner::current() {
        provide_context(AppRoot(owner));
    }
    provide_context(Parts::new());
    let banner = RwSignal::new(None::<fn() -> AnyView>);
    provide_context(Banner(banner));
    provide_model_texts(TextsState::Loading);
    let (route, set_route) = signal(Route::parse(&current_fragment()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    view! {
        {move || banner.get().map(|draw| draw())}
        {move || {
            // Each screen gets an owner of its own, so that contexts a screen provides (a
            // shared assessment, the board's statistics) end with it and are never found by
            // the next screen.
            let route = route.get();
            let owner = Owner::new();
            let view = owner.with(|| screen_view(resolve(route)));
            leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)
        }}
    }
}
