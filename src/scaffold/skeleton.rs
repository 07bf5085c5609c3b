//! The commented skeletons `confer new` writes: an edition file and a series file whose
//! required keys hold placeholders and whose optional ones are examples commented out.

use super::Target;

/// The edition file. Required keys are live with placeholders that read as such; everything
/// optional is an example commented out as `#key = value` (no space after `#`), so that
/// removing the `#` gives valid content. Explanations are `# ` comments.
pub fn edition_skeleton(target: &Target, year: u16) -> String {
    EDITION
        .replace("@SERIES@", &target.series)
        .replace("@STEM@", &target.stem)
        .replace("@YEAR@", &format!("{year:04}"))
}

/// The series file, on the same conventions as the edition file.
pub fn series_skeleton(series: &str) -> String {
    SERIES.replace("@SERIES@", series)
}

const EDITION: &str = r#"#:schema ../.confer/edition.schema.json
# An edition of the series '@SERIES@'. Its id is @SERIES@/@STEM@: the folder, then this file's stem.
# Replace the placeholders, remove the '#' before the examples you need, and run
# `confer check` after each change: it names every problem with its line and column.
#
# The rules of the format, in brief:
# - Text is a plain string, or a table of language tag to string, one entry or more:
#   { en = "Opening ceremony", ja = "開幕式" }. Readers see their language, else en, else ja.
# - Ids (and the series folder and file stems) are lowercase letters, digits and '-',
#   starting with a letter or digit: "jack-ma". The same id in two editions is the same
#   person, organization or topic, which is how editions are compared.
# - Every fact needs its sources: `sources = [...]` lists ids of [[sources]] in this file
#   or in series.toml. Figures, people, outcomes, timeline and notes without sources are
#   warned about.
# - Keys not in the format are errors, so keep the names as they are.
format = 1  # the version of the format; 1 is the only one

[edition]
name = { en = "Name of the edition", ja = "回の名前" }  # required: its full name
#label = { en = "@YEAR@ City", ja = "@YEAR@ 開催地" }  # a short label for pane titles
year = @YEAR@  # required
start = @YEAR@-01-01  # required: the first day, a date written YYYY-MM-DD without quotes
end = @YEAR@-01-01  # required: the last day, on or after start
place = { en = "City, Country", ja = "開催地" }  # required: where it was held
#theme = { en = "Its official theme" }
#summary = { en = "A paragraph: what happened, and why it mattered." }
#sources = ["source-id"]  # the sources of the facts above

# ── Coverage: how complete a list is ──────────────────────────────────────────────
# A list without a [coverage.KIND] table claims nothing either way. With complete = false
# every view says the list is partial, and what it lacks is "not listed", never "absent".
# KIND is people, orgs, sessions, outcomes or timeline.
#[coverage.people]
#complete = false  # required in the table: true means every one is listed
#total = 100  # how many there were in all: not below the number listed, equal if complete
#note = { en = "What the list covers: the speakers named in the press" }

# ── Figures: numbers compared across editions ─────────────────────────────────────
#[[figures]]
#key = "participants"  # required, an id: one key is one measure, paired across editions
# and series; the well-known keys: participants, countries, days, sessions, forums,
# speakers, exhibitors, media
#label = { en = "Participants", ja = "参加者" }  # required
#value = 1000  # required: an integer or a decimal
#approx = "about"  # "exact" (the default), "about", "over" or "under"
#unit = { en = "people", ja = "人" }  # keep the same unit for the same key in every edition
#basis = { en = "on site and online together", ja = "会場とオンラインの合計" }  # only where this edition counted differently: no change is shown across bases
#note = { en = "Where the sources disagree, both" }
#sources = ["source-id"]

# ── Organizations named in this edition (those of every edition go in series.toml) ──
#[[orgs]]
#id = "org-id"  # required
#name = { en = "Name of the organization", ja = "組織の名前" }  # required
#kind = "company"  # "company", "government", "intl-org", "academia", "media", "civil-society" or "other"
#country = "JP"  # ISO 3166-1 alpha-2, uppercase

# ── People: speakers and other notable participants ──────────────────────────────
#[[people]]
#id = "person-id"  # required
#name = { en = "Name of the person", ja = "人の名前" }  # required: the same in every edition
#org = "org-id"  # an organization of this edition or of the series
#role = { en = "Role at this edition", ja = "この回での役職" }
#country = "JP"
#sessions = ["session-id"]  # the sessions they took part in
#note = { en = "Anything worth knowing" }
#sources = ["source-id"]

