use crate::i18n::slides::Slides;

pub(crate) const SLIDES: Slides = Slides {
    program_title: "The programme at a glance",
    no_sessions: "no sessions listed",
    series_title: "Over the years",
    reading: "Reading every edition…",
    no_common_figure: "No figure is given for more than one edition.",
    glance_title: "The figures at a glance",
    returned_both: "Who and what returned",
    returned_people: "Who returned",
    returned_orgs: "Organizations that returned",
    year: "Year",
    value: "Value",
    sessions: |n, complete, total, listed| {
        let sessions = if listed == 1 { "session" } else { "sessions" };
        match (complete, total) {
            (None, _) => format!("{n} {sessions}"),
            (Some(true), _) => format!("{n} {sessions} (the complete list)"),
            (Some(false), Some(total)) => format!("{n} of {total} sessions listed"),
            (Some(false), None) => format!("{n} {sessions} listed (a partial list)"),
        }
    },
    no_such_figure: |key| format!("No edition of the series gives “{key}”."),
    over_the_years: |label| format!("{label} over the years"),
    year_note: |year, note| format!("{year}: {note}"),
    elapsed: |time| format!("{time} elapsed"),
    only_figures: |label| format!("Figures only {label} gives"),
    part: |title, part, parts| format!("{title} ({part}/{parts})"),
    left_out_around: |skipped| {
        if skipped == 1 {
            "(one edition does not fit and is left out)".into()
        } else {
            format!("({skipped} editions do not fit and are left out)")
        }
    },
    left_out: |skipped| {
        if skipped == 1 {
            "(the earlier edition does not fit and is left out)".into()
        } else {
            format!("({skipped} earlier editions do not fit and are left out)")
        }
    },
};
