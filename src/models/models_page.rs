//! The Models page (`#/models`): add a model from a file (chosen or dropped), review it, keep it;
//! export any model as TOML; hand an imported model on as a model link; remove one, with Undo.

use crate::browser::{address_of, download_text, read_chosen_file_then, read_dropped_file_then};
use crate::core::i18n::{t, tf, tn, tnf};
use crate::core::model::catalogue;
use crate::core::model::file::ModelFile;
use crate::core::own_model::fingerprint::short;
use crate::core::own_model::import::{read_model_file, ImportProblem};
use crate::core::own_model::model_link::encode_model_link;
use crate::core::own_model::registry::{self, ImportedModel};
use crate::core::own_model::toml_export::to_toml;
use crate::core::own_model::update::file_of_shipped;
use crate::core::route::Route;
use crate::explore::model_texts::{use_model_texts, TextsState};
use crate::models::actions;
use crate::models::model_review::{model_links, ModelReview, ReviewOutcome};
use crate::models::saved_models;
use crate::shell::app::ModelsRevision;
use crate::widgets::link_box::LinkBox;
use leptos::prelude::*;
use std::rc::Rc;

/// The commented template offered for download: a small valid model to start from.
const TEMPLATE: &str = include_str!("../../assets/model-template.toml");

/// The browser reads at most this much of a chosen file; the model rules then say whether it is
/// too large to import, in their own words.
const MAX_READ_BYTES: usize = 4_000_000;

/// Where adding a model from a file stands.
#[derive(Debug, Clone)]
enum AddStep {
    Idle,
    Failed(String),
    Problems {
        file: String,
        problems: Vec<ImportProblem>,
    },
    Review {
        file: String,
        model: Box<ModelFile>,
    },
    Kept {
        id: String,
        message: String,
    },
}

/// Reads a model file's text into the next step.
fn read_step(read: Result<(String, String), String>) -> AddStep {
    match read {
        Err(message) => AddStep::Failed(tf(
            "The file could not be read: {message}",
            &[("message", &message)],
        )),
        Ok((file, text)) => match read_model_file(&file, &text, &actions::shipped_ids()) {
            Ok(model) => AddStep::Review {
                file,
                model: Box::new(model),
            },
            Err(problems) => AddStep::Problems { file, problems },
        },
    }
}

fn offer_download(file_name: &str, text: &str, set_error: WriteSignal<String>) {
    if let Err(message) = download_text(file_name, "application/toml", text) {
        set_error.set(tf(
            "The file could not be offered for download: {message}.",
            &[("message", &message)],
        ));
    }
}

fn problems_view(file: String, problems: Vec<ImportProblem>) -> AnyView {
    let count = problems.len();
    view! {
        <div class="model-problems" role="alert">
            <h3>
                {tnf("{file} cannot be added: {n} problem to fix | {file} cannot be added: {n} problems to fix", count, &[("file", &file)])}
            </h3>
            <ul>
                {problems
                    .into_iter()
                    .map(|p| view! { <li class="model-problem">{p.to_string()}</li> })
                    .collect_view()}
            </ul>
            <p class="meta">{t("Nothing was kept. Fix the file and choose it again.")}</p>
        </div>
    }
    .into_any()
}

