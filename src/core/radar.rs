//! Radar charts as SVG text, drawn with plotters' SVG backend.
//!
//! Pure: no DOM, no Leptos. The app shows the string with `inner_html`, offers it as a download,
//! and the native tests check its structure. Geometry lives in [`axis_point`] so it can be tested
//! without parsing SVG.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

/// One polygon on the radar, e.g. one assessment or one workshop participant.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarSeries {
    pub label: String,
    /// One value per axis, between 0 and the radar's `max`.
    pub values: Vec<f64>,
    /// How each value reads to a person (e.g. a level name or "75%"), for the chart's value
    /// labels and the data table beside it. Empty: the numbers are shown.
    pub shown: Vec<String>,
    pub colour: (u8, u8, u8),
}

/// Everything needed to draw a radar.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// Short title, used as the SVG's accessible name.
    pub title: String,
    /// Longer text description for screen readers (the SVG's `<desc>`).
    pub description: String,
    pub axes: Vec<String>,
    /// The value at the outer ring.
    pub max: f64,
    /// Labelled rings, as (value, label), e.g. one per maturity level.
    pub rings: Vec<(f64, String)>,
    pub series: Vec<RadarSeries>,
    /// The last series sums up the others (a workshop's median): it alone is filled and drawn
    /// thick, the others as thin outlines, so the team's shape stands out from each person's.
    pub last_sums_up: bool,
}

/// Pixel position of `fraction` of the radius (clamped to 0..=1.2, so labels can sit just
/// outside the chart) on axis `index` of `count`, clockwise from the top.
///
/// ```
/// use rungs::core::radar::axis_point;
/// // The first axis points straight up.
/// assert_eq!(axis_point((100, 100), 50.0, 0, 4, 1.0), (100, 50));
/// // The second of four points right.
/// assert_eq!(axis_point((100, 100), 50.0, 1, 4, 1.0), (150, 100));
/// ```
pub fn axis_point(
    centre: (i32, i32),
    radius: f64,
    index: usize,
    count: usize,
    fraction: f64,
) -> (i32, i32) {
    let count = count.max(1) as f64;
    let angle = -PI / 2.0 + 2.0 * PI * index as f64 / count;
    let r = radius * fraction.clamp(0.0, 1.2);
    (
        centre.0 + (r * angle.cos()).round() as i32,
        centre.1 + (r * angle.sin()).round() as i32,
    )
}

/// Escapes text for an XML text node or attribute.
fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

impl RadarSeries {
    /// The text for value `index`: its `shown` text, else the number.
    pub fn shown_value(&self, index: usize) -> String {
        match (self.shown.get(index), self.values.get(index)) {
            (Some(text), _) => text.clone(),
            // Tenths by integer arithmetic: precision formatting of floats would add ~5 KB of
            // code to the wasm for this one label.
            (None, Some(value)) => {
                let tenths = (value * 10.0).round() as i64;
                format!("{}.{}", tenths / 10, (tenths % 10).abs())
            }
            (None, None) => "–".into(),
        }
    }
}

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const GRID: RGBColor = RGBColor(0xc4, 0xcb, 0xd4);

/// Draws `radar` as an SVG `size` pixels high and [`width_for`]`(size)` wide, with `role="img"`, a
/// `<title>` and a `<desc>`. The extra width is room for the labels of the side axes, which for
/// long category names ("Information & Reporting") would otherwise be cut at the edge.
///
/// ```
/// use rungs::core::radar::{render_svg, Radar, RadarSeries};
/// let radar = Radar {
///     title: "Levels".into(),
///     description: "Four axes".into(),
///     axes: vec!["A".into(), "B".into(), "C".into()],
///     max: 4.0,
///     rings: vec![(2.0, "Two".into())],
///     series: vec![RadarSeries {
///         label: "Me".into(),
///         values: vec![1.0, 2.0, 3.0],
///         shown: vec![],
///         colour: (0, 0, 200),
///     }],
///     last_sums_up: false,
/// };
/// let svg = render_svg(&radar, 300).unwrap();
/// assert!(svg.starts_with("<svg role=\"img\""));
/// ```
pub fn render_svg(radar: &Radar, size: u32) -> Result<String, String> {
    let mut svg = String::new();
    draw(radar, size, &mut svg).map_err(|e| format!("cannot draw the radar: {e}"))?;
    let header = format!(
        "<svg role=\"img\" aria-label=\"{}\" class=\"radar\" ",
        escape_xml(&radar.title)
    );
    let accessible = format!(
        "<title>{}</title><desc>{}</desc>",
        escape_xml(&radar.title),
        escape_xml(&radar.description)
    );
    let body = svg
        .strip_prefix("<svg ")
        .ok_or("plotters wrote no <svg> element")?;
    let Some(end_of_open_tag) = body.find('>') else {
        return Err("plotters wrote an unterminated <svg> tag".into());
    };
    let (open_tag, rest) = body.split_at(end_of_open_tag + 1);
    Ok(format!("{header}{open_tag}{accessible}{rest}"))
}

