//! Exploring the models: the first screen, each model's matrix, its practices and About page,
//! and search. This is the part of the app every visit loads, so it stays small: nothing here
//! reads saved data or draws a radar.

pub mod about;
pub mod home;
pub mod matrix;
pub mod model_texts;
pub mod practice_detail;
pub mod search_page;

use crate::core::i18n::t;
use crate::core::route::Screen;
use crate::shell::parts::not_this_part;
use about::AboutPage;
use home::Home;
use leptos::prelude::*;
use matrix::ModelMatrix;
use search_page::SearchPage;

/// Draws the explorer's screens.
pub fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <Home /> }.into_any(),
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
        Screen::NotFound { reason } => view! {
            <section class="not-found" role="alert">
                <h1>{t("Not found")}</h1>
                <p>{reason}</p>
                <p><a href="#/">{t("Back to the models")}</a></p>
            </section>
        }
        .into_any(),
        _ => not_this_part(),
    }
}
