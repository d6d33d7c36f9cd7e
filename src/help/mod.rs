//! The in-app help: how Rungs works, the level rules with their worked examples, and how to run
//! a workshop. A part of its own: static text that a first visit does not need.

pub mod help_page;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use help_page::Help;
use leptos::prelude::*;

split_part!(load, help, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Help => view! { <Help /> }.into_any(),
        _ => not_this_part(),
    }
}
