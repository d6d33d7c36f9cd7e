//! Ids of the form `<letter><number>` (`a3` an assessment, `p2` a participant, `s5` a snapshot):
//! a new one is one more than the highest in use, so ids are never reused while their item
//! exists, and two tabs that each add one get ids the merge can tell apart.

/// A fresh id: `prefix` followed by one more than the highest number of such an id in `ids`,
/// and never one in `ids`, even next to `u64::MAX` written into a file by hand (a repeated id
/// would make the whole document unreadable).
///
/// ```
/// use rungs::core::ids::next_id;
/// assert_eq!(next_id('s', ["s1", "s7", "x9", "sx"]), "s8");
/// assert_eq!(next_id('s', []), "s1");
/// let max = format!("s{}", u64::MAX);
/// assert_eq!(next_id('s', [max.as_str(), "s0"]), "s1");
/// ```
pub fn next_id<'a>(prefix: char, ids: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let number = |id: &str| id.strip_prefix(prefix)?.parse::<u64>().ok();
    let mut n = highest_number(prefix, ids.clone()).wrapping_add(1);
    while ids.clone().into_iter().any(|id| number(id) == Some(n)) {
        n = n.wrapping_add(1);
    }
    format!("{prefix}{n}")
}

/// The highest number of a `prefix<number>` id among `ids`, or 0.
pub fn highest_number<'a>(prefix: char, ids: impl IntoIterator<Item = &'a str>) -> u64 {
    ids.into_iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}
