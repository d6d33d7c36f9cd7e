//! "Take a snapshot": keeps a dated copy of the ratings and targets in the assessment. The
//! Assess page offers it when a level changed since the last snapshot (or, before the first,
//! once anything is rated), so the timeline gets its points without anyone remembering to.

use crate::browser::now_iso;
use crate::core::i18n::t;
use crate::core::model::Model;
use crate::core::plan::history::level_changed_since_last;
use crate::core::route::Route;
use crate::keep::state::use_app_state;
use leptos::prelude::*;

/// The offer on the Assess page: shown when a level of `model` changed since the last snapshot.
#[component]
pub fn SnapshotOffer(model: &'static Model) -> impl IntoView {
    let state = use_app_state();
    let assessment = state.assessment;
    let changed = Memo::new(move |_| assessment.with(|a| level_changed_since_last(model, a)));
    let first = Memo::new(move |_| assessment.with(|a| a.snapshots.is_empty()));
    let (taken, set_taken) = signal(false);
    view! {
        {move || changed.get().then(|| view! {
            <p class="snapshot-offer" role="status">
                {move || if first.get() {
                    t("Keep today's answers as the first point of your progress over time:")
                } else {
                    t("A level changed since your last snapshot:")
                }}
                " "
                <button
                    type="button"
                    class="take-snapshot-offer"
                    on:click=move |_| {
                        let mut taken = None;
                        state.assessment.update(|a| taken = a.take_snapshot(now_iso(), String::new()));
                        set_taken.set(taken.is_some());
                    }
                >
                    {t("Take a snapshot")}
                </button>
            </p>
        })}
        {move || (taken.get() && !changed.get()).then(|| view! {
            <p class="snapshot-taken" role="status">
                {t("Snapshot taken.")}
                " "
                <a href=Route::Plan { model: model.id.into() }.to_fragment()>{t("See your progress over time")}</a>
            </p>
        })}
    }
}
