//! Presenter mode: one practice at a time in large, high-contrast type for a projector, with its
//! description (how to tell it is in place, what the group discusses), driven by the arrow keys,
//! in discuss-first order.

use crate::core::i18n::{t, tf, tnf};
use crate::core::route::Route;
use crate::core::scoring::Rating;
use crate::core::workshop::suggested;
use crate::explore::model_texts::LongText;
use crate::widgets::filled_matrix::rating_symbol;
use crate::workshop::board_state::use_board;
use crate::workshop::board_stats::{median_text, spread_text};
use crate::workshop::consensus::walk_order;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn PresenterPage() -> impl IntoView {
    let board = use_board();
    let (stats, order) = walk_order(Signal::derive(|| false));
    let (cursor, set_cursor) = signal(0usize);
    let total = move || order.with(Vec::len);
    let current = move || {
        let index = order.with(|o| o.get(cursor.get()).copied())?;
        stats.with(|s| s.get(index).cloned())
    };
    let step = move |delta: isize| {
        let last = total().saturating_sub(1);
        set_cursor.update(|c| *c = c.saturating_add_signed(delta).min(last));
    };
    let agree_and_next = move || {
        if let Some(s) = current() {
            if board.agreed_rating(&s).is_none() {
                board.agree(&s, suggested(&s));
            }
        }
        step(1);
    };
    let back_to_board = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&Route::Board.to_fragment());
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // On one of the buttons, Enter and Space are the button's own.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .is_some();
        match ev.key().as_str() {
            "Enter" | " " if on_button => {}
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                step(1);
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                step(-1);
            }
            "Enter" => agree_and_next(),
            "Escape" => back_to_board(),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let slide = move || {
        let Some(s) = current() else {
            return view! { <p class="presenter-empty">{t("No practices yet: create a workshop and add results on the board.")}</p> }.into_any();
        };
        let most = s.counts.iter().copied().max().unwrap_or(0).max(1);
        let bars = Rating::ALL
            .iter()
            .zip(s.counts)
            .map(|(r, n)| {
                let width = format!("{}%", n * 100 / most);
                view! {
                    <li class=format!("bar-row rating-{}", r.id())>
                        <span class="bar-label">
                            <span class="scale-chip" aria-hidden="true">{rating_symbol(Some(*r))}</span>
                            {r.label()}
                        </span>
                        <span class="bar" style:width=width></span>
                        <span class="bar-count">{n}</span>
                    </li>
                }
            })
            .collect_view();
        let agreed = board.agreed_rating(&s).map_or_else(
            || t("Not agreed yet").to_string(),
            |r| tf("Agreed: {rating}", &[("rating", r.label())]),
        );
        view! {
            <article class="slide" data-practice=s.practice.id>
                <p class="slide-meta">{format!("{} · {}", s.model.name, s.model.levels.get(s.practice.level).map_or("", |l| l.name))}</p>
                <h1 class="slide-title">{s.practice.title}</h1>
                // How to tell the practice is in place: what the group discusses.
                <div class="slide-description">
                    <LongText model=s.model.id key=format!("practice:{}", s.practice.id) />
                </div>
                <ul class="bars">{bars}</ul>
                <p class="slide-stats">{tnf(
                    "Median {median} · spread {spread} · {n} answer | Median {median} · spread {spread} · {n} answers",
                    s.answers,
                    &[("median", &median_text(&s)), ("spread", &spread_text(&s))],
                )}</p>
                <p class="slide-agreed">{agreed}</p>
            </article>
        }
        .into_any()
    };
    view! {
        <section class="presenter" aria-live="polite">
            {slide}
            <nav class="presenter-controls" aria-label=t("Presenter")>
                <button type="button" class="presenter-previous" on:click=move |_| step(-1)>{t("← Previous")}</button>
                <button type="button" class="presenter-agree" on:click=move |_| agree_and_next()>{t("Agree the suggestion")}</button>
                <button type="button" class="presenter-next" on:click=move |_| step(1)>{t("Next →")}</button>
                <button type="button" class="presenter-back" on:click=move |_| back_to_board()>{t("Back to the board")}</button>
            </nav>
            <p class="presenter-help">
                {move || tf(
                    "{current} of {total} · ← → to move · Enter agrees the suggestion · Esc back to the board",
                    &[
                        ("current", &(cursor.get() + 1).min(total()).to_string()),
                        ("total", &total().to_string()),
                    ],
                )}
            </p>
        </section>
    }
}
