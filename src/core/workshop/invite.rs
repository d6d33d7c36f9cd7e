//! The invitation link participants open to start scoring.
//!
//! The payload of `#/join/<payload>` ([`invite_payload`]) is a plain version 1 share-link payload
//! of an unrated assessment carrying the workshop's name, settings and models: participants open
//! it to start scoring with the right models and rule.

use super::board_link::SEPARATOR;
use super::Workshop;
use crate::core::assessment::Assessment;
use crate::core::i18n::t;
use crate::core::link_codec::{decode, encode, LinkModel, LinkOptions};
use crate::core::scoring::ScoringSettings;

/// The payload of an invitation link, `#/join/<payload>`: a plain share-link payload of an
/// unrated assessment with the workshop's name, settings and models, which a participant opens
/// to start scoring.
pub fn invite_payload(workshop: &Workshop, table: &[LinkModel]) -> String {
    let models: Vec<&str> = workshop.models.iter().map(String::as_str).collect();
    let blank = Assessment {
        name: workshop.name.clone(),
        settings: workshop.settings,
        workshop: workshop.id.clone(),
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
    /// The workshop's identity; empty in invitations made before Rungs gave workshops one.
    pub id: String,
    pub name: String,
    pub models: Vec<String>,
    pub settings: ScoringSettings,
}

/// Reads an invitation payload made by [`invite_payload`]. Any share-link payload with at least
/// one model reads as an invitation to score those models.
pub fn read_invite(payload: &str, table: &[LinkModel]) -> Result<Invite, String> {
    if payload.contains(SEPARATOR) && payload.starts_with('W') {
        return Err(t(
            "This is a workshop board link, not an invitation: open it as a board instead.",
        )
        .into());
    }
    let decoded = decode(payload, table).map_err(|e| e.message())?;
    if !decoded.assessment.answers.is_empty() {
        return Err(t("This is a participant's result link, not an invitation: it holds someone's answers. Paste it on the workshop board, or ask the facilitator for the invitation.").into());
    }
    if decoded.models.is_empty() {
        return Err(t(
            "This invitation names no maturity model to score. Ask the facilitator for a new invitation.",
        )
        .into());
    }
    Ok(Invite {
        id: decoded.assessment.workshop,
        name: decoded.assessment.name,
        models: decoded.models,
        settings: decoded.assessment.settings,
    })
}
