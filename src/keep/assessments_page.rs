//! The saved assessments side by side: switch, rename, duplicate, delete with undo, start a new
//! one, export one or all, and import a file.

use crate::browser::{download_text, today_iso};
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf, tnf};
use crate::core::model::{all_models, catalogue, find_model};
use crate::core::radar_data::slug;
use crate::core::route::Route;
use crate::core::transfer::export_json;
use crate::keep::around;
use crate::keep::backups_panel::BackupsPanel;
use crate::keep::import_panel::ImportPanel;
use crate::keep::state::use_app_state;
use leptos::prelude::*;

/// What a saved assessment covers, in a few words.
fn coverage(assessment: &Assessment) -> String {
    let parts: Vec<String> = all_models()
        .into_iter()
        .filter(|m| assessment.has_ratings(m))
        .map(|m| {
            let outcome = assessment.model_outcome(m);
            tf(
                "{model}: {level}",
                &[("model", m.name), ("level", &outcome.level_name(m))],
            )
        })
        .collect();
    // Answers to a model that is not here (an imported model removed, or one only a newer
    // Rungs ships) are kept; the list says which model they need.
    let missing: Vec<String> = assessment
        .answers
        .keys()
        .filter(|id| find_model(id).is_none())
        .map(|id| {
            tf(
                "{id}: model missing (add it on the Models page to see these answers)",
                &[("id", id)],
            )
        })
        .collect();
    let parts: Vec<String> = parts.into_iter().chain(missing).collect();
    if parts.is_empty() {
        t("Nothing rated yet").to_string()
    } else {
        parts.join(" · ")
    }
}

fn export(assessments: &[&Assessment], file_stem: &str) -> Option<String> {
    let date = today_iso();
    let text = export_json(assessments, &date);
    download_text(
        &format!("{file_stem}-{date}.json"),
        "application/json",
        &text,
    )
    .err()
}

/// Moves keyboard focus to the first element matching `selector`; `false` if there is none.
fn focus(selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}

#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let state = use_app_state();
    let (error, set_error) = signal(None::<String>);
    // The working copy is part of the list: read both so edits show at once.
    let rows = move || {
        let library = state.current_library();
        state.assessment.track();
        state.library.track();
        let count = library.assessments.len();
        library
            .assessments
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let active = index == library.active;
                let name = item.assessment.name.clone();
                let summary = coverage(&item.assessment);
                let stem = format!("rungs-{}", slug(&name));
                let for_export = item.assessment.clone();
                let (delete_before, delete_after) = around(t("Delete “{name}”"), "name");
                let first_model = all_models()
                    .into_iter()
                    .find(|m| item.assessment.has_ratings(m))
                    .or_else(|| catalogue().first())
                    .map(|m| m.id)
                    .unwrap_or_default();
                view! {
                    <li class="saved-assessment" class:active=active data-id=item.id.clone()>
                        <label>
                            <span class="visually-hidden">{t("Name")}</span>
                            <input
                                type="text"
                                class="assessment-name"
                                maxlength="200"
                                dir="auto"
                                prop:value=name.clone()
                                on:change={
                                    let old = name.clone();
                                    move |ev| {
                                        let typed = event_target_value(&ev);
                                        // A blank name keeps the old one: show which was kept.
                                        if typed.trim().is_empty() {
                                            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&old);
                                        }
                                        state.rename(index, typed);
                                    }
                                }
                            />
                        </label>
                        <span class="coverage">{summary}</span>
                        {if active {
                            view! { <strong class="current">{t("Working on this one")}</strong> }.into_any()
                        } else {
                            view! {
                                <button type="button" class="switch" on:click=move |_| state.switch_to(index)>
                                    {t("Work on this one")}
                                </button>
                            }
                            .into_any()
                        }}
                        <span class="row-actions">
                            <a
                                href=Route::Assess { model: first_model.into() }.to_fragment()
                                on:click=move |_| state.switch_to(index)
                            >
                                {t("Open")}
                            </a>
                            " "
                            <button type="button" class="duplicate" on:click=move |_| state.duplicate(index)>
                                {t("Duplicate")}
                            </button>
                            " "
                            <button
                                type="button"
                                class="export-one"
                                on:click=move |_| set_error.set(export(&[&for_export], &stem))
                            >
                                {t("Export")}
                            </button>
                            " "
                            <button
                                type="button"
                                class="delete"
                                disabled=count == 1
                                title=if count == 1 { t("The last assessment cannot be deleted") } else { "" }
                                on:click=move |_| {
                                    state.delete(index);
                                    // Focus goes to Undo, not to the page's top (C8).
                                    request_animation_frame(|| {
                                        focus(".undo-delete");
                                    });
                                }
                            >
                                {delete_before}<bdi>{name.clone()}</bdi>{delete_after}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let export_all = move |_| {
        let library = state.current_library();
        let all: Vec<&Assessment> = library.assessments.iter().map(|i| &i.assessment).collect();
        set_error.set(export(&all, "rungs-assessments"));
    };
    view! {
        <section class="assessments-page">
            <h1>{t("Your assessments")}</h1>
            <p class="meta">
                {t("Each assessment keeps its own ratings, notes and level rule, and is saved in this browser as you work. The one you are working on is the one the Assess pages and the first screen show.")}
            </p>
            {move || state.deleted.with(|deleted| {
                // Every deletion of this visit can be undone, the latest first.
                let (_, latest) = deleted.last()?;
                let more = deleted.len() - 1;
                let name = latest.assessment.name.as_str();
                let text = match more {
                    0 => tf("Deleted “{name}”.", &[("name", name)]),
                    n => tnf(
                        "Deleted “{name}” and {n} more. | Deleted “{name}” and {n} more.",
                        n,
                        &[("name", name)],
                    ),
                };
                let label = tf("Undo deleting “{name}”", &[("name", name)]);
                Some(view! {
                    <p class="undo" role="status">
                        {text}
                        " "
                        <button type="button" class="undo-delete" on:click=move |_| {
                        state.undo_delete();
                        // Back to the restored assessment's name, or to Undo for the next one.
                        request_animation_frame(|| {
                            if !focus(".undo-delete") {
                                focus(".saved-assessment .assessment-name");
                            }
                        });
                    }>{label}</button>
                    </p>
                })
            })}
            <ul class="saved-assessments">{rows}</ul>
            <p class="library-actions">
                <button type="button" class="new-assessment" on:click=move |_| {
                    state.add(Assessment { name: t("New assessment").into(), ..Assessment::default() })
                }>
                    {t("New assessment")}
                </button>
                " "
                <button type="button" class="export-all" on:click=export_all>{t("Export all as JSON")}</button>
            </p>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <ImportPanel />
            <BackupsPanel />
        </section>
    }
}
