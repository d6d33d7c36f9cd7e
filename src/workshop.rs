//! Workshop mode: each participant scores alone and sends back a share link; the facilitator
//! pastes the links onto a board, sees per-practice statistics and a "discuss first" list, and
//! agrees a consensus that is saved as the team's assessment.
//!
//! Everything here is pure: the board is a [`Workshop`] value, the statistics are computed from
//! it on demand, and the whole board travels as one link ([`encode_workshop`]) so that a
//! facilitator can move it to another browser or hand it over without a server.
//!
//! # Board link format, version 1 (a public contract)
//!
//! Board links live on in chat histories and calendar invitations, so like
//! [`crate::link_codec`]'s format this one never changes meaning: a new layout gets a new version
//! prefix and a new decoder, and `W1` payloads keep decoding as described here.
//!
//! The payload of `#/board/open/<payload>` is
//!
//! ```text
//! W1~<agreed>~<participant 1>~<participant 2>…
//! ```
//!
//! - `W1` is the version. Any other `W` followed by digits is a newer format and is refused with
//!   a message saying so; anything else is not a board link.
//! - `<agreed>` is a [`crate::link_codec`] payload of the agreed ratings, with the workshop's name
//!   (always included), the workshop's scoring settings, the agreed radar measure, the notes and
//!   Not applicable reasons of the agreed answers, and one model section per workshop model, in
//!   the workshop's order. The codec writes a section even for a model with no ratings (slot
//!   count 0), so this section list *is* the workshop's model list.
//! - Each participant is a [`crate::link_codec`] payload of their assessment with the name and
//!   without notes, with a section for each workshop model in the same order, prefixed by `!`
//!   when the participant is hidden. Answers for other models do not travel and are dropped on
//!   decoding.
//! - `~` and `!` are outside the codec's alphabet, so they cannot clash with it. Some tools
//!   percent-encode them; `%7E` and `%21` are read as `~` and `!`.
//! - A board with no participants is `W1~<agreed>`.
//! - The whole payload is at most [`MAX_BOARD_CHARS`] characters; each segment obeys the codec's
//!   own limit.
//!
//! Model ids that the link table does not know do not travel (the codec skips them).
//!
//! # Invitation links
//!
//! The payload of `#/join/<payload>` ([`invite_payload`]) is a plain version 1 share-link payload
//! of an unrated assessment carrying the workshop's name, settings and models: participants open
//! it to start scoring with the right models and rule.

use crate::assessment::{Assessment, RadarMeasure};
use crate::comparison::category_outcomes;
use crate::link_codec::{decode, encode, LinkModel, LinkOptions};
use crate::model::{find_model, Model, Practice};
use crate::radar::{Radar, RadarSeries};
use crate::radar_data::{category_radar, SERIES_COLOURS};
use crate::scoring::{Rating, ScoringSettings};
use std::collections::BTreeMap;

/// Longest board payload accepted, in characters: fifty participants over every shipped model
/// need about a tenth of it. Checked before any decoding, so a hostile link costs nothing.
pub const MAX_BOARD_CHARS: usize = 200_000;

/// The name a share link without a name opens with (see [`crate::link_codec`]).
const SHARED_NAME: &str = "Shared assessment";

/// The label of the median polygon on [`workshop_radar`].
const MEDIAN_LABEL: &str = "Median";

/// One person's answers on the board.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub name: String,
    /// Left out of the statistics and the radar, e.g. a late or mistaken link.
    pub hidden: bool,
    pub assessment: Assessment,
}

/// A workshop board: the participants' answers and the consensus agreed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub name: String,
    /// Model ids, in the order the board shows them.
    pub models: Vec<String>,
    /// The rule the team's result is scored under, whatever each participant chose.
    pub settings: ScoringSettings,
    pub participants: Vec<Participant>,
    /// The consensus ratings so far (name = workshop name, settings = workshop settings).
    pub agreed: Assessment,
}

impl Workshop {
    pub fn new(name: &str, models: &[&str], settings: ScoringSettings) -> Workshop {
        Workshop {
            name: name.to_string(),
            models: models.iter().map(|m| m.to_string()).collect(),
            settings,
            participants: Vec::new(),
            agreed: Assessment {
                name: name.to_string(),
                settings,
                ..Assessment::default()
            },
        }
    }

