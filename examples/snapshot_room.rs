//! How many snapshots fit in the browser's storage, for the benchmark report (`./dev bench`),
//! printed as JSON: a fully rated four-model assessment saved alone, the characters one snapshot
//! of it adds, how many fit in the about 5 MiB a site gets, and how many fit before the app warns.

#[cfg(not(target_arch = "wasm32"))]
mod support;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::assessment::Assessment;
    use rungs::core::library::Library;
    use rungs::core::plan::quota::{snapshot_chars, snapshots_that_fit, STORAGE_CHARS, WARN_SHARE};
    use rungs::core::store_format::write_library;
    use support::{rate_all_at_random, Lcg};

    let mut assessment = Assessment::default();
    let models: Vec<_> = rungs::core::model::catalogue().iter().collect();
    rate_all_at_random(&mut assessment, &models, &mut Lcg(7));
    let practices: usize = models.iter().map(|m| m.practices.len()).sum();
    let mut library = Library::new();
    library.assessments[0].assessment = assessment.clone();
    let document = write_library(&library).chars().count();
    let one = snapshot_chars(&assessment);
    let fit = snapshots_that_fit(document, one);
    let warn_at = ((STORAGE_CHARS as f64 * WARN_SHARE) as usize).saturating_sub(document) / one;
    println!(
        "{{\"practices\": {practices}, \"document_chars\": {document}, \"snapshot_chars\": {one}, \"storage_chars\": {STORAGE_CHARS}, \"snapshots_that_fit\": {fit}, \"snapshots_before_the_warning\": {warn_at}}}"
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
