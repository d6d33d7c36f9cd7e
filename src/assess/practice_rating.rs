//! One practice's rating control: a radio group named after the practice, usable with the
//! keyboard alone (Tab to the group, arrow keys to choose), with a note and, for Not applicable,
//! a reason.

use crate::core::i18n::t;
use crate::core::model::{Model, Practice};
use crate::core::route::Route;
use crate::core::scoring::Rating;
use crate::explore::model_texts::LongText;
use crate::keep::state::{is_read_only, use_app_state};
use crate::widgets::filled_matrix::rating_symbol;
use leptos::prelude::*;

#[component]
pub fn PracticeRating(model: &'static Model, practice: &'static Practice) -> impl IntoView {
    let state = use_app_state();
    let read_only = is_read_only();
    let assessment = state.assessment;
    // One memo per practice reads the assessment; everything else reads the memo, so a click
    // re-runs one cheap look-up per practice and re-renders only the practice that changed.
    let answer = Memo::new(move |_| assessment.with(|a| a.answer(model.id, practice.id).cloned()));
    let rating = Memo::new(move |_| answer.with(|a| a.as_ref().and_then(|x| x.rating)));
    let note = move || answer.with(|a| a.as_ref().map(|x| x.note.clone()).unwrap_or_default());
    let na_reason =
        move || answer.with(|a| a.as_ref().map(|x| x.na_reason.clone()).unwrap_or_default());
    let (open, set_open) = signal(false);
    // Stays true once opened, so closing and reopening does not build the text again.
    let opened = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    let group_name = format!("rate-{}-{}", model.id, practice.id);
    let level = model.levels.get(practice.level).map_or("", |l| l.name);
    let details_href = Route::Practice {
        model: model.id.into(),
        practice: practice.id.into(),
    }
    .to_fragment();

    let options = Rating::ALL
        .into_iter()
        .map(|r| {
            let name = group_name.clone();
            view! {
                <label class=format!("rating-option rating-{}", r.id()) class:na=r == Rating::NotApplicable>
                    <input
                        type="radio"
                        name=name
                        value=r.id()
                        disabled=read_only
                        prop:checked=move || rating.get() == Some(r)
                        on:change=move |_| {
                            assessment.update(|a| a.set_rating(model.id, practice.id, Some(r)))
                        }
                    />
                    <span class="scale-chip" aria-hidden="true" data-symbol=rating_symbol(Some(r))></span>
                    <span>{r.label()}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <fieldset
            class="practice-rating"
            role="radiogroup"
            aria-label=practice.title
            data-practice=practice.id
            class:unrated=move || rating.get().is_none()
        >
            <legend>
                <span class="practice-title">{practice.title}</span>
                <span class="practice-level">{level}</span>
                <span class="status">
                    {move || match rating.get() {
                        None => t("Unrated").to_string(),
                        Some(r) => r.label().to_string(),
                    }}
                </span>
            </legend>
            <div class="rating-options">{options}</div>
            {move || (rating.get() == Some(Rating::NotApplicable)).then(|| view! {
                <label class="na-reason">
                    {t("Why it does not apply (optional)")}
                    " "
                    <input
                        type="text"
                        readonly=read_only
                        prop:value=na_reason
                        // Saved as it is typed: a reload or a closed tab loses nothing.
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            assessment.update(|a| a.set_na_reason(model.id, practice.id, text));
                        }
                    />
                </label>
            })}
            <details class="practice-extra" on:toggle=move |ev| {
                set_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
            }>
                <summary>
                    {t("Note and description")}
                    {move || (!note().is_empty()).then(|| format!(" ({})", t("has a note")))}
                </summary>
                <div class="description">
                    // Built when first opened: the descriptions are fetched only if someone reads one.
                    {move || opened.get().then(|| view! {
                        <LongText model=model.id key=format!("practice:{}", practice.id) />
                    })}
                </div>
                <label class="note">
                    {t("Note")}
                    " "
                    <textarea
                        rows="2"
                        readonly=read_only
                        prop:value=note
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            assessment.update(|a| a.set_note(model.id, practice.id, text));
                        }
                    ></textarea>
                </label>
                <a href=details_href>{t("Open in the model matrix")}</a>
                <button
                    type="button"
                    class="link-button"
                    hidden=read_only
                    disabled=move || rating.get().is_none()
                    on:click=move |_| assessment.update(|a| a.set_rating(model.id, practice.id, None))
                >
                    {t("Clear rating")}
                </button>
            </details>
        </fieldset>
    }
}
