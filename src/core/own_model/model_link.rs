//! A whole model as text for a link's URL fragment, so that a model someone made can be sent to
//! a colleague without a server or a file.
//!
//! Links live on in old messages long after the app has changed, so the format below is a
//! public contract. A new layout gets a new version character and a new decoder; version `A`
//! links keep decoding as described here.
//!
//! # Format, version `A`
//!
//! The payload is text over the base64url alphabet `A-Z a-z 0-9 - _` (values 0 to 63, in that
//! order), with no padding, no `#` and no prefix:
//!
//! 1. 1 char: the version, value 0 (`A`).
//! 2. The body: a byte string in base64url without padding (bytes packed high bit first, 6 bits
//!    per character). Its length in characters is not 1 more than a multiple of 4, and the
//!    unused low bits of its last character are zero; anything else is refused as damaged.
//! 3. 2 chars: the 12-bit [`check`] of every character before them (the version and the body),
//!    high 6 bits first: the check of share links, which catches every single changed character
//!    and every swap of two neighbours for certain.
//!
//! The byte string is one zlib stream (RFC 1950: deflate with the zlib header and the Adler-32
//! of the inflated bytes), with nothing after it. Inflated, it is at most [`MAX_INFLATED_BYTES`]
//! long, and holds:
//!
//! - 8 bytes: the model's [`fingerprint`], big-endian;
//! - the rest: the model as compact JSON (UTF-8), with the fields and nesting of a model file
//!   ([`ModelFile`]). Empty texts, an empty `retired`, an all-empty `about` and a false
//!   `needs_no_practices` are left out. A link made without descriptions leaves out every
//!   summary, description, About text and licence note.
//!
//! Why both checks: the Adler-32 catches damage that changes the model, but deflate has bits
//! that do not change what it inflates to (a character changed in the middle of a test link,
//! at byte 264 of 1,109, opened as the very same model), and a link that was changed should
//! say so; the check characters refuse every such change as damaged, as share links do.
//!
//! # Decoding
//!
//! Checked in this order: empty; more than [`MAX_MODEL_LINK_CHARS`] characters; the version
//! (a character outside the alphabet is [`ModelLinkError::NotBase64`], another value
//! [`ModelLinkError::UnknownVersion`]); every other character; the check characters; the bits
//! left over; the zlib stream and its Adler-32, with the inflated size capped against "zip
//! bombs"; the fingerprint's 8 bytes; the JSON; that the model's fingerprint equals the one
//! carried (a link that passes both checks but not this was not made by Rungs); and the build's
//! content rules with texts optional ([`TextRule::Optional`]) and the import limits
//! ([`check_import_limits`]). Whether the id is that of a shipped model is for the caller to
//! decide.
//!
//! ```
//! use rungs::core::model::file::ModelFile;
//! use rungs::core::own_model::model_link::{decode_model_link, encode_model_link};
//! let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
//! let model: ModelFile = toml::from_str(&text).unwrap();
//! let link = encode_model_link(&model, true);
//! assert!(link.starts_with('A'));
//! assert_eq!(decode_model_link(&link), Ok(model));
//! ```

use crate::core::i18n::{t, tf, tnf};
use crate::core::link_codec::check;
use crate::core::model::file::ModelFile;
use crate::core::model::validate::{validate_model_content, Problem, TextRule};
use crate::core::own_model::fingerprint::fingerprint;
use crate::core::own_model::import::check_import_limits;

/// The version character links are written with.
pub const MODEL_LINK_VERSION: char = 'A';

/// The longest payload decoded. The 78 practices of the Continuous Delivery model take 15,141
/// characters with their descriptions and 3,161 without (`examples/model_link_lengths.rs`
/// measures them); this allows a model at the practice limit (500) with descriptions as long as
/// that model's, about 97,000 characters. Browsers open longer links, but chat apps and mail
/// clients tend to break them, and such a model is better sent as a file.
pub const MAX_MODEL_LINK_CHARS: usize = 120_000;

/// The most bytes a link may inflate to: twice the largest importable file, so that any model
/// that can be imported fits, while a small link cannot make the app allocate gigabytes.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;

