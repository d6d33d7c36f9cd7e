//! Import assessments from a JSON file: every item is checked and reported on its own, and
//! nothing changes until the user confirms.

use crate::browser::read_chosen_file_then;
use crate::core::i18n::{t, tf, tn};
use crate::core::model::all_models;
use crate::core::transfer::MAX_IMPORT_BYTES;
use crate::core::transfer::{read_import, ImportReport};
use crate::keep::around;
use crate::keep::state::use_app_state;
use leptos::prelude::*;

/// Where an import stands.
#[derive(Clone)]
enum ImportStep {
    Idle,
    Failed(String),
    Review { file: String, report: ImportReport },
    Done(String),
}

/// How many assessments without problems the review lists by name.
const LISTED_CLEAN: usize = 100;

fn review(file: String, report: ImportReport, set_step: WriteSignal<ImportStep>) -> impl IntoView {
    let state = use_app_state();
    let importable = report.importable().len();
    let summary = report.summary();
    // The same assessment already kept here is worth a word: the same file imported twice (C10).
    let library = state.current_library();
    let twin_of = |a: &crate::core::assessment::Assessment| {
        library
            .assessments
            .iter()
            .find(|s| {
                !a.answers.is_empty()
                    && s.assessment.answers == a.answers
                    && s.assessment.settings == a.settings
            })
            .map(|s| s.assessment.name.clone())
    };
    // Every item with a problem is listed; of the others, the first hundred. A list of
    // thousands took seconds to draw and told no more (C12).
    let mut clean_listed = 0;
    let listed: Vec<_> = report
        .items
        .iter()
        .filter(|item| {
            let clean = item.assessment.is_some() && item.problems.is_empty();
            clean_listed += usize::from(clean);
            !clean || clean_listed <= LISTED_CLEAN
        })
        .collect();
    let unlisted = report.items.len() - listed.len();
    let items = listed
        .into_iter()
        .map(|item| {
            let ok = item.assessment.is_some();
            let twin = item.assessment.as_ref().and_then(twin_of);
            let problems = item
                .problems
                .iter()
                .map(|p| view! { <li>{p.clone()}</li> })
                .collect_view();
            view! {
                <li class="import-item" class:rejected=!ok>
                    <strong>{format!("{}. {}", item.index + 1, item.name)}</strong>
                    " — "
                    {if ok { t("will be imported") } else { t("cannot be imported") }}
                    {twin.map(|name| {
                        let (before, after) = around(
                            t("(the same as “{name}”, which you already have: it will be added as a copy)"),
                            "name",
                        );
                        view! {
                            <span class="import-twin">" "{before}<bdi>{name}</bdi>{after}</span>
                        }
                    })}
                    <ul class="import-problems">{problems}</ul>
                </li>
            }
        })
        .collect_view();
    let to_add: Vec<_> = report.importable().into_iter().cloned().collect();
    let confirm = move |_| {
        state.add_all(to_add.clone());
        set_step.set(ImportStep::Done(tn(
            "Imported {n} assessment. The last one is now the one you are working on. | Imported {n} assessments. The last one is now the one you are working on.",
            to_add.len(),
        )));
    };
    view! {
        <div class="import-review" role="region" aria-label=t("Import review")>
            <p><strong>{file}</strong>{t(":")}" "{summary}</p>
            <ol class="import-items">{items}</ol>
            {(unlisted > 0).then(|| view! {
                <p class="import-unlisted">{tn("… and {n} more that can be imported as they are. | … and {n} more that can be imported as they are.", unlisted)}</p>
            })}
            <p>
                <button type="button" class="confirm-import" disabled=importable == 0 on:click=confirm>
                    {tn("Import {n} | Import {n}", importable)}
                </button>
                " "
                <button type="button" class="cancel-import" on:click=move |_| set_step.set(ImportStep::Idle)>
                    {t("Cancel")}
                </button>
            </p>
        </div>
    }
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let (step, set_step) = signal(ImportStep::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file_then(&ev, MAX_IMPORT_BYTES, move |read| {
            set_step.set(match read {
                Err(message) => ImportStep::Failed(tf(
                    "The file could not be read: {message}.",
                    &[("message", &message)],
                )),
                Ok((name, text)) => match read_import(&text, &all_models()) {
                    Ok(report) => ImportStep::Review { file: name, report },
                    Err(error) => ImportStep::Failed(tf(
                        "{file}: {error}",
                        &[("file", &name), ("error", &error.message())],
                    )),
                },
            });
        });
    };
    view! {
        <section class="import-panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{t("Import")}</h2>
            <p class="meta">
                {t("Choose a JSON file exported from Rungs. Each assessment in it is checked and listed with any problems; nothing changes until you confirm. Imported assessments are added beside yours, never over them.")}
            </p>
            <label>
                {t("JSON file")}
                " "
                <input type="file" class="import-file" accept=".json,application/json" on:change=on_file />
            </label>
            {move || match step.get() {
                ImportStep::Idle => ().into_any(),
                ImportStep::Failed(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
                ImportStep::Done(message) => view! { <p class="import-done" role="status">{message}</p> }.into_any(),
                ImportStep::Review { file, report } => review(file, report, set_step).into_any(),
            }}
        </section>
    }
}
