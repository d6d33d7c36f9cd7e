//! The facilitator's board: create a workshop, invite participants, add their results, see where
//! they agree and where they do not, and save or move the whole workshop.

use crate::browser::{address_of, download_text, read_chosen_file_then, today_iso};
use crate::core::assessment::RadarMeasure;
use crate::core::i18n::{t, tf, tn, tnf};
use crate::core::model::{all_models, find_model, is_imported};
use crate::core::radar_data::slug;
use crate::core::route::Route;
use crate::core::scoring::{LevelRule, ScoringSettings};
use crate::core::share::link_table;
use crate::core::transfer::read_import;
use crate::core::transfer::MAX_IMPORT_BYTES;
use crate::core::workshop::json::{workshop_from_json, workshop_to_json};
use crate::core::workshop::pasting::shorten;
use crate::core::workshop::{encode_workshop, invite_payload, PastedLink, Workshop};
use crate::widgets::link_box::LinkBox;
use crate::widgets::measure_choice::MeasureChoice;
use crate::workshop::board_state::{use_board, would_replace_work};
use crate::workshop::board_stats::{use_board_stats, ModelStats};
use crate::workshop::consensus::ConsensusPanel;
use leptos::prelude::*;

/// `text` cut around its `{name}`: what comes before the name and what comes after, so that a
/// name drawn in its own element (a `<bdi>`) can sit wherever the translation puts it.
fn around_name(text: impl Into<String>) -> (String, String) {
    let text = text.into();
    match text.split_once("{name}") {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text, String::new()),
    }
}

