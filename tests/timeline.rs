//! The timeline SVG: structure, accessibility and geometry, and the data table beside it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use rungs::core::timeline_chart::{
    data_rows, render_svg, short_label, thinned, MarkerShape, Timeline, TimelineLine, NO_SNAPSHOTS,
};

const RED: (u8, u8, u8) = (0xc8, 0x10, 0x10);
const BLUE: (u8, u8, u8) = (0x10, 0x40, 0xc8);
const GREEN: (u8, u8, u8) = (0x10, 0x90, 0x40);

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn line(label: &str, values: &[Option<f64>], colour: (u8, u8, u8)) -> TimelineLine {
    TimelineLine {
        label: label.into(),
        values: values.to_vec(),
        shown: Vec::new(),
        colour,
    }
}

/// Three lines over five snapshots, on the levels of a five-level model.
fn timeline() -> Timeline {
    Timeline {
        title: "Progress <over> time".into(),
        description: "Levels & shares".into(),
        points: [
            "2026-01-05",
            "2026-03-02",
            "2026-05-11",
            "2026-09-14",
            "2026-12-02",
        ]
        .map(String::from)
        .to_vec(),
        max: 5.0,
        rings: ["Base", "Beginner", "Intermediate", "Advanced", "Expert"]
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1) as f64, name.to_string()))
            .collect(),
        lines: vec![
            line(
                "Whole model",
                &[Some(1.0), Some(1.5), Some(2.0), Some(2.5), Some(3.2)],
                RED,
            ),
            line(
                "Build & Deploy",
                &[Some(2.0), Some(2.0), Some(3.0), Some(4.0), Some(4.0)],
                BLUE,
            ),
            line(
                "Culture & Organization",
                &[Some(0.0), Some(0.5), Some(1.0), Some(1.0), Some(2.0)],
                GREEN,
            ),
        ],
    }
}

/// The `<polyline>`s drawn in `colour`.
fn polylines(svg: &str, colour: (u8, u8, u8)) -> Vec<&str> {
    let stroke = format!("stroke=\"{}\"", hex(colour));
    svg.split('<')
        .filter(|tag| tag.starts_with("polyline") && tag.contains(&stroke))
        .collect()
}

/// The elements filled with `colour`: the markers on the chart and the one in the legend.
fn markers(svg: &str, colour: (u8, u8, u8)) -> usize {
    let fill = format!("fill=\"{}\"", hex(colour));
    svg.split('<')
        .filter(|tag| !tag.starts_with("text") && tag.contains(&fill))
        .count()
}

