//! Says, above every screen, when answers are not being kept, and offers the way out: export, or
//! the download of data Rungs could not read.

use crate::browser::{download_text, today_iso};
use crate::core::route::Route;
use crate::keep::state::{use_app_state, StorageStatus};
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_app_state();
    let (download_error, set_download_error) = signal(None::<String>);
    let export = move || {
        view! {
            <a href=Route::Assessments.to_fragment()>"Export your assessments to a file"</a>
            " or share them as a link to keep them."
        }
    };
    move || {
        match state.storage.get() {
        StorageStatus::Saving => None,
        StorageStatus::Unavailable => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="unavailable">
                    <p>
                        <strong>"Your answers will not be kept. "</strong>
                        "This browser does not let Rungs save here (a private window or an embedded frame can do that); everything still works until you close the tab. "
                        {export()}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::QuotaExceeded => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="quota">
                    <p>
                        <strong>"Your last change was not saved: this browser's storage for Rungs is full. "</strong>
                        "What was saved before is still there. Delete assessments you no longer need, or "
                        {export()}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Refused(reason) => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="refused">
                    <p>
                        <strong>"Your last change was not saved "</strong>
                        {format!("({reason}). What was saved before is still there. ")}
                        {export()}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Unreadable { message, backup_key, text } => {
            let kept = match &backup_key {
                Some(key) => format!(
                    "Rungs kept them unchanged under the browser storage key “{key}” and started a fresh assessment; your new changes are saved as usual."
                ),
                None => "Rungs could not make a backup copy, so it will not save over them: your changes in this tab will not be kept until you download the old data.".to_string(),
            };
            let download = move |_| {
                let name = format!("rungs-unreadable-data-{}.json", today_iso());
                set_download_error.set(download_text(&name, "application/json", &text).err());
            };
            Some(
                view! {
                    <div class="storage-banner" role="alert" data-status="unreadable">
                        <p>
                            <strong>{message}</strong>
                            " "
                            {kept}
                        </p>
                        <p>
                            <button type="button" class="download-unreadable" on:click=download>
                                "Download the unreadable data"
                            </button>
                            " "
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| state.storage.set(StorageStatus::Saving)
                                disabled=backup_key.is_none()
                            >
                                "Dismiss"
                            </button>
                        </p>
                        {move || download_error.get().map(|e| view! { <p class="error">{e}</p> })}
                    </div>
                }
                .into_any(),
            )
        }
    }
    }
}
