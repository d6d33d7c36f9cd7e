//! A whole workshop opened from its link: it becomes this browser's board, after a confirmation
//! when that would replace a board with participants on it.

use crate::core::i18n::{t, tf, tnf};
use crate::core::route::Route;
use crate::core::share::link_table;
use crate::core::workshop::decode_workshop;
use crate::widgets::broken_link::broken_link;
use crate::workshop::board_state::{use_board, would_replace_work};
use leptos::prelude::*;

fn go_to_board() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&Route::Board.to_fragment());
    }
}

#[component]
pub fn BoardLinkPage(payload: String) -> impl IntoView {
    let board = use_board();
    let opened = match decode_workshop(&payload, &link_table()) {
        Ok(w) => w,
        Err(message) => {
            return broken_link(
                t("workshop link"),
                message,
                t("Your board and your assessments are untouched."),
            );
        }
    };
    let current = board.workshop.get_untracked();
    if !would_replace_work(current.as_ref(), &opened) {
        board.open(opened);
        go_to_board();
        return ().into_any();
    }
    let current_name = current
        .map(|c| {
            tnf(
                "“{name}” ({n} participant) | “{name}” ({n} participants)",
                c.participants.len(),
                &[("name", &c.name)],
            )
        })
        .unwrap_or_default();
    let name = opened.name.clone();
    let count = opened.participants.len();
    view! {
        <section class="board-link" role="alert">
            <h1>{tf("Open the workshop “{name}”?", &[("name", &name)])}</h1>
            <p>{tnf("It has {n} participant. Opening it replaces the board in this browser, {current}. Save that board's link or file first if you need it. | It has {n} participants. Opening it replaces the board in this browser, {current}. Save that board's link or file first if you need it.", count, &[("current", &current_name)])}</p>
            <p>
                <button type="button" class="replace-board" on:click=move |_| {
                    board.open(opened.clone());
                    go_to_board();
                }>{t("Open it here")}</button>
                " "
                <a href=Route::Board.to_fragment()>{t("Keep my board")}</a>
            </p>
        </section>
    }
    .into_any()
}
