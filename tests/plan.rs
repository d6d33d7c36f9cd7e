//! Targets, the roadmap, snapshots and what changed, the timeline's data, CSV and Markdown
//! export, and the storage warning: the pure logic behind the plan and report screens.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use rungs::core::assessment::Assessment;
use rungs::core::model::{find_model, Model};
use rungs::core::plan::export::{to_csv, to_markdown, CSV_COLUMNS};
use rungs::core::plan::history::{
    assessment_at, changes, default_since, level_changed_since_last, next_snapshot_id, Movement,
    Scope,
};
use rungs::core::plan::quota::{
    snapshot_chars, snapshots_that_fit, storage_warning, STORAGE_CHARS,
};
use rungs::core::plan::roadmap::{needed_for_target, roadmap};
use rungs::core::plan::targets::{resolve, target_rungs};
use rungs::core::plan::timeline::{timeline, TimelineLines, TimelineMeasure};
use rungs::core::plan::{is_date, Planned};
use rungs::core::radar_data::{
    add_category_target, add_dimension_target, category_radar, dimension_radar,
};
use rungs::core::scoring::Rating;

fn cd() -> &'static Model {
    find_model("cd-maturity").unwrap()
}

fn at_level(model: &Model, level: &str) -> Vec<&'static str> {
    let l = model.level_index(level).unwrap();
    model
        .practices
        .iter()
        .filter(|p| p.level == l)
        .map(|p| p.id)
        .collect()
}

/// Base all Fully, then the given exceptions.
fn team(ratings: &[(&str, Option<Rating>)]) -> Assessment {
    let model = cd();
    let mut a = Assessment::default();
    for id in at_level(model, "base") {
        a.set_rating(model.id, id, Some(Rating::Fully));
    }
    for (id, rating) in ratings {
        a.set_rating(model.id, id, *rating);
    }
    a
}

#[test]
fn the_default_target_is_the_level_above_the_one_reached() {
    let model = cd();
    let a = team(&[]);
    assert_eq!(a.model_outcome(model).reached, Some(0));
    let target = resolve(model, &a);
    assert_eq!(model.levels[target.level].id, "beginner");
    assert!(!target.chosen);
    assert!(target.categories.iter().all(|&l| l == target.level));

    // At the top, the target is the top.
    let mut top = Assessment::default();
    for p in model.practices {
        top.set_rating(model.id, p.id, Some(Rating::Fully));
    }
    assert_eq!(resolve(model, &top).level, model.levels.len() - 1);

    // CMMI's Initial needs no practices: the first target is Managed.
    let cmmi = find_model("cmmi").unwrap();
    let target = resolve(cmmi, &Assessment::default());
    assert_eq!(cmmi.levels[target.level].id, "managed");
}

#[test]
fn chosen_targets_win_and_unknown_ids_fall_back_to_the_default() {
    let model = cd();
    let mut a = team(&[]);
    a.set_target_level(model.id, Some("advanced".into()));
    a.set_category_target(model.id, "culture-organization", Some("expert".into()));
    a.set_category_target(model.id, "no-such-category", Some("expert".into()));
    let target = resolve(model, &a);
    assert_eq!(model.levels[target.level].id, "advanced");
    let culture = model.category_index("culture-organization").unwrap();
    assert_eq!(model.levels[target.categories[culture]].id, "expert");
    assert!(target.category_chosen[culture]);
    assert_eq!(target.category_chosen.iter().filter(|c| **c).count(), 1);

    a.set_target_level(model.id, Some("retired-level".into()));
    assert_eq!(model.levels[resolve(model, &a).level].id, "beginner");
    // Clearing everything leaves no target behind.
    a.set_target_level(model.id, None);
    a.set_category_target(model.id, "culture-organization", None);
    a.set_category_target(model.id, "no-such-category", None);
    assert!(a.targets.is_empty());
}

