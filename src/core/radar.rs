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
    /// Drawn as a dashed outline with hollow dots and no fill: a target beside the current
    /// values, which stay the one filled shape.
    pub outlined: bool,
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
/// The innermost and outermost ring bands: the app's rating scale (light to dark blue, the
/// stylesheet's `--scale-*`), kept pale so the polygons over it stay clear. A higher level reads
/// darker, on the radar as in the matrix, and in greyscale print too.
const BAND_INNER: (u8, u8, u8) = (0xf8, 0xfa, 0xfc);
const BAND_OUTER: (u8, u8, u8) = (0xd6, 0xe4, 0xfb);

/// The colour of ring band `index` of `count`, counted from the centre.
pub fn band_colour(index: usize, count: usize) -> (u8, u8, u8) {
    let f = if count > 1 {
        index as f64 / (count - 1) as f64
    } else {
        1.0
    };
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * f).round() as u8;
    (
        mix(BAND_INNER.0, BAND_OUTER.0),
        mix(BAND_INNER.1, BAND_OUTER.1),
        mix(BAND_INNER.2, BAND_OUTER.2),
    )
}

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
///         outlined: false,
///     }],
///     last_sums_up: false,
/// };
/// let svg = render_svg(&radar, 300).unwrap();
/// assert!(svg.starts_with("<svg role=\"img\""));
/// ```
pub fn render_svg(radar: &Radar, size: u32) -> Result<String, String> {
    let mut svg = String::new();
    draw(radar, size, &mut svg).map_err(|e| format!("cannot draw the radar: {e}"))?;
    accessible_svg(&svg, "radar", &radar.title, &radar.description)
}

