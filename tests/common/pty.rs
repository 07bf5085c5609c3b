//! A pseudo-terminal running the real binary, read through a vt100 screen model that
//! answers the start-up probe the way a terminal does. Shared by the end-to-end tests.

#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

pub struct Pty {
    pub writer: File,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote to the terminal.
    pub raw: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    /// Starts `confer args` in a `cols` x `rows` pseudo-terminal.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> (Pty, std::process::Child) {
        Pty::spawn_with(args, cols, rows, &[])
    }

    pub fn spawn_with(
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> (Pty, std::process::Child) {
        Pty::spawn_sized(args, (cols, rows), (cols, rows), env)
    }

    /// As `spawn_with`, the terminal telling the program it is `told` (columns, rows) while
    /// the screen model is `cols` x `rows`: a size too large to model stays the program's
    /// own claim, and what it draws is read in the model's top left corner.
    pub fn spawn_sized(
        args: &[&str],
        (cols, rows): (u16, u16),
        told: (u16, u16),
        env: &[(&str, &str)],
    ) -> (Pty, std::process::Child) {
        let (master, child) = spawn_bare(args, told, env, |_| {});
        Pty::around(master, child, cols, rows)
    }

    /// As `spawn_with`, running `program` (confer through a wrapper such as setpriv).
    pub fn spawn_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> (Pty, std::process::Child) {
        let (master, child) = spawn_bare_of(program, args, (cols, rows), env, |_| {});
        Pty::around(master, child, cols, rows)
    }

    /// Reads what the program writes to `master` into a screen model of `cols` x `rows`.
    pub fn around(
        master: File,
        child: std::process::Child,
        cols: u16,
        rows: u16,
    ) -> (Pty, std::process::Child) {
        let writer = master.try_clone().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let model = Arc::clone(&screen);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&raw);
        let mut answer = writer.try_clone().unwrap();
        std::thread::spawn(move || {
            let mut master = master;
            let mut buf = [0u8; 4096];
            while let Ok(n) = master.read(&mut buf) {
                if n == 0 {
                    break;
                }
                record.lock().unwrap().extend_from_slice(&buf[..n]);
                // Answer cursor position requests as a terminal would, from the model.
                let mut rest = &buf[..n];
                while let Some(at) = rest.windows(4).position(|w| w == b"\x1b[6n") {
                    let mut parser = model.lock().unwrap();
                    parser.process(&rest[..at]);
                    let (row, col) = parser.screen().cursor_position();
                    let _ = answer.write_all(format!("\x1b[{};{}R", row + 1, col + 1).as_bytes());
                    rest = &rest[at + 4..];
                }
                model.lock().unwrap().process(rest);
            }
        });
        (
            Pty {
                writer,
                screen,
                raw,
            },
            child,
        )
    }

    /// Resizes the terminal to `cols` x `rows`, the model with it, and tells `child` as a
    /// terminal tells its foreground programs (SIGWINCH: `child` has no controlling
    /// terminal for the kernel to tell).
    pub fn resize(&self, child: &std::process::Child, cols: u16, rows: u16) {
        let size = Winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&self.writer, size).unwrap();
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        rustix::process::kill_process(
            rustix::process::Pid::from_child(child),
            rustix::process::Signal::WINCH,
        )
        .unwrap();
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits (up to five seconds) for the screen to show `text`.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let shown = self.contents();
            if shown.contains(text) {
                return shown;
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "no {text:?} on the screen:\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Starts `confer args` on a new pseudo-terminal of `(cols, rows)`, the command adjusted by
/// `adjust` first; returns the terminal's master end, held by no one else, so that dropping
/// it hangs the terminal up as closing a window does.
pub fn spawn_bare(
    args: &[&str],
    size: (u16, u16),
    env: &[(&str, &str)],
    adjust: impl FnOnce(&mut Command),
) -> (File, std::process::Child) {
    spawn_bare_of(env!("CARGO_BIN_EXE_confer"), args, size, env, adjust)
}

/// As `spawn_bare`, running `program` (confer through a wrapper such as setpriv).
pub fn spawn_bare_of(
    program: &str,
    args: &[&str],
    (cols, rows): (u16, u16),
    env: &[(&str, &str)],
    adjust: impl FnOnce(&mut Command),
) -> (File, std::process::Child) {
    // Close-on-exec: a program another test starts meanwhile must not hold this terminal open.
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let size = Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    tcsetwinsize(&master, size).unwrap();
    let slave_path = ptsname(&master, Vec::new()).unwrap();
    let slave = File::options()
        .read(true)
        .write(true)
        .open(slave_path.to_str().unwrap())
        .unwrap();
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TERM", "xterm-256color")
        .env_remove("CONFER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .env("LANG", "C.UTF-8")
        .env_remove("TMUX")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    adjust(&mut command);
    let child = command.spawn().unwrap();
    (File::from(master), child)
}

/// Reads the master end of a terminal (as `spawn_bare` gives it) into a screen model of
/// `(cols, rows)` until it shows `text`, answering cursor position requests as a terminal
/// at the top left would; at most five seconds.
pub fn read_until(master: &mut File, (cols, rows): (u16, u16), text: &str) {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let start = Instant::now();
    let mut screen = vt100::Parser::new(rows, cols, 0);
    let mut buf = [0u8; 4096];
    while !screen.screen().contents().contains(text) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no {text:?} on the screen:\n{}",
            screen.screen().contents()
        );
        let mut fds = [PollFd::new(&*master, PollFlags::IN)];
        let wait = Timespec {
            tv_sec: 0,
            tv_nsec: 100_000_000,
        };
        if poll(&mut fds, Some(&wait)).unwrap() == 0 {
            continue;
        }
        let n = master.read(&mut buf).unwrap();
        for _ in 0..buf[..n].windows(4).filter(|w| w == b"\x1b[6n").count() {
            master.write_all(b"\x1b[1;1R").unwrap();
        }
        screen.process(&buf[..n]);
    }
}

/// Reads the master end of a terminal until the program has written nothing for a quarter
/// of a second (at most five seconds): it is idle, waiting for keys.
pub fn read_until_idle(master: &mut File) {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while start.elapsed() < Duration::from_secs(5) {
        let mut fds = [PollFd::new(&*master, PollFlags::IN)];
        let quiet = Timespec {
            tv_sec: 0,
            tv_nsec: 250_000_000,
        };
        if poll(&mut fds, Some(&quiet)).unwrap() == 0 {
            return;
        }
        let _ = master.read(&mut buf).unwrap();
    }
}

/// Waits up to `seconds` for the program to exit, and kills it if it has not: a test that
/// fails leaves nothing running.
pub fn exit_within(child: &mut std::process::Child, seconds: u64) -> Option<i32> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(seconds) {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status.code().unwrap_or(-1));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// Whether the terminal's line discipline reads lines and echoes them, as a shell expects
/// it (not raw).
pub fn cooked(master: &File) -> bool {
    use rustix::termios::{LocalModes, tcgetattr};
    // On a pseudo-terminal's master, the attributes are the terminal's (the slave's).
    let modes = tcgetattr(master).unwrap().local_modes;
    modes.contains(LocalModes::ICANON | LocalModes::ECHO)
}

/// The program's peak resident memory, in kilobytes (Linux).
pub fn peak_memory_kb(child: &std::process::Child) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

pub fn wait_exit(child: &mut std::process::Child) -> i32 {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the explorer did not quit"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