/// The roadmap worked out independently: every applicable practice up to the target below
/// Largely, by level, then fewest steps short, unrated last, then model order.
fn expected_roadmap(model: &Model, a: &Assessment, target: usize) -> Vec<&'static str> {
    let mut items: Vec<(usize, u8, usize, &'static str)> = model
        .practices
        .iter()
        .enumerate()
        .filter(|(_, p)| p.level <= target)
        .filter_map(|(i, p)| {
            let rating = a.rating(model.id, p.id);
            match rating {
                Some(Rating::NotApplicable) => None,
                Some(r) if r.points().unwrap() >= 3 => None,
                Some(r) => Some((p.level, 3 - r.points().unwrap(), i, p.id)),
                None => Some((p.level, u8::MAX, i, p.id)),
            }
        })
        .collect();
    items.sort();
    items.into_iter().map(|(_, _, _, id)| id).collect()
}

#[test]
fn the_roadmap_lists_what_stands_before_the_target_in_blocker_order() {
    let model = cd();
    let base = at_level(model, "base");
    let beginner = at_level(model, "beginner");
    let intermediate = at_level(model, "intermediate");
    let mut a = team(&[
        (base[0], Some(Rating::Partly)),
        (base[1], Some(Rating::NotYet)),
        (base[2], None),
        (base[3], Some(Rating::NotApplicable)),
        (beginner[0], Some(Rating::Largely)),
        (beginner[1], Some(Rating::Started)),
        (intermediate[0], Some(Rating::Partly)),
    ]);
    a.set_target_level(model.id, Some("intermediate".into()));
    let plan = roadmap(model, &a);
    let ids: Vec<&str> = plan
        .items()
        .map(|i| model.practices[i.practice].id)
        .collect();
    assert_eq!(ids, expected_roadmap(model, &a, 2));
    assert_eq!(
        plan.groups.iter().map(|g| g.level).collect::<Vec<_>>(),
        vec![0, 1, 2]
    );
    assert!(!ids.contains(&base[3]), "Not applicable is off the roadmap");
    assert_eq!(plan.to_do, ids.len());
    assert_eq!(plan.planned, 0);

    // Planned, then in place: still listed, as done; the plan counts it.
    a.set_planned(
        model.id,
        base[0],
        Some(Planned {
            owner: "Ann".into(),
            due: "2027-03-31".into(),
        }),
    );
    a.set_planned(model.id, beginner[1], Some(Planned::default()));
    a.set_rating(model.id, base[0], Some(Rating::Fully));
    let plan = roadmap(model, &a);
    let done: Vec<&str> = plan
        .items()
        .filter(|i| i.done)
        .map(|i| model.practices[i.practice].id)
        .collect();
    assert_eq!(done, vec![base[0]]);
    assert_eq!((plan.planned, plan.planned_done), (2, 1));
    assert_eq!(
        plan.progress_words(),
        format!(
            "1 of 2 practices planned in place; {} practices still to put in place.",
            plan.to_do
        )
    );
    // A done item closes its group.
    assert_eq!(
        plan.groups[0]
            .items
            .last()
            .map(|i| model.practices[i.practice].id),
        Some(base[0])
    );

    // A per-category target reaches further in that category only.
    let culture = model.category_index("culture-organization").unwrap();
    a.set_category_target(model.id, "culture-organization", Some("expert".into()));
    let plan = roadmap(model, &a);
    assert!(plan.items().any(|i| {
        let p = &model.practices[i.practice];
        p.category == culture && p.level == 4
    }));
    assert!(!plan.items().any(|i| {
        let p = &model.practices[i.practice];
        p.category != culture && p.level > 2
    }));
}

