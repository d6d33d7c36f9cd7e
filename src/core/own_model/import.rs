//! (placeholder until the import reader lands)
use crate::core::model::file::ModelFile;
pub const MAX_MODEL_FILE_BYTES: usize = 512 * 1024;
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: Option<usize>,
    pub item: String,
    pub message: String,
}
impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.item, self.message)
    }
}
pub fn read_model_file(
    _file_name: &str,
    text: &str,
    _taken_ids: &[&str],
) -> Result<ModelFile, Vec<ImportProblem>> {
    toml::from_str(text).map_err(|e| {
        vec![ImportProblem {
            line: None,
            item: "file".into(),
            message: e.to_string(),
        }]
    })
}
