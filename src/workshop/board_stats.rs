//! One model on the board: every participant's polygon with the median over them, the practices
//! to discuss first, and the numbers per practice.

use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::radar_data::caption;
use crate::core::scoring::Rating;
use crate::core::workshop::{
    discuss_first, median_words, points_text, practice_stats, workshop_radar, PracticeStats,
};
use crate::widgets::radar_view::RadarView;
use crate::workshop::board_state::use_board;

/// The statistics of every practice on the board, computed once per change of the board and
/// shared by every section that shows them.
#[derive(Debug, Clone, Copy)]
pub struct BoardStats(pub Memo<Vec<PracticeStats>>);

/// The board's statistics, provided by the first caller under the board's owner.
pub fn use_board_stats() -> Memo<Vec<PracticeStats>> {
    if let Some(stats) = use_context::<BoardStats>() {
        return stats.0;
    }
    let board = use_board();
    let stats = Memo::new(move |_| {
        board
            .workshop
            .with(|w| w.as_ref().map(practice_stats).unwrap_or_default())
    });
    provide_context(BoardStats(stats));
    stats
}
use crate::core::workshop::statistics::median_rating;
use crate::widgets::filled_matrix::{rating_symbol, FilledMatrix};
use leptos::prelude::*;

/// How many practices the discuss-first list shows.
const DISCUSS_SHOWN: usize = 10;

/// A table cell's classes: its column, and the rating's place on the colour scale; the stylesheet
/// puts the rating's symbol (`data-symbol`) before the word, so the text stays the word alone.
fn scale_class(column: &str, rating: Option<Rating>) -> String {
    match rating {
        Some(r) => format!("{column} rating-cell rating-{}", r.id()),
        None => column.to_string(),
    }
}

fn rating_label(rating: Option<Rating>) -> &'static str {
    rating.map_or("–", Rating::label)
}

/// The median in words and points, e.g. "Partly–Largely (2.5)".
pub fn median_text(stats: &PracticeStats) -> String {
    stats.median.map_or_else(
        || "–".to_string(),
        |m| format!("{} ({})", median_words(m), points_text(m)),
    )
}

/// The spread as text: "–" while nobody has answered (a 0 would read as full agreement).
pub fn spread_text(stats: &PracticeStats) -> String {
    if stats.answers == 0 {
        "–".to_string()
    } else {
        stats.spread.to_string()
    }
}

/// The answers per rating, each with its symbol on the rating scale, e.g. "○ Not yet 1 ·
/// ◑ Partly 3 · ● Fully 2". The symbols are hidden from screen readers, which read the words.
pub fn distribution(stats: &PracticeStats) -> impl IntoView {
    let counted: Vec<(Rating, usize)> = Rating::ALL
        .into_iter()
        .zip(stats.counts)
        .filter(|(_, n)| *n > 0)
        .collect();
    let last = counted.len().saturating_sub(1);
    counted
        .into_iter()
        .enumerate()
        .map(|(i, (r, n))| {
            // The separator ends the count before it, so a line never starts with one.
            let separator = if i < last { " ·" } else { "" };
            view! {
                {(i > 0).then_some(" ")}
                <span class="rating-count">
                    <span class="rating-symbol" aria-hidden="true">{rating_symbol(Some(r))}</span>
                    {format!(" {} {n}{separator}", r.label())}
                </span>
            }
        })
        .collect_view()
}

