//! Fifty participants' result links, every one rating all four models fully (random ratings,
//! the same every run), printed one per line as `#/s/…` fragments: the input of the benchmark's
//! workshop merge (`./dev bench`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::assessment::Assessment;
    use rungs::core::link_codec::LinkOptions;
    use rungs::core::model::catalogue;
    use rungs::core::scoring::Rating;
    use rungs::core::share::share_fragment;

    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(50);
    let mut state: u64 = 0x0b0a_2d5e;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n as u64) as usize
    };
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    for p in 0..count {
        let mut a = Assessment {
            name: format!("Participant {:02}", p + 1),
            ..Assessment::default()
        };
        for m in catalogue() {
            for practice in m.practices {
                a.set_rating(m.id, practice.id, Some(Rating::ALL[next(6)]));
            }
        }
        println!("{}", share_fragment(&a, &options));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
