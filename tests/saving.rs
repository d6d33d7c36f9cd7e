//! The one save path, with two simulated tabs on one storage: the merge rules, a newer Rungs's
//! document left alone, unreadable text copied aside first, and full storage losing nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rungs::core::assessment::Assessment;
use rungs::core::library::Library;
use rungs::core::merge::{merge_library, merge_workshop};
use rungs::core::plan::Planned;
use rungs::core::saving::{aside_key, SaveStatus, SavedDocument, Store, WriteError};
use rungs::core::scoring::{Rating, ScoringSettings};
use rungs::core::store_format::{read_library, write_library};
use rungs::core::workshop::{add_participant, Workshop};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

const KEY: &str = "rungs.assessments";
const CMMI: &str = "cmmi";
const PRACTICES: [&str; 6] = ["rdm", "pqa", "sam", "est", "plan", "mc"];

/// One browser profile's storage, shared by every simulated tab.
#[derive(Clone, Default)]
struct Memory {
    map: Rc<RefCell<BTreeMap<String, String>>>,
    full: Rc<Cell<bool>>,
    backups_fail: Rc<Cell<bool>>,
    writes: Rc<Cell<usize>>,
}

impl Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) {
        self.map.borrow_mut().insert(key.into(), value.into());
    }
}

impl Store for Memory {
    fn read(&self, key: &str) -> Option<String> {
        self.get(key)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if self.full.get() {
            return Err(WriteError::QuotaExceeded);
        }
        self.writes.set(self.writes.get() + 1);
        self.set(key, value);
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.map.borrow_mut().remove(key);
    }

    fn back_up(&self, text: &str, now: &str) -> Result<String, WriteError> {
        if self.backups_fail.get() {
            return Err(WriteError::QuotaExceeded);
        }
        let key = format!("rungs.unreadable.{now}");
        self.set(&key, text);
        Ok(key)
    }
}

/// A tab: its save path and the library it shows.
struct Tab {
    saved: SavedDocument<Library, Memory>,
    shown: Library,
    status: SaveStatus,
}

impl Tab {
    fn open(store: &Memory) -> Tab {
        let opened = SavedDocument::open(Some(store.clone()), KEY, "t0");
        Tab {
            saved: opened.saved,
            shown: opened.doc,
            status: opened.status,
        }
    }

    fn take(&mut self, (shown, status): (Option<Library>, Option<SaveStatus>)) {
        if let Some(shown) = shown {
            self.shown = shown;
        }
        if let Some(status) = status {
            self.status = status;
        }
    }

    /// The user changes something; it is saved at once.
    fn edit(&mut self, change: impl FnOnce(&mut Library)) {
        change(&mut self.shown);
        let outcome = self.saved.save(&self.shown, "t1");
        self.take(outcome);
    }

    fn rate(&mut self, practice: &str, rating: Option<Rating>) {
        self.edit(|l| {
            let active = l.active;
            l.assessments[active]
                .assessment
                .set_rating(CMMI, practice, rating)
        });
    }

    /// The tab hears of another tab's save.
    /// Showing what changed runs the save path again, as in the app, where saving follows the
    /// shown library.
    fn hear(&mut self) {
        let outcome = self.saved.other_saved(&self.shown, "t2");
        let changed = outcome.0.is_some();
        self.take(outcome);
        if changed {
            let outcome = self.saved.save(&self.shown, "t3");
            self.take(outcome);
        }
    }

    fn rating(&self, practice: &str) -> Option<Rating> {
        self.shown.active().assessment.rating(CMMI, practice)
    }
}

/// An edit: a new assessment named `name`, which the tab then works on.
fn add_and_open(name: &str) -> impl FnOnce(&mut Library) {
    let name = name.to_string();
    move |l: &mut Library| {
        l.active = l.add(Assessment {
            name,
            ..Assessment::default()
        });
    }
}

fn stored(store: &Memory) -> Library {
    read_library(&store.get(KEY).unwrap()).unwrap()
}

