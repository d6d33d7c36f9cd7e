//! The report page: the open assessment's levels, radars, filled-in matrices, roadmaps and notes,
//! laid out for printing (the browser's "Save as PDF" makes the PDF; the print stylesheet breaks
//! pages between models and keeps tables whole where it can), with Markdown and CSV downloads.

use crate::browser::{download_text, today_iso};
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::plan::export::{exported_models, to_csv, to_markdown};
use crate::core::plan::history::Scope;
use crate::core::plan::roadmap::roadmap;
use crate::core::plan::targets::resolve;
use crate::core::radar_data::{
    add_category_target, add_dimension_target, caption, category_radar, dimension_radar, slug,
};
use crate::core::route::Route;
use crate::keep::state::use_app_state;
use crate::plan::roadmap_view::standing_words;
use crate::widgets::filled_matrix::FilledMatrix;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

/// Opens the browser's print dialog, where "Save as PDF" is one of the printers.
fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The levels of one model: overall, each category, each dimension, with the target beside.
fn levels_table(model: &'static Model, a: &Assessment) -> impl IntoView {
    let target = resolve(model, a);
    let ratings = a.ratings_for(model);
    let rows: Vec<(String, String, &str)> = Scope::all(model)
        .into_iter()
        .map(|scope| {
            (
                scope.label(model),
                scope
                    .outcome(model, &ratings, &a.settings)
                    .level_name(model),
                model
                    .levels
                    .get(target.for_scope(scope))
                    .map_or("", |l| l.name),
            )
        })
        .collect();
    view! {
        <table class="report-levels">
            <caption>{tf("{model}: levels reached", &[("model", model.name)])}</caption>
            <thead><tr><th scope="col">{t("Part")}</th><th scope="col">{t("Level reached")}</th><th scope="col">{t("Target")}</th></tr></thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(part, reached, target)| view! {
                        <tr><th scope="row">{part}</th><td class="reached">{reached}</td><td>{target}</td></tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The roadmap, read-only, with owners and due dates.
fn roadmap_list(model: &'static Model, a: &Assessment) -> impl IntoView {
    let plan = roadmap(model, a);
    let summary = plan.progress_words();
    let groups = plan
        .groups
        .iter()
        .map(|g| {
            let name = model.levels.get(g.level).map_or("", |l| l.name);
            let items = g
                .items
                .iter()
                .map(|item| {
                    let practice = &model.practices[item.practice];
                    let plan_words = item.planned.as_ref().map(|p| {
                        let mut words = vec![t("planned").to_string()];
                        if !p.owner.is_empty() {
                            words.push(tf("owner {owner}", &[("owner", &p.owner)]));
                        }
                        if !p.due.is_empty() {
                            words.push(tf("due {date}", &[("date", &p.due)]));
                        }
                        words.join(", ")
                    });
                    view! {
                        <li data-practice=practice.id>
                            <strong>{practice.title}</strong>
                            {format!(" — {}", standing_words(item))}
                            {plan_words.map(|w| view! { <span class="report-plan">{format!(" — {w}")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{tf("To reach {level}", &[("level", name)])}</h4>
                <ol>{items}</ol>
            }
        })
        .collect_view();
    view! {
        <section class="report-roadmap">
            <h3>{t("Roadmap")}</h3>
            <p>{summary}</p>
            {groups}
        </section>
    }
}

/// Every note and reason for Not applicable in one model, in the model's order.
fn notes_list(model: &'static Model, a: &Assessment) -> impl IntoView {
    let notes: Vec<(&str, String)> = model
        .practices
        .iter()
        .filter_map(|p| {
            let answer = a.answer(model.id, p.id)?;
            let mut text = Vec::new();
            if !answer.na_reason.is_empty() {
                text.push(tf(
                    "Not applicable: {reason}",
                    &[("reason", &answer.na_reason)],
                ));
            }
            if !answer.note.is_empty() {
                text.push(answer.note.clone());
            }
            (!text.is_empty()).then(|| (p.title, text.join(". ")))
        })
        .collect();
    (!notes.is_empty()).then(|| {
        view! {
            <section class="report-notes">
                <h3>{t("Notes")}</h3>
                <dl>
                    {notes
                        .into_iter()
                        .map(|(title, text)| view! { <dt>{title}</dt><dd>{text}</dd> })
                        .collect_view()}
                </dl>
            </section>
        }
    })
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let assessment = use_app_state().assessment;
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));
    let (error, set_error) = signal(None::<String>);
    let download = move |extension: &str, mime: &str, text: Result<String, String>| {
        let file = format!(
            "{}-{}.{extension}",
            slug(&name.get_untracked()),
            today_iso()
        );
        set_error.set(text.and_then(|t| download_text(&file, mime, &t)).err());
    };
    let body = move || {
        let a = assessment.get();
        let models = exported_models(&a);
        let rated: Vec<&'static Model> = models
            .iter()
            .copied()
            .filter(|m| a.has_ratings(m))
            .collect();
        let dimension = (!rated.is_empty()).then(|| {
            let mut radar = dimension_radar(&rated, &a);
            add_dimension_target(&mut radar, &rated, &a);
            let text = caption(a.radar_measure, &a);
            view! {
                <RadarView radar=Signal::derive(move || radar.clone()) caption=Signal::derive(move || text.clone()) assessment_name=name />
            }
        });
        let sections = models
            .into_iter()
            .map(|model| {
                let outcomes = crate::core::comparison::category_outcomes(model, &a, &a.settings);
                let mut radar = category_radar(model, &outcomes, &a);
                add_category_target(&mut radar, model, &a);
                let text = tf(
                    "{caption} The dashed outline is the target.",
                    &[("caption", &caption(a.radar_measure, &a))],
                );
                let ratings = a.ratings_for(model);
                let settings = a.settings;
                let target = resolve(model, &a);
                let who = tf("{name}'s answers", &[("name", &a.name)]);
                view! {
                    <section class="report-model" data-model=model.id>
                        <h2>{model.name}</h2>
                        {levels_table(model, &a)}
                        <RadarView radar=Signal::derive(move || radar.clone()) caption=Signal::derive(move || text.clone()) assessment_name=name />
                        <FilledMatrix
                            model=model
                            ratings=Signal::derive(move || ratings.clone())
                            settings=Signal::derive(move || settings)
                            target=Signal::derive(move || target.clone())
                            caption=Signal::derive(move || who.clone())
                        />
                        {roadmap_list(model, &a)}
                        {notes_list(model, &a)}
                    </section>
                }
            })
            .collect_view();
        view! {
            <header class="report-header">
                <h1 class="report-title">{a.name.clone()}</h1>
                <p class="report-facts">
                    {tf(
                        "Report of {date} · {rule}",
                        &[("date", &today_iso()), ("rule", &a.settings.explanation())],
                    )}
                </p>
                <p class="report-credits meta">
                    {t("Made with Rungs. The models belong to their authors; see each model's About page for its source.")}
                </p>
            </header>
            {dimension}
            {sections}
        }
    };
    view! {
        <section class="report-page">
            <div class="report-actions no-print">
                <p class="meta">
                    {t("This page is laid out for printing. To make a PDF, choose Print and then Save as PDF as the printer.")}
                    " "
                    <a href=Route::Assessments.to_fragment()>{t("Report another assessment")}</a>
                </p>
                <button type="button" class="print-report" on:click=move |_| print_page()>{t("Print or save as PDF")}</button>
                " "
                <button type="button" class="download-markdown" on:click=move |_| {
                    let text = assessment.with_untracked(to_markdown);
                    download("md", "text/markdown;charset=utf-8", Ok(text));
                }>{t("Download Markdown")}</button>
                " "
                <button type="button" class="download-csv" on:click=move |_| {
                    let text = assessment.with_untracked(to_csv);
                    download("csv", "text/csv;charset=utf-8", text);
                }>{t("Download CSV")}</button>
                {move || error.get().map(|e| view! { <p role="alert" class="error">{tf("Download failed: {error}", &[("error", &e)])}</p> })}
            </div>
            {body}
        </section>
    }
}
