//! Agreeing the team's answer: the facilitator walks through the practices, most disagreement
//! first by default, and sets the agreed rating, pre-filled with the median. The result is saved
//! as the team's own assessment, with each practice's spread kept in its note.

use crate::core::i18n::{t, tf, tnf};
use crate::core::route::Route;
use crate::core::scoring::Rating;
use crate::core::workshop::{discuss_first, suggested, team_assessment, PracticeStats};
use crate::keep::state::use_app_state;
use crate::widgets::filled_matrix::rating_symbol;
use crate::workshop::board_state::use_board;
use crate::workshop::board_stats::{distribution, median_text, spread_text, use_board_stats};
use leptos::prelude::*;

/// The board's statistics and the order to walk them in, shared by the consensus panel and the
/// presenter.
pub fn walk_order(by_model: Signal<bool>) -> (Memo<Vec<PracticeStats>>, Memo<Vec<usize>>) {
    let stats = use_board_stats();
    let order = Memo::new(move |_| {
        if by_model.get() {
            stats.with(|s| (0..s.len()).collect())
        } else {
            stats.with(|s| discuss_first(s))
        }
    });
    (stats, order)
}

#[component]
pub fn ConsensusPanel() -> impl IntoView {
    let board = use_board();
    let app = use_app_state();
    let (by_model, set_by_model) = signal(false);
    let (stats, order) = walk_order(by_model.into());
    let (cursor, set_cursor) = signal(0usize);
    let (saved, set_saved) = signal(None::<String>);
    let total = move || order.with(Vec::len);
    let current = move || {
        let index = order.with(|o| o.get(cursor.get()).copied())?;
        stats.with(|s| s.get(index).cloned())
    };
    let agreed_count = move || {
        board.workshop.with(|w| {
            w.as_ref().map_or(0, |w| {
                w.agreed
                    .answers
                    .values()
                    .map(|m| m.values().filter(|a| a.rating.is_some()).count())
                    .sum::<usize>()
            })
        })
    };
    let step = move |delta: isize| {
        let last = total().saturating_sub(1);
        set_cursor.update(|c| *c = c.saturating_add_signed(delta).min(last));
    };
    let agree_and_next = move |_| {
        if let Some(s) = current() {
            if board.agreed_rating(&s).is_none() {
                board.agree(&s, suggested(&s));
            }
        }
        step(1);
    };
    let accept_rest = move |_| stats.with_untracked(|all| board.accept_suggestions(all));
    // Nothing to suggest without answers, and nothing to save without answers or agreement.
    let has_answers = move || stats.with(|all| all.iter().any(|s| s.answers > 0));
    let can_save = move || has_answers() || agreed_count() > 0;
    let save_team = move |_| {
        let Some(team) = board
            .workshop
            .with_untracked(|w| w.as_ref().map(team_assessment))
        else {
            return;
        };
        app.add(team);
        set_saved.set(Some(app.assessment.with_untracked(|a| a.name.clone())));
    };
    let practice_view = move || {
        current().map(|s| {
            let choice = board.agreed_rating(&s).or_else(|| suggested(&s));
            let is_agreed = board.agreed_rating(&s).is_some();
            let options = Rating::ALL
                .into_iter()
                .map(|r| {
                    let s = s.clone();
                    view! {
                        <label class=format!("rating-option rating-{}", r.id()) class:na=r == Rating::NotApplicable>
                            <input type="radio" name="agreed-rating" value=r.id()
                                prop:checked=choice == Some(r)
                                on:change=move |_| board.agree(&s, Some(r)) />
                            <span class="scale-chip" aria-hidden="true" data-symbol=rating_symbol(Some(r))></span>
                            <span>{r.label()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <div class="consensus-practice" data-practice=s.practice.id data-model=s.model.id>
                    <p class="meta">{format!("{} · {}", s.model.name, s.model.levels.get(s.practice.level).map_or("", |l| l.name))}</p>
                    <h3 class="consensus-title">{s.practice.title}</h3>
                    <p class="consensus-stats">
                        {tnf(
                            "{n} answer · median {median} · spread {spread} | {n} answers · median {median} · spread {spread}",
                            s.answers,
                            &[("median", &median_text(&s)), ("spread", &spread_text(&s))],
                        )}
                        <br />
                        {distribution(&s)}
                    </p>
                    <fieldset class="agreed" role="radiogroup" aria-label=t("Agreed rating")>
                        <legend>{if is_agreed { t("Agreed rating") } else { t("Agreed rating (suggested: the median, rounded down)") }}</legend>
                        <div class="rating-options">{options}</div>
                    </fieldset>
                </div>
            }
        })
    };
    view! {
        <section class="consensus" aria-labelledby="consensus-heading">
            <h2 id="consensus-heading">{t("4. Agree the team's answer")}</h2>
            <p class="meta">
                {t("Walk through the practices with the group and set the rating you agree on. It starts as the median, rounded down. The team's assessment keeps each practice's spread in its note.")}
            </p>
            <label class="check">
                <input type="checkbox" class="order-by-model" prop:checked=move || by_model.get()
                    on:change=move |ev| { set_by_model.set(event_target_checked(&ev)); set_cursor.set(0); } />
                " "{t("Walk in model order instead of discuss-first order")}
            </label>
            <p class="consensus-progress" aria-live="polite">
                {move || tnf(
                    "Practice {current} of {total} · {n} agreed | Practice {current} of {total} · {n} agreed",
                    agreed_count(),
                    &[
                        ("current", &(cursor.get() + 1).min(total()).to_string()),
                        ("total", &total().to_string()),
                    ],
                )}
            </p>
            {practice_view}
            <p class="consensus-actions">
                <button type="button" class="previous" on:click=move |_| step(-1)>{t("Previous")}</button>
                " "
                <button type="button" class="agree-next" on:click=agree_and_next>{t("Agree and next")}</button>
                " "
                <button type="button" class="accept-rest" on:click=accept_rest disabled=move || !has_answers()>{t("Accept the suggestion for every practice not yet agreed")}</button>
            </p>
            <p>
                <button type="button" class="save-team" on:click=save_team disabled=move || !can_save()>{t("Save as the team's assessment")}</button>
            </p>
            {move || (!can_save()).then(|| view! {
                <p class="meta consensus-empty">{t("No answers yet: add participants' results above, and there will be suggestions to agree and an assessment to save.")}</p>
            })}
            {move || saved.get().map(|name| view! {
                <p class="team-saved" role="status">
                    {tf("Saved “{name}” to your assessments, with each practice's spread in its note.", &[("name", &name)])}" "
                    <a href=Route::Assessments.to_fragment()>{t("See your assessments")}</a>
                </p>
            })}
        </section>
    }
}
