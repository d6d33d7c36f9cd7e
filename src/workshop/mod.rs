//! Workshop mode in the browser. Two parts, because two different people open them: the
//! facilitator's board (create, invite, merge results, statistics, consensus, presenter mode,
//! opening a workshop link), and a participant's page that an invitation opens.

pub mod board_link_page;
pub mod board_page;
pub mod board_state;
pub mod board_stats;
pub mod consensus;
pub mod join_page;
pub mod presenter;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use board_link_page::BoardLinkPage;
use board_page::BoardPage;
use join_page::JoinPage;
use leptos::prelude::*;
use presenter::PresenterPage;

split_part!(load_board, board, board_screens);
split_part!(load_join, join, join_screens);

fn board_screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Board => view! { <BoardPage /> }.into_any(),
        Screen::Present => view! { <PresenterPage /> }.into_any(),
        Screen::BoardLink { payload } => view! { <BoardLinkPage payload=payload /> }.into_any(),
        _ => not_this_part(),
    }
}

fn join_screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Join { payload } => view! { <JoinPage payload=payload /> }.into_any(),
        _ => not_this_part(),
    }
}
