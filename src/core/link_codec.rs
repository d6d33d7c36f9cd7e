//! A whole assessment as a compact text for a share link's URL fragment.
//!
//! A share link carries the assessment itself, so that opening it needs no server. The text must
//! be short (people paste links into chats and QR codes), survive copying (only URL-safe
//! characters), and stay decodable forever: links live on in old messages long after the app
//! has changed. So the format below is a public contract. A new layout gets a new version
//! character and a new decoder; version 1 links keep decoding as described here.
//!
//! # Format, version 1
//!
//! The payload is text over the base64url alphabet `A-Z a-z 0-9 - _` (values 0 to 63, in that
//! order) plus at most one `.`. No padding, no `#`, no prefix. Each character of the *head*
//! carries one 6-bit value; a 12-bit number takes two characters, high 6 bits first.
//!
//! The head:
//!
//! 1. 1 char: the version, value 1 (`B`).
//! 2. 2 chars, 12 bits, from the highest bit down: bits 11–10 the rule, as an index into
//!    [`LevelRule::ALL`] (3 is invalid); bits 9–8 the threshold, as an index into
//!    [`Rating::THRESHOLDS`]; bit 7 the radar measure (0 level, 1 share); bits 6–0 the required
//!    percentage, 0 to 100.
//! 3. 1 char: the number of model sections, 0 to 63.
//! 4. Each model section:
//!    - 1 char: the model's link code ([`LinkModel::code`]);
//!    - 2 chars: the slot count *n*, 0 to 4095: how many of the model's link slots follow;
//!    - ceil(*n*/2) chars, each holding the ratings of two consecutive slots as `a + 7*b`
//!      (`a` the first of the pair, `b` the second), where 0 is unrated and 1 to 6 is the index
//!      in [`Rating::ALL`] plus 1. Values 49 to 63 are invalid. When *n* is odd, the last
//!      character has `b = 0`.
//!
//! The head ends after the last section. Then comes either the end of the payload, or `.`
//! followed by a non-empty *text section*: a byte string in base64url without padding (bytes
//! packed high bit first, 6 bits per character, the unused low bits of the last character zero;
//! decoders ignore leftover bits). The byte string is:
//!
//! - varint flags: bit 0 set when the name is present (other bits invalid in version 1);
//! - if the name is present: varint byte length, then the name in UTF-8;
//! - varint number of note records, then each record: varint section (the position of the model
//!   section in the link, from 0), varint slot (index into that model's link slots), one byte
//!   kind (0 note, 1 reason for Not applicable), varint byte length, the text in UTF-8.
//!
//! Nothing may follow the last record. Varints are unsigned LEB128 of at most 4 bytes.
//!
//! # Format, version 2 (what the encoder writes)
//!
//! Version 1 with these changes, so that a damaged link says so, a workshop's links carry the
//! workshop's identity, and the radar's third measure and the targets travel:
//!
//! 1. The first character is value 2 (`C`). The settings take 3 characters, 18 bits from the
//!    highest down: the rule (2 bits), the threshold (2), the radar measure (2: 0 level reached,
//!    1 share in place, 2 level and progress; 3 is invalid), the required percentage (7 bits,
//!    1 to 100), and 5 bits that must be 0.
//! 2. The head and the text section are otherwise version 1's. The text section's flags may
//!    also have bit 1 set: a *workshop tag* follows the name (or
//!    the flags, without a name) as varint byte length and UTF-8 text. Invitations and a
//!    participant's results carry the workshop's identity in it ([`Assessment::workshop`]).
//!    And they may have bit 2 set: a *targets block* ([`Assessment::targets`]) follows the name
//!    and the workshop tag (those of them that are present), before the note records:
//!    - varint number of target records, at least 1;
//!    - each record: varint section (the position of the model section in the link, from 0),
//!      varint model level plus 1 (0: no target for the whole model, the default applies),
//!      varint number of category entries, then each entry: varint category, varint level.
//!
//!    Levels and categories are positions, from 0, in the model's level and category lists
//!    ([`LinkModel::levels`], [`LinkModel::categories`]). The encoder writes the block only
//!    when some model in the link has a target with a level or category the model knows, one
//!    record per such model in section order, with the category entries in category order. It
//!    leaves out what the model does not know: a model level not in its list, and a category
//!    entry whose category or level is not in its lists. A record carries a model level, a
//!    category entry, or both.
//!
//!    And they may have bit 3 set: a *model names block* follows the flags at once (before the
//!    name), naming the models people imported, which have no fixed code. Such a model's section
//!    in the head has a code from [`FIRST_NAMED_CODE`] (32) up, given by the sender for this
//!    link only, and every such section has an entry in the block; a section with a lower code
//!    has none. The block is:
//!    - varint number of entries, 1 to 63;
//!    - each entry, in rising section order: varint section (its position in the head, from 0),
//!      the model's id and its version (each as varint byte length and UTF-8 text), its
//!      fingerprint as 8 bytes (high byte first), varint slot count *n*, then *n* two-byte
//!      [`slot_hash`]es (high byte first) of the sender's slots, in slot order.
//!
//!    A receiver with the same model (same id and fingerprint) reads the section slot by slot.
//!    With another version of it, each slot goes to the practice whose id has the same hash, or
//!    is unknown when no practice or more than one has it; the targets of such a section are
//!    dropped (its level and category positions may differ), and the link opens with
//!    [`LinkWarning::OtherVersion`]. Without the model at all the link is refused with
//!    [`LinkError::MissingModel`], which names what to add.
//! 3. Two *check characters* end the payload, after the text section if there is one: the 12-bit
//!    [`check`] of every character before them, high 6 bits first. Any one changed character,
//!    and any swap of two neighbouring ones, is caught for certain (a dropped or added character
//!    but for one chance in 4093), and the link is refused as damaged instead of opening as a
//!    different assessment.
//!
//! # Decoding
//!
//! Checked in this order: more than [`MAX_PAYLOAD_CHARS`] characters; empty; the first
//! character (outside the alphabet, `.`, or a version other than 1 or 2); then every character;
//! for version 2, the check characters; then the head and the text section in reading order.
//! Settings outside what the settings box allows are refused, except a version 1 link's required
//! share of 0%, which opens as 1% (see `settings_from`). The decoder is strict: running out of
//! head is [`LinkError::Truncated`], and anything the encoder never writes (a rating value
//! above 48, a second rating in the last character of an odd count, head characters after the
//! last section, unknown flags or kinds, bytes after the last record) is an error. Only the
//! leftover bits of the text section's last character are ignored. Later records for the same
//! slot and kind replace earlier ones.
//!
//! A targets block that is not exactly what the encoder writes is [`LinkError::BadTargets`]:
//! no records, a section out of range or not after the previous record's, a level or category
//! out of the model's lists, a category not after the previous entry's (so also a repeated
//! one), a record with neither a model level nor a category entry, or a block cut short.
//!
//! # Slots, not practices
//!
//! A model's practices are addressed by *slot*: their position in the model's link-slot list,
//! which only ever grows at the end and keeps retired ids. A link made before practices were
//! added therefore has fewer slots, and the newer practices open unrated; a link made by a newer
//! Rungs may have more slots than this one knows, and those are skipped with a warning.
//!
//! # What travels
//!
//! The settings, the radar measure, the workshop tag, and for each chosen model the ratings of
//! its link slots and its target (whatever the options: like the settings, targets are part of
//! what the assessment says); with [`LinkOptions::include_name`] the name, with
//! [`LinkOptions::include_notes`] the notes and Not applicable reasons of those slots. Answers
//! under ids that are not in a model's slot list do not travel, nor do targets of models left
//! out of the link or target levels and categories the model's lists do not hold; a link
//! carries at most 63 models and 4095 slots per model. A link without the name opens as
//! "Shared assessment". An opened link's targets are keyed by model, category and level ids,
//! like the assessment's own.
//!
//! The encoder does not limit the payload's length; callers compare it with
//! [`MAX_PAYLOAD_CHARS`], which the decoder enforces, and offer to leave notes out.

