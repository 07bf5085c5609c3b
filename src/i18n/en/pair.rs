use crate::i18n::pair::Pair;

pub(crate) const PAIR: Pair = Pair {
    figures_heading: "Figures both series give, year by year",
    no_common_figure: "The two series give no figure under the same key.",
    themes_heading: "Themes by year",
    people_heading: "People listed in both series",
    orgs_heading: "Organizations listed in both series",
    lists_caveat: "The lists may not be complete: one missing here may still have been at both.",
    nobody_in_both: "No one is listed in both series.",
    no_edition: "(no edition in the content)",
    name: "Name",
    hint: "Two series side by side   o: the next series, or this one alone",
    year_sep: ", ",
    title: |a, b| format!("{a} and {b}"),
    legend: |id, name, span| format!("{id}  {name}: {span}"),
    differing: |mark, id, year, basis| {
        format!("{mark} Counted differently from {id} {year} ({basis})")
    },
    appearances: |id, years| format!("{id} {years}"),
};
