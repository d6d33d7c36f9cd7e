//! Answers to practices a model no longer has: listed under the ratings, so that updating a
//! model never hides what someone said about a practice it retired.

use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::own_model::update::no_longer_in_model;
use crate::keep::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn NoLongerInModel(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let former = Memo::new(move |_| assessment.with(|a| no_longer_in_model(a, model)));
    move || {
        let former = former.get();
        (!former.is_empty()).then(|| {
            view! {
                <section class="no-longer-in-model" aria-labelledby="no-longer-heading">
                    <h2 id="no-longer-heading">{t("No longer in the model")}</h2>
                    <p class="meta">
                        {tf(
                            "This version of {model} no longer has these practices. Your answers to them are kept here, and count towards no level.",
                            &[("model", model.name)],
                        )}
                    </p>
                    <ul>
                        {former
                            .into_iter()
                            .map(|f| {
                                let rating = f.rating.map_or(t("Not rated"), |r| r.label());
                                view! {
                                    <li class="former-practice" data-practice=f.id>
                                        <strong>{f.title}</strong>
                                        {tf(": {rating}", &[("rating", rating)])}
                                        {(!f.note.is_empty()).then(|| {
                                            format!(" · {}", tf("“{note}”", &[("note", &f.note)]))
                                        })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
