//! Workshop mode: each participant scores alone and sends back a share link; the facilitator
//! pastes the links onto a board, sees per-practice statistics and a "discuss first" list, and
//! agrees a consensus that is saved as the team's assessment.
//!
//! Everything here is pure: the board is a [`Workshop`] value, the statistics are computed from
//! it on demand, and the whole board travels as one link ([`encode_workshop`]) so that a
//! facilitator can move it to another browser or hand it over without a server. One file per
//! concern:
//!
//! - this file: the board itself, [`Workshop`] and [`Participant`];
//! - [`statistics`]: what the participants answered per practice, and the discuss-first order;
//! - [`consensus`]: the agreed answers as the team's assessment;
//! - [`pasting`]: adding participants from pasted links or files, and naming them;
//! - [`radar`]: the board's radar, every participant with the median over them;
//! - [`board_link`]: the whole board as a link (a public, versioned format);
//! - [`invite`]: the invitation link participants open;
//! - [`json`]: the board as a JSON file.

pub mod board_link;
pub mod consensus;
pub mod invite;
pub mod json;
pub mod pasting;
pub mod radar;
pub mod statistics;

pub use board_link::{decode_workshop, encode_workshop, MAX_BOARD_CHARS};
pub use consensus::{spread_note, team_assessment};
pub use invite::{invite_payload, read_invite, Invite};
pub use pasting::{add_links, add_participant, PastedLink};
pub use radar::workshop_radar;
pub use statistics::{
    discuss_first, median_words, points_text, practice_stats, suggested, PracticeStats,
};

use crate::core::assessment::Assessment;
use crate::core::model::{find_model, Model};
use crate::core::scoring::ScoringSettings;

/// One person's answers on the board.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// Stable within the board (`p1`, `p2`…), so that two windows on one board (the board and the
    /// presenter, say) can merge their changes participant by participant.
    pub id: String,
    pub name: String,
    /// The name the answers arrived under (empty when they came unnamed), kept whatever the
    /// board later calls them. With the ratings it tells one link pasted twice (refused) from
    /// two people who answered alike (both counted). `None` for participants from a board link
    /// or from a file written before Rungs kept it: their board name stands in.
    pub sent_as: Option<String>,
    /// Left out of the statistics and the radar, e.g. a late or mistaken link.
    pub hidden: bool,
    pub assessment: Assessment,
}

impl Participant {
    /// The name this participant's answers were sent under, as far as the board knows.
    pub fn sender(&self) -> &str {
        self.sent_as.as_deref().unwrap_or(&self.name)
    }
}

/// A workshop board: the participants' answers and the consensus agreed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    /// The workshop's identity, given when the board is started (empty on boards saved before
    /// Rungs had it). Invitations carry it, so that a participant's answers belong to the
    /// workshop they joined whatever its name; two windows only merge boards of the same id.
    pub id: String,
    pub name: String,
    /// Model ids, in the order the board shows them.
    pub models: Vec<String>,
    /// The rule the team's result is scored under, whatever each participant chose.
    pub settings: ScoringSettings,
    pub participants: Vec<Participant>,
    /// The consensus ratings so far (name = workshop name, settings = workshop settings). Its
    /// radar measure is what the board's radars show.
    pub agreed: Assessment,
}

impl Workshop {
    pub fn new(name: &str, models: &[&str], settings: ScoringSettings) -> Workshop {
        Workshop {
            id: String::new(),
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

    /// A participant id not used by any of `participants`: `p` and one more than the highest.
    pub fn next_participant_id(participants: &[Participant]) -> String {
        crate::core::ids::next_id('p', participants.iter().map(|p| p.id.as_str()))
    }

    /// Gives every participant without an id (from a board link, or a file written before
    /// participants had ids) the next free one, in board order.
    pub fn give_ids(&mut self) {
        for i in 0..self.participants.len() {
            let taken = |id: &str, me: usize| {
                self.participants
                    .iter()
                    .enumerate()
                    .any(|(j, p)| j != me && p.id == id)
            };
            if self.participants[i].id.is_empty() || taken(&self.participants[i].id, i) {
                let id = Workshop::next_participant_id(&self.participants);
                self.participants[i].id = id;
            }
        }
    }

    /// Keeps only the first of participants sent under the same name with the same rated answers
    /// (a result link pasted into a board link many times, say), and returns the names of those
    /// left out. Two people who answered alike are both kept, and so are participants with
    /// nothing rated: nothing tells them apart but their names.
    pub fn drop_repeats(&mut self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut dropped = Vec::new();
        let models = self.models.clone();
        self.participants.retain(|p| {
            // Every rated answer of the workshop's models, in order: model, practice, rating.
            let mut signature = String::new();
            for model in &models {
                for (id, rating) in p.assessment.rated(model) {
                    signature.push_str(model);
                    signature.push('\t');
                    signature.push_str(id);
                    signature.push('\t');
                    signature.push_str(rating.id());
                    signature.push('\n');
                }
            }
            if signature.is_empty() || seen.insert((signature, p.sender().to_string())) {
                true
            } else {
                dropped.push(p.name.clone());
                false
            }
        });
        dropped
    }

    /// The workshop's models that this Rungs knows, each once, in the workshop's order.
    pub(crate) fn known_models(&self) -> Vec<&'static Model> {
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
