//! A model opened from a model link (`#/m/<payload>`): checked, reviewed, and kept on confirm.

use crate::core::i18n::{t, tf};
use crate::core::own_model::model_link::decode_model_link;
use crate::core::own_model::update::ImportKind;
use crate::models::actions::shipped_ids;
use crate::models::model_review::{import_kind, model_links, ModelReview, ReviewOutcome};
use leptos::prelude::*;

#[component]
pub fn ModelLinkPage(payload: String) -> impl IntoView {
    let (outcome, set_outcome) = signal(None::<ReviewOutcome>);
    let decoded = decode_model_link(&payload);
    let body = match decoded {
        Err(error) => view! {
            <section class="broken-link" role="alert">
                <h2>{t("This model link cannot be opened")}</h2>
                <p>{error.message()}</p>
                <p><a href="#/models">{t("Your models")}</a></p>
            </section>
        }
        .into_any(),
        Ok(file) if shipped_ids().contains(&file.id.as_str()) => view! {
            <section class="broken-link" role="alert">
                <h2>{t("This model link cannot be added")}</h2>
                <p>
                    {tf(
                        "It carries a model with the id “{id}”, the id of a model Rungs ships. Ask its author to give their model an id of its own.",
                        &[("id", &file.id)],
                    )}
                </p>
            </section>
        }
        .into_any(),
        Ok(file) => {
            let id = file.id.clone();
            let same = import_kind(&file) == ImportKind::Same;
            let on_done = Callback::new(move |o| set_outcome.set(Some(o)));
            let no_descriptions = file.practices.iter().all(|p| p.description.is_empty());
            view! {
                {no_descriptions.then(|| view! {
                    <p class="meta">{t("This link carries the model without its descriptions: practices show their titles only.")}</p>
                })}
                {move || match outcome.get() {
                    None if same => view! {
                        <p class="model-kept" role="status">
                            {t("This browser has this model already.")} " " {model_links(&id)}
                        </p>
                    }
                    .into_any(),
                    None => view! {
                        <ModelReview file=file.clone() origin=t("a model link") on_done=on_done />
                    }
                    .into_any(),
                    Some(ReviewOutcome::Cancelled) => view! {
                        <p role="status">{t("Nothing was added.")} " " <a href="#/models">{t("Your models")}</a></p>
                    }
                    .into_any(),
                    Some(ReviewOutcome::Kept { id, message }) => view! {
                        <p class="model-kept" role="status">{message} " " {model_links(&id)}</p>
                    }
                    .into_any(),
                }}
            }
            .into_any()
        }
    };
    view! {
        <section class="model-link-page">
            <h1>{t("A model sent to you")}</h1>
            {body}
        </section>
    }
}
