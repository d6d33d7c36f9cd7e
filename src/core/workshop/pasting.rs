//! Adding participants to the board from pasted result links or from files, with the checks and
//! naming that keep one person from being counted twice.

use super::{Participant, Workshop};
use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::link_codec::{decode, LinkModel, SHARED_NAME};
use crate::core::marked;
use crate::core::model::find_model;

/// The name an unnamed participant is added as, in English; shown translated.
const PARTICIPANT: &str = marked::t("Participant {n}");

/// What became of one pasted link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedLink {
    /// The token as pasted, shortened to 60 characters (ending in "…") for display.
    pub text: String,
    /// The participant's name as added, or the problem in plain words.
    pub outcome: Result<String, String>,
    /// Further copies of the same link in the same paste, skipped.
    pub copies_skipped: usize,
}

/// Longest token shown back to the facilitator, in characters.
const SHOWN_TOKEN_CHARS: usize = 60;

/// A pasted token as it is shown back (see [`PastedLink::text`]).
pub fn shorten(token: &str) -> String {
    match token.char_indices().nth(SHOWN_TOKEN_CHARS) {
        Some(_) => {
            let kept: String = token.chars().take(SHOWN_TOKEN_CHARS - 1).collect();
            format!("{kept}…")
        }
        None => token.to_string(),
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tf(
            "{first} and {last}",
            &[("first", &rest.join(", ")), ("last", last)],
        ),
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
    // Compared in step, without copying: a paste of fifty links compares every pair.
    models.iter().all(|model| a.rated(model).eq(b.rated(model)))
}

/// Is `name` the one `base` would be added as: `base` itself or `base (n)`? For unnamed links
/// (`base` empty) the names given are `Participant n`.
fn named_after(name: &str, base: &str) -> bool {
    let numbered = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    if base.is_empty() {
        // Names given in English before, or in the language of the interface.
        return [PARTICIPANT, t(PARTICIPANT)].iter().any(|template| {
            let (prefix, suffix) = template.split_once("{n}").unwrap_or((template, ""));
            name.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(numbered)
        });
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
/// follows; any other token is taken as a payload. Returns one entry per distinct token, in
/// order; a token that cannot be added does not stop the others, and copies of a token already
/// handled are counted in one entry rather than listed one by one.
///
/// Only the workshop's models' answers are kept. Answers already on the board (whatever name they
/// have there) are refused, so that pasting the same batch twice adds nothing; another person
/// with a name already in use is added as "<name> (2)", "(3)"…; a link without a name is added
/// as "Participant N".
pub fn add_links(workshop: &mut Workshop, text: &str, table: &[LinkModel]) -> Vec<PastedLink> {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut out: Vec<PastedLink> = Vec::new();
    let mut copies: Vec<usize> = Vec::new();
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|token| !token.is_empty())
    {
        if let Some(&first) = seen.get(token) {
            copies[first] += 1;
            continue;
        }
        seen.insert(token, out.len());
        copies.push(0);
        out.push(PastedLink {
            text: shorten(token),
            outcome: add_one(workshop, token, table),
            copies_skipped: 0,
        });
    }
    for (entry, extra) in out.iter_mut().zip(copies) {
        entry.copies_skipped = extra;
    }
    out
}

fn add_one(workshop: &mut Workshop, token: &str, table: &[LinkModel]) -> Result<String, String> {
    let payload =
        match token.find("#/s/") {
            Some(start) => &token[start + 4..],
            None if token.contains("#/join/") => {
                return Err(t(
                    "This is the workshop's invitation link, not a participant's result.",
                )
                .into())
            }
            None if token.contains("#/board/open/") => return Err(t(
                "This is a whole workshop's link: open it in the address bar instead of pasting it here.",
            )
            .into()),
            None if token.contains("#/") => {
                return Err(t("This is a link to Rungs, but not a participant's result link.").into())
            }
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
            t("no maturity model").to_string()
        } else {
            model_names(models)
        };
        let ours = if workshop.models.is_empty() {
            t("none").to_string()
        } else {
            model_names(&workshop.models)
        };
        return Err(tf(
            "These answers rate {rated}, not this workshop's {ours}.",
            &[("rated", &rated), ("ours", &ours)],
        ));
    }
    if !assessment.workshop.is_empty()
        && !workshop.id.is_empty()
        && assessment.workshop != workshop.id
    {
        return Err(t(
            "This result was made from another workshop's invitation, so it is not added here.",
        )
        .into());
    }
    assessment
        .answers
        .retain(|model, _| workshop.models.contains(model));

    let unnamed = assessment.name.trim().is_empty()
        || (assessment.name == SHARED_NAME || assessment.name == t(SHARED_NAME));
    let base = if unnamed {
        ""
    } else {
        assessment.name.as_str()
    };
    // A repeat is the same answers sent under the same name, whatever name it now has on the
    // board (a participant renamed, then their link pasted again). Two people who answered
    // alike are two participants. On boards that did not keep the name a participant was sent
    // under, the board name stands in.
    if let Some(twin) = workshop.participants.iter().find(|p| {
        same_ratings(&p.assessment, &assessment, &workshop.models)
            && match &p.sent_as {
                Some(sent_as) => sent_as == base,
                None => named_after(&p.name, base),
            }
    }) {
        return Err(tf(
            "These answers are already on the board, as {name}.",
            &[("name", &twin.name)],
        ));
    }

    let taken = |name: &str| workshop.participants.iter().any(|p| p.name == name);
    let name = if unnamed {
        (workshop.participants.len() + 1..)
            .map(|n| tf(PARTICIPANT, &[("n", &n.to_string())]))
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
    let sent_as = Some(base.to_string());
    assessment.name = name.clone();
    workshop.participants.push(Participant {
        id: Workshop::next_participant_id(&workshop.participants),
        name: name.clone(),
        sent_as,
        hidden: false,
        assessment,
    });
    Ok(name)
}
