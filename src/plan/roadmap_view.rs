//! The roadmap: what stands between today and the target, by the level it unlocks, each
//! practice with how to tell it is in place, and a plan (planned, owner, due date) to fill in.

use crate::core::i18n::{t, tf, tnf};
use crate::core::model::Model;
use crate::core::plan::roadmap::{roadmap, Roadmap, RoadmapItem};
use crate::core::plan::Planned;
use crate::core::route::Route;
use crate::explore::model_texts::LongText;
use crate::keep::state::{is_read_only, use_app_state};
use leptos::prelude::*;

/// Where an item stands, in words: "Partly, 1 step short", "not rated yet", "in place".
pub fn standing_words(item: &RoadmapItem) -> String {
    match (item.done, item.rating, item.steps_missing) {
        (true, Some(r), _) => tf("{rating}: in place", &[("rating", r.label())]),
        (_, None, _) => t("Not rated yet").into(),
        (_, Some(r), Some(n)) => tnf(
            "{rating}, {n} step short | {rating}, {n} steps short",
            usize::from(n),
            &[("rating", r.label())],
        ),
        (_, Some(r), None) => r.label().to_string(),
    }
}

/// One roadmap item with its plan.
fn roadmap_row(model: &'static Model, index: usize, plan: Memo<Roadmap>) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let read_only = is_read_only();
    let practice = &model.practices[index];
    let item = Memo::new(move |_| plan.with(|r| r.items().find(|i| i.practice == index).cloned()));
    let planned = Memo::new(move |_| item.with(|i| i.as_ref().and_then(|i| i.planned.clone())));
    let done = move || item.with(|i| i.as_ref().is_some_and(|i| i.done));
    let standing = move || item.with(|i| i.as_ref().map(standing_words).unwrap_or_default());
    let set_plan = move |change: &dyn Fn(&mut Planned)| {
        assessment.update(|a| {
            let mut plan = a
                .planned(model.id, practice.id)
                .cloned()
                .unwrap_or_default();
            change(&mut plan);
            a.set_planned(model.id, practice.id, Some(plan));
        });
    };
    let href = Route::Practice {
        model: model.id.into(),
        practice: practice.id.into(),
    }
    .to_fragment();
    let (open, set_open) = signal(false);
    view! {
        <li class="roadmap-item" data-practice=practice.id class:done=done class:planned=move || planned.with(Option::is_some)>
            <div class="roadmap-line">
                <a class="roadmap-title" href=href>{practice.title}</a>
                <span class="roadmap-standing">{standing}</span>
                {move || done().then(|| view! { <span class="done-mark">"✓ Done"</span> })}
            </div>
            <div class="roadmap-plan">
                <label class="planned-toggle">
                    <input
                        type="checkbox"
                        class="planned-box"
                        disabled=read_only
                        prop:checked=move || planned.with(Option::is_some)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            assessment.update(|a| {
                                a.set_planned(model.id, practice.id, on.then(Planned::default))
                            });
                        }
                    />
                    " "
                    {t("Planned")}
                </label>
                {move || planned.with(Option::is_some).then(|| view! {
                    <label class="plan-owner">
                        {t("Owner")}
                        " "
                        <input
                            type="text"
                            class="owner-input"
                            disabled=read_only
                            prop:value=move || planned.with(|p| p.as_ref().map(|p| p.owner.clone()).unwrap_or_default())
                            on:input=move |ev| {
                                let owner = event_target_value(&ev);
                                set_plan(&|p| p.owner = owner.clone());
                            }
                        />
                    </label>
                    <label class="plan-due">
                        {t("Due")}
                        " "
                        <input
                            type="date"
                            class="due-input"
                            disabled=read_only
                            prop:value=move || planned.with(|p| p.as_ref().map(|p| p.due.clone()).unwrap_or_default())
                            on:change=move |ev| {
                                let due = event_target_value(&ev);
                                if due.is_empty() || crate::core::plan::is_date(&due) {
                                    set_plan(&|p| p.due = due.clone());
                                }
                            }
                        />
                    </label>
                })}
            </div>
            <details class="how-to-tell" on:toggle=move |ev| {
                set_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>{t("How to tell it is in place")}</summary>
                {move || open.get().then(|| view! {
                    <LongText model=model.id key=format!("practice:{}", practice.id) />
                })}
            </details>
        </li>
    }
}

#[component]
pub fn RoadmapView(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let plan = Memo::new(move |_| assessment.with(|a| roadmap(model, a)));
    // Rows are keyed by the practices in each group, so typing an owner (which changes the plan,
    // not who is on the roadmap) keeps the row and the caret where they are.
    let groups = move || {
        plan.with(|r| {
            r.groups
                .iter()
                .map(|g| {
                    (
                        g.level,
                        g.items.iter().map(|i| i.practice).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let target_name =
        move || plan.with(|r| model.levels.get(r.target.level).map_or("", |l| l.name));
    view! {
        <section class="roadmap" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">{t("Roadmap")}</h2>
            <p class="meta">
                {move || tf("What stands between today and the target ({target}), by the level it unlocks: nearest first, unrated last. Mark a practice planned to give it an owner and a date; it counts as done once it is rated in place.", &[("target", target_name())])}
            </p>
            <p class="roadmap-progress" aria-live="polite">{move || plan.with(Roadmap::progress_words)}</p>
            <For
                each=groups
                key=|group| group.clone()
                children=move |(level, practices)| {
                    let name = model.levels.get(level).map_or("", |l| l.name);
                    view! {
                        <section class="roadmap-group" data-level=model.levels.get(level).map_or("", |l| l.id)>
                            <h3>{tf("To reach {name}", &[("name", name)])}</h3>
                            <ol>
                                {practices
                                    .into_iter()
                                    .map(|index| roadmap_row(model, index, plan))
                                    .collect_view()}
                            </ol>
                        </section>
                    }
                }
            />
        </section>
    }
}
