//! Fields of a saved document that this version of Rungs does not know, kept as they were.
//!
//! A newer Rungs may add a field to a document without changing its schema (an optional setting,
//! evidence beside an answer). An older Rungs that reads such a document keeps each field it does
//! not know as its JSON text, and writes it back unchanged after the fields it knows, so that
//! opening the document in the older version and working on it never drops what the newer one
//! added. A document of a newer *schema* is another matter: see [`crate::core::saving`].
//!
//! ```
//! use rungs::core::store_format::{read_library, write_library};
//! let text = r#"{"rungs":"store","schema":2,"active":0,"later":[1,2],
//!   "assessments":[{"id":"a1","name":"A","rule":"staged","threshold":"largely",
//!   "required_percent":80,"radar":"level","budget":{"cmmi":"q3"}}]}"#;
//! let written = write_library(&read_library(text).unwrap());
//! assert!(written.contains(r#""later":[1,2]"#));
//! assert!(written.contains(r#""budget":{"cmmi":"q3"}"#));
//! ```

use crate::core::merge::merge_value;
use std::collections::BTreeMap;
use tinyjson::JsonValue;

/// Unknown fields of one JSON object: key → the value's JSON text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnknownFields(BTreeMap<String, String>);

impl UnknownFields {
    pub const fn new() -> Self {
        UnknownFields(BTreeMap::new())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every field of `object` whose key is not in `known`.
    pub fn collect(object: &std::collections::HashMap<String, JsonValue>, known: &[&str]) -> Self {
        UnknownFields(
            object
                .iter()
                .filter(|(key, _)| !known.contains(&key.as_str()))
                .filter_map(|(key, value)| Some((key.clone(), value.stringify().ok()?)))
                .collect(),
        )
    }

    /// The fields, in key order: (key, JSON text of the value).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Each field merged on its own (see [`crate::core::merge`]).
    pub fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        let keys: std::collections::BTreeSet<&String> = base
            .0
            .keys()
            .chain(ours.0.keys())
            .chain(theirs.0.keys())
            .collect();
        UnknownFields(
            keys.into_iter()
                .filter_map(|key| {
                    merge_value(base.0.get(key), ours.0.get(key), theirs.0.get(key))
                        .map(|value| (key.clone(), value))
                })
                .collect(),
        )
    }
}