    /// The participants that count: those not hidden, in board order.
    pub fn visible(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| !p.hidden)
    }

    /// The workshop's models that this Rungs knows, each once, in the workshop's order.
    fn known_models(&self) -> Vec<&'static Model> {
        let mut models: Vec<&'static Model> = Vec::new();
        for id in &self.models {
            if let Some(model) = find_model(id) {
                if !models.iter().any(|m| m.id == model.id) {
                    models.push(model);
                }
            }
        }
        models
    }
}

/// What the visible participants answered for one practice.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeStats {
    pub model: &'static Model,
    pub practice: &'static Practice,
    /// How many chose each rating, in [`Rating::ALL`]'s order.
    pub counts: [usize; 6],
    /// Visible participants with no rating.
    pub unrated: usize,
    /// Visible participants with a rating (Not applicable included).
    pub answers: usize,
    /// Median of the points (0 to 4) of the ratings other than Not applicable; the average of
    /// the two middle values when their number is even.
    pub median: Option<f64>,
    /// Lowest and highest rating other than Not applicable.
    pub min: Option<Rating>,
    pub max: Option<Rating>,
    /// `max` points minus `min` points (0 with fewer than two such ratings).
    pub spread: u8,
    /// Mean of |points − median| over the ratings other than Not applicable (0 when none).
    pub mean_deviation: f64,
    /// Some say Not applicable and some rate it: a disagreement about scope, worth discussing
    /// whatever the spread.
    pub split_on_applicability: bool,
}

/// Where `rating` sits in [`Rating::ALL`] (the enum's declaration order is that order).
fn slot_of(rating: Rating) -> usize {
    rating as usize
}

/// The rating worth `points` (0 to 4).
fn rating_at(points: usize) -> Option<Rating> {
    Rating::ALL
        .get(points)
        .copied()
        .filter(|r| r.points().is_some())
}

/// Statistics of one practice from its rating counts.
fn stats_from(
    model: &'static Model,
    practice: &'static Practice,
    counts: [usize; 6],
    participants: usize,
) -> PracticeStats {
    let scored: usize = counts[..5].iter().sum();
    let answers = scored + counts[5];
    // The `k`th smallest points value (from 0) among the scored answers.
    let kth = |k: usize| -> usize {
        let mut seen = 0;
        for (points, count) in counts[..5].iter().enumerate() {
            seen += count;
            if k < seen {
                return points;
            }
        }
        4
    };
    let median = (scored > 0).then(|| {
        if scored % 2 == 1 {
            kth(scored / 2) as f64
        } else {
            (kth(scored / 2 - 1) + kth(scored / 2)) as f64 / 2.0
        }
    });
    let lowest = counts[..5].iter().position(|&c| c > 0);
    let highest = counts[..5].iter().rposition(|&c| c > 0);
    let mean_deviation = match median {
        Some(m) => {
            let total: f64 = counts[..5]
                .iter()
                .enumerate()
                .map(|(points, &count)| count as f64 * (points as f64 - m).abs())
                .sum();
            total / scored as f64
        }
        None => 0.0,
    };
    PracticeStats {
        model,
        practice,
        counts,
        unrated: participants.saturating_sub(answers),
        answers,
        median,
        min: lowest.and_then(rating_at),
        max: highest.and_then(rating_at),
        spread: match (lowest, highest) {
            (Some(low), Some(high)) => (high - low) as u8,
            _ => 0,
        },
        mean_deviation,
        split_on_applicability: counts[5] > 0 && scored > 0,
    }
}

/// The statistics of every practice of every workshop model (unknown model ids skipped), in
/// model order then practice order, over the visible participants.
///
/// Each participant's ratings are looked up once per model ([`Assessment::ratings_for`]), so
/// the work grows with participants × practices and nothing more.
pub fn practice_stats(workshop: &Workshop) -> Vec<PracticeStats> {
    let participants = workshop.visible().count();
    let mut out = Vec::new();
    for model in workshop.known_models() {
        let mut counts = vec![[0usize; 6]; model.practices.len()];
        for participant in workshop.visible() {
            let ratings = participant.assessment.ratings_for(model);
            for (cell, rating) in counts.iter_mut().zip(ratings) {
                if let Some(rating) = rating {
                    cell[slot_of(rating)] += 1;
                }
            }
        }
        for (practice, counts) in model.practices.iter().zip(counts) {
            out.push(stats_from(model, practice, counts, participants));
        }
    }
    out
}