#[component]
fn AddModel() -> impl IntoView {
    let (step, set_step) = signal(AddStep::Idle);
    let (dragging, set_dragging) = signal(false);
    let (error, set_error) = signal(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file_then(&ev, MAX_READ_BYTES, move |read| {
            set_step.set(read_step(read))
        });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        read_dropped_file_then(&ev, MAX_READ_BYTES, move |read| {
            set_step.set(read_step(read))
        });
    };
    let on_done = Callback::new(move |outcome: ReviewOutcome| {
        set_step.set(match outcome {
            ReviewOutcome::Cancelled => AddStep::Idle,
            ReviewOutcome::Kept { id, message } => AddStep::Kept { id, message },
        })
    });
    view! {
        <section class="add-model" aria-labelledby="add-model-heading">
            <h2 id="add-model-heading">{t("Add a model")}</h2>
            <p class="meta">
                {t("Choose or drop a model file: TOML in the format of the models Rungs ships, or the same structure as JSON. It is checked by the same rules as Rungs' own models; every problem is listed with its line. Nothing is kept until you confirm.")}
            </p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <label>
                    {t("Model file")}
                    " "
                    <input type="file" class="model-file" accept=".toml,.json,application/json,application/toml,text/plain" on:change=on_file />
                </label>
                <span class="meta">" " {t("or drop it here.")}</span>
            </div>
            <p>
                <button
                    type="button"
                    class="download-template"
                    on:click=move |_| offer_download("model-template.toml", TEMPLATE, set_error)
                >
                    {t("Download the template")}
                </button>
                " "
                <a href="#/help">{t("How a model file is written")}</a>
            </p>
            <p class="error" role="alert">{move || error.get()}</p>
            {move || match step.get() {
                AddStep::Idle => ().into_any(),
                AddStep::Failed(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
                AddStep::Problems { file, problems } => problems_view(file, problems),
                AddStep::Review { file, model } => view! {
                    <ModelReview file=*model origin=file on_done=on_done />
                }
                .into_any(),
                AddStep::Kept { id, message } => view! {
                    <p class="model-kept" role="status">{message} " " {model_links(&id)}</p>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One imported model: its facts, its screens, export, model link and removal.
fn imported_row(
    entry: Rc<ImportedModel>,
    set_removed: WriteSignal<Option<Rc<ImportedModel>>, LocalStorage>,
    set_error: WriteSignal<String>,
) -> impl IntoView {
    let model = entry.model;
    let (show_link, set_show_link) = signal(false);
    let (with_descriptions, set_with_descriptions) = signal(true);
    let file = StoredValue::new(entry.file.clone());
    let link = Signal::derive(move || {
        let payload = file.with_value(|f| encode_model_link(f, with_descriptions.get()));
        address_of(&Route::ModelLink { payload }.to_fragment())
    });
    let export = move |_| {
        file.with_value(|f| offer_download(&format!("{}.toml", f.id), &to_toml(f), set_error));
    };
    let remove = move |_| match actions::remove(model.id) {
        Ok(entry) => {
            set_error.set(String::new());
            set_removed.set(Some(entry));
        }
        Err(message) => set_error.set(message),
    };
    let former = entry.former.len();
    view! {
        <li class="imported-model" data-model=model.id>
            <h3>{format!("{} {}", model.name, model.version)}</h3>
            <p class="meta">
                {tf(
                    "{practices} · fingerprint {fingerprint}",
                    &[
                        ("practices", &tn("{n} practice | {n} practices", model.practices.len())),
                        ("fingerprint", &short(entry.fingerprint)),
                    ],
                )}
                {(former > 0).then(|| format!(" · {}", tn("{n} retired by later versions | {n} retired by later versions", former)))}
            </p>
            <p>{model_links(model.id)}</p>
            <p>
                <button type="button" class="export-model" on:click=export>{t("Export as TOML")}</button>
                " "
                <button
                    type="button"
                    class="show-model-link"
                    aria-expanded=move || show_link.get().to_string()
                    on:click=move |_| set_show_link.update(|s| *s = !*s)
                >
                    {t("Model link")}
                </button>
                " "
                <button type="button" class="remove-model" on:click=remove>{t("Remove")}</button>
            </p>
            {move || show_link.get().then(|| view! {
                <div class="model-link">
                    <p class="meta">
                        {t("This link carries the whole model, so whoever opens it can add it to their Rungs. Share links of assessments name the model; send this link with them.")}
                    </p>
                    <label>
                        <input
                            type="checkbox"
                            class="with-descriptions"
                            prop:checked=move || with_descriptions.get()
                            on:change=move |ev| set_with_descriptions.set(event_target_checked(&ev))
                        />
                        " "
                        {t("Include the descriptions (a longer link)")}
                    </label>
                    <LinkBox link=link label=t("Model link") class="model-link-field" />
                </div>
            })}
        </li>
    }
}

#[component]
fn ImportedModels() -> impl IntoView {
    let (removed, set_removed) = signal_local(None::<Rc<ImportedModel>>);
    let (error, set_error) = signal(String::new());
    let revision = use_context::<ModelsRevision>();
    let list = move || {
        if let Some(ModelsRevision(revision)) = revision {
            revision.track();
        }
        let models = registry::imported();
        if models.is_empty() {
            return view! {
                <p class="meta no-own-models">{t("No model of your own yet: add one above, or open a model link someone sent you.")}</p>
            }
            .into_any();
        }
        view! {
            <ul class="imported-models">
                {models
                    .into_iter()
                    .map(|entry| imported_row(entry, set_removed, set_error))
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let undo = move |_| {
        if let Some(entry) = removed.get_untracked() {
            match actions::undo_remove(entry) {
                Ok(()) => set_removed.set(None),
                Err(message) => set_error.set(message),
            }
        }
    };
    view! {
        <section class="own-models" aria-labelledby="own-models-heading">
            <h2 id="own-models-heading">{t("Your models")}</h2>
            {move || removed.get().map(|entry| view! {
                <p class="undo-bar" role="status">
                    {tf(
                        "{model} was removed. Assessments that use it keep their answers and say the model is missing.",
                        &[("model", entry.model.name)],
                    )}
                    " "
                    <button type="button" class="undo-remove-model" on:click=undo>{t("Undo")}</button>
                </p>
            })}
            <p class="error" role="alert">{move || error.get()}</p>
            {list}
        </section>
    }
}

#[component]
fn ShippedModels() -> impl IntoView {
    let texts = use_model_texts();
    let (error, set_error) = signal(String::new());
    let rows = catalogue()
        .iter()
        .map(|model| {
            let export = move |_| {
                let texts = texts.with_untracked(|t| t.texts());
                let file = file_of_shipped(model, &texts);
                offer_download(&format!("{}.toml", model.id), &to_toml(&file), set_error);
            };
            view! {
                <li data-model=model.id>
                    {format!("{} {} ", model.name, model.version)}
                    <button
                        type="button"
                        class="export-model"
                        disabled=move || !texts.with(|t| matches!(t, TextsState::Ready(_)))
                        on:click=export
                    >
                        {t("Export as TOML")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="shipped-models" aria-labelledby="shipped-models-heading">
            <h2 id="shipped-models-heading">{t("Start from a model Rungs ships")}</h2>
            <p class="meta">
                {t("Export one as a TOML file, change it to fit your team (give it an id of its own), and add it above.")}
            </p>
            {move || texts.with(|t| match t {
                TextsState::Failed(e) => Some(view! {
                    <p class="error" role="alert">{tf("The descriptions could not be loaded, so exports wait for them: {error}.", &[("error", e)])}</p>
                }),
                _ => None,
            })}
            <ul class="shipped-model-list">{rows}</ul>
            <p class="error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
pub fn ModelsPage() -> impl IntoView {
    let notices = saved_models::notices();
    view! {
        <section class="models-page">
            <h1>{t("Your own models")}</h1>
            <p class="lead">
                {t("Bring the maturity model your team uses: it then stands beside the models Rungs ships, in the matrix, search, assessments, radars, share links and workshops. It stays in this browser.")}
            </p>
            {(!notices.is_empty()).then(|| view! {
                <div class="storage-notice" role="alert">
                    {notices.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                </div>
            })}
            <AddModel />
            <ImportedModels />
            <ShippedModels />
        </section>
    }
}
