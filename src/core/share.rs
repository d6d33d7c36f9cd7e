//! Share links for the shipped and imported models: which models a link carries, the link
//! itself, and its QR code. The format is [`crate::core::link_codec`]'s; this module binds it to
//! the catalogue and to the models imported in this browser.

use crate::core::assessment::Assessment;
use crate::core::i18n::t;
use crate::core::link_codec::{
    decode, encode, DecodedLink, LinkError, LinkIdentity, LinkModel, LinkOptions, FIRST_NAMED_CODE,
};
use crate::core::model::{all_models, catalogue};
use crate::core::own_model::registry;
use crate::core::route::Route;
use std::sync::OnceLock;

/// The codec's view of the models: every shipped model's link code, slots, levels and
/// categories, then each imported model's, with a code from [`FIRST_NAMED_CODE`] up in the
/// order they were imported and the identity links name it by. Past the 32nd imported model,
/// models cannot travel in links (the codes run out).
pub fn link_table() -> Vec<LinkModel<'static>> {
    let shipped =
        catalogue()
            .iter()
            .zip(level_and_category_ids())
            .map(|(m, (levels, categories))| LinkModel {
                id: m.id,
                code: m.link_code,
                slots: m.link_slots,
                levels,
                categories,
                identity: None,
            });
    let imported = registry::imported()
        .into_iter()
        .zip(FIRST_NAMED_CODE..64)
        .map(|(m, code)| LinkModel {
            id: m.model.id,
            code,
            slots: m.model.link_slots,
            levels: m.level_ids,
            categories: m.category_ids,
            identity: Some(LinkIdentity {
                version: m.model.version,
                fingerprint: m.fingerprint,
            }),
        });
    shipped.chain(imported).collect()
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

/// The models an assessment has answers for, shipped ones in catalogue order, then imported
/// ones: what its link carries.
pub fn models_with_answers(assessment: &Assessment) -> Vec<&'static str> {
    all_models()
        .into_iter()
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
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).map_err(|_| {
        t("This link is too long for a QR code; send the link instead.").to_string()
    })?;
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