/// The width of a radar `size` pixels high: half as wide again, for the side labels.
pub fn width_for(size: u32) -> u32 {
    size + size / 2
}

fn draw(
    radar: &Radar,
    size: u32,
    svg: &mut String,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let width = width_for(size);
    let root = SVGBackend::with_string(svg, (width, size)).into_drawing_area();
    let centre = (width as i32 / 2, size as i32 / 2);
    let radius = f64::from(size) * 0.32;
    let count = radar.axes.len();
    let max = if radar.max > 0.0 { radar.max } else { 1.0 };
    let label_font = ("sans-serif", (size / 26).max(11))
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let value_font = ("sans-serif", (size / 30).max(10))
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let ring_font = ("sans-serif", (size / 34).max(9))
        .into_font()
        .color(&RGBColor(0x4b, 0x55, 0x63))
        .pos(Pos::new(HPos::Left, VPos::Bottom));

    // Rings: one polygon per labelled value, plus the outer edge.
    let mut ring_values: Vec<(f64, &str)> = radar
        .rings
        .iter()
        .map(|(v, label)| (*v, label.as_str()))
        .collect();
    if !ring_values
        .iter()
        .any(|(v, _)| (*v - max).abs() < f64::EPSILON)
    {
        ring_values.push((max, ""));
    }
    for (value, label) in &ring_values {
        let points: Vec<(i32, i32)> = (0..=count)
            .map(|i| axis_point(centre, radius, i % count.max(1), count, value / max))
            .collect();
        root.draw(&PathElement::new(points, GRID.stroke_width(1)))?;
        if !label.is_empty() {
            // On the bisector between the last axis and the first, away from the value labels.
            let (x, y) = axis_point(centre, radius, 2 * count - 1, 2 * count, value / max);
            root.draw(&Text::new(
                label.to_string(),
                (x + 2, y - 1),
                ring_font.clone(),
            ))?;
        }
    }

    // Spokes and axis labels.
    for (i, axis) in radar.axes.iter().enumerate() {
        let end = axis_point(centre, radius, i, count, 1.0);
        root.draw(&PathElement::new(vec![centre, end], GRID.stroke_width(1)))?;
        let label_at = axis_point(centre, radius * 1.22, i, count, 1.0);
        root.draw(&Text::new(axis.clone(), label_at, label_font.clone()))?;
    }

    // One filled polygon per series, with a dot on every value. A crowded chart (a workshop's
    // participants) draws outlines only and fills just the last series, which callers use for
    // the summary (the median): fifty translucent fills hide each other and are slow to paint.
    // A chart whose last series sums up the others is drawn that way whatever its size.
    let crowded = radar.series.len() > 6;
    let outlines = crowded || radar.last_sums_up;
    let last = radar.series.len().saturating_sub(1);
    for (index, series) in radar.series.iter().enumerate() {
        let (r, g, b) = series.colour;
        let colour = RGBColor(r, g, b);
        let points: Vec<(i32, i32)> = series
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| axis_point(centre, radius, i, count, (v / max).min(1.0)))
            .collect();
        let summary = outlines && index == last;
        let filled = !outlines || summary;
        if points.len() >= 3 && filled {
            let opacity = if summary { 0.3 } else { 0.18 };
            root.draw(&Polygon::new(points.clone(), colour.mix(opacity).filled()))?;
        }
        let mut outline = points.clone();
        if let Some(first) = points.first() {
            outline.push(*first);
        }
        let width = if summary {
            3
        } else if crowded {
            1
        } else {
            2
        };
        root.draw(&PathElement::new(outline, colour.stroke_width(width)))?;
        if !crowded {
            for point in &points {
                root.draw(&Circle::new(*point, 3, colour.filled()))?;
            }
        }
        // Values are written beside the dots when one series is drawn; with several the table
        // beside the chart carries them, as labels would overlap.
        if radar.series.len() == 1 {
            for (i, value) in series.values.iter().enumerate() {
                // Just outside the dot along its axis, so labels of small values fan out
                // instead of piling up at the centre.
                let at = axis_point(centre, radius, i, count, (value / max).min(1.0) + 0.16);
                root.draw(&Text::new(series.shown_value(i), at, value_font.clone()))?;
            }
        }
    }
    root.present()
}