use crate::core::assessment::{Assessment, RadarMeasure};
use crate::core::i18n::{t, tf, tnf};
use crate::core::marked;
use crate::core::plan::Target;
use crate::core::scoring::{LevelRule, Rating, ScoringSettings};
use std::collections::BTreeMap;

/// What the codec needs to know of one model: its id, its fixed one-byte link code, its
/// practice ids in link-slot order (append-only forever; may include retired ids that are no
/// longer practices), and its level and category ids in the model's order, by whose positions
/// a link names targets (so, like the slots, these lists may only grow at the end, or links
/// already sent would open with other targets).
///
/// Codes are 0 to 63 and unique across models; a model with a larger code cannot travel.
/// Shipped models have fixed codes below [`FIRST_NAMED_CODE`]; a model people imported has a
/// code from there up, given by whoever builds the table, and an [`identity`](Self::identity)
/// that the link names it by instead.
#[derive(Debug, Clone, Copy)]
pub struct LinkModel<'a> {
    pub id: &'a str,
    pub code: u8,
    pub slots: &'a [&'a str],
    /// Level ids, lowest first.
    pub levels: &'a [&'a str],
    pub categories: &'a [&'a str],
    /// For a model that is not shipped: what the link names it by.
    pub identity: Option<LinkIdentity<'a>>,
}

/// How a link names a model people imported: the receiver may have another version of it, or
/// none, so the code alone would not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkIdentity<'a> {
    pub version: &'a str,
    /// [`crate::core::own_model::fingerprint::fingerprint`] of the model's structure.
    pub fingerprint: u64,
}

/// Codes from this one up name models by a *model names block* (see the module documentation);
/// shipped models' codes stay below it.
pub const FIRST_NAMED_CODE: u8 = 32;

/// What the person chose to share besides the ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkOptions {
    pub include_name: bool,
    pub include_notes: bool,
}

/// The format version the encoder writes.
pub const LINK_VERSION: u8 = 2;

/// Longer payloads are rejected before decoding, so that a hostile link cannot make the app
/// do much work or allocate much memory.
pub const MAX_PAYLOAD_CHARS: usize = 16_000;

/// The name a link without a name opens with (in English; translated as the link opens).
pub const SHARED_NAME: &str = marked::t("Shared assessment");

/// The most slots a model section can carry (12 bits).
const MAX_SLOTS: usize = 4095;

/// The most model sections a link can carry (one character).
const MAX_SECTIONS: usize = 63;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// An opened link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedLink {
    pub assessment: Assessment,
    /// The ids of the models in the link, in link order.
    pub models: Vec<String>,
    pub warnings: Vec<LinkWarning>,
}

/// Why a link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    TooLong {
        chars: usize,
    },
    /// `position` counts characters from 0.
    NotBase64 {
        position: usize,
        character: char,
    },
    UnknownVersion {
        version: u32,
    },
    Truncated,
    UnknownModel {
        code: u8,
    },
    BadSettings,
    BadText,
    DuplicateModel {
        code: u8,
    },
    /// A rating character outside the scale; `position` counts characters from 0.
    BadRating {
        position: usize,
    },
    /// Characters after the last model section that are not a text section.
    TrailingCharacters {
        position: usize,
    },
    /// The check characters do not match: a character was changed on the way.
    Damaged,
    /// The targets block is not one the encoder writes.
    BadTargets,
    /// The link rates a model people imported that this browser does not have.
    MissingModel {
        id: String,
        version: String,
        fingerprint: u64,
    },
}

