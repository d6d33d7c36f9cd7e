//! Browser tests: components mounted in headless Chromium, clicked and read back from the DOM.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use rungs::core::model::find_model;
use rungs::core::model::text_file::{ModelTexts, HEADER};
use rungs::explore::home::Home;
use rungs::explore::matrix::ModelMatrix;
use rungs::explore::model_texts::{provide_model_texts, TextsState};
use rungs::explore::search_page::SearchPage;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the body to mount one component into.
fn container() -> HtmlElement {
    let document = document();
    let element = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element.unchecked_into()
}

/// The first screen as `index.html` serves it in English (`build.rs` writes it, `xtask finish`
/// wraps it), put into the page as a fresh `<main>`, replacing any an earlier test put there.
fn served_first_screen() -> HtmlElement {
    const FIRST_SCREEN: &str = include_str!(concat!(env!("OUT_DIR"), "/first-screen.html"));
    let document = document();
    if let Some(old) = document.query_selector("main").unwrap() {
        old.remove();
    }
    let main = document.create_element("main").unwrap();
    main.set_inner_html(&format!(
        "<section class=\"home\" data-lang=\"en\" lang=\"en\" hidden>{FIRST_SCREEN}</section>"
    ));
    document.body().unwrap().append_child(&main).unwrap();
    main.first_element_child().unwrap().unchecked_into()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn home_on_a_first_visit_shows_the_served_screen_with_every_model_not_assessed() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("rungs.assessments").unwrap();
    let home = served_first_screen();
    let mounted = mount_to(container(), || view! { <Home /> });
    tick().await;
    assert!(!home.hidden(), "the served first screen is shown");
    assert_eq!(
        texts(&home, ".model-card h3"),
        vec![
            "Continuous Delivery Maturity Model",
            "CMMI maturity levels",
            "MLOps maturity (Google Cloud)",
            "MLOps maturity (Microsoft)",
        ]
    );
    assert_eq!(
        texts(&home, ".model-card .status"),
        vec!["Not assessed yet"; 4]
    );
    // Nothing saved, so the results part is never asked for.
    assert!(home.query_selector(".radar-svg").unwrap().is_none());
    assert_eq!(
        texts(&home, ".home-progress"),
        vec!["Assess a model to see it here: one polygon per model assessed."]
    );
    // Another screen hides it again, and keeps it for the next visit home.
    drop(mounted);
    assert!(home.hidden());
    assert_eq!(texts(&home, ".model-card").len(), 4);
}

#[wasm_bindgen_test]
async fn home_with_assessments_shows_each_level_and_an_accessible_radar() {
    use rungs::core::assessment::Assessment;
    use rungs::core::scoring::Rating;
    use rungs::core::store_format::Library;
    use rungs::keep::state::{provide_app_state, StorageStatus};
    let model = find_model("cmmi").unwrap();
    let mut assessment = Assessment::default();
    for p in model.practices.iter().filter(|p| p.level == 1) {
        assessment.set_rating(model.id, p.id, Some(Rating::Fully));
    }
    let mut library = Library::new();
    library.assessments[0].assessment = assessment;
    let home = served_first_screen();
    let mounted = mount_to(container(), move || {
        provide_app_state(library, StorageStatus::Unavailable);
        view! { <Home /> }
    });
    for _ in 0..3 {
        tick().await;
        next_task().await;
    }
    let statuses = texts(&home, ".model-card .status");
    assert_eq!(statuses[1], "Level reached: Managed · 10 of 25 rated");
    assert_eq!(statuses[0], "Not assessed yet");
    let svg = home
        .query_selector(".home-progress .radar-svg svg")
        .unwrap()
        .expect("radar svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(texts(&home, ".radar-table tbody th").len(), 4);
    // Leaving the screen takes the results away with it; the served text stays.
    drop(mounted);
    assert!(home.query_selector(".radar-svg").unwrap().is_none());
    assert_eq!(
        texts(&home, ".home-progress"),
        vec!["Assess a model to see it here: one polygon per model assessed."]
    );
}

#[wasm_bindgen_test]
async fn the_cd_matrix_puts_every_practice_in_its_cell() {
    let model = find_model("cd-maturity").unwrap();
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        view! { <ModelMatrix model=model highlight_level=None open_practice=None /> }
    });
    tick().await;
    assert_eq!(texts(&root, "table.matrix tbody tr").len(), 5);
    assert_eq!(texts(&root, "li[data-practice]").len(), 78);
    for practice in model.practices {
        let category = model.categories[practice.category].id;
        let level = model.levels[practice.level].id;
        let selector = format!(
            "tr[data-category='{category}'] td[data-level='{level}'] li[data-practice='{}']",
            practice.id
        );
        assert!(
            root.query_selector(&selector).unwrap().is_some(),
            "{selector}"
        );
    }
}

