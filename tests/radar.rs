//! The radar SVG: structure, accessibility and geometry (not bytes: text metrics differ between
//! native and browser builds).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use rungs::core::radar::{axis_point, band_colour, render_svg, Radar, RadarSeries};

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
            outlined: false,
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

/// A `<text>` element of the SVG: where it is drawn, how big, and what it says.
struct Label {
    x: f64,
    y: f64,
    size: f64,
    anchor: String,
    text: String,
}

impl Label {
    /// Its box, with a generous estimate of the text's width (SVG text is measured only by the
    /// browser): (left, top, right, bottom).
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let width = self.text.chars().count() as f64 * self.size * 0.55;
        let left = match self.anchor.as_str() {
            "middle" => self.x - width / 2.0,
            "end" => self.x - width,
            _ => self.x,
        };
        (
            left,
            self.y - self.size / 2.0,
            left + width,
            self.y + self.size / 2.0,
        )
    }
}

fn labels_of(svg: &str) -> Vec<Label> {
    let attribute = |tag: &str, name: &str| -> String {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..][..tag[start..].find('"').unwrap()].to_string()
    };
    svg.split("<text")
        .skip(1)
        .map(|rest| {
            let (tag, rest) = rest.split_once('>').unwrap();
            let text = rest.split_once("</text>").unwrap().0.trim().to_string();
            Label {
                x: attribute(tag, "x").parse().unwrap(),
                y: attribute(tag, "y").parse().unwrap(),
                size: attribute(tag, "font-size").parse().unwrap(),
                anchor: attribute(tag, "text-anchor"),
                text,
            }
        })
        .collect()
}

fn cd_radar(values: &[f64], shown: &[&str]) -> Radar {
    Radar {
        title: "CD".into(),
        description: String::new(),
        axes: [
            "Culture & Organization",
            "Design & Architecture",
            "Build & Deploy",
            "Test & Verification",
            "Information & Reporting",
        ]
        .map(String::from)
        .to_vec(),
        max: 5.0,
        rings: ["Base", "Beginner", "Intermediate", "Advanced", "Expert"]
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1) as f64, name.to_string()))
            .collect(),
        series: vec![RadarSeries {
            label: "Team".into(),
            values: values.to_vec(),
            shown: shown.iter().map(|s| s.to_string()).collect(),
            colour: (10, 20, 30),
            outlined: false,
        }],
        last_sums_up: false,
    }
}

/// K4 of the hostile test: with one axis at Beginner and four at Below Base, "Below Base" was
/// written four times on top of itself and of the ring labels at the centre. Values are now
/// written under the axis names, outside the chart, and no two labels overlap.
#[test]
fn small_values_are_written_outside_the_chart_and_no_labels_overlap() {
    let radar = cd_radar(
        &[2.0, 0.0, 0.0, 0.0, 0.0],
        &[
            "Beginner",
            "Below Base",
            "Below Base",
            "Below Base",
            "Below Base, 93% of Base",
        ],
    );
    let svg = render_svg(&radar, 360).unwrap();
    let labels = labels_of(&svg);
    let centre = (270.0, 180.0);
    let below: Vec<&Label> = labels
        .iter()
        .filter(|l| l.text.starts_with("Below Base"))
        .collect();
    assert_eq!(below.len(), 4, "each value written once");
    for label in &below {
        let distance = ((label.x - centre.0).powi(2) + (label.y - centre.1).powi(2)).sqrt();
        // The chart's radius is at most 0.32 of the height: 115 pixels.
        assert!(distance > 115.0, "{} at {distance}", label.text);
    }
    assert!(
        labels.iter().any(|l| l.text == "93% of Base"),
        "a long value on two lines"
    );
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            let (a0, a1) = (a.bounds(), b.bounds());
            let apart = a0.2 <= a1.0 || a1.2 <= a0.0 || a0.3 <= a1.1 || a1.3 <= a0.1;
            assert!(apart, "{:?} overlaps {:?}", a.text, b.text);
        }
    }
}

/// K4: the long level names of MLOps (Microsoft) ran over the axes as ring labels and values.
#[test]
fn long_level_names_are_drawn_in_their_short_form_and_kept_whole_in_the_table() {
    let names = [
        "Level 1: DevOps but no MLOps",
        "Level 2: Automated training",
        "Level 3: Automated model deployment",
        "Level 4: Full MLOps automated operations",
    ];
    let radar = Radar {
        title: "MLOps".into(),
        description: String::new(),
        axes: [
            "People",
            "Model creation",
            "Model release",
            "Application integration",
        ]
        .map(String::from)
        .to_vec(),
        max: 4.0,
        rings: names
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1) as f64, name.to_string()))
            .collect(),
        series: vec![RadarSeries {
            label: "Team".into(),
            values: vec![4.0, 0.4, 2.67, 4.0],
            shown: vec![
                names[3].into(),
                "Level 0: No MLOps, 40% of Level 1: DevOps but no MLOps".into(),
                "Level 2: Automated training, 67% of Level 3: Automated model deployment".into(),
                names[3].into(),
            ],
            colour: (10, 20, 30),
            outlined: false,
        }],
        last_sums_up: false,
    };
    let svg = render_svg(&radar, 360).unwrap();
    let texts: Vec<String> = labels_of(&svg).into_iter().map(|l| l.text).collect();
    for short in [
        "Level 4",
        "Level 0,",
        "40% of Level 1",
        "Level 2,",
        "67% of Level 3",
    ] {
        assert!(texts.iter().any(|t| t == short), "{short} in {texts:?}");
    }
    assert!(!svg.contains("Full MLOps"), "long names stay in the table");
    assert_eq!(radar.series[0].shown_value(0), names[3]);
}

