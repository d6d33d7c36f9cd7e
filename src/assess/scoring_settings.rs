//! The assessment's settings: level rule, threshold, required share, and what the radar shows.
//! The chosen rule is explained on screen in one sentence.

use crate::core::assessment::RadarMeasure;
use crate::core::scoring::{LevelRule, Rating};
use crate::keep::state::{is_read_only, use_app_state};
use leptos::prelude::*;

#[component]
pub fn ScoringSettingsPanel() -> impl IntoView {
    let assessment = use_app_state().assessment;
    let settings = Memo::new(move |_| assessment.with(|a| a.settings));
    let measure = Memo::new(move |_| assessment.with(|a| a.radar_measure));
    view! {
        <section class="scoring-settings" aria-label="How levels are computed">
            <fieldset class="settings-row" disabled=is_read_only()>
                <label>
                    "Level rule "
                    <select
                        id="level-rule"
                        on:change=move |ev| {
                            if let Some(rule) = LevelRule::from_id(&event_target_value(&ev)) {
                                assessment.update(|a| a.settings.rule = rule);
                            }
                        }
                    >
                        {LevelRule::ALL
                            .into_iter()
                            .map(|rule| {
                                view! {
                                    <option value=rule.id() selected=move || settings.get().rule == rule>
                                        {rule.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    "Counts as in place from "
                    <select
                        id="threshold"
                        on:change=move |ev| {
                            if let Some(r) = Rating::from_id(&event_target_value(&ev)) {
                                assessment.update(|a| a.settings.threshold = r);
                            }
                        }
                    >
                        {Rating::THRESHOLDS
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <option value=r.id() selected=move || settings.get().threshold == r>
                                        {r.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {move || (settings.get().rule == LevelRule::Percentage).then(|| view! {
                    <label>
                        "Share needed per level (%) "
                        <input
                            id="required-percent"
                            type="number"
                            min="1"
                            max="100"
                            prop:value=move || settings.get().required_percent.to_string()
                            on:change=move |ev| {
                                if let Ok(p) = event_target_value(&ev).trim().parse::<u8>() {
                                    assessment.update(|a| a.settings.required_percent = p.clamp(1, 100));
                                }
                            }
                        />
                    </label>
                })}
                <fieldset class="measure" role="radiogroup" aria-label="The radar shows">
                    <legend>"The radar shows"</legend>
                    <label>
                        <input
                            type="radio"
                            name="radar-measure"
                            prop:checked=move || measure.get() == RadarMeasure::Level
                            on:change=move |_| assessment.update(|a| a.radar_measure = RadarMeasure::Level)
                        />
                        "Level reached"
                    </label>
                    <label>
                        <input
                            type="radio"
                            name="radar-measure"
                            prop:checked=move || measure.get() == RadarMeasure::Share
                            on:change=move |_| assessment.update(|a| a.radar_measure = RadarMeasure::Share)
                        />
                        "Share in place"
                    </label>
                </fieldset>
            </fieldset>
            <p class="rule-explanation">{move || settings.get().explanation()}</p>
            <p class="meta">
                <a href="#/help">"How the rules work, with examples"</a>
            </p>
        </section>
    }
}
