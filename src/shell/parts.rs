//! The parts of the app that load on first use.
//!
//! The first screen's wasm holds the shell, the route table and the explorer. Every other
//! feature is a part: a function marked with [`split_part!`] in its folder's `mod.rs`, which the
//! build (`xtask/src/wasm.rs`) moves into a wasm file of its own. The shell asks for a part when a
//! screen of it is first opened, shows a quiet "Loading…" meanwhile, and, when the file cannot be
//! fetched (the network went away after the first screen), a message with a Retry button. A
//! failed load is not remembered: Retry, or opening the screen again, fetches it afresh. Nothing
//! saved is read or written before a part has loaded, so a failure never touches it.
//!
//! Without the `split` feature (browser tests, `cargo test`), a part is an ordinary function and
//! "loading" it finishes at once.

use crate::core::i18n::{t, tf};
use crate::core::route::Screen;
use leptos::prelude::*;

/// The parts, one per thing a user does beyond exploring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The in-app help.
    Help,
    /// The first screen's levels and radar for a visitor with saved assessments.
    Summary,
    /// Assessing a model.
    Assess,
    /// The Assessments page: switch, rename, delete, export and import.
    Keep,
    /// An assessment opened from a share link, and comparing it with yours.
    Share,
    /// The facilitator's workshop board, consensus and presenter mode.
    Board,
    /// A participant's side of a workshop.
    Join,
    /// Targets, the filled-in matrix, the roadmap and snapshots.
    Plan,
    /// The printable report, with Markdown and CSV export.
    Report,
    /// Models people bring: reading model files and model links, exporting, and keeping them.
    Models,
}

impl Part {
    pub const ALL: [Part; 10] = [
        Part::Help,
        Part::Summary,
        Part::Assess,
        Part::Keep,
        Part::Share,
        Part::Board,
        Part::Join,
        Part::Plan,
        Part::Report,
        Part::Models,
    ];

    /// The part that draws `screen`, or `None` for the explorer's screens, which are always there.
    pub fn for_screen(screen: &Screen) -> Option<Part> {
        match screen {
            Screen::Home
            | Screen::Search { .. }
            | Screen::Matrix { .. }
            | Screen::About { .. }
            | Screen::NotFound { .. } => None,
            Screen::Help => Some(Part::Help),
            Screen::Assess { .. } => Some(Part::Assess),
            Screen::Assessments => Some(Part::Keep),
            Screen::Shared { .. } => Some(Part::Share),
            Screen::Board | Screen::Present | Screen::BoardLink { .. } => Some(Part::Board),
            Screen::Join { .. } => Some(Part::Join),
            Screen::Plan { .. } => Some(Part::Plan),
            Screen::Report => Some(Part::Report),
            Screen::Models | Screen::ModelLink { .. } => Some(Part::Models),
        }
    }

    /// What a person would call it, for the message when it cannot be loaded.
    pub fn label(self) -> &'static str {
        match self {
            Part::Help => t("the help"),
            Part::Summary => t("your results"),
            Part::Assess => t("assessing"),
            Part::Keep => t("your assessments"),
            Part::Share => t("the shared assessment"),
            Part::Board => t("the workshop board"),
            Part::Join => t("the workshop"),
            Part::Plan => t("the plan"),
            Part::Report => t("the report"),
            Part::Models => t("your own models"),
        }
    }

    async fn load(self) -> Result<Screens, PartFailed> {
        match self {
            Part::Help => crate::help::load().await,
            Part::Summary => crate::summary::load().await,
            Part::Assess => crate::assess::load().await,
            Part::Keep => crate::keep::load().await,
            Part::Share => crate::share::load().await,
            Part::Board => crate::workshop::load_board().await,
            Part::Join => crate::workshop::load_join().await,
            Part::Plan => crate::plan::load().await,
            Part::Report => crate::report::load().await,
            Part::Models => crate::models::load().await.map(|offer| offer.screens),
        }
    }
}

/// What a loaded part hands the shell: a function that draws its screens. A plain function
/// pointer, so the shell can keep it and call it without knowing the part's code.
pub type Screens = fn(Screen) -> AnyView;

/// A part's file could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartFailed;

impl From<wasm_split_helpers::SplitLoaderError> for PartFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartFailed
    }
}

