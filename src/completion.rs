//! What the shell completes from the content: edition ids (`wic/2014`) and series ids, for
//! the arguments that take them, read from the content's index alone as `confer list` does.
//!
//! The shell runs confer on every Tab (clap_complete's dynamic completion), so this reads no
//! more than the series files and each edition's `[edition]` table, and a content folder that
//! does not open offers nothing: an error message would land in the middle of the command
//! line being typed.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::content::{ContentLocation, Index, Library};
use crate::i18n::Lang;
use crate::settings::{Flags, Settings, config_path, read_config};

/// The candidates for an argument that takes an edition: `series/stem` ids starting with
/// what was typed, and, once a stem has been begun (`20`), the stems that name one edition
/// only, as `confer print 2014` accepts them. Each with its dates and label as help, which
/// zsh, fish and PowerShell show beside it.
pub fn editions(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some((index, lang)) = content_of_line() else {
        return Vec::new();
    };
    edition_candidates(&index, lang, &current.to_string_lossy())
}

/// The candidates for an argument that takes a series: its id, with its name as help.
pub fn series(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some((index, lang)) = content_of_line() else {
        return Vec::new();
    };
    series_candidates(&index, lang, &current.to_string_lossy(), "")
}

/// The candidates for `confer new SERIES/STEM`: the series there are, as `wic/`, so that
/// only the new stem is left to type.
pub fn new_edition(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some((index, lang)) = content_of_line() else {
        return Vec::new();
    };
    series_candidates(&index, lang, &current.to_string_lossy(), "/")
}

fn edition_candidates(index: &Index, lang: Lang, typed: &str) -> Vec<CompletionCandidate> {
    let tag = lang.tag();
    let help = |edition: &crate::content::IndexedEdition| {
        format!(
            "{}, {}",
            edition.label_or_name().get(tag),
            crate::rows::wording::date_range(edition.start, edition.end, lang)
        )
    };
    let mut candidates: Vec<CompletionCandidate> = index
        .editions()
        .filter(|(_, e)| e.id.to_string().starts_with(typed))
        .map(|(_, e)| CompletionCandidate::new(e.id.to_string()).help(Some(help(e).into())))
        .collect();
    // Stems only once one is begun: offered with the ids at an empty word, they would leave
    // bash no common prefix to complete (`wic/20` for a single series).
    if !typed.is_empty() && !typed.contains('/') {
        let stems = index
            .editions()
            .filter(|(_, e)| e.id.stem.starts_with(typed))
            .filter(|(_, e)| {
                index
                    .editions()
                    .filter(|(_, o)| o.id.stem == e.id.stem)
                    .count()
                    == 1
            })
            .map(|(_, e)| CompletionCandidate::new(e.id.stem.clone()).help(Some(help(e).into())));
        candidates.extend(stems);
    }
    candidates
}

fn series_candidates(
    index: &Index,
    lang: Lang,
    typed: &str,
    suffix: &str,
) -> Vec<CompletionCandidate> {
    index
        .series
        .iter()
        .map(|s| (format!("{}{suffix}", s.id), s))
        .filter(|(id, _)| id.starts_with(typed))
        .map(|(id, s)| {
            CompletionCandidate::new(id).help(Some(s.name.get(lang.tag()).to_string().into()))
        })
        .collect()
}

/// The content and language the command being completed would use: `--content` and
/// `--lang` from its line, else from the environment and the config file, as when it runs.
/// None when the content does not open without errors.
fn content_of_line() -> Option<(Index, Lang)> {
    let words = line_words(std::env::args_os());
    let var = |name: &str| std::env::var(name).ok();
    let config = config_path(&var)
        .map(|path| read_config(&path).config)
        .unwrap_or_default();
    let flags = Flags {
        content: option_value(&words, "--content").map(|dir| home_expanded(&dir)),
        lang: option_value(&words, "--lang").and_then(|lang| {
            <Lang as clap::ValueEnum>::from_str(&lang.to_string_lossy(), true).ok()
        }),
        ..Flags::default()
    };
    let settings = Settings::resolve(flags, config, &var);
    let location = settings
        .content
        .map_or(ContentLocation::BuiltIn, ContentLocation::Folder);
    let library = Library::open(&location);
    if !library.errors().is_empty() {
        return None;
    }
    Some((library.index, settings.lang))
}

