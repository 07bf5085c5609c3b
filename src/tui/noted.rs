//! Signals caught by a handler that only notes them and wakes the thread that answers
//! them. signal-hook's iterator works the same way, but registers each signal in a registry
//! it copies whole at every registration: catching the forty-odd signals that end the
//! process took some 600,000 instructions and 134 system calls, before the first frame.
//! Here each costs one `sigaction`.

use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::os::raw::c_int;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// One flag per signal number: Linux numbers them up to 64 (SIGRTMAX), the BSDs lower.
const FLAGS: usize = 65;

/// Which signals came since the answering thread last looked.
static NOTED: [AtomicBool; FLAGS] = [const { AtomicBool::new(false) }; FLAGS];

/// The sending end of the socket that wakes the answering thread (-1 before `catch`).
static WAKE: AtomicI32 = AtomicI32::new(-1);

/// The handler: async-signal-safe calls only (atomics and `send`), and `errno` left as the
/// interrupted code had it.
extern "C" fn note(signal: c_int) {
    let errno = errno::get();
    if let Some(flag) = usize::try_from(signal).ok().and_then(|s| NOTED.get(s)) {
        flag.store(true, Ordering::SeqCst);
    }
    let wake = WAKE.load(Ordering::SeqCst);
    if wake >= 0 {
        // SAFETY: one byte from a live buffer; never blocks. A full socket already wakes
        // the thread, so a byte not sent is not missed.
        unsafe {
            libc::send(
                wake,
                [1u8].as_ptr().cast(),
                1,
                libc::MSG_DONTWAIT | MSG_NOSIGNAL,
            );
        }
    }
    errno::set(errno);
}

#[cfg(any(target_os = "linux", target_os = "android"))]
const MSG_NOSIGNAL: c_int = libc::MSG_NOSIGNAL;
/// Elsewhere a closed socket raises SIGPIPE, which Rust ignores from the start.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const MSG_NOSIGNAL: c_int = 0;

/// The signals caught, until dropped (their previous actions are put back then).
pub struct Noted {
    wake: UnixStream,
    /// Never closed: a handler on another thread may have read `WAKE` just before `drop`
    /// cleared it, and a closed descriptor's number can be given to the next file opened,
    /// which would then get its byte. One descriptor, once per explorer.
    _send: std::mem::ManuallyDrop<UnixStream>,
    previous: Vec<(c_int, libc::sigaction)>,
}

/// Catches `signals` from now on. Signals that come before anyone waits are kept. One
/// `Noted` at a time (the explorer's): a second takes the wake-up over.
pub fn catch(signals: &[c_int]) -> io::Result<Noted> {
    let (wake, send) = UnixStream::pair()?;
    WAKE.store(send.as_raw_fd(), Ordering::SeqCst);
    let mut noted = Noted {
        wake,
        _send: std::mem::ManuallyDrop::new(send),
        previous: Vec::with_capacity(signals.len()),
    };
    for &signal in signals {
        if usize::try_from(signal).map_or(true, |s| s >= FLAGS) {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: a zeroed `sigaction` is valid; the handler is async-signal-safe (above)
        // and `previous` is filled by the kernel before it is read.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = note as extern "C" fn(c_int) as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            let mut previous: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(signal, &action, &mut previous) != 0 {
                return Err(io::Error::last_os_error());
            }
            noted.previous.push((signal, previous));
        }
    }
    Ok(noted)
}

impl Noted {
    /// Waits until at least one signal has come, and returns those that came, each once.
    /// `None` when waiting is no longer possible.
    pub fn wait(&mut self) -> Option<Vec<c_int>> {
        let mut buf = [0u8; 64];
        loop {
            match self.wake.read(&mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
            let came: Vec<c_int> = self
                .previous
                .iter()
                .map(|&(signal, _)| signal)
                .filter(|&signal| {
                    usize::try_from(signal)
                        .ok()
                        .and_then(|s| NOTED.get(s))
                        .is_some_and(|flag| flag.swap(false, Ordering::SeqCst))
                })
                .collect();
            if !came.is_empty() {
                return Some(came);
            }
        }
    }
}

impl Drop for Noted {
    fn drop(&mut self) {
        for (signal, previous) in &self.previous {
            // SAFETY: puts back the action the kernel gave for this signal.
            unsafe {
                libc::sigaction(*signal, previous, std::ptr::null_mut());
            }
        }
        WAKE.store(-1, Ordering::SeqCst);
    }
}

/// `errno`, kept across the handler: the code it interrupted may be about to read it.
mod errno {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    use libc::__errno_location as location;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    use libc::__error as location;

    pub fn get() -> libc::c_int {
        // SAFETY: the calling thread's own errno, always a valid pointer.
        unsafe { *location() }
    }

    pub fn set(value: libc::c_int) {
        // SAFETY: as in `get`.
        unsafe { *location() = value }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_is_noted_once_and_its_action_put_back_after() {
        let mut noted = catch(&[libc::SIGUSR2]).unwrap();
        // SAFETY: raising a signal this process catches.
        unsafe { libc::raise(libc::SIGUSR2) };
        assert_eq!(noted.wait(), Some(vec![libc::SIGUSR2]));
        drop(noted);
        let mut now = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
        // SAFETY: reads the current action only.
        unsafe { libc::sigaction(libc::SIGUSR2, std::ptr::null(), now.as_mut_ptr()) };
        // SAFETY: zeroed or filled by the kernel.
        assert_eq!(unsafe { now.assume_init() }.sa_sigaction, libc::SIG_DFL);
    }
}
