//! Which signals the explorer catches and what each one means for the terminal: those that
//! would end the process restore it first, a stop hands it back to the shell, a continue
//! takes it again.

use std::os::raw::c_int;

use signal_hook::consts::signal::{
    SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGIO, SIGPIPE, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1,
    SIGUSR2, SIGVTALRM, SIGXCPU, SIGXFSZ,
};

/// What a caught signal asks of the explorer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// Restore the terminal and exit, as the signal's default action would have ended the
    /// process.
    End,
    /// Leave the alternate screen and raw mode, then stop for real (Ctrl-Z from a shell that
    /// had the terminal, or `kill -TSTP`).
    Stop,
    /// Take the terminal again and draw everything anew (`fg`, or `kill -CONT`).
    Continue,
}

/// The signals whose default action ends the process and that come from outside it: from
/// `kill`, the terminal, a timer or a resource limit. Not the faults (SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE): a handler that returns runs the faulting instruction again; nor SIGTRAP
/// and SIGSYS, a debugger's and seccomp's, nor SIGABRT, which `abort` follows with a second
/// one before any thread could restore anything (`tty` restores on it in the handler).
fn ending() -> Vec<c_int> {
    let mut signals = vec![
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU, SIGXFSZ,
        SIGVTALRM, SIGPROF, SIGIO,
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        signals.extend([libc::SIGPWR, libc::SIGSTKFLT]);
        // The real-time signals end the process too; those below SIGRTMIN are the C
        // library's own.
        signals.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    signals
}

/// Every signal to catch, with what it means. One that the process was started with
/// ignored stays ignored (`nohup`, a shell's `trap '' USR1`, Rust's own SIGPIPE): it cannot
/// end the process, and catching it would let it. SIGTERM, SIGHUP and SIGINT are always
/// caught, as they always were: the explorer quits cleanly on them whatever its parent set.
pub fn caught() -> Vec<(c_int, Meaning)> {
    let always = [SIGTERM, SIGHUP, SIGINT];
    let mut signals: Vec<_> = ending()
        .into_iter()
        .filter(|s| always.contains(s) || !ignored(*s))
        .map(|s| (s, Meaning::End))
        .collect();
    if !ignored(SIGTSTP) {
        signals.push((SIGTSTP, Meaning::Stop));
    }
    signals.push((SIGCONT, Meaning::Continue));
    signals
}

/// Whether `signal` is ignored in this process (inherited so, or set so at start-up).
fn ignored(signal: c_int) -> bool {
    let mut action = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
    // SAFETY: a null new action only reads the current one into `action`, which is
    // zeroed, so valid, whether or not the call succeeds.
    let read = unsafe { libc::sigaction(signal, std::ptr::null(), action.as_mut_ptr()) };
    // SAFETY: zeroed or filled by the kernel, either a valid `sigaction`.
    read == 0 && unsafe { action.assume_init() }.sa_sigaction == libc::SIG_IGN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ending_signal_is_caught_once_and_a_stop_and_continue_besides() {
        let caught = caught();
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            assert_eq!(
                caught.iter().filter(|(s, _)| *s == signal).count(),
                1,
                "{signal}, caught whatever the parent set"
            );
        }
        // A shell starts a background job with SIGQUIT ignored (and SIGINT, caught anyway):
        // one inherited ignored stays so, every other is caught once.
        for signal in [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU] {
            assert_eq!(
                caught.iter().filter(|(s, _)| *s == signal).count(),
                usize::from(!ignored(signal)),
                "{signal}"
            );
        }
        // The test harness, as Rust does, ignores SIGPIPE: it cannot end this process.
        assert!(!caught.iter().any(|(s, _)| *s == SIGPIPE));
        assert!(caught.contains(&(SIGCONT, Meaning::Continue)));
        let forbidden = signal_hook::consts::FORBIDDEN;
        assert!(caught.iter().all(|(s, _)| !forbidden.contains(s)));
    }
}