#[test]
fn the_matrix_marks_only_what_the_target_needs_and_is_missing() {
    let model = cd();
    let base = at_level(model, "base");
    let a = team(&[(base[0], Some(Rating::Partly))]);
    let target = resolve(model, &a);
    let index = |id: &str| model.practices.iter().position(|p| p.id == id).unwrap();
    let needs = |id: &str| {
        needed_for_target(
            model,
            &target,
            index(id),
            a.rating(model.id, id),
            &a.settings,
        )
    };
    assert!(needs(base[0]));
    assert!(!needs(base[1]), "in place");
    assert!(needs(at_level(model, "base")[0]));
    let advanced = at_level(model, "advanced")[0];
    assert!(!needs(advanced), "above the target");
}

#[test]
fn the_radars_draw_the_target_as_an_outline_with_its_own_column() {
    let model = cd();
    let mut a = team(&[]);
    a.set_target_level(model.id, Some("intermediate".into()));
    let outcomes = rungs::core::comparison::category_outcomes(model, &a, &a.settings);
    let mut radar = category_radar(model, &outcomes, &a);
    add_category_target(&mut radar, model, &a);
    let target = radar.series.last().unwrap();
    assert!(target.outlined);
    assert_eq!(target.label, "Target");
    assert!(target.values.iter().all(|v| *v == target_rungs(model, 2)));
    assert!(target.shown.iter().all(|s| s == "Intermediate"));
    assert!(radar.description.contains("Target, drawn dashed"));
    let svg = rungs::core::radar::render_svg(&radar, 360).unwrap();
    // Dashed: many short strokes in the target's colour, and no filled shape in it.
    let ink = "#111827";
    assert!(svg.matches(ink).count() > 20, "dashed");
    assert!(
        !svg.lines()
            .any(|l| l.contains("<polygon") && l.contains(ink)),
        "not filled"
    );

    let mut dims = dimension_radar(&[model], &a);
    add_dimension_target(&mut dims, &[model], &a);
    assert_eq!(dims.series.len(), 2);
    // Several models share no ladder: no target.
    let cmmi = find_model("cmmi").unwrap();
    let mut both = dimension_radar(&[model, cmmi], &a);
    let before = both.series.len();
    add_dimension_target(&mut both, &[model, cmmi], &a);
    assert_eq!(both.series.len(), before);
}

#[test]
fn snapshots_keep_ratings_and_targets_and_take_fresh_ids() {
    let model = cd();
    let base = at_level(model, "base");
    let mut a = team(&[(base[0], Some(Rating::Partly))]);
    a.set_note(model.id, base[1], "a note".into());
    a.set_target_level(model.id, Some("advanced".into()));
    let first = a.take_snapshot("2026-12-01T10:00:00.000Z".into(), "Q1".into());
    assert_eq!(first.as_deref(), Some("s1"));
    let snapshot = &a.snapshots[0];
    assert_eq!(snapshot.rating(model.id, base[0]), Some(Rating::Partly));
    assert_eq!(snapshot.targets, a.targets);
    assert_eq!(snapshot.title(), "Q1 (2026-12-01 10:00)");
    assert!(!level_changed_since_last(model, &a));

    a.set_rating(model.id, base[0], Some(Rating::Fully));
    assert!(level_changed_since_last(model, &a), "Base is reached now");
    let second = a.take_snapshot("2026-12-02T10:00:00.000Z".into(), String::new());
    assert_eq!(second.as_deref(), Some("s2"));
    let (index, removed) = a.remove_snapshot("s1").unwrap();
    assert_eq!(
        a.take_snapshot("x".into(), String::new()).as_deref(),
        Some("s3"),
        "ids are never reused"
    );
    a.restore_snapshot(index, removed);
    assert_eq!(
        a.snapshots
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        vec!["s1", "s2", "s3"]
    );
    assert_eq!(next_snapshot_id(&a.snapshots), "s4");

    // No more than a file may hold: one more would make the saved document unreadable.
    let mut many = Assessment::default();
    for i in 0..rungs::core::assessment_json::MAX_SNAPSHOTS {
        assert!(many.take_snapshot(format!("t{i}"), String::new()).is_some());
    }
    assert_eq!(many.take_snapshot("late".into(), String::new()), None);

    let then = assessment_at(&a, &a.snapshots[0]);
    assert_eq!(then.rating(model.id, base[0]), Some(Rating::Partly));
    assert_eq!(
        then.answer(model.id, base[1]).map(|x| x.note.is_empty()),
        Some(true),
        "notes are not kept"
    );
}

