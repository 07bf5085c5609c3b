//! Where a command's output goes, and what its failure means: standard output written whole
//! (exit 1 with a message when it cannot be), and files written whole or not left behind.
//!
//! A reader that goes away early (`confer print | head -1`) is not a failure: as every Unix
//! tool, confer then stops quietly with the exit code it had. Rust ignores SIGPIPE, so the
//! closed pipe comes back as an error from the write, told apart here from a real one (a full
//! disk, a file system gone read-only), which must never pass silently: the data would be cut.

use std::io::{self, ErrorKind, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::OnceLock;

use crate::i18n::Lang;

/// `eprintln!`, without its panic when standard error cannot be written (`2>/dev/full`):
/// a message nobody can read is no reason to end with exit 101 instead of the command's code.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
pub(crate) use say;

/// Writes `bytes` to standard output and returns `code`; when the write fails, says why on
/// standard error and returns 1 instead. A closed pipe keeps `code`, and says nothing.
pub fn stdout_then(bytes: &[u8], code: ExitCode) -> ExitCode {
    let mut stdout = io::stdout().lock();
    let written = stdout.write_all(bytes).and_then(|()| stdout.flush());
    checked(written, code)
}

/// The language the failure of standard output is said in: set once the command line is
/// read. A process-wide setting because that failure is said deep in every command's
/// output, far from the settings; English until set.
static LANG: OnceLock<Lang> = OnceLock::new();

/// Says the failures of standard output in `lang` from now on.
pub fn speak(lang: Lang) {
    let _ = LANG.set(lang);
}

/// `code` when standard output was written (or its reader left), else 1, said.
fn checked(written: io::Result<()>, code: ExitCode) -> ExitCode {
    let lang = LANG.get().copied().unwrap_or(Lang::En);
    match failure(written, lang) {
        None => code,
        Some(message) => {
            // Not `eprintln!`, which panics when standard error fails too.
            let _ = writeln!(io::stderr(), "confer: {message}");
            ExitCode::from(1)
        }
    }
}

/// Writes `bytes` to standard output: exit 0, or 1 with a message (see [`stdout_then`]).
pub fn stdout(bytes: &[u8]) -> ExitCode {
    stdout_then(bytes, ExitCode::SUCCESS)
}

/// What clap had to say instead of a command line: a usage error on standard error (exit 2),
/// or `--help` and `--version` on standard output, whose write is checked as a command's is.
/// A usage error is clap's own in English, and said from its parts in another language.
pub fn clap_said(error: &clap::Error, lang: Lang) -> ExitCode {
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    let help_on_stderr =
        error.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if error.use_stderr() && (lang == Lang::En || help_on_stderr) {
        let _ = error.print();
        return code;
    }
    if error.use_stderr() {
        let command = super::lang::command(lang);
        let said = super::said::usage_error(error, lang, &command);
        let _ = write!(io::stderr(), "{said}");
        return code;
    }
    if lang != Lang::En && error.kind() == clap::error::ErrorKind::DisplayHelp {
        // Folded here, as clap folds only at spaces (and keeps its colours, lost here).
        let width = if io::stdout().is_terminal() {
            crossterm::terminal::size().map_or(super::wrap::MAX_WIDTH, |(w, _)| usize::from(w))
        } else {
            super::wrap::MAX_WIDTH
        };
        let help = error.render().to_string();
        let help = super::wrap::wrap(&help, width.min(super::wrap::MAX_WIDTH));
        return stdout_then(help.as_bytes(), code);
    }
    // clap leaves the end of its text in the buffer, for `exit` to flush and forget.
    checked(error.print().and_then(|()| io::stdout().flush()), code)
}

/// What to tell the reader of a write to standard output: nothing when it worked or the
/// reader of a pipe left, else what failed and why (the system's words for why).
fn failure(written: io::Result<()>, lang: Lang) -> Option<String> {
    match written {
        Ok(()) => None,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => None,
        Err(e) => Some((lang.words().cli.messages.stdout_failed)(&e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_no_failure_and_anything_else_is_said() {
        assert_eq!(failure(Ok(()), Lang::En), None);
        let closed = io::Error::from(ErrorKind::BrokenPipe);
        assert_eq!(failure(Err(closed), Lang::En), None);
        let full = io::Error::from_raw_os_error(libc::ENOSPC);
        assert_eq!(
            failure(Err(full), Lang::En).as_deref(),
            Some("could not write to standard output: No space left on device (os error 28)")
        );
        let full = io::Error::from_raw_os_error(libc::ENOSPC);
        assert_eq!(
            failure(Err(full), Lang::Ja).as_deref(),
            Some("標準出力に書き込めませんでした：No space left on device (os error 28)")
        );
    }
}
