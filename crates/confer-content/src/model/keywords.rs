//! The closed vocabularies of the format (kinds, statuses, precision), each with the words
//! content files write them in.

macro_rules! keyword_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, as written in content files.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some(Self::$variant),)+ _ => None }
            }

            pub fn word(self) -> &'static str {
                match self { $(Self::$variant => $word),+ }
            }
        }
    };
}

keyword_enum!(
    /// How precise a figure is; carried into the wording ("about 1,000").
    Approx { Exact = "exact", About = "about", Over = "over", Under = "under" }
);
keyword_enum!(OrgKind {
    Company = "company",
    Government = "government",
    IntlOrg = "intl-org",
    Academia = "academia",
    Media = "media",
    CivilSociety = "civil-society",
    Other = "other",
});
keyword_enum!(SessionKind {
    Ceremony = "ceremony",
    Forum = "forum",
    Panel = "panel",
    Dialogue = "dialogue",
    Exhibition = "exhibition",
    ClosedDoor = "closed-door",
    Other = "other",
});
keyword_enum!(OutcomeKind {
    Declaration = "declaration",
    Report = "report",
    Award = "award",
    Initiative = "initiative",
    Agreement = "agreement",
    Exhibition = "exhibition",
    Other = "other",
});
keyword_enum!(OutcomeStatus {
    Adopted = "adopted",
    Published = "published",
    Announced = "announced",
    Proposed = "proposed",
    Withdrawn = "withdrawn",
    Other = "other",
});
keyword_enum!(SourceKind {
    Article = "article",
    Slides = "slides",
    Report = "report",
    Web = "web",
    Book = "book",
    Other = "other",
});

keyword_enum!(
    /// The lists of an edition whose completeness the content can declare (`[coverage.KIND]`).
    ListKind {
        People = "people",
        Orgs = "orgs",
        Sessions = "sessions",
        Outcomes = "outcomes",
        Timeline = "timeline",
    }
);
