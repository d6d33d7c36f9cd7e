//! Model-link lengths for the benchmark report: every shipped model sent as a model link
//! (`src/core/own_model/model_link.rs`), with and without its descriptions, one line per case:
//! `model link, 78 practices, with descriptions: 15141 characters`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::model::catalogue;
    use rungs::core::model::file::ModelFile;
    use rungs::core::own_model::model_link::{encode_model_link, MAX_MODEL_LINK_CHARS};

    for shipped in catalogue() {
        let path = format!("model-data/{}.toml", shipped.id);
        let model: ModelFile = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))
        {
            Ok(model) => model,
            Err(error) => {
                eprintln!("{path}: {error}");
                std::process::exit(1);
            }
        };
        for (with_descriptions, label) in [(true, "with"), (false, "without")] {
            let chars = encode_model_link(&model, with_descriptions).len();
            println!(
                "model link, {} practices, {label} descriptions: {chars} characters ({})",
                model.practices.len(),
                shipped.id
            );
        }
    }
    println!("model link limit: {MAX_MODEL_LINK_CHARS} characters");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
