//! Choosing the target: a level for the whole model (by default the level above the one
//! reached), and optionally another for any category.

use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::plan::targets::{default_level, resolve};
use crate::keep::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TargetsPanel(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let target = Memo::new(move |_| assessment.with(|a| resolve(model, a)));
    let default_name = Memo::new(move |_| {
        assessment.with(|a| {
            let level = default_level(model, &a.model_outcome(model));
            model.levels.get(level).map_or("", |l| l.name)
        })
    });
    let level_options = move |selected: Memo<Option<&'static str>>| {
        model
            .levels
            .iter()
            .filter(|l| !l.needs_no_practices)
            .map(move |level| {
                view! {
                    <option value=level.id selected=move || selected.get() == Some(level.id)>
                        {level.name}
                    </option>
                }
            })
            .collect_view()
    };
    let chosen_model = Memo::new(move |_| {
        target.with(|r| {
            r.chosen
                .then(|| model.levels.get(r.level).map(|l| l.id))
                .flatten()
        })
    });
    let category_rows = model
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| {
            let chosen = Memo::new(move |_| {
                target.with(|r| {
                    r.category_chosen
                        .get(c)
                        .copied()
                        .unwrap_or(false)
                        .then(|| r.categories.get(c).and_then(|l| model.levels.get(*l)).map(|l| l.id))
                        .flatten()
                })
            });
            let model_level = move || target.with(|r| model.levels.get(r.level).map_or("", |l| l.name));
            view! {
                <tr data-category=category.id>
                    <th scope="row">{category.name}</th>
                    <td>
                        <select
                            class="category-target"
                            aria-label=tf("Target for {name}", &[("name", category.name)])
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                assessment.update(|a| {
                                    a.set_category_target(model.id, category.id, (!value.is_empty()).then_some(value))
                                });
                            }
                        >
                            <option value="" selected=move || chosen.get().is_none()>
                                {move || tf("Same as the model ({level})", &[("level", model_level())])}
                            </option>
                            {level_options(chosen)}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="targets-panel" aria-labelledby="targets-heading">
            <h2 id="targets-heading">{t("Target")}</h2>
            <p class="meta">
                {t("The level you aim for. The radar draws it dashed beside today's answers, the matrix marks what it still needs, and the roadmap lists those practices.")}
            </p>
            <label class="model-target">
                {tf("Target for {name}", &[("name", model.name)])}
                " "
                <select
                    class="model-target-select"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        assessment.update(|a| a.set_target_level(model.id, (!value.is_empty()).then_some(value)));
                    }
                >
                    <option value="" selected=move || chosen_model.get().is_none()>
                        {move || tf("The next level ({level})", &[("level", default_name.get())])}
                    </option>
                    {level_options(chosen_model)}
                </select>
            </label>
            <details class="category-targets">
                <summary>{t("A different target for some categories")}</summary>
                <table>
                    <caption class="visually-hidden">{t("Target per category")}</caption>
                    <tbody>{category_rows}</tbody>
                </table>
            </details>
        </section>
    }
}