#[wasm_bindgen_test]
async fn an_open_practice_shows_its_description_level_category_and_dimension() {
    let model = find_model("cd-maturity").unwrap();
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        // The app fetches the texts; here they are provided as the fetch would deliver them.
        let file = format!(
            "{HEADER}\ncd-maturity\tpractice:tv-automatic-unit-tests\tTests run on every build.\n"
        );
        let texts = ModelTexts::parse(&file).unwrap();
        provide_model_texts(TextsState::Ready(Arc::new(texts)));
        view! { <ModelMatrix model=model highlight_level=None open_practice=Some("tv-automatic-unit-tests") /> }
    });
    tick().await;
    assert_eq!(
        texts(&root, ".practice-detail h2"),
        vec!["Automatic unit tests"]
    );
    assert_eq!(texts(&root, ".fact-level"), vec!["Base"]);
    assert_eq!(texts(&root, ".fact-category"), vec!["Test & Verification"]);
    assert_eq!(texts(&root, ".fact-dimension").len(), 1);
    assert_eq!(
        texts(&root, ".practice-detail .description p"),
        vec!["Tests run on every build."]
    );
}

#[wasm_bindgen_test]
async fn typing_in_search_lists_hits_with_their_model_and_level() {
    let root = container();
    let _mounted = mount_to(
        root.clone(),
        || view! { <SearchPage initial_query=String::new() /> },
    );
    tick().await;
    let input: HtmlInputElement = root
        .query_selector("#search-input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("unit tests");
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    tick().await;
    let hits = texts(&root, ".search-hit a");
    assert!(hits.iter().any(|h| h == "Automatic unit tests"), "{hits:?}");
    let places = texts(&root, ".search-hit .where");
    assert!(places
        .iter()
        .any(|w| w == "Continuous Delivery Maturity Model · Test & Verification · Base"));
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn rating_every_base_practice_fully_reaches_base_and_one_partly_drops_it() {
    use rungs::assess::assess_page::AssessPage;
    let model = find_model("cd-maturity").unwrap();
    let root = container();
    let _mounted = mount_to(root.clone(), move || view! { <AssessPage model=model /> });
    tick().await;
    let group = root
        .query_selector("fieldset[data-practice='tv-automatic-unit-tests']")
        .unwrap()
        .unwrap();
    assert_eq!(group.get_attribute("role").as_deref(), Some("radiogroup"));
    assert_eq!(
        group.get_attribute("aria-label").as_deref(),
        Some("Automatic unit tests")
    );
    assert_eq!(texts(&root, ".overall-level strong"), vec!["Below Base"]);

    for practice in model.practices.iter().filter(|p| p.level == 0) {
        click(
            &root,
            &format!(
                "fieldset[data-practice='{}'] input[value='fully']",
                practice.id
            ),
        );
    }
    tick().await;
    assert_eq!(texts(&root, ".overall-level strong"), vec!["Base"]);
    assert!(texts(&root, ".model-progress")[0].contains("14 of 78"));

    click(
        &root,
        "fieldset[data-practice='tv-automatic-unit-tests'] input[value='partly']",
    );
    tick().await;
    assert_eq!(texts(&root, ".overall-level strong"), vec!["Below Base"]);
    let next = texts(&root, ".results > .level-reasons .next-list li");
    assert!(next[0].starts_with("Automatic unit tests"), "{next:?}");
    assert!(next[0].contains("Partly, 1 step short"), "{next:?}");
}

#[wasm_bindgen_test]
async fn the_share_panel_gives_a_link_that_opens_the_same_ratings_read_only() {
    use rungs::core::assessment::Assessment;
    use rungs::core::scoring::Rating;
    use rungs::share::share_panel::SharePanel;
    use rungs::share::shared_page::SharedPage;
    let model = find_model("cd-maturity").unwrap();
    let mut assessment = Assessment {
        name: "Team <b>Red</b>".into(),
        ..Assessment::default()
    };
    assessment.set_rating(model.id, model.practices[0].id, Some(Rating::Fully));
    assessment.set_rating(model.id, model.practices[1].id, Some(Rating::NotApplicable));
    let root = container();
    let shared = assessment.clone();
    let _mounted = mount_to(root.clone(), move || {
        view! { <SharePanel assessment=Signal::derive(move || shared.clone()) /> }
    });
    tick().await;
    let input: HtmlInputElement = root
        .query_selector(".share-link input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let link = input.value();
    let payload = link.split_once("#/s/").unwrap().1.to_string();
    assert!(payload.starts_with('C'), "{payload}");

    let opened = container();
    let _shown = mount_to(
        opened.clone(),
        move || view! { <SharedPage payload=payload.clone() /> },
    );
    tick().await;
    assert_eq!(texts(&opened, ".shared-name"), vec!["Team <b>Red</b>"]);
    assert!(
        opened.query_selector(".shared-name b").unwrap().is_none(),
        "text, not markup"
    );
    let checked = |id: &str| {
        opened
            .query_selector(&format!("fieldset[data-practice='{id}'] input:checked"))
            .unwrap()
            .map(|i| i.unchecked_into::<HtmlInputElement>().value())
    };
    assert_eq!(checked(model.practices[0].id).as_deref(), Some("fully"));
    assert_eq!(
        checked(model.practices[1].id).as_deref(),
        Some("not-applicable")
    );
    assert_eq!(checked(model.practices[2].id), None);
    let radio: HtmlInputElement = opened
        .query_selector("fieldset.practice-rating input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(radio.disabled(), "read-only");
    assert_eq!(texts(&opened, ".link-warning").len(), 1, "markup warning");
}

#[wasm_bindgen_test]
async fn a_broken_link_is_an_alert() {
    use rungs::share::shared_page::SharedPage;
    let root = container();
    let _mounted = mount_to(
        root.clone(),
        || view! { <SharedPage payload="BAB".to_string() /> },
    );
    tick().await;
    let alert = root.query_selector("[role='alert']").unwrap().unwrap();
    assert!(alert.text_content().unwrap().contains("cut short"));
}

#[wasm_bindgen_test]
async fn deleting_an_assessment_can_be_undone() {
    use rungs::core::assessment::Assessment;
    use rungs::core::store_format::Library;
    use rungs::keep::assessments_page::AssessmentsPage;
    use rungs::keep::state::{provide_app_state, StorageStatus};
    let root = container();
    let _mounted = mount_to(root.clone(), || {
        let mut library = Library::new();
        library.add(Assessment {
            name: "Second".into(),
            ..Assessment::default()
        });
        provide_app_state(library, StorageStatus::Saving);
        view! { <AssessmentsPage /> }
    });
    tick().await;
    let names = |root: &HtmlElement| {
        let nodes = root.query_selector_all("input.assessment-name").unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(|n| n.unchecked_into::<HtmlInputElement>().value())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&root), vec!["My assessment", "Second"]);
    click(&root, "li.saved-assessment:nth-child(2) button.delete");
    tick().await;
    assert_eq!(names(&root), vec!["My assessment"]);
    assert!(texts(&root, ".undo")[0].contains("Deleted “Second”"));
    let last: HtmlElement = root
        .query_selector("button.delete")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(
        last.has_attribute("disabled"),
        "the last one cannot be deleted"
    );
    click(&root, "button.undo-delete");
    tick().await;
    assert_eq!(names(&root), vec!["My assessment", "Second"]);
}

#[wasm_bindgen_test]
async fn the_storage_banner_says_when_answers_will_not_be_kept() {
    use rungs::core::store_format::Library;
    use rungs::keep::state::{provide_app_state, StorageStatus};
    use rungs::keep::storage_banner::StorageBanner;
    let root = container();
    let _mounted = mount_to(root.clone(), || {
        provide_app_state(Library::new(), StorageStatus::Unavailable);
        view! { <StorageBanner /> }
    });
    tick().await;
    let banner = root.query_selector(".storage-banner").unwrap().unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("will not be kept"));
}

#[wasm_bindgen_test]
async fn the_board_merges_pasted_links_and_ranks_disagreement_first() {
    use rungs::core::assessment::Assessment;
    use rungs::core::link_codec::LinkOptions;
    use rungs::core::scoring::{Rating, ScoringSettings};
    use rungs::core::share::share_fragment;
    use rungs::core::workshop::Workshop;
    use rungs::workshop::board_page::BoardPage;
    use rungs::workshop::board_state::BoardState;
    let model = find_model("cd-maturity").unwrap();
    let link = |name: &str, first: Rating, second: Rating| {
        let mut a = Assessment {
            name: name.into(),
            ..Assessment::default()
        };
        a.set_rating(model.id, model.practices[0].id, Some(first));
        a.set_rating(model.id, model.practices[1].id, Some(second));
        format!(
            "https://example.org/{}",
            share_fragment(
                &a,
                &LinkOptions {
                    include_name: true,
                    include_notes: false
                }
            )
        )
    };
    let pasted = [
        link("Ann", Rating::Fully, Rating::Partly),
        link("Bob", Rating::Fully, Rating::NotYet),
        link("Cy", Rating::Largely, Rating::Fully),
        "not-a-link".to_string(),
    ]
    .join("\n");
    let root = container();
    let _mounted = mount_to(root.clone(), || {
        provide_context(BoardState::new(Some(Workshop::new(
            "Offsite",
            &["cd-maturity"],
            ScoringSettings::default(),
        ))));
        view! { <BoardPage /> }
    });
    tick().await;
    let textarea: web_sys::HtmlTextAreaElement = root
        .query_selector(".paste-links")
        .unwrap()
        .unwrap()
        .unchecked_into();
    textarea.set_value(&pasted);
    textarea
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&root, "button.add-links");
    tick().await;
    assert_eq!(texts(&root, ".paste-report li.added").len(), 3);
    assert_eq!(texts(&root, ".paste-report li.problem").len(), 1);
    click(&root, "details.all-practices summary");
    // The table is built when the details element reports it opened.
    for _ in 0..20 {
        tick().await;
        if root.query_selector(".practice-stats").unwrap().is_some() {
            break;
        }
        next_task().await;
    }
    let row = |id: &str, cell: &str| {
        texts(
            &root,
            &format!(".practice-stats tr[data-practice='{id}'] .{cell}"),
        )
        .pop()
        .unwrap_or_default()
    };
    assert_eq!(row(model.practices[0].id, "answers"), "3");
    assert_eq!(row(model.practices[0].id, "median"), "Fully (4)");
    assert_eq!(row(model.practices[1].id, "spread"), "4");
    let discuss = root
        .query_selector(".discuss-first li")
        .unwrap()
        .unwrap()
        .get_attribute("data-practice");
    assert_eq!(discuss.as_deref(), Some(model.practices[1].id));
}

#[wasm_bindgen_test]
async fn an_invitation_asks_for_a_name_then_shows_the_models_to_score() {
    use rungs::core::scoring::ScoringSettings;
    use rungs::core::share::link_table;
    use rungs::core::workshop::{invite_payload, Workshop};
    use rungs::workshop::join_page::JoinPage;
    let workshop = Workshop::new("Offsite", &["cmmi"], ScoringSettings::default());
    let payload = invite_payload(&workshop, &link_table());
    let root = container();
    let _mounted = mount_to(
        root.clone(),
        move || view! { <JoinPage payload=payload.clone() /> },
    );
    tick().await;
    assert_eq!(texts(&root, ".workshop-name"), vec!["Offsite"]);
    assert!(root
        .query_selector("fieldset.practice-rating")
        .unwrap()
        .is_none());
    let name: HtmlInputElement = root
        .query_selector(".participant-name")
        .unwrap()
        .unwrap()
        .unchecked_into();
    name.set_value("Dee");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&root, "button.start-scoring");
    tick().await;
    let practices = root.query_selector_all("fieldset.practice-rating").unwrap();
    assert_eq!(practices.length(), 25, "every CMMI practice to score");
    let link: HtmlInputElement = root
        .query_selector(".send-result .share-link input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(link.value().contains("#/s/C"), "{}", link.value());
}

/// Lets the browser run its queued tasks (a details element's toggle event is one).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_plan_page_sets_a_target_plans_a_practice_and_takes_a_snapshot() {
    use rungs::keep::state::{provide_app_state, StorageStatus};
    use rungs::plan::plan_page::PlanPage;
    let model = find_model("cmmi").unwrap();
    let root = container();
    let state = std::rc::Rc::new(std::cell::RefCell::new(None));
    let kept = state.clone();
    let _mounted = mount_to(root.clone(), move || {
        let app = provide_app_state(
            rungs::core::library::Library::new(),
            StorageStatus::Unavailable,
        );
        *kept.borrow_mut() = Some(app);
        view! { <PlanPage model=model /> }
    });
    tick().await;
    let app = state.borrow().unwrap();
    // Nothing rated: the default target is Managed, and every Managed practice is on the way.
    let managed = model.practices.iter().filter(|p| p.level == 1).count();
    assert_eq!(texts(&root, ".roadmap-group h3"), vec!["To reach Managed"]);
    assert_eq!(texts(&root, "li.roadmap-item").len(), managed);
    assert_eq!(
        texts(&root, ".filled-matrix li.needs-target").len(),
        managed,
        "the matrix marks what the target needs"
    );
    // Each cell names its level, for the stacked matrix on a phone.
    let cell = root
        .query_selector(".filled-matrix tr[data-category] td[data-level='managed']")
        .unwrap()
        .unwrap();
    assert_eq!(
        cell.get_attribute("data-level-name").as_deref(),
        Some("Managed")
    );

    // Aim for Defined: its practices join the roadmap under their own heading.
    let select: web_sys::HtmlSelectElement = root
        .query_selector(".model-target-select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("defined");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        texts(&root, ".roadmap-group h3"),
        vec!["To reach Managed", "To reach Defined"]
    );
    assert_eq!(
        app.assessment
            .with_untracked(|a| a.target("cmmi").and_then(|t| t.level.clone())),
        Some("defined".to_string())
    );

    // Plan the first item and give it an owner.
    let first = model.practices.iter().find(|p| p.level == 1).unwrap();
    click(
        &root,
        &format!(
            "li.roadmap-item[data-practice='{}'] input.planned-box",
            first.id
        ),
    );
    tick().await;
    let owner: HtmlInputElement = root
        .query_selector(&format!(
            "li.roadmap-item[data-practice='{}'] input.owner-input",
            first.id
        ))
        .unwrap()
        .unwrap()
        .unchecked_into();
    owner.set_value("Ann");
    owner
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        app.assessment
            .with_untracked(|a| a.planned("cmmi", first.id).map(|p| p.owner.clone())),
        Some("Ann".to_string())
    );
    assert!(texts(&root, ".roadmap-progress")[0].starts_with("0 of 1 practice planned in place"));

    // A snapshot: listed, and the timeline appears with one point.
    click(&root, "button.take-snapshot-button");
    tick().await;
    assert_eq!(texts(&root, "li.snapshot").len(), 1);
    assert_eq!(texts(&root, ".timeline-table tbody tr").len(), 1);
    assert!(root.query_selector(".timeline-svg svg").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_model_file_is_reviewed_kept_listed_and_removed_with_undo() {
    use rungs::core::own_model::import::read_model_file;
    use rungs::core::own_model::registry;
    use rungs::core::own_model::saved::MODELS_KEY;
    use rungs::models::model_review::{ModelReview, ReviewOutcome};
    use rungs::models::models_page::ModelsPage;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(MODELS_KEY).unwrap();
    registry::clear();
    let file = read_model_file(
        "model-template.toml",
        include_str!("../assets/model-template.toml"),
        &["cmmi"],
    )
    .unwrap();
    let id = file.id.clone();
    let practices = file.practices.len();

    let (outcome, set_outcome) = signal(None::<ReviewOutcome>);
    let root = container();
    let _review = mount_to(root.clone(), move || {
        view! {
            <ModelReview
                file=file.clone()
                origin="model-template.toml"
                on_done=Callback::new(move |o| set_outcome.set(Some(o)))
            />
        }
    });
    tick().await;
    let facts = texts(&root, ".model-facts").join("");
    assert!(facts.contains(&format!("{practices} practices")), "{facts}");
    assert!(
        registry::find(&id).is_none(),
        "nothing kept before confirming"
    );
    click(&root, "button.confirm-model");
    tick().await;
    assert!(matches!(
        outcome.get_untracked(),
        Some(ReviewOutcome::Kept { .. })
    ));
    assert!(registry::find(&id).is_some());
    assert!(storage.get_item(MODELS_KEY).unwrap().unwrap().contains(&id));

    let page = container();
    let _page = mount_to(page.clone(), || {
        provide_context(rungs::shell::app::ModelsRevision(RwSignal::new(0)));
        view! { <ModelsPage /> }
    });
    tick().await;
    let row = format!(".imported-model[data-model='{id}']");
    assert!(page.query_selector(&row).unwrap().is_some());
    click(&page, &format!("{row} button.remove-model"));
    tick().await;
    assert!(registry::find(&id).is_none());
    assert!(page.query_selector(&row).unwrap().is_none(), "the row goes");
    assert!(storage.get_item(MODELS_KEY).unwrap().is_none());
    click(&page, "button.undo-remove-model");
    tick().await;
    assert!(registry::find(&id).is_some());
    assert!(page.query_selector(&row).unwrap().is_some());
    storage.remove_item(MODELS_KEY).unwrap();
    registry::clear();
}
