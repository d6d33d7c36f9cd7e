//! Models people bring: the Models page (add a model from a file, export any model, remove an
//! imported one), model links, and keeping imported models in this browser. One part of the
//! app, loaded on first use and at start when models are kept, so that the TOML and JSON
//! readers and the compression never weigh on the first screen.
//!
//! Other parts reach it through [`ModelsOffer`]: the shared page asks for a missing model with
//! its panel, and a workshop invitation adds the model it carries.

pub mod actions;
pub mod missing_model;
pub mod model_link_page;
pub mod model_review;
pub mod models_page;
pub mod saved_models;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part, Screens};
use leptos::prelude::*;
use missing_model::MissingModelPanel;
use model_link_page::ModelLinkPage;
use models_page::ModelsPage;

/// What this part offers the rest of the app.
#[derive(Debug, Clone, Copy)]
pub struct ModelsOffer {
    pub screens: Screens,
    /// Reads the models kept in this browser into the registry.
    pub restore: fn(),
    /// Asks for a model a link needs (by id and version): from its model link or its file.
    pub missing_model: fn(String, String) -> AnyView,
    /// Adds (or updates to) the model a model link carries, and keeps it; says what it did.
    pub add_from_link: fn(&str) -> Result<String, String>,
    /// The model link payload of an imported model, for an invitation to carry.
    pub invitation_model_link: fn(&str) -> Option<String>,
}

split_part!(
    load,
    models,
    ModelsOffer = ModelsOffer {
        screens,
        restore: saved_models::restore,
        missing_model: |id, version| view! { <MissingModelPanel id=id version=version /> }
            .into_any(),
        add_from_link: actions::add_from_link,
        invitation_model_link: actions::invitation_model_link,
    }
);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Models => view! { <ModelsPage /> }.into_any(),
        Screen::ModelLink { payload } => view! { <ModelLinkPage payload=payload /> }.into_any(),
        _ => not_this_part(),
    }
}
