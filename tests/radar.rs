//! The radar SVG: structure, accessibility and geometry (not bytes: text metrics differ between
//! native and browser builds).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use rungs::core::radar::{axis_point, render_svg, Radar, RadarSeries};

fn radar() -> Radar {
    Radar {
        title: "Levels <by> dimension".into(),
        description: "A & B".into(),
        axes: ["Organization", "Process", "Technology", "Culture"]
            .map(String::from)
            .to_vec(),
        max: 4.0,
        rings: (1..=4).map(|v| (f64::from(v), format!("L{v}"))).collect(),
        series: vec![RadarSeries {
            label: "Team".into(),
            values: vec![1.0, 2.0, 3.0, 4.0],
            shown: vec!["One".into(), "Two".into(), "Three".into(), "Four".into()],
            colour: (10, 20, 30),
        }],
        last_sums_up: false,
    }
}

#[test]
fn the_svg_is_an_accessible_image_with_escaped_title_and_description() {
    let svg = render_svg(&radar(), 360).unwrap();
    assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Levels &lt;by&gt; dimension\""));
    assert!(svg.contains("<title>Levels &lt;by&gt; dimension</title><desc>A &amp; B</desc>"));
    assert!(svg.trim_end().ends_with("</svg>"));
    // Half as wide again as high: room for the labels of the side axes.
    assert!(
        svg.contains("width=\"540\" height=\"360\""),
        "{}",
        &svg[..200]
    );
}

#[test]
fn the_svg_labels_every_axis_and_ring_and_draws_the_series() {
    let svg = render_svg(&radar(), 360).unwrap();
    for label in [
        "Organization",
        "Process",
        "Technology",
        "Culture",
        "L1",
        "L4",
    ] {
        assert!(svg.contains(label), "missing {label}");
    }
    assert!(svg.contains("<polygon"), "the series is filled");
    assert_eq!(svg.matches("<circle").count(), 4, "one dot per value");
    for value in ["One", "Two", "Three", "Four"] {
        assert!(svg.contains(value), "value {value} is written on the chart");
    }
}

#[test]
fn axis_points_go_clockwise_from_the_top_and_clamp_values() {
    let c = (100, 100);
    assert_eq!(axis_point(c, 50.0, 0, 4, 1.0), (100, 50));
    assert_eq!(axis_point(c, 50.0, 1, 4, 1.0), (150, 100));
    assert_eq!(axis_point(c, 50.0, 2, 4, 0.5), (100, 125));
    assert_eq!(axis_point(c, 50.0, 3, 4, 2.0), (40, 100), "clamped to 1.2");
    assert_eq!(axis_point(c, 50.0, 0, 4, -1.0), c);
}

/// W5 and C1 of the hostile test: with every practice Not applicable, "Share in place" showed
/// 0% (read as "nothing in place") and the level read "Below Base" next to "There is no higher
/// level to reach". Nothing can be judged there, and the radar and results say so.
#[test]
fn a_model_with_every_practice_not_applicable_is_not_judged_nor_shown_as_zero() {
    use rungs::core::assessment::{Assessment, RadarMeasure};
    use rungs::core::comparison::category_outcomes;
    use rungs::core::radar_data::{category_radar, dimension_radar, NO_APPLICABLE};
    use rungs::core::scoring::{Rating, NOT_JUDGED};
    let model = rungs::core::model::find_model("cd-maturity").unwrap();
    let mut a = Assessment {
        radar_measure: RadarMeasure::Share,
        ..Assessment::default()
    };
    for p in model.practices {
        a.set_rating(model.id, p.id, Some(Rating::NotApplicable));
    }
    let outcome = a.model_outcome(model);
    assert!(!outcome.judged());
    assert_eq!(outcome.level_name(model), NOT_JUDGED);
    let outcomes = category_outcomes(model, &a, &a.settings);
    let radar = category_radar(model, &outcomes, &a);
    assert!(
        radar.series[0].shown.iter().all(|s| s == NO_APPLICABLE),
        "{:?}",
        radar.series[0].shown
    );
    let radar = dimension_radar(&[model], &a);
    assert!(
        radar.series[0].shown.iter().all(|s| s == NO_APPLICABLE),
        "{:?}",
        radar.series[0].shown
    );
    // One applicable practice makes the set judged again.
    a.set_rating(model.id, model.practices[0].id, Some(Rating::Fully));
    assert!(a.model_outcome(model).judged());
}