#[test]
fn two_tabs_rating_different_practices_both_keep_every_rating() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.rate("rdm", Some(Rating::Fully));
    // B has not heard of A's save yet: its own save merges A's in.
    b.rate("pqa", Some(Rating::Partly));
    assert_eq!(b.rating("rdm"), Some(Rating::Fully));
    a.hear();
    assert_eq!(a.rating("pqa"), Some(Rating::Partly));
    let library = stored(&store);
    assert_eq!(
        library.active().assessment.rating(CMMI, "rdm"),
        Some(Rating::Fully)
    );
    assert_eq!(
        library.active().assessment.rating(CMMI, "pqa"),
        Some(Rating::Partly)
    );
    assert_eq!(a.shown, b.shown);
}

#[test]
fn the_same_practice_rated_in_two_tabs_keeps_the_later_rating() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.rate("rdm", Some(Rating::Fully));
    b.rate("rdm", Some(Rating::Started));
    a.hear();
    assert_eq!(a.rating("rdm"), Some(Rating::Started));
    assert_eq!(
        stored(&store).active().assessment.rating(CMMI, "rdm"),
        Some(Rating::Started)
    );
}

#[test]
fn a_note_being_typed_survives_the_other_tabs_save() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.edit(|l| {
        l.assessments[0]
            .assessment
            .set_note(CMMI, "rdm", "We do".into())
    });
    b.rate("pqa", Some(Rating::Fully));
    a.edit(|l| {
        l.assessments[0]
            .assessment
            .set_note(CMMI, "rdm", "We do this".into())
    });
    a.hear();
    b.hear();
    let note = |t: &Tab| {
        t.shown
            .active()
            .assessment
            .answer(CMMI, "rdm")
            .unwrap()
            .note
            .clone()
    };
    assert_eq!(note(&a), "We do this");
    assert_eq!(note(&b), "We do this");
    assert_eq!(a.rating("pqa"), Some(Rating::Fully));
}

#[test]
fn each_tab_keeps_its_own_open_assessment() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.edit(add_and_open("Second"));
    b.hear();
    assert_eq!(b.shown.assessments.len(), 2);
    assert_eq!(b.shown.active().assessment.name, "My assessment");
    assert_eq!(a.shown.active().assessment.name, "Second");
}

/// Found while testing the workshop: a facilitator's board tab and a participant's tab, each
/// with another assessment open, answered each other's saves forever (hundreds of writes in a
/// few seconds), and a rating made in the middle could be lost.
#[test]
fn hearing_a_save_never_writes_back_just_because_another_assessment_is_open() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.edit(add_and_open("Second"));
    b.hear();
    for (i, practice) in PRACTICES.iter().enumerate() {
        let before = store.writes.get();
        a.rate(practice, Some(Rating::Fully));
        assert_eq!(store.writes.get(), before + 1, "one save for one rating");
        // b hears, and hears again: neither makes it write.
        b.hear();
        b.hear();
        a.hear();
        assert_eq!(
            store.writes.get(),
            before + 1,
            "rating {i}: nobody answers a save"
        );
    }
    assert_eq!(a.shown.active().assessment.name, "Second");
    assert_eq!(b.shown.active().assessment.name, "My assessment");
    assert_eq!(
        b.shown.assessments[1].assessment.rating(CMMI, "mc"),
        Some(Rating::Fully)
    );
    // A change of b's own still saves, and a reload of b opens what it had open.
    b.rate("rdm", Some(Rating::Started));
    assert_eq!(stored(&store).active().assessment.name, "My assessment");
    a.hear();
    assert_eq!(a.shown.active().assessment.name, "Second");
}

#[test]
fn two_tabs_adding_an_assessment_at_once_keep_both() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.edit(add_and_open("From A"));
    b.edit(add_and_open("From B"));
    a.hear();
    let names: Vec<String> = a
        .shown
        .assessments
        .iter()
        .map(|s| s.assessment.name.clone())
        .collect();
    assert_eq!(names, ["My assessment", "From A", "From B"]);
    let ids: Vec<&str> = a.shown.assessments.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2", "a3"]);
    // B's new assessment moved to a new id, and B still works on it.
    assert_eq!(b.shown.active().assessment.name, "From B");
    assert_eq!(b.shown.active().id, "a3");
}

