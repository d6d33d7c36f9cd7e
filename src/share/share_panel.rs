//! Share an assessment: a link that holds all of it in the URL fragment (which browsers never
//! send to a server), a Copy button, and a QR code for a phone.

use crate::browser::address_of;
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::link_codec::{LinkOptions, MAX_PAYLOAD_CHARS};
use crate::core::model::{find_model, is_imported};
use crate::core::share::{models_with_answers, share_fragment};
use crate::widgets::link_box::LinkBox;
use leptos::prelude::*;

#[component]
pub fn SharePanel(#[prop(into)] assessment: Signal<Assessment>) -> impl IntoView {
    let (include_name, set_include_name) = signal(true);
    let (include_notes, set_include_notes) = signal(false);
    let link = Memo::new(move |_| {
        let options = LinkOptions {
            include_name: include_name.get(),
            include_notes: include_notes.get(),
        };
        let fragment = assessment.with(|a| share_fragment(a, &options));
        address_of(&fragment)
    });
    view! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{t("Share")}</h2>
            <p class="meta">
                {t("The link holds the assessment: its ratings, settings and targets. It stays in the part of the address that browsers never send to a server: only people you give it to can see it. Opening it shows a read-only copy and never replaces anyone's own data. Snapshots and plans (owners, due dates) stay out of links, to keep them short: export a file to pass those on.")}
            </p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=include_name
                    on:change=move |ev| set_include_name.set(event_target_checked(&ev))
                />
                " "
                {t("Include the name")}
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    class="include-notes"
                    prop:checked=include_notes
                    on:change=move |ev| set_include_notes.set(event_target_checked(&ev))
                />
                " "
                {t("Include notes and reasons")}
            </label>
            {move || {
                let own: Vec<&'static str> = assessment.with(|a| {
                    models_with_answers(a)
                        .into_iter()
                        .filter(|id| is_imported(id))
                        .filter_map(find_model)
                        .map(|m| m.name)
                        .collect()
                });
                (!own.is_empty()).then(|| view! {
                    <p class="meta own-model-note">
                        {tf(
                            "The link names {models} by its version and fingerprint but does not carry it: whoever opens it without the model is asked for it. Send its model link too (Models page, Model link).",
                            &[("models", &own.join(", "))],
                        )}
                    </p>
                })
            }}
            <LinkBox link=link label=t("Link") class="assessment-link" />
            {move || {
                let payload = link.with(|l| l.split_once("#/s/").map_or(0, |(_, p)| p.len()));
                (payload > MAX_PAYLOAD_CHARS).then(|| view! {
                    <p class="error" role="alert">
                        {tf(
                            "This link is too long to open ({length} characters; at most {max}). Leave the notes out, or export a file instead.",
                            &[("length", &payload.to_string()), ("max", &MAX_PAYLOAD_CHARS.to_string())],
                        )}
                    </p>
                })
            }}
        </section>
    }
}
