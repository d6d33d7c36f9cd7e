//! The agreed answers as the team's assessment, each practice keeping how far apart people were.

use super::statistics::{median_words, points_text, practice_stats, PracticeStats};
use super::Workshop;
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf, tn};

/// The spread in words, kept as the note beside an agreed rating so that the team's assessment
/// remembers how far apart people were, e.g.
/// `Workshop: 12 answers, Not yet to Fully, median Partly–Largely (2.5), 1 Not applicable`, or
/// `Workshop: 4 answers, all Largely` when everyone agreed.
pub fn spread_note(stats: &PracticeStats) -> String {
    let na = stats.counts[5];
    let mut note = match stats.answers {
        0 => return t("Workshop: no answers").into(),
        n => tn("Workshop: {n} answer | Workshop: {n} answers", n),
    };
    match (stats.min, stats.max, stats.median) {
        (Some(min), Some(max), _) if min == max => {
            note.push_str(&tf(", all {rating}", &[("rating", min.label())]));
        }
        (Some(min), Some(max), Some(median)) => note.push_str(&tf(
            ", {min} to {max}, median {median} ({points})",
            &[
                ("min", min.label()),
                ("max", max.label()),
                ("median", &median_words(median)),
                ("points", &points_text(median)),
            ],
        )),
        _ => {}
    }
    if na > 0 {
        if na == stats.answers {
            note.push_str(t(", all Not applicable"));
        } else {
            note.push_str(&tf(", {n} Not applicable", &[("n", &na.to_string())]));
        }
    }
    note
}

/// The team's assessment: the agreed ratings, each with [`spread_note`] as its note (after the
/// facilitator's own note, if the agreed answer has one), named "<workshop name> (team)", under
/// the workshop's settings.
pub fn team_assessment(workshop: &Workshop) -> Assessment {
    let mut team = workshop.agreed.clone();
    team.name = tf("{name} (team)", &[("name", &workshop.name)]);
    team.settings = workshop.settings;
    for stats in practice_stats(workshop) {
        let (model, practice) = (stats.model.id, stats.practice.id);
        let Some(answer) = workshop.agreed.answer(model, practice) else {
            continue;
        };
        if answer.rating.is_none() {
            continue;
        }
        let spread = spread_note(&stats);
        let note = if answer.note.is_empty() {
            spread
        } else {
            format!("{}\n{spread}", answer.note)
        };
        team.set_note(model, practice, note);
    }
    team
}