/// Practices ordered for discussion, most disagreement first: spread descending, then
/// split_on_applicability (true first), then mean_deviation descending, then the original
/// order (stable). Practices with fewer than 2 answers go last, in original order: with one
/// answer or none there is nothing to disagree about yet.
pub fn discuss_first(stats: &[PracticeStats]) -> Vec<usize> {
    let (mut order, rest): (Vec<usize>, Vec<usize>) =
        (0..stats.len()).partition(|&i| stats[i].answers >= 2);
    order.sort_by(|&a, &b| {
        let (x, y) = (&stats[a], &stats[b]);
        y.spread
            .cmp(&x.spread)
            .then(y.split_on_applicability.cmp(&x.split_on_applicability))
            .then(y.mean_deviation.total_cmp(&x.mean_deviation))
    });
    order.extend(rest);
    order
}

/// The rating to pre-fill as agreed: the median rounded down to a whole point (a conservative
/// team answer: a split between Partly and Largely is not yet Largely); Not applicable if every
/// answer is Not applicable; `None` if there are no answers. When both are present the median of
/// the other ratings wins: scope is for the discussion to settle.
pub fn suggested(stats: &PracticeStats) -> Option<Rating> {
    match stats.median {
        Some(median) => rating_at(median.max(0.0).floor() as usize),
        None if stats.answers > 0 => Some(Rating::NotApplicable),
        None => None,
    }
}

/// A median in points as text without float formatting (which would add kilobytes to the wasm):
/// medians are always whole or halves.
pub fn points_text(median: f64) -> String {
    let halves = (median * 2.0).round().max(0.0) as u64;
    if halves.is_multiple_of(2) {
        (halves / 2).to_string()
    } else {
        format!("{}.5", halves / 2)
    }
}

/// The median as a rating, or the two ratings it lies between.
pub fn median_words(median: f64) -> String {
    let low = rating_at(median.max(0.0).floor() as usize);
    let high = rating_at(median.max(0.0).ceil() as usize);
    match (low, high) {
        (Some(low), Some(high)) if low != high => format!("{}–{}", low.label(), high.label()),
        (Some(low), _) => low.label().to_string(),
        _ => String::new(),
    }
}

/// The spread in words, kept as the note beside an agreed rating so that the team's assessment
/// remembers how far apart people were, e.g.
/// `Workshop: 12 answers, Not yet to Fully, median Partly–Largely (2.5), 1 Not applicable`, or
/// `Workshop: 4 answers, all Largely` when everyone agreed.
pub fn spread_note(stats: &PracticeStats) -> String {
    let na = stats.counts[5];
    let mut note = match stats.answers {
        0 => return "Workshop: no answers".into(),
        1 => "Workshop: 1 answer".to_string(),
        n => format!("Workshop: {n} answers"),
    };
    match (stats.min, stats.max, stats.median) {
        (Some(min), Some(max), _) if min == max => {
            note.push_str(&format!(", all {}", min.label()));
        }
        (Some(min), Some(max), Some(median)) => note.push_str(&format!(
            ", {} to {}, median {} ({})",
            min.label(),
            max.label(),
            median_words(median),
            points_text(median)
        )),
        _ => {}
    }
    if na > 0 {
        if na == stats.answers {
            note.push_str(", all Not applicable");
        } else {
            note.push_str(&format!(", {na} Not applicable"));
        }
    }
    note
}

/// The team's assessment: the agreed ratings, each with [`spread_note`] as its note (after the
/// facilitator's own note, if the agreed answer has one), named "<workshop name> (team)", under
/// the workshop's settings.
pub fn team_assessment(workshop: &Workshop) -> Assessment {
    let mut team = workshop.agreed.clone();
    team.name = format!("{} (team)", workshop.name);
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

/// What became of one pasted link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedLink {
    /// The token as pasted, shortened to 60 characters (ending in "…") for display.
    pub text: String,
    /// The participant's name as added, or the problem in plain words.
    pub outcome: Result<String, String>,
}

/// Longest token shown back to the facilitator, in characters.
const SHOWN_TOKEN_CHARS: usize = 60;

fn shorten(token: &str) -> String {
    match token.char_indices().nth(SHOWN_TOKEN_CHARS) {
        Some(_) => {
            let kept: String = token.chars().take(SHOWN_TOKEN_CHARS - 1).collect();
            format!("{kept}…")
        }
        None => token.to_string(),
    }
}

