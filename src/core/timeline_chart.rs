//! Progress over time as a line chart, SVG text drawn with plotters' SVG backend.
//!
//! Pure: no DOM, no Leptos, like [`crate::core::radar`]. One line per measure (an assessment's
//! level, a category's share in place, …) across the snapshots; [`data_rows`] gives the same
//! numbers as the table shown beside the chart.
//!
//! Colour is never the only cue: every line has its own marker shape (circle, square,
//! triangle, diamond, cross, …), repeated in the legend under the chart.

use crate::core::i18n::t;
use crate::core::marked;
use crate::core::radar::{accessible_svg, ring_label};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

/// One line on the chart: one value per point of the [`Timeline`].
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLine {
    pub label: String,
    /// One value per point, between 0 and the timeline's `max` (clamped when drawn); `None`
    /// where there is nothing to show, which leaves a gap in the line.
    pub values: Vec<Option<f64>>,
    /// How each value reads to a person (e.g. a level name or "75%"), for the data table.
    /// Missing entries show the number.
    pub shown: Vec<String>,
    pub colour: (u8, u8, u8),
}

/// Everything needed to draw a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Short title, used as the SVG's accessible name.
    pub title: String,
    /// Longer text description for screen readers (the SVG's `<desc>`).
    pub description: String,
    /// The x axis labels, oldest first: a snapshot's date ("2026-12-02") or its label.
    pub points: Vec<String>,
    /// The value at the top of the chart.
    pub max: f64,
    /// Labelled horizontal grid lines, as (value, label), e.g. the levels or 25% to 100%.
    pub rings: Vec<(f64, String)>,
    pub lines: Vec<TimelineLine>,
}

/// What an empty chart says.
/// In English; drawn with [`t`].
pub const NO_SNAPSHOTS: &str = marked::t("No snapshots yet");

/// What the data table shows for a missing value.
pub const NO_VALUE: &str = "—";

impl TimelineLine {
    /// The text for value `index`: [`NO_VALUE`] when there is none, else its `shown` text,
    /// else the number to one decimal.
    pub fn shown_value(&self, index: usize) -> String {
        match (
            self.values.get(index).copied().flatten(),
            self.shown.get(index),
        ) {
            (None, _) => NO_VALUE.into(),
            (Some(_), Some(text)) => text.clone(),
            // Tenths by integer arithmetic, as the radar does: precision formatting of floats
            // adds code to the wasm for one label.
            (Some(value), None) => {
                let tenths = (value * 10.0).round() as i64;
                let sign = if tenths < 0 { "-" } else { "" };
                format!("{sign}{}.{}", (tenths / 10).abs(), (tenths % 10).abs())
            }
        }
    }
}

/// The table beside the chart: a header row ("Snapshot", then each line's label), then one row
/// per point with its label and each line's value as shown ([`NO_VALUE`] when missing).
///
/// ```
/// use rungs::core::timeline_chart::{data_rows, Timeline, TimelineLine};
/// let timeline = Timeline {
///     title: "Progress".into(),
///     description: String::new(),
///     points: vec!["2026-01-05".into(), "2026-03-02".into()],
///     max: 4.0,
///     rings: vec![],
///     lines: vec![TimelineLine {
///         label: "Team".into(),
///         values: vec![None, Some(2.0)],
///         shown: vec![String::new(), "Intermediate".into()],
///         colour: (0, 0, 200),
///     }],
/// };
/// assert_eq!(
///     data_rows(&timeline),
///     vec![
///         vec!["Snapshot", "Team"],
///         vec!["2026-01-05", "—"],
///         vec!["2026-03-02", "Intermediate"],
///     ]
/// );
/// ```
pub fn data_rows(timeline: &Timeline) -> Vec<Vec<String>> {
    let header = std::iter::once(t("Snapshot").to_string())
        .chain(timeline.lines.iter().map(|line| line.label.clone()))
        .collect();
    let rows = timeline.points.iter().enumerate().map(|(i, point)| {
        std::iter::once(point.clone())
            .chain(timeline.lines.iter().map(|line| line.shown_value(i)))
            .collect()
    });
    std::iter::once(header).chain(rows).collect()
}

