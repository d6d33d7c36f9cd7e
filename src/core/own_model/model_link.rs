//! (placeholder until the model link lands)
use crate::core::model::file::ModelFile;
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelLinkError {
    Damaged,
}
impl ModelLinkError {
    pub fn message(&self) -> String {
        "damaged".into()
    }
}
pub fn encode_model_link(model: &ModelFile, _with_descriptions: bool) -> String {
    serde_json::to_string(model).unwrap_or_default()
}
pub fn decode_model_link(payload: &str) -> Result<ModelFile, ModelLinkError> {
    serde_json::from_str(payload).map_err(|_| ModelLinkError::Damaged)
}