/// The form that starts a workshop.
fn setup_form() -> impl IntoView {
    let board = use_board();
    let (name, set_name) = signal(t("Team workshop").to_string());
    let (models, set_models) = signal(vec!["cd-maturity".to_string()]);
    let (rule, set_rule) = signal(LevelRule::Staged);
    let create = move || {
        let chosen: Vec<&str> = all_models()
            .into_iter()
            .map(|m| m.id)
            .filter(|id| models.with_untracked(|ms| ms.iter().any(|m| m == id)))
            .collect();
        let name = name.get_untracked().trim().to_string();
        if chosen.is_empty() || name.is_empty() {
            return;
        }
        let settings = ScoringSettings {
            rule: rule.get_untracked(),
            ..ScoringSettings::default()
        };
        board.create(&name, &chosen, settings);
    };
    let model_boxes = all_models()
        .into_iter()
        .map(|m| {
            let id = m.id.to_string();
            let checked_id = id.clone();
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        name="workshop-model"
                        value=m.id
                        prop:checked=move || models.with(|ms| ms.contains(&checked_id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let id = id.clone();
                            set_models.update(|ms| {
                                ms.retain(|m| *m != id);
                                if on {
                                    ms.push(id);
                                }
                            });
                        }
                    />
                    " "
                    {m.name}
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="workshop-setup" on:submit=move |ev| { ev.prevent_default(); create(); }>
            <h2>{t("Start a workshop")}</h2>
            <p class="meta">
                {t("Each participant scores alone from an invitation link, then sends you their result as a link. Paste the links here to see where the group agrees, discuss where it does not, and agree the team's answer.")}
            </p>
            <label class="field">
                {t("Workshop name")}" "
                <input type="text" class="workshop-name-input" maxlength="120" required
                    prop:value=move || name.get()
                    on:input=move |ev| set_name.set(event_target_value(&ev)) />
            </label>
            <fieldset>
                <legend>{t("Models to score")}</legend>
                {model_boxes}
            </fieldset>
            <label class="field">
                {t("Level rule")}" "
                <select id="workshop-rule" on:change=move |ev| {
                    if let Some(r) = LevelRule::from_id(&event_target_value(&ev)) {
                        set_rule.set(r);
                    }
                }>
                    {LevelRule::ALL.into_iter().map(|r| view! { <option value=r.id()>{r.label()}</option> }).collect_view()}
                </select>
            </label>
            <p><button type="submit" class="create-workshop">{t("Create the workshop")}</button></p>
        </form>
    }
}

/// The invitation link for participants, with Copy and a QR code.
///
/// For a workshop on models of the facilitator's own, the invitation carries each such model
/// as a model link after a `~`, so that participants need nothing else; the Models part that
/// writes model links is fetched for it.
fn invite_panel() -> impl IntoView {
    let board = use_board();
    let own_models = Memo::new(move |_| {
        board.workshop.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.models
                        .iter()
                        .filter(|id| is_imported(id))
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let offer = LocalResource::new(move || {
        let needed = !own_models.get().is_empty();
        async move {
            if needed {
                crate::models::load().await.ok()
            } else {
                None
            }
        }
    });
    let link = Memo::new(move |_| {
        board.workshop.with(|w| {
            w.as_ref().map_or_else(String::new, |w| {
                let mut payload = invite_payload(w, &link_table());
                let own = own_models.get();
                if !own.is_empty() {
                    let Some(Some(offer)) = offer.get() else {
                        return String::new();
                    };
                    for id in &own {
                        if let Some(model_link) = (offer.invitation_model_link)(id) {
                            payload.push('~');
                            payload.push_str(&model_link);
                        }
                    }
                }
                address_of(&Route::Join { payload }.to_fragment())
            })
        })
    });
    view! {
        <section class="invite" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t("1. Invite")}</h2>
            <p>{t("Send this link to every participant (or show its QR code). It opens the scoring page for this workshop's models; each participant sends back their own result link.")}</p>
            <LinkBox link=link label=t("Invitation link") class="invite-link" />
        </section>
    }
}

/// Pasting participants' result links, and importing files of results.
fn add_panel() -> impl IntoView {
    let board = use_board();
    let (text, set_text) = signal(String::new());
    let (report, set_report) = signal(Vec::<PastedLink>::new());
    let add = move |_| {
        let pasted = text.get_untracked();
        let outcome = board.add_links(&pasted);
        // What was added leaves the box; what could not be added stays, to be fixed or removed.
        let failed: Vec<&str> = pasted
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|token| !token.is_empty())
            .filter(|token| {
                outcome
                    .iter()
                    .any(|o| o.outcome.is_err() && o.text == shorten(token))
            })
            .collect();
        let mut kept: Vec<&str> = Vec::new();
        for token in failed {
            if !kept.contains(&token) {
                kept.push(token);
            }
        }
        set_text.set(kept.join("\n"));
        set_report.set(outcome);
    };
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file_then(&ev, MAX_IMPORT_BYTES, move |read| {
            let outcome = match read {
                Err(message) => vec![PastedLink {
                    text: t("file").into(),
                    outcome: Err(message),
                    copies_skipped: 0,
                }],
                Ok((file, content)) => match read_import(&content, &all_models()) {
                    Err(error) => vec![PastedLink {
                        text: file,
                        outcome: Err(error.message()),
                        copies_skipped: 0,
                    }],
                    Ok(found) => board.add_results(&file, found.items),
                },
            };
            set_report.set(outcome);
        });
    };
    view! {
        <section class="add-results" aria-labelledby="add-heading">
            <h2 id="add-heading">{t("2. Add results")}</h2>
            <label class="field">
                {t("Paste participants' result links, one or many (one per line, or separated by spaces)")}
                <textarea class="paste-links" rows="4" prop:value=move || text.get()
                    on:input=move |ev| set_text.set(event_target_value(&ev))></textarea>
            </label>
            <p>
                <button type="button" class="add-links" on:click=add>{t("Add to the board")}</button>
                " "{t("or")}" "
                <label>{t("import a JSON file of assessments")}" " <input type="file" class="import-results" accept=".json,application/json" on:change=on_file /></label>
            </p>
            <ul class="paste-report" aria-live="polite">
                {move || report.get().into_iter().map(|r| {
                    let copies = match r.copies_skipped {
                        0 => String::new(),
                        n => format!(
                            " {}",
                            tn("({n} more copy in the paste, skipped) | ({n} more copies in the paste, skipped)", n)
                        ),
                    };
                    match r.outcome {
                        Ok(name) => {
                            let (before, after) = around_name(t("Added {name}"));
                            view! { <li class="added">{before}<bdi>{name}</bdi>{after}{copies}<span class="token">{format!(" · {}", r.text)}</span></li> }.into_any()
                        }
                        Err(problem) => view! { <li class="problem" role="alert"><span class="token">{r.text}</span>{t(":")}" "{problem}{copies}</li> }.into_any(),
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The participants: rename, hide from the statistics, or remove (with Undo).
fn participants_panel() -> impl IntoView {
    let board = use_board();
    let undo_button = NodeRef::<leptos::html::Button>::new();
    // After a removal, focus goes to Undo: never to the next participant's Remove button, where
    // a held Enter would remove everyone.
    let focus_undo = move || {
        request_animation_frame(move || {
            if let Some(button) = undo_button.get_untracked() {
                let _ = button.focus();
            }
        })
    };
    let rows = move || {
        let names: Vec<(String, bool)> = board.workshop.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.participants
                        .iter()
                        .map(|p| (p.name.clone(), p.hidden))
                        .collect()
                })
                .unwrap_or_default()
        });
        names
            .into_iter()
            .enumerate()
            .map(|(i, (name, hidden))| {
                let shown = name.clone();
                let (remove_before, remove_after) = around_name(t("Remove {name}"));
                view! {
                    <li class="participant" class:hidden-participant=hidden>
                        <input type="text" class="participant-name" aria-label=t("Participant name") dir="auto" prop:value=name.clone()
                            on:change=move |ev| {
                                let applied = board.rename_participant(i, event_target_value(&ev));
                                // Show the name applied (the old one for a blank, or a numbered one).
                                event_target::<web_sys::HtmlInputElement>(&ev).set_value(&applied);
                            } />
                        <label class="check">
                            <input type="checkbox" class="hide-participant" prop:checked=hidden
                                on:change=move |ev| {
                                    board.set_hidden(i, event_target_checked(&ev));
                                } />
                            " "{t("Hide")}
                        </label>
                        <button type="button" class="remove-participant" on:click=move |_| {
                            board.remove_participant(i);
                            focus_undo();
                        }>
                            {remove_before}<bdi>{shown}</bdi>{remove_after}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let count = move || {
        board.workshop.with(|w| {
            w.as_ref()
                .map_or((0, 0), |w| (w.participants.len(), w.visible().count()))
        })
    };
    let undo = move || {
        board.removed.with(|removed| {
            let (_, latest) = removed.last()?;
            let name = latest.name.clone();
            let more = removed.len() - 1;
            let (before, after) = around_name(match more {
                0 => t("Removed {name}.").to_string(),
                n => tn("Removed {name} and {n} more. | Removed {name} and {n} more.", n),
            });
            let (undo_before, undo_after) = around_name(t("Undo removing {name}"));
            Some(view! {
                <p class="undo" role="status">
                    {before}<bdi>{name.clone()}</bdi>{after}" "
                    <button type="button" class="undo-remove" node_ref=undo_button on:click=move |_| board.undo_remove()>
                        {undo_before}<bdi>{name}</bdi>{undo_after}
                    </button>
                </p>
            })
        })
    };
    view! {
        <section class="participants" aria-labelledby="participants-heading">
            <h2 id="participants-heading">
                {move || {
                    let (all, shown) = count();
                    tnf("Participants ({n} counted of {all}) | Participants ({n} counted of {all})", shown, &[("all", &all.to_string())])
                }}
            </h2>
            <p class="meta">{t("Hidden participants stay on the board but are left out of every number and chart.")}</p>
            {undo}
            <ul class="participant-list">{rows}</ul>
        </section>
    }
}

/// Save the whole workshop as a link or a JSON file, open one, or start over.
fn save_panel() -> impl IntoView {
    let board = use_board();
    let link = Memo::new(move |_| {
        board.workshop.with(|w| {
            w.as_ref().map_or_else(String::new, |w| {
                let payload = encode_workshop(w, &link_table());
                address_of(&Route::BoardLink { payload }.to_fragment())
            })
        })
    });
    let (message, set_message) = signal(None::<String>);
    // A workshop read from a file, waiting for the facilitator to confirm that it may replace a
    // board with participants on it.
    let (pending, set_pending) = signal(None::<(String, Workshop)>);
    let export = move |_| {
        let Some((name, text)) = board
            .workshop
            .with_untracked(|w| w.as_ref().map(|w| (w.name.clone(), workshop_to_json(w))))
        else {
            return;
        };
        let file = format!("rungs-workshop-{}-{}.json", slug(&name), today_iso());
        set_message.set(download_text(&file, "application/json", &text).err());
    };
    let on_file = move |ev: leptos::ev::Event| {
        read_chosen_file_then(&ev, MAX_IMPORT_BYTES, move |read| match read {
            Err(m) => set_message.set(Some(m)),
            Ok((file, text)) => match workshop_from_json(&text) {
                Ok(w)
                    if board
                        .workshop
                        .with_untracked(|c| would_replace_work(c.as_ref(), &w)) =>
                {
                    set_message.set(None);
                    set_pending.set(Some((file, w)));
                }
                Ok(w) => {
                    board.open(w);
                    set_message.set(Some(tf(
                        "Opened the workshop from {file}.",
                        &[("file", &file)],
                    )));
                }
                Err(problem) => set_message.set(Some(tf(
                    "{file}: {problem}",
                    &[("file", &file), ("problem", &problem)],
                ))),
            },
        });
    };
    let (confirm_new, set_confirm_new) = signal(false);
    let pending_view = move || {
        pending.get().map(|(file, opened)| {
            let current = board.workshop.with(|w| {
                w.as_ref()
                    .map(|w| {
                        tnf(
                            "“{name}” ({n} participant) | “{name}” ({n} participants)",
                            w.participants.len(),
                            &[("name", &w.name)],
                        )
                    })
                    .unwrap_or_default()
            });
            let open = move |_| {
                if let Some((file, w)) = pending.get_untracked() {
                    board.open(w);
                    set_message.set(Some(tf("Opened the workshop from {file}.", &[("file", &file)])));
                }
                set_pending.set(None);
            };
            view! {
                <p class="replace-board" role="alert">
                    {tf(
                        "{file} holds the workshop “{name}”. Opening it replaces the board {current}. Save that board's link or file first if you need it.",
                        &[("file", &file), ("name", &opened.name), ("current", &current)],
                    )}
                    " "
                    <button type="button" class="replace-board-confirm" on:click=open>{t("Open it here")}</button>
                    " "
                    <button type="button" on:click=move |_| set_pending.set(None)>{t("Keep my board")}</button>
                </p>
            }
        })
    };
    view! {
        <section class="save-workshop" aria-labelledby="save-heading">
            <h2 id="save-heading">{t("Save or move the workshop")}</h2>
            <p class="meta">{t("The board is saved in this browser as you go. The link and the file hold the whole workshop, every participant and the agreed answers, to reopen on another machine.")}</p>
            <LinkBox link=link label=t("Workshop link") class="workshop-link" />
            <p class="share-actions">
                <button type="button" class="export-workshop" on:click=export>{t("Export as JSON")}</button>
                <label>{t("Open a workshop file")}" " <input type="file" class="import-workshop" accept=".json,application/json" on:change=on_file /></label>
            </p>
            {move || message.get().map(|m| view! { <p role="status">{m}</p> })}
            {pending_view}
            <p>
                {move || if confirm_new.get() {
                    view! {
                        <span role="alert">{t("This clears the board in this browser. Save its link or file first if you need it.")}" "</span>
                        <button type="button" class="confirm-new-workshop" on:click=move |_| { board.clear(); set_confirm_new.set(false); }>{t("Clear the board")}</button>
                        " "
                        <button type="button" on:click=move |_| set_confirm_new.set(false)>{t("Keep it")}</button>
                    }.into_any()
                } else {
                    view! { <button type="button" class="new-workshop" on:click=move |_| set_confirm_new.set(true)>{t("Start another workshop")}</button> }.into_any()
                }}
            </p>
        </section>
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let board = use_board();
    // Computed once here for every section below.
    use_board_stats();
    let exists = Memo::new(move |_| board.workshop.with(Option::is_some));
    let title = move || {
        board
            .workshop
            .with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default())
    };
    let summary = move || {
        board.workshop.with(|w| {
            w.as_ref().map(|w| {
                let names: Vec<&str> = w
                    .models
                    .iter()
                    .filter_map(|id| find_model(id))
                    .map(|m| m.name)
                    .collect();
                tf(
                    "{models} · {rule} rule",
                    &[
                        ("models", &names.join(", ")),
                        ("rule", w.settings.rule.label()),
                    ],
                )
            })
        })
    };
    let models = Memo::new(move |_| {
        board
            .workshop
            .with(|w| w.as_ref().map(|w| w.models.clone()).unwrap_or_default())
    });
    let measure = Memo::new(move |_| {
        board.workshop.with(|w| {
            w.as_ref()
                .map_or(RadarMeasure::default(), |w| w.agreed.radar_measure)
        })
    });
    view! {
        <section class="board-page">
            {move || board.problem.get().map(|p| view! { <p class="storage-banner" role="alert">{p}</p> })}
            {move || board.notice.get().map(|n| view! { <p class="board-notice" role="status">{n}</p> })}
            {move || if exists.get() {
                view! {
                    <header class="page-header">
                        <p class="eyebrow">{t("Workshop board")}</p>
                        <h1 class="board-name">{title}</h1>
                        <p class="meta">{summary}" · "<a href=Route::Present.to_fragment() class="presenter-link">{t("Presenter mode")}</a></p>
                    </header>
                    {invite_panel()}
                    {add_panel()}
                    {participants_panel()}
                    <section class="board-results" aria-label=t("Results")>
                        <h2>{t("3. Where the group stands")}</h2>
                        <MeasureChoice
                            group="board-radar-measure"
                            measure=measure
                            on_choose=Callback::new(move |choice| board.set_radar_measure(choice))
                        />
                        {move || models.get().into_iter().filter_map(|id| find_model(&id)).map(|m| view! { <ModelStats model=m /> }).collect_view()}
                    </section>
                    <ConsensusPanel />
                    {save_panel()}
                }.into_any()
            } else {
                view! {
                    <h1>{t("Workshop")}</h1>
                    {setup_form()}
                }.into_any()
            }}
        </section>
    }
}