#[test]
fn a_deleted_assessment_that_the_other_tab_changed_is_kept() {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    a.edit(|l| {
        l.add(Assessment {
            name: "Second".into(),
            ..Assessment::default()
        });
    });
    let mut b = Tab::open(&store);
    a.edit(|l| {
        l.remove(1);
    });
    b.edit(|l| {
        l.assessments[1]
            .assessment
            .set_rating(CMMI, "rdm", Some(Rating::Fully))
    });
    a.hear();
    assert_eq!(
        a.shown.assessments.len(),
        2,
        "the change outlives the delete"
    );
    // An untouched assessment deleted in one tab goes in the other.
    a.edit(|l| {
        l.remove(1);
    });
    b.hear();
    assert_eq!(b.shown.assessments.len(), 1);
}

/// The open assessment of a tab's library.
fn open_one(l: &mut Library) -> &mut Assessment {
    let active = l.active;
    &mut l.assessments[active].assessment
}

#[test]
fn a_target_set_in_one_tab_and_a_plan_made_in_the_other_both_survive() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.edit(|l| open_one(l).set_target_level(CMMI, Some("defined".into())));
    let plan = Planned {
        owner: "Ann".into(),
        due: "2027-03-31".into(),
    };
    b.edit(|l| open_one(l).set_planned(CMMI, "rdm", Some(plan.clone())));
    a.hear();
    for library in [&a.shown, &b.shown, &stored(&store)] {
        let assessment = &library.active().assessment;
        assert_eq!(
            assessment.target(CMMI).and_then(|t| t.level.as_deref()),
            Some("defined")
        );
        assert_eq!(assessment.planned(CMMI, "rdm"), Some(&plan));
    }
    assert_eq!(a.shown, b.shown);
}

#[test]
fn snapshots_taken_in_two_tabs_at_once_are_both_kept_under_distinct_ids() {
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.rate("rdm", Some(Rating::Fully));
    b.hear();
    a.edit(|l| {
        open_one(l).take_snapshot("2026-12-02T15:04:05Z".into(), "From A".into());
    });
    // B has not heard of A's snapshot: both are made as s1.
    b.edit(|l| {
        open_one(l).take_snapshot("2026-12-02T15:04:06Z".into(), "From B".into());
    });
    a.hear();
    for library in [&a.shown, &b.shown, &stored(&store)] {
        let snapshots: Vec<(&str, &str)> = library
            .active()
            .assessment
            .snapshots
            .iter()
            .map(|s| (s.id.as_str(), s.label.as_str()))
            .collect();
        // A saved first and keeps s1; B's, made under the same id, moves to s2.
        assert_eq!(snapshots, [("s1", "From A"), ("s2", "From B")]);
        let s2 = &library.active().assessment.snapshots[1];
        assert_eq!(s2.rating(CMMI, "rdm"), Some(Rating::Fully));
    }
}

#[test]
fn a_snapshot_deleted_in_one_tab_and_untouched_in_the_other_stays_deleted() {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    a.edit(|l| {
        open_one(l).take_snapshot("2026-11-01T10:00:00Z".into(), "Old".into());
        open_one(l).take_snapshot("2026-12-01T10:00:00Z".into(), "New".into());
    });
    let mut b = Tab::open(&store);
    a.edit(|l| {
        open_one(l).remove_snapshot("s1");
    });
    // B changes something else, not knowing of the delete.
    b.rate("pqa", Some(Rating::Partly));
    a.hear();
    b.hear();
    for library in [&a.shown, &b.shown, &stored(&store)] {
        let ids: Vec<&str> = library
            .active()
            .assessment
            .snapshots
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["s2"]);
        assert_eq!(
            library.active().assessment.rating(CMMI, "pqa"),
            Some(Rating::Partly)
        );
    }
}

