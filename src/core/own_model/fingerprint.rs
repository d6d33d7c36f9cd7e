//! What identifies a model's content: a fingerprint of its structure, and a short hash of a
//! practice id.
//!
//! A model people bring has no entry in `model-data/link-slots.toml` and no one to keep its
//! versions apart, so links and saved assessments that name such a model carry its
//! [`fingerprint`]: two people holding models with the same fingerprint see the same levels,
//! categories and practices in the same places. The fingerprint covers the structure only, not
//! the long texts, so the same model sent by a link without its descriptions keeps it, and
//! rewording a description does not turn a model into another.
//!
//! Both hashes are FNV-1a: tiny, stable across Rust releases and platforms (std's hashers are
//! neither), and the same function the build uses for `model-text.txt`. They tell models apart
//! that people made in good faith; they are no defence against someone crafting a collision.

use crate::core::model::file::ModelFile;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Ends each field of the canonical text (ASCII unit separator).
const FIELD_END: u8 = 0x1f;
/// Starts each record: a level, a category, a practice or a retired id (ASCII record
/// separator), followed by a letter naming the kind of record.
const RECORD_START: u8 = 0x1e;
/// Precedes a separator or itself inside a field (ASCII escape), so that no text can pass for a
/// separator.
const ESCAPE: u8 = 0x1b;

/// FNV-1a, 64 bits, fed byte by byte.
struct Fnv(u64);

impl Fnv {
    fn byte(&mut self, byte: u8) {
        self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
    }

    /// One field of the canonical text: its bytes, with separators escaped, then [`FIELD_END`].
    fn field(&mut self, text: &str) {
        for byte in text.bytes() {
            if matches!(byte, FIELD_END | RECORD_START | ESCAPE) {
                self.byte(ESCAPE);
            }
            self.byte(byte);
        }
        self.byte(FIELD_END);
    }

    fn record(&mut self, kind: u8) {
        self.byte(RECORD_START);
        self.byte(kind);
    }
}

/// The fingerprint of a model's structure: its id, version and name, its levels (id, name,
/// whether it needs no practices), categories (id, name) and practices (id, title, category,
/// level, dimension) in file order, and its retired ids.
///
/// Long texts (summaries, descriptions, the About page, the source and its licence note) are
/// left out, so a model sent without its descriptions has the fingerprint of the full model.
/// Every field ends with a separator and every record starts with one, and separators inside
/// texts are escaped, so two different structures never hash the same canonical text (the
/// fields `"ab", "c"` and `"a", "bc"` differ); they can only collide by chance, one in 2^64.
///
/// ```
/// use rungs::core::model::file::ModelFile;
/// use rungs::core::own_model::fingerprint::fingerprint;
/// let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
/// let model: ModelFile = toml::from_str(&text).unwrap();
/// let mut reworded = model.clone();
/// reworded.practices[0].description = "Said differently.".into();
/// assert_eq!(fingerprint(&reworded), fingerprint(&model));
/// let mut renamed = model.clone();
/// renamed.practices[0].title.push('!');
/// assert_ne!(fingerprint(&renamed), fingerprint(&model));
/// ```
pub fn fingerprint(model: &ModelFile) -> u64 {
    let mut hash = Fnv(FNV_OFFSET);
    hash.record(b'M');
    hash.field(&model.id);
    hash.field(&model.version);
    hash.field(&model.name);
    for level in &model.levels {
        hash.record(b'L');
        hash.field(&level.id);
        hash.field(&level.name);
        hash.field(if level.needs_no_practices { "1" } else { "0" });
    }
    for category in &model.categories {
        hash.record(b'C');
        hash.field(&category.id);
        hash.field(&category.name);
    }
    for practice in &model.practices {
        hash.record(b'P');
        hash.field(&practice.id);
        hash.field(&practice.title);
        hash.field(&practice.category);
        hash.field(&practice.level);
        hash.field(&practice.dimension);
    }
    for id in &model.retired {
        hash.record(b'R');
        hash.field(id);
    }
    hash.0
}

/// A fingerprint as 16 lower-case hex digits, for links, storage and file names.
///
/// ```
/// use rungs::core::own_model::fingerprint::fingerprint_text;
/// assert_eq!(fingerprint_text(0xab), "00000000000000ab");
/// ```
pub fn fingerprint_text(fp: u64) -> String {
    format!("{fp:016x}")
}

/// Reads [`fingerprint_text`] back: exactly 16 hex digits.
///
/// ```
/// use rungs::core::own_model::fingerprint::{fingerprint_text, parse_fingerprint_text};
/// assert_eq!(parse_fingerprint_text(&fingerprint_text(42)), Some(42));
/// assert_eq!(parse_fingerprint_text("42"), None);
/// ```
pub fn parse_fingerprint_text(text: &str) -> Option<u64> {
    if text.len() != 16 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(text, 16).ok()
}

/// The first 8 hex digits of a fingerprint: enough for people to tell two versions of a model
/// apart on screen ("version 1.2, a3f09c1e"), short enough to read aloud.
///
/// ```
/// use rungs::core::own_model::fingerprint::short;
/// assert_eq!(short(0x0123_4567_89ab_cdef), "01234567");
/// ```
pub fn short(fp: u64) -> String {
    format!("{:08x}", fp >> 32)
}

/// The 16-bit hash by which a share link finds a practice of an imported model in another
/// version of it; the codec owns it, since the link format depends on it.
pub use crate::core::link_codec::slot_hash;
