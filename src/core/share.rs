//! Share links for the shipped models: which models a link carries, the link itself, and its QR
//! code. The format is [`crate::core::link_codec`]'s; this module binds it to the catalogue.

use crate::core::assessment::Assessment;
use crate::core::link_codec::{decode, encode, DecodedLink, LinkError, LinkModel, LinkOptions};
use crate::core::model::catalogue;
use crate::core::route::Route;
use std::sync::OnceLock;

/// The codec's view of the catalogue: every model's link code, slots, levels and categories.
pub fn link_table() -> Vec<LinkModel<'static>> {
    catalogue()
        .iter()
        .zip(level_and_category_ids())
        .map(|(m, (levels, categories))| LinkModel {
            id: m.id,
            code: m.link_code,
            slots: m.link_slots,
            levels,
            categories,
        })
        .collect()
}

/// Each catalogue model's level ids and category ids, in catalogue order: the lists the codec
/// names targets by, gathered once so that link tables can borrow them for good.
fn level_and_category_ids() -> &'static [(Vec<&'static str>, Vec<&'static str>)] {
    static IDS: OnceLock<Vec<(Vec<&'static str>, Vec<&'static str>)>> = OnceLock::new();
    IDS.get_or_init(|| {
        catalogue()
            .iter()
            .map(|m| {
                (
                    m.levels.iter().map(|l| l.id).collect(),
                    m.categories.iter().map(|c| c.id).collect(),
                )
            })
            .collect()
    })
}

/// The models an assessment has answers for, in catalogue order: what its link carries.
pub fn models_with_answers(assessment: &Assessment) -> Vec<&'static str> {
    catalogue()
        .iter()
        .filter(|m| assessment.answers.contains_key(m.id))
        .map(|m| m.id)
        .collect()
}

/// The fragment (starting with `#`) that opens `assessment` read-only.
pub fn share_fragment(assessment: &Assessment, options: &LinkOptions) -> String {
    let payload = encode(
        assessment,
        &models_with_answers(assessment),
        &link_table(),
        options,
    );
    Route::Shared { payload }.to_fragment()
}

/// Decodes a payload from a link against the catalogue.
pub fn open_payload(payload: &str) -> Result<DecodedLink, LinkError> {
    decode(payload, &link_table())
}

/// A QR code of `text` as SVG, and the QR version it needed (1 to 40; a phone reads versions up
/// to about 10 from a screen easily). Low error correction keeps the version small: a screen is
/// not a scratched label.
pub fn qr_svg(text: &str) -> Result<(String, i16), String> {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode, Version};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        .map_err(|_| "This link is too long for a QR code; send the link instead.".to_string())?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let image = code
        .render::<svg::Color>()
        .min_dimensions(220, 220)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // The XML declaration means nothing inside an HTML page.
    let image = match image.find("<svg") {
        Some(start) => image[start..].to_string(),
        None => image,
    };
    Ok((image, version))
}
