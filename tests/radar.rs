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