#[component]
pub fn ModelStats(model: &'static Model) -> impl IntoView {
    let board = use_board();
    let all = use_board_stats();
    let stats = Memo::new(move |_| {
        all.with(|all| {
            all.iter()
                .filter(|s| s.model.id == model.id)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let (table_open, set_table_open) = signal(false);
    let radar = Signal::derive(move || {
        board.workshop.with(|w| match w {
            Some(w) => workshop_radar(model, w),
            None => workshop_radar(
                model,
                &crate::core::workshop::Workshop::new("", &[], Default::default()),
            ),
        })
    });
    let radar_caption = Signal::derive(move || {
        board.workshop.with(|w| {
            let scored = w.as_ref().map(|w| &w.agreed).cloned().unwrap_or_default();
            tf(
                "Each outline is one counted participant; the filled blue shape is their median, axis by axis. {caption}",
                &[("caption", &caption(scored.radar_measure, &scored))],
            )
        })
    });
    let name = Signal::derive(move || {
        board
            .workshop
            .with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default())
    });
    let nothing_to_discuss = move || {
        stats.with(|all| {
            !all.iter()
                .any(|s| s.answers >= 2 && (s.spread > 0 || s.split_on_applicability))
        })
    };
    let discuss = move || {
        stats.with(|all| {
            discuss_first(all)
                .into_iter()
                .take(DISCUSS_SHOWN)
                .filter_map(|i| all.get(i))
                .filter(|s| s.answers >= 2 && (s.spread > 0 || s.split_on_applicability))
                .map(|s| {
                    view! {
                        <li data-practice=s.practice.id>
                            <strong>{s.practice.title}</strong>
                            " · "
                            {tf(
                                "{lowest} to {highest}, spread {spread}",
                                &[
                                    ("lowest", rating_label(s.min)),
                                    ("highest", rating_label(s.max)),
                                    ("spread", &s.spread.to_string()),
                                ],
                            )}
                            {s.split_on_applicability.then(|| format!(" · {}", t("some say Not applicable")))}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let rows = move || {
        stats.with(|all| {
            all.iter()
                .map(|s| {
                    view! {
                        <tr data-practice=s.practice.id>
                            <th scope="row">{s.practice.title}</th>
                            <td class="answers">{s.answers}</td>
                            <td class=scale_class("median", median_rating(s)) data-symbol=rating_symbol(median_rating(s))>{median_text(s)}</td>
                            <td class=scale_class("min", s.min) data-symbol=rating_symbol(s.min)>{rating_label(s.min)}</td>
                            <td class=scale_class("max", s.max) data-symbol=rating_symbol(s.max)>{rating_label(s.max)}</td>
                            <td class="spread">{spread_text(s)}</td>
                            <td class="distribution">{distribution(s)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="model-stats" data-model=model.id>
            <h3>{model.name}</h3>
            <div class="stats-layout">
                <div>
                    <h4>{t("Discuss first")}</h4>
                    <ol class="discuss-first">{discuss}</ol>
                    {move || nothing_to_discuss().then(|| view! {
                        <p class="meta discuss-none">{t("Nothing to discuss first yet: fewer than two people have answered, or everyone agrees.")}</p>
                    })}
                    <p class="meta">{t("Ranked by spread (highest minus lowest rating), then by a split over Not applicable, then by how far answers sit from the median.")}</p>
                </div>
                <RadarView radar=radar caption=radar_caption assessment_name=name />
            </div>
            <details class="board-matrix">
                <summary>{t("The matrix, filled in: agreed answers, else the median")}</summary>
                <FilledMatrix
                    model=model
                    ratings=Signal::derive(move || {
                        let agreed = board.workshop.with(|w| w.as_ref().map(|w| w.agreed.ratings_for(model)));
                        stats.with(|all| {
                            model
                                .practices
                                .iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    agreed
                                        .as_ref()
                                        .and_then(|a| a.get(i).copied().flatten())
                                        .or_else(|| {
                                            all.iter()
                                                .find(|s| s.practice.id == p.id)
                                                .and_then(median_rating)
                                        })
                                })
                                .collect()
                        })
                    })
                    settings=Signal::derive(move || board.workshop.with(|w| w.as_ref().map(|w| w.settings).unwrap_or_default()))
                    caption=Signal::derive(move || tf("{name}, agreed or median answers", &[("name", &name.get())]))
                />
            </details>
            <details class="all-practices" on:toggle=move |ev| {
                set_table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>{tf("Every practice: answers, median, lowest, highest and spread ({count})", &[("count", &model.practices.len().to_string())])}</summary>
                {move || table_open.get().then(|| view! {
            <div class="table-scroll">
                <table class="practice-stats">
                    <thead>
                        <tr>
                            <th scope="col">{t("Practice")}</th>
                            <th scope="col">{t("Answers")}</th>
                            <th scope="col">{t("Median")}</th>
                            <th scope="col">{t("Lowest")}</th>
                            <th scope="col">{t("Highest")}</th>
                            <th scope="col">{t("Spread")}</th>
                            <th scope="col">{t("Answers by rating")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
                })}
            </details>
        </section>
    }
}