/// The compression level, zlib's "best". Measured on the shipped models, levels 6 to 10 differ
/// by a few bytes (the Continuous Delivery model: 11,345 bytes at 6, 11,339 at 9 and 10), and 9
/// takes about 2 ms for it in a release build.
const LEVEL: u8 = 9;

/// What a decoded model's problems are filed under.
const LINK_FILE: &str = "model link";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a model link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelLinkError {
    /// Nothing after the `#…` part that names a model link.
    Empty,
    /// More than [`MAX_MODEL_LINK_CHARS`] characters.
    TooLong { chars: usize },
    /// A character outside the base64url alphabet, at this position (from 0, in characters).
    NotBase64 { position: usize },
    /// A version this Rungs does not know: made by a newer one.
    UnknownVersion,
    /// Cut off or changed: the bits, the zlib stream, its checksum or the fingerprint disagree.
    Damaged,
    /// It would inflate to more than [`MAX_INFLATED_BYTES`].
    TooLarge,
    /// Intact, but not a model Rungs can use: the JSON is not a model, or the model breaks a rule.
    BadModel(Vec<Problem>),
}

impl ModelLinkError {
    /// What went wrong, in plain words for someone who was sent the link.
    ///
    /// ```
    /// use rungs::core::own_model::model_link::decode_model_link;
    /// let error = decode_model_link("AB").unwrap_err();
    /// assert!(error.message().contains("damaged"));
    /// ```
    pub fn message(&self) -> String {
        match self {
            ModelLinkError::Empty => t("The link holds no model: it ends where the model should begin. Copy the whole link again.")
                .into(),
            ModelLinkError::TooLong { chars } => tf(
                "The link is too long to open ({chars} characters; at most {max}). Ask for the model as a file instead.",
                &[
                    ("chars", &chars.to_string()),
                    ("max", &MAX_MODEL_LINK_CHARS.to_string()),
                ],
            ),
            ModelLinkError::NotBase64 { position } => tf(
                "The link has a character that no model link contains (character {position} of the model part); it was probably changed when it was copied. Copy the whole link again.",
                &[("position", &(position + 1).to_string())],
            ),
            ModelLinkError::UnknownVersion => t("This model link was made by a newer version of Rungs. Open it in the latest version, or ask for the model as a file.")
                .into(),
            ModelLinkError::Damaged => t("The link is damaged: part of it is missing or changed, perhaps cut off when it was copied. Copy the whole link again, or ask for it to be sent again.")
                .into(),
            ModelLinkError::TooLarge => t("The model in this link is larger than Rungs opens. Ask for the model as a file instead.")
                .into(),
            ModelLinkError::BadModel(problems) => {
                let first = problems.first().map_or_else(String::new, |p| {
                    if p.item == "file" {
                        p.message.clone()
                    } else {
                        format!("{}: {}", p.item, p.message)
                    }
                });
                match (problems.first(), problems.len()) {
                    (None, _) => t("The link holds a model that Rungs cannot open.").into(),
                    (Some(_), 1) => tf(
                        "The link holds a model that Rungs cannot open: {problem}.",
                        &[("problem", &first)],
                    ),
                    (Some(_), n) => tnf(
                        "The link holds a model that Rungs cannot open: {problem} (and {n} more problem). | The link holds a model that Rungs cannot open: {problem} (and {n} more problems).",
                        n - 1,
                        &[("problem", &first)],
                    ),
                }
            }
        }
    }
}

/// The model with every long text emptied: summaries, descriptions, the About page and the
/// licence note. Names, titles and the source stay. Its [`fingerprint`] is the model's.
///
/// ```
/// use rungs::core::model::file::ModelFile;
/// use rungs::core::own_model::model_link::without_descriptions;
/// let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
/// let model: ModelFile = toml::from_str(&text).unwrap();
/// let bare = without_descriptions(&model);
/// assert!(bare.practices.iter().all(|p| p.description.is_empty()));
/// assert_eq!(bare.practices[0].title, model.practices[0].title);
/// ```
pub fn without_descriptions(model: &ModelFile) -> ModelFile {
    let mut bare = model.clone();
    bare.summary.clear();
    bare.source.licence.clear();
    bare.about = Default::default();
    for level in &mut bare.levels {
        level.summary.clear();
    }
    for category in &mut bare.categories {
        category.summary.clear();
    }
    for practice in &mut bare.practices {
        practice.description.clear();
    }
    bare
}