#[test]
fn a_newer_rungs_document_is_never_written_over() {
    let store = Memory::default();
    let newer = r#"{"rungs":"store","schema":7,"active":0,"assessments":[{"id":"x"}]}"#;
    store.set(KEY, newer);
    let mut a = Tab::open(&store);
    assert!(matches!(a.status, SaveStatus::Newer { found: 7, .. }));
    a.rate("rdm", Some(Rating::Fully));
    assert_eq!(store.get(KEY).as_deref(), Some(newer), "byte for byte");
    let aside = read_library(&store.get(&aside_key(KEY)).unwrap()).unwrap();
    assert_eq!(
        aside.active().assessment.rating(CMMI, "rdm"),
        Some(Rating::Fully)
    );
    assert!(matches!(a.status, SaveStatus::Newer { .. }));

    // The same when the newer document arrives while a tab is open.
    let store = Memory::default();
    let (mut a, mut b) = (Tab::open(&store), Tab::open(&store));
    a.rate("rdm", Some(Rating::Fully));
    store.set(KEY, newer);
    b.rate("pqa", Some(Rating::Partly));
    a.hear();
    a.rate("sam", Some(Rating::Largely));
    assert_eq!(store.get(KEY).as_deref(), Some(newer));
    assert!(matches!(a.status, SaveStatus::Newer { found: 7, .. }));
    assert!(matches!(b.status, SaveStatus::Newer { found: 7, .. }));
}

#[test]
fn fields_a_newer_rungs_added_survive_a_round_trip_through_this_one() {
    let store = Memory::default();
    let text = r#"{"rungs":"store","schema":2,"active":0,"cloud":{"x":1},"assessments":[{"id":"a1","name":"A","rule":"staged","threshold":"largely","required_percent":80,"radar":"level","budget":["q3"],"answers":{"cmmi":{"rdm":{"rating":"fully","evidence":"wiki"}}}}]}"#;
    store.set(KEY, text);
    let mut a = Tab::open(&store);
    a.rate("pqa", Some(Rating::Partly));
    let written = store.get(KEY).unwrap();
    for kept in [
        r#""cloud":{"x":1}"#,
        r#""budget":["q3"]"#,
        r#""evidence":"wiki""#,
    ] {
        assert!(written.contains(kept), "{kept} in {written}");
    }
}

#[test]
fn unreadable_text_is_copied_aside_before_anything_is_written_over_it() {
    let store = Memory::default();
    store.set(KEY, "{damaged");
    let mut a = Tab::open(&store);
    let SaveStatus::Unreadable {
        backup_key: Some(backup),
        ..
    } = &a.status
    else {
        panic!("{:?}", a.status)
    };
    assert_eq!(store.get(backup).as_deref(), Some("{damaged"));
    assert_eq!(
        store.get(KEY).as_deref(),
        Some("{damaged"),
        "untouched until a change"
    );
    a.rate("rdm", Some(Rating::Fully));
    assert!(read_library(&store.get(KEY).unwrap()).is_ok());

    // Another tab writing damaged text is copied aside the same way.
    let mut b = Tab::open(&store);
    store.set(KEY, "still {damaged");
    b.rate("pqa", Some(Rating::Fully));
    assert!(store.map.borrow().values().any(|v| v == "still {damaged"));
}