/// K4: on a phone the 360-pixel drawing shrank to about 6-pixel text. Drawn at 220 pixels for a
/// narrow screen, the text keeps its minimum size, every label stays inside the picture, and the
/// values are left to the table.
#[test]
fn a_small_drawing_keeps_readable_text_inside_the_picture() {
    let radar = cd_radar(
        &[5.0, 0.2, 0.0, 0.0, 0.9],
        &[
            "Expert",
            "Below Base, 20% of Base",
            "Below Base, 0% of Base",
            "Below Base, 0% of Base",
            "Below Base, 93% of Base",
        ],
    );
    let svg = render_svg(&radar, 220).unwrap();
    let labels = labels_of(&svg);
    for label in &labels {
        assert!(label.size >= 8.8, "{} at {}", label.text, label.size);
        let (left, top, right, bottom) = label.bounds();
        assert!(
            left >= 0.0 && top >= 0.0 && right <= 330.0 && bottom <= 220.0,
            "{} outside: {:?}",
            label.text,
            label.bounds()
        );
    }
    // The values are left to the table beside: on the chart they took the chart's room.
    assert!(
        !labels.iter().any(|l| l.text.starts_with("Below Base")),
        "no values on a small drawing"
    );
    // Rings too close for a line of text each (ten levels on a small drawing) are labelled every
    // other one, or every third, from the outermost.
    let mut crowded = radar.clone();
    crowded.max = 10.0;
    crowded.rings = (1..=10).map(|v| (f64::from(v), format!("L{v}"))).collect();
    let svg = render_svg(&crowded, 220).unwrap();
    let rings: Vec<String> = labels_of(&svg)
        .into_iter()
        .map(|l| l.text)
        .filter(|t| t.starts_with('L') && t[1..].parse::<u32>().is_ok())
        .collect();
    assert!(
        rings.first().map(String::as_str) == Some("L10") && rings.len() < 10,
        "{rings:?}"
    );
}

#[test]
fn long_axis_names_and_values_break_into_two_lines() {
    use rungs::core::radar::{label_lines, value_lines};
    assert_eq!(label_lines("Process"), ["Process"]);
    assert_eq!(
        label_lines("Information & Reporting"),
        ["Information", "& Reporting"]
    );
    assert_eq!(
        label_lines("Supercalifragilistic"),
        ["Supercalifragilistic"]
    );
    assert_eq!(value_lines("Below Base"), ["Below Base"]);
    assert_eq!(
        value_lines("Beginner, 60% of Intermediate"),
        ["Beginner,", "60% of Intermediate"]
    );
    assert_eq!(
        value_lines("Level 4: Full MLOps automated operations"),
        ["Level 4"]
    );
    assert_eq!(value_lines("not applicable"), ["not applicable"]);
}

/// Found at the final look: the dimension radar of one model in "Level and progress" had
/// percentage rings beside words like "Beginner, 50% of Intermediate". One model is drawn on its
/// own ladder, rings named by its levels; models of different ladders share a 0–100% scale.
#[test]
fn the_dimension_radar_of_one_model_uses_its_ladder_and_of_several_a_shared_scale() {
    use rungs::core::assessment::{Assessment, RadarMeasure};
    use rungs::core::model::find_model;
    use rungs::core::radar_data::dimension_radar;
    use rungs::core::scoring::Rating;
    let cd = find_model("cd-maturity").unwrap();
    let cmmi = find_model("cmmi").unwrap();
    let mut a = Assessment::default();
    for p in cd.practices.iter().chain(cmmi.practices) {
        let model = if cd.practices.iter().any(|q| q.id == p.id) {
            cd
        } else {
            cmmi
        };
        a.set_rating(model.id, p.id, Some(Rating::Fully));
    }
    for measure in [RadarMeasure::Progress, RadarMeasure::Level] {
        a.radar_measure = measure;
        let one = dimension_radar(&[cd], &a);
        let rings: Vec<&str> = one.rings.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(
            rings,
            ["Base", "Beginner", "Intermediate", "Advanced", "Expert"]
        );
        assert_eq!(one.max, 5.0);
        assert!(
            one.series[0].values.iter().all(|&v| v == 5.0),
            "{measure:?}"
        );
        assert!(
            one.series[0].shown.iter().all(|s| s == "Expert"),
            "{:?}",
            one.series[0].shown
        );
        assert!(
            one.description.contains("Organization Expert"),
            "{}",
            one.description
        );

        let both = dimension_radar(&[cd, cmmi], &a);
        assert_eq!(both.max, 1.0);
        assert_eq!(both.rings.last().map(|(_, n)| n.as_str()), Some("100%"));
        assert!(both
            .series
            .iter()
            .all(|s| s.values.iter().all(|&v| v == 1.0)));
    }
}

#[test]
fn the_ring_bands_darken_outward_along_the_rating_scale() {
    let svg = render_svg(&radar(), 360).unwrap();
    // Four bands, outermost first, each an opaque pale blue; then the series' translucent fill.
    let fills: Vec<&str> = svg
        .lines()
        .filter(|l| l.contains("<polygon"))
        .map(|l| {
            l.split("fill=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(fills.len(), 5, "{fills:?}");
    let bands: Vec<String> = (0..4)
        .rev()
        .map(|i| {
            let (r, g, b) = band_colour(i, 4);
            format!("#{r:02X}{g:02X}{b:02X}")
        })
        .collect();
    assert_eq!(
        fills[..4],
        bands.iter().map(String::as_str).collect::<Vec<_>>()[..]
    );
    // Darker outward: a lower sum of channels is a darker colour.
    let sum = |i| {
        let (r, g, b) = band_colour(i, 4);
        u32::from(r) + u32::from(g) + u32::from(b)
    };
    assert!(sum(0) > sum(1) && sum(1) > sum(2) && sum(2) > sum(3));
}
