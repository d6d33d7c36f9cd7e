//! A computed level with its reasons: why it was reached, and what blocks the next one.

use crate::model::Model;
use crate::route::Route;
use crate::scoring::LevelOutcome;
use leptos::prelude::*;

/// The name of the level reached, or what to say when none is.
pub fn level_name(model: &Model, outcome: &LevelOutcome) -> String {
    match outcome.reached.and_then(|r| model.levels.get(r)) {
        Some(level) => level.name.to_string(),
        None => format!(
            "Below {}",
            model.levels.first().map_or("the first level", |l| l.name)
        ),
    }
}

fn practice_link(model: &'static Model, index: usize) -> impl IntoView {
    let practice = &model.practices[index];
    let href = Route::Practice {
        model: model.id.into(),
        practice: practice.id.into(),
    }
    .to_fragment();
    view! { <a href=href>{practice.title}</a> }
}

/// The "why" and "to reach the next level" lists of one outcome.
#[component]
pub fn LevelReasons(model: &'static Model, outcome: LevelOutcome) -> impl IntoView {
    let because = if outcome.reached.is_none() {
        view! { <p class="why-none">"No level is reached yet."</p> }.into_any()
    } else if outcome.because.is_empty() {
        let start = model.levels.first().map_or("", |l| l.name);
        view! {
            <p class="why-none">{format!("{start} is where everyone starts: it needs no practices.")}</p>
        }
        .into_any()
    } else {
        view! {
            <ul class="why-list">
                {outcome
                    .because
                    .iter()
                    .map(|&i| view! { <li>{practice_link(model, i)}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let next = match outcome.next_level.and_then(|n| model.levels.get(n)) {
        None => view! { <p class="next-none">"There is no higher level to reach."</p> }.into_any(),
        Some(level) => view! {
            <h4>{format!("To reach {}", level.name)}</h4>
            <ol class="next-list">
                {outcome
                    .blockers
                    .iter()
                    .map(|b| {
                        let practice = &model.practices[b.practice];
                        let at = model.levels.get(practice.level).map_or("", |l| l.name);
                        let state = match (b.rating, b.steps_missing) {
                            (Some(r), Some(steps)) => format!(
                                "{}, {} step{} short",
                                r.label(),
                                steps,
                                if steps == 1 { "" } else { "s" }
                            ),
                            _ => "not rated yet".to_string(),
                        };
                        view! {
                            <li data-practice=practice.id>
                                {practice_link(model, b.practice)}
                                <span class="blocker-state">{format!(" ({at}; {state})")}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any(),
    };
    let excluded = (outcome.excluded > 0).then(|| {
        view! {
            <p class="excluded">
                {format!(
                    "{} practice{} marked Not applicable left out of the counts.",
                    outcome.excluded,
                    if outcome.excluded == 1 { "" } else { "s" }
                )}
            </p>
        }
    });
    view! {
        <div class="level-reasons">
            <h4>"Why"</h4>
            {because}
            {next}
            {excluded}
        </div>
    }
}