/// The words of the line being completed: what the shell passes after `--` (clap_complete's
/// registration scripts call `confer -- confer print wic/20`).
fn line_words(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    args.into_iter()
        .skip_while(|arg| arg != "--")
        .skip(1)
        .collect()
}

/// The value of `--name VALUE` or `--name=VALUE` on the line, the last one given winning as
/// it does for clap; the words after a bare `--` are operands, not options.
pub(crate) fn option_value(words: &[OsString], name: &str) -> Option<OsString> {
    let mut found = None;
    let mut words = words.iter().skip(1).take_while(|w| *w != "--");
    while let Some(word) = words.next() {
        let Some(text) = word.to_str() else { continue };
        if text == name {
            found = words.next().cloned().or(found);
        } else if let Some(value) = text.strip_prefix(name).and_then(|v| v.strip_prefix('=')) {
            found = Some(value.into());
        }
    }
    found
}

/// `~/content` as the shell would expand it when the command runs: the words arrive as typed.
fn home_expanded(path: &OsStr) -> PathBuf {
    let path = PathBuf::from(path);
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &[&str]) -> Vec<OsString> {
        line.iter().map(OsString::from).collect()
    }

    fn values(candidates: &[CompletionCandidate]) -> Vec<String> {
        candidates
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    fn builtin() -> Index {
        Library::open(&ContentLocation::BuiltIn).index
    }

    #[test]
    fn the_words_are_those_after_the_separator() {
        let args = words(&["/bin/confer", "--", "confer", "print", "wic/20"]);
        assert_eq!(line_words(args), words(&["confer", "print", "wic/20"]));
    }

    #[test]
    fn content_is_taken_from_the_line_in_either_form_last_one_winning() {
        let line = words(&["confer", "--content", "a", "print", "--content=b", "wic/20"]);
        assert_eq!(option_value(&line, "--content"), Some("b".into()));
        let line = words(&["confer", "print", "--content", "a"]);
        assert_eq!(option_value(&line, "--content"), Some("a".into()));
        // Being typed, with no value yet; after `--`, an operand.
        assert_eq!(
            option_value(&words(&["confer", "--content"]), "--content"),
            None
        );
        let escaped = words(&["confer", "--", "--content", "a"]);
        assert_eq!(option_value(&escaped, "--content"), None);
        // The program's own name is not an option, whatever it is called.
        assert_eq!(option_value(&words(&["--content=x"]), "--content"), None);
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        let Some(home) = std::env::var_os("HOME") else {
            return;
        };
        assert_eq!(
            home_expanded(OsStr::new("~/wic")),
            PathBuf::from(home).join("wic")
        );
        assert_eq!(home_expanded(OsStr::new("a/~")), PathBuf::from("a/~"));
    }

    #[test]
    fn editions_by_id_then_by_stem_once_one_is_begun() {
        let index = builtin();
        let ids = values(&edition_candidates(&index, Lang::En, "wic/20"));
        assert_eq!(ids.len(), 12, "{ids:?}");
        assert!(ids.contains(&"wic/2014".to_string()) && ids.contains(&"wic/2025".to_string()));
        // An empty word offers ids only, so bash can complete their common prefix.
        let every = values(&edition_candidates(&index, Lang::En, ""));
        assert_eq!(every.len(), index.len(), "{every:?}");
        assert!(every.iter().all(|id| id.contains('/')), "{every:?}");
        // A stem alone only where one series has it: 2014 is wic's and the IGF's.
        assert_eq!(
            values(&edition_candidates(&index, Lang::En, "200")),
            ["2006", "2007", "2008", "2009"]
        );
        assert!(edition_candidates(&index, Lang::En, "2014").is_empty());
        assert!(edition_candidates(&index, Lang::En, "x").is_empty());
        let first = &edition_candidates(&index, Lang::En, "wic/2014")[0];
        let help = first.get_help().map(|h| h.to_string()).unwrap_or_default();
        assert!(help.contains("Nov 2014"), "{help}");
    }

    #[test]
    fn series_ids_and_the_series_of_a_new_edition() {
        let index = builtin();
        assert_eq!(
            values(&series_candidates(&index, Lang::En, "", "")),
            ["wic", "igf"]
        );
        assert_eq!(
            values(&series_candidates(&index, Lang::En, "w", "/")),
            ["wic/"]
        );
        assert!(series_candidates(&index, Lang::En, "x", "").is_empty());
    }
}