/// A model as a link payload (the text after the app's `#…/` route), in the format of this
/// module. Without descriptions the link is a fraction of the length (see
/// [`MAX_MODEL_LINK_CHARS`]) and opens as the same model, with its long texts empty.
///
/// The payload may come out longer than [`MAX_MODEL_LINK_CHARS`] for a very wordy model: the
/// caller should check, and offer the link without descriptions, or a file.
pub fn encode_model_link(model: &ModelFile, with_descriptions: bool) -> String {
    let bare;
    let sent = if with_descriptions {
        model
    } else {
        bare = without_descriptions(model);
        &bare
    };
    let mut data = fingerprint(sent).to_be_bytes().to_vec();
    // Strings, a number, flags and lists always serialise; were it ever to fail, the link would
    // be refused when opened instead of the app stopping here.
    data.extend(serde_json::to_vec(sent).unwrap_or_default());
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&data, LEVEL);
    let mut payload = String::with_capacity(3 + packed.len().div_ceil(3) * 4);
    payload.push(MODEL_LINK_VERSION);
    push_base64url(&packed, &mut payload);
    let sum = check(&payload);
    for value in [sum >> 6, sum & 63] {
        if let Some(c) = ALPHABET.get(usize::from(value)) {
            payload.push(char::from(*c));
        }
    }
    payload
}

/// Reads a payload written by [`encode_model_link`], checking it as described in the module
/// documentation. Never panics, whatever the text.
pub fn decode_model_link(payload: &str) -> Result<ModelFile, ModelLinkError> {
    if payload.is_empty() {
        return Err(ModelLinkError::Empty);
    }
    if payload.len() > MAX_MODEL_LINK_CHARS {
        let chars = payload.chars().count();
        if chars > MAX_MODEL_LINK_CHARS {
            return Err(ModelLinkError::TooLong { chars });
        }
    }
    let mut chars = payload.chars();
    let version = chars.next().ok_or(ModelLinkError::Empty)?;
    if version != MODEL_LINK_VERSION {
        return Err(if value_of(version).is_some() {
            ModelLinkError::UnknownVersion
        } else {
            ModelLinkError::NotBase64 { position: 0 }
        });
    }
    let rest = chars.as_str();
    // Every character first, so that a stray one is named even where the check would be.
    if let Some(position) = rest.chars().position(|c| value_of(c).is_none()) {
        return Err(ModelLinkError::NotBase64 {
            position: position + 1,
        });
    }
    // All base64url now, so one byte per character.
    let cut = payload
        .len()
        .checked_sub(2)
        .filter(|cut| *cut >= 1)
        .ok_or(ModelLinkError::Damaged)?;
    let (checked, carried) = payload
        .split_at_checked(cut)
        .ok_or(ModelLinkError::Damaged)?;
    let carried = carried
        .chars()
        .filter_map(value_of)
        .fold(0u16, |sum, value| (sum << 6) | u16::from(value));
    if check(checked) != carried {
        return Err(ModelLinkError::Damaged);
    }
    let packed = read_base64url(checked.get(1..).unwrap_or_default(), 1)?;
    let data = inflate(&packed)?;
    let (carried, json) = data
        .split_first_chunk::<8>()
        .ok_or(ModelLinkError::Damaged)?;
    let model: ModelFile = serde_json::from_slice(json).map_err(|error| {
        ModelLinkError::BadModel(vec![Problem {
            file: LINK_FILE.into(),
            item: "file".into(),
            message: format!("it is not a model Rungs can read ({error})"),
        }])
    })?;
    if fingerprint(&model) != u64::from_be_bytes(*carried) {
        return Err(ModelLinkError::Damaged);
    }
    let mut problems = validate_model_content(LINK_FILE, &model, TextRule::Optional);
    problems.extend(check_import_limits(LINK_FILE, &model, &[]));
    if problems.is_empty() {
        Ok(model)
    } else {
        Err(ModelLinkError::BadModel(problems))
    }
}

