//! presenterm's comment commands (`<!-- end_slide -->`, `<!-- speaker_note: ... -->`) and
//! front matter, written by a YAML serializer so that presenterm's YAML parser reads back
//! exactly the text given, whatever it holds (": ", quotes, "#", "-->", line breaks).

use serde::Serialize;
use serde_saphyr::{DoubleQuoted, FlowSeq};

/// The commands the export writes, named as presenterm names them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    EndSlide,
    /// Columns of these relative widths, until `ResetLayout`.
    ColumnLayout(FlowSeq<Vec<u8>>),
    Column(usize),
    ResetLayout,
    /// Text for the presenter only: presenterm shows it in its speaker-notes mode, never on
    /// the slide.
    SpeakerNote(DoubleQuoted<String>),
}

impl Command {
    pub fn speaker_note(text: &str) -> Command {
        Command::SpeakerNote(DoubleQuoted(text.to_string()))
    }

    pub fn columns(widths: &[u8]) -> Command {
        Command::ColumnLayout(FlowSeq(widths.to_vec()))
    }
}

/// The command as an HTML comment on one line.
///
/// presenterm takes an HTML block that starts with `<!--` and ends with `-->` as a command
/// and parses what is between as YAML; Markdown ends that block at the first line holding
/// `-->`. Text goes in a double-quoted scalar (never a block scalar, which would span lines),
/// whose escapes keep it on one line and let `>` be written `\x3e`: no `-->` can then end
/// the comment early and show the rest of a note to the audience.
pub fn comment(command: &Command) -> String {
    format!("<!-- {} -->", one_line(command))
}

/// The deck's front matter: presenterm's intro slide, with its title and subtitle.
/// Both are Markdown to presenterm (it parses each line as inline Markdown): the caller
/// escapes them as Markdown, and this keeps them exact as YAML.
pub fn front_matter(title: &str, sub_title: &str) -> String {
    #[derive(Serialize)]
    struct FrontMatter {
        title: DoubleQuoted<String>,
        sub_title: DoubleQuoted<String>,
    }
    let matter = FrontMatter {
        title: DoubleQuoted(title.to_string()),
        sub_title: DoubleQuoted(sub_title.to_string()),
    };
    format!("---\n{}---\n", yaml(&matter))
}

fn one_line(command: &Command) -> String {
    let text = yaml(command);
    let text = text.trim_end();
    // The only `>` a command can hold is inside its double-quoted text (the names and
    // numbers have none), where `\x3e` reads back as `>`.
    text.replace('>', "\\x3e")
}

fn yaml(value: &impl Serialize) -> String {
    // Strings, numbers and unit variants always serialize: the serializer fails only on what
    // these types never hold (maps with non-string keys, single-quoted control characters).
    serde_saphyr::to_string(value).expect("strings and numbers serialize as YAML")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_written_as_presenterm_writes_them() {
        assert_eq!(comment(&Command::EndSlide), "<!-- end_slide -->");
        assert_eq!(comment(&Command::Column(1)), "<!-- column: 1 -->");
        assert_eq!(
            comment(&Command::columns(&[1, 1])),
            "<!-- column_layout: [1, 1] -->"
        );
        assert_eq!(comment(&Command::ResetLayout), "<!-- reset_layout -->");
    }

    #[test]
    fn a_note_stays_on_one_line_and_inside_its_comment() {
        let note = "a: b --> c\n'd' -- \"e\" #f {g} [h]\n";
        let line = comment(&Command::speaker_note(note));
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(line.matches("-->").count(), 1, "{line}");
        assert!(line.ends_with("-->"));
    }

    #[test]
    fn presenterm_reads_back_the_exact_note() {
        // presenterm 0.16 trims what is between `<!--` and `-->` and parses it with serde_yaml.
        for note in [
            "a: b",
            "'quoted' at the start",
            "- a dash",
            "{ a brace",
            "[ a bracket",
            "# a hash",
            "x --> y --!> z",
            "two lines\nand a third\n",
            "  spaces around  ",
            "日本語：テスト。「引用」: で",
            "\\ a backslash \" a quote",
        ] {
            let line = comment(&Command::speaker_note(note));
            let inner = line
                .strip_prefix("<!--")
                .and_then(|l| l.strip_suffix("-->"))
                .unwrap()
                .trim();
            let read: std::collections::BTreeMap<String, String> =
                serde_yaml::from_str(inner).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(read["speaker_note"], note, "{line}");
        }
    }

    #[test]
    fn the_front_matter_reads_back_exactly() {
        let (title, sub) = ("A: \\_b\\* #c 'd' \"e\" {f} [g] -->", "2014 / 2025: 烏鎮");
        let matter = front_matter(title, sub);
        let inner = matter
            .strip_prefix("---\n")
            .and_then(|m| m.strip_suffix("---\n"))
            .unwrap();
        let read: std::collections::BTreeMap<String, String> = serde_yaml::from_str(inner).unwrap();
        assert_eq!(read["title"], title);
        assert_eq!(read["sub_title"], sub);
    }
}