/// Draws `timeline` as an SVG of `width` x `height` pixels, with `role="img"`, a `<title>` and a
/// `<desc>`.
///
/// ```
/// use rungs::core::timeline_chart::{render_svg, Timeline, TimelineLine};
/// let timeline = Timeline {
///     title: "Progress".into(),
///     description: "One line".into(),
///     points: vec!["2026-01-05".into(), "2026-03-02".into()],
///     max: 4.0,
///     rings: vec![(2.0, "Intermediate".into())],
///     lines: vec![TimelineLine {
///         label: "Team".into(),
///         values: vec![Some(1.0), Some(2.0)],
///         shown: vec![],
///         colour: (0, 0, 200),
///     }],
/// };
/// let svg = render_svg(&timeline, 600, 360).unwrap();
/// assert!(svg.starts_with("<svg role=\"img\""));
/// ```
pub fn render_svg(timeline: &Timeline, width: u32, height: u32) -> Result<String, String> {
    let mut svg = String::new();
    draw(timeline, width, height, &mut svg)
        .map_err(|e| format!("cannot draw the timeline: {e}"))?;
    accessible_svg(&svg, "timeline", &timeline.title, &timeline.description)
}

/// A label cut to at most `limit` characters: a level's short form ("Level 4" of "Level 4: Full
/// MLOps automated operations"), then an ellipsis if still too long ("Intermediat…"). The
/// table beside the chart gives the full names.
///
/// ```
/// use rungs::core::timeline_chart::short_label;
/// assert_eq!(short_label("Level 4: Full MLOps automated operations", 12), "Level 4");
/// assert_eq!(short_label("Intermediate", 12), "Intermediate");
/// assert_eq!(short_label("Intermediate", 8), "Interme…");
/// ```
pub fn short_label(label: &str, limit: usize) -> String {
    let short = ring_label(label);
    if short.chars().count() <= limit {
        return short.to_string();
    }
    let kept: String = short.chars().take(limit.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const GRID: RGBColor = RGBColor(0xc4, 0xcb, 0xd4);
const MUTED: RGBColor = RGBColor(0x4b, 0x55, 0x63);

/// Pixels kept free at the picture's edges.
const MARGIN: f64 = 6.0;
/// Longest ring label, in characters ("Intermediate" fits).
const RING_CHARS: usize = 14;
/// Longest x label, in characters ("2026-12-02" fits).
const POINT_CHARS: usize = 16;
/// Longest legend label, in characters.
const LEGEND_CHARS: usize = 28;

/// The pixel height of a plotters font of size `size` (it writes `font-size` as size / 1.24).
fn text_height(size: u32) -> f64 {
    f64::from(size) / 1.24
}

/// A generous estimate of the width of `text` in a font of size `size`: SVG text is measured
/// only by the browser.
fn text_width(text: &str, size: u32) -> f64 {
    text.chars().count() as f64 * text_height(size) * 0.6
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn draw(timeline: &Timeline, width: u32, height: u32, svg: &mut String) -> DrawResult {
    let root = SVGBackend::with_string(svg, (width, height)).into_drawing_area();
    let (w, h) = (f64::from(width), f64::from(height));
    let max = if timeline.max.is_finite() && timeline.max > 0.0 {
        timeline.max
    } else {
        1.0
    };
    let label_size = (height / 28).max(13);
    let ring_size = (height / 30).max(12);
    let marker = f64::from((height / 80).clamp(4, 7));
    let label_font = ("sans-serif", label_size).into_font().color(&INK);
    let ring_font = ("sans-serif", ring_size)
        .into_font()
        .color(&MUTED)
        .pos(Pos::new(HPos::Right, VPos::Center));

    let empty = !timeline
        .lines
        .iter()
        .any(|line| line.values.iter().any(|v| value_of(*v, max).is_some()));

    // The texts first, since the plot area is what they leave.
    let rings: Vec<(f64, String)> = timeline
        .rings
        .iter()
        .filter(|(value, _)| (0.0..=max).contains(value))
        .map(|(value, label)| (*value, short_label(label, RING_CHARS)))
        .collect();
    let point_labels: Vec<String> = timeline
        .points
        .iter()
        .map(|p| short_label(p, POINT_CHARS))
        .collect();
    let legend: Vec<(usize, String, f64)> = if empty {
        Vec::new()
    } else {
        timeline
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let label = short_label(&line.label, LEGEND_CHARS);
                let item = 2.0 * marker + 6.0 + text_width(&label, label_size);
                (i, label, item)
            })
            .collect()
    };
    let legend_rows = legend_rows(&legend, w - 2.0 * MARGIN);
    let line_height = text_height(label_size) * 1.5;

    let ring_reach = rings
        .iter()
        .map(|(_, label)| text_width(label, ring_size))
        .fold(0.0, f64::max);
    let half_first = point_labels
        .first()
        .map_or(0.0, |label| text_width(label, label_size) / 2.0);
    let half_last = point_labels
        .last()
        .map_or(0.0, |label| text_width(label, label_size) / 2.0);
    // Room beside the first and last point for markers set side by side (see below).
    let beside = 2.0 * marker + 2.0;
    let crowd = timeline.lines.len().clamp(1, 4) as f64;
    let pad = marker * 2.0 + beside * (crowd - 1.0) / 2.0;
    let left = (MARGIN + ring_reach + 6.0).max(MARGIN + half_first - pad);
    let right = (w - MARGIN - (half_last - pad).max(marker)).max(left + 1.0);
    let top = MARGIN + text_height(ring_size).max(marker * 2.0);
    // Under the plot: a tick, the x labels, then the legend's rows.
    let legend_height = match legend_rows.len() {
        0 => 0.0,
        rows => LEGEND_ABOVE + rows as f64 * line_height,
    };
    let bottom = (h - MARGIN - legend_height - line_height - TICK_TEXT).max(top + 1.0);

    let x_of = |index: usize| -> f64 {
        match point_labels.len() {
            0 | 1 => (left + right) / 2.0,
            n => left + pad + (right - left - 2.0 * pad) * index as f64 / (n - 1) as f64,
        }
    };
    let y_of = |value: f64| bottom - (bottom - top) * value / max;
    let at = |x: f64, y: f64| (x.round() as i32, y.round() as i32);

    // Rings: a grid line for each, labelled at the left, plus the top edge. Where they are
    // closer than a line of text, only every other one (or third, …) is labelled, counting from
    // the top.
    let mut sorted = rings.clone();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let closest = sorted
        .windows(2)
        .map(|pair| (y_of(pair[1].0) - y_of(pair[0].0)).abs())
        .fold(f64::INFINITY, f64::min);
    let every = (text_height(ring_size) * 1.1 / closest).ceil().max(1.0) as usize;
    if !sorted.iter().any(|(v, _)| (*v - max).abs() < f64::EPSILON) {
        root.draw(&PathElement::new(
            vec![at(left, top), at(right, top)],
            GRID.stroke_width(1),
        ))?;
    }
    for (n, (value, label)) in sorted.iter().enumerate() {
        let y = y_of(*value);
        if *value > 0.0 {
            root.draw(&PathElement::new(
                vec![at(left, y), at(right, y)],
                GRID.stroke_width(1),
            ))?;
        }
        if n % every == 0 {
            root.draw(&Text::new(
                label.clone(),
                at(left - 6.0, y),
                ring_font.clone(),
            ))?;
        }
    }

    // Axes, and a tick under every point with its label, thinned where they would overlap.
    root.draw(&PathElement::new(
        vec![at(left, top), at(left, bottom), at(right, bottom)],
        INK.stroke_width(1),
    ))?;
    let widest = point_labels
        .iter()
        .map(|label| text_width(label, label_size))
        .fold(0.0, f64::max);
    let step = if point_labels.len() > 1 {
        x_of(1) - x_of(0)
    } else {
        f64::INFINITY
    };
    let shown = thinned(point_labels.len(), step, widest + 8.0);
    let tick_font = label_font.clone().pos(Pos::new(HPos::Center, VPos::Top));
    for (i, label) in point_labels.iter().enumerate() {
        let x = x_of(i);
        root.draw(&PathElement::new(
            vec![at(x, bottom), at(x, bottom + 4.0)],
            INK.stroke_width(1),
        ))?;
        if shown.contains(&i) {
            root.draw(&Text::new(
                label.clone(),
                at(x, bottom + TICK_TEXT),
                tick_font.clone(),
            ))?;
        }
    }

    if empty {
        let note = label_font
            .clone()
            .color(&MUTED)
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(
            t(NO_SNAPSHOTS),
            at((left + right) / 2.0, (top + bottom) / 2.0),
            note,
        ))?;
        return root.present();
    }

    // Markers that would hide each other (lines that share a value) are set side by side.
    let mut points: Vec<Vec<Option<(f64, f64)>>> = timeline
        .lines
        .iter()
        .map(|line| {
            (0..point_labels.len())
                .map(|i| {
                    let value = value_of(line.values.get(i).copied().flatten(), max)?;
                    Some((x_of(i), y_of(value)))
                })
                .collect()
        })
        .collect();
    for i in 0..point_labels.len() {
        let heights: Vec<Option<f64>> = points.iter().map(|line| line[i].map(|(_, y)| y)).collect();
        let room = |crowd: usize| {
            let edge = 2.0 * (pad - marker) / (crowd as f64 - 1.0).max(1.0);
            beside.min(step / (crowd as f64 + 1.0)).min(edge)
        };
        for (line, shift) in points
            .iter_mut()
            .zip(side_by_side(&heights, 2.0 * marker, room))
        {
            if let Some((x, _)) = &mut line[i] {
                *x += shift;
            }
        }
    }
    for (index, (line, points)) in timeline.lines.iter().zip(&points).enumerate() {
        let (r, g, b) = line.colour;
        let colour = RGBColor(r, g, b);
        let points: Vec<Option<(i32, i32)>> = points
            .iter()
            .map(|point| point.map(|(x, y)| at(x, y)))
            .collect();
        // One polyline per run of values: a missing value splits the line.
        for run in points.split(Option::is_none) {
            let run: Vec<(i32, i32)> = run.iter().flatten().copied().collect();
            if run.len() > 1 {
                root.draw(&PathElement::new(run, colour.stroke_width(2)))?;
            }
        }
        for point in points.iter().flatten() {
            draw_marker(&root, index, *point, marker, colour)?;
        }
    }

    // The legend: a marker and a label per line, in centred rows under the x labels.
    let legend_font = label_font.pos(Pos::new(HPos::Left, VPos::Center));
    for (row_index, row) in legend_rows.iter().enumerate() {
        let total: f64 = row.iter().map(|&k| legend[k].2).sum::<f64>()
            + LEGEND_GAP * (row.len().saturating_sub(1)) as f64;
        let mut x = (w - total) / 2.0;
        let y = bottom
            + TICK_TEXT
            + line_height
            + LEGEND_ABOVE
            + line_height * (row_index as f64 + 0.5);
        for &k in row {
            let (index, label, item) = &legend[k];
            let (r, g, b) = timeline.lines[*index].colour;
            draw_marker(&root, *index, at(x + marker, y), marker, RGBColor(r, g, b))?;
            root.draw(&Text::new(
                label.clone(),
                at(x + 2.0 * marker + 6.0, y),
                legend_font.clone(),
            ))?;
            x += item + LEGEND_GAP;
        }
    }
    root.present()
}