/// The (x, y) points of a `<polyline>` or `<polygon>` tag.
fn points_of(tag: &str) -> Vec<(i32, i32)> {
    let start = tag.find("points=\"").unwrap() + 8;
    tag[start..][..tag[start..].find('"').unwrap()]
        .split_whitespace()
        .map(|pair| {
            let (x, y) = pair.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// The texts written on the chart, in order.
fn texts_of(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|rest| {
            let (_, rest) = rest.split_once('>').unwrap();
            rest.split_once("</text>").unwrap().0.trim().to_string()
        })
        .collect()
}

#[test]
fn the_svg_is_an_accessible_image_with_escaped_title_and_description() {
    let svg = render_svg(&timeline(), 700, 420).unwrap();
    assert!(
        svg.starts_with("<svg role=\"img\" aria-label=\"Progress &lt;over&gt; time\""),
        "{}",
        &svg[..200]
    );
    assert!(
        svg.contains("<title>Progress &lt;over&gt; time</title><desc>Levels &amp; shares</desc>")
    );
    assert!(svg.contains("width=\"700\" height=\"420\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<svg").count(), 1);
}

#[test]
fn each_line_is_one_polyline_with_a_marker_per_value_and_its_own_shape() {
    let tl = timeline();
    let svg = render_svg(&tl, 700, 420).unwrap();
    for l in &tl.lines {
        let lines = polylines(&svg, l.colour);
        assert_eq!(lines.len(), 1, "{}", l.label);
        assert_eq!(points_of(lines[0]).len(), 5, "{}", l.label);
        // A marker per value, plus the one in the legend.
        assert_eq!(markers(&svg, l.colour), 5 + 1, "{}", l.label);
    }
    // Colour is not the only cue: the first line's markers are circles, the others polygons of
    // different shapes.
    assert!(svg
        .split('<')
        .filter(|t| t.contains(&format!("fill=\"{}\"", hex(RED))))
        .all(|t| t.starts_with("circle")));
    assert!(svg.contains("<circle cx"));
    let shapes: Vec<MarkerShape> = (0..8).map(MarkerShape::of_line).collect();
    for (i, a) in shapes.iter().enumerate() {
        assert!(!shapes[i + 1..].contains(a), "{a:?} used twice");
    }
    assert_eq!(MarkerShape::of_line(8), MarkerShape::of_line(0));
    // The legend names every line.
    let texts = texts_of(&svg);
    for name in [
        "Whole model",
        "Build &amp; Deploy",
        "Culture &amp; Organization",
    ] {
        assert!(texts.iter().any(|t| t == name), "{name} in {texts:?}");
    }
}

#[test]
fn a_missing_value_splits_the_line() {
    let mut tl = timeline();
    tl.lines[0].values = vec![Some(1.0), Some(2.0), None, Some(3.0), Some(3.5)];
    tl.lines[1].values = vec![Some(1.0), None, Some(2.0), None, Some(3.0)];
    let svg = render_svg(&tl, 700, 420).unwrap();
    let red = polylines(&svg, RED);
    assert_eq!(red.len(), 2, "two runs");
    assert!(red.iter().all(|l| points_of(l).len() == 2));
    assert_eq!(markers(&svg, RED), 4 + 1);
    // Values with no neighbour are markers alone.
    assert!(polylines(&svg, BLUE).is_empty());
    assert_eq!(markers(&svg, BLUE), 3 + 1);
}

#[test]
fn every_point_has_a_tick_and_labels_are_thinned_keeping_the_first_and_last() {
    let svg = render_svg(&timeline(), 700, 420).unwrap();
    let texts = texts_of(&svg);
    for date in timeline().points {
        assert!(texts.contains(&date), "{date} in {texts:?}");
    }

    let mut crowded = timeline();
    crowded.points = (0..24)
        .map(|m| format!("{}-{:02}-01", 2026 + m / 12, m % 12 + 1))
        .collect();
    for l in &mut crowded.lines {
        l.values = (0..24).map(|i| Some(f64::from(i) / 6.0)).collect();
    }
    let svg = render_svg(&crowded, 500, 300).unwrap();
    let texts = texts_of(&svg);
    let dates: Vec<&String> = texts.iter().filter(|t| t.starts_with("202")).collect();
    assert!(dates.len() < 24 && dates.len() > 2, "{dates:?}");
    assert_eq!(dates.first().unwrap().as_str(), "2026-01-01");
    assert_eq!(dates.last().unwrap().as_str(), "2027-12-01");
    // A tick per point: short vertical polylines in ink.
    let ticks = svg
        .split('<')
        .filter(|t| t.starts_with("polyline") && t.contains("stroke=\"#1F2937\""))
        .filter(|t| {
            let p = points_of(t);
            p.len() == 2 && p[0].0 == p[1].0 && p[1].1 - p[0].1 == 4
        })
        .count();
    assert_eq!(ticks, 24);

    assert_eq!(thinned(0, 10.0, 80.0), Vec::<usize>::new());
    assert_eq!(thinned(1, f64::INFINITY, 80.0), vec![0]);
    assert_eq!(thinned(5, 100.0, 80.0), vec![0, 1, 2, 3, 4]);
    assert_eq!(thinned(6, 50.0, 80.0), vec![0, 2, 5]);
    assert_eq!(thinned(7, 50.0, 80.0), vec![0, 2, 4, 6]);
}

#[test]
fn rings_are_labelled_and_long_level_names_are_cut() {
    let svg = render_svg(&timeline(), 700, 420).unwrap();
    let texts = texts_of(&svg);
    for ring in ["Base", "Beginner", "Intermediate", "Advanced", "Expert"] {
        assert!(texts.iter().any(|t| t == ring), "{ring} in {texts:?}");
    }

    let mut long = timeline();
    long.rings = vec![
        (1.0, "Level 1: DevOps but no MLOps".into()),
        (4.0, "Level 4: Full MLOps automated operations".into()),
        (5.0, "Exceptionally well managed".into()),
    ];
    let svg = render_svg(&long, 700, 420).unwrap();
    let texts = texts_of(&svg);
    for ring in ["Level 1", "Level 4", "Exceptionally…"] {
        assert!(texts.iter().any(|t| t == ring), "{ring} in {texts:?}");
    }
    assert!(!svg.contains("MLOps"));
    assert_eq!(short_label("Intermediate", 14), "Intermediate");
    assert_eq!(
        short_label("Exceptionally well managed", 14),
        "Exceptionally…"
    );
    assert_eq!(short_label("Level 2: Automated training", 14), "Level 2");

    // Rings closer than a line of text are labelled every other one, from the top.
    let mut crowded = timeline();
    crowded.max = 20.0;
    crowded.rings = (1..=20).map(|v| (f64::from(v), format!("L{v}"))).collect();
    let svg = render_svg(&crowded, 500, 240).unwrap();
    let rings: Vec<String> = texts_of(&svg)
        .into_iter()
        .filter(|t| t.starts_with('L') && t[1..].parse::<u32>().is_ok())
        .collect();
    assert!(
        rings.first().map(String::as_str) == Some("L20") && rings.len() < 20,
        "{rings:?}"
    );
}

#[test]
fn values_are_clamped_to_the_chart() {
    let mut tl = timeline();
    tl.lines = vec![
        line("Over", &[Some(9.0), Some(-2.0), Some(f64::INFINITY)], RED),
        line("Edge", &[Some(5.0), Some(0.0), Some(5.0)], BLUE),
    ];
    tl.points.truncate(3);
    let svg = render_svg(&tl, 700, 420).unwrap();
    let over = points_of(polylines(&svg, RED)[0]);
    let edge = points_of(polylines(&svg, BLUE)[0]);
    let heights = |p: &[(i32, i32)]| p.iter().map(|(_, y)| *y).collect::<Vec<_>>();
    assert_eq!(heights(&over), heights(&edge));
    // NaN is no value: a gap.
    tl.lines[0].values[1] = Some(f64::NAN);
    let svg = render_svg(&tl, 700, 420).unwrap();
    assert!(polylines(&svg, RED).is_empty());
    assert_eq!(markers(&svg, RED), 2 + 1);
}

#[test]
fn no_lines_or_no_snapshots_draw_the_axes_and_a_note() {
    let mut none = timeline();
    none.lines.clear();
    let mut no_points = timeline();
    no_points.points.clear();
    for l in &mut no_points.lines {
        l.values.clear();
    }
    let mut no_values = timeline();
    for l in &mut no_values.lines {
        l.values = vec![None; 5];
    }
    for tl in [none, no_points, no_values] {
        let svg = render_svg(&tl, 700, 420).unwrap();
        assert!(svg.contains("<title>Progress &lt;over&gt; time</title>"));
        assert!(texts_of(&svg).iter().any(|t| t == NO_SNAPSHOTS), "{svg}");
        assert!(svg.contains("stroke=\"#1F2937\""), "the axes");
        for colour in [RED, BLUE, GREEN] {
            assert!(polylines(&svg, colour).is_empty());
            assert_eq!(markers(&svg, colour), 0, "no legend either");
        }
    }
}

#[test]
fn one_snapshot_draws_only_markers() {
    let mut tl = timeline();
    tl.points.truncate(1);
    for l in &mut tl.lines {
        l.values.truncate(1);
    }
    let svg = render_svg(&tl, 700, 420).unwrap();
    assert!(!texts_of(&svg).iter().any(|t| t == NO_SNAPSHOTS));
    assert!(texts_of(&svg).iter().any(|t| t == "2026-01-05"));
    for l in &tl.lines {
        assert!(polylines(&svg, l.colour).is_empty(), "{}", l.label);
        assert_eq!(markers(&svg, l.colour), 1 + 1, "{}", l.label);
    }
}

/// Levels are few, so lines often share a value: their markers are set side by side instead
/// of on top of each other, and a marker alone stays on its tick.
#[test]
fn markers_that_would_hide_each_other_are_set_side_by_side() {
    let mut tl = timeline();
    tl.lines[1].values = tl.lines[0].values.clone();
    tl.lines[2].values = vec![Some(5.0); 5];
    let svg = render_svg(&tl, 700, 420).unwrap();
    let red = points_of(polylines(&svg, RED)[0]);
    let blue = points_of(polylines(&svg, BLUE)[0]);
    let green = points_of(polylines(&svg, GREEN)[0]);
    for ((r, b), g) in red.iter().zip(&blue).zip(&green) {
        assert_eq!(r.1, b.1);
        assert!(b.0 - r.0 >= 10, "{r:?} {b:?}");
        // Alone at the top: on the tick, between the two.
        assert_eq!(g.0 * 2, r.0 + b.0, "{r:?} {b:?} {g:?}");
    }
}

#[test]
fn the_same_timeline_draws_the_same_bytes() {
    let a = render_svg(&timeline(), 700, 420).unwrap();
    let b = render_svg(&timeline(), 700, 420).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, render_svg(&timeline(), 600, 420).unwrap());
}

/// Every text stays inside the picture, and none overlaps another (estimated widths).
#[test]
fn labels_stay_inside_the_picture_and_apart() {
    for (width, height) in [(700, 420), (360, 260)] {
        let svg = render_svg(&timeline(), width, height).unwrap();
        let mut boxes = Vec::new();
        for rest in svg.split("<text").skip(1) {
            let (tag, rest) = rest.split_once('>').unwrap();
            let attribute = |name: &str| -> String {
                let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                tag[start..][..tag[start..].find('"').unwrap()].to_string()
            };
            let text = rest
                .split_once("</text>")
                .unwrap()
                .0
                .trim()
                .replace("&amp;", "&");
            let x: f64 = attribute("x").parse().unwrap();
            let y: f64 = attribute("y").parse().unwrap();
            let size: f64 = attribute("font-size").parse().unwrap();
            let w = text.chars().count() as f64 * size * 0.55;
            let left = match attribute("text-anchor").as_str() {
                "middle" => x - w / 2.0,
                "end" => x - w,
                _ => x,
            };
            let top = match attribute("dy").as_str() {
                "0.76em" => y,
                _ => y - size / 2.0,
            };
            let bounds = (left, top, left + w, top + size);
            assert!(
                bounds.0 >= 0.0
                    && bounds.1 >= 0.0
                    && bounds.2 <= f64::from(width)
                    && bounds.3 <= f64::from(height),
                "{text} outside {width}x{height}: {bounds:?}"
            );
            boxes.push((text, bounds));
        }
        for (i, (a, p)) in boxes.iter().enumerate() {
            for (b, q) in &boxes[i + 1..] {
                let apart = p.2 <= q.0 || q.2 <= p.0 || p.3 <= q.1 || q.3 <= p.1;
                assert!(apart, "{a:?} overlaps {b:?} at {width}x{height}");
            }
        }
    }
}

#[test]
fn the_data_table_has_a_row_per_snapshot_and_a_column_per_line() {
    let mut tl = timeline();
    tl.points.truncate(3);
    tl.lines[0].values = vec![Some(1.0), None, Some(2.25)];
    tl.lines[0].shown = vec![
        "Base".into(),
        String::new(),
        "Beginner, 25% of Intermediate".into(),
    ];
    tl.lines[1].values = vec![Some(2.0), Some(2.46), None];
    tl.lines[1].shown = Vec::new();
    tl.lines.truncate(2);
    assert_eq!(
        data_rows(&tl),
        vec![
            vec!["Snapshot", "Whole model", "Build & Deploy"],
            vec!["2026-01-05", "Base", "2.0"],
            vec!["2026-03-02", "—", "2.5"],
            vec!["2026-05-11", "Beginner, 25% of Intermediate", "—"],
        ]
    );
    let mut empty = tl.clone();
    empty.points.clear();
    assert_eq!(
        data_rows(&empty),
        vec![vec!["Snapshot", "Whole model", "Build & Deploy"]]
    );
}
