use crate::i18n::deck::Deck;

pub(crate) const DECK: Deck = Deck {
    not_utf8_help: "save the file as UTF-8 (deck files are UTF-8 only)",
    no_slides: "a deck needs at least one [[slides]]",
    no_slides_help: "add a [[slides]] table with show = \"…\" or title = \"…\"",
    too_many_editions: "a deck compares at most two editions",
    too_many_editions_help: "keep two editions: the left one and the right one",
    not_an_edition_help: "write series/stem, such as wic/2014, or a stem unique across series",
    needs_key_help: "add key = \"…\": the figure to show, such as \"participants\"",
    key_only_with: "'key' goes only with show = \"figure\" or \"series\"",
    key_only_with_help: "remove it: only a figure slide and a series slide show one figure",
    show_and_title: "a slide has both 'show' and 'title'",
    show_and_title_help: "`show` puts a part of the comparison on the slide, `title` makes a \
        slide of one's own: keep one, or make two [[slides]]",
    show_or_title: "a slide needs 'show' or 'title'",
    show_or_title_help: "write show = \"figure\" (or another part of the comparison), or \
        title = \"…\" for a slide of one's own",
    body_only_own: "'body' is only for a slide of one's own (with 'title')",
    body_only_own_help: "a generated slide has no body; say it in notes, or make a slide of \
        one's own",
    not_a_deck_key: "not a key of the deck format",
    too_large_help: "is this the deck? A deck is a short hand-written TOML file",
    point_at_a_deck: "give the path of a deck file (talk.toml), or of a content folder",
    does_not_read_help: "its file has errors; `confer check` of the content shows them",
    check_content_help: "`confer check` of the content shows why",
    series_are: "the series are",
    editions_are: "the editions are",
    their_figures_are: "their figures are",
    its_figures_are: "its figures are",
    not_an_edition: |value| format!("'{value}' is not an edition"),
    needs_key: |word| format!("show = \"{word}\" needs a 'key'"),
    too_large: |mib, limit| format!("file is {mib:.1} MiB; a deck file may be at most {limit} MiB"),
    not_a_file: |name, what| format!("deck file '{name}' is {what}, not a regular file"),
    missing: |name| format!("deck file '{name}' does not exist"),
    unreadable: |name, why| format!("cannot read deck file '{name}': {why}"),
    no_series: |series| format!("no series '{series}'"),
    no_edition: |edition| format!("no edition '{edition}'"),
    does_not_read: |edition| format!("edition '{edition}' does not read"),
    more_than_one: |stem| format!("'{stem}' names more than one edition"),
    write_series_stem: |editions| format!("write series/stem: {}", editions.join(", ")),
    keys_unchecked: |why| format!("the figure keys cannot be checked: {why}"),
    keys_content_errors: |editions| {
        format!("the figure keys cannot be checked: the content of {editions} has errors")
    },
    no_figure: |key, editions| format!("no figure '{key}' in {editions}"),
    no_figure_in_series: |key, series| {
        format!("no figure '{key}' in any edition of series '{series}'")
    },
    did_you_mean: |near| format!("did you mean '{near}'?"),
    listing: |what, names| match names {
        [] => format!("{what}: none"),
        names => format!("{what}: {}", names.join(", ")),
    },
    editions: |ids, both| ids.join(if both { " and " } else { " or " }),
};