#[test]
fn what_changed_lists_moves_and_levels() {
    let model = cd();
    let base = at_level(model, "base");
    let beginner = at_level(model, "beginner");
    let mut a = team(&[
        (base[0], Some(Rating::Partly)),
        (beginner[0], Some(Rating::Largely)),
    ]);
    a.set_rating(model.id, beginner[1], Some(Rating::NotApplicable));
    a.take_snapshot("2026-12-01T10:00:00Z".into(), String::new());
    a.set_rating(model.id, base[0], Some(Rating::Fully));
    a.set_rating(model.id, beginner[0], Some(Rating::Started));
    a.set_rating(model.id, beginner[1], Some(Rating::Fully));
    a.set_rating(model.id, beginner[2], Some(Rating::Partly));
    let before = rungs::core::plan::history::snapshot_ratings(model, &a.snapshots[0]);
    let found = changes(model, &before, &a.ratings_for(model), &a.settings);
    let moves: Vec<(&str, Movement)> = found
        .ratings
        .iter()
        .map(|c| (model.practices[c.practice].id, c.movement))
        .collect();
    let mut expected = vec![
        (base[0], Movement::Up),
        (beginner[0], Movement::Down),
        (beginner[1], Movement::Changed),
        (beginner[2], Movement::Up),
    ];
    let order = |id: &str| model.practices.iter().position(|p| p.id == id).unwrap();
    expected.sort_by_key(|(id, _)| order(id));
    assert_eq!(moves, expected);
    let whole = found
        .levels
        .iter()
        .find(|l| l.scope == Scope::Model)
        .unwrap();
    assert_eq!(
        (whole.before.as_str(), whole.after.as_str()),
        ("Below Base", "Base")
    );
    assert_eq!(default_since(model, &a), Some(0));
    a.take_snapshot("2026-12-02T10:00:00Z".into(), String::new());
    assert_eq!(
        default_since(model, &a),
        Some(0),
        "the latest equals today: the one before"
    );
}

#[test]
fn the_timeline_has_a_point_per_snapshot_and_a_line_per_category() {
    let model = cd();
    let base = at_level(model, "base");
    let mut a = team(&[(base[0], Some(Rating::Partly))]);
    a.take_snapshot("2026-12-01T10:00:00Z".into(), "Q1".into());
    a.set_rating(model.id, base[0], Some(Rating::Fully));
    a.take_snapshot("2026-12-02T10:00:00Z".into(), "Q2".into());
    let chart = timeline(model, &a, TimelineLines::Categories, TimelineMeasure::Level);
    assert_eq!(chart.points.len(), 2);
    assert_eq!(chart.lines.len(), model.categories.len());
    let category = model.practice(base[0]).unwrap().category;
    assert_eq!(chart.lines[category].values, vec![Some(0.0), Some(1.0)]);
    assert_eq!(chart.lines[category].shown, vec!["Below Base", "Base"]);
    let shares = timeline(model, &a, TimelineLines::Dimensions, TimelineMeasure::Share);
    assert!(shares.lines.len() <= 4);
    assert!(shares.lines.iter().all(|l| l.values.len() == 2));
}

