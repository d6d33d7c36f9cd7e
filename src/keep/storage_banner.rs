//! Says, above every screen, when answers are not being kept as usual, what happened, and what
//! will happen next, with the way out: export, Try again, or the download of data Rungs could not
//! read. Every sentence here is a promise the saving code keeps ([`crate::core::saving`]).

use crate::browser::{download_text, today_iso};
use crate::core::i18n::{t, tf};
use crate::core::route::Route;
use crate::keep::around;
use crate::keep::persistence::KeptLibrary;
use crate::keep::state::{use_app_state, AppState, StorageStatus};
use leptos::prelude::*;

fn export_hint() -> impl IntoView {
    let (before, after) = around(t("{link} or share them as a link to keep them."), "link");
    view! {
        {before}
        <a href=Route::Assessments.to_fragment()>{t("Export your assessments to a file")}</a>
        {after}
    }
}

fn try_again(state: AppState) -> impl IntoView {
    view! {
        <button type="button" class="retry-save" on:click=move |_| state.retry.update(|n| *n += 1)>
            {t("Try again")}
        </button>
    }
}

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_app_state();
    let kept = use_context::<KeptLibrary>();
    let (download_error, set_download_error) = signal(None::<String>);
    let (downloaded, set_downloaded) = signal(false);
    move || {
        match state.storage.get() {
        StorageStatus::Saving => None,
        StorageStatus::Unavailable => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="unavailable">
                    <p>
                        <strong>{t("Your answers will not be kept.")}" "</strong>
                        {t("This browser does not let Rungs save here (a private window or an embedded frame can do that); everything still works until you close the tab.")}
                        " "
                        {export_hint()}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Full => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="quota">
                    <p>
                        <strong>{t("Your last change is not saved yet: this browser's storage for this site is full.")}" "</strong>
                        {t("It is kept in this tab, and what was saved before is still there. Make room (delete assessments, or copies of unreadable data, on the Assessments page), then try again; Rungs also tries again with your next change.")}
                        " "
                        {try_again(state)}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Refused(reason) => Some(
            view! {
                <div class="storage-banner" role="alert" data-status="refused">
                    <p>
                        <strong>{t("Your last change is not saved yet")}" "</strong>
                        {tf(
                            "(the browser said: {reason}). It is kept in this tab, and what was saved before is still there.",
                            &[("reason", &reason)],
                        )}
                        " "
                        {try_again(state)}
                        " "
                        {export_hint()}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Newer { found, aside_key } => Some(
            view! {
                <div class="storage-banner" role="status" data-status="newer">
                    <p>
                        <strong>
                            {tf(
                                "Your saved assessments were written by a newer version of Rungs (format {found}).",
                                &[("found", &found.to_string())],
                            )}
                            " "
                        </strong>
                        {tf(
                            "This version cannot read them and leaves them exactly as they are. What you do here is saved separately, under the browser storage key “{key}”; open the newer Rungs to go back to your assessments.",
                            &[("key", &aside_key)],
                        )}
                    </p>
                </div>
            }
            .into_any(),
        ),
        StorageStatus::Unreadable { message, backup_key, text, partly_read } => {
            let kept_where = match (&backup_key, partly_read) {
                (Some(key), false) => tf(
                    "Rungs kept them unchanged under the browser storage key “{key}” and started afresh; your new changes are saved as usual.",
                    &[("key", key)],
                ),
                (Some(key), true) => tf(
                    "The others are open. Everything as it was saved, the part left out included, is kept unchanged under the browser storage key “{key}”; your changes are saved as usual.",
                    &[("key", key)],
                ),
                (None, false) => t("Rungs could not make a backup copy, so it does not save over them: your changes in this tab are not kept. Download the old data first; then you can let Rungs save your work in its place.").to_string(),
                (None, true) => t("The others are open, but Rungs could not make a backup copy, so it does not save over the saved data: your changes in this tab are not kept. Download the old data first; then you can let Rungs save your work in its place.").to_string(),
            };
            let backed_up = backup_key.is_some();
            let download = move |_| {
                let name = format!("rungs-unreadable-data-{}.json", today_iso());
                let result = download_text(&name, "application/json", &text);
                set_downloaded.set(result.is_ok());
                set_download_error.set(result.err());
            };
            let dismiss = move |_| {
                if let Some(kept) = kept {
                    kept.dismiss(state);
                }
            };
            let take_over = move |_| {
                if let Some(kept) = kept {
                    kept.take_over(state);
                }
            };
            Some(
                view! {
                    <div class="storage-banner" role="alert" data-status="unreadable">
                        <p>
                            <strong>{message}</strong>
                            " "
                            {kept_where}
                        </p>
                        <p>
                            <button type="button" class="download-unreadable" on:click=download>
                                {if partly_read { t("Download the saved data as it was") } else { t("Download the unreadable data") }}
                            </button>
                            " "
                            {if backed_up {
                                view! {
                                    <button type="button" class="link-button dismiss-banner" on:click=dismiss>
                                        {t("Dismiss")}
                                    </button>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <button
                                        type="button"
                                        class="take-over"
                                        disabled=move || !downloaded.get()
                                        on:click=take_over
                                    >
                                        {t("Save my work in its place")}
                                    </button>
                                }
                                .into_any()
                            }}
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
