//! The talk's clock as every screen writes it, the audience's and the presenter's alike, so
//! that the two never read differently across the room.

use std::time::Duration;

use crate::i18n::Lang;

/// Time since the talk started: "経過 12:05" / "12:05 elapsed", hours only once there are
/// any ("1:02:05").
pub fn elapsed(since_start: Duration, lang: Lang) -> String {
    let secs = since_start.as_secs();
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    let time = if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    };
    (lang.words().slides.elapsed)(&time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_then_hours() {
        let at = |secs| elapsed(Duration::from_secs(secs), Lang::En);
        assert_eq!(at(8), "0:08 elapsed");
        assert_eq!(at(72), "1:12 elapsed");
        assert_eq!(at(3725), "1:02:05 elapsed");
        assert_eq!(elapsed(Duration::from_secs(725), Lang::Ja), "経過 12:05");
    }
}
