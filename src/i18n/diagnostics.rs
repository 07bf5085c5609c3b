//! The words problems in content are shown with: `error`, `warning`, `help`, `note`, each
//! problem of the content crate (an exhaustive match in each language, so that a new
//! problem without its words fails to compile), and the count of those not shown.

use super::area::area;
use crate::content::diagnostic::problem::Special;
use crate::content::diagnostic::{Problem, Said, Wording};

area! {
    /// Problems in content, as `check`, the explorer and decks show them.
    pub struct Diagnostics {
        words {
            error,
            warning,
            help,
            note,
        }
        sentences {
            /// A problem of the content crate in words.
            say: fn(&Problem) -> Said,
            /// (errors, warnings) not shown past the cap; either may be 0, not both.
            more: fn(usize, usize) -> String,
            /// What a path is when it is not a regular file (a folder, a socket…).
            special: fn(Special) -> &'static str,
        }
    }
}

impl Diagnostics {
    /// The words as the content crate's renderer takes them.
    pub fn wording(&self) -> Wording {
        Wording {
            error: self.error,
            warning: self.warning,
            help: self.help,
            note: self.note,
            say: self.say,
            more: self.more,
        }
    }
}
