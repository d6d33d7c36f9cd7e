//! URL fragments and the screens they name.
#![cfg(not(target_arch = "wasm32"))]

use rungs::core::route::{decode_component, encode_component, resolve, Route, Screen};

#[test]
fn every_route_survives_a_round_trip_through_its_fragment() {
    let routes = [
        Route::Home,
        Route::Help,
        Route::Search {
            query: "roll forward & back".into(),
        },
        Route::Model {
            model: "cd-maturity".into(),
        },
        Route::Assess {
            model: "cd-maturity".into(),
        },
        Route::About {
            model: "cmmi".into(),
        },
        Route::Level {
            model: "cd-maturity".into(),
            level: "expert".into(),
        },
        Route::Practice {
            model: "mlops-google".into(),
            practice: "exp-tracked".into(),
        },
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.to_fragment()), route);
    }
}

#[test]
fn unknown_fragments_are_not_found_rather_than_home() {
    assert!(matches!(
        Route::parse("#/nonsense/here"),
        Route::NotFound { .. }
    ));
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(Route::parse("#/"), Route::Home);
}

#[test]
fn malformed_percent_escapes_decode_without_panicking() {
    assert_eq!(decode_component("100%"), "100%");
    assert_eq!(decode_component("%zz"), "%zz");
    assert_eq!(decode_component("%e2%82"), "\u{fffd}");
    assert_eq!(decode_component(&encode_component("é <b>")), "é <b>");
}

#[test]
fn routes_resolve_to_screens_or_say_what_is_missing() {
    let practice = resolve(Route::parse("#/model/cd-maturity/practice/co-stable-teams"));
    assert!(matches!(
        practice,
        Screen::Matrix {
            practice: Some("co-stable-teams"),
            ..
        }
    ));
    let level = resolve(Route::parse("#/model/cmmi/level/defined"));
    assert!(matches!(level, Screen::Matrix { level: Some(2), .. }));
    let missing = |fragment: &str| match resolve(Route::parse(fragment)) {
        Screen::NotFound { reason } => reason,
        other => panic!("{fragment} resolved to {other:?}"),
    };
    assert_eq!(
        missing("#/assess/nope"),
        "There is no model called “\u{2068}nope\u{2069}”."
    );
    assert_eq!(
        missing("#/model/cmmi/level/expert"),
        "CMMI maturity levels has no level called “\u{2068}expert\u{2069}”."
    );
    assert_eq!(
        missing("#/model/cmmi/practice/nope"),
        "CMMI maturity levels has no practice called “\u{2068}nope\u{2069}”."
    );
    assert_eq!(
        missing("#/what"),
        "Rungs has no page at “\u{2068}#/what\u{2069}”."
    );
}

/// K1 and C17 of the hostile test: a megabyte-long id was echoed whole (1.3 s to render), and a
/// right-to-left override in it reversed the sentence around it.
#[test]
fn a_long_or_reversing_id_is_cut_and_isolated_in_the_message() {
    let missing = |fragment: &str| match resolve(Route::parse(fragment)) {
        Screen::NotFound { reason } => reason,
        other => panic!("{fragment}: {other:?}"),
    };
    let long = format!("#/model/{}", "x".repeat(1_000_000));
    let message = missing(&long);
    assert!(message.chars().count() < 200, "{}", message.len());
    let reversing = missing("#/model/a%E2%80%AEb");
    assert!(
        reversing.contains("\u{2068}a\u{202e}b\u{2069}"),
        "{reversing:?}"
    );
}
