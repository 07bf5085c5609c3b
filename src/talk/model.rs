//! A talk deck as read from its file (`../shared/deck-format.md`, format 1): which slides of
//! the comparison to show, in which order, the presenter's own slides, and speaker notes.

use std::path::PathBuf;

use crate::content::Text;

/// A deck file, read and checked: every slide names exactly one thing to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Talk {
    /// The file it was read from, as given (for messages and the presenter's room).
    pub path: PathBuf,
    /// `[deck] title`: the title slide's heading, when the presenter gave one.
    pub title: Option<Text>,
    /// `[deck] editions`: the two editions, as written (`wic/2014`); the command line wins.
    pub editions: Vec<String>,
    /// `[deck] series`: the series for series slides when no editions are given.
    pub series: Option<String>,
    /// In order; never empty (a deck without slides is an error).
    pub slides: Vec<TalkSlide>,
}

/// One `[[slides]]` entry.
#[derive(Clone, Debug, PartialEq)]
pub struct TalkSlide {
    pub kind: TalkSlideKind,
    /// Speaker notes: for the presenter console only, never for the audience.
    pub notes: Option<Text>,
}

/// A slide generated from the comparison, or one of the presenter's own.
#[derive(Clone, Debug, PartialEq)]
pub enum TalkSlideKind {
    /// `show = "..."`, with `key` for `figure` and `series` (a figure key).
    Show { show: Show, key: Option<String> },
    /// `title = ...`, with an optional `body`: paragraphs separated by a blank line, a line
    /// starting "- " a bullet.
    Own { title: Text, body: Option<Text> },
}

/// What a generated slide shows: the values of `show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Show {
    Title,
    Figure,
    Figures,
    Topics,
    People,
    Orgs,
    Programme,
    Outcomes,
    Timeline,
    Notes,
    Sources,
    Series,
}

impl Show {
    /// Every value, with the word a deck file uses for it.
    pub const ALL: [(Show, &'static str); 12] = [
        (Show::Title, "title"),
        (Show::Figure, "figure"),
        (Show::Figures, "figures"),
        (Show::Topics, "topics"),
        (Show::People, "people"),
        (Show::Orgs, "orgs"),
        (Show::Programme, "programme"),
        (Show::Outcomes, "outcomes"),
        (Show::Timeline, "timeline"),
        (Show::Notes, "notes"),
        (Show::Sources, "sources"),
        (Show::Series, "series"),
    ];

    pub fn word(self) -> &'static str {
        Show::ALL
            .iter()
            .find(|(show, _)| *show == self)
            .map(|(_, word)| *word)
            .unwrap_or_default()
    }

    /// Whether `key` belongs with this kind (it must, and may only, for these two).
    pub fn takes_key(self) -> bool {
        matches!(self, Show::Figure | Show::Series)
    }
}

/// A body's blocks, in order: the deck format's paragraphs and bullets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullet(String),
}

/// Splits a body (in one language) into paragraphs (separated by a blank line) and bullets
/// (a line starting "- "); lines of a paragraph are joined by a space.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in body.lines() {
        let line = line.trim_end();
        if let Some(bullet) = line.strip_prefix("- ") {
            flush(&mut paragraph, &mut out);
            out.push(Block::Bullet(bullet.trim().to_string()));
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut out);
        } else {
            paragraph.push(line.trim());
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_paragraphs_and_bullets() {
        let body =
            "First line\nsame paragraph\n\n- 2014: 存在感ほぼゼロ\n- 2025: 村井純氏が受賞\n\nLast.";
        assert_eq!(
            blocks(body),
            vec![
                Block::Paragraph("First line same paragraph".into()),
                Block::Bullet("2014: 存在感ほぼゼロ".into()),
                Block::Bullet("2025: 村井純氏が受賞".into()),
                Block::Paragraph("Last.".into()),
            ]
        );
    }

    #[test]
    fn every_show_word_is_known_once() {
        for (show, word) in Show::ALL {
            assert_eq!(show.word(), word);
        }
        assert!(Show::Figure.takes_key() && Show::Series.takes_key());
        assert!(!Show::Topics.takes_key());
    }
}