#[test]
fn one_damaged_assessment_leaves_the_others_open_and_the_whole_text_copied_aside() {
    let store = Memory::default();
    let damaged = r#"{"rungs":"store","schema":2,"assessments":[{"id":"a1","name":"Kept","answers":{"cmmi":{"rdm":{"rating":"fully"}}}},{"id":"a2","name":"Bad","answers":{"cmmi":{"rdm":{"rating":"great"}}}}]}"#;
    store.set(KEY, damaged);
    let mut a = Tab::open(&store);
    let SaveStatus::Unreadable {
        backup_key: Some(backup),
        partly_read: true,
        message,
        ..
    } = &a.status
    else {
        panic!("{:?}", a.status)
    };
    assert!(
        message.starts_with("1 of your 2 saved assessments"),
        "{message}"
    );
    assert_eq!(store.get(backup).as_deref(), Some(damaged));
    assert_eq!(a.shown.assessments.len(), 1);
    assert_eq!(a.rating("rdm"), Some(Rating::Fully));
    assert_eq!(
        store.get(KEY).as_deref(),
        Some(damaged),
        "untouched until a change"
    );
    a.rate("pqa", Some(Rating::Partly));
    let now = stored(&store);
    assert_eq!(now.assessments.len(), 1);
    assert_eq!(now.active().assessment.name, "Kept");
    assert_eq!(
        now.active().assessment.rating(CMMI, "rdm"),
        Some(Rating::Fully)
    );
    assert_eq!(
        now.active().assessment.rating(CMMI, "pqa"),
        Some(Rating::Partly)
    );

    // Without a copy, the readable part is shown but nothing is written over the text.
    let store = Memory::default();
    store.set(KEY, damaged);
    store.backups_fail.set(true);
    let mut b = Tab::open(&store);
    assert!(matches!(
        b.status,
        SaveStatus::Unreadable {
            backup_key: None,
            partly_read: true,
            ..
        }
    ));
    assert_eq!(b.rating("rdm"), Some(Rating::Fully));
    b.rate("pqa", Some(Rating::Partly));
    assert_eq!(store.get(KEY).as_deref(), Some(damaged));
}

#[test]
fn when_the_copy_fails_the_only_copy_is_never_written_over() {
    let store = Memory::default();
    store.set(KEY, "{damaged");
    store.backups_fail.set(true);
    let mut a = Tab::open(&store);
    assert!(matches!(
        a.status,
        SaveStatus::Unreadable {
            backup_key: None,
            ..
        }
    ));
    for practice in PRACTICES {
        a.rate(practice, Some(Rating::Fully));
        a.hear();
    }
    assert_eq!(store.get(KEY).as_deref(), Some("{damaged"));
    // Once the user has downloaded it, they may let their work take its place.
    a.saved.take_over();
    a.rate("rdm", Some(Rating::Largely));
    assert!(read_library(&store.get(KEY).unwrap()).is_ok());

    // The same when a tab that is open finds damaged text it cannot copy aside.
    let store = Memory::default();
    let mut b = Tab::open(&store);
    b.rate("rdm", Some(Rating::Fully));
    store.set(KEY, "{damaged");
    store.backups_fail.set(true);
    b.rate("pqa", Some(Rating::Fully));
    b.rate("sam", Some(Rating::Fully));
    assert_eq!(store.get(KEY).as_deref(), Some("{damaged"));
}

#[test]
fn a_full_storage_keeps_the_last_saved_document_and_saves_once_there_is_room() {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    a.rate("rdm", Some(Rating::Fully));
    let before = store.get(KEY);
    store.full.set(true);
    a.rate("pqa", Some(Rating::Fully));
    assert_eq!(a.status, SaveStatus::Full);
    assert_eq!(store.get(KEY), before);
    assert_eq!(a.rating("pqa"), Some(Rating::Fully), "kept in the tab");
    store.full.set(false);
    a.rate("sam", Some(Rating::Fully));
    assert_eq!(a.status, SaveStatus::Saving);
    let library = stored(&store);
    assert_eq!(
        library.active().assessment.rating(CMMI, "pqa"),
        Some(Rating::Fully)
    );
    assert_eq!(
        library.active().assessment.rating(CMMI, "sam"),
        Some(Rating::Fully)
    );
}

#[test]
fn a_browser_that_keeps_nothing_still_works() {
    let opened = SavedDocument::<Library, Memory>::open(None, KEY, "t");
    assert_eq!(opened.status, SaveStatus::Unavailable);
    let mut saved = opened.saved;
    let mut library = opened.doc;
    library.assessments[0].assessment.name = "Kept in the tab".into();
    assert_eq!(saved.save(&library, "t"), (None, None));
}