/// Plotters' SVG made an accessible image: `role="img"`, an `aria-label`, a class, and a
/// `<title>` and `<desc>` as its first children (what screen readers announce).
pub(crate) fn accessible_svg(
    svg: &str,
    class: &str,
    title: &str,
    description: &str,
) -> Result<String, String> {
    let header = format!(
        "<svg role=\"img\" aria-label=\"{}\" class=\"{class}\" ",
        escape_xml(title)
    );
    let accessible = format!(
        "<title>{}</title><desc>{}</desc>",
        escape_xml(title),
        escape_xml(description)
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
    let count = radar.axes.len();
    let max = if radar.max > 0.0 { radar.max } else { 1.0 };
    let label_size = (size / 26).max(13);
    let value_size = (size / 30).max(12);
    let ring_size = (size / 34).max(11);
    let label_font = ("sans-serif", label_size)
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let value_font = ("sans-serif", value_size, FontStyle::Bold)
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    // Ring labels end at the bisector between the last axis and the first and run leftwards,
    // into the widest free space, instead of across the first axis and its label (K4).
    let ring_font = ("sans-serif", ring_size)
        .into_font()
        .color(&RGBColor(0x4b, 0x55, 0x63))
        .pos(Pos::new(HPos::Right, VPos::Bottom));

    // Every axis's block of label lines, then the largest radius that keeps them all inside the
    // picture: on a phone the fonts keep a readable minimum, so the chart gives way (K4).
    let blocks: Vec<LabelBlock> = radar
        .axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let mut lines: Vec<(String, bool)> = label_lines(axis)
                .into_iter()
                .map(|line| (line, false))
                .collect();
            // A small drawing (a phone) leaves the values to the table beside it: written on
            // the chart they took the room the chart needs.
            let filled: Vec<&RadarSeries> = radar.series.iter().filter(|s| !s.outlined).collect();
            if let ([series], true) = (filled.as_slice(), size >= SMALL_DRAWING) {
                lines.extend(
                    value_lines(&series.shown_value(i))
                        .into_iter()
                        .map(|line| (line, true)),
                );
            }
            LabelBlock::new(lines, i, count, label_size, value_size)
        })
        .collect();
    let radius = blocks
        .iter()
        .map(|block| block.largest_radius(f64::from(width), f64::from(size)))
        .fold(f64::from(size) * 0.32, f64::min)
        .max(f64::from(size) * 0.2);

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
    ring_values.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Ring labels sit on the bisector between the last axis and the first. Where the rings are
    // closer than a line of text (a small chart, many levels), only every other one, or every
    // third, is labelled, counting from the outermost.
    // plotters writes a font of size s as font-size s / 1.24.
    let ring_height = f64::from(ring_size) / 1.24;
    let bisector = |value: f64| axis_point(centre, radius, 2 * count - 1, 2 * count, value / max);
    let labelled: Vec<f64> = ring_values
        .iter()
        .filter(|(_, label)| !label.is_empty())
        .map(|(value, _)| *value)
        .collect();
    let spacing = match labelled.as_slice() {
        [.., inner, outer] => f64::from((bisector(*inner).1 - bisector(*outer).1).abs()),
        _ => f64::INFINITY,
    };
    let every = (ring_height * 1.1 / spacing).ceil().max(1.0) as usize;
    // Bands between the rings, shaded along the rating scale, outermost first so each inner
    // band sits on top of the one around it.
    if count >= 3 {
        for (index, (value, _)) in ring_values.iter().enumerate().rev() {
            let points: Vec<(i32, i32)> = (0..count)
                .map(|i| axis_point(centre, radius, i, count, value / max))
                .collect();
            let (r, g, b) = band_colour(index, ring_values.len());
            root.draw(&Polygon::new(points, RGBColor(r, g, b).filled()))?;
        }
    }
    let mut labelled_seen = 0;
    for (value, label) in ring_values.iter().rev() {
        let points: Vec<(i32, i32)> = (0..=count)
            .map(|i| axis_point(centre, radius, i % count.max(1), count, value / max))
            .collect();
        root.draw(&PathElement::new(points, GRID.stroke_width(1)))?;
        if !label.is_empty() {
            if labelled_seen % every == 0 {
                let (x, y) = bisector(*value);
                root.draw(&Text::new(
                    ring_label(label).to_string(),
                    (x - 2, y - 1),
                    ring_font.clone(),
                ))?;
            }
            labelled_seen += 1;
        }
    }

    // Spokes and axis labels. With one series, its value is written under the axis's name,
    // outside the chart: written beside the dots, small values piled up at the centre and over
    // the ring labels (K4).
    for (i, block) in blocks.iter().enumerate() {
        let end = axis_point(centre, radius, i, count, 1.0);
        root.draw(&PathElement::new(vec![centre, end], GRID.stroke_width(1)))?;
        let (x, y) = axis_point(centre, radius * LABEL_REACH, i, count, 1.0);
        let (anchor, x) = match block.side() {
            Side::Right => (HPos::Left, x + LABEL_GAP),
            Side::Left => (HPos::Right, x - LABEL_GAP),
            Side::Middle => (HPos::Center, x),
        };
        let mut top = f64::from(y) + block.top();
        for ((text, is_value), height) in block.lines.iter().zip(&block.heights) {
            let at = (x, (top + height / 2.0).round() as i32);
            let font = if *is_value { &value_font } else { &label_font };
            let font = font.clone().pos(Pos::new(anchor, VPos::Center));
            root.draw(&Text::new(text.clone(), at, font))?;
            top += height;
        }
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
        let filled = (!outlines || summary) && !series.outlined;
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
        if series.outlined {
            root.draw(&plotters::element::DashedPathElement::new(
                outline,
                6,
                4,
                colour.stroke_width(width),
            ))?;
        } else {
            root.draw(&PathElement::new(outline, colour.stroke_width(width)))?;
        }
        if !crowded {
            for point in &points {
                let dot = if series.outlined {
                    Circle::new(*point, 4, colour.stroke_width(2))
                } else {
                    Circle::new(*point, 3, colour.filled())
                };
                root.draw(&dot)?;
            }
        }
    }
    root.present()
}

/// Drawings smaller than this (in SVG pixels high) write no values on the chart.
pub const SMALL_DRAWING: u32 = 300;

/// How far out the axis labels start, as a share of the radius.
const LABEL_REACH: f64 = 1.1;
/// Pixels between a side axis's end and its label.
const LABEL_GAP: i32 = 4;

/// Where an axis's label sits against its axis.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    /// Runs rightwards from a right-hand axis.
    Right,
    /// Ends at a left-hand axis.
    Left,
    /// Centred on a top or bottom axis.
    Middle,
}