fn value_of(character: char) -> Option<u8> {
    let code = u32::from(character);
    let value = match character {
        'A'..='Z' => code - u32::from('A'),
        'a'..='z' => code - u32::from('a') + 26,
        '0'..='9' => code - u32::from('0') + 52,
        '-' => 62,
        '_' => 63,
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// Bytes to base64url characters, unpadded, high bit first.
fn push_base64url(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let group = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for index in 0..=chunk.len() {
            let value = (group >> (18 - 6 * index)) & 63;
            if let Some(c) = ALPHABET.get(value as usize) {
                out.push(char::from(*c));
            }
        }
    }
}

/// base64url characters back to bytes; `first` is the position of the text's first character
/// in the payload, for [`ModelLinkError::NotBase64`]. A length of 4n + 1 characters or leftover
/// bits that are not zero mean the link was changed.
fn read_base64url(text: &str, first: usize) -> Result<Vec<u8>, ModelLinkError> {
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut bits: u32 = 0;
    let mut held = 0u32;
    for (index, character) in text.chars().enumerate() {
        let value = value_of(character).ok_or(ModelLinkError::NotBase64 {
            position: first + index,
        })?;
        bits = (bits << 6) | u32::from(value);
        held += 6;
        if held >= 8 {
            held -= 8;
            bytes.push(((bits >> held) & 0xff) as u8);
            bits &= (1 << held) - 1;
        }
    }
    if held >= 6 || bits != 0 {
        return Err(ModelLinkError::Damaged);
    }
    Ok(bytes)
}

/// Inflates a zlib stream, checking its Adler-32, refusing more than [`MAX_INFLATED_BYTES`] and
/// any bytes after the stream's end (miniz's own helper would ignore them).
fn inflate(packed: &[u8]) -> Result<Vec<u8>, ModelLinkError> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_COMPUTE_ADLER32
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![
        0;
        packed
            .len()
            .saturating_mul(4)
            .clamp(1024, MAX_INFLATED_BYTES)
    ];
    let mut state = Box::<DecompressorOxide>::default();
    let mut input = packed;
    let mut written = 0;
    loop {
        let (status, read, wrote) = decompress(&mut state, input, &mut out, written, flags);
        written += wrote;
        input = input.get(read..).ok_or(ModelLinkError::Damaged)?;
        match status {
            TINFLStatus::Done if input.is_empty() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= MAX_INFLATED_BYTES {
                    return Err(ModelLinkError::TooLarge);
                }
                let grown = out.len().saturating_mul(2).min(MAX_INFLATED_BYTES);
                out.resize(grown, 0);
            }
            _ => return Err(ModelLinkError::Damaged),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..20 {
            let mut text = String::new();
            push_base64url(&bytes[..length], &mut text);
            assert_eq!(text.len(), (length * 4).div_ceil(3));
            assert_eq!(read_base64url(&text, 0), Ok(bytes[..length].to_vec()));
        }
    }

    #[test]
    fn leftover_bits_and_impossible_lengths_are_damage() {
        assert_eq!(read_base64url("AB", 0), Err(ModelLinkError::Damaged));
        assert_eq!(read_base64url("AAAAA", 0), Err(ModelLinkError::Damaged));
        assert_eq!(read_base64url("AA", 0), Ok(vec![0]));
        assert_eq!(
            read_base64url("AA=", 3),
            Err(ModelLinkError::NotBase64 { position: 5 })
        );
    }

    #[test]
    fn bytes_after_the_stream_are_damage() {
        let mut packed = miniz_oxide::deflate::compress_to_vec_zlib(b"hello", 6);
        assert_eq!(inflate(&packed), Ok(b"hello".to_vec()));
        packed.push(0);
        assert_eq!(inflate(&packed), Err(ModelLinkError::Damaged));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 3 << 20], 10);
        assert!(bomb.len() < 10_000, "{}", bomb.len());
        assert_eq!(inflate(&bomb), Err(ModelLinkError::TooLarge));
    }
}
