//! Copies of saved data Rungs could not read, kept in local storage under backup keys: listed
//! here so they can still be downloaded long after the warning was dismissed, and deleted once
//! the user has what they need.

use crate::browser::download_text;
use crate::browser::local_store::{LocalStore, BACKUP_PREFIX};
use crate::core::i18n::t;
use leptos::prelude::*;

#[component]
pub fn BackupsPanel() -> impl IntoView {
    let Some(store) = LocalStore::open() else {
        return ().into_any();
    };
    let (keys, set_keys) = signal(store.backup_keys());
    let (confirm, set_confirm) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    let rows = move || {
        let store = store.clone();
        keys.get()
            .into_iter()
            .map(|key| {
                let when = key.strip_prefix(BACKUP_PREFIX).unwrap_or(&key).to_string();
                let (download_store, delete_store) = (store.clone(), store.clone());
                let (download_key, delete_key, confirm_key) = (key.clone(), key.clone(), key.clone());
                let download = move |_| {
                    let text = download_store.read(&download_key).unwrap_or_default();
                    let name = format!("rungs-unreadable-data-{}.json", when.replace(':', "-"));
                    set_error.set(download_text(&name, "application/json", &text).err());
                };
                let delete = move |_| {
                    if confirm.get_untracked().as_deref() == Some(delete_key.as_str()) {
                        delete_store.remove(&delete_key);
                        set_keys.set(delete_store.backup_keys());
                        set_confirm.set(None);
                    } else {
                        set_confirm.set(Some(delete_key.clone()));
                    }
                };
                view! {
                    <li class="backup" data-key=key.clone()>
                        <code>{key.clone()}</code>
                        " "
                        <button type="button" class="download-backup" on:click=download>{t("Download")}</button>
                        " "
                        <button type="button" class="delete-backup" on:click=delete>
                            {move || if confirm.get().as_deref() == Some(confirm_key.as_str()) {
                                t("Click again to delete it for good")
                            } else {
                                t("Delete")
                            }}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        {move || (!keys.with(Vec::is_empty)).then(|| view! {
            <section class="backups-panel" aria-labelledby="backups-heading">
                <h2 id="backups-heading">{t("Kept copies of unreadable data")}</h2>
                <p class="meta">
                    {t("Saved data this version of Rungs could not read is kept here unchanged. Download it to keep it elsewhere, or to open it with a newer Rungs.")}
                </p>
                <ul class="backups">{rows.clone()}</ul>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </section>
        })}
    }
    .into_any()
}
