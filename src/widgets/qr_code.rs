//! QR codes of links, a part of the app of its own: the encoder is only fetched the first time
//! someone asks to see a code.

use crate::core::share::qr_svg;
use crate::shell::parts::split_part;

/// Makes a QR code of a text: the SVG and the QR version it needed, or why it cannot.
pub type QrMaker = fn(&str) -> Result<(String, i16), String>;

split_part!(load_qr_maker, qr, QrMaker = qr_svg);
