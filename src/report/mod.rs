//! The report: everything about the open assessment on one page made for printing and the
//! browser's "Save as PDF", with Markdown and CSV downloads. A part of the app of its own.

pub mod report_page;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use leptos::prelude::*;
use report_page::ReportPage;

split_part!(load, report, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Report => view! { <ReportPage /> }.into_any(),
        _ => not_this_part(),
    }
}
