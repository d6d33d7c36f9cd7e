//! A model's matrix filled in with answers: each practice's cell shows its rating as a symbol, a
//! word and a colour (the colour is never the only cue), unrated cells stay plain, and the cells
//! a target needs that are not yet in place are marked. The view people screenshot: the model's
//! own chart, with a team's answers on it. Used by the plan, the report, a shared link and the
//! workshop board.

use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::plan::roadmap::needed_for_target;
use crate::core::plan::targets::ResolvedTarget;
use crate::core::route::Route;
use crate::core::scoring::{Rating, ScoringSettings};
use leptos::prelude::*;

/// A rating's symbol, filling up like a gauge, so a greyscale print still reads.
pub fn rating_symbol(rating: Option<Rating>) -> &'static str {
    match rating {
        None => "·",
        Some(Rating::NotYet) => "○",
        Some(Rating::Started) => "◔",
        Some(Rating::Partly) => "◑",
        Some(Rating::Largely) => "◕",
        Some(Rating::Fully) => "●",
        Some(Rating::NotApplicable) => "⊘",
    }
}

/// The mark on a cell the target needs that is not in place yet.
pub const TARGET_MARK: &str = "◎";

#[component]
pub fn FilledMatrix(
    model: &'static Model,
    /// One rating per practice, in the model's order.
    #[prop(into)]
    ratings: Signal<Vec<Option<Rating>>>,
    #[prop(into)] settings: Signal<ScoringSettings>,
    /// The target whose missing practices are marked; none: nothing is marked.
    #[prop(optional, into)]
    target: Option<Signal<ResolvedTarget>>,
    /// Whose answers these are, for the table's caption ("Team Blue's answers").
    #[prop(into)]
    caption: Signal<String>,
) -> impl IntoView {
    let header = model
        .levels
        .iter()
        .map(|level| view! { <th scope="col">{level.name}</th> })
        .collect_view();
    let rows = model
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| {
            let cells = (0..model.levels.len())
                .map(|l| {
                    let items = model
                        .practices
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| p.category == c && p.level == l)
                        .map(|(index, practice)| {
                            let rating = Memo::new(move |_| {
                                ratings.with(|r| r.get(index).copied().flatten())
                            });
                            let needed = Memo::new(move |_| {
                                target.is_some_and(|t| {
                                    t.with(|t| {
                                        needed_for_target(
                                            model,
                                            t,
                                            index,
                                            rating.get(),
                                            &settings.get(),
                                        )
                                    })
                                })
                            });
                            let in_place = move || settings.with(|s| s.meets(rating.get()));
                            let href = Route::Practice {
                                model: model.id.into(),
                                practice: practice.id.into(),
                            }
                            .to_fragment();
                            view! {
                                <li
                                    data-practice=practice.id
                                    data-rating=move || rating.get().map_or("unrated", Rating::id)
                                    class=move || match rating.get() {
                                        Some(r) => format!("rated rating-{}", r.id()),
                                        None => "unrated".to_string(),
                                    }
                                    class:in-place=in_place
                                    class:needs-target=move || needed.get()
                                >
                                    <a href=href>
                                        <span class="rating-symbol" aria-hidden="true">
                                            {move || rating_symbol(rating.get())}
                                        </span>
                                        <span class="cell-title">{practice.title}</span>
                                        <span class="rating-word">
                                            {move || rating.get().map_or(t("Not rated"), Rating::label)}
                                        </span>
                                        {move || needed.get().then(|| view! {
                                            <span class="target-mark">
                                                <span aria-hidden="true">{TARGET_MARK}</span>
                                                " "
                                                {t("needed for the target")}
                                            </span>
                                        })}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    // On a phone the rows stack, and each cell is labelled with its level (the
                    // stylesheet reads `data-level-name`, as in the explorer's matrix).
                    let level = &model.levels[l];
                    view! {
                        <td data-level=level.id data-level-name=level.name>
                            <ul>{items}</ul>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr data-category=category.id>
                    <th scope="row">{category.name}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let legend = Rating::ALL
        .into_iter()
        .map(|r| {
            view! {
                <li class=format!("rated rating-{}", r.id())>
                    <span aria-hidden="true">{rating_symbol(Some(r))}</span>
                    " "
                    {r.label()}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="filled-matrix" data-model=model.id>
            <div class="matrix-scroll">
                <table class="matrix filled">
                    <caption>
                        {move || tf("{model}: {whose}", &[("model", model.name), ("whose", &caption.get())])}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("Category")}</th>
                            {header}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul class="rating-legend" aria-label=t("Legend")>
                {legend}
                <li class="unrated"><span aria-hidden="true">"·"</span>" "{t("Not rated")}</li>
                {target.is_some().then(|| view! {
                    <li class="needs-target-legend">
                        <span aria-hidden="true">{TARGET_MARK}</span>
                        " "
                        {t("needed for the target, not yet in place")}
                    </li>
                })}
            </ul>
        </div>
    }
}
