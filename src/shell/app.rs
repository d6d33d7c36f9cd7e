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
use crate::core::i18n::t;
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

/// Bumped whenever the imported models change (added, updated, removed, or read at start), so
/// that the screen on show is drawn again with them.
#[derive(Debug, Clone, Copy)]
pub struct ModelsRevision(pub RwSignal<u64>);

impl ModelsRevision {
    /// Tells every screen the imported models changed. Outside the app (a component mounted on
    /// its own) there is nothing to tell.
    pub fn bump() {
        if let Some(ModelsRevision(revision)) = use_context::<ModelsRevision>() {
            revision.update(|r| *r += 1);
        }
    }
}

/// Where the imported models kept in this browser stand while the app starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeptModels {
    /// None kept, or read into the registry.
    Ready,
    /// Their part is on its way: screens wait, so that no screen says a model does not exist.
    Loading,
    /// Their part could not be fetched.
    Failed,
}

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
    let language = crate::shell::language::page_language();
    if language == crate::core::i18n::Language::English {
        mount();
    } else {
        // Leptos' executor starts with the app, so this first task runs on the browser's own.
        wasm_bindgen_futures::spawn_local(async move {
            crate::shell::language::set_up(language).await;
            mount();
        });
    }
}

/// Takes over the page: the app goes into `#app`, the boot messages go.
fn mount() {
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
    // The first screen was served in every language; the ones not in use go, so the page holds
    // one screen and no hidden copy of it.
    let others = format!(
        "main > section.home[data-lang]:not([data-lang=\"{}\"])",
        crate::core::i18n::language().code()
    );
    if let Ok(Some(other)) = document.query_selector(&others) {
        other.remove();
    }
    leptos::mount::mount_to(slot, App).forget();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(DEEP_LINK_CLASS);
        let _ = root.class_list().add_1(STARTED_CLASS);
    }
}

/// Loads the Models part and reads the models kept in this browser into the registry.
fn read_kept_models(kept: RwSignal<KeptModels>, revision: RwSignal<u64>) {
    kept.set(KeptModels::Loading);
    leptos::task::spawn_local(async move {
        match crate::models::load().await {
            Ok(offer) => {
                (offer.restore)();
                kept.set(KeptModels::Ready);
                revision.update(|r| *r += 1);
            }
            Err(_) => kept.set(KeptModels::Failed),
        }
    });
}

fn kept_models_failed(kept: RwSignal<KeptModels>, revision: RwSignal<u64>) -> AnyView {
    view! {
        <section class="part-failed" role="alert">
            <h1>{t("Rungs could not load your own models")}</h1>
            <p>
                {t("The models you added to Rungs are read by a part of the app fetched when it starts, and the fetch failed: the network may be off. Your models and assessments are untouched.")}
            </p>
            <p>
                <button type="button" class="retry" on:click=move |_| read_kept_models(kept, revision)>
                    {t("Retry")}
                </button>
            </p>
        </section>
    }
    .into_any()
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
    let revision = RwSignal::new(0u64);
    provide_context(ModelsRevision(revision));
    let kept = RwSignal::new(KeptModels::Ready);
    if crate::models::saved_models::has_saved_models() {
        read_kept_models(kept, revision);
    }
    let (route, set_route) = signal(Route::parse(&current_fragment()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    // What decides the screen. A change to the imported models draws the screen again, so a
    // link that waited for a model opens with it; the pages that change the models are not
    // drawn again, or they would lose what they were showing (the review, "kept", Undo).
    let drawn = Memo::new(move |_| {
        let route = route.get();
        let revision = match route {
            Route::Models | Route::ModelLink { .. } => 0,
            _ => revision.get(),
        };
        (route, revision)
    });
    view! {
        {move || banner.get().map(|draw| draw())}
        {move || {
            // Each screen gets an owner of its own, so that contexts a screen provides (a
            // shared assessment, the board's statistics) end with it and are never found by
            // the next screen.
            let (route, _) = drawn.get();
            let owner = Owner::new();
            let view = owner.with(|| match kept.get() {
                KeptModels::Ready => screen_view(resolve(route)),
                _ if route == Route::Home => screen_view(Screen::Home),
                KeptModels::Loading => crate::shell::parts::loading_view(),
                KeptModels::Failed => kept_models_failed(kept, revision),
            });
            leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)
        }}
    }
}