impl LinkError {
    /// What went wrong, for someone who has never seen the format.
    pub fn message(&self) -> String {
        match self {
            LinkError::Empty => {
                t("This link has no assessment in it. Ask for the whole link again.").into()
            }
            LinkError::TooLong { chars } => tf(
                "This link is too long to open ({chars} characters, at most {max}). Ask for a link without notes.",
                &[
                    ("chars", &chars.to_string()),
                    ("max", &MAX_PAYLOAD_CHARS.to_string()),
                ],
            ),
            LinkError::NotBase64 {
                position,
                character,
            } => tf(
                "This link contains a character that does not belong in it ({character} at position {position}); it may have been changed while being copied. Ask for the link again.",
                &[
                    ("character", &format!("{character:?}")),
                    ("position", &(position + 1).to_string()),
                ],
            ),
            // Versions come in order: a low number past ours is a newer Rungs; anything else
            // never was a Rungs link.
            LinkError::UnknownVersion {
                version: (3..=15),
            } => t("This link was made in a format this version of Rungs does not know, probably by a newer Rungs. Open it with the latest Rungs.")
                .into(),
            LinkError::UnknownVersion { .. } => t("This is not a Rungs share link: it does not start the way they do. Check that the whole link was copied, or ask for it again.")
                .into(),
            LinkError::Truncated => {
                t("This link is cut short: part of it is missing. Ask for the whole link again.")
                    .into()
            }
            LinkError::UnknownModel { .. } => t("This link contains a maturity model this version of Rungs does not know, probably added by a newer Rungs. Open it with the latest Rungs.")
                .into(),
            LinkError::BadSettings => {
                t("The scoring settings in this link are damaged. Ask for the link again.").into()
            }
            LinkError::BadText => t("The name or notes in this link are damaged or cut short. Ask for the whole link again.")
                .into(),
            LinkError::DuplicateModel { .. } => t("This link lists the same maturity model twice, so it is damaged. Ask for the link again.")
                .into(),
            LinkError::BadRating { .. } => t("This link contains a rating that is not on the scale, so it is damaged. Ask for the link again.")
                .into(),
            LinkError::TrailingCharacters { .. } => t("This link has extra characters at its end, so it may be damaged. Ask for the link again.")
                .into(),
            LinkError::Damaged => t("This link is damaged: a character in it was changed or lost on the way, so it would open as a different assessment. Ask for the link again, or copy it whole.")
                .into(),
            LinkError::BadTargets => {
                t("The target levels in this link are damaged. Ask for the link again.").into()
            }
            LinkError::MissingModel { id, version, .. } => tf(
                "This link is an assessment of a model of its author's own, “{id}” (version {version}), which has not been added to Rungs in this browser. Open the model's link, or add its file, then open this link again.",
                &[("id", id), ("version", version)],
            ),
        }
    }
}

/// Something worth telling about a link that did open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkWarning {
    /// The name or a note looks like HTML or script.
    Markup,
    /// The link rates practices of `model` beyond the ones this Rungs knows.
    UnknownPractices { model: String, count: usize },
    /// The link was made with another version of an imported model: `missing` of the
    /// practices it rates or notes are not in the version here, and were skipped.
    OtherVersion {
        model: String,
        link_version: String,
        your_version: String,
        missing: usize,
    },
}

impl LinkWarning {
    pub fn message(&self) -> String {
        match self {
            LinkWarning::Markup => t("The name or notes in this link contain HTML markup or script; Rungs shows them as plain text and never runs them.")
                .into(),
            LinkWarning::UnknownPractices { model, count } => tnf(
                "The link rates {n} practice of {model} that this version of Rungs does not know (it was made by a newer Rungs); they were skipped. | The link rates {n} practices of {model} that this version of Rungs does not know (it was made by a newer Rungs); they were skipped.",
                *count,
                &[("model", model)],
            ),
            LinkWarning::OtherVersion {
                model,
                link_version,
                your_version,
                missing,
            } => {
                let differ = if link_version == your_version {
                    tf(
                        "a different edition of {model} version {version}",
                        &[("model", model), ("version", your_version)],
                    )
                } else {
                    tf(
                        "{model} version {link_version}; you have version {your_version}",
                        &[
                            ("model", model),
                            ("link_version", link_version),
                            ("your_version", your_version),
                        ],
                    )
                };
                match missing {
                    0 => tf(
                        "This link was made with {differ}. Every practice it rates is in yours.",
                        &[("differ", &differ)],
                    ),
                    n => tnf(
                        "This link was made with {differ}. {n} practice it rates is not in yours and was skipped. | This link was made with {differ}. {n} practices it rates are not in yours and were skipped.",
                        *n,
                        &[("differ", &differ)],
                    ),
                }
            }
        }
    }
}

/// The fewest characters any encoding needs for the ratings of `practices` practices, each one
/// of 7 states: `ceil(practices * log2(7) / 6)`. For comparing the format with the bound.
pub fn minimum_chars(practices: usize) -> usize {
    (practices as f64 * 7f64.log2() / 6.0).ceil() as usize
}

