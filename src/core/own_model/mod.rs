//! Models people bring: a model file in the `model-data/` format (TOML, or the same structure
//! as JSON) imported in the browser, checked by the same rules as the build, kept in local
//! storage, and carried in links.
//!
//! - [`import`]: reading a file people chose, with every problem named by line and item;
//! - [`fingerprint`]: what identifies a model's content, for links that name a model;
//! - [`model_link`]: a whole model as a compressed link;
//! - [`toml_export`]: any model, shipped ones included, written back as a TOML file;
//! - [`registry`]: the imported models the app knows right now, beside the shipped ones;
//! - [`saved`]: how this browser keeps them; [`update`]: what importing a file would change.

pub mod fingerprint;
pub mod import;
pub mod model_link;
pub mod registry;
pub mod saved;
pub mod toml_export;
pub mod update;
