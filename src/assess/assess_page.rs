//! Self-assessment of one model: rate every practice, and see the level reached overall, per
//! category and per dimension, with the reasons and the radar, updating as you rate.

use crate::assess::level_report::LevelReasons;
use crate::assess::no_longer_in_model::NoLongerInModel;
use crate::assess::practice_rating::PracticeRating;
use crate::assess::scoring_settings::ScoringSettingsPanel;
use crate::core::i18n::{t, tf, tnf};
use crate::core::model::{Dimension, Model, Practice};
use crate::core::radar_data::{add_category_target, caption, category_radar};
use crate::core::route::Route;
use crate::core::scoring::{level_reached, LevelOutcome};
use crate::keep::state::{is_in_workshop, is_read_only, use_app_state};
use crate::plan::snapshot_offer::SnapshotOffer;
use crate::share::share_panel::SharePanel;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

fn progress_text(outcome: &LevelOutcome) -> String {
    tnf(
        "{n} of {total} rated | {n} of {total} rated",
        outcome.rated,
        &[("total", &outcome.total.to_string())],
    )
}

/// One row of the results: a name, its level, progress, and reasons that are built only while
/// the row is open. The row is built once and only its contents follow the outcome.
fn result_row(
    model: &'static Model,
    name: &'static str,
    key: &'static str,
    outcome: Memo<LevelOutcome>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    view! {
        <li class="result-row" data-key=key>
            <details on:toggle=move |ev| {
                set_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>
                    <span class="result-name">{name}</span>
                    {t(":")}
                    " "
                    <strong class="result-level">{move || outcome.with(|o| o.level_name(model))}</strong>
                    <span class="result-progress">{move || format!(" · {}", outcome.with(progress_text))}</span>
                </summary>
                {move || open.get().then(|| view! { <LevelReasons model=model outcome=outcome /> })}
            </details>
        </li>
    }
}

/// Moves keyboard focus to the results' heading.
/// Says which of the four dimensions a model has no practice for, so that an empty axis on the
/// radar is not read as a score of nothing.
fn dimensions_left_out(model: &'static Model) -> Option<impl IntoView> {
    let left_out = Dimension::ALL
        .into_iter()
        .filter(|d| !model.practices.iter().any(|p| p.dimension == *d))
        .map(|d| d.label().to_string())
        .reduce(|list, item| tf("{list} or {item}", &[("list", &list), ("item", &item)]))?;
    Some(view! {
        <p class="meta dimensions-left-out">
            {tf(
                "This model has no practice for {dimensions}: the radar leaves it empty.",
                &[("dimensions", &left_out)],
            )}
        </p>
    })
}

fn focus_results() {
    use wasm_bindgen::JsCast;
    if let Some(heading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".assess-page .results h2").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

#[component]
pub fn AssessPage(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let in_workshop = is_in_workshop();
    // The model's ratings and the settings are read from the assessment once per change; every
    // outcome below is computed from them, and none is recomputed when only a note changes.
    let ratings = Memo::new(move |_| assessment.with(|a| a.ratings_for(model)));
    let settings = Memo::new(move |_| assessment.with(|a| a.settings));
    let outcome_of = move |include: Box<dyn Fn(&Practice) -> bool + Send + Sync>| {
        Memo::new(move |_| ratings.with(|r| level_reached(model, r, &settings.get(), &*include)))
    };
    let overall = outcome_of(Box::new(|_| true));
    let category_outcomes: Vec<Memo<LevelOutcome>> = (0..model.categories.len())
        .map(|c| outcome_of(Box::new(move |p| p.category == c)))
        .collect();
    let radar = {
        let outcomes = category_outcomes.clone();
        Signal::derive(move || {
            let values: Vec<LevelOutcome> = outcomes.iter().map(|o| o.get()).collect();
            assessment.with(|a| {
                let mut radar = category_radar(model, &values, a);
                // A participant's page has no target: the board sets none.
                if !in_workshop {
                    add_category_target(&mut radar, model, a);
                }
                radar
            })
        })
    };
    let radar_caption = Signal::derive(move || {
        assessment.with(|a| {
            let text = caption(a.radar_measure, a);
            if in_workshop {
                text
            } else {
                tf(
                    "{caption} The dashed outline is the target.",
                    &[("caption", &text)],
                )
            }
        })
    });
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));
    let read_only = is_read_only();

    let category_rows = model
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| result_row(model, category.name, category.id, category_outcomes[c]))
        .collect_view();
    let dimension_rows = Dimension::ALL
        .into_iter()
        .filter(|d| model.practices.iter().any(|p| p.dimension == *d))
        .map(|d| {
            result_row(
                model,
                d.label(),
                d.as_str(),
                outcome_of(Box::new(move |p| p.dimension == d)),
            )
        })
        .collect_view();

    let practice_sections = model
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| {
            let rated = Memo::new(move |_| {
                assessment.with(|a| {
                    model
                        .practices
                        .iter()
                        .filter(|p| p.category == c && a.rating(model.id, p.id).is_some())
                        .count()
                })
            });
            let total = model.practices.iter().filter(|p| p.category == c).count();
            view! {
                <section class="rating-category" data-category=category.id>
                    <h2>
                        {category.name}
                        <span class="category-progress">
                            {move || tnf(
                                "{n} / {total} rated | {n} / {total} rated",
                                rated.get(),
                                &[("total", &total.to_string())],
                            )}
                        </span>
                    </h2>
                    {model
                        .practices
                        .iter()
                        .filter(|p| p.category == c)
                        .map(|p| view! { <PracticeRating model=model practice=p /> })
                        .collect_view()}
                </section>
            }
        })
        .collect_view();

    view! {
        <section class="assess-page" data-model=model.id>
            <header class="page-header">
                <h1>{if read_only { model.name.to_string() } else { tf("Assess: {model}", &[("model", model.name)]) }}</h1>
                {(!read_only).then(|| view! {
                    <p class="current-assessment">
                        {t("Assessment:")}
                        " "
                        <strong class="assessment-name">{move || name.get()}</strong>
                        " · "
                        {t("saved in this browser as you go")}
                        " · "
                        <a href=Route::Assessments.to_fragment()>{t("Switch, rename or start another")}</a>
                    </p>
                    <p class="meta">
                        {t("Rate each practice from Not yet to Fully, or Not applicable. Use Tab to move between practices and the arrow keys to choose.")}
                    </p>
                })}
                <p class="meta">
                    <a href=Route::Model { model: model.id.into() }.to_fragment()>{t("See the matrix")}</a>
                    " · "
                    <a href=Route::About { model: model.id.into() }.to_fragment()>{t("About this model")}</a>
                    {(!read_only && !in_workshop).then(|| view! {
                        " · "
                        <a class="plan-link" href=Route::Plan { model: model.id.into() }.to_fragment()>
                            {t("Target, roadmap and progress")}
                        </a>
                        " · "
                        <a class="report-link" href=Route::Report.to_fragment()>{t("Report")}</a>
                    })}
                </p>
                <p class="model-progress" aria-live="polite">
                    {move || overall.with(|o| {
                        tnf(
                            "Progress: {n} of {total} practices rated | Progress: {n} of {total} practices rated",
                            o.rated,
                            &[("total", &o.total.to_string())],
                        )
                    })}
                </p>
                <ScoringSettingsPanel />
                // A keyboard user reaches the results and the share link without tabbing through
                // every practice (C15).
                <button type="button" class="link-button skip-to-results" on:click=move |_| focus_results()>
                    {t("Jump to the results and the share link")}
                </button>
            </header>
            <div class="assess-layout">
                <div class="rating-list">
                    {practice_sections}
                    <NoLongerInModel model=model />
                </div>
                <aside class="results" aria-label=t("Results")>
                    <h2 tabindex="-1">{t("Level reached")}</h2>
                    <p class="overall-level" aria-live="polite">
                        <strong>{move || overall.with(|o| o.level_name(model))}</strong>
                        {move || overall.with(|o| format!(" · {}", progress_text(o)))}
                    </p>
                    // The radar right under the level, so that on a wide screen it stays in
                    // view, at a readable size, while the practices are rated beside it.
                    <RadarView radar=radar caption=radar_caption assessment_name=name />
                    {dimensions_left_out(model)}
                    <LevelReasons model=model outcome=overall />
                    {(!read_only && !in_workshop).then(|| view! { <SnapshotOffer model=model /> })}
                    <h3>{t("By category")}</h3>
                    <ul class="result-rows categories">{category_rows}</ul>
                    <h3>{t("By dimension")}</h3>
                    <ul class="result-rows dimensions">{dimension_rows}</ul>
                    {(!read_only && !in_workshop).then(|| view! { <SharePanel assessment=assessment /> })}
                </aside>
            </div>
        </section>
    }
}
