//! Links a terminal can open (OSC 8): the escape written around an address, built by confer
//! itself from a checked target that no content byte can turn into another escape, and
//! whether to write them at all.

use std::fmt::Write as _;

/// Longer targets are dropped by VTE (its limit, 2083 bytes, is the one terminals share):
/// past it the address is still shown, only not as a link.
const MAX_TARGET: usize = 2083;

/// What a link opens: an absolute http or https address in which every byte is printable
/// ASCII, anything else percent-encoded, so that nothing in it can end the escape early
/// (ESC, BEL, C1 controls) or reach the terminal as anything but the address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTarget {
    uri: String,
    /// Ties the pieces of one address together (a long one cut over lines, a cell each):
    /// a terminal underlines and opens them as one link.
    id: String,
}

impl LinkTarget {
    /// The target for `url`, or `None` where it is not an http or https address or is too
    /// long to be taken as one. The content checker lets only absolute http and https
    /// addresses through, but this is where the escape is built, so it checks again rather
    /// than trust every path a string could come by.
    pub fn new(url: &str) -> Option<LinkTarget> {
        let scheme = url.split_once("://")?.0;
        if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
            return None;
        }
        let mut uri = String::with_capacity(url.len());
        for &byte in url.as_bytes() {
            if (0x21..=0x7e).contains(&byte) {
                uri.push(char::from(byte));
            } else {
                // Non-ASCII (an address in Japanese, a control picture the loader put in place
                // of an escape), space, and controls: percent-encoded, as RFC 3986 writes them.
                let _ = write!(uri, "%{byte:02X}");
            }
        }
        if uri.len() > MAX_TARGET {
            return None;
        }
        let id = format!("confer-{:016x}", fnv1a(uri.as_bytes()));
        Some(LinkTarget { uri, id })
    }

    /// The address as the link carries it.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// `text` as a link to this target: `ESC ] 8 ; id=… ; URI ESC \` text `ESC ] 8 ; ; ESC \`.
    /// Text and link are closed together, so a piece written on its own (a cell ratatui
    /// redraws alone) never leaves a link open over what comes after it.
    pub fn wrap(&self, text: &str) -> String {
        format!("{}{text}{CLOSE}", self.opening())
    }

    fn opening(&self) -> String {
        format!("\x1b]8;id={};{}\x1b\\", self.id, self.uri)
    }
}

const CLOSE: &str = "\x1b]8;;\x1b\\";

/// What [`LinkTarget::wrap`] wrote: its opening escape, and the text inside. `None` for
/// anything else, a cell of plain text.
pub(crate) fn wrapped(symbol: &str) -> Option<(&str, &str)> {
    let inner = symbol
        .strip_prefix("\x1b]8;id=confer-")?
        .strip_suffix(CLOSE)?;
    let end = inner.find("\x1b\\")?;
    let opening_len = "\x1b]8;id=confer-".len() + end + 2;
    Some((&symbol[..opening_len], &inner[end + 2..]))
}

/// `text` inside the opening escape `opening`, as `wrap` writes it.
pub(crate) fn rewrap(opening: &str, text: &str) -> String {
    format!("{opening}{text}{CLOSE}")
}

