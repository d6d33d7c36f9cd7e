//! A participant's side of a workshop: open the invitation, give a name, score the workshop's
//! models alone, and send the result back as a link or a QR code.
//!
//! The participant's answers are an ordinary saved assessment named after the workshop and the
//! participant, and marked with the workshop's identity from the invitation, so a reload or a
//! closed tab loses nothing, the invitation resumes it, and joining another workshop of the same
//! name starts afresh.

use crate::assess::assess_page::AssessPage;
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::model::{find_model, Model};
use crate::core::share::link_table;
use crate::core::workshop::{read_invite, Invite};
use crate::keep::state::{use_app_state, AppState, InWorkshop};
use crate::share::share_panel::SharePanel;
use crate::widgets::broken_link::broken_link;
use crate::widgets::model_tabs::ModelTabs;
use leptos::prelude::*;

/// The saved assessment's name for `participant` in workshop `workshop`.
fn assessment_name(workshop: &str, participant: &str) -> String {
    format!("{workshop} — {participant}")
}

/// The participant's name in a saved assessment's name made by [`assessment_name`] with
/// `prefix`: without the " (2)" the library adds when another assessment has the same name (the
/// same person in two workshops of the same name, say).
fn participant_name(saved: &str, prefix: &str) -> String {
    let name = saved.strip_prefix(prefix).unwrap_or_default();
    let numbered = name
        .rsplit_once(" (")
        .filter(|(_, n)| {
            n.strip_suffix(')')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|(base, _)| base);
    numbered.unwrap_or(name).to_string()
}

/// An invitation's payload: the invitation itself, then, after a `~` each, the model links of
/// the facilitator's own models it carries.
fn carried_models(payload: &str) -> (&str, Vec<&str>) {
    let mut parts = payload.split('~');
    let invite = parts.next().unwrap_or_default();
    (invite, parts.filter(|p| !p.is_empty()).collect())
}

thread_local! {
    /// Invitations whose carried models were added in this visit, so that drawing the page
    /// again does not add them again.
    static CARRIED_ADDED: std::cell::RefCell<std::collections::HashSet<String>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// Adds the models an invitation carries (or updates to the facilitator's version), then the
/// page is drawn again with them. Says what went wrong, if anything.
fn add_carried_models(payload: String, links: Vec<String>) -> AnyView {
    let revision = use_context::<crate::shell::app::ModelsRevision>();
    let added = LocalResource::new(move || {
        let links = links.clone();
        let payload = payload.clone();
        async move {
            let offer = crate::models::load().await.map_err(|_| {
                t("The part of Rungs that adds the workshop's model could not be fetched: the network may be off. Reload to try again.").to_string()
            })?;
            for link in &links {
                (offer.add_from_link)(link)?;
            }
            CARRIED_ADDED.with(|added| added.borrow_mut().insert(payload));
            if let Some(crate::shell::app::ModelsRevision(revision)) = revision {
                revision.update(|r| *r += 1);
            }
            Ok::<(), String>(())
        }
    });
    (move || match added.get() {
        None | Some(Ok(())) => crate::shell::parts::loading_view(),
        Some(Err(message)) => broken_link(
            t("workshop invitation"),
            tf(
                "This invitation carries the facilitator's own model, which could not be added: {message}",
                &[("message", &message)],
            ),
            t("Ask the facilitator for the link again. Your own assessments are untouched."),
        ),
    })
    .into_any()
}

#[component]
pub fn JoinPage(payload: String) -> impl IntoView {
    let whole = payload.clone();
    let (payload, carried) = carried_models(&payload);
    let carries_models = !carried.is_empty();
    if carries_models && !CARRIED_ADDED.with(|added| added.borrow().contains(&whole)) {
        return add_carried_models(whole, carried.iter().map(|s| s.to_string()).collect());
    }
    let invite = match read_invite(payload, &link_table()) {
        Ok(invite) => invite,
        Err(message) => {
            return broken_link(
                t("workshop invitation"),
                message,
                t("Ask the facilitator for the link again. Your own assessments are untouched."),
            );
        }
    };
    let state = use_app_state();
    let owner = Owner::new();
    let view = owner.with(move || joined_view(invite, state));
    let note = carries_models.then(|| {
        view! {
            <p class="meta carried-model-note" role="status">
                {t("This workshop uses a model of the facilitator's own. Its invitation carried it, so it is now among your models in this browser (on the Models page).")}
            </p>
        }
    });
    view! {
        {note}
        {leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)}
    }
    .into_any()
}

fn joined_view(invite: Invite, state: AppState) -> AnyView {
    provide_context(InWorkshop(true));
    let models: Vec<&'static Model> = invite
        .models
        .iter()
        .filter_map(|id| find_model(id))
        .collect();
    let prefix = assessment_name(&invite.name, "");
    // An assessment belongs to this workshop by the invitation's identity; invitations made
    // before workshops had one are matched by the workshop's name, as they were then.
    let invite_id = invite.id.clone();
    let belongs = move |a: &Assessment| {
        if invite_id.is_empty() {
            a.workshop.is_empty() && a.name.starts_with(&prefix)
        } else {
            a.workshop == invite_id
        }
    };
    let participant_of = {
        let prefix = assessment_name(&invite.name, "");
        move |a: &Assessment| participant_name(&a.name, &prefix)
    };
    // Resume: the assessment being worked on already belongs to this workshop.
    let belongs_here = belongs.clone();
    let resumed = state
        .assessment
        .with_untracked(|a| belongs_here(a).then(|| participant_of(a)));
    let (participant, set_participant) = signal(resumed.clone().unwrap_or_default());
    let (joined, set_joined) = signal(resumed.is_some());
    let name_input = NodeRef::<leptos::html::Input>::new();
    let (selected, set_selected) = signal(models.first().copied());
    let workshop_name = invite.name.clone();
    let workshop_id = invite.id.clone();
    let settings = invite.settings;
    let prefix_of_start = assessment_name(&invite.name, "");
    let start = move || {
        let name = participant.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let wanted = assessment_name(&workshop_name, &name);
        let existing = state.current_library().assessments.iter().position(|a| {
            belongs(&a.assessment) && participant_name(&a.assessment.name, &prefix_of_start) == name
        });
        match existing {
            Some(index) => state.switch_to(index),
            None => state.add(Assessment {
                name: wanted,
                settings,
                workshop: workshop_id.clone(),
                ..Assessment::default()
            }),
        }
        set_joined.set(true);
    };
    // What the facilitator receives: the participant's name and the workshop's models only.
    let model_ids = invite.models.clone();
    let result = Signal::derive(move || {
        let mut a = state.assessment.get();
        a.name = participant.get().trim().to_string();
        a.answers.retain(|model, _| model_ids.contains(model));
        a
    });
    let model_names = models.iter().map(|m| m.name).collect::<Vec<_>>().join(", ");
    view! {
        <section class="join-page">
            <header class="page-header">
                <p class="eyebrow">{t("Workshop")}</p>
                <h1 class="workshop-name">{invite.name.clone()}</h1>
                <p>
                    {tf(
                        "Score {models} on your own, then send your result to the facilitator. Levels use the {rule} rule.",
                        &[("models", &model_names), ("rule", &settings.rule.label().to_lowercase())],
                    )}
                </p>
                <form class="join-form" on:submit=move |ev| { ev.prevent_default(); start(); }>
                    <label>
                        {t("Your name")}" "
                        <input
                            type="text"
                            class="participant-name"
                            node_ref=name_input
                            maxlength="80"
                            required
                            prop:value=move || participant.get()
                            on:input=move |ev| set_participant.set(event_target_value(&ev))
                            readonly=move || joined.get()
                        />
                    </label>
                    " "
                    {move || (!joined.get()).then(|| view! { <button type="submit" class="start-scoring">{t("Start scoring")}</button> })}
                </form>
                {move || joined.get().then(|| view! {
                    <p class="meta">
                        {t("Your answers are saved in this browser as you go. When you are done, send your result from the bottom of this page.")}" "
                        // One device passed round the room resumes the last person's answers:
                        // the next person needs a way to their own.
                        <button type="button" class="link-button join-as-other" on:click=move |_| {
                            set_participant.set(String::new());
                            set_joined.set(false);
                            if let Some(input) = name_input.get_untracked() {
                                let _ = input.focus();
                            }
                        }>
                            {move || tf("Not {name}? Join under another name", &[("name", participant.get().trim())])}
                        </button>
                    </p>
                })}
            </header>
            {move || joined.get().then(|| {
                view! {
                    <ModelTabs models=models.clone() selected=selected set_selected=set_selected label=t("Models to score") />
                    {move || selected.get().map(|m| view! { <AssessPage model=m /> })}
                    <section class="send-result">
                        <h2>{t("Send your result")}</h2>
                        <p>{t("Copy the link and send it to the facilitator, or show them the QR code.")}</p>
                        <SharePanel assessment=result />
                    </section>
                }
            })}
        </section>
    }
    .into_any()
}