/// Pixels between two legend items.
const LEGEND_GAP: f64 = 18.0;
/// Pixels between the legend and the x labels above it.
const LEGEND_ABOVE: f64 = 6.0;
/// Pixels from the x axis to the top of its labels (the ticks are 4 long).
const TICK_TEXT: f64 = 7.0;

/// A value as drawn: clamped to 0..=max; none when missing or not a number.
fn value_of(value: Option<f64>, max: f64) -> Option<f64> {
    value.filter(|v| !v.is_nan()).map(|v| v.clamp(0.0, max))
}

/// Sideways shifts that set apart the markers at one point: `heights` holds each line's marker
/// height there (none where it has no value); markers closer than `near` pixels form a crowd,
/// whose members are set `room(crowd size)` pixels apart, in line order, around the point.
/// Markers alone stay on the point.
///
/// ```
/// use rungs::core::timeline_chart::side_by_side;
/// let shifts = side_by_side(&[Some(10.0), Some(50.0), Some(12.0), None], 8.0, |_| 10.0);
/// assert_eq!(shifts, vec![-5.0, 0.0, 5.0, 0.0]);
/// ```
pub fn side_by_side(heights: &[Option<f64>], near: f64, room: impl Fn(usize) -> f64) -> Vec<f64> {
    let mut shifts = vec![0.0; heights.len()];
    let mut order: Vec<(usize, f64)> = heights
        .iter()
        .enumerate()
        .filter_map(|(line, y)| y.map(|y| (line, y)))
        .collect();
    order.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut start = 0;
    for end in 1..=order.len() {
        if end < order.len() && order[end].1 - order[end - 1].1 < near {
            continue;
        }
        let mut crowd: Vec<usize> = order[start..end].iter().map(|(line, _)| *line).collect();
        crowd.sort_unstable();
        let gap = room(crowd.len());
        let middle = (crowd.len() as f64 - 1.0) / 2.0;
        for (place, line) in crowd.into_iter().enumerate() {
            shifts[line] = (place as f64 - middle) * gap;
        }
        start = end;
    }
    shifts
}