/// Encodes `assessment` for the given models (by id, in this order; ids absent from `table`,
/// repeated models, models with a code above 63 and models past the 63rd are skipped).
///
/// Returns the payload only: base64url characters plus at most one `.`. Trailing unrated slots
/// are left out of each section (decoding leaves missing slots unrated), and the text section
/// only appears when it carries something.
pub fn encode(
    assessment: &Assessment,
    models: &[&str],
    table: &[LinkModel],
    options: &LinkOptions,
) -> String {
    let mut chosen: Vec<&LinkModel> = Vec::new();
    for id in models {
        // A code from FIRST_NAMED_CODE up travels with the model's identity, and only with it.
        let travels =
            |m: &LinkModel| m.code < 64 && (m.code >= FIRST_NAMED_CODE) == m.identity.is_some();
        if let Some(model) = table.iter().find(|m| m.id == *id && travels(m)) {
            if chosen.len() < MAX_SECTIONS && !chosen.iter().any(|c| c.code == model.code) {
                chosen.push(model);
            }
        }
    }

    let mut out = String::new();
    push_char(&mut out, LINK_VERSION.into());
    push_18(
        &mut out,
        settings_bits(&assessment.settings, assessment.radar_measure),
    );
    push_char(&mut out, chosen.len() as u32);
    for model in &chosen {
        push_char(&mut out, model.code.into());
        let codes: Vec<u32> = model
            .slots
            .iter()
            .take(MAX_SLOTS)
            .map(|slot| rating_code(assessment.rating(model.id, slot)))
            .collect();
        let count = codes
            .iter()
            .rposition(|&c| c != 0)
            .map_or(0, |last| last + 1);
        push_12(&mut out, count as u32);
        for pair in codes.get(..count).unwrap_or_default().chunks(2) {
            let second = pair.get(1).copied().unwrap_or(0);
            push_char(&mut out, pair.first().copied().unwrap_or(0) + 7 * second);
        }
    }

    let mut records = Vec::new();
    let mut record_count = 0;
    if options.include_notes {
        for (section, model) in chosen.iter().enumerate() {
            for (slot, id) in model.slots.iter().take(MAX_SLOTS).enumerate() {
                let Some(answer) = assessment.answer(model.id, id) else {
                    continue;
                };
                for (kind, text) in [(0, &answer.note), (1, &answer.na_reason)] {
                    if !text.is_empty() {
                        put_varint(&mut records, section);
                        put_varint(&mut records, slot);
                        records.push(kind);
                        put_text(&mut records, text);
                        record_count += 1;
                    }
                }
            }
        }
    }
    let tagged = !assessment.workshop.is_empty();
    let targets = target_records(assessment, &chosen);
    let named: Vec<(usize, &LinkModel, LinkIdentity)> = chosen
        .iter()
        .enumerate()
        .filter_map(|(section, m)| m.identity.map(|identity| (section, *m, identity)))
        .collect();
    if options.include_name
        || record_count > 0
        || tagged
        || !targets.is_empty()
        || !named.is_empty()
    {
        let mut bytes = Vec::new();
        put_varint(
            &mut bytes,
            usize::from(options.include_name)
                | usize::from(tagged) << 1
                | usize::from(!targets.is_empty()) << 2
                | usize::from(!named.is_empty()) << 3,
        );
        if !named.is_empty() {
            put_varint(&mut bytes, named.len());
            for (section, model, identity) in &named {
                put_varint(&mut bytes, *section);
                put_text(&mut bytes, model.id);
                put_text(&mut bytes, identity.version);
                bytes.extend_from_slice(&identity.fingerprint.to_be_bytes());
                let slots = &model.slots[..model.slots.len().min(MAX_SLOTS)];
                put_varint(&mut bytes, slots.len());
                for slot in slots {
                    bytes.extend_from_slice(&slot_hash(slot).to_be_bytes());
                }
            }
        }
        if options.include_name {
            put_text(&mut bytes, &assessment.name);
        }
        if tagged {
            put_text(&mut bytes, &assessment.workshop);
        }
        if !targets.is_empty() {
            put_varint(&mut bytes, targets.len());
            for record in &targets {
                put_varint(&mut bytes, record.section);
                put_varint(&mut bytes, record.level);
                put_varint(&mut bytes, record.categories.len());
                for &(category, level) in &record.categories {
                    put_varint(&mut bytes, category);
                    put_varint(&mut bytes, level);
                }
            }
        }
        put_varint(&mut bytes, record_count);
        bytes.extend_from_slice(&records);
        out.push('.');
        pack(&bytes, &mut out);
    }
    let sum = check(&out);
    push_12(&mut out, u32::from(sum));
    out
}

/// One record of a targets block, as positions: see the module documentation.
struct TargetRecord {
    section: usize,
    /// The model's level plus 1; 0 for none.
    level: usize,
    /// (category, level), in category order.
    categories: Vec<(usize, usize)>,
}

/// One target record per section whose model's target names a level or category the model
/// knows. Ids the model does not know are left out.
fn target_records(assessment: &Assessment, chosen: &[&LinkModel]) -> Vec<TargetRecord> {
    let mut records = Vec::new();
    for (section, model) in chosen.iter().enumerate() {
        let Some(target) = assessment.targets.get(model.id) else {
            continue;
        };
        let level_of = |id: &str| model.levels.iter().position(|l| *l == id);
        let level = target
            .level
            .as_deref()
            .and_then(level_of)
            .map_or(0, |i| i + 1);
        let mut categories: Vec<(usize, usize)> = target
            .categories
            .iter()
            .filter_map(|(category, level)| {
                let category = model.categories.iter().position(|c| c == category)?;
                Some((category, level_of(level)?))
            })
            .collect();
        categories.sort_unstable();
        if level > 0 || !categories.is_empty() {
            records.push(TargetRecord {
                section,
                level,
                categories,
            });
        }
    }
    records
}

