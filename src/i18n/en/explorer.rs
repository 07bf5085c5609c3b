use crate::i18n::explorer::Explorer;

pub(crate) const EXPLORER: Explorer = Explorer {
    help: "? help",
    all: "-",
    side_by_side: "side by side",
    merged: "merged",
    value_sep: ":",
    colon: ": ",
    not_reloaded: "not reloaded",
    needs_two_editions: "the content needs two editions to compare",
    not_opened: "cannot open that edition",
    alone: "not following a presenter console",
    series_tab: "Series",
    listed_in_title: "Editions listed in (Esc closes)",
    detail_title: "Detail (Esc closes)",
    keys_title: "Keys",
    choose_left: "Choose the left edition",
    choose_right: "Choose the right edition",
    nothing_matches: "nothing matches the filters",
    search_mode: "While typing a search",
    detail_mode: "In the detail",
    picker_mode: "In the edition picker",
    help_mode: "In this list",
    any_char: "a-z …",
    browse_mode: None,
    checking: |done, total| format!("checking {done}/{total}  ? help"),
    country: |code| code,
    search_found: |query, total, by_section| {
        if by_section.is_empty() {
            format!("/{query}  (0 found)")
        } else {
            format!("/{query}  ({total} found: {})", by_section.join(", "))
        }
    },
    left_out: |count| {
        if count == 1 {
            "an edition is left out (confer check shows why)".to_string()
        } else {
            format!("{count} editions are left out (confer check shows why)")
        }
    },
    problems: |count| {
        if count == 1 {
            "an edition not shown has a problem (confer check shows it)".to_string()
        } else {
            format!("editions not shown have {count} problems (confer check shows them)")
        }
    },
    not_watched: |count| {
        if count == 1 {
            "a folder is not watched for saves".to_string()
        } else {
            format!("{count} folders are not watched for saves")
        }
    },
    unwatched: |path, why| format!("{path}: {why}"),
    unwatched_limit: |path| {
        format!("{path}: the system's limit of watches is reached (fs.inotify.max_user_watches)")
    },
    unwatched_link: |path| {
        format!("{path}: a symbolic link, not followed out of the content folder")
    },
    too_small: |w, h, width, height| {
        vec![format!(
            "Terminal too small: {w}x{h} needed, this is {width}x{height}"
        )]
    },
};
