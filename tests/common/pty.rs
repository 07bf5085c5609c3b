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
        Pty::spawn_program(env!("CARGO_BIN_EXE_confer"), args, cols, rows, env)
    }

    /// As `spawn_with`, running `program` (confer through a wrapper such as setpriv).
    pub fn spawn_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> (Pty, std::process::Child) {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
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
        let child = Command::new(program)
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
            .stderr(Stdio::from(slave))
            .spawn()
            .unwrap();
        let master = File::from(master);
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
