//! `confer series` as text: the series' lines, each joined from its spans, styled as
//! `confer print` styles its tones when colour is on, with no trailing spaces.

use super::{Compared, SeriesLine, SeriesModel, lines};
use crate::i18n::Lang;
use crate::print::paint;
use crate::rows::Tone;
use crate::text::Profile;

/// How to print a series.
#[derive(Clone, Debug)]
pub struct TextOptions {
    pub width: usize,
    pub lang: Lang,
    pub color: bool,
    pub profile: Profile,
}

/// The series as text lines of at most `width` columns. No edition is marked as compared:
/// the command names none, and marking the default pair would suggest a choice the reader
/// did not make.
pub fn text(model: &SeriesModel, options: &TextOptions) -> String {
    let laid_out = lines(
        model,
        options.width,
        options.lang,
        &options.profile,
        Compared::default(),
    );
    joined(&laid_out, options.color)
}

/// Two series side by side as text lines of at most `width` columns.
pub fn pair_text(pair: super::pair::Pair, options: &TextOptions) -> String {
    let laid_out = super::pair::lines(pair, options.width, options.lang, &options.profile);
    joined(&laid_out, options.color)
}

fn joined(laid_out: &[SeriesLine], color: bool) -> String {
    let mut out = String::new();
    for line in laid_out {
        out.push_str(&line_text(line, color));
        out.push('\n');
    }
    out
}

/// One line: its spans in their tones (a heading all bold), trailing spaces cut.
fn line_text(line: &SeriesLine, color: bool) -> String {
    let joined: String = line
        .spans
        .iter()
        .map(|span| {
            let tone = if line.heading {
                Tone::Strong
            } else {
                span.tone
            };
            paint(&span.text, tone, color)
        })
        .collect();
    joined.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::series::Span;

    fn line(spans: &[(&str, Tone)], heading: bool) -> SeriesLine {
        SeriesLine {
            spans: spans
                .iter()
                .map(|(text, tone)| Span {
                    text: text.to_string(),
                    tone: *tone,
                })
                .collect(),
            target: None,
            heading,
        }
    }

    #[test]
    fn spans_are_joined_and_trailing_spaces_cut() {
        let l = line(
            &[
                ("2014  ", Tone::Dim),
                ("████", Tone::Up),
                ("   ", Tone::Plain),
            ],
            false,
        );
        assert_eq!(line_text(&l, false), "2014  ████");
    }

    #[test]
    fn tones_are_styled_only_with_colour() {
        let l = line(
            &[
                ("2014  ", Tone::Dim),
                ("████ ", Tone::Up),
                ("1", Tone::Strong),
            ],
            false,
        );
        assert_eq!(
            line_text(&l, true),
            "\x1b[2m2014\x1b[0m  \x1b[32m████\x1b[0m \x1b[1m1\x1b[0m"
        );
        assert!(!line_text(&l, false).contains('\x1b'));
    }

    #[test]
    fn a_heading_is_bold_whatever_its_spans_say() {
        let l = line(&[("Themes", Tone::Plain)], true);
        assert_eq!(line_text(&l, true), "\x1b[1mThemes\x1b[0m");
    }
}
