//! The review of a model before it is kept: what it is, what it leaves out, and, for another
//! version of a model already here, what it adds, retires and retitles. Nothing is kept until
//! the person confirms.

use crate::core::i18n::{t, tf, tn};
use crate::core::model::file::ModelFile;
use crate::core::own_model::fingerprint::{fingerprint, short};
use crate::core::own_model::registry;
use crate::core::own_model::update::{compare, dimensions_left_out, ImportKind};
use crate::core::route::Route;
use crate::models::actions;
use leptos::prelude::*;

/// What the review ended with, for the page that showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewOutcome {
    Cancelled,
    /// The model of `id` is kept; the message says so.
    Kept {
        id: String,
        message: String,
    },
}

/// What importing `file` would do here.
pub fn import_kind(file: &ModelFile) -> ImportKind {
    match registry::find(&file.id) {
        None => ImportKind::New,
        Some(here) if here.fingerprint == fingerprint(file) => ImportKind::Same,
        Some(here) => ImportKind::Update(compare(&here.file, file)),
    }
}

fn listed(heading: String, items: Vec<String>, class: &'static str) -> AnyView {
    if items.is_empty() {
        return ().into_any();
    }
    view! {
        <div class=class>
            <h4>{heading}</h4>
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        </div>
    }
    .into_any()
}

#[component]
pub fn ModelReview(
    file: ModelFile,
    /// Where the model comes from, e.g. "my-model.toml" or "a model link".
    #[prop(into)]
    origin: String,
    on_done: Callback<ReviewOutcome>,
) -> impl IntoView {
    let kind = import_kind(&file);
    let left_out = dimensions_left_out(&file);
    let facts = tf(
        "{levels} · {categories} · {practices} · fingerprint {fingerprint}",
        &[
            ("levels", &tn("{n} level | {n} levels", file.levels.len())),
            (
                "categories",
                &tn("{n} category | {n} categories", file.categories.len()),
            ),
            (
                "practices",
                &tn("{n} practice | {n} practices", file.practices.len()),
            ),
            ("fingerprint", &short(fingerprint(&file))),
        ],
    );
    let left_out_note = (!left_out.is_empty()).then(|| {
        let names: Vec<&str> = left_out.iter().map(|d| d.label()).collect();
        view! {
            <p class="meta dimensions-left-out">
                {tf(
                    "No practice of it maps to {dimensions}: the radar over the four dimensions shows nothing there for this model.",
                    &[("dimensions", &names.join(&format!(" {} ", t("or"))))],
                )}
            </p>
        }
    });
    let (error, set_error) = signal(String::new());
    let (confirm_label, what) = match &kind {
        ImportKind::New => (
            t("Add this model"),
            view! { <p class="import-kind">{t("This model is new to this browser.")}</p> }.into_any(),
        ),
        ImportKind::Same => (
            t("Keep it as it is"),
            view! {
                <p class="import-kind">
                    {t("This browser has this model already, with the same levels, categories and practices. Adding it again only replaces its descriptions.")}
                </p>
            }
            .into_any(),
        ),
        ImportKind::Update(changes) => {
            let summary = if changes.is_empty() {
                t("Its levels, categories and practices are the same; only texts differ.")
            } else {
                t("Every answer of your assessments is kept: new practices start unrated, and answers to retired ones are listed as no longer in the model.")
            };
            (
                t("Update to this version"),
                view! {
                    <div class="import-kind update">
                        <p>
                            {tf(
                                "This replaces version {version} of this model in this browser. {summary}",
                                &[("version", &changes.old_version), ("summary", summary)],
                            )}
                        </p>
                        {listed(
                            tf("Added ({n})", &[("n", &changes.added.len().to_string())]),
                            changes.added.iter().map(|(_, t)| t.clone()).collect(),
                            "added-practices",
                        )}
                        {listed(
                            tf("Retired ({n})", &[("n", &changes.retired.len().to_string())]),
                            changes.retired.iter().map(|(_, t)| t.clone()).collect(),
                            "retired-practices",
                        )}
                        {listed(
                            tf("Retitled ({n})", &[("n", &changes.retitled.len().to_string())]),
                            changes
                                .retitled
                                .iter()
                                .map(|(_, old, new)| format!("{old} → {new}"))
                                .collect(),
                            "retitled-practices",
                        )}
                        {listed(
                            tf("Moved to another level or category ({n})", &[("n", &changes.moved.len().to_string())]),
                            changes.moved.iter().map(|(_, t)| t.clone()).collect(),
                            "moved-practices",
                        )}
                        {changes.ladder_changed.then(|| view! {
                            <p class="meta">{t("Its levels or categories changed too, so levels reached may change.")}</p>
                        })}
                    </div>
                }
                .into_any(),
            )
        }
    };
    let heading = format!("{} {}", file.name, file.version);
    let file = StoredValue::new(file);
    let confirm = move |_| {
        let file = file.get_value();
        let name = format!("{} {}", file.name, file.version);
        match actions::add(file) {
            Ok(model) => on_done.run(ReviewOutcome::Kept {
                id: model.id.to_string(),
                message: tf(
                    "{name} is kept in this browser, beside the models Rungs ships.",
                    &[("name", &name)],
                ),
            }),
            Err(message) => set_error.set(message),
        }
    };
    view! {
        <section class="model-review" aria-labelledby="model-review-heading">
            <h3 id="model-review-heading">{heading}</h3>
            <p class="meta">{tf("From {origin}. It passed every check.", &[("origin", &origin)])}</p>
            <p class="model-facts">{facts}</p>
            {left_out_note}
            {what}
            <p class="error" role="alert">{move || error.get()}</p>
            <p>
                <button type="button" class="confirm-model" on:click=confirm>{confirm_label}</button>
                " "
                <button type="button" class="cancel-model" on:click=move |_| on_done.run(ReviewOutcome::Cancelled)>
                    {t("Cancel")}
                </button>
            </p>
        </section>
    }
}

/// Links to a kept model's screens.
pub fn model_links(id: &str) -> impl IntoView {
    let explore = Route::Model { model: id.into() }.to_fragment();
    let assess = Route::Assess { model: id.into() }.to_fragment();
    let about = Route::About { model: id.into() }.to_fragment();
    view! {
        <a href=explore>{t("Explore")}</a>
        " · "
        <a href=assess class="assess-link">{t("Assess")}</a>
        " · "
        <a href=about>{t("About")}</a>
    }
}