/// "A", "A and B", "A, B and C".
fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Model names for messages (the id when this Rungs does not know the model).
fn model_names(ids: &[String]) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|id| find_model(id).map_or_else(|| id.clone(), |m| m.name.to_string()))
        .collect();
    join_words(&names)
}

/// Do `a` and `b` give the same ratings to the practices of `models`? Notes do not count.
fn same_ratings(a: &Assessment, b: &Assessment, models: &[String]) -> bool {
    models.iter().all(|model| {
        let rated = |x: &Assessment| {
            x.answers
                .get(model)
                .into_iter()
                .flatten()
                .filter_map(|(id, answer)| answer.rating.map(|r| (id.clone(), r)))
                .collect::<Vec<_>>()
        };
        rated(a) == rated(b)
    })
}

/// Is `name` the one `base` would be added as: `base` itself or `base (n)`? For unnamed links
/// (`base` empty) the names given are `Participant n`.
fn named_after(name: &str, base: &str) -> bool {
    let numbered = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    if base.is_empty() {
        return name.strip_prefix("Participant ").is_some_and(numbered);
    }
    name == base
        || name
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix(" ("))
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(numbered)
}

/// Adds the links pasted in `text` to the board: one or many links or bare payloads, separated
/// by whitespace, commas or newlines. A token containing `#/s/` is a link and its payload is what
/// follows; any other token is taken as a payload. Returns one entry per token, in order; a
/// token that cannot be added does not stop the others.
///
/// Only the workshop's models' answers are kept. A link equal to a participant already on the
/// board (same name, or that name numbered, and same ratings) is refused, so that pasting the
/// same batch twice adds nothing; another person with a name already in use is added as
/// "<name> (2)", "(3)"…; a link without a name is added as "Participant N".
pub fn add_links(workshop: &mut Workshop, text: &str, table: &[LinkModel]) -> Vec<PastedLink> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|token| !token.is_empty())
        .map(|token| PastedLink {
            text: shorten(token),
            outcome: add_one(workshop, token, table),
        })
        .collect()
}

fn add_one(workshop: &mut Workshop, token: &str, table: &[LinkModel]) -> Result<String, String> {
    let payload = match token.find("#/s/") {
        Some(start) => &token[start + 4..],
        None => token,
    };
    let decoded = decode(payload, table).map_err(|e| e.message())?;
    add_participant(workshop, decoded.assessment, &decoded.models)
}

/// Adds one participant's assessment, from a link or a file, that rates `models`: the checks and
/// naming of [`add_links`], so a result is treated alike however it arrives. Returns the name it
/// was added as, or the problem in plain words.
pub fn add_participant(
    workshop: &mut Workshop,
    mut assessment: Assessment,
    models: &[String],
) -> Result<String, String> {
    if !models.iter().any(|m| workshop.models.contains(m)) {
        let rated = if models.is_empty() {
            "no maturity model".to_string()
        } else {
            model_names(models)
        };
        let ours = if workshop.models.is_empty() {
            "none".to_string()
        } else {
            model_names(&workshop.models)
        };
        return Err(format!(
            "This link rates {rated}, not this workshop's {ours}."
        ));
    }
    assessment
        .answers
        .retain(|model, _| workshop.models.contains(model));

    let unnamed = assessment.name.trim().is_empty() || assessment.name == SHARED_NAME;
    let base = if unnamed {
        ""
    } else {
        assessment.name.as_str()
    };
    if let Some(twin) = workshop.participants.iter().find(|p| {
        named_after(&p.name, base) && same_ratings(&p.assessment, &assessment, &workshop.models)
    }) {
        return Err(format!("{} is already on the board.", twin.name));
    }

    let taken = |name: &str| workshop.participants.iter().any(|p| p.name == name);
    let name = if unnamed {
        (workshop.participants.len() + 1..)
            .map(|n| format!("Participant {n}"))
            .find(|name| !taken(name))
            .unwrap_or_default()
    } else if taken(base) {
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|name| !taken(name))
            .unwrap_or_default()
    } else {
        base.to_string()
    };
    assessment.name = name.clone();
    workshop.participants.push(Participant {
        name: name.clone(),
        hidden: false,
        assessment,
    });
    Ok(name)
}

/// A whole number of percent, by integer arithmetic (see [`points_text`]).
fn percent(value: f64) -> String {
    format!("{}%", (value * 100.0).round() as i64)
}

