//! Text as the terminal will show it: sanitizing untrusted strings and measuring display width.
//! Every view measures and cleans text here and nowhere else.

mod sanitize;
mod width;

pub use sanitize::{Sanitized, TextShape, sanitize};
pub use width::{display_width, pad_to_width};
