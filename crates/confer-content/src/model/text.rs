//! A text in one or more languages, and how it is read back from the built-in content's
//! compiled form without copying its strings.

use std::borrow::Cow;
use std::fmt;

/// A text in one or more languages, in the order the author wrote them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    #[serde(deserialize_with = "interned_tags")]
    entries: Vec<(Tag, TextString)>,
}

/// One language's string of a text: for the built-in content, borrowed from the compiled
/// form in the binary (no allocation, no copy); owned when read from a file.
type TextString = Cow<'static, str>;

/// Built-in content is read from bytes: its tags are shared, as when it is parsed.
fn interned_tags<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<(Tag, TextString)>, D::Error> {
    struct Interned(Tag);
    impl<'de> serde::Deserialize<'de> for Interned {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl serde::de::Visitor<'_> for Visit {
                type Value = Interned;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a language tag")
                }
                // A common tag is known by its bytes, with no check of them as UTF-8.
                fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Interned, E> {
                    if let Some(common) = COMMON_TAGS.iter().find(|t| t.as_bytes() == bytes) {
                        return Ok(Interned(Tag::Borrowed(common)));
                    }
                    match std::str::from_utf8(bytes) {
                        Ok(text) => Ok(Interned(tag(text))),
                        Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
                    }
                }
                fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Interned, E> {
                    Ok(Interned(tag(text)))
                }
            }
            d.deserialize_bytes(Visit)
        }
    }
    let entries: Vec<(Interned, Checked)> = serde::Deserialize::deserialize(deserializer)?;
    Ok(entries.into_iter().map(|(t, s)| (t.0, s.0)).collect())
}

/// A text's string, taken as bytes: borrowed where they lie in the built-in content's
/// compiled form, else checked and copied. Strings in other forms are taken as they come.
struct Checked(TextString);

impl<'de> serde::Deserialize<'de> for Checked {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Checked;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_bytes<E: serde::de::Error>(
                self,
                bytes: &'de [u8],
            ) -> Result<Checked, E> {
                match crate::compiled::built_in_text(bytes) {
                    Some(text) => Ok(Checked(Cow::Borrowed(text))),
                    None => self.visit_bytes(bytes),
                }
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Checked, E> {
                match std::str::from_utf8(bytes) {
                    Ok(text) => Ok(Checked(Cow::Owned(text.to_owned()))),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
                }
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Checked, E> {
                Ok(Checked(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Checked, E> {
                Ok(Checked(Cow::Owned(text)))
            }
        }
        d.deserialize_bytes(Visit)
    }
}

/// A language tag: the common ones are not allocated for each of the many texts of a file.
pub type Tag = std::borrow::Cow<'static, str>;

/// The tags most texts are written in: shared, never allocated.
const COMMON_TAGS: [&str; 8] = ["", "en", "ja", "zh", "zh-hans", "zh-hant", "ko", "fr"];

/// `tag` as a `Tag`, shared where it is a common one.
pub fn tag(tag: &str) -> Tag {
    match COMMON_TAGS.iter().find(|common| **common == tag) {
        Some(common) => Tag::Borrowed(common),
        None => Tag::Owned(tag.to_string()),
    }
}

impl Text {
    /// `entries` must not be empty; the loader guarantees it.
    pub fn new(entries: Vec<(Tag, String)>) -> Self {
        debug_assert!(!entries.is_empty());
        Text {
            entries: entries
                .into_iter()
                .map(|(tag, text)| (tag, Cow::Owned(text)))
                .collect(),
        }
    }

    /// A text made in code rather than read from a file (a talk built by a tool or a test),
    /// in the languages given; sanitized like a paragraph read at load. `None` when no
    /// language is given.
    pub fn written(entries: &[(&str, &str)]) -> Option<Text> {
        use crate::sanitize::{TextShape, sanitize};
        let entries: Vec<(Tag, String)> = entries
            .iter()
            .map(|(lang, text)| (tag(lang), sanitize(text, TextShape::Paragraph).text))
            .collect();
        (!entries.is_empty()).then(|| Text::new(entries))
    }

    /// The reader's language, falling back to `en`, then `ja`, then the first entry.
    pub fn get(&self, lang: &str) -> &str {
        [lang, "en", "ja"]
            .iter()
            .find_map(|want| self.lookup(want))
            .or_else(|| self.entries.first().map(|(_, text)| text.as_ref()))
            .unwrap_or_default()
    }

    /// The text in exactly this language, if the author wrote one.
    pub fn lookup(&self, lang: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(tag, _)| tag.as_ref() == lang)
            .map(|(_, text)| text.as_ref())
    }

    /// Written as a plain string: one text for every reader, in no particular language.
    pub fn is_language_neutral(&self) -> bool {
        self.entries.len() == 1 && self.entries[0].0.is_empty()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(tag, _)| tag.as_ref())
    }

    /// Two texts name the same thing when every language both have agrees.
    pub fn agrees_with(&self, other: &Text) -> bool {
        let mut shared = self
            .entries
            .iter()
            .filter_map(|(tag, text)| other.lookup(tag).map(|theirs| theirs == text.as_ref()))
            .peekable();
        shared.peek().is_some() && shared.all(|same| same)
    }
}
