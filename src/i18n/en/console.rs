use crate::i18n::console::Console;

pub(crate) const CONSOLE: Console = Console {
    name: "Presenter console",
    blank: "The audience's screen is blank (b brings it back)",
    preview: "Audience's screen",
    notes: "Notes",
    no_notes: "(no notes)",
    next_key: "next",
    back_key: "back",
    jump_key: "jump",
    blank_key: "blank",
    keys_key: "keys",
    quit_key: "quit",
    key_sep: "  ",
    at: |slide, slides, title, page| match page {
        Some((part, parts)) => {
            format!("Slide {slide}/{slides}  {title}  audience's page {part}/{parts}")
        }
        None => format!("Slide {slide}/{slides}  {title}"),
    },
    next: |title| match title {
        Some(title) => format!("Next: {title}"),
        None => "Next: (this is the last slide)".to_string(),
    },
    jump: |typed| format!("Go to slide: {typed} (Enter)"),
    no_such_slide: |typed, slides| {
        let s = if slides == 1 { "" } else { "s" };
        format!("No slide {typed}: the deck has {slides} slide{s}")
    },
};
