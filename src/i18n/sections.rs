//! The explorer's sections: how their lists, names and entries are written.

use super::area::area;

area! {
    /// The explorer's sections: how their lists, names and entries are written.
    pub struct Sections {
        words {
            /// Between the items of a list on one line.
            list_sep,
            /// Between a label and what follows it.
            label_sep,
            /// Before each item of a list.
            bullet,
            /// Between the date, kind and status of an outcome.
            outcome_sep,
        }
        sentences {
            /// A topic and its weight.
            weighted: fn(&str, u8) -> String,
            /// A topic whose weight changed, said inside the entry (where the language does).
            weight_change: Option<fn(&str, u8, u8) -> String>,
            /// The scale of weights, said once above the topics (where the word needs it).
            weight_scale: Option<&'static str>,
            /// A person's organisation and role together.
            org_and_role: fn(&str, &str) -> String,
            /// A name with what is said of it: "Jack Ma (Executive Chairman, Alibaba)".
            annotated: fn(&str, &str) -> String,
            /// Under a day heading past an edition's last day.
            lasted: fn(i64) -> String,
            /// An outcome's kind beside its date.
            outcome_kind: fn(&str) -> String,
            /// An outcome's status beside its kind.
            outcome_status: fn(&str) -> String,
            /// What a shortened list leaves out.
            more: fn(usize) -> String,
        }
    }
}
