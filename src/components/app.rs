//! The app shell: header, navigation, and the screen the URL fragment asks for.

use crate::browser::current_fragment;
use crate::components::{
    about::AboutPage,
    assess_page::AssessPage,
    assessments_page::AssessmentsPage,
    board_link_page::BoardLinkPage,
    board_page::BoardPage,
    board_state::provide_board_state,
    help::Help,
    home::Home,
    join_page::JoinPage,
    matrix::ModelMatrix,
    model_texts::{load_model_texts, provide_model_texts, TextsState},
    persistence::{keep_saved, load},
    presenter::PresenterPage,
    search_page::SearchPage,
    shared_page::SharedPage,
    state::provide_app_state,
    storage_banner::StorageBanner,
};
use crate::route::{resolve, Route, Screen};
use leptos::prelude::*;

fn screen(route: Route) -> AnyView {
    match resolve(route) {
        Screen::Home => view! { <Home /> }.into_any(),
        Screen::Help => view! { <Help /> }.into_any(),
        Screen::Search { query } => view! { <SearchPage initial_query=query /> }.into_any(),
        Screen::Matrix {
            model,
            level,
            practice,
        } => view! {
            <ModelMatrix model=model highlight_level=level open_practice=practice />
        }
        .into_any(),
        Screen::About { model } => view! { <AboutPage model=model /> }.into_any(),
        Screen::Assess { model } => view! { <AssessPage model=model /> }.into_any(),
        Screen::Assessments => view! { <AssessmentsPage /> }.into_any(),
        Screen::Shared { payload } => view! { <SharedPage payload=payload /> }.into_any(),
        Screen::Join { payload } => view! { <JoinPage payload=payload /> }.into_any(),
        Screen::Board => view! { <BoardPage /> }.into_any(),
        Screen::Present => view! { <PresenterPage /> }.into_any(),
        Screen::BoardLink { payload } => view! { <BoardLinkPage payload=payload /> }.into_any(),
        Screen::NotFound { reason } => view! {
            <section class="not-found" role="alert">
                <h1>"Not found"</h1>
                <p>{reason}</p>
                <p><a href="#/">"Back to the models"</a></p>
            </section>
        }
        .into_any(),
    }
}

/// The whole app. The route follows the URL fragment, so links, reloads and the back button all
/// work on static hosting.
#[component]
pub fn App() -> impl IntoView {
    let loaded = load();
    let state = provide_app_state(loaded.library, loaded.status);
    keep_saved(state, loaded.store, loaded.saved_text);
    provide_board_state();
    load_model_texts(provide_model_texts(TextsState::Loading));
    let (route, set_route) = signal(Route::parse(&current_fragment()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    view! {
        <header class="app-header">
            <a class="brand" href="#/">"Rungs"</a>
            <nav aria-label="Main">
                <a href="#/">"Models"</a>
                <a href="#/assessments">"Assessments"</a>
                <a href="#/board">"Workshop"</a>
                <a href="#/search">"Search"</a>
                <a href="#/help">"Help"</a>
            </nav>
        </header>
        <StorageBanner />
        <main id="main">
            {move || {
                // Each screen gets an owner of its own, so that contexts a screen provides (a
                // shared assessment, the board's statistics) end with it and are never found by
                // the next screen.
                let route = route.get();
                let owner = Owner::new();
                let view = owner.with(|| screen(route));
                leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)
            }}
        </main>
        <footer class="app-footer">
            <p>
                "Rungs runs entirely in your browser. Descriptions are Rungs' own words; each model's About page credits its source."
            </p>
        </footer>
    }
}
