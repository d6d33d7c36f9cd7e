//! Which radar measure tells the most about real-looking teams? Prints, for three sets of
//! assessments and each of the three measures, how many category axes sit at the centre (they
//! show nothing), how many radars are flat (every axis the same: no shape), and how many
//! different values one axis takes across the set (how well it tells teams apart).
//!
//! The sets: the benchmark's fifty participants (uniformly random ratings, as in
//! `examples/workshop_links.rs`), the end-to-end workshop's twelve participants (the formula of
//! `tests/e2e/workshop.test.mjs`), and fifty "real-looking" teams, mostly Largely or Fully with
//! a few weak spots, weaker the higher the level. Run: `cargo run --example radar_measures`.

#[cfg(not(target_arch = "wasm32"))]
mod support;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::assessment::{radar_value, Assessment, RadarMeasure};
    use rungs::core::comparison::category_outcomes;
    use rungs::core::model::{catalogue, Model};
    use rungs::core::scoring::{LevelRule, Rating, ScoringSettings};
    use std::collections::BTreeSet;

    use support::{rate_all_at_random, Lcg};

    let models: Vec<&'static Model> = catalogue().iter().collect();
    let benchmark: Vec<Assessment> = {
        let mut random = Lcg(0x0b0a_2d5e);
        (0..50)
            .map(|_| {
                let mut a = Assessment::default();
                rate_all_at_random(&mut a, &models, &mut random);
                a
            })
            .collect()
    };
    let workshop: Vec<Assessment> = (0..12)
        .map(|person: usize| {
            let mut a = Assessment::default();
            for m in &models {
                for (i, p) in m.practices.iter().enumerate() {
                    let x = (person * 7 + i * 13 + ((person * i) % 5)) % 17;
                    let rating = match x {
                        16 => None,
                        15 => Some(Rating::NotApplicable),
                        _ => Some(Rating::ALL[(x / 3).min(4)]),
                    };
                    a.set_rating(m.id, p.id, rating);
                }
            }
            a
        })
        .collect();
    let real_looking: Vec<Assessment> = {
        let mut random = Lcg(0x7ea3);
        (0..50)
            .map(|_| {
                let mut a = Assessment::default();
                for m in &models {
                    for p in m.practices {
                        // The higher the level, the likelier a gap: 1 in 12 at the first
                        // level, up to about 1 in 2 at the top of a five-level model.
                        let gap = random.next(12) < 1 + p.level * 2;
                        let rating = if gap {
                            Rating::ALL[random.next(3)]
                        } else {
                            Rating::ALL[3 + random.next(2)]
                        };
                        a.set_rating(m.id, p.id, Some(rating));
                    }
                }
                a
            })
            .collect()
    };

    println!("| Set | Rule | Measure | Axes at the centre | Flat radars | Values per axis across the set |");
    println!("|---|---|---|---|---|---|");
    for (name, set) in [
        ("benchmark, 50 random", &benchmark),
        ("e2e workshop, 12", &workshop),
        ("real-looking, 50", &real_looking),
    ] {
        for rule in LevelRule::ALL {
            let settings = ScoringSettings {
                rule,
                ..ScoringSettings::default()
            };
            for measure in RadarMeasure::ALL {
                let (mut axes, mut centre, mut radars, mut flat) = (0, 0, 0, 0);
                let mut per_axis: Vec<BTreeSet<u64>> = Vec::new();
                for a in set {
                    let mut axis = 0;
                    for m in &models {
                        let values: Vec<f64> = category_outcomes(m, a, &settings)
                            .iter()
                            .map(|o| radar_value(o, measure))
                            .collect();
                        radars += 1;
                        if values.windows(2).all(|w| w[0] == w[1]) {
                            flat += 1;
                        }
                        for v in values {
                            axes += 1;
                            if v == 0.0 {
                                centre += 1;
                            }
                            if per_axis.len() <= axis {
                                per_axis.push(BTreeSet::new());
                            }
                            per_axis[axis].insert((v * 1000.0).round() as u64);
                            axis += 1;
                        }
                    }
                }
                let distinct: usize = per_axis.iter().map(BTreeSet::len).sum();
                println!(
                    "| {name} | {} | {} | {}% | {}% | {:.1} |",
                    rule.label(),
                    measure.label(),
                    100 * centre / axes.max(1),
                    100 * flat / radars.max(1),
                    distinct as f64 / per_axis.len().max(1) as f64
                );
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
