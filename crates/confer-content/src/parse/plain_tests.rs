//! What the plain reader reads is what the parser reads, key for key and span for span;
//! whatever it does not read is left to the parser.

use proptest::prelude::*;

use super::*;

/// A tree written out with every span, moved by `by`: two trees are the same when these
/// are (a `Spanned`'s equality ignores its span).
fn shown_table(table: &DeTable<'_>, by: usize, out: &mut String) {
    out.push('{');
    for (key, value) in table {
        let span = key.span();
        out.push_str(&format!(
            "{:?}@{}..{}=",
            key.get_ref(),
            span.start + by,
            span.end + by
        ));
        shown_value(value, by, out);
        out.push(',');
    }
    out.push('}');
}

fn shown_value(value: &Spanned<DeValue<'_>>, by: usize, out: &mut String) {
    let span = value.span();
    out.push_str(&format!("@{}..{}:", span.start + by, span.end + by));
    match value.get_ref() {
        DeValue::Table(table) => shown_table(table, by, out),
        DeValue::Array(items) => {
            out.push('[');
            for item in items {
                shown_value(item, by, out);
                out.push(',');
            }
            out.push(']');
        }
        DeValue::Integer(n) => out.push_str(&format!("int {} radix {}", n.as_str(), n.radix())),
        DeValue::Float(f) => out.push_str(&format!("float {}", f.as_str())),
        DeValue::String(s) => out.push_str(&format!("str {s:?}")),
        DeValue::Boolean(b) => out.push_str(&format!("bool {b}")),
        DeValue::Datetime(d) => out.push_str(&format!("date {d}")),
    }
}

/// Both readings of the run `text[range]`: the plain reader's and the parser's, written out
/// with their spans into `text`.
fn both(text: &str, range: Range<usize>) -> (Option<String>, Option<String>) {
    let plain = run(text, range.clone()).map(|table| {
        let mut out = String::new();
        shown_table(&table, 0, &mut out);
        out
    });
    let (root, errors) = DeTable::parse_recoverable(&text[range.clone()]);
    let parser = errors.is_empty().then(|| {
        let mut out = String::new();
        shown_table(root.get_ref(), range.start, &mut out);
        out
    });
    (plain, parser)
}

/// The plain reading of a run, when there is one, is the parser's.
fn agrees(text: &str, range: Range<usize>) -> bool {
    match both(text, range) {
        (None, _) => true,
        (Some(plain), parser) => Some(plain) == parser,
    }
}

const HEAD: &str = "format = 1\n[edition]\nname = \"x\"\n";

/// A run after a head, so that its spans do not start at zero.
fn in_file(run: &str) -> (String, Range<usize>) {
    (format!("{HEAD}{run}"), HEAD.len()..HEAD.len() + run.len())
}

#[test]
fn plain_lines_read_as_the_parser_reads_them() {
    for shape in [
        "[[people]]\nid = \"p\"\nname = { en = \"Person\", ja = \"人物\" }\nsessions = [\"a\", \"b\"]\n",
        "[[people]] # one\n\n  id = \"p\"   # the id\n\tname='literal \\ stays'\n[[orgs]]\nid = \"o\"\n[[people]]\nid = \"q\"\n",
        "[[figures]]\nid = \"f\"\nvalue = 1_000\napprox = true\nshare = 0.5\nbig = 1e6\nneg = -3\nhex = 0xff\n",
        "[[timeline]]\nid = \"t\"\ndate = 2014-11-19\nat = 1979-05-27T07:32:00Z\ntime = 07:32:00\n",
        "[[people]]\r\nid = \"p\"\r\nlist = []\r\nempty = {}\r\nnested = [{ a = \"b\" }, { c = [\"d\"] }]\r\n",
        "[[people]]\nid = \"\"\nx = [ \"a\" , \"b\" , ]\nname = {en=\"a\",ja=\"b\"}\n",
        "[[a-b_c]]\nk-1 = true\n_k = false\n",
        "[[people]]\nid = \"絵文字👩‍👩‍👧 and é\" # コメント\n",
    ] {
        let (text, range) = in_file(shape);
        let (plain, parser) = both(&text, range);
        assert!(plain.is_some(), "not read plainly: {shape:?}");
        assert_eq!(plain, parser, "{shape:?}");
    }
}

