//! Two texts that a problem sets side by side (a name or a unit that differs across
//! editions), each shown where the two differ, in whichever language the problem is said.

use crate::model::Text;

/// Two texts that disagree, each in `lang` where they differ in it, else in the first
/// language they differ in: a name written alike in the reader's language and apart in
/// another is shown where it is apart, not as the same word twice.
pub fn apart<'t>(a: &'t Text, b: &'t Text, lang: &str) -> (&'t str, &'t str) {
    let differ = |tag: &str| a.get(tag) != b.get(tag);
    let tag = [lang, "en", "ja"]
        .into_iter()
        .chain(a.languages())
        .find(|tag| differ(tag))
        .unwrap_or(lang);
    (a.get(tag), b.get(tag))
}

/// Two units that disagree, as `apart` says them; `None` where a figure has no unit.
pub fn units_apart<'t>(
    a: &'t Option<Text>,
    b: &'t Option<Text>,
    lang: &str,
) -> (Option<&'t str>, Option<&'t str>) {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (a, b) = apart(a, b, lang);
            (Some(a), Some(b))
        }
        _ => (
            a.as_ref().map(|t| t.get(lang)),
            b.as_ref().map(|t| t.get(lang)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(en: &str, ja: &str) -> Text {
        Text::written(&[("en", en), ("ja", ja)]).unwrap()
    }

    #[test]
    fn two_names_are_shown_where_they_differ() {
        let (first, here) = (text("Jack Ma", "馬雲"), text("Jack Ma", "马云"));
        // Alike in English: the English reader sees them where they are apart.
        assert_eq!(apart(&first, &here, "en"), ("馬雲", "马云"));
        assert_eq!(apart(&first, &here, "ja"), ("馬雲", "马云"));
        let (first, here) = (text("Jack Ma", "馬雲"), text("Ma Yun", "馬雲"));
        assert_eq!(apart(&first, &here, "ja"), ("Jack Ma", "Ma Yun"));
        let (first, here) = (text("Jack Ma", "馬雲"), text("Ma Yun", "马云"));
        assert_eq!(apart(&first, &here, "ja"), ("馬雲", "马云"));
        assert_eq!(apart(&first, &here, "en"), ("Jack Ma", "Ma Yun"));
    }

    #[test]
    fn a_unit_missing_on_one_side_is_none() {
        let people = Some(text("people", "人"));
        assert_eq!(units_apart(&people, &None, "ja"), (Some("人"), None));
    }
}