/// FNV-1a: a stable id for an address, the same in every frame and every process.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether to write links, from what the output is and the environment (`var` reads it):
///
/// * only to a terminal: a file or a pipe keeps the address as text alone;
/// * never when the reader asked for plain output (`plain`: `--color never`) or set
///   `CONFER_HYPERLINKS=never`; `CONFER_HYPERLINKS=always` writes them where the guess
///   below says no;
/// * otherwise wherever the terminal is not known to show the escape as text. Terminals
///   without OSC 8 ignore it as they ignore every OSC they do not know (tmux 3.3 drops it,
///   tmux 3.4 passes it on with the `hyperlinks` feature), so the exceptions are few: the
///   Linux console and a dumb terminal, and the old xfce4-terminal and gnome-terminal that
///   printed garbage, which name themselves in COLORTERM (GCC leaves links out in the same
///   terminals, for the same reasons).
pub fn hyperlinks_wanted(
    is_terminal: bool,
    plain: bool,
    var: &dyn Fn(&str) -> Option<String>,
) -> bool {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    if !is_terminal || plain {
        return false;
    }
    match set("CONFER_HYPERLINKS").as_deref() {
        Some("never") => return false,
        Some("always") => return true,
        _ => {}
    }
    let term = set("TERM");
    let colorterm = set("COLORTERM");
    !matches!(
        (term.as_deref(), colorterm.as_deref()),
        (None | Some("dumb"), _)
            | (_, Some("xfce4-terminal" | "gnome-terminal"))
            | (Some("linux"), None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn a_plain_address_is_its_own_target() {
        let url = "https://www.bjreview.com/quotes/txt/2014-12/24/content_660432.htm";
        assert_eq!(LinkTarget::new(url).unwrap().uri(), url);
        let already = "https://expydoc.com/doc/8665210/%E4%B8%AD?a=1&b=2#top";
        assert_eq!(
            LinkTarget::new(already).unwrap().uri(),
            already,
            "percent signs already there are not encoded twice"
        );
    }

    #[test]
    fn no_byte_outside_printable_ascii_reaches_the_target() {
        for url in [
            "https://evil.example/\u{1b}]0;pwned\u{7}",
            "https://evil.example/\u{1b}\\\u{1b}]8;;https://other.example\u{1b}\\",
            "https://evil.example/\u{9b}31m\u{9c}",
            "https://evil.example/a b\tc\nd\u{7f}",
            "https://例え.jp/世界インターネット大会",
            "https://evil.example/␛]0;pwned␇\u{202e}",
        ] {
            let target = LinkTarget::new(url).unwrap();
            assert!(
                target.uri().bytes().all(|b| (0x21..=0x7e).contains(&b)),
                "{url:?} -> {:?}",
                target.uri()
            );
            let written = target.wrap("x");
            // Exactly the two escapes confer writes, and nothing else that starts one.
            assert_eq!(written.matches('\x1b').count(), 4, "{written:?}");
            assert!(!written.contains('\x07') && !written.contains('\u{9b}'));
        }
        assert_eq!(
            LinkTarget::new("https://a.example/\u{1b}").unwrap().uri(),
            "https://a.example/%1B"
        );
        assert_eq!(
            LinkTarget::new("https://例.jp/").unwrap().uri(),
            "https://%E4%BE%8B.jp/"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        for url in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.com/",
            "example.com/page",
            "",
        ] {
            assert_eq!(LinkTarget::new(url), None, "{url:?}");
        }
        assert!(LinkTarget::new("HTTPS://EXAMPLE.COM/").is_some());
        let long = format!("https://example.com/{}", "a".repeat(MAX_TARGET));
        assert_eq!(
            LinkTarget::new(&long),
            None,
            "too long for a terminal to take"
        );
    }

    #[test]
    fn the_escape_is_osc_8_with_an_id_the_same_for_the_same_address() {
        let a = LinkTarget::new("https://example.com/").unwrap();
        let b = LinkTarget::new("https://example.com/").unwrap();
        let c = LinkTarget::new("https://example.com/other").unwrap();
        assert_eq!(a.wrap("ex"), b.wrap("ex"));
        assert_ne!(a.id, c.id);
        let written = a.wrap("ex");
        assert!(written.starts_with("\x1b]8;id=confer-"), "{written:?}");
        assert!(written.ends_with(";https://example.com/\x1b\\ex\x1b]8;;\x1b\\"));
        assert!(!a.id.contains([':', ';']), "an id may not hold : or ;");
    }

    #[test]
    fn links_only_to_a_terminal_that_takes_them_unless_turned_off() {
        let modern = [("TERM", "xterm-256color"), ("COLORTERM", "truecolor")];
        assert!(hyperlinks_wanted(true, false, &env(&modern)));
        assert!(!hyperlinks_wanted(false, false, &env(&modern)), "a pipe");
        assert!(
            !hyperlinks_wanted(true, true, &env(&modern)),
            "--color never"
        );
        let off = [("TERM", "xterm-256color"), ("CONFER_HYPERLINKS", "never")];
        assert!(!hyperlinks_wanted(true, false, &env(&off)));
        for term in [
            &[("TERM", "linux")][..],
            &[("TERM", "dumb")],
            &[],
            &[("TERM", "xterm"), ("COLORTERM", "xfce4-terminal")],
            &[("TERM", "xterm"), ("COLORTERM", "gnome-terminal")],
        ] {
            assert!(!hyperlinks_wanted(true, false, &env(term)), "{term:?}");
        }
        let forced = [("TERM", "linux"), ("CONFER_HYPERLINKS", "always")];
        assert!(hyperlinks_wanted(true, false, &env(&forced)));
        assert!(
            !hyperlinks_wanted(false, false, &env(&forced)),
            "never to a pipe, even when asked"
        );
        let tmux = [("TERM", "tmux-256color"), ("TMUX", "/tmp/tmux-0/default")];
        assert!(hyperlinks_wanted(true, false, &env(&tmux)));
    }
}
