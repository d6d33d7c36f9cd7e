//! Components several parts share: the filled-in matrix, the radar with its data table and the choice of what it
//! shows, the link box (link, Copy, QR code, whose encoder is a part of its own), the model tabs,
//! and the message for a link that cannot be opened.

pub mod broken_link;
pub mod filled_matrix;
pub mod link_box;
pub mod measure_choice;
pub mod missing_model;
pub mod model_tabs;
pub mod qr_code;
pub mod radar_view;
