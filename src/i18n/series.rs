//! The series over the years: its view, its text and its Markdown.

use super::area::area;

area! {
    /// The series over the years: its view, its text and its Markdown.
    pub struct Series {
        words {
            /// The heading of the figures' charts and tables.
            figures_heading,
            no_common_figure,
            single_heading,
            /// Above a figure's notes, year by year.
            notes_heading,
            themes_heading,
            no_theme,
            /// An edition without a theme, in Markdown.
            no_theme_md,
            topics_heading,
            /// The topics' heading in Markdown, with the scale where the word needs it.
            topics_heading_md,
            no_topics,
            people_heading,
            orgs_heading,
            nobody_returns,
            nobody_returns_md,
            /// Above the count of a returning entry's editions.
            times,
            /// The year column of a figure's table.
            year,
            /// The value column of a figure's table.
            value,
            /// The name column of the returning table.
            name,
            matrix_note_md,
            basis_not_stated,
            /// After a label, in printed text.
            colon,
            list_sep,
            /// Between the sources of an appearance.
            source_sep,
            sources_lead,
            /// The series view's status line.
            hint,
        }
        sentences {
            /// Under the series' name: (editions, years).
            span_of_years: fn(&str, &str) -> String,
            /// A topic and its weight, in the topics by year.
            weighted: fn(&str, u8) -> String,
            /// The returning matrix's legend, with its marks.
            legend: fn(&str, &str) -> String,
            /// The earlier editions the width leaves out: (how many, their years).
            left_out: fn(usize, &str) -> String,
            /// Two columns saying which side of the comparison an edition is on.
            compared_mark: fn(bool, bool) -> &'static str,
            /// A figure one edition gives, as a Markdown item.
            single_md: fn(&str, i64, &str) -> String,
            /// What the mark of a year counted otherwise means: (mark, latest year, its basis).
            differing: fn(&str, i64, &str) -> String,
            /// That explanation as a heading above the years.
            differing_heading: fn(&str) -> String,
            /// Years ("2014–2019, 2021") and how they were counted.
            year_basis: fn(&str, &str) -> String,
            /// Years in a row in a list of years, bare as the years beside notes are:
            /// "2014–2019" / 「2014〜2019」.
            run_of_years: fn(i64, i64) -> String,
            /// The status line while the editions are read.
            reading: fn(usize, usize) -> String,
            /// The status line when editions that do not read are left out.
            unreadable: fn(usize) -> String,
            /// At the top of a person's appearances: (listed in, editions).
            listed_in: fn(usize, usize) -> String,
        }
    }
}
