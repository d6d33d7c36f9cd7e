//! The choice of what a radar's axes show (level and progress, level reached, share in place),
//! as radio buttons: on the assessment page for the assessment, on the board for the board.

use crate::core::assessment::RadarMeasure;
use crate::core::i18n::t;
use leptos::prelude::*;

/// Radio buttons for the radar measures, in [`RadarMeasure::ALL`]'s order. `group` names the
/// radio group, so that two choices on one page never share one.
#[component]
pub fn MeasureChoice(
    group: &'static str,
    #[prop(into)] measure: Signal<RadarMeasure>,
    on_choose: Callback<RadarMeasure>,
) -> impl IntoView {
    view! {
        <fieldset class="measure" role="radiogroup" aria-label=t("The radar shows")>
            <legend>{t("The radar shows")}</legend>
            {RadarMeasure::ALL
                .into_iter()
                .map(|choice| {
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=group
                                value=choice.id()
                                prop:checked=move || measure.get() == choice
                                on:change=move |_| on_choose.run(choice)
                            />
                            {choice.label()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