/// One radar over `model`'s categories: a polygon per visible participant, scored under the
/// workshop's settings, and a last polygon, "Median", of the participants' values axis by axis.
///
/// The axes measure what the first visible participant's radar measures (the level when there
/// is nobody). Participants' colours cycle through [`SERIES_COLOURS`] after the first, which is
/// kept for the median so that it reads as the team's line.
pub fn workshop_radar(model: &'static Model, workshop: &Workshop) -> Radar {
    let measure = workshop
        .visible()
        .next()
        .map_or(RadarMeasure::Level, |p| p.assessment.radar_measure);
    // category_radar reads only the name and the measure of the assessment it is given.
    let label = |name: &str| Assessment {
        name: name.to_string(),
        settings: workshop.settings,
        radar_measure: measure,
        answers: BTreeMap::new(),
    };
    let mut radar = category_radar(model, &[], &label(MEDIAN_LABEL));
    radar.series.clear();
    let others = SERIES_COLOURS.len() - 1;
    for (index, participant) in workshop.visible().enumerate() {
        let outcomes = category_outcomes(model, &participant.assessment, &workshop.settings);
        let one = category_radar(model, &outcomes, &label(&participant.name));
        for mut series in one.series {
            series.colour = SERIES_COLOURS[1 + index % others];
            radar.series.push(series);
        }
    }

    let names: Vec<String> = radar.series.iter().map(|s| s.label.clone()).collect();
    if !radar.series.is_empty() {
        let median = median_series(&radar.series, model.categories.len(), measure);
        let described: Vec<String> = model
            .categories
            .iter()
            .zip(&median.shown)
            .map(|(c, shown)| format!("{}: {shown}", c.name))
            .collect();
        radar.description = format!(
            "Radar over the categories of {}, one polygon each for {} and one for their median. \
             Median: {}.",
            model.name,
            join_words(&names),
            described.join(", ")
        );
        radar.series.push(median);
    } else {
        radar.description = format!(
            "Radar over the categories of {}. No participant is shown yet.",
            model.name
        );
    }
    radar.title = format!("{}: {}", model.name, workshop.name);
    radar
}

/// The median polygon of `series`, axis by axis. A value shared by the middle participants
/// shows as they show it; between two level values it shows both names ("Base–Beginner"); a
/// share shows as a percentage.
fn median_series(series: &[RadarSeries], axes: usize, measure: RadarMeasure) -> RadarSeries {
    let mut values = Vec::with_capacity(axes);
    let mut shown = Vec::with_capacity(axes);
    for axis in 0..axes {
        let mut column: Vec<(f64, String)> = series
            .iter()
            .map(|s| {
                (
                    s.values.get(axis).copied().unwrap_or(0.0),
                    s.shown_value(axis),
                )
            })
            .collect();
        column.sort_by(|a, b| a.0.total_cmp(&b.0));
        let n = column.len();
        let (Some(low), Some(high)) = (column.get((n.max(1) - 1) / 2), column.get(n / 2)) else {
            values.push(0.0);
            shown.push(String::new());
            continue;
        };
        let value = (low.0 + high.0) / 2.0;
        values.push(value);
        shown.push(match measure {
            _ if low.0 == high.0 => low.1.clone(),
            RadarMeasure::Share => percent(value),
            RadarMeasure::Level => format!("{}–{}", low.1, high.1),
        });
    }
    RadarSeries {
        label: MEDIAN_LABEL.into(),
        values,
        shown,
        colour: SERIES_COLOURS[0],
    }
}

const BOARD_PREFIX: &str = "W1";
const SEPARATOR: char = '~';
const HIDDEN: char = '!';

/// The board as a payload for the fragment `#/board/<payload>`; see the module documentation for
/// the format. Participants' notes do not travel; the agreed answers' notes do.
pub fn encode_workshop(workshop: &Workshop, table: &[LinkModel]) -> String {
    let models: Vec<&str> = workshop.models.iter().map(String::as_str).collect();
    let mut agreed = workshop.agreed.clone();
    agreed.name = workshop.name.clone();
    agreed.settings = workshop.settings;
    let mut out = String::from(BOARD_PREFIX);
    out.push(SEPARATOR);
    out.push_str(&encode(
        &agreed,
        &models,
        table,
        &LinkOptions {
            include_name: true,
            include_notes: true,
        },
    ));
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    for participant in &workshop.participants {
        out.push(SEPARATOR);
        if participant.hidden {
            out.push(HIDDEN);
        }
        let mut assessment = participant.assessment.clone();
        assessment.name = participant.name.clone();
        out.push_str(&encode(&assessment, &models, table, &options));
    }
    out
}