/// The check of a version 2 payload's characters: the sum of each character's value (its
/// base64url value, `.` 64) times its weight (its position from 1, counting 1 to 4092 over and
/// over), modulo the prime 4093, which fits in 12 bits. Because no weight is a multiple of the
/// prime and no difference between two values is either, every single changed character is
/// caught, and so is every swap of two neighbours.
///
/// ```
/// use rungs::core::link_codec::check;
/// assert_ne!(check("CCKABAABF"), check("CCKABAABG"));
/// assert_ne!(check("CCKABAABF"), check("CCKABABAF"));
/// assert!(check("anything") < 4096);
/// ```
pub fn check(text: &str) -> u16 {
    const PRIME: u64 = 4093;
    let sum = text.chars().enumerate().fold(0u64, |sum, (i, c)| {
        let value = match c {
            '.' => 64,
            c => u64::from(value_of(c).unwrap_or(65)),
        };
        let weight = (i as u64 % (PRIME - 1)) + 1;
        (sum + weight * value) % PRIME
    });
    sum as u16
}

/// Opens a link's payload (the fragment's part after any prefix) with the models of `table`.
pub fn decode(payload: &str, table: &[LinkModel]) -> Result<DecodedLink, LinkError> {
    let chars = payload.chars().count();
    if chars > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    // The version is read before the rest is checked, so that later versions are free to use
    // other characters after it.
    let version = match payload.chars().next() {
        None => return Err(LinkError::Empty),
        Some('.') => return Err(LinkError::Truncated),
        Some(first) => match value_of(first) {
            None => {
                return Err(LinkError::NotBase64 {
                    position: 0,
                    character: first,
                })
            }
            Some(version @ (1 | 2)) => version,
            Some(version) => {
                return Err(LinkError::UnknownVersion {
                    version: version.into(),
                })
            }
        },
    };

    // 6-bit values of the head and, after the '.', of the text section.
    let mut head = Vec::new();
    let mut text: Option<Vec<u8>> = None;
    let (body, expected) = if version == 2 {
        let (cut, expected) = split_check(payload)?;
        (&payload[..cut], Some(expected))
    } else {
        (payload, None)
    };
    for (position, character) in body.chars().enumerate() {
        let value = value_of(character);
        match (&mut text, value) {
            (None, Some(v)) => head.push(v),
            (Some(t), Some(v)) => t.push(v),
            (None, None) if character == '.' => text = Some(Vec::new()),
            _ => {
                return Err(LinkError::NotBase64 {
                    position,
                    character,
                })
            }
        }
    }

    if expected.is_some_and(|expected| check(body) != expected) {
        return Err(LinkError::Damaged);
    }

    let mut head = Values {
        values: &head,
        position: 1,
    };
    let settings_bits = if version == 1 {
        u32::from(head.take_12()?)
    } else {
        head.take_18()?
    };
    let (settings, radar_measure) = settings_from(settings_bits, version)?;
    let mut assessment = Assessment {
        name: t(SHARED_NAME).into(),
        settings,
        radar_measure,
        ..Assessment::default()
    };

    // The text section's flags, and the model names block that follows them, come first:
    // the head's sections of imported models are read by what the block names.
    let text_bytes = match &text {
        Some(values) if values.is_empty() => return Err(LinkError::BadText),
        Some(values) => Some(unpack(values)),
        None => None,
    };
    let mut bytes = Bytes {
        bytes: text_bytes.as_deref().unwrap_or_default(),
        position: 0,
    };
    let flags = if text_bytes.is_some() {
        bytes.varint()?
    } else {
        0
    };
    // Version 1 knows the name only; version 2 adds the workshop tag, the targets and the
    // model names.
    let known = if version == 2 { 15 } else { 1 };
    if flags & !known != 0 {
        return Err(LinkError::BadText);
    }
    let names = if flags & 8 != 0 {
        read_names(&mut bytes)?
    } else {
        Vec::new()
    };

    let mut sections: Vec<Section> = Vec::new();
    let section_count = head.take()?;
    if names
        .last()
        .is_some_and(|name| name.section >= usize::from(section_count))
    {
        return Err(LinkError::BadText);
    }
    for index in 0..usize::from(section_count) {
        let code = head.take()?;
        let name = names.iter().find(|n| n.section == index);
        let section = match (code >= FIRST_NAMED_CODE, name) {
            (false, None) => {
                let model = table
                    .iter()
                    .find(|m| m.code == code && m.identity.is_none())
                    .ok_or(LinkError::UnknownModel { code })?;
                Section::shipped(model)
            }
            (true, Some(name)) => Section::named(name, table)?,
            (true, None) => return Err(LinkError::UnknownModel { code }),
            (false, Some(_)) => return Err(LinkError::BadText),
        };
        if sections
            .iter()
            .any(|s| s.code == code || s.model.id == section.model.id)
        {
            return Err(LinkError::DuplicateModel { code });
        }
        let count = usize::from(head.take_12()?);
        if head.remaining() < count.div_ceil(2) {
            return Err(LinkError::Truncated);
        }
        let mut section = Section { code, ..section };
        for pair in 0..count.div_ceil(2) {
            let position = head.position;
            let value = head.take()?;
            let second = value / 7;
            if value >= 49 || (2 * pair + 1 == count && second != 0) {
                return Err(LinkError::BadRating { position });
            }
            for (slot, code) in [(2 * pair, value % 7), (2 * pair + 1, second)] {
                let Some(rating) = code
                    .checked_sub(1)
                    .and_then(|i| Rating::ALL.get(usize::from(i)))
                else {
                    continue;
                };
                match section.slot(slot) {
                    Some(id) => assessment.set_rating(section.model.id, id, Some(*rating)),
                    None => section.unknown.push(slot as u32),
                }
            }
        }
        sections.push(section);
    }
    if head.remaining() > 0 {
        return Err(LinkError::TrailingCharacters {
            position: head.position,
        });
    }

    let mut markup = false;
    if text_bytes.is_some() {
        if flags & 1 != 0 {
            assessment.name = bytes.text()?;
            markup |= has_markup(&assessment.name);
        }
        if flags & 2 != 0 {
            assessment.workshop = bytes.text()?;
            if assessment.workshop.is_empty() {
                return Err(LinkError::BadText);
            }
        }
        if flags & 4 != 0 {
            assessment.targets = read_targets(&mut bytes, &sections)?;
        }
        for _ in 0..bytes.varint()? {
            let section = sections
                .get_mut(bytes.varint()? as usize)
                .ok_or(LinkError::BadText)?;
            let slot = bytes.varint()?;
            let kind = bytes.byte()?;
            let text = bytes.text()?;
            match (section.slot(slot as usize), kind) {
                (_, 2..) => return Err(LinkError::BadText),
                (None, _) => section.unknown.push(slot),
                (Some(id), _) => {
                    markup |= has_markup(&text);
                    if kind == 0 {
                        assessment.set_note(section.model.id, id, text);
                    } else {
                        assessment.set_na_reason(section.model.id, id, text);
                    }
                }
            }
        }
        if bytes.position != bytes.bytes.len() {
            return Err(LinkError::BadText);
        }
    }

    let mut warnings = Vec::new();
    for section in &mut sections {
        section.unknown.sort_unstable();
        section.unknown.dedup();
        match &section.other_version {
            Some(link_version) => warnings.push(LinkWarning::OtherVersion {
                model: section.model.id.to_string(),
                link_version: link_version.clone(),
                your_version: section
                    .model
                    .identity
                    .map(|i| i.version.to_string())
                    .unwrap_or_default(),
                missing: section.unknown.len(),
            }),
            None if !section.unknown.is_empty() => warnings.push(LinkWarning::UnknownPractices {
                model: section.model.id.to_string(),
                count: section.unknown.len(),
            }),
            None => {}
        }
    }
    if markup {
        warnings.push(LinkWarning::Markup);
    }
    Ok(DecodedLink {
        assessment,
        models: sections.iter().map(|s| s.model.id.to_string()).collect(),
        warnings,
    })
}

