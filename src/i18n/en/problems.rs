use crate::i18n::problems::Problems;

pub(crate) const PROBLEMS: Problems = Problems {
    csv_needs_out: "--format csv writes a file per table: name their folder with --out DIR",
    out_needs_csv: "--out is for --format csv; JSON goes to standard output (redirect it: > FILE)",
    bom_needs_csv: "--bom is for --format csv; JSON is written without a byte-order mark",
    room_symlink: |dir| {
        format!(
            "{dir} is a symbolic link, not a private folder; remove it (rm {dir}) and start again"
        )
    },
    room_not_folder: |dir| format!("{dir} is not a folder; remove it (rm {dir}) and start again"),
    room_not_yours: |dir, owner, me| {
        format!(
            "{dir} belongs to user {owner}, not to you (user {me}); remove it or set XDG_RUNTIME_DIR to a folder of yours"
        )
    },
    room_open: |dir, mode| {
        format!(
            "{dir} is open to other users (mode {mode:o}); make it private with: chmod 700 {dir}"
        )
    },
    socket_too_long: |path, len, max| {
        format!(
            "{path}: the socket path is {len} bytes, longer than the {max} a socket can have; set XDG_RUNTIME_DIR or TMPDIR to a shorter folder"
        )
    },
    edition_exists: |path| {
        format!(
            "'{path}' already exists; confer new never overwrites a file (edit it, or choose another stem)"
        )
    },
    not_written: |path, why| format!("could not write '{path}': {why}"),
    schema_folder: |folder| {
        format!(
            "{folder} is not a folder (a symbolic link?): remove it, and confer makes the folder"
        )
    },
    explore_content: |count| format!("{count} errors in the editions to show"),
    terminal_not_opened: |why| format!("cannot open the terminal: {why}"),
    terminal_failed: |why| format!("terminal error: {why}"),
    no_completions: |shell| format!("confer cannot complete in {shell} yet"),
    deck_summary: |d| {
        let slides = match d.slides {
            Some(n) => format!("{n} {}", plural(n, "slide")),
            None => "deck not read whole".to_string(),
        };
        let place = d.folder.unwrap_or("the built-in content");
        format!(
            "checked {}: {slides}, against {place}; {} {}, {} {}",
            d.name,
            d.errors,
            plural(d.errors, "error"),
            d.warnings,
            plural(d.warnings, "warning"),
        )
    },
    size_unread: |given| format!("expected COLSxROWS, such as 120x40; got '{given}'"),
    size_too_small: |size, min| format!("{size} is too small: at least {min}"),
    size_too_large: |size, max| format!("{size} is too large: at most {max}x{max}"),
    target_unread: |given| {
        format!(
            "expected SERIES/STEM, such as wic/2030 (the series folder, then the file stem); got '{given}'"
        )
    },
    target_not_an_id: |series, id, help| {
        let what = if series { "series" } else { "stem" };
        format!("the {what} '{id}' is not an id: {help}")
    },
    ignoring_lang: |value| format!("ignoring CONFER_LANG={value:?}: expected ja or en"),
};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}
