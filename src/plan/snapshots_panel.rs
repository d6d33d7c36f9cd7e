//! Progress over time: take and delete snapshots, the timeline over them, what changed since
//! any of them, and two of them on one radar.

use crate::browser::now_iso;
use crate::core::assessment_json::MAX_SNAPSHOTS;
use crate::core::comparison::comparison_radar;
use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::plan::history::{
    assessment_at, changes, default_since, rating_words, snapshot_ratings, Changes, Movement,
};
use crate::core::plan::quota::{snapshot_chars, storage_warning};
use crate::core::plan::Snapshot;
use crate::core::radar_data::caption;
use crate::core::store_format::write_library;
use crate::keep::state::{is_read_only, use_app_state};
use crate::plan::timeline_view::TimelineView;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

/// A choice of one snapshot (by its index), or, with `today`, of today's ratings (`None`).
fn snapshot_choice(
    label: &'static str,
    class: &'static str,
    snapshots: Memo<Vec<Snapshot>>,
    selected: Memo<Option<usize>>,
    set: WriteSignal<Option<usize>>,
    today: bool,
) -> impl IntoView {
    let options = move || {
        snapshots
            .get()
            .into_iter()
            .enumerate()
            .map(move |(i, s)| {
                view! { <option value=i.to_string() selected=move || selected.get() == Some(i)>{s.title()}</option> }
            })
            .collect_view()
    };
    view! {
        <label>
            {label}
            " "
            <select class=class on:change=move |ev| set.set(event_target_value(&ev).parse().ok())>
                {today.then(|| view! {
                    <option value="" selected=move || selected.get().is_none()>{t("Today's ratings")}</option>
                })}
                {options}
            </select>
        </label>
    }
}