/// One entry of a model names block.
struct NamedSection {
    section: usize,
    id: String,
    version: String,
    fingerprint: u64,
    /// [`slot_hash`] of each of the sender's slots.
    hashes: Vec<u16>,
}

/// Reads a model names block (after the flags): at least one entry, sections in rising order.
fn read_names(bytes: &mut Bytes) -> Result<Vec<NamedSection>, LinkError> {
    let count = bytes.varint()? as usize;
    if count == 0 || count > MAX_SECTIONS {
        return Err(LinkError::BadText);
    }
    let mut names: Vec<NamedSection> = Vec::new();
    for _ in 0..count {
        let section = bytes.varint()? as usize;
        if names.last().is_some_and(|n| section <= n.section) {
            return Err(LinkError::BadText);
        }
        let id = bytes.text()?;
        let version = bytes.text()?;
        let mut fingerprint = 0u64;
        for _ in 0..8 {
            fingerprint = fingerprint << 8 | u64::from(bytes.byte()?);
        }
        let slots = bytes.varint()? as usize;
        if slots > MAX_SLOTS || bytes.bytes.len() - bytes.position < 2 * slots {
            return Err(LinkError::BadText);
        }
        let mut hashes = Vec::with_capacity(slots);
        for _ in 0..slots {
            hashes.push(u16::from(bytes.byte()?) << 8 | u16::from(bytes.byte()?));
        }
        names.push(NamedSection {
            section,
            id,
            version,
            fingerprint,
            hashes,
        });
    }
    Ok(names)
}

/// A model section being read: its model in this table, and its slots' practice ids here.
struct Section<'t> {
    code: u8,
    model: &'t LinkModel<'t>,
    /// The practice id of each slot here; `None` for a slot of another version that this one
    /// has not (the link then says so rather than rating something else).
    slots: Vec<Option<&'t str>>,
    /// Slots the link carried something for that are not known here.
    unknown: Vec<u32>,
    /// The model's version in the link, when it is not the one here.
    other_version: Option<String>,
}

impl<'t> Section<'t> {
    fn shipped(model: &'t LinkModel<'t>) -> Section<'t> {
        Section {
            code: model.code,
            model,
            slots: model.slots.iter().map(|s| Some(*s)).collect(),
            unknown: Vec::new(),
            other_version: None,
        }
    }

    /// The model a names block entry names, from this table: the same content (by fingerprint)
    /// slot by slot, or another version slot by slot hash, where a hash that is not one
    /// practice's here leaves its slot unknown.
    fn named(name: &NamedSection, table: &'t [LinkModel<'t>]) -> Result<Section<'t>, LinkError> {
        let missing = || LinkError::MissingModel {
            id: name.id.clone(),
            version: name.version.clone(),
            fingerprint: name.fingerprint,
        };
        let model = table
            .iter()
            .find(|m| m.id == name.id && m.identity.is_some())
            .ok_or_else(missing)?;
        let identity = model.identity.ok_or_else(missing)?;
        let same = identity.fingerprint == name.fingerprint;
        let slots = if same {
            model.slots.iter().map(|s| Some(*s)).collect()
        } else {
            name.hashes
                .iter()
                .map(|hash| {
                    let mut matches = model.slots.iter().filter(|s| slot_hash(s) == *hash);
                    match (matches.next(), matches.next()) {
                        (Some(id), None) => Some(*id),
                        _ => None,
                    }
                })
                .collect()
        };
        Ok(Section {
            code: model.code,
            model,
            slots,
            unknown: Vec::new(),
            other_version: (!same).then(|| name.version.clone()),
        })
    }

    fn slot(&self, slot: usize) -> Option<&'t str> {
        self.slots.get(slot).copied().flatten()
    }
}

