//! The whole board as a link, so that a facilitator can move it to another browser or hand it
//! over without a server.
//!
//! # Format, versions 1 and 2 (a public contract)
//!
//! Board links live on in chat histories and calendar invitations, so like
//! [`crate::core::link_codec`]'s format this one never changes meaning: a new layout gets a new
//! version prefix, and `W1` payloads keep decoding as described here. `W2` (what the encoder
//! writes) is `W1` with version 2 segments: each ends in check characters, so a damaged board
//! link says so, and the agreed segment carries the workshop's identity as its tag.
//!
//! The payload of `#/board/open/<payload>` is
//!
//! ```text
//! W2~<agreed>~<participant 1>~<participant 2>…
//! ```
//!
//! - `W1` (or `W2`) is the version. Any other `W` followed by digits is a newer format and is
//!   refused with a message saying so; anything else is not a board link.
//! - `<agreed>` is a [`crate::core::link_codec`] payload of the agreed ratings, with the workshop's name
//!   (always included), the workshop's scoring settings, the agreed radar measure, the notes and
//!   Not applicable reasons of the agreed answers, and one model section per workshop model, in
//!   the workshop's order. The codec writes a section even for a model with no ratings (slot
//!   count 0), so this section list *is* the workshop's model list.
//! - Each participant is a [`crate::core::link_codec`] payload of their assessment with the name and
//!   without notes, with a section for each workshop model in the same order, prefixed by `!`
//!   when the participant is hidden. Answers for other models do not travel and are dropped on
//!   decoding, and neither does the name a participant's answers were sent under (the board
//!   file keeps it): on a board opened from a link, the board name stands in for it.
//! - `~` and `!` are outside the codec's alphabet, so they cannot clash with it. Some tools
//!   percent-encode them; `%7E` and `%21` are read as `~` and `!`.
//! - A board with no participants is `W2~<agreed>`.
//! - The whole payload is at most [`MAX_BOARD_CHARS`] characters; each segment obeys the codec's
//!   own limit.
//!
//! Model ids that the link table does not know do not travel (the codec skips them).

use super::{Participant, Workshop};
use crate::core::i18n::{t, tf};
use crate::core::link_codec::{decode, encode, LinkModel, LinkOptions};

/// Longest board payload accepted, in characters: fifty participants over every shipped model
/// need about a tenth of it. Checked before any decoding, so a hostile link costs nothing.
pub const MAX_BOARD_CHARS: usize = 200_000;

/// The version the encoder writes: `W2`, whose segments are version 2 share-link payloads (each
/// with its check characters, the agreed one with the workshop's identity as its tag).
const BOARD_PREFIX: &str = "W2";

/// The versions the decoder reads.
const KNOWN_PREFIXES: [&str; 2] = ["W1", "W2"];
/// Separates the board link's segments; outside the share-link alphabet.
pub(crate) const SEPARATOR: char = '~';
const HIDDEN: char = '!';

/// The board as a payload for the fragment `#/board/<payload>`; see the module documentation for
/// the format. Participants' notes do not travel; the agreed answers' notes do.
pub fn encode_workshop(workshop: &Workshop, table: &[LinkModel]) -> String {
    let models: Vec<&str> = workshop.models.iter().map(String::as_str).collect();
    let mut agreed = workshop.agreed.clone();
    agreed.name = workshop.name.clone();
    agreed.settings = workshop.settings;
    agreed.workshop = workshop.id.clone();
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
        return Err(tf(
            "This workshop link is too long to open ({chars} characters, at most {max}).",
            &[
                ("chars", &chars.to_string()),
                ("max", &MAX_BOARD_CHARS.to_string()),
            ],
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
            t("This workshop link has no workshop in it. Ask for the whole link again.").into(),
        );
    }
    let mut segments = payload.split(SEPARATOR);
    let version = segments.next().unwrap_or_default();
    if !KNOWN_PREFIXES.contains(&version) {
        let newer = version.strip_prefix('W').is_some_and(|n| {
            !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit())
        });
        return Err(if newer {
            t("This workshop link was made in a format this version of Rungs does not know, probably by a newer Rungs. Open it with the latest Rungs.")
                .into()
        } else {
            t(r#"This is not a workshop link: it should start with "W2~". Ask for the whole link again."#)
                .into()
        });
    }
    let Some(agreed) = segments.next() else {
        return Err(t(
            "This workshop link is cut short: part of it is missing. Ask for the whole link again.",
        )
        .into());
    };
    let agreed = decode(agreed, table).map_err(|e| {
        tf(
            "The agreed ratings in this workshop link cannot be read: {problem}",
            &[("problem", &e.message())],
        )
    })?;
    let models = agreed.models;
    let mut agreed = agreed.assessment;
    let id = std::mem::take(&mut agreed.workshop);
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
                tf(
                    "Participant {n} in this workshop link cannot be read: {problem}",
                    &[("n", &(index + 1).to_string()), ("problem", &e.message())],
                )
            })?
            .assessment;
        assessment.answers.retain(|model, _| models.contains(model));
        participants.push(Participant {
            id: format!("p{}", index + 1),
            name: assessment.name.clone(),
            sent_as: None,
            hidden,
            assessment,
        });
    }
    Ok(Workshop {
        id,
        name,
        models,
        settings,
        participants,
        agreed,
    })
}
