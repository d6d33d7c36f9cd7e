//! Share-link lengths for the benchmark report (`./dev bench`), printed as JSON: for random,
//! fully rated assessments of each model alone and of all four together, the fragment length
//! without name and notes, the information-theoretic minimum beside it, and the QR version of a
//! whole link on a typical static host.

#[cfg(not(target_arch = "wasm32"))]
mod support;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::assessment::Assessment;
    use rungs::core::link_codec::{minimum_chars, LinkOptions};
    use rungs::core::model::catalogue;
    use rungs::core::share::{qr_svg, share_fragment};

    use support::{rate_all_at_random, Lcg};

    const SAMPLES: usize = 200;
    const HOST: &str = "https://my-team.github.io/rungs/";
    let bare = LinkOptions {
        include_name: false,
        include_notes: false,
    };
    let named = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    let mut sets: Vec<(String, Vec<&'static rungs::core::model::Model>)> = catalogue()
        .iter()
        .map(|m| (m.id.to_string(), vec![m]))
        .collect();
    sets.push(("all four models".into(), catalogue().iter().collect()));
    let mut random = Lcg(0x5eed);
    let mut rows = Vec::new();
    for (label, models) in sets {
        let practices: usize = models.iter().map(|m| m.practices.len()).sum();
        let mut lengths = Vec::new();
        let mut worst_qr = 0;
        for _ in 0..SAMPLES {
            let mut a = Assessment {
                name: "Platform team".into(),
                ..Assessment::default()
            };
            // Fully rated: one of the six ratings, Not applicable included.
            rate_all_at_random(&mut a, &models, &mut random);
            let payload_len = share_fragment(&a, &bare).len() - "#/s/".len();
            lengths.push(payload_len);
            let url = format!("{HOST}{}", share_fragment(&a, &named));
            let version = qr_svg(&url).map(|(_, v)| v).unwrap_or(99);
            worst_qr = worst_qr.max(version);
        }
        lengths.sort_unstable();
        let minimum = minimum_chars(practices);
        // The ratings' own share, without the fixed header (version, settings, model count and
        // each model's code and slot count).
        let header = 4 + 3 * models.len();
        let median = lengths[lengths.len() / 2];
        rows.push(format!(
            "{{\"models\":\"{label}\",\"practices\":{practices},\"samples\":{SAMPLES},\"fragment_chars_median\":{median},\"fragment_chars_max\":{},\"header_chars\":{header},\"rating_chars\":{},\"minimum_chars\":{minimum},\"ratio_to_minimum\":{:.3},\"qr_version_max_with_name_on_{}\":{worst_qr}}}",
            lengths[lengths.len() - 1],
            median - header,
            (median - header) as f64 / minimum as f64,
            "github_io",
        ));
    }
    println!("[{}]", rows.join(","));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
