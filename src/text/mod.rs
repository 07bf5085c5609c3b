//! Text as the terminal shows it: sanitizing untrusted strings, display width under the
//! terminal's profile, wrapping (web addresses whole), truncating, drawing, and links the
//! terminal can open. Every view measures text here only.

mod address;
mod ambiguous;
mod draw;
mod hyperlink;
mod link_cells;
mod probe;
mod profile;
mod truncate;
mod width;
mod wrap;

pub use address::{AddressLine, GOES_ON, Overflow, wrap_address};
pub use confer_content::sanitize::{Sanitized, TextShape, sanitize};
pub use draw::{clear_under, draw_text};
pub use hyperlink::{LinkTarget, hyperlinks_wanted};
pub use link_cells::{draw_link, join_links};
pub use probe::{
    PROBE_TIMEOUT, Terminal, parse_position_report, probe, probe_tty, probe_tty_while, probe_while,
};
pub use profile::{ASCII_BORDER, AmbiguousWidth, EmojiSequences, Profile, Vs16};
pub use truncate::{fit, truncate};
pub use width::{Glyph, cluster_width, display_width, glyphs, is_ambiguous, pad_to_width};
pub use wrap::{hanging, wrap};
