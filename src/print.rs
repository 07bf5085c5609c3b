//! `confer print`: the comparison as plain text (two columns and a gutter, or stacked when
//! narrow) for a pager or a handout, or as a Markdown handout.

use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::rows::{Columns, Line, Para, Row, Section, Tone, layout, rows};
use crate::text::{LinkTarget, Profile, display_width, pad_to_width};

/// How to print.
#[derive(Clone, Debug)]
pub struct PrintOptions {
    pub sections: Vec<Section>,
    pub width: usize,
    pub lang: Lang,
    pub color: bool,
    pub profile: Profile,
}

/// The comparison as text lines of at most `width` columns, no trailing spaces; only a web
/// address wider than its column is wider, whole on a line of its own (see `rows::layout`).
/// Addresses are links where the profile says the output is a terminal that takes them.
pub fn text(c: &Comparison, options: &PrintOptions) -> String {
    let (left, right) = c.labels();
    let labels = (left.get(options.lang.tag()), right.get(options.lang.tag()));
    let columns = Columns::new(options.width);
    let border = options.profile.border_set();
    let link = options.profile.hyperlinks;
    let mut out = String::new();
    for (i, section) in options.sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let section_rows = rows(*section, c, options.lang);
        for line in layout(&section_rows, options.width, labels, &options.profile) {
            let text = match line {
                Line::Heading(title) => paint(
                    &heading(
                        &title,
                        options.width,
                        border.horizontal_top,
                        &options.profile,
                    ),
                    Tone::Strong,
                    options.color,
                ),
                Line::Full(para) | Line::Single(para) => {
                    paint(&linked(&para, &para.text, link), para.tone, options.color)
                }
                Line::Blank => String::new(),
                // An address wider than the left column runs on alone, over the gutter.
                Line::Pair(Some(p), None)
                    if display_width(&p.text, &options.profile) > columns.left =>
                {
                    paint(&linked(&p, &p.text, link), p.tone, options.color)
                }
                Line::Pair(left, right) => {
                    let left_text = left.as_ref().map_or("", |p| p.text.as_str());
                    let padded = pad_to_width(left_text, columns.left, &options.profile);
                    let mut line = match &left {
                        Some(p) => paint(&linked(p, &padded, link), p.tone, options.color),
                        None => padded,
                    };
                    line.push(' ');
                    line.push_str(border.vertical_left);
                    if let Some(p) = right {
                        line.push(' ');
                        line.push_str(&paint(&linked(&p, &p.text, link), p.tone, options.color));
                    }
                    line
                }
            };
            out.push_str(text.trim_end());
            out.push('\n');
        }
    }
    out
}

/// `text`, the line of `para` (padded, perhaps), with its address as a link when `link`: an
/// OSC 8 escape built from a checked target, never from the content's bytes.
fn linked(para: &Para, text: &str, link: bool) -> String {
    let Some(address) = para.link.as_ref().filter(|_| link) else {
        return text.to_string();
    };
    let Some(target) = LinkTarget::new(&address.url) else {
        return text.to_string();
    };
    let at = address.at.clone();
    format!(
        "{}{}{}",
        &text[..at.start],
        target.wrap(&text[at.clone()]),
        &text[at.end..]
    )
}

/// "── Figures ──────…" filling the width with the border's horizontal line.
fn heading(title: &str, width: usize, rule: &str, profile: &Profile) -> String {
    let lead = format!("{rule}{rule} {title} ");
    let used = display_width(&lead, profile);
    let rule_width = display_width(rule, profile).max(1);
    let fill = width.saturating_sub(used) / rule_width;
    if used > width {
        return title.to_string();
    }
    format!("{lead}{}", rule.repeat(fill))
}

/// ANSI styling for a tone; trailing spaces stay outside the codes so trimming still works.
/// `confer series` styles its lines the same way.
pub(crate) fn paint(text: &str, tone: Tone, color: bool) -> String {
    let code = match tone {
        Tone::Plain => return text.to_string(),
        Tone::Strong => "1",
        Tone::Dim => "2",
        Tone::Up => "32",
        Tone::Down => "31",
    };
    if !color || text.trim().is_empty() {
        return text.to_string();
    }
    let trimmed = text.trim_end();
    let spaces = &text[trimmed.len()..];
    format!("\x1b[{code}m{trimmed}\x1b[0m{spaces}")
}

