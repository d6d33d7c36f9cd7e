//! Share an assessment: a link that holds all of it in the URL fragment (which browsers never
//! send to a server), a Copy button, and a QR code for a phone.

use crate::assessment::Assessment;
use crate::browser::{copy_to_clipboard, page_address};
use crate::link_codec::{LinkOptions, MAX_PAYLOAD_CHARS};
use crate::share::{qr_svg, share_fragment};
use leptos::prelude::*;

#[component]
pub fn SharePanel(#[prop(into)] assessment: Signal<Assessment>) -> impl IntoView {
    let (include_name, set_include_name) = signal(true);
    let (include_notes, set_include_notes) = signal(false);
    let (show_qr, set_show_qr) = signal(false);
    let (copy_status, set_copy_status) = signal(String::new());
    let link = Memo::new(move |_| {
        let options = LinkOptions {
            include_name: include_name.get(),
            include_notes: include_notes.get(),
        };
        let fragment = assessment.with(|a| share_fragment(a, &options));
        format!("{}{}", page_address(), fragment)
    });
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            match copy_to_clipboard(&text).await {
                Ok(()) => set_copy_status.set("Link copied.".into()),
                Err(_) => {
                    if let Some(input) = input_ref.get_untracked() {
                        input.select();
                    }
                    set_copy_status
                        .set("Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).".into());
                }
            }
        });
    };
    let qr = move || {
        show_qr.get().then(|| match qr_svg(&link.get()) {
            Ok((svg, version)) => view! {
                <figure class="qr-code">
                    <div role="img" aria-label="QR code of the share link" inner_html=svg></div>
                    <figcaption>{format!("Scan with a phone camera to open the link (QR version {version}).")}</figcaption>
                </figure>
            }
            .into_any(),
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })
    };
    view! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share"</h2>
            <p class="meta">
                "The link holds the whole assessment. It stays in the part of the address that browsers never send to a server: only people you give it to can see it. Opening it shows a read-only copy and never replaces anyone's own data."
            </p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=include_name
                    on:change=move |ev| set_include_name.set(event_target_checked(&ev))
                />
                " Include the name"
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    class="include-notes"
                    prop:checked=include_notes
                    on:change=move |ev| set_include_notes.set(event_target_checked(&ev))
                />
                " Include notes and reasons"
            </label>
            <label class="share-link">
                "Link "
                <input type="text" readonly node_ref=input_ref prop:value=move || link.get() />
            </label>
            <p class="share-actions">
                <button type="button" class="copy-link" on:click=copy>"Copy link"</button>
                " "
                <button
                    type="button"
                    class="show-qr"
                    aria-expanded=move || show_qr.get().to_string()
                    on:click=move |_| set_show_qr.update(|s| *s = !*s)
                >
                    {move || if show_qr.get() { "Hide QR code" } else { "Show QR code" }}
                </button>
                " "
                <span class="share-length">{move || format!("{} characters", link.with(|l| l.chars().count()))}</span>
            </p>
            <p class="copy-status" role="status">{move || copy_status.get()}</p>
            {move || {
                let payload = link.with(|l| l.split_once("#/s/").map_or(0, |(_, p)| p.len()));
                (payload > MAX_PAYLOAD_CHARS).then(|| view! {
                    <p class="error" role="alert">
                        {format!("This link is too long to open ({payload} characters; at most {MAX_PAYLOAD_CHARS}). Leave the notes out, or export a file instead.")}
                    </p>
                })
            }}
            {qr}
        </section>
    }
}