# ── Sessions: the programme ───────────────────────────────────────────────────────
#[[sessions]]
#id = "session-id"  # required
#day = 1  # required: 1 is the first day
#title = { en = "Title of the session", ja = "セッションの名前" }  # required
#kind = "forum"  # "ceremony", "forum", "panel", "dialogue", "exhibition", "closed-door" or "other"
#topics = ["topic-id"]
#highlight = true  # marked as notable by the source; false by default
#note = { en = "Anything worth knowing" }
#sources = ["source-id"]

# ── Topics: what the edition was about, matched across editions by id ────────────
#[[topics]]
#id = "topic-id"  # required
#label = { en = "Name of the topic", ja = "トピックの名前" }  # required
#weight = 2  # 1 (mentioned) to 3 (central); 1 by default
#note = { en = "How it came up" }
# A topic of series.toml is taken up by its id alone, with this edition's weight:
# [[topics]]
# id = "series-topic-id"
# weight = 3

# ── Outcomes: declarations, reports, awards, initiatives ─────────────────────────
#[[outcomes]]
#id = "outcome-id"  # required
#kind = "declaration"  # "declaration", "report", "award", "initiative", "agreement", "exhibition" or "other"
#title = { en = "Title of the outcome", ja = "成果の名前" }  # required
#status = "adopted"  # "adopted", "published", "announced", "proposed", "withdrawn" or "other"
#date = "@YEAR@-01"  # a partial date, quoted: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
#detail = { en = "What it says or does" }
#topics = ["topic-id"]
#sources = ["source-id"]

# ── Timeline: events around the edition, for context ─────────────────────────────
#[[timeline]]
#date = "@YEAR@"  # required: a partial date
#title = { en = "What happened", ja = "出来事" }  # required
#place = { en = "Where it happened" }
#topics = ["topic-id"]
#sources = ["source-id"]

# ── Notes: commentary, such as an analysis, a regional lens or a quote ──────────
#[[notes]]
#id = "note-id"  # required
#title = { en = "Title of the note", ja = "ノートの題" }  # required
#body = { en = "The note itself, a paragraph or more." }  # required
#topic = "topic-id"  # the topic it is grouped under
#sources = ["source-id"]

# ── Sources: where the facts come from ──────────────────────────────────────────
# Cite one by its id in `sources = [...]`. Sources that every edition cites can go in
# series.toml instead; an id may not be used in both.
#[[sources]]
#id = "source-id"  # required
#title = { en = "Title of the article, report or page" }  # required
#author = "Name of the author"
#publisher = { en = "Name of the publisher" }
#date = "@YEAR@-01-01"  # a partial date
#kind = "article"  # "article", "slides", "report", "web", "book" or "other"
#url = "https://example.org/"
"#;

const SERIES: &str = r#"#:schema ../.confer/series.schema.json
# The series '@SERIES@': its name, and the organizations, topics and sources that its
# editions share. Each edition is a file beside this one; `confer new @SERIES@/STEM` starts one.
# Replace the placeholders, remove the '#' before the examples you need, and run
# `confer check`.
#
# Text is a plain string or a table of language tag to string ({ en = "…", ja = "…" });
# ids are lowercase letters, digits and '-'; every fact needs its sources. The format
# allows no other keys than these.
format = 1  # the version of the format; 1 is the only one

[series]
name = { en = "Name of the series", ja = "シリーズの名前" }  # required
#organizer = { en = "Who organizes it" }
#about = { en = "A paragraph on the series: since when, where, on what." }
#sources = ["shared-source-id"]  # the sources of the facts above

# ── Shared by every edition ─────────────────────────────────────────────────────
# An edition refers to these by id as to its own, and may not define the same id again.
#[[orgs]]
#id = "shared-org-id"  # required
#name = { en = "Name of the organization", ja = "組織の名前" }  # required
#kind = "government"  # "company", "government", "intl-org", "academia", "media", "civil-society" or "other"
#country = "JP"  # ISO 3166-1 alpha-2, uppercase

#[[topics]]
#id = "shared-topic-id"  # required
#label = { en = "Name of the topic", ja = "トピックの名前" }  # required
#weight = 1  # 1 (mentioned) to 3 (central); 1 by default

#[[sources]]
#id = "shared-source-id"  # required
#title = { en = "Title of the article, report or page" }  # required
#publisher = { en = "Name of the publisher" }
#kind = "web"  # "article", "slides", "report", "web", "book" or "other"
#url = "https://example.org/"
"#;
