//! A computed level with its reasons: why it was reached, and what blocks the next one.

use crate::core::i18n::{t, tf, tn, tnf};
use crate::core::model::Model;
use crate::core::route::Route;
use crate::core::scoring::{Blocker, LevelOutcome};
use leptos::prelude::*;

fn practice_link(model: &'static Model, index: usize) -> impl IntoView {
    let practice = &model.practices[index];
    let href = Route::Practice {
        model: model.id.into(),
        practice: practice.id.into(),
    }
    .to_fragment();
    view! { <a href=href>{practice.title}</a> }
}

/// How many "to reach the next level" items show before the rest fold away.
const NEXT_SHOWN: usize = 10;

/// A `<details>` whose children are built only while it is open: long lists of reasons cost no
/// DOM work on every rating click unless someone is reading them.
fn lazy_details(
    class: &'static str,
    summary: impl Fn() -> String + Send + Sync + 'static,
    children: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    view! {
        <details
            class=class
            on:toggle=move |ev| {
                let details = event_target::<web_sys::HtmlDetailsElement>(&ev);
                set_open.set(details.open());
            }
        >
            <summary>{summary}</summary>
            {move || open.get().then(&children)}
        </details>
    }
}

fn blocker_item(model: &'static Model, b: &Blocker) -> impl IntoView {
    let practice = &model.practices[b.practice];
    let at = model.levels.get(practice.level).map_or("", |l| l.name);
    let state = match (b.rating, b.steps_missing) {
        (Some(r), Some(steps)) => tnf(
            "{rating}, {n} step short | {rating}, {n} steps short",
            usize::from(steps),
            &[("rating", r.label())],
        ),
        _ => t("not rated yet").to_string(),
    };
    view! {
        <li data-practice=practice.id>
            {practice_link(model, b.practice)}
            <span class="blocker-state">{format!(" ({})", tf("{level}; {state}", &[("level", at), ("state", &state)]))}</span>
        </li>
    }
}

/// The "why" and "to reach the next level" lists of one outcome. Built once; its parts follow
/// the outcome, so a list someone has opened stays open while they rate.
#[component]
pub fn LevelReasons(model: &'static Model, outcome: Memo<LevelOutcome>) -> impl IntoView {
    let why = move || {
        outcome.with(|o| {
            if !o.judged() {
                return view! {
                    <p class="why-none">
                        {t("No level can be judged: every practice here is marked Not applicable. Rate the ones that do apply.")}
                    </p>
                }
                .into_any();
            }
            if o.reached.is_none() {
                return view! { <p class="why-none">{t("Why: no level is reached yet.")}</p> }
                    .into_any();
            }
            if o.because.is_empty() {
                let start = model.levels.first().map_or("", |l| l.name);
                return view! {
                    <p class="why-none">
                        {tf(
                            "Why: {start} is where everyone starts; it needs no practices.",
                            &[("start", start)],
                        )}
                    </p>
                }
                .into_any();
            }
            ().into_any()
        })
    };
    let has_because = move || outcome.with(|o| o.reached.is_some() && !o.because.is_empty());
    let why_list = lazy_details(
        "why",
        move || {
            outcome.with(|o| {
                tn(
                    "Why: {n} practice in place | Why: {n} practices in place",
                    o.because.len(),
                )
            })
        },
        move || {
            outcome.with(|o| {
                view! {
                    <ul class="why-list">
                        {o.because
                            .iter()
                            .map(|&i| view! { <li>{practice_link(model, i)}</li> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            })
        },
    );
    let next_heading = move || {
        outcome.with(|o| match o.next_level.and_then(|n| model.levels.get(n)) {
            _ if !o.judged() => String::new(),
            None => t("There is no higher level to reach.").to_string(),
            Some(level) => tf("To reach {level}", &[("level", level.name)]),
        })
    };
    let next_list = move || {
        outcome.with(|o| {
            o.blockers
                .iter()
                .take(NEXT_SHOWN)
                .map(|b| blocker_item(model, b))
                .collect_view()
        })
    };
    let more = lazy_details(
        "next-more",
        move || {
            outcome.with(|o| {
                tn(
                    "{n} more | {n} more",
                    o.blockers.len().saturating_sub(NEXT_SHOWN),
                )
            })
        },
        move || {
            outcome.with(|o| {
                view! {
                    <ol class="next-list" start=(NEXT_SHOWN + 1).to_string()>
                        {o.blockers
                            .iter()
                            .skip(NEXT_SHOWN)
                            .map(|b| blocker_item(model, b))
                            .collect_view()}
                    </ol>
                }
                .into_any()
            })
        },
    );
    let has_more = move || outcome.with(|o| o.blockers.len() > NEXT_SHOWN);
    let excluded = move || {
        outcome.with(|o| {
            (o.excluded > 0).then(|| {
                tn(
                    "{n} practice marked Not applicable left out of the counts. | {n} practices marked Not applicable left out of the counts.",
                    o.excluded,
                )
            })
        })
    };
    view! {
        <div class="level-reasons">
            {why}
            <div class="why-wrap" class:hidden=move || !has_because()>{why_list}</div>
            <h4 class="next-heading">{next_heading}</h4>
            <ol class="next-list">{next_list}</ol>
            <div class="next-more-wrap" class:hidden=move || !has_more()>{more}</div>
            <p class="excluded">{excluded}</p>
        </div>
    }
}
