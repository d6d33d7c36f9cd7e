//! (in progress)

use crate::core::plan::Snapshot;

/// The id for a new snapshot: one more than the highest `sN` among `snapshots`.
pub fn next_snapshot_id(snapshots: &[Snapshot]) -> String {
    let highest = snapshots
        .iter()
        .filter_map(|s| s.id.strip_prefix('s')?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("s{}", highest + 1)
}