/// The legend's items (by position in `items`) grouped into rows that fit `room` pixels.
fn legend_rows(items: &[(usize, String, f64)], room: f64) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut used = 0.0;
    for (k, (_, _, item)) in items.iter().enumerate() {
        match rows.last_mut() {
            Some(row) if used + LEGEND_GAP + item <= room => {
                row.push(k);
                used += LEGEND_GAP + item;
            }
            _ => {
                rows.push(vec![k]);
                used = *item;
            }
        }
    }
    rows
}

/// Which of `count` x labels, `step` pixels apart and each needing `room` pixels, are written:
/// every one, or every other (third, …), always with the first and the last, dropping the one
/// before the last when they would overlap.
///
/// ```
/// use rungs::core::timeline_chart::thinned;
/// assert_eq!(thinned(5, 100.0, 80.0), vec![0, 1, 2, 3, 4]);
/// assert_eq!(thinned(6, 50.0, 80.0), vec![0, 2, 5]);
/// assert_eq!(thinned(7, 50.0, 80.0), vec![0, 2, 4, 6]);
/// ```
pub fn thinned(count: usize, step: f64, room: f64) -> Vec<usize> {
    let Some(last) = count.checked_sub(1) else {
        return Vec::new();
    };
    let every = if step > 0.0 {
        (room / step).ceil().max(1.0) as usize
    } else {
        count.max(1)
    };
    let mut shown: Vec<usize> = (0..last).step_by(every).collect();
    if let Some(&before) = shown.last() {
        if before != 0 && (last - before) as f64 * step < room {
            shown.pop();
        }
    }
    shown.push(last);
    shown
}