/// Reads a board payload made by [`encode_workshop`]. The error is a plain-words message.
pub fn decode_workshop(payload: &str, table: &[LinkModel]) -> Result<Workshop, String> {
    let chars = payload.chars().count();
    if chars > MAX_BOARD_CHARS {
        return Err(format!(
            "This workshop link is too long to open ({chars} characters, at most \
             {MAX_BOARD_CHARS})."
        ));
    }
    let payload = if payload.contains('%') {
        payload
            .replace("%7E", "~")
            .replace("%7e", "~")
            .replace("%21", "!")
    } else {
        payload.to_string()
    };
    if payload.is_empty() {
        return Err(
            "This workshop link has no workshop in it. Ask for the whole link again.".into(),
        );
    }
    let mut segments = payload.split(SEPARATOR);
    let version = segments.next().unwrap_or_default();
    if version != BOARD_PREFIX {
        let newer = version.strip_prefix('W').is_some_and(|n| {
            !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit())
        });
        return Err(if newer {
            "This workshop link was made in a format this version of Rungs does not know, \
             probably by a newer Rungs. Open it with the latest Rungs."
                .into()
        } else {
            "This is not a workshop link: it should start with \"W1~\". Ask for the whole link \
             again."
                .into()
        });
    }
    let Some(agreed) = segments.next() else {
        return Err("This workshop link is cut short: part of it is missing. \
                    Ask for the whole link again."
            .into());
    };
    let agreed = decode(agreed, table).map_err(|e| {
        format!(
            "The agreed ratings in this workshop link cannot be read: {}",
            e.message()
        )
    })?;
    let models = agreed.models;
    let mut agreed = agreed.assessment;
    let name = agreed.name.clone();
    let settings = agreed.settings;
    agreed.answers.retain(|model, _| models.contains(model));
    let mut participants = Vec::new();
    for (index, segment) in segments.enumerate() {
        let (hidden, segment) = match segment.strip_prefix(HIDDEN) {
            Some(rest) => (true, rest),
            None => (false, segment),
        };
        let mut assessment = decode(segment, table)
            .map_err(|e| {
                format!(
                    "Participant {} in this workshop link cannot be read: {}",
                    index + 1,
                    e.message()
                )
            })?
            .assessment;
        assessment.answers.retain(|model, _| models.contains(model));
        participants.push(Participant {
            name: assessment.name.clone(),
            hidden,
            assessment,
        });
    }
    Ok(Workshop {
        name,
        models,
        settings,
        participants,
        agreed,
    })
}

/// The payload of an invitation link, `#/join/<payload>`: a plain share-link payload of an
/// unrated assessment with the workshop's name, settings and models, which a participant opens
/// to start scoring.
pub fn invite_payload(workshop: &Workshop, table: &[LinkModel]) -> String {
    let models: Vec<&str> = workshop.models.iter().map(String::as_str).collect();
    let blank = Assessment {
        name: workshop.name.clone(),
        settings: workshop.settings,
        ..Assessment::default()
    };
    encode(
        &blank,
        &models,
        table,
        &LinkOptions {
            include_name: true,
            include_notes: false,
        },
    )
}

/// What an invitation asks a participant to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub name: String,
    pub models: Vec<String>,
    pub settings: ScoringSettings,
}

/// Reads an invitation payload made by [`invite_payload`]. Any share-link payload with at least
/// one model reads as an invitation to score those models.
pub fn read_invite(payload: &str, table: &[LinkModel]) -> Result<Invite, String> {
    if payload.contains(SEPARATOR) && payload.starts_with('W') {
        return Err(
            "This is a workshop board link, not an invitation: open it as a board instead.".into(),
        );
    }
    let decoded = decode(payload, table).map_err(|e| e.message())?;
    if decoded.models.is_empty() {
        return Err(
            "This invitation names no maturity model to score. Ask the facilitator for a new \
             invitation."
                .into(),
        );
    }
    Ok(Invite {
        name: decoded.assessment.name,
        models: decoded.models,
        settings: decoded.assessment.settings,
    })
}
