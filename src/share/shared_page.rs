//! An assessment opened from a share link: shown read-only, with "Save as a copy" and "Compare
//! with mine". It lives in a state of its own, so nothing here can touch the user's data.

use crate::assess::assess_page::AssessPage;
use crate::core::i18n::{t, tf};
use crate::core::link_codec::{DecodedLink, LinkError};
use crate::core::model::{find_model, Model};
use crate::core::plan::targets::resolve;
use crate::core::route::Route;
use crate::core::share::open_payload;
use crate::core::store_format::{Library, StoredAssessment};
use crate::keep::state::{use_app_state, AppState, ReadOnly, StorageStatus};
use crate::share::compare_view::CompareView;
use crate::widgets::broken_link::broken_link;
use crate::widgets::filled_matrix::FilledMatrix;
use crate::widgets::model_tabs::ModelTabs;
use leptos::prelude::*;

#[component]
pub fn SharedPage(payload: String) -> impl IntoView {
    let decoded = match open_payload(&payload) {
        Ok(decoded) => decoded,
        Err(LinkError::MissingModel { id, version, .. }) => {
            return view! {
                <section class="needs-model">
                    <h1>{t("A shared assessment")}</h1>
                    {crate::widgets::missing_model::missing_model(id, version)}
                    <p>{t("Your own assessments are untouched.")}</p>
                </section>
            }
            .into_any();
        }
        Err(error) => {
            return broken_link(
                t("share link"),
                error.message(),
                t("Your own assessments are untouched."),
            );
        }
    };
    let mine = use_app_state();
    // A child owner of its own: contexts provided here must not outlive this page. Provided on
    // the route's owner instead, they would still be found by the next screen.
    let owner = Owner::new();
    let view = owner.with(move || shared_view(decoded, mine));
    leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner).into_any()
}

fn shared_view(decoded: DecodedLink, mine: AppState) -> AnyView {
    let theirs = decoded.assessment.clone();
    let models: Vec<&'static Model> = decoded
        .models
        .iter()
        .filter_map(|id| find_model(id))
        .collect();
    // The shared assessment gets a state of its own for everything below; it is never saved.
    let mut library = Library::new();
    library.assessments = vec![StoredAssessment {
        id: "shared".into(),
        assessment: decoded.assessment,
    }];
    let shared = AppState::new(library, StorageStatus::Unavailable);
    provide_context(shared);
    provide_context(ReadOnly(true));

    let (saved, set_saved) = signal(None::<String>);
    let (comparing, set_comparing) = signal(false);
    let (selected, set_selected) = signal(models.first().copied());
    let copy = theirs.clone();
    let save_copy = move |_| {
        mine.add(copy.clone());
        let name = mine.assessment.with_untracked(|a| a.name.clone());
        set_saved.set(Some(name));
    };
    let warnings = decoded
        .warnings
        .iter()
        .map(|w| view! { <p class="link-warning" role="alert">{w.message()}</p> })
        .collect_view();
    let compare_models = models.clone();
    let compare_theirs = theirs.clone();
    view! {
        <section class="shared-page">
            <header class="page-header">
                <p class="eyebrow">{t("Shared assessment · read-only")}</p>
                <h1 class="shared-name">{theirs.name.clone()}</h1>
                {warnings}
                <p class="meta">
                    {t("You are looking at an assessment someone shared as a link. It is not saved and does not change yours; save a copy to keep it or work on it.")}
                </p>
                <p class="shared-actions">
                    <button type="button" class="save-copy" on:click=save_copy>{t("Save as a copy")}</button>
                    " "
                    <button
                        type="button"
                        class="compare"
                        aria-pressed=move || comparing.get().to_string()
                        on:click=move |_| set_comparing.update(|c| *c = !*c)
                    >
                        {t("Compare with mine")}
                    </button>
                </p>
                {move || saved.get().map(|name| view! {
                    <p class="saved-copy" role="status">
                        {tf(
                            "Saved as “{name}” in your assessments; you are now working on it.",
                            &[("name", &name)],
                        )}
                        " "
                        <a href=Route::Assessments.to_fragment()>{t("See your assessments")}</a>
                    </p>
                })}
                {models.is_empty().then(|| view! { <p>{t("This link holds no ratings.")}</p> })}
            </header>
            {move || comparing.get().then(|| view! {
                <CompareView theirs=compare_theirs.clone() models=compare_models.clone() mine=mine />
            })}
            <ModelTabs models=models.clone() selected=selected set_selected=set_selected label=t("Models in this link") />
            {move || selected.get().map(|m| view! {
                <details class="shared-matrix" open>
                    <summary>{t("The matrix, filled in")}</summary>
                    <FilledMatrix
                        model=m
                        ratings=Signal::derive(move || shared.assessment.with(|a| a.ratings_for(m)))
                        settings=Signal::derive(move || shared.assessment.with(|a| a.settings))
                        target=Signal::derive(move || shared.assessment.with(|a| resolve(m, a)))
                        caption=Signal::derive(move || shared.assessment.with(|a| tf("{name}'s answers", &[("name", &a.name)])))
                    />
                </details>
                <AssessPage model=m />
            })}
        </section>
    }
    .into_any()
}