/// The shapes of the markers, by line: filled, so each stays one SVG element.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarkerShape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
    TriangleDown,
    Plus,
    Star,
}

impl MarkerShape {
    const ALL: [MarkerShape; 8] = [
        MarkerShape::Circle,
        MarkerShape::Square,
        MarkerShape::Triangle,
        MarkerShape::Diamond,
        MarkerShape::Cross,
        MarkerShape::TriangleDown,
        MarkerShape::Plus,
        MarkerShape::Star,
    ];

    /// The shape of line `index`'s markers: eight shapes, then they repeat.
    pub fn of_line(index: usize) -> MarkerShape {
        MarkerShape::ALL[index % MarkerShape::ALL.len()]
    }

    /// The polygon's corners around (0, 0), for a marker of "radius" 1 (y points down).
    fn corners(self) -> Vec<(f64, f64)> {
        let around = |count: usize, radius: f64, start: f64| -> Vec<(f64, f64)> {
            (0..count)
                .map(|k| {
                    let angle = start + 2.0 * PI * k as f64 / count as f64;
                    (radius * angle.cos(), radius * angle.sin())
                })
                .collect()
        };
        let plus = |a: f64, r: f64| {
            vec![
                (a, -r),
                (a, -a),
                (r, -a),
                (r, a),
                (a, a),
                (a, r),
                (-a, r),
                (-a, a),
                (-r, a),
                (-r, -a),
                (-a, -a),
                (-a, -r),
            ]
        };
        match self {
            MarkerShape::Circle => Vec::new(),
            MarkerShape::Square => vec![(-0.9, -0.9), (0.9, -0.9), (0.9, 0.9), (-0.9, 0.9)],
            MarkerShape::Triangle => around(3, 1.35, -PI / 2.0),
            MarkerShape::TriangleDown => around(3, 1.35, PI / 2.0),
            MarkerShape::Diamond => around(4, 1.3, -PI / 2.0),
            MarkerShape::Plus => plus(0.4, 1.3),
            MarkerShape::Cross => {
                let turn = PI / 4.0;
                plus(0.4, 1.4)
                    .into_iter()
                    .map(|(x, y)| {
                        (
                            x * turn.cos() - y * turn.sin(),
                            x * turn.sin() + y * turn.cos(),
                        )
                    })
                    .collect()
            }
            MarkerShape::Star => (0..10)
                .map(|k| {
                    let radius = if k % 2 == 0 { 1.5 } else { 0.65 };
                    let angle = -PI / 2.0 + PI * k as f64 / 5.0;
                    (radius * angle.cos(), radius * angle.sin())
                })
                .collect(),
        }
    }
}

/// Line `index`'s marker at `centre`, on a white halo that sets it off from the lines.
fn draw_marker(
    root: &Area<'_>,
    index: usize,
    centre: (i32, i32),
    size: f64,
    colour: RGBColor,
) -> DrawResult {
    let shape = MarkerShape::of_line(index);
    let halo = 1.5;
    for (grow, fill) in [(halo, WHITE), (0.0, colour)] {
        if shape == MarkerShape::Circle {
            let radius = (size + grow).round() as u32;
            root.draw(&Circle::new(centre, radius, fill.filled()))?;
        } else {
            // The halo grows each corner outwards by `halo` pixels along its direction.
            let corners: Vec<(i32, i32)> = shape
                .corners()
                .into_iter()
                .map(|(x, y)| {
                    let length = x.hypot(y).max(f64::EPSILON);
                    let scale = size + grow / length;
                    (
                        centre.0 + (x * scale).round() as i32,
                        centre.1 + (y * scale).round() as i32,
                    )
                })
                .collect();
            root.draw(&Polygon::new(corners, fill.filled()))?;
        }
    }
    Ok(())
}
