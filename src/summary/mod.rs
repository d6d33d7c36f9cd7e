//! Your results on the first screen: each model's level reached in its status line, and the
//! radar over the four dimensions. A part of its own, loaded only for a visitor with saved
//! assessments, because it needs the saved data and the scoring that a first visit does not.

pub mod summary_view;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use leptos::prelude::*;
use summary_view::SummaryView;

split_part!(load, summary, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <SummaryView /> }.into_any(),
        _ => not_this_part(),
    }
}
