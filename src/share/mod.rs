//! Sharing an assessment as a link: the share panel (link, Copy, QR code), the page a share link
//! opens (read-only, with Save as a copy), and comparing it with your own. The shared page is a
//! part of its own; the share panel travels with the pages that show it.

pub mod compare_view;
pub mod share_panel;
pub mod shared_page;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use leptos::prelude::*;
use shared_page::SharedPage;

split_part!(load, share, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Shared { payload } => view! { <SharedPage payload=payload /> }.into_any(),
        _ => not_this_part(),
    }
}
