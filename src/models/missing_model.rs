//! Asking for a model a link needs: its model link pasted, or its file chosen. Once it is kept,
//! the screen that asked is drawn again, now with the model.

use crate::browser::read_chosen_file_then;
use crate::core::i18n::{t, tf};
use crate::core::own_model::import::read_model_file;
use crate::models::actions;
use leptos::prelude::*;

#[component]
pub fn MissingModelPanel(id: String, version: String) -> impl IntoView {
    let (pasted, set_pasted) = signal(String::new());
    let (message, set_message) = signal(String::new());
    let wanted = id.clone();
    let add_link = move |_| {
        match actions::add_from_link(&pasted.get_untracked()) {
        Ok(_) if crate::core::model::find_model(&wanted).is_none() => set_message.set(tf(
            "That model link carries another model, not “{wanted}”; it was kept, but this link still needs “{wanted}”.",
            &[("wanted", &wanted)],
        )),
        Ok(_) => set_message.set(String::new()),
        Err(error) => set_message.set(error),
    }
    };
    let wanted = id.clone();
    let on_file = move |ev: leptos::ev::Event| {
        let wanted = wanted.clone();
        read_chosen_file_then(&ev, 4_000_000, move |read| {
            let result = read.and_then(|(name, text)| {
                read_model_file(&name, &text, &actions::shipped_ids()).map_err(|problems| {
                    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                    tf(
                        "{name} cannot be added: {problems}",
                        &[("name", &name), ("problems", &lines.join("; "))],
                    )
                })
            });
            match result {
                Ok(file) if file.id != wanted => set_message.set(tf(
                    "That file holds the model “{id}”, not “{wanted}”.",
                    &[("id", &file.id), ("wanted", &wanted)],
                )),
                Ok(file) => {
                    if let Err(error) = actions::add(file) {
                        set_message.set(error);
                    }
                }
                Err(error) => set_message.set(error),
            }
        });
    };
    view! {
        <section class="missing-model" aria-labelledby="missing-model-heading">
            <h2 id="missing-model-heading">{tf("This needs the model “{id}” (version {version})", &[("id", &id), ("version", &version)])}</h2>
            <p>
                {t("It was made with a model of its author's own, which is not in this browser yet. Ask them for its model link (on their Models page), or for its file, and add it here; then this opens.")}
            </p>
            <label>
                {t("Model link")}
                " "
                <input
                    type="text"
                    class="model-link-input"
                    prop:value=move || pasted.get()
                    on:input=move |ev| set_pasted.set(event_target_value(&ev))
                />
            </label>
            " "
            <button type="button" class="add-model-link" on:click=add_link>{t("Add this model")}</button>
            <p>
                <label>
                    {t("or its file")}
                    " "
                    <input type="file" class="model-file" accept=".toml,.json" on:change=on_file />
                </label>
            </p>
            <p class="error" role="alert">{move || message.get()}</p>
        </section>
    }
}
