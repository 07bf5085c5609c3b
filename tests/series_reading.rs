//! A series is read on two threads ahead of the model, which takes its editions in date
//! order: the model is the one its editions read whole one after another make, the editions
//! already read (those the explorer shows) taken as they are, and one that does not read
//! left out in its place.

#[path = "../benches/support/generate.rs"]
mod generate;

use confer::content::{ContentLocation, EditionId, Library, Pace};

fn id(stem: &str) -> EditionId {
    EditionId {
        series: "series-0".into(),
        stem: stem.into(),
    }
}

#[test]
fn the_series_read_on_two_threads_is_its_editions_read_one_after_another() {
    let dir = tempfile::tempdir().unwrap();
    // Large enough (about 50 kB an edition) to be read on two threads.
    generate::generate(dir.path(), 1, 8, 400).unwrap();
    let broken = dir.path().join("series-0").join("2005.toml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(
        &broken,
        text.replacen("[[notes]]\nid", "[[notes]]\nnmae = 1\nid", 1),
    )
    .unwrap();
    let location = ContentLocation::Folder(dir.path().into());

    // Every edition read whole, one at a time, then the model of those that read.
    let mut whole = Library::open(&location);
    let every: Vec<EditionId> = (2000..2008).map(|year| id(&year.to_string())).collect();
    let errors = whole.read_at(&every, Pace::OneAtATime);
    assert_eq!(errors.len(), 1, "2005 does not read");
    let expected = confer::series::build(&whole.content.series[0]);
    assert_eq!(expected.columns.len(), 7);

    // The series of a library that has read two of them, as the explorer shows them.
    let mut shown = Library::open(&location);
    assert!(shown.read(&[id("2001"), id("2006")]).is_empty());
    let read = confer::series::read(&shown, "series-0", &mut |_, _| ()).expect("the series");
    assert_eq!(read.left_out, [id("2005")]);
    assert_eq!(format!("{:?}", read.model), format!("{expected:?}"));
}