/// A 16-bit hash of a practice id: how a link finds a practice of an imported model in another
/// version of it, whose slots may be in another order. FNV-1a folded to 16 bits. Two ids of one
/// model can share a hash (for 78 practices, about one model in twenty has such a pair): the
/// decoder then leaves both slots unknown rather than guess, and only does so at all when the
/// link's version differs from the one here (the same fingerprint reads slot by slot).
///
/// ```
/// use rungs::core::link_codec::slot_hash;
/// assert_eq!(slot_hash("ci"), slot_hash("ci"));
/// assert_ne!(slot_hash("ci"), slot_hash("cd"));
/// ```
pub fn slot_hash(id: &str) -> u16 {
    let hash = id.bytes().fold(0x811c_9dc5u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    (hash >> 16 ^ hash) as u16
}

/// Reads a targets block (after its flag) against the link's sections: model id → target, by
/// ids. Anything the encoder never writes, and running out of bytes, is
/// [`LinkError::BadTargets`].
fn read_targets(
    bytes: &mut Bytes,
    sections: &[Section],
) -> Result<BTreeMap<String, Target>, LinkError> {
    let mut next = || {
        bytes
            .varint()
            .map(|v| v as usize)
            .map_err(|_| LinkError::BadTargets)
    };
    let records = next()?;
    if records == 0 {
        return Err(LinkError::BadTargets);
    }
    let mut targets = BTreeMap::new();
    let mut previous_section = None;
    for _ in 0..records {
        let index = next()?;
        let section = sections.get(index).ok_or(LinkError::BadTargets)?;
        let model = section.model;
        if previous_section.is_some_and(|previous| index <= previous) {
            return Err(LinkError::BadTargets);
        }
        previous_section = Some(index);
        // Another version of an imported model may have other levels and categories at these
        // positions: its targets are read, to keep reading, but not kept.
        let other_version = section.other_version.is_some();
        let level_id = |level: usize| match model.levels.get(level) {
            Some(id) => Ok(id.to_string()),
            None if other_version => Ok(String::new()),
            None => Err(LinkError::BadTargets),
        };
        let mut target = Target {
            level: match next()? {
                0 => None,
                level => Some(level_id(level - 1)?),
            },
            categories: BTreeMap::new(),
        };
        let mut previous_category = None;
        let mut entries = 0;
        for _ in 0..next()? {
            let category = next()?;
            if previous_category.is_some_and(|previous| category <= previous) {
                return Err(LinkError::BadTargets);
            }
            previous_category = Some(category);
            let level = level_id(next()?)?;
            entries += 1;
            match model.categories.get(category) {
                Some(id) => {
                    target.categories.insert(id.to_string(), level);
                }
                None if other_version => {}
                None => return Err(LinkError::BadTargets),
            }
        }
        if target.level.is_none() && entries == 0 {
            return Err(LinkError::BadTargets);
        }
        if !other_version {
            targets.insert(model.id.to_string(), target);
        }
    }
    Ok(targets)
}

/// Where a version 2 payload's check characters start (in bytes), and the check they hold.
fn split_check(payload: &str) -> Result<(usize, u16), LinkError> {
    let chars: Vec<(usize, char)> = payload.char_indices().collect();
    // The version, the settings, the model count, and the check at least.
    if chars.len() < 7 {
        return Err(LinkError::Truncated);
    }
    let (cut, _) = chars[chars.len() - 2];
    let mut check_value = 0u16;
    for (offset, &(_, character)) in chars[chars.len() - 2..].iter().enumerate() {
        let value = value_of(character).ok_or(LinkError::NotBase64 {
            position: chars.len() - 2 + offset,
            character,
        })?;
        check_value = check_value << 6 | u16::from(value);
    }
    Ok((cut, check_value))
}

/// The rule's and the threshold's positions in their lists, for the settings bits.
fn rule_and_threshold(settings: &ScoringSettings) -> (u32, u32) {
    let rule = LevelRule::ALL.iter().position(|r| *r == settings.rule);
    // A threshold outside the thresholds is never made by the app; it travels as the default.
    let threshold = Rating::THRESHOLDS
        .iter()
        .position(|t| *t == settings.threshold)
        .or_else(|| {
            let default = ScoringSettings::default().threshold;
            Rating::THRESHOLDS.iter().position(|t| *t == default)
        });
    (rule.unwrap_or(0) as u32, threshold.unwrap_or(0) as u32)
}

/// The settings of a version 2 link, 18 bits from the highest down: the rule (2 bits), the
/// threshold (2), the radar measure (2: level, share, progress), the required percentage (7,
/// 1 to 100), and 5 bits that are 0.
fn settings_bits(settings: &ScoringSettings, measure: RadarMeasure) -> u32 {
    let (rule, threshold) = rule_and_threshold(settings);
    let measure = match measure {
        RadarMeasure::Level => 0,
        RadarMeasure::Share => 1,
        RadarMeasure::Progress => 2,
    };
    rule << 16
        | threshold << 14
        | measure << 12
        | u32::from(settings.required_percent.clamp(1, 100)) << 5
}

/// The settings, from the 12 bits of a version 1 link or the 18 of a version 2 one. The settings
/// box allows a required share of 1% to 100%: a version 2 link with anything else is refused
/// (the encoder never writes it); a version 1 link's 0%, which the box never allowed either,
/// opens as 1%, so that old links still open and "nothing in place" never reaches a level.
fn settings_from(bits: u32, version: u8) -> Result<(ScoringSettings, RadarMeasure), LinkError> {
    let (rule, threshold, measure, percent, reserved) = if version == 1 {
        let measure = if bits & 0x80 == 0 { 0 } else { 1 };
        (bits >> 10, bits >> 8 & 3, measure, bits & 0x7f, 0)
    } else {
        (
            bits >> 16,
            bits >> 14 & 3,
            bits >> 12 & 3,
            bits >> 5 & 0x7f,
            bits & 0x1f,
        )
    };
    let rule = LevelRule::ALL.get(rule as usize);
    let threshold = Rating::THRESHOLDS.get(threshold as usize);
    let measure = [
        RadarMeasure::Level,
        RadarMeasure::Share,
        RadarMeasure::Progress,
    ]
    .get(measure as usize)
    .copied();
    let required_percent = match percent as u8 {
        0 if version == 1 => 1,
        percent => percent,
    };
    match (rule, threshold, measure) {
        (Some(&rule), Some(&threshold), Some(measure))
            if (1..=100).contains(&required_percent) && reserved == 0 =>
        {
            Ok((
                ScoringSettings {
                    rule,
                    threshold,
                    required_percent,
                },
                measure,
            ))
        }
        _ => Err(LinkError::BadSettings),
    }
}

/// 0 for unrated, else the index in [`Rating::ALL`] plus 1.
fn rating_code(rating: Option<Rating>) -> u32 {
    rating
        .and_then(|r| Rating::ALL.iter().position(|a| *a == r))
        .map_or(0, |i| i as u32 + 1)
}

fn value_of(character: char) -> Option<u8> {
    let value = match character {
        'A'..='Z' => character as u32 - 'A' as u32,
        'a'..='z' => character as u32 - 'a' as u32 + 26,
        '0'..='9' => character as u32 - '0' as u32 + 52,
        '-' => 62,
        '_' => 63,
        _ => return None,
    };
    Some(value as u8)
}

/// Appends the character of the low 6 bits of `value`.
fn push_char(out: &mut String, value: u32) {
    out.push(char::from(ALPHABET[(value & 63) as usize]));
}

fn push_12(out: &mut String, value: u32) {
    push_char(out, value >> 6);
    push_char(out, value);
}

fn push_18(out: &mut String, value: u32) {
    push_char(out, value >> 12);
    push_12(out, value);
}

fn put_varint(out: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len());
    out.extend_from_slice(text.as_bytes());
}

