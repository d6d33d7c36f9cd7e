//! The assessment's settings: level rule, threshold, required share, and what the radar shows.
//! The chosen rule is explained on screen in one sentence.

use crate::core::i18n::t;
use crate::core::scoring::{LevelRule, Rating};
use crate::keep::state::{is_read_only, use_app_state};
use crate::widgets::measure_choice::MeasureChoice;
use leptos::prelude::*;

/// The required share that `typed` sets: rounded to a whole percent and kept within what the
/// rule allows, 1 to 100; text that is no number at all keeps `current`.
///
/// ```
/// use rungs::assess::scoring_settings::applied_percent;
/// assert_eq!(applied_percent("-5", 80), 1);
/// assert_eq!(applied_percent("1000", 80), 100);
/// assert_eq!(applied_percent("50.5", 80), 51);
/// assert_eq!(applied_percent("", 80), 80);
/// assert_eq!(applied_percent("0", 80), 1);
/// ```
pub fn applied_percent(typed: &str, current: u8) -> u8 {
    // Read by hand rather than as a float: float parsing would add kilobytes to the wasm for
    // one box.
    let text = typed.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let is_number = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !is_number(whole) || !is_number(fraction) {
        return current;
    }
    if negative {
        return 1;
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 3 {
        return 100;
    }
    let value = whole.parse::<u16>().unwrap_or(0)
        + u16::from(fraction.bytes().next().is_some_and(|b| b >= b'5'));
    value.clamp(1, 100) as u8
}

#[component]
pub fn ScoringSettingsPanel() -> impl IntoView {
    let assessment = use_app_state().assessment;
    let settings = Memo::new(move |_| assessment.with(|a| a.settings));
    let measure = Memo::new(move |_| assessment.with(|a| a.radar_measure));
    view! {
        <section class="scoring-settings" aria-label=t("How levels are computed")>
            <fieldset class="settings-row" disabled=is_read_only()>
                <label>
                    {t("Level rule")}
                    " "
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
                    {t("Counts as in place from")}
                    " "
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
                        {t("Share needed per level (%)")}
                        " "
                        <input
                            id="required-percent"
                            type="number"
                            min="1"
                            max="100"
                            prop:value=move || settings.get().required_percent.to_string()
                            on:change=move |ev| {
                                let applied = applied_percent(
                                    &event_target_value(&ev),
                                    settings.get_untracked().required_percent,
                                );
                                assessment.update(|a| a.settings.required_percent = applied);
                                // The box shows what applies, whatever was typed (W4).
                                event_target::<web_sys::HtmlInputElement>(&ev)
                                    .set_value(&applied.to_string());
                            }
                        />
                    </label>
                })}
                <MeasureChoice
                    group="radar-measure"
                    measure=measure
                    on_choose=Callback::new(move |choice| assessment.update(|a| a.radar_measure = choice))
                />
            </fieldset>
            <p class="rule-explanation">{move || settings.get().explanation()}</p>
            <p class="meta">
                <a href="#/help">{t("How the rules work, with examples")}</a>
            </p>
        </section>
    }
}
