//! Components several parts share: the radar with its data table, the link box (link, Copy, QR
//! code, whose encoder is a part of its own), the model tabs, and the message for a link that
//! cannot be opened.

pub mod broken_link;
pub mod link_box;
pub mod model_tabs;
pub mod qr_code;
pub mod radar_view;
