//! The app shell: header, navigation, and the screen the URL fragment asks for.

use crate::assessment::Assessment;
use crate::browser::current_fragment;
use crate::components::{
    about::AboutPage,
    assess_page::AssessPage,
    help::Help,
    home::Home,
    matrix::ModelMatrix,
    model_texts::{load_model_texts, provide_model_texts, TextsState},
    search_page::SearchPage,
    state::provide_app_state,
};
use crate::model::find_model;
use crate::route::Route;
use leptos::prelude::*;

/// A screen for a fragment that names no model or practice Rungs knows.
fn not_found(what: String) -> AnyView {
    view! {
        <section class="not-found" role="alert">
            <h1>"Not found"</h1>
            <p>{what}</p>
            <p><a href="#/">"Back to the models"</a></p>
        </section>
    }
    .into_any()
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Help => view! { <Help /> }.into_any(),
        Route::Search { query } => view! { <SearchPage initial_query=query /> }.into_any(),
        Route::Model { model } => match find_model(&model) {
            Some(m) => {
                view! { <ModelMatrix model=m highlight_level=None open_practice=None /> }.into_any()
            }
            None => not_found(format!("There is no model called “{model}”.")),
        },
        Route::Level { model, level } => match find_model(&model) {
            Some(m) => match m.level_index(&level) {
                Some(index) => {
                    view! { <ModelMatrix model=m highlight_level=Some(index) open_practice=None /> }
                        .into_any()
                }
                None => not_found(format!("{} has no level called “{level}”.", m.name)),
            },
            None => not_found(format!("There is no model called “{model}”.")),
        },
        Route::Practice { model, practice } => match find_model(&model) {
            Some(m) => match m.practice(&practice) {
                Some(p) => {
                    view! { <ModelMatrix model=m highlight_level=None open_practice=Some(p.id) /> }
                        .into_any()
                }
                None => not_found(format!("{} has no practice called “{practice}”.", m.name)),
            },
            None => not_found(format!("There is no model called “{model}”.")),
        },
        Route::Assess { model } => match find_model(&model) {
            Some(m) => view! { <AssessPage model=m /> }.into_any(),
            None => not_found(format!("There is no model called “{model}”.")),
        },
        Route::About { model } => match find_model(&model) {
            Some(m) => view! { <AboutPage model=m /> }.into_any(),
            None => not_found(format!("There is no model called “{model}”.")),
        },
        Route::NotFound { fragment } => not_found(format!("Rungs has no page at “{fragment}”.")),
    }
}

/// The whole app. The route follows the URL fragment, so links, reloads and the back button all
/// work on static hosting.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state(Assessment::default());
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
                <a href="#/search">"Search"</a>
                <a href="#/help">"Help"</a>
            </nav>
        </header>
        <main id="main">{move || screen(route.get())}</main>
        <footer class="app-footer">
            <p>
                "Rungs runs entirely in your browser. Model descriptions are Rungs' own words; see each model's About page for its source."
            </p>
        </footer>
    }
}
