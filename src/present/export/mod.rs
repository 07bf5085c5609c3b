//! The deck as Markdown slides for presenterm: `<!-- end_slide -->` between pages, the two
//! editions in two columns, a talk's notes as speaker notes. Slides are cut into pages for
//! a stated terminal size as the screen cuts them, and every line is wrapped by the text
//! module and written with a hard line break, so that a page fits presenterm's window and
//! Japanese stays in its column.

mod body;
mod command;
pub mod layout;
mod markdown;
mod sheet;

pub use command::{Command, comment, front_matter};
pub use layout::{Layout, Size, SizeError};

use super::SeriesModels;
use super::{Page, content, titled};
use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::talk::Talk;
use crate::text::{Profile, truncate};

/// How presenterm measures text: unicode-width's widths, ambiguous characters narrow. The
/// pages are cut and the lines wrapped with it, whatever the exporting terminal does.
pub const PROFILE: Profile = Profile {
    ambiguous: crate::text::AmbiguousWidth::Narrow,
    box_drawing: crate::text::AmbiguousWidth::Narrow,
    emoji_sequences: crate::text::EmojiSequences::Joined,
    vs16: crate::text::Vs16::Wide,
    // A Markdown file, not a terminal.
    hyperlinks: false,
};

/// The deck's pages for presenterm at `layout`'s size: those of `super::pages` cut in its
/// frame with [`PROFILE`].
pub fn pages(
    c: &Comparison,
    talk: Option<&Talk>,
    only: &[super::SlideKind],
    layout: &Layout,
    lang: Lang,
) -> Vec<Page> {
    super::pages(c, talk, only, layout.frame(), lang, &PROFILE)
}

/// The pages (of the default deck or of `talk`, from [`pages`] at the same `layout`) as one
/// presenterm file.
pub fn markdown(
    c: &Comparison,
    talk: Option<&Talk>,
    pages: &[Page],
    series: SeriesModels,
    lang: Lang,
    layout: &Layout,
) -> String {
    let tag = lang.tag();
    let (left, right) = c.labels();
    let labels = (left.get(tag), right.get(tag));
    let title = talk.and_then(|t| t.title.as_ref()).map_or_else(
        || crate::rows::series_title(c.left.series, c.right.series, lang),
        |own| own.get(tag).to_string(),
    );
    // presenterm reads both as Markdown, a line at a time: escaped, they show as written.
    let mut out = front_matter(
        &markdown::line_start(&title),
        &markdown::line_start(&format!("{} / {}", labels.0, labels.1)),
    );
    for (i, page) in pages.iter().enumerate() {
        // Between pages only: after the last one presenterm would show an empty slide.
        if i > 0 {
            out.push_str(&format!("\n{}\n", comment(&Command::EndSlide)));
        }
        let (title, body) = content(&page.slide, c, series, talk, lang);
        let slides = body::slides(body, page.part, labels, layout, lang);
        let count = slides.len();
        for (k, slide) in slides.into_iter().enumerate() {
            if k > 0 {
                out.push_str(&format!("\n{}\n", comment(&Command::EndSlide)));
            }
            // A body presenterm needs more than one slide for is counted within the page.
            let shown = Page {
                part: page.part * count + k,
                parts: page.parts * count,
                ..page.clone()
            };
            out.push_str(&format!(
                "\n{}\n===\n\n",
                slide_title(&title, &shown, layout, lang)
            ));
            // The notes once, on the first slide their entry brings.
            let first = k == 0 && (i == 0 || pages[i - 1].talk_slide != page.talk_slide);
            let notes = page
                .talk_slide
                .filter(|_| first)
                .and_then(|at| talk?.slides.get(at)?.notes.as_ref());
            if let Some(notes) = notes {
                out.push_str(&format!(
                    "{}\n\n",
                    comment(&Command::speaker_note(notes.get(tag)))
                ));
            }
            out.push_str(&slide);
        }
    }
    out
}

/// The page's title as the screen titles it ("Timeline (2/3)"), on one line of the slide:
/// presenterm would wrap a longer one onto the body's rows.
fn slide_title(title: &str, page: &Page, layout: &Layout, lang: Lang) -> String {
    let title = truncate(
        &titled(title, page, lang),
        usize::from(layout.width()),
        &PROFILE,
    );
    if title.trim().is_empty() {
        // A heading needs text; an empty line under it would make "===" a paragraph.
        return "&nbsp;".to_string();
    }
    markdown::line_start(&title)
}
