//! Planning: a target per model and category, the matrix filled in with the answers and the
//! target's missing practices, the roadmap with what is planned, and snapshots over time (the
//! timeline, what changed, two snapshots on one radar). A part of the app of its own.

pub mod plan_page;
pub mod roadmap_view;
pub mod snapshot_offer;
pub mod snapshots_panel;
pub mod targets_panel;
pub mod timeline_view;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use leptos::prelude::*;
use plan_page::PlanPage;

split_part!(load, plan, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Plan { model } => view! { <PlanPage model=model /> }.into_any(),
        _ => not_this_part(),
    }
}
