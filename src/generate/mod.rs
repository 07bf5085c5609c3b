//! What is generated from the command line's own definition: the shells' completion
//! registration, the man pages and the keys listed in `--help`, so that none of them can
//! drift from the options confer really takes or the keys it really reads.

pub mod keys;
pub mod man;
mod synopsis;

use std::ffi::OsString;
use std::path::PathBuf;

use clap_complete::Shell;
use clap_complete::env::Shells;

/// The variable the registration scripts set when they ask confer for completions, as
/// clap_complete names it (`COMPLETE=bash confer -- confer print wic/20`).
pub const COMPLETE_VAR: &str = "COMPLETE";

/// Answers a shell asking for completions (`COMPLETE=bash confer -- confer print wic/20`, as
/// the registration scripts run it) and ends the process; returns at once otherwise.
/// `cli` makes confer's command line as clap defines it (`Cli::command`), handed in so that
/// what is generated from the command line does not reach back into it.
pub fn complete_if_asked(cli: fn() -> clap::Command) {
    let asked = std::env::var_os(COMPLETE_VAR).is_some_and(|v| !v.is_empty() && v != "0");
    if !asked {
        return;
    }
    // Whatever goes wrong while completing must not print into the command line being typed
    // (bash's script does not silence it): a panic ends the process quietly, and the shell
    // offers nothing.
    std::panic::set_hook(Box::new(|_| {}));
    clap_complete::CompleteEnv::with_factory(cli)
        .var(COMPLETE_VAR)
        .complete();
}

/// The script that registers confer's completion in `shell`: on each Tab the shell runs
/// confer itself to ask what fits (`main` answers before anything else runs), so that edition
/// and series ids come from the content and the script never goes stale as content changes.
/// Refused with the shell, when clap_complete has no registration for it.
pub fn completions(shell: Shell) -> Result<Vec<u8>, Shell> {
    const SHELLS: Shells<'static> = Shells::builtins();
    // Shell's names are those clap_complete::env knows its shells by.
    let Some(registration) = SHELLS.completer(&shell.to_string()) else {
        return Err(shell);
    };
    let completer = completer_path(std::env::args_os().next(), std::env::current_dir().ok());
    let mut script = Vec::new();
    let written = registration.write_registration(
        COMPLETE_VAR,
        "confer",
        "confer",
        &completer.to_string_lossy(),
        &mut script,
    );
    // Writing into a Vec cannot fail.
    debug_assert!(written.is_ok());
    if shell == Shell::Zsh {
        script.extend_from_slice(ZSH_AUTOLOAD.as_bytes());
    }
    Ok(script)
}

/// Installed on `$fpath` as `_confer`, the zsh script is autoloaded as the function
/// `_confer` on the first Tab, and then only registers the real completer: this makes that
/// first Tab complete too. Sourced instead, `_confer` is not running and it does nothing.
const ZSH_AUTOLOAD: &str =
    "[[ ${funcstack[1]} = _confer ]] && _clap_dynamic_completer_confer \"$@\"\n";

/// The program the script runs to complete: confer as it was started to print the script
/// (`confer`, found on the PATH, or `./target/release/confer` made absolute, so that the
/// script works from any folder), as clap_complete's own registration does it.
fn completer_path(arg0: Option<OsString>, current_dir: Option<PathBuf>) -> PathBuf {
    let program = PathBuf::from(arg0.unwrap_or_else(|| "confer".into()));
    match current_dir {
        Some(dir) if program.components().count() > 1 => dir.join(program),
        _ => program,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_runs_confer_as_it_was_started() {
        let here = Some(PathBuf::from("/home/u"));
        assert_eq!(
            completer_path(Some("confer".into()), here.clone()),
            PathBuf::from("confer")
        );
        assert_eq!(
            completer_path(Some("./target/confer".into()), here.clone()),
            PathBuf::from("/home/u/./target/confer")
        );
        assert_eq!(
            completer_path(Some("/usr/bin/confer".into()), here),
            PathBuf::from("/usr/bin/confer")
        );
    }

    #[test]
    fn every_shell_registers_confer() {
        for shell in [
            Shell::Bash,
            Shell::Elvish,
            Shell::Fish,
            Shell::PowerShell,
            Shell::Zsh,
        ] {
            let script = String::from_utf8(completions(shell).unwrap()).unwrap();
            assert!(script.contains("COMPLETE"), "{shell}: {script}");
            assert!(script.contains("confer"), "{shell}: {script}");
        }
    }
}
