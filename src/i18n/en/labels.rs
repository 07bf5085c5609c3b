use crate::i18n::labels::Labels;

pub(crate) const LABELS: Labels = Labels {
    overview: "Overview",
    figures: "Figures",
    topics: "Topics",
    people: "People",
    program: "Programme",
    outcomes: "Outcomes",
    timeline: "Timeline",
    notes: "Notes",
    sources: "Sources",
    name: "Name",
    dates: "Dates",
    place: "Place",
    theme: "Theme",
    summary: "Summary",
    organizer: "Organizer",
    conference: "Series",
    organizations: "Organizations",
    in_both: "In both",
    returning: "In both",
    sessions_by_kind: "Sessions by kind",
    no_topic: "Other",
    unchanged: "no change",
    units_differ: "different units: no change shown",
    counted_differently: "counted differently: no change shown",
    units_differ_across: "different units: no difference shown",
    counted_differently_across: "counted differently: no difference shown",
    no_figure: "no figure",
    basis: "Counted",
    basis_not_stated: "not stated",
    note: "Note",
    headline_figures: "Headline figures",
    central_topics: "Central topics",
    none_listed: "none listed",
    list_ended: "the list ends on an earlier page",
    only_in: |label| format!("Only in {label}"),
    not_listed_for: |label, partial| {
        if partial {
            format!("Not listed for {label} (partial list)")
        } else {
            format!("Not listed for {label}")
        }
    },
    not_in: |label| format!("Not in {label}"),
    day: |n| format!("Day {n}"),
    labelled: |label, value| format!("{label}: {value}"),
    bracketed: |said| format!("({said})"),
    country: |code| crate::content::country_name(code, false),
    keyword: |word| match word {
        "intl-org" => "international organization",
        "civil-society" => "civil society",
        "closed-door" => "closed-door session",
        other => other,
    },
};