#[test]
fn merging_with_an_unchanged_base_or_itself_changes_nothing() {
    let mut library = Library::new();
    library.assessments[0]
        .assessment
        .set_rating(CMMI, "rdm", Some(Rating::Fully));
    let base = Library::new();
    assert_eq!(merge_library(&base, &library, &base), library);
    assert_eq!(merge_library(&base, &base, &library), library);
    assert_eq!(merge_library(&library, &library, &library), library);
}

fn board() -> Workshop {
    let mut w = Workshop::new("Board", &[CMMI], ScoringSettings::default());
    w.id = "w1".into();
    for name in ["Ann", "Bob"] {
        let mut a = Assessment {
            name: name.into(),
            ..Assessment::default()
        };
        a.set_rating(
            CMMI,
            if name == "Ann" { "rdm" } else { "pqa" },
            Some(Rating::Fully),
        );
        add_participant(&mut w, a, &[CMMI.to_string()]).unwrap();
    }
    w
}

#[test]
fn the_board_and_the_presenter_agreeing_in_two_windows_lose_nothing() {
    let base = board();
    let (mut board_window, mut presenter) = (base.clone(), base.clone());
    board_window
        .agreed
        .set_rating(CMMI, "rdm", Some(Rating::Fully));
    board_window.participants[1].name = "Robert".into();
    presenter
        .agreed
        .set_rating(CMMI, "pqa", Some(Rating::Partly));
    presenter.participants[0].hidden = true;
    let merged = merge_workshop(Some(&base), Some(&board_window), Some(&presenter)).unwrap();
    assert_eq!(merged.agreed.rating(CMMI, "rdm"), Some(Rating::Fully));
    assert_eq!(merged.agreed.rating(CMMI, "pqa"), Some(Rating::Partly));
    assert_eq!(merged.participants[1].name, "Robert");
    assert!(merged.participants[0].hidden);
    // A participant added in each window at once: both stay, with ids of their own.
    let mut one = base.clone();
    let mut two = base.clone();
    let person = |name: &str| Assessment {
        name: name.into(),
        ..Assessment::default()
    };
    let mut carla = person("Carla");
    carla.set_rating(CMMI, "sam", Some(Rating::Started));
    add_participant(&mut one, carla, &[CMMI.to_string()]).unwrap();
    let mut dan = person("Dan");
    dan.set_rating(CMMI, "est", Some(Rating::Started));
    add_participant(&mut two, dan, &[CMMI.to_string()]).unwrap();
    let merged = merge_workshop(Some(&base), Some(&one), Some(&two)).unwrap();
    let names: Vec<&str> = merged
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    // Dan was saved first and keeps p3; Carla, made at the same time under p3, moves to p4.
    assert_eq!(names, ["Ann", "Bob", "Dan", "Carla"]);
    let ids: Vec<&str> = merged.participants.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p1", "p2", "p3", "p4"]);
}

#[test]
fn two_different_workshops_are_never_mixed() {
    let old = board();
    let mut new = Workshop::new("Another", &[CMMI], ScoringSettings::default());
    new.id = "w2".into();
    let mut edited = old.clone();
    edited.agreed.set_rating(CMMI, "rdm", Some(Rating::Fully));
    // One window started a new board while the other agreed on the old one: the later wins whole.
    assert_eq!(
        merge_workshop(Some(&old), Some(&edited), Some(&new)),
        Some(edited.clone())
    );
    assert_eq!(
        merge_workshop(Some(&old), Some(&old), Some(&new)),
        Some(new.clone())
    );
}

/// What one of two tabs does next.
#[derive(Debug, Clone)]
enum Act {
    Rate { practice: usize, rating: usize },
    Rename { name: u8 },
    Add,
    Hear,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => (0..PRACTICES.len(), 0..7usize).prop_map(|(practice, rating)| Act::Rate { practice, rating }),
        1 => any::<u8>().prop_map(|name| Act::Rename { name }),
        1 => Just(Act::Add),
        3 => Just(Act::Hear),
    ]
}

