//! An assessment as CSV (one row per practice, for a spreadsheet) and as Markdown (a table per
//! category, for a wiki page or a pull request).
//!
//! Both cover the models the assessment has anything for (a rating, a target, a plan), in the
//! catalogue's order, or every model when it has nothing yet, so that the file is a blank form.
//! CSV is written by the `csv` crate (RFC 4180 quoting, CRLF line ends) after a UTF-8 byte order
//! mark, which spreadsheets need to read accents right. A cell that a spreadsheet would run as a
//! formula (text from a note starting with `=`, `+`, `-` or `@`) is written with a leading `'`,
//! the usual guard, because notes can come from anyone's shared link.

use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::model::{all_models, catalogue, Model};
use crate::core::plan::roadmap::practices_count;
use crate::core::plan::targets::resolve;
use crate::core::scoring::Rating;

/// The CSV header, in column order.
pub const CSV_COLUMNS: [&str; 11] = [
    "model",
    "category",
    "level",
    "practice id",
    "practice",
    "rating",
    "note",
    "target",
    "planned",
    "owner",
    "due",
];

/// The models an export covers (see the module documentation).
pub fn exported_models(assessment: &Assessment) -> Vec<&'static Model> {
    let used: Vec<&'static Model> = all_models()
        .into_iter()
        .filter(|m| {
            assessment.answers.contains_key(m.id)
                || assessment.targets.contains_key(m.id)
                || assessment.plans.contains_key(m.id)
        })
        .collect();
    if used.is_empty() {
        catalogue().iter().collect()
    } else {
        used
    }
}

/// A cell a spreadsheet reads as text, never as a formula.
fn guarded(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn rating_cell(rating: Option<Rating>) -> &'static str {
    rating.map_or("", Rating::label)
}

/// The whole assessment as CSV text (byte order mark first).
///
/// ```
/// use rungs::core::assessment::Assessment;
/// use rungs::core::plan::export::to_csv;
/// use rungs::core::scoring::Rating;
/// let mut a = Assessment::default();
/// a.set_rating("cmmi", "rdm", Some(Rating::Fully));
/// let csv = to_csv(&a).unwrap();
/// assert!(csv.starts_with("\u{feff}model,category,level,practice id,"));
/// assert!(csv.contains(",rdm,"));
/// ```
pub fn to_csv(assessment: &Assessment) -> Result<String, String> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| e.to_string();
    writer.write_record(CSV_COLUMNS).map_err(fail)?;
    for model in exported_models(assessment) {
        let target = resolve(model, assessment);
        for (index, practice) in model.practices.iter().enumerate() {
            let answer = assessment.answer(model.id, practice.id);
            let plan = assessment.planned(model.id, practice.id);
            let target_level = model
                .levels
                .get(target.for_practice(model, index))
                .map_or("", |l| l.name);
            let record = [
                model.name.to_string(),
                model
                    .categories
                    .get(practice.category)
                    .map_or_else(String::new, |c| c.name.to_string()),
                model
                    .levels
                    .get(practice.level)
                    .map_or_else(String::new, |l| l.name.to_string()),
                practice.id.to_string(),
                practice.title.to_string(),
                rating_cell(answer.and_then(|a| a.rating)).to_string(),
                guarded(answer.map_or("", |a| a.note.as_str())),
                target_level.to_string(),
                if plan.is_some() { "yes" } else { "" }.to_string(),
                guarded(plan.map_or("", |p| p.owner.as_str())),
                plan.map_or_else(String::new, |p| p.due.clone()),
            ];
            writer.write_record(&record).map_err(fail)?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    Ok(format!("\u{feff}{text}"))
}

/// Text for a Markdown table cell: pipes escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

/// The whole assessment as Markdown: a heading per model with its level and target, then a
/// table per category.
pub fn to_markdown(assessment: &Assessment) -> String {
    let mut out = format!("# {}\n\n", cell(&assessment.name));
    out.push_str(&tf(
        "Rule: {rule}",
        &[("rule", &assessment.settings.explanation())],
    ));
    out.push('\n');
    for model in exported_models(assessment) {
        let outcome = assessment.model_outcome(model);
        let target = resolve(model, assessment);
        let plan = crate::core::plan::roadmap::roadmap(model, assessment);
        let to_do = if plan.to_do == 0 {
            t("Nothing stands in the way of the target.").to_string()
        } else {
            tf(
                "{practices} to put in place.",
                &[("practices", &practices_count(plan.to_do))],
            )
        };
        let args = [
            ("level", outcome.level_name(model)),
            (
                "target",
                model
                    .levels
                    .get(target.level)
                    .map_or("", |l| l.name)
                    .to_string(),
            ),
            ("plan", to_do),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let summary = if target.chosen {
            tf(
                "Level reached: **{level}**. Target: **{target}**. {plan}",
                &args,
            )
        } else {
            tf(
                "Level reached: **{level}**. Target: **{target}** (the next level). {plan}",
                &args,
            )
        };
        out.push_str(&format!("\n## {}\n\n{summary}\n", model.name));
        for (c, category) in model.categories.iter().enumerate() {
            out.push_str(&format!(
                "\n### {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
                category.name,
                t("Level"),
                t("Practice"),
                t("Rating"),
                t("Note"),
                t("Planned")
            ));
            for practice in model.practices.iter().filter(|p| p.category == c) {
                let answer = assessment.answer(model.id, practice.id);
                let rating = answer.and_then(|a| a.rating);
                let mut note = answer.map_or(String::new(), |a| a.note.clone());
                if let Some(reason) = answer
                    .map(|a| a.na_reason.as_str())
                    .filter(|r| !r.is_empty())
                {
                    note = if note.is_empty() {
                        tf("Not applicable: {reason}", &[("reason", reason)])
                    } else {
                        tf(
                            "Not applicable: {reason}. {note}",
                            &[("reason", reason), ("note", &note)],
                        )
                    };
                }
                let planned =
                    assessment
                        .planned(model.id, practice.id)
                        .map_or(String::new(), |p| {
                            let mut words = vec![t("yes").to_string()];
                            if !p.owner.is_empty() {
                                words.push(p.owner.clone());
                            }
                            if !p.due.is_empty() {
                                words.push(tf("by {date}", &[("date", &p.due)]));
                            }
                            words.join(", ")
                        });
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    model.levels.get(practice.level).map_or("", |l| l.name),
                    cell(practice.title),
                    rating.map_or("—", Rating::label),
                    cell(&note),
                    cell(&planned)
                ));
            }
        }
    }
    out
}
