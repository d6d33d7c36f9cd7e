//! A link to hand on: the link itself, a Copy button, and a QR code for a phone. Used for share
//! links, workshop invitations and whole-workshop links.

use crate::browser::copy_to_clipboard;
use crate::core::i18n::{t, tf, tn};
use crate::widgets::qr_code::{load_qr_maker, QrMaker};
use leptos::prelude::*;

#[component]
pub fn LinkBox(
    #[prop(into)] link: Signal<String>,
    /// The field's label, e.g. "Link".
    label: &'static str,
    /// A class for the field, so that tests and styles can tell the links apart.
    class: &'static str,
) -> impl IntoView {
    let (show_qr, set_show_qr) = signal(false);
    let (copy_status, set_copy_status) = signal(String::new());
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            match copy_to_clipboard(&text).await {
                Ok(()) => set_copy_status.set(t("Link copied.").into()),
                Err(_) => {
                    if let Some(input) = input_ref.get_untracked() {
                        input.select();
                    }
                    set_copy_status.set(
                        t("Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).")
                            .into(),
                    );
                }
            }
        });
    };
    // The encoder arrives with the first "Show QR code"; until then, and if it cannot be
    // fetched, the box says so.
    let (maker, set_maker) = signal(None::<Result<QrMaker, ()>>);
    let toggle_qr = move |_| {
        set_show_qr.update(|s| *s = !*s);
        if show_qr.get_untracked() && !matches!(maker.get_untracked(), Some(Ok(_))) {
            set_maker.set(None);
            leptos::task::spawn_local(async move {
                set_maker.set(Some(load_qr_maker().await.map_err(|_| ())));
            });
        }
    };
    let qr = move || {
        if !show_qr.get() {
            return None;
        }
        Some(match maker.get() {
            None => view! { <p class="part-loading">{t("Loading…")}</p> }.into_any(),
            Some(Err(())) => view! {
                <p class="error" role="alert">
                    {t("The QR code maker could not be fetched: the network may be off. Hide the code and show it again to retry.")}
                </p>
            }
            .into_any(),
            Some(Ok(make)) => match make(&link.get()) {
                Ok((svg, version)) => view! {
                    <figure class="qr-code">
                        <div role="img" aria-label=tf("QR code: {label}", &[("label", label)]) inner_html=svg></div>
                        <figcaption>
                            {tf(
                                "Scan with a phone camera to open the link (QR version {version}).",
                                &[("version", &version.to_string())],
                            )}
                        </figcaption>
                    </figure>
                }
                .into_any(),
                Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
            },
        })
    };
    view! {
        <div class="link-box">
            <label class="share-link">
                {label}
                " "
                <input type="text" readonly class=class node_ref=input_ref prop:value=move || link.get() />
            </label>
            <p class="share-actions">
                <button type="button" class="copy-link" on:click=copy>{t("Copy link")}</button>
                <button
                    type="button"
                    class="show-qr"
                    aria-expanded=move || show_qr.get().to_string()
                    on:click=toggle_qr
                >
                    {move || if show_qr.get() { t("Hide QR code") } else { t("Show QR code") }}
                </button>
                <span class="share-length">{move || tn("{n} character | {n} characters", link.with(|l| l.chars().count()))}</span>
            </p>
            <p class="copy-status" role="status">{move || copy_status.get()}</p>
            {qr}
        </div>
    }
}