proptest! {
    /// Any interleaving of two tabs' edits ends, once both have heard of every save, with every
    /// edit to distinct items present and the later edit winning on the same item, in both tabs
    /// and in storage.
    #[test]
    fn any_interleaving_keeps_every_edit_and_the_later_one_wins(
        acts in prop::collection::vec((any::<bool>(), act()), 1..60)
    ) {
        let store = Memory::default();
        let mut tabs = [Tab::open(&store), Tab::open(&store)];
        let mut ratings: BTreeMap<usize, Option<Rating>> = BTreeMap::new();
        let mut name: Option<String> = None;
        let mut added: Vec<String> = Vec::new();
        for (step, (second, act)) in acts.into_iter().enumerate() {
            let tab = &mut tabs[usize::from(second)];
            match act {
                // Only what changes the tab's view is an edit: choosing the rating a practice
                // already shows changes nothing, and saves nothing.
                Act::Rate { practice, rating } => {
                    let rating = rating.checked_sub(1).map(|i| Rating::ALL[i]);
                    // Everyone works on the first assessment, whatever else is added.
                    let shows = tab.shown.assessments[0].assessment.rating(CMMI, PRACTICES[practice]);
                    if shows != rating {
                        tab.edit(|l| l.assessments[0].assessment.set_rating(CMMI, PRACTICES[practice], rating));
                        ratings.insert(practice, rating);
                    }
                }
                Act::Rename { name: n } => {
                    let new = format!("Name {n}");
                    if tab.shown.assessments[0].assessment.name != new {
                        tab.edit(|l| l.assessments[0].assessment.name = new.clone());
                        name = Some(new);
                    }
                }
                Act::Add => {
                    let new = format!("Added {step}");
                    tab.edit(|l| {
                        l.add(Assessment { name: new.clone(), ..Assessment::default() });
                    });
                    added.push(new);
                }
                Act::Hear => tab.hear(),
            }
        }
        for tab in &mut tabs {
            tab.hear();
        }
        for tab in &mut tabs {
            tab.hear();
        }
        let library = match store.get(KEY) {
            Some(text) => read_library(&text).unwrap(),
            None => Library::new(),
        };
        let first = &library.assessments[0].assessment;
        for (practice, rating) in &ratings {
            prop_assert_eq!(first.rating(CMMI, PRACTICES[*practice]), *rating);
        }
        if let Some(name) = name {
            prop_assert_eq!(&first.name, &name);
        }
        let mut names: Vec<&str> = library.assessments.iter().skip(1).map(|s| s.assessment.name.as_str()).collect();
        names.sort_unstable();
        let mut wanted: Vec<&str> = added.iter().map(String::as_str).collect();
        wanted.sort_unstable();
        prop_assert_eq!(names, wanted);
        for tab in &tabs {
            let mut shown = tab.shown.clone();
            shown.active = library.active;
            prop_assert_eq!(&shown, &library);
        }
        prop_assert_eq!(write_library(&library), store.get(KEY).unwrap_or_else(|| write_library(&Library::new())));
    }
}

#[test]
fn a_damaged_board_in_storage_is_called_the_saved_board_not_a_file() {
    // Finding K7: the banner called the board in browser storage "This workshop file".
    for (text, start) in [
        (
            "{damaged",
            "The workshop board saved in this browser is not valid JSON",
        ),
        (
            "[1]",
            "The workshop board saved in this browser is not in Rungs' format.",
        ),
        (
            r#"{"rungs":"workshop","schema":1}"#,
            "The workshop board saved in this browser could not be read: ",
        ),
    ] {
        let store = Memory::default();
        store.set("rungs.workshop", text);
        let opened = SavedDocument::<Option<Workshop>, Memory>::open(
            Some(store.clone()),
            "rungs.workshop",
            "t0",
        );
        let SaveStatus::Unreadable { message, .. } = &opened.status else {
            panic!("{:?}", opened.status)
        };
        assert!(message.starts_with(start), "{message}");
    }
    // A file keeps calling itself a file.
    let error = rungs::core::workshop::json::workshop_from_json("{damaged").unwrap_err();
    assert!(
        error.starts_with("This workshop file is not valid JSON"),
        "{error}"
    );
}
