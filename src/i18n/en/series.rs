use crate::i18n::series::Series;

pub(crate) const SERIES: Series = Series {
    figures_heading: "Figures over the years",
    no_common_figure: "No figure is given for more than one edition.",
    single_heading: "Given by one edition only",
    notes_heading: "Notes",
    themes_heading: "Themes by year",
    no_theme: "no theme recorded",
    no_theme_md: "(none recorded)",
    topics_heading: "Topics by year (weight 3 is central)",
    topics_heading_md: "## Topics by year

",
    no_topics: "no topics recorded",
    people_heading: "People who came back",
    orgs_heading: "Organizations that came back",
    nobody_returns: "No one is listed in more than one edition (the lists may not be complete).",
    nobody_returns_md: "No one is listed in more than one edition.",
    times: "  in",
    year: "Year",
    value: "Value",
    name: "Name",
    matrix_note_md: "● marks the editions whose lists name them; a blank is not proof of absence.",
    basis_not_stated: "basis not stated",
    colon: ": ",
    list_sep: ", ",
    source_sep: "; ",
    sources_lead: "Sources: ",
    hint: "Enter: editions listed in   [ ]: compare that edition left or right",
    span_of_years: |count, span| format!("{count}, {span}"),
    weighted: |label, weight| format!("{label} ({weight})"),
    legend: |present, absent| {
        format!("{present} listed   {absent} not listed (which is not proof of absence)")
    },
    left_out: |n, span| {
        if n == 1 {
            format!("The earlier edition ({span}) is left out to fit the width.")
        } else {
            format!("{n} earlier editions ({span}) left out to fit the width.")
        }
    },
    compared_mark: |left, right| match (left, right) {
        (true, true) => "LR",
        (true, false) => "L ",
        (false, true) => "R ",
        (false, false) => "  ",
    },
    single_md: |label, year, value| format!("- **{label}** ({year}): {value}\n"),
    differing: |mark, year, basis| format!("{mark} Counted differently from {year} ({basis})"),
    differing_heading: |lead| format!("{lead}:"),
    year_basis: |years, basis| format!("{years} ({basis})"),
    run_of_years: |first, last| format!("{first}–{last}"),
    reading: |done, total| format!("Reading every edition… {done}/{total}"),
    unreadable: |n| {
        if n == 1 {
            "One edition that does not read is left out (confer check says why)".to_string()
        } else {
            format!("{n} editions that do not read are left out (confer check says why)")
        }
    },
    listed_in: |count, of| format!("Listed in {count} of {of} editions"),
};
