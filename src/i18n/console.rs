//! The presenter's console: where the talk is, the notes and the keys.

use super::area::area;

area! {
    /// The presenter's console: where the talk is, the notes and the keys.
    pub struct Console {
        words {
            name,
            blank,
            /// The title of the preview of the audience's page.
            preview,
            /// The heading of the speaker notes.
            notes,
            no_notes,
            /// The console's keys, each with a short word.
            next_key,
            back_key,
            jump_key,
            blank_key,
            keys_key,
            quit_key,
            /// Between the console's keys.
            key_sep,
        }
        sentences {
            /// Where the talk is: (slide, slides, its title, the audience's page where in parts).
            at: fn(usize, usize, &str, Option<(usize, usize)>) -> String,
            /// The next slide's title, or that this is the last.
            next: fn(Option<&str>) -> String,
            /// A slide number being typed.
            jump: fn(&str) -> String,
            no_such_slide: fn(&str, usize) -> String,
        }
    }
}
