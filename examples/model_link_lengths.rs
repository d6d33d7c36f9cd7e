//! Model-link lengths for the benchmark report: every shipped model sent as a model link
//! (`src/core/own_model/model_link.rs`), with and without its descriptions, as JSON:
//! `{"limit": 120000, "rows": [{"model": "cd-maturity", "practices": 78, "with": 15141,
//! "without": 3161}, ...]}`. `scripts/bench.mjs` reads it.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rungs::core::model::catalogue;
    use rungs::core::model::file::ModelFile;
    use rungs::core::own_model::model_link::{encode_model_link, MAX_MODEL_LINK_CHARS};

    let mut rows = Vec::new();
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
        rows.push(format!(
            "{{\"model\":\"{}\",\"practices\":{},\"with\":{},\"without\":{}}}",
            shipped.id,
            model.practices.len(),
            encode_model_link(&model, true).len(),
            encode_model_link(&model, false).len()
        ));
    }
    println!(
        "{{\"limit\":{MAX_MODEL_LINK_CHARS},\"rows\":[{}]}}",
        rows.join(",")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
