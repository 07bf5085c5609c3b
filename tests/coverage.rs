//! A short list is not an absence: every view says how complete each list is, and an entry
//! that a partial list lacks is "not listed" there, never "only in" the other edition.
//! Drawn from tests/fixtures/coverage: 2019 lists every speaker and session, 2024 some.

use confer::content::Library;
use std::path::PathBuf;

mod common;

use common::{confer, screen};
use confer::compare::{Absence, Which, compare};
use confer::content::{ContentLocation, ListKind, Loaded, load};
use confer::editions::choose;
use confer::i18n::Lang;
use confer::present::{Body, Returned, Slide, content};
use confer::rows::{Row, Section};
use confer::text::Profile;
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;

const FIXTURE: &str = "tests/fixtures/coverage";

fn fixture() -> Loaded {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let loaded = load(&ContentLocation::Folder(path));
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

/// The lines of one printed section, from its heading to the next.
fn section<'a>(printed: &'a str, heading: &str) -> &'a str {
    let start = printed
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in:\n{printed}"));
    let rest = &printed[start + heading.len()..];
    let end = rest.find("\n── ").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn print_says_each_lists_coverage_and_never_only_in_against_a_partial_list() {
    let run = confer(&[
        "--content",
        FIXTURE,
        "print",
        "--section",
        "people",
        "--section",
        "program",
        "--width",
        "200",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people = section(&run.stdout, "── People");
    assert!(
        people.contains("complete: all 3 listed — every speaker of the official programme"),
        "{people}"
    );
    assert!(
        people.contains("partial: 2 of 40 listed — speakers named in the press"),
        "{people}"
    );
    // Ben Lee and Chen Jing are in 2019's complete list and not in 2024's partial one.
    assert!(
        people.contains("Not listed for 2024 Test (partial list)\nBen Lee"),
        "{people}"
    );
    assert!(
        !people.contains("Only in 2019 Test\nBen"),
        "absence from a partial list is no evidence:\n{people}"
    );
    // Dana Kim is missing from 2019's list, which is complete: there "only in" is true.
    assert!(people.contains("Only in 2024 Test\n"), "{people}");

    let program = section(&run.stdout, "── Programme");
    let first = program.lines().nth(1).unwrap_or_default();
    assert!(
        first.contains("complete: all 3 listed") && first.contains("partial: 1 of 12 listed"),
        "coverage beside the lists, first thing under the heading:\n{program}"
    );
    let by_kind = &program[program.find("Sessions by kind").unwrap()..];
    assert!(
        by_kind.contains("partial: 1 of 12 listed — those a report dates"),
        "the count of sessions says its list is partial:\n{by_kind}"
    );
}

#[test]
fn print_in_japanese() {
    let run = confer(&[
        "--content",
        FIXTURE,
        "--lang",
        "ja",
        "print",
        "--section",
        "people",
        "--width",
        "200",
    ]);
    assert!(
        run.stdout
            .contains("掲載は一部（全40人中2人）：報道が名前を挙げた登壇者"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("全3人を掲載：公式プログラムの登壇者すべて"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "2024 テストの一覧には記載なし（一覧は一部のため、不参加とは限らない）\nベン"
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("2019 テストのみ\n陳"),
        "{}",
        run.stdout
    );
}

#[test]
fn markdown_handout_says_it_too() {
    let loaded = fixture();
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let md = confer::print::markdown(
        &compare(left, right),
        &[Section::People, Section::Program],
        Lang::En,
    );
    assert!(
        md.contains("| *complete: all 3 listed — every speaker of the official programme* | *partial: 2 of 40 listed — speakers named in the press* |"),
        "{md}"
    );
    assert!(
        md.contains("### Not listed for 2024 Test (partial list)"),
        "{md}"
    );
    assert!(
        !md.contains("### Only in 2019 Test\n\n| 2019 Test | 2024 Test |\n| --- | --- |\n| Ben")
    );
    assert!(
        md.contains("*partial: 1 of 12 listed — those a report dates*"),
        "{md}"
    );
}

#[test]
fn only_a_complete_list_says_only_in_and_a_list_without_coverage_claims_nothing() {
    let loaded = fixture();
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let c = compare(left, right);
    assert_eq!(
        c.absence(Which::Left, ListKind::People),
        Absence::NotListed { partial: true }
    );
    assert_eq!(c.absence(Which::Right, ListKind::People), Absence::OnlyIn);
    // Neither edition declares its organizations: no claim either way, so what one lacks
    // is "not listed for" it, never "only in" the other.
    assert_eq!(
        c.absence(Which::Left, ListKind::Orgs),
        Absence::NotListed { partial: false }
    );
    assert_eq!(c.listed(Which::Right, ListKind::People), 2);
    let printed = confer(&[
        "--content",
        FIXTURE,
        "print",
        "--section",
        "people",
        "--width",
        "100",
    ])
    .stdout;
    assert!(
        printed.contains("Organizations: Not listed for 2024 Test\nOld Co"),
        "{printed}"
    );
    assert!(
        !printed.contains("Organizations\n"),
        "no coverage row for orgs:\n{printed}"
    );
}

fn explorer(lang: Lang) -> App {
    App::new(
        Library::of(fixture().content),
        0,
        1,
        lang,
        Profile::default(),
        Theme::Mono,
        (120, 40),
    )
}

#[test]
fn explorer_panes_and_detail_say_it() {
    let mut app = explorer(Lang::En);
    app.update(Action::Section(Section::People));
    let shown = screen(&app);
    assert!(
        shown.contains("partial: 2 of 40 listed — speakers named in the press"),
        "{shown}"
    );
    assert!(shown.contains("complete: all 3 listed"), "{shown}");
    assert!(
        shown.contains("Not listed for 2024 Test (partial list)"),
        "{shown}"
    );
    assert!(
        !shown.contains("│Only in 2019 Test "),
        "people: 2024's list is partial\n{shown}"
    );

    // Aiko (in both), then Ben: in 2019 only, and 2024's list is partial.
    app.update(Action::Down);
    app.update(Action::Open);
    let detail = screen(&app);
    assert!(detail.contains("Ben Lee"), "{detail}");
    assert!(
        detail.contains("Not listed for 2024 Test (partial list)"),
        "the empty side of the detail says what its absence means:\n{detail}"
    );
    assert!(
        detail.contains("partial: 2 of 40 listed"),
        "and how complete that list is:\n{detail}"
    );
    app.update(Action::Close);

    let mut ja = explorer(Lang::Ja);
    ja.update(Action::Section(Section::Program));
    let shown = screen(&ja);
    assert!(
        shown.contains("掲載は一部（全12件中1件）：日付の分かるもの"),
        "{shown}"
    );
}

#[test]
fn slides_keep_the_coverage_beside_their_lists() {
    let loaded = fixture();
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let c = compare(left, right);
    let texts = |slide: Slide| -> String {
        let (_, body) = content(
            &slide,
            &c,
            confer::present::SeriesModels::default(),
            None,
            Lang::En,
        );
        let (Body::Rows(rows) | Body::Paired(rows)) = body else {
            panic!("{slide:?} has rows")
        };
        rows.iter()
            .filter_map(Row::cells)
            .flat_map(|(l, r)| l.iter().chain(r))
            .map(|p| p.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let people = texts(Slide::People(Returned::PeopleAndOrgs));
    assert!(people.contains("partial: 2 of 40 listed"), "{people}");
    // The programme slide says its count once, with how complete the list is.
    let program = texts(Slide::Program);
    assert!(program.contains("1 of 12 sessions listed"), "{program}");
}

/// The built-in comparison: its lists declare their coverage, and no people heading says
/// "only in" against a partial list, in either language.
#[test]
fn built_in_people_never_only_in_against_a_partial_list() {
    let loaded = load(&ContentLocation::BuiltIn);
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
        let run = confer(&[
            "--lang",
            tag,
            "print",
            "--section",
            "people",
            "--width",
            "200",
        ]);
        let people = run.stdout.split('\n').collect::<Vec<_>>();
        for (present, absent) in [(left, right), (right, left)] {
            let Some(coverage) = absent.edition.coverage(ListKind::People) else {
                continue;
            };
            let label = present.edition.label_or_name().get(tag);
            let only_in = (lang.words().labels.only_in)(label);
            if !coverage.complete {
                assert!(
                    !people.contains(&only_in.as_str()),
                    "{only_in:?} against a partial list:\n{}",
                    run.stdout
                );
            }
        }
        let declared = [left, right]
            .iter()
            .filter(|side| side.edition.coverage(ListKind::People).is_some())
            .count();
        let said = people
            .iter()
            .filter(|line| line.contains("listed") || line.contains("掲載"))
            .count();
        assert!(said >= 1 && declared >= 1, "{}", run.stdout);
    }
}
