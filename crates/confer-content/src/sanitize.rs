//! Untrusted strings from content files, made safe to draw: nothing in them may move the
//! cursor, set the title, touch the clipboard or reorder text (Trojan Source).

/// Where a string is allowed to break into lines and paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextShape {
    /// A name, title or label: one line. A tab is kept as written (exports carry it; every
    /// screen and printed line draws it as a space); a line break or other control is not.
    Line,
    /// A paragraph field (`about`, `summary`, `note`, `detail`, `body`): tabs and line breaks stay.
    Paragraph,
}

/// The cleaned string, and whether the input held a control character or bidirectional
/// override that its shape does not allow, replaced or kept (worth a warning in `check`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sanitized {
    pub text: String,
    pub flagged: bool,
}

/// Replaces every control character, DEL, C1 control and bidirectional override or isolate
/// with a visible stand-in. Control pictures (␛, ␇, …) keep the reason readable for an author.
pub fn sanitize(input: &str, shape: TextShape) -> Sanitized {
    // Nearly every string is clean: copy it whole rather than char by char.
    if is_clean(input, shape) {
        return Sanitized {
            text: input.to_string(),
            flagged: false,
        };
    }
    let mut text = String::with_capacity(input.len());
    let mut flagged = false;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let paragraph = shape == TextShape::Paragraph;
        match c {
            '\t' | '\n' if paragraph => text.push(c),
            // A tab in a one-line text is kept so that data goes out as it came in; it is
            // still no part of a name, so `check` warns of it.
            '\t' => {
                flagged = true;
                text.push(c);
            }
            // A CRLF pair in a paragraph is just a line break.
            '\r' if paragraph && chars.peek() == Some(&'\n') => {}
            '\u{0}'..='\u{1f}' => {
                flagged = true;
                text.push(control_picture(c));
            }
            '\u{7f}' => {
                flagged = true;
                text.push('\u{2421}');
            }
            c if ('\u{80}'..='\u{9f}').contains(&c) || is_bidi_control(c) => {
                flagged = true;
                text.push('\u{fffd}');
            }
            _ => text.push(c),
        }
    }
    Sanitized { text, flagged }
}

/// Whether `input` holds nothing to replace, judged on its bytes: what is replaced is either
/// an ASCII control or starts with the lead byte 0xC2 (C1 controls, U+0080..U+009F) or 0xE2
/// (the bidirectional controls), so most bytes are passed over without decoding a char.
fn is_clean(input: &str, shape: TextShape) -> bool {
    let paragraph = shape == TextShape::Paragraph;
    let bytes = input.as_bytes();
    bytes.iter().enumerate().all(|(at, &byte)| match byte {
        b'\t' | b'\n' => paragraph,
        0x00..=0x1f | 0x7f => false,
        0xc2 | 0xe2 => input[at..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_control() || is_bidi_control(c))),
        _ => true,
    })
}

/// Bidirectional overrides and isolates: they reorder text on screen (Trojan Source).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// U+2400..U+241F are the "symbol for" pictures of the C0 controls, in the same order.
fn control_picture(c: char) -> char {
    char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        let s = sanitize("\u{1b}]0;pwned\u{7}title", TextShape::Line);
        assert_eq!(s.text, "␛]0;pwned␇title");
        assert!(s.flagged);
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_replaced() {
        let s = sanitize("a\u{9b}31mb\u{202e}c\u{2066}d", TextShape::Line);
        assert_eq!(s.text, "a\u{fffd}31mb\u{fffd}c\u{fffd}d");
    }

    #[test]
    fn paragraphs_keep_line_breaks_and_tabs_lines_keep_only_tabs_and_are_flagged() {
        let p = sanitize("one\r\ntwo\tthree", TextShape::Paragraph);
        assert_eq!(p.text, "one\ntwo\tthree");
        assert!(!p.flagged);
        let l = sanitize("one\ntwo\tthree", TextShape::Line);
        assert_eq!(l.text, "one␊two\tthree");
        assert!(l.flagged);
        let tab_only = sanitize("two\tthree", TextShape::Line);
        assert_eq!(tab_only.text, "two\tthree");
        assert!(tab_only.flagged);
    }

    #[test]
    fn ordinary_cjk_text_is_untouched() {
        let s = sanitize("互联互通·共享共治 ①※ 👨‍👩‍👧 é", TextShape::Line);
        assert_eq!(s.text, "互联互通·共享共治 ①※ 👨‍👩‍👧 é");
        assert!(!s.flagged);
    }

    proptest::proptest! {
        /// The byte scan says "clean" exactly when no char would be replaced.
        #[test]
        fn the_byte_scan_agrees_with_the_chars(
            input in "[a\u{0}-\u{1f}\u{7f}-\u{a0}\u{202a}-\u{202f}\u{2066}-\u{2069}\u{2000}-\u{2070}互①é👨\u{200d}]{0,12}"
        ) {
            for shape in [TextShape::Line, TextShape::Paragraph] {
                let replaced = |c: char| {
                    (c.is_control() || is_bidi_control(c))
                        && !(shape == TextShape::Paragraph && matches!(c, '\t' | '\n'))
                };
                proptest::prop_assert_eq!(is_clean(&input, shape), !input.chars().any(replaced));
            }
        }
    }
}