#[component]
pub fn SnapshotsPanel(model: &'static Model) -> impl IntoView {
    let state = use_app_state();
    let assessment = state.assessment;
    let read_only = is_read_only();
    let snapshots = Memo::new(move |_| assessment.with(|a| a.snapshots.clone()));
    let (label, set_label) = signal(String::new());
    let (deleted, set_deleted) = signal(None::<(usize, Snapshot)>);
    // How full storage is, measured when the snapshots change (writing the whole library is too
    // much work for every keystroke).
    let warning = Memo::new(move |_| {
        snapshots.track();
        let used = write_library(&state.current_library()).chars().count();
        let one = assessment.with_untracked(snapshot_chars);
        storage_warning(used, one)
    });
    let (refused, set_refused) = signal(false);
    let take = move |_| {
        let name = label.get_untracked().trim().to_string();
        let mut taken = None;
        assessment.update(|a| taken = a.take_snapshot(now_iso(), name));
        set_refused.set(taken.is_none());
        if taken.is_some() {
            set_label.set(String::new());
        }
    };
    let list = move || {
        snapshots
            .get()
            .into_iter()
            .map(|s| {
                let id = s.id.clone();
                view! {
                    <li class="snapshot" data-snapshot=s.id.clone()>
                        <span class="snapshot-title">{s.title()}</span>
                        {(!read_only).then(|| view! {
                            <button
                                type="button"
                                class="link-button delete-snapshot"
                                aria-label=tf("Delete the snapshot {title}", &[("title", &s.title())])
                                on:click=move |_| {
                                    let mut removed = None;
                                    assessment.update(|a| removed = a.remove_snapshot(&id));
                                    set_deleted.set(removed);
                                }
                            >
                                {t("Delete")}
                            </button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };

    // What changed: from a snapshot to a later one or to today (the empty value).
    let (since, set_since) = signal(None::<usize>);
    let (until, set_until) = signal(None::<usize>);
    let since_index = Memo::new(move |_| {
        since
            .get()
            .filter(|&i| i < snapshots.with(Vec::len))
            .or_else(|| assessment.with(|a| default_since(model, a)))
    });
    let found = Memo::new(move |_| {
        let from = since_index.get()?;
        assessment.with(|a| {
            let before = snapshot_ratings(model, a.snapshots.get(from)?);
            let after = match until.get().and_then(|i| a.snapshots.get(i)) {
                Some(s) => snapshot_ratings(model, s),
                None => a.ratings_for(model),
            };
            Some(changes(model, &before, &after, &a.settings))
        })
    });
    let until_memo = Memo::new(move |_| until.get());

    // Two snapshots on one radar: by default the first and the last.
    let (first_pick, set_first_pick) = signal(None::<usize>);
    let (second_pick, set_second_pick) = signal(None::<usize>);
    let first_index = Memo::new(move |_| first_pick.get().or(Some(0)));
    let second_index = Memo::new(move |_| {
        second_pick
            .get()
            .or_else(|| snapshots.with(|s| s.len().checked_sub(1)))
    });
    let pair_radar = Memo::new(move |_| {
        let (Some(a), Some(b)) = (first_index.get(), second_index.get()) else {
            return None;
        };
        assessment.with(|now| {
            let one = assessment_at(now, now.snapshots.get(a)?);
            let two = assessment_at(now, now.snapshots.get(b)?);
            Some(comparison_radar(
                model,
                &[(one.name.as_str(), &one), (two.name.as_str(), &two)],
                &now.settings,
            ))
        })
    });
    let radar_caption = Signal::derive(move || assessment.with(|a| caption(a.radar_measure, a)));
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));

    view! {
        <section class="snapshots" aria-labelledby="snapshots-heading">
            <h2 id="snapshots-heading">{t("Progress over time")}</h2>
            <p class="meta">
                {t("A snapshot keeps today's ratings and targets, dated, inside this assessment (notes are not copied). Take one after each assessment session; levels over time are computed under the rule chosen now, so every point compares with the others. Snapshots are saved in this browser and in exported files, but share links leave them out.")}
            </p>
            {(!read_only).then(|| view! {
                <div class="take-snapshot">
                    <label>
                        {t("Name (optional)")}
                        " "
                        <input
                            type="text"
                            class="snapshot-label"
                            placeholder=t("e.g. Q1 review")
                            prop:value=move || label.get()
                            on:input=move |ev| set_label.set(event_target_value(&ev))
                        />
                    </label>
                    " "
                    <button type="button" class="take-snapshot-button" on:click=take>{t("Take a snapshot")}</button>
                </div>
            })}
            {move || warning.get().map(|w| view! { <p class="storage-warning" role="alert">{w}</p> })}
            {move || refused.get().then(|| view! {
                <p class="storage-warning" role="alert">
                    {tf("This assessment holds {n} snapshots, the most it can keep. Delete old ones to take another.", &[("n", &MAX_SNAPSHOTS.to_string())])}
                </p>
            })}
            {move || deleted.get().map(|(index, snapshot)| {
                let title = snapshot.title();
                view! {
                    <p class="undo-snapshot" role="status">
                        {tf("Snapshot {title} deleted.", &[("title", &title)])}
                        " "
                        <button type="button" class="undo" on:click=move |_| {
                            let snapshot = snapshot.clone();
                            assessment.update(|a| a.restore_snapshot(index, snapshot));
                            set_deleted.set(None);
                        }>{t("Undo")}</button>
                    </p>
                }
            })}
            <ol class="snapshot-list">{list}</ol>
            {move || snapshots.with(Vec::is_empty).then(|| view! {
                <p class="no-snapshots">{t("No snapshot yet: take one to start the timeline.")}</p>
            })}
            <TimelineView model=model />
            {move || (!snapshots.with(Vec::is_empty)).then(|| view! {
                <section class="what-changed" aria-labelledby="changed-heading">
                    <h3 id="changed-heading">{t("What changed")}</h3>
                    <p class="change-range">
                        {snapshot_choice(t("Since"), "changed-since", snapshots, since_index, set_since, false)}
                        " "
                        {snapshot_choice(t("until"), "changed-until", snapshots, until_memo, set_until, true)}
                    </p>
                    {move || found.get().map(|c| change_list(model, c))}
                </section>
                <section class="snapshot-radar" aria-labelledby="pair-heading">
                    <h3 id="pair-heading">{t("Two snapshots on one radar")}</h3>
                    <p class="change-range">
                        {snapshot_choice(t("First"), "radar-first", snapshots, first_index, set_first_pick, false)}
                        " "
                        {snapshot_choice(t("second"), "radar-second", snapshots, second_index, set_second_pick, false)}
                    </p>
                    {move || pair_radar.get().map(|radar| view! {
                        <RadarView radar=Signal::derive(move || radar.clone()) caption=radar_caption assessment_name=name />
                    })}
                </section>
            })}
        </section>
    }
}

/// The practices that moved and the levels that changed.
fn change_list(model: &'static Model, found: Changes) -> AnyView {
    if found.ratings.is_empty() && found.levels.is_empty() {
        return view! { <p class="no-changes">{t("Nothing changed in this model.")}</p> }
            .into_any();
    }
    let levels = found
        .levels
        .iter()
        .map(|c| {
            view! {
                <li class="level-change" data-scope=c.scope.label(model)>
                    <strong>{c.scope.label(model)}</strong>
                    {format!(": {} → {}", c.before, c.after)}
                </li>
            }
        })
        .collect_view();
    let practices = found
        .ratings
        .iter()
        .map(|c| {
            let practice = &model.practices[c.practice];
            let symbol = match c.movement {
                Movement::Up => "▲",
                Movement::Down => "▼",
                Movement::Changed => "◆",
            };
            view! {
                <li class="rating-change" data-practice=practice.id data-movement=c.movement.word()>
                    <span aria-hidden="true">{symbol}</span>
                    {format!(" {} ({}): {} → {}", practice.title, c.movement.word(), rating_words(c.before), rating_words(c.after))}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="changes">
            {(!found.levels.is_empty()).then(|| view! {
                <h4>{t("Levels")}</h4>
                <ul class="level-changes">{levels}</ul>
            })}
            {(!found.ratings.is_empty()).then(|| view! {
                <h4>{tf("Practices ({n})", &[("n", &found.ratings.len().to_string())])}</h4>
                <ul class="rating-changes">{practices}</ul>
            })}
        </div>
    }
    .into_any()
}