/// Marks `$load` in a feature's `mod.rs` as the entry to a part of the app named `$part`, which
/// hands back `$screens` (a [`Screens`]), or with `$ty = $value`, any other function the part
/// offers. In the split build, the function and everything only it reaches go into a wasm file
/// of their own.
macro_rules! split_part {
    ($load:ident, $part:ident, $screens:path) => {
        $crate::shell::parts::split_part!($load, $part, $crate::shell::parts::Screens = $screens);
    };
    ($load:ident, $part:ident, $ty:ty = $value:expr) => {
        /// Loads this part of the app (a file of its own in the split build) and hands back
        /// what it offers.
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($part, fallible)]
        pub fn $load() -> Result<$ty, $crate::shell::parts::PartFailed> {
            Ok($value)
        }

        /// Hands back what this part offers (the unsplit build has it already).
        #[cfg(not(feature = "split"))]
        pub async fn $load() -> Result<$ty, $crate::shell::parts::PartFailed> {
            Ok($value)
        }
    };
}
pub(crate) use split_part;

/// Where a part stands.
#[derive(Debug, Clone, Copy)]
enum Status {
    NotAsked,
    Loading,
    Ready(Screens),
    Failed,
}

/// Every part's status, provided once by the shell.
#[derive(Debug, Clone, Copy)]
pub struct Parts {
    statuses: [RwSignal<Status>; Part::ALL.len()],
}

impl Parts {
    pub fn new() -> Parts {
        Parts {
            statuses: std::array::from_fn(|_| RwSignal::new(Status::NotAsked)),
        }
    }

    fn status(&self, part: Part) -> RwSignal<Status> {
        let index = Part::ALL.iter().position(|p| *p == part).unwrap_or(0);
        self.statuses[index]
    }

    /// Starts fetching `part` unless it is loaded or on its way.
    pub fn request(&self, part: Part) {
        let status = self.status(part);
        if matches!(status.get_untracked(), Status::Loading | Status::Ready(_)) {
            return;
        }
        status.set(Status::Loading);
        leptos::task::spawn_local(async move {
            let result = part.load().await;
            status.set(match result {
                Ok(screens) => Status::Ready(screens),
                Err(PartFailed) => Status::Failed,
            });
        });
    }

    /// The part's screens once it is loaded; reactive.
    pub fn screens(&self, part: Part) -> Option<Screens> {
        match self.status(part).get() {
            Status::Ready(screens) => Some(screens),
            _ => None,
        }
    }

    fn failed(&self, part: Part) -> bool {
        matches!(self.status(part).get(), Status::Failed)
    }
}

impl Default for Parts {
    fn default() -> Self {
        Parts::new()
    }
}

/// The parts provided by the shell; a component mounted on its own gets a fresh set.
pub fn use_parts() -> Parts {
    use_context::<Parts>().unwrap_or_else(|| {
        let parts = Parts::new();
        provide_context(parts);
        parts
    })
}

/// Draws `screen` with `part`: at once if it is loaded, else after loading it, with "Loading…"
/// meanwhile and a message with Retry if it cannot be fetched.
pub fn show(part: Part, screen: Screen) -> AnyView {
    let parts = use_parts();
    parts.request(part);
    (move || {
        if let Some(screens) = parts.screens(part) {
            screens(screen.clone())
        } else if parts.failed(part) {
            failed_view(parts, part)
        } else {
            loading_view()
        }
    })
    .into_any()
}

/// The quiet state while a part (or the whole app, before the wasm starts) is on its way.
pub fn loading_view() -> AnyView {
    view! { <p class="part-loading" aria-busy="true">{t("Loading…")}</p> }.into_any()
}

fn failed_view(parts: Parts, part: Part) -> AnyView {
    view! {
        <section class="part-failed" role="alert">
            <h1>{tf("Rungs could not load {part}", &[("part", part.label())])}</h1>
            <p>
                {t("This part of the app is fetched the first time you open it, and the fetch failed: the network may be off. Your saved assessments are untouched.")}
            </p>
            <p>
                <button type="button" class="retry" on:click=move |_| parts.request(part)>
                    {t("Retry")}
                </button>
            </p>
        </section>
    }
    .into_any()
}

/// What a part draws for a screen that is not its own; the shell never asks for one.
pub fn not_this_part() -> AnyView {
    view! { <p role="alert">{t("This screen belongs to another part of Rungs.")}</p> }.into_any()
}
