//! The detail popup: the labels of every field of an entry.

use super::area::area;

area! {
    /// The detail popup: the labels of every field of an entry.
    pub struct Detail {
        words {
            weight,
            note,
            kind,
            country,
            date,
            place,
            topic,
            precision,
            key,
            role,
            organization,
            session,
            day,
            status,
            id,
            author,
            publisher,
            url,
            sources,
            exact,
            about,
            over,
            under,
            notable,
        }
        sentences {
            /// A source's date after its title.
            dated: fn(&str) -> String,
            /// An entry missing from a partial list and how much that list covers, said once, where the language says it in one sentence.
            absent_from_partial: Option<fn(&str, &str) -> String>,
        }
    }
}
