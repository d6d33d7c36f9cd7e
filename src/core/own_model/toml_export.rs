//! (placeholder until the TOML export lands)
use crate::core::model::file::ModelFile;
pub fn to_toml(model: &ModelFile) -> String {
    toml::to_string(model).unwrap_or_default()
}