#[test]
fn csv_has_a_row_per_practice_and_reads_back() {
    let model = cd();
    let base = at_level(model, "base");
    let mut a = team(&[(base[0], Some(Rating::Partly))]);
    a.set_note(model.id, base[0], "=HYPERLINK(\"x\")".into());
    a.set_note(model.id, base[1], "two\nlines, \"quoted\"; é".into());
    a.set_planned(
        model.id,
        base[0],
        Some(Planned {
            owner: "Zoë".into(),
            due: "2027-01-15".into(),
        }),
    );
    let text = to_csv(&a).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("\r\n"));
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers, CSV_COLUMNS.map(String::from).to_vec());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        model.practices.len(),
        "only the model with answers"
    );
    for row in &rows {
        let id = &row[3];
        let rating = a.rating(model.id, id).map_or("", Rating::label);
        assert_eq!(&row[5], rating, "{id}");
    }
    let row = |id: &str| rows.iter().find(|r| &r[3] == id).unwrap().clone();
    assert_eq!(&row(base[0])[6], "'=HYPERLINK(\"x\")", "formula guarded");
    assert_eq!(&row(base[1])[6], "two\nlines, \"quoted\"; é");
    assert_eq!(
        (&row(base[0])[8], &row(base[0])[9], &row(base[0])[10]),
        ("yes", "Zoë", "2027-01-15")
    );
    assert_eq!(
        &row(base[0])[7],
        "Base",
        "the default target: Base is not reached yet"
    );
}

#[test]
fn markdown_has_a_table_per_category_with_escaped_cells() {
    let model = cd();
    let base = at_level(model, "base");
    let mut a = team(&[]);
    a.name = "Team | Blue".into();
    a.set_note(model.id, base[0], "a | b\nc".into());
    let text = to_markdown(&a);
    assert!(text.starts_with("# Team \\| Blue\n"));
    for category in model.categories {
        assert!(text.contains(&format!("### {}\n", category.name)));
    }
    assert!(text.contains("a \\| b<br>c"));
    assert!(text.contains("Level reached: **Base**. Target: **Beginner** (the next level)."));
}

#[test]
fn storage_warns_well_before_the_quota_and_counts_snapshots() {
    let mut full = Assessment::default();
    for model in rungs::core::model::catalogue() {
        for p in model.practices {
            full.set_rating(model.id, p.id, Some(Rating::Largely));
        }
    }
    let one = snapshot_chars(&full);
    assert!((2_000..10_000).contains(&one), "{one}");
    assert!(storage_warning(STORAGE_CHARS / 2, one).is_none());
    let warning = storage_warning(STORAGE_CHARS * 3 / 4, one).unwrap();
    assert!(warning.contains("75%"), "{warning}");
    assert!(warning.contains(&format!(
        "about {} more snapshots",
        snapshots_that_fit(STORAGE_CHARS * 3 / 4, one)
    )));
    assert_eq!(snapshots_that_fit(STORAGE_CHARS, one), 0);
}

#[test]
fn dates_are_checked() {
    assert!(is_date("2027-03-31"));
    for bad in [
        "",
        "2027-3-31",
        "31/03/2027",
        "2027-13-01",
        "2027-00-10",
        "2027-01-32",
        "２０２７-01-01",
    ] {
        assert!(!is_date(bad), "{bad}");
    }
}

proptest! {
    /// Any note and owner survive the CSV: parsed back they are what was written, or, for a cell
    /// a spreadsheet would run as a formula, the same text after a `'`.
    #[test]
    fn csv_cells_read_back(note in "\\PC{0,40}", owner in "[ -~\\n\"',;=+@-]{0,20}") {
        let model = cd();
        let id = model.practices[0].id;
        let mut a = Assessment::default();
        a.set_note(model.id, id, note.clone());
        a.set_planned(model.id, id, Some(Planned { owner: owner.clone(), due: String::new() }));
        let text = to_csv(&a).unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().map(Result::unwrap).find(|r| &r[3] == id).unwrap();
        let guard = |s: &str| if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
        let (note_cell, owner_cell) = (guard(&note), guard(&owner));
        prop_assert_eq!(&row[6], note_cell.as_str());
        prop_assert_eq!(&row[9], owner_cell.as_str());
    }
}