/// The lines written at the end of one axis: its name, then (bold) its value.
struct LabelBlock {
    lines: Vec<(String, bool)>,
    heights: Vec<f64>,
    /// Where the axis points: `across` from -1 (left) to 1 (right), `down` from -1 (up) to 1.
    across: f64,
    down: f64,
    /// Widest line, estimated from its characters (SVG text is measured only by the browser).
    width: f64,
}

impl LabelBlock {
    fn new(lines: Vec<(String, bool)>, index: usize, count: usize, label: u32, value: u32) -> Self {
        let angle = -PI / 2.0 + 2.0 * PI * index as f64 / count.max(1) as f64;
        let size = |is_value: bool| f64::from(if is_value { value } else { label });
        let heights = lines
            .iter()
            .map(|(_, is_value)| size(*is_value) * if *is_value { 1.25 } else { 1.2 })
            .collect();
        let width = lines
            .iter()
            .map(|(text, is_value)| text.chars().count() as f64 * size(*is_value) * 0.6)
            .fold(0.0, f64::max);
        LabelBlock {
            lines,
            heights,
            across: angle.cos(),
            down: angle.sin(),
            width,
        }
    }

    fn side(&self) -> Side {
        if self.across > 0.35 {
            Side::Right
        } else if self.across < -0.35 {
            Side::Left
        } else {
            Side::Middle
        }
    }

    /// The block's top, from the label point: it grows away from the chart, so a top label
    /// ends just above the ring, a bottom one starts just below it, a side one is centred.
    fn top(&self) -> f64 {
        let total: f64 = self.heights.iter().sum();
        let line = self.heights.first().copied().unwrap_or_default();
        let nearest = if self.side() == Side::Middle {
            line / 2.0
        } else {
            0.0
        };
        self.down * (total / 2.0 + nearest - line / 2.0) - total / 2.0
    }

    /// The largest radius at which this block stays inside a `width` x `height` picture.
    fn largest_radius(&self, width: f64, height: f64) -> f64 {
        let margin = 2.0;
        let top = self.top();
        let bottom = top + self.heights.iter().sum::<f64>();
        let mut fits = f64::INFINITY;
        if self.down < -0.01 {
            fits = fits.min((height / 2.0 - margin + top) / (LABEL_REACH * -self.down));
        }
        if self.down > 0.01 {
            fits = fits.min((height / 2.0 - margin - bottom) / (LABEL_REACH * self.down));
        }
        let reach_x = match self.side() {
            Side::Middle => self.width / 2.0,
            _ => self.width + f64::from(LABEL_GAP),
        };
        if self.across.abs() > 0.01 {
            fits = fits.min((width / 2.0 - margin - reach_x) / (LABEL_REACH * self.across.abs()));
        }
        fits
    }
}

/// An axis name as at most two lines, broken at the space nearest the middle when it is long
/// ("Information &" / "Reporting"), so that side labels stay inside the picture and the lower
/// two do not run into each other.
pub fn label_lines(name: &str) -> Vec<String> {
    const ONE_LINE: usize = 14;
    let length = name.chars().count();
    if length <= ONE_LINE {
        return vec![name.to_string()];
    }
    let middle = length / 2;
    let split = name
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| *c == ' ')
        .min_by_key(|(n, _)| n.abs_diff(middle))
        .map(|(_, (byte, _))| byte);
    match split {
        Some(byte) => vec![
            name[..byte].trim_end().to_string(),
            name[byte..].trim_start().to_string(),
        ],
        None => vec![name.to_string()],
    }
}

/// A value as written on the chart: levels in their short form, broken after a comma when long
/// ("Level 0," / "40% of Level 1" of "Level 0: No MLOps, 40% of Level 1: DevOps but no MLOps").
pub fn value_lines(shown: &str) -> Vec<String> {
    let short = shown
        .split(", ")
        .map(ring_label)
        .collect::<Vec<_>>()
        .join(", ");
    match short.split_once(", ") {
        Some((first, rest)) if short.chars().count() > 14 => {
            vec![format!("{first},"), rest.to_string()]
        }
        _ => label_lines(&short),
    }
}

/// A ring's label as drawn: a level's short form ("Level 4" of "Level 4: Full MLOps automated
/// operations"), as the long names ran over the axes; the table beside gives the full names.
pub(crate) fn ring_label(label: &str) -> &str {
    label.split_once(": ").map_or(label, |(short, _)| short)
}