/// The comparison as a Markdown handout: a table per group, the editions as columns,
/// sources as lists.
pub fn markdown(c: &Comparison, sections: &[Section], lang: Lang) -> String {
    let (left, right) = c.labels();
    let (left, right) = (md(left.get(lang.tag())), md(right.get(lang.tag())));
    let colon = lang.words().series.colon;
    let mut out = format!(
        "# {}{colon}{left} / {right}\n",
        md(&crate::rows::series_title(
            c.left.series,
            c.right.series,
            lang
        ))
    );
    // A figure's note is a footnote: a table cell has no room for a paragraph.
    let mut footnotes: Vec<String> = Vec::new();
    for section in sections {
        let section_rows = rows(*section, c, lang);
        let mut in_table = false;
        let first_footnote = footnotes.len();
        for row in &section_rows {
            match row {
                Row::Heading(title) => out.push_str(&format!("\n## {}\n", md(title))),
                Row::Subheading(title) => {
                    out.push_str(&format!("\n### {}\n", md(title)));
                    in_table = false;
                }
                Row::Blank => in_table = false,
                // Sources read better as lists, one per edition (below).
                Row::Pair(..) | Row::Item(..) if *section == Section::Sources => {}
                // The table's own header names the editions; gaps only matter on a screen.
                Row::Heads(..) => {}
                Row::Pair(l, r) if l.is_empty() && r.is_empty() => {}
                Row::Pair(l, r) | Row::Item(l, r, _) => {
                    if !in_table {
                        out.push_str(&format!("\n| {left} | {right} |\n| --- | --- |\n"));
                        in_table = true;
                    }
                    let mut cell = |c| md_cell(c, lang, &mut footnotes);
                    let (l, r) = (cell(l), cell(r));
                    out.push_str(&format!("| {l} | {r} |\n"));
                }
            }
        }
        if footnotes.len() > first_footnote {
            out.push('\n');
            for (n, note) in footnotes.iter().enumerate().skip(first_footnote) {
                out.push_str(&format!("[^{}]: {note}\n", n + 1));
            }
        }
        if *section == Section::Sources {
            for (label, list) in [(&left, &c.sources.0), (&right, &c.sources.1)] {
                out.push_str(&format!("\n### {label}\n\n"));
                for source in list {
                    let mut item =
                        format!("- `{}` {}", source.id, md(source.title.get(lang.tag())));
                    for text in [&source.author, &source.publisher].into_iter().flatten() {
                        item.push_str(&format!(", {}", md(text.get(lang.tag()))));
                    }
                    if let Some(date) = source.date {
                        let date = crate::rows::wording::partial_date(date, lang);
                        item.push_str(&format!(", {date}"));
                    }
                    // The address on a line of its own (a hard line break, then the item's
                    // indent), as an autolink: whole, and a link in whatever renders it.
                    if let Some(url) = &source.url {
                        item.push_str(&format!("\\\n  {}", autolink(url)));
                    }
                    out.push_str(&item);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// A cell of a Markdown table; its notes become footnotes, marked where they stood.
fn md_cell(cell: &[Para], lang: Lang, footnotes: &mut Vec<String>) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut value_at = None;
    // Bars are for a fixed-width screen; the numbers say it in a table.
    for p in cell.iter().filter(|p| p.bar.is_none()) {
        let text = md(&p.text).replace('\n', "<br>");
        if p.note {
            // A footnote is one paragraph, its line breaks spaces; the footnote says it is a
            // note, so the label goes.
            let label = crate::rows::labelled(lang.words().labels.note, "", lang);
            let note = p.text.strip_prefix(&label).unwrap_or(&p.text);
            footnotes.push(md(note).replace('\n', " "));
            let mark = format!("[^{}]", footnotes.len());
            // On the value the note is about (the cell's strong text), else where it stood.
            let at = value_at.unwrap_or(parts.len().saturating_sub(1));
            match parts.get_mut(at) {
                Some(part) => part.push_str(&mark),
                None => parts.push(mark),
            }
            continue;
        }
        if p.tone == Tone::Strong {
            value_at = Some(parts.len());
        }
        parts.push(match p.tone {
            Tone::Strong => format!("**{text}**"),
            Tone::Dim => format!("*{text}*"),
            _ => text,
        });
    }
    parts.join("<br>")
}

/// A web address as a Markdown autolink, `<https://…>`. An autolink ends at `>` and may hold
/// no `<`, space or control (CommonMark), so those are percent-encoded: the address stays
/// one link, and nothing in it can close it early and start raw HTML.
fn autolink(url: &str) -> String {
    let mut out = String::with_capacity(url.len() + 2);
    out.push('<');
    for c in url.chars() {
        match c {
            '<' | '>' | ' ' => out.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_control() => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

/// Content as Markdown text: characters that would format, link or break a table escaped.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_what_would_format() {
        assert_eq!(md("a|b *c* <script>"), "a\\|b \\*c\\* &lt;script&gt;");
    }

    #[test]
    fn headings_fill_the_width() {
        let p = Profile::default();
        let h = heading("Figures", 30, "─", &p);
        assert_eq!(display_width(&h, &p), 30);
        assert!(h.starts_with("── Figures ─"));
        let wide = Profile::ambiguous_wide();
        let h = heading("Figures", 30, "-", &wide);
        assert_eq!(display_width(&h, &wide), 30);
    }

    #[test]
    fn an_autolink_cannot_be_closed_early_by_the_address() {
        assert_eq!(
            autolink("https://a.example/x?q=1"),
            "<https://a.example/x?q=1>"
        );
        assert_eq!(
            autolink("https://a.example/<b>x</b> y\u{7}"),
            "<https://a.example/%3Cb%3Ex%3C/b%3E%20y%07>"
        );
        assert_eq!(autolink("https://例.jp/"), "<https://例.jp/>");
    }

    #[test]
    fn an_address_is_a_link_only_when_asked_and_only_its_own_bytes() {
        let para = Para::address("URL: ", "https://a.example/\u{1b}]0;x\u{7}", Tone::Plain);
        let padded = format!("{}   ", para.text);
        assert_eq!(linked(&para, &padded, false), padded);
        let written = linked(&para, &padded, true);
        assert!(written.starts_with("URL: \x1b]8;id="), "{written:?}");
        assert!(
            written.contains(";https://a.example/%1B]0;x%07\x1b\\"),
            "{written:?}"
        );
        assert!(written.ends_with("\x1b]8;;\x1b\\   "), "{written:?}");
        let plain = Para::new("no address", Tone::Plain);
        assert_eq!(linked(&plain, "no address", true), "no address");
    }

    #[test]
    fn colour_codes_wrap_text_but_not_padding() {
        assert_eq!(paint("ab  ", Tone::Strong, true), "\x1b[1mab\x1b[0m  ");
        assert_eq!(paint("ab", Tone::Strong, false), "ab");
    }
}
