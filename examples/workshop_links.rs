//! Fifty participants' result links, every one rating all four models fully (random ratings,
//! the same every run), printed one per line as `#/s/…` fragments: the input of the benchmark's
//! workshop merge (`./dev bench`).

#[cfg(not(target_arch = "wasm32"))]
mod support;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::assessment::Assessment;
    use rungs::core::link_codec::LinkOptions;
    use rungs::core::model::catalogue;
    use rungs::core::share::share_fragment;
    use support::{rate_all_at_random, Lcg};

    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(50);
    let mut random = Lcg(0x0b0a_2d5e);
    let models: Vec<_> = catalogue().iter().collect();
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    for p in 0..count {
        let mut a = Assessment {
            name: format!("Participant {:02}", p + 1),
            ..Assessment::default()
        };
        rate_all_at_random(&mut a, &models, &mut random);
        println!("{}", share_fragment(&a, &options));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