#[test]
fn lines_that_are_not_plain_go_to_the_parser() {
    for shape in [
        // Before any header: a root key, which a run does not hold.
        "id = \"p\"\n[[people]]\n",
        "[[people]]\nid = \"a\\\"b\"\n",
        "[[people]]\nid = \"\"\"multi\nline\"\"\"\n",
        "[[people]]\nid = '''multi'''\n",
        "[[people]]\nid = \"\"\"\"\n",
        "[[people]]\nsessions = [\n\"a\",\n]\n",
        "[[people]]\nname = {\nen = \"a\" }\n",
        "[[people]]\nname = { en = \"a\", }\n",
        "[[people]]\n\"quoted\" = 1\n",
        "[[people]]\na.b = 1\n",
        "[[ people ]]\nid = \"p\"\n",
        "[[people]]\nid = \"p\"\nid = \"q\"\n",
        "[[people]]\nname = { en = \"a\", en = \"b\" }\n",
        "[[people]]\nid = \"a\rb\"\n",
        "[[people]]\nid = \"p\"\r",
        "[[people]]\nid = \"bell\u{7}\"\n",
        "[[people]]\n# del \u{7f}\n",
        "[[people]]\nat = 1979-05-27 07:32:00\n",
        "[[people]]\nn = 01\n",
        "[[people]]\nid = \"p\" trailing\n",
        "[[people]]\nid =\n",
        "[[people]]\nx = [[[[[\"deep\"]]]]]\n",
        "[people]\nid = \"p\"\n",
    ] {
        let (text, range) = in_file(shape);
        assert!(run(&text, range).is_none(), "read plainly: {shape:?}");
    }
}

#[test]
fn an_archive_edition_is_read_plainly() {
    // The shape of `cargo run --example generate`, which the series of a large folder
    // reads fifty times.
    let mut body = String::new();
    for n in 0..200 {
        body.push_str(&format!(
            "[[people]]\nid = \"person-{n}\"\nname = {{ en = \"Person {n}\", ja = \"人物{n}\" }}\n\
             org = \"org-{n}\"\nrole = {{ en = \"Chief executive\", ja = \"最高経営責任者\" }}\n\
             sessions = [\"s{n}\"]\nsources = [\"src\"]\n"
        ));
    }
    let (text, range) = in_file(&body);
    let (plain, parser) = both(&text, range);
    assert!(plain.is_some());
    assert_eq!(plain, parser);
}

/// Every run of every built-in and fixture file: where the plain reader reads it, it
/// reads what the parser does.
#[test]
fn every_run_of_the_content_and_fixtures_agrees_with_the_parser() {
    let mut read = 0;
    for (path, text) in super::super::tests::edition_files() {
        let Some(parts) = super::super::parts::Parts::of(&text) else {
            continue;
        };
        for range in parts.ranges() {
            let (plain, parser) = both(&text, range.clone());
            read += usize::from(plain.is_some());
            if plain.is_some() {
                assert_eq!(plain, parser, "{} {range:?}", path.display());
            }
        }
    }
    assert!(read > 20, "few runs read plainly: {read}");
}

/// A line of a run, mostly plain, sometimes not.
fn line() -> impl Strategy<Value = String> {
    let key = "[a-z_-]{1,6}|\"[a-z]{1,3}\"|[a-z]{1,2}\\.[a-z]{1,2}";
    let string = "\"[ -!#-\\[\\]-~あ人\\\\\t\u{7}]{0,8}\"|'[ -&(-~人]{0,6}'|\"\"\"x\"\"\"";
    let scalar = "true|false|-?[0-9_]{1,5}|[0-9]{1,3}\\.[0-9]{0,2}|0x[0-9a-f]{1,3}|2014-11-1[0-9]|inf|nan|01";
    let value = prop_oneof![
        4 => string.prop_map(String::from),
        2 => scalar.prop_map(String::from),
        1 => prop::collection::vec(string, 0..4).prop_map(|items| format!("[{}]", items.join(", "))),
        1 => prop::collection::vec(string, 0..4).prop_map(|items| format!("[ {} ,]", items.join(" ,"))),
        1 => prop::collection::vec(("[a-z]{1,2}", string), 0..3).prop_map(|pairs| {
            let pairs: Vec<String> = pairs.iter().map(|(k, v)| format!("{k} = {v}")).collect();
            format!("{{ {} }}", pairs.join(", "))
        }),
    ];
    prop_oneof![
        6 => (key, "[ \t]{0,2}", value, "( # [a-z人]{0,4})?", "\n|\r\n|\r|")
            .prop_map(|(k, space, v, comment, end)| format!("{k}{space}={space}{v}{comment}{end}")),
        1 => "\\[\\[[a-z]{1,3}\\]\\]( #x)?\n|\\[[a-z]{1,3}\\]\n|\\[\\[ [a-z]{1,3} \\]\\]\n",
        1 => "[ \t]{0,2}(#[ -~\u{7f}]{0,6})?\n",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_run_read_plainly_is_read_as_the_parser_reads_it(
        lines in prop::collection::vec(line(), 0..12),
        first in "\\[\\[[a-z]{1,3}\\]\\]\n|",
    ) {
        let body = format!("{first}{}", lines.concat());
        let (text, range) = in_file(&body);
        prop_assert!(agrees(&text, range), "{body:?}");
    }
}