/// Bytes to base64url characters, unpadded.
fn pack(bytes: &[u8], out: &mut String) {
    let (mut bits, mut held) = (0u32, 0u32);
    for &byte in bytes {
        bits = (bits << 8 | u32::from(byte)) & 0xffff;
        held += 8;
        while held >= 6 {
            held -= 6;
            push_char(out, bits >> held);
        }
    }
    if held > 0 {
        push_char(out, bits << (6 - held));
    }
}

/// 6-bit values to bytes; leftover bits are ignored.
fn unpack(values: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    let (mut bits, mut held) = (0u32, 0u32);
    for &value in values {
        bits = (bits << 6 | u32::from(value)) & 0xffff;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
        }
    }
    out
}

/// Does `text` contain something a browser would take for a tag, comment or declaration?
fn has_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(
        |pair| matches!(pair, [b'<', next] if next.is_ascii_alphabetic() || b"/!?".contains(next)),
    )
}

/// The head's 6-bit values, read in order; running out means the link was cut.
struct Values<'v> {
    values: &'v [u8],
    position: usize,
}

impl Values<'_> {
    fn take(&mut self) -> Result<u8, LinkError> {
        let value = *self.values.get(self.position).ok_or(LinkError::Truncated)?;
        self.position += 1;
        Ok(value)
    }

    fn take_12(&mut self) -> Result<u16, LinkError> {
        let high = u16::from(self.take()?);
        Ok(high << 6 | u16::from(self.take()?))
    }

    fn take_18(&mut self) -> Result<u32, LinkError> {
        let high = u32::from(self.take()?);
        Ok(high << 12 | u32::from(self.take_12()?))
    }

    fn remaining(&self) -> usize {
        self.values.len().saturating_sub(self.position)
    }
}

/// The text section's bytes, read in order; any inconsistency is [`LinkError::BadText`].
struct Bytes<'b> {
    bytes: &'b [u8],
    position: usize,
}

impl Bytes<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let byte = *self.bytes.get(self.position).ok_or(LinkError::BadText)?;
        self.position += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u32, LinkError> {
        let mut value = 0;
        for shift in [0, 7, 14, 21] {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(LinkError::BadText)
    }

    fn text(&mut self) -> Result<String, LinkError> {
        let len = self.varint()? as usize;
        let end = self.position.saturating_add(len);
        let bytes = self
            .bytes
            .get(self.position..end)
            .ok_or(LinkError::BadText)?;
        let text = std::str::from_utf8(bytes).map_err(|_| LinkError::BadText)?;
        self.position = end;
        Ok(text.to_string())
    }
}
