//! How long each program takes from being started in a terminal to showing its first
//! screen: spawned in a pseudo-terminal, read through a vt100 screen model, timed until a
//! marker string is on that screen.
//!
//! ```text
//! cargo build --release --examples && cargo run --release --example first_paint -- \
//!     [--runs N] [--size 120x40] [--content DIR] [--bin PATH]
//! ```
//!
//! Compared: confer's explorer on the built-in content (and on `--content DIR` if given,
//! e.g. a folder written by `cargo run --release --example generate -- /tmp/big`), the
//! `minimal_app` example as the floor any ratatui app pays, and presenterm if installed.

use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

/// A run that shows nothing for this long has failed (and its process is killed).
const RUN_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a program may take to leave after `q` before it is killed.
const QUIT_GRACE: Duration = Duration::from_secs(1);
/// Runs per program before measuring: page cache, dynamic loader, CPU frequency.
const WARM_UPS: usize = 3;
/// Where `cargo install --root /tmp/presenterm-root presenterm` puts it.
const PRESENTERM_FALLBACK: &str = "/tmp/presenterm-root/bin/presenterm";

const USAGE: &str = "usage: first_paint [--runs N] [--size COLSxROWS] [--content DIR] [--bin PATH]";

struct Options {
    runs: usize,
    cols: u16,
    rows: u16,
    content: Option<PathBuf>,
    bin: Option<PathBuf>,
}

/// One program to time, and the text that says its first screen is up.
struct Target {
    name: String,
    program: PathBuf,
    args: Vec<OsString>,
    env: Vec<(&'static str, OsString)>,
    marker: &'static str,
}

/// The queries these programs send before their first frame (seen in the bytes each
/// writes; the report lists them per program), and what a VT220-like terminal answers.
/// - confer: `ESC [ 6 n` five times. Four from its width probe (src/text/probe.rs), one
///   after each sample, 100 ms for all of them; the fifth from ratatui's
///   `Terminal::clear` (src/tui/terminal.rs), which saves the cursor position through
///   crossterm's `cursor::position`, waiting up to 2 s for the answer.
/// - the minimal app: nothing; ratatui::init and draw ask the terminal nothing.
/// - presenterm 0.16: two kitty graphics queries (`ESC _ G ... a=q`), then `ESC [ c`,
///   whose answer ends its image protocol probe (without one it sends itself `ESC [ 5 n`
///   after 1 s to wake its reader); then, in the alternate screen, two kitty font-size
///   samples (`ESC ] 66`) and `ESC [ 6 n` through crossterm, 2 s timeout.
///
/// The kitty queries go unanswered, as in a terminal without the kitty protocols; the
/// model draws nothing for `ESC ] 66`, so presenterm finds no font-size support either.
const QUERIES: [Query; 3] = [
    Query {
        name: "ESC[6n",
        bytes: b"\x1b[6n",
        reply: cursor_position,
    },
    Query {
        name: "ESC[c",
        bytes: b"\x1b[c",
        reply: |_| b"\x1b[?62;c".to_vec(),
    },
    Query {
        name: "ESC[5n",
        bytes: b"\x1b[5n",
        reply: |_| b"\x1b[0n".to_vec(),
    },
];

struct Query {
    name: &'static str,
    bytes: &'static [u8],
    /// What a VT220-like terminal answers, given its screen as the query finds it.
    reply: fn(&vt100::Screen) -> Vec<u8>,
}

/// `ESC [ row ; col R`, one-based, from the model: what the probe measures widths with.
fn cursor_position(screen: &vt100::Screen) -> Vec<u8> {
    let (row, col) = screen.cursor_position();
    format!("\x1b[{};{}R", row + 1, col + 1).into_bytes()
}

/// The earliest query in `bytes`: where it starts and which one it is. A query split
/// across two reads would be missed; programs write each query whole, and a pty hands a
/// small write over in one piece.
fn find_query(bytes: &[u8]) -> Option<(usize, usize)> {
    QUERIES
        .iter()
        .enumerate()
        .filter_map(|(index, query)| {
            let at = bytes
                .windows(query.bytes.len())
                .position(|w| w == query.bytes)?;
            Some((at, index))
        })
        .min()
}

/// What the reader thread tells the run.
struct Painted {
    at: Instant,
    /// The queries answered before the marker showed, by name.
    answered: Vec<&'static str>,
}

/// Feeds everything the program writes into a screen model, answering queries on the way,
/// and says when `marker` first shows. Checking after every read, rather than polling
/// with sleeps, makes the time exact to one read. Keeps reading after that so that the
/// program never blocks on a full pty, until the program is gone (EIO); the sender is
/// dropped then, which tells the run the reader is done.
fn read_screen(
    mut master: File,
    mut replies: File,
    (rows, cols): (u16, u16),
    marker: &str,
    painted: Sender<Painted>,
) {
    let mut parser = vt100::Parser::new(rows, cols, 0);
    let mut answered = Vec::new();
    let mut shown = false;
    let mut buf = [0u8; 8192];
    while let Ok(n) = master.read(&mut buf) {
        if n == 0 {
            break;
        }
        let mut rest = &buf[..n];
        while let Some((at, index)) = find_query(rest) {
            parser.process(&rest[..at]);
            let query = &QUERIES[index];
            let _ = replies.write_all(&(query.reply)(parser.screen()));
            answered.push(query.name);
            rest = &rest[at + query.bytes.len()..];
        }
        parser.process(rest);
        if !shown && parser.screen().contents().contains(marker) {
            shown = true;
            let at = Instant::now();
            let answered = std::mem::take(&mut answered);
            let _ = painted.send(Painted { at, answered });
        }
    }
}

/// A pseudo-terminal of the given size: the master, and the slave path the program opens.
fn open_pty(cols: u16, rows: u16) -> std::io::Result<(File, PathBuf)> {
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY)?;
    grantpt(&master)?;
    unlockpt(&master)?;
    let size = Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    tcsetwinsize(&master, size)?;
    let slave = ptsname(&master, Vec::new())?;
    Ok((
        File::from(master),
        PathBuf::from(slave.to_str().unwrap_or_default()),
    ))
}

/// Starts the target with the pty as its standard streams and its controlling terminal,
/// as a terminal emulator does. The controlling terminal matters: crossterm reads the
/// window size from /dev/tty, which without `setsid` + `TIOCSCTTY` would be the terminal
/// the harness runs in (or nothing), not the 120x40 pty.
fn spawn(target: &Target, slave: &Path) -> std::io::Result<Child> {
    let slave = File::options().read(true).write(true).open(slave)?;
    let mut command = Command::new(&target.program);
    command
        .args(&target.args)
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env_remove("TMUX")
        .env_remove("NO_COLOR")
        .env_remove("CONFER_CONFIG")
        .envs(target.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::from(slave.try_clone()?))
        .stdout(Stdio::from(slave.try_clone()?))
        .stderr(Stdio::from(slave));
    // SAFETY: only async-signal-safe system calls between fork and exec; standard input
    // is already the slave when this runs.
    unsafe {
        command.pre_exec(|| {
            rustix::process::setsid()?;
            rustix::process::ioctl_tiocsctty(rustix::stdio::stdin())?;
            Ok(())
        });
    }
    // The command, and with it the parent's copies of the slave, is dropped on return:
    // the master then reads EIO once the program has exited.
    command.spawn()
}

/// One run's result: the time to the marker and the queries answered on the way.
type RunResult = Result<(Duration, Vec<&'static str>), String>;

/// Times one start of `target` up to its marker, then makes it leave.
fn run_once(target: &Target, cols: u16, rows: u16) -> RunResult {
    let (master, slave) = open_pty(cols, rows).map_err(|e| format!("pty: {e}"))?;
    let mut keys = master.try_clone().map_err(|e| e.to_string())?;
    let replies = master.try_clone().map_err(|e| e.to_string())?;
    let (painted, paint) = channel();
    let marker = target.marker;
    // The reader is waiting before the clock starts, so that its start-up is not counted.
    std::thread::spawn(move || read_screen(master, replies, (rows, cols), marker, painted));
    let start = Instant::now();
    let mut child = spawn(target, &slave).map_err(|e| format!("spawn: {e}"))?;
    let result = match paint.recv_timeout(RUN_TIMEOUT) {
        Ok(p) => Ok((p.at - start, p.answered)),
        Err(RecvTimeoutError::Timeout) => Err(format!("no {marker:?} within {RUN_TIMEOUT:?}")),
        Err(RecvTimeoutError::Disconnected) => Err(format!("exited before showing {marker:?}")),
    };
    let _ = keys.write_all(b"q");
    stop(&mut child);
    wait_reader(&paint);
    result
}

/// Waits up to [`QUIT_GRACE`] for the child to leave after `q`, then kills it; reaps it.
fn stop(child: &mut Child) {
    let deadline = Instant::now() + QUIT_GRACE;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Lets the reader drain the program's last output so that it does not overlap the next
/// run; bounded, since a grandchild holding the pty open would keep it reading.
fn wait_reader(paint: &Receiver<Painted>) {
    let deadline = Instant::now() + QUIT_GRACE;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Err(RecvTimeoutError::Disconnected) = paint.recv_timeout(left) {
            return;
        }
    }
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        runs: 30,
        cols: 120,
        rows: 40,
        content: None,
        bin: None,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(flag) = args.next() {
        let flag = flag.to_string_lossy().into_owned();
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--runs" => {
                let runs = value()?.to_string_lossy().parse().map_err(|_| "--runs N")?;
                options.runs = runs;
            }
            "--size" => {
                let size = value()?.to_string_lossy().into_owned();
                let (cols, rows) = size.split_once('x').ok_or("--size COLSxROWS")?;
                options.cols = cols.parse().map_err(|_| "--size COLSxROWS")?;
                options.rows = rows.parse().map_err(|_| "--size COLSxROWS")?;
            }
            "--content" => options.content = Some(value()?.into()),
            "--bin" => options.bin = Some(value()?.into()),
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    if options.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    Ok(options)
}

/// The directory this example was built into (`target/release/examples`): the minimal
/// app is next to it and confer one level up, whatever the target directory is.
fn examples_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    exe.parent().map(Path::to_path_buf).unwrap_or_default()
}

fn find_presenterm() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("presenterm"))
        .chain([PathBuf::from(PRESENTERM_FALLBACK)])
        .find(|p| p.is_file())
}

/// Writes the two-slide deck presenterm shows and an empty config for it.
fn write_presenterm_files(dir: &Path) -> std::io::Result<(PathBuf, PathBuf)> {
    let deck = dir.join("deck.md");
    let config = dir.join("config.yaml");
    let slides = "First slide\n===========\n\nmarker-one\n\n<!-- end_slide -->\n\n\
                  Second slide\n============\n\nmarker-two\n";
    std::fs::write(&deck, slides)?;
    std::fs::write(&config, "{}\n")?;
    Ok((deck, config))
}

/// presenterm on the deck with no user config, themes or key bindings (its config file
/// and `$XDG_CONFIG_HOME/presenterm/themes` both point into the empty scratch directory),
/// in presentation mode: no file watcher, like confer without `--watch`.
fn presenterm(program: PathBuf, scratch: &Path) -> std::io::Result<Target> {
    let (deck, config) = write_presenterm_files(scratch)?;
    Ok(Target {
        name: "presenterm, two slides".into(),
        program,
        args: vec!["--present".into(), deck.into()],
        env: vec![
            ("PRESENTERM_CONFIG_FILE", config.into()),
            ("XDG_CONFIG_HOME", scratch.into()),
        ],
        marker: "marker-one",
    })
}

/// confer with no user config: its theme or keys would make the runs differ between
/// machines. The config is looked for in the empty scratch directory, where there is none;
/// `CONFER_CONFIG` naming a missing file would be a mistake confer warns about, on the
/// terminal, before every first frame.
fn confer(name: &str, program: &Path, args: Vec<OsString>, scratch: &Path) -> Target {
    Target {
        name: name.into(),
        program: program.into(),
        args,
        env: vec![("XDG_CONFIG_HOME", scratch.into())],
        marker: "Overview",
    }
}

/// The programs to compare, minimal app first: every ratio is to it. Missing presenterm
/// is skipped with a note; a missing build is an error, since the numbers need it.
fn targets(options: &Options, scratch: &Path) -> Result<Vec<Target>, String> {
    let examples = examples_dir();
    let bin = options
        .bin
        .clone()
        .unwrap_or_else(|| examples.join("../confer"));
    let minimal = examples.join("minimal_app");
    for program in [&bin, &minimal] {
        if !program.is_file() {
            return Err(format!(
                "{} is missing: cargo build --release --examples",
                program.display()
            ));
        }
    }
    let mut targets = vec![
        Target {
            name: "minimal ratatui app".into(),
            program: minimal,
            args: Vec::new(),
            env: Vec::new(),
            marker: "hello",
        },
        confer("confer, built-in content", &bin, Vec::new(), scratch),
    ];
    if let Some(dir) = &options.content {
        let args = vec!["--content".into(), dir.into()];
        let name = format!("confer, --content {}", dir.display());
        targets.push(confer(&name, &bin, args, scratch));
    }
    match find_presenterm() {
        Some(program) => targets.push(presenterm(program, scratch).map_err(|e| e.to_string())?),
        None => println!("presenterm not found on PATH nor at {PRESENTERM_FALLBACK}: skipped"),
    }
    Ok(targets)
}

/// Every target once per round, in turn, so that a noisy moment hits all of them alike.
fn measure(targets: &[Target], options: &Options) -> Vec<Samples> {
    let mut samples: Vec<Samples> = targets.iter().map(|_| Samples::default()).collect();
    for round in 0..WARM_UPS + options.runs {
        for (target, samples) in targets.iter().zip(&mut samples) {
            let result = run_once(target, options.cols, options.rows);
            if round >= WARM_UPS {
                samples.add(&target.name, result);
            } else if let Err(e) = result {
                eprintln!("{}: warm-up failed: {e}", target.name);
            }
        }
    }
    samples
}

#[derive(Default)]
struct Samples {
    times: Vec<Duration>,
    failed: usize,
    /// The queries of the first measured run that showed its marker.
    answered: Option<Vec<&'static str>>,
}

impl Samples {
    fn add(&mut self, name: &str, result: RunResult) {
        match result {
            Ok((time, answered)) => {
                self.times.push(time);
                self.answered.get_or_insert(answered);
            }
            Err(e) => {
                eprintln!("{name}: run failed: {e}");
                self.failed += 1;
            }
        }
    }

    /// Median, min and max, or `None` when no run showed the marker.
    fn summary(&self) -> Option<(Duration, Duration, Duration)> {
        let mut times = self.times.clone();
        times.sort();
        let (first, last) = (*times.first()?, *times.last()?);
        let mid = times.len() / 2;
        let median = if times.len().is_multiple_of(2) {
            (times[mid - 1] + times[mid]) / 2
        } else {
            times[mid]
        };
        Some((median, first, last))
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn cpu_model() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name")?.split_once(':'))
        .map(|(_, model)| model.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into())
}

fn print_header(options: &Options) {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("machine: {cpus} CPUs, {}", cpu_model());
    println!(
        "pty {}x{}, {} runs each after {WARM_UPS} warm-ups, interleaved; milliseconds from \
         spawn to the marker on the screen",
        options.cols, options.rows, options.runs
    );
    if cfg!(debug_assertions) {
        println!("note: this harness is a debug build; run it with --release");
    }
}

fn print_report(targets: &[Target], samples: &[Samples]) {
    let baseline = samples[0].summary().map(|(median, ..)| median);
    println!(
        "\n{:<40} {:>9} {:>9} {:>9} {:>10} {:>7}",
        "program", "median", "min", "max", "x minimal", "failed"
    );
    for (target, samples) in targets.iter().zip(samples) {
        let Some((median, min, max)) = samples.summary() else {
            println!("{:<40} every run failed", target.name);
            continue;
        };
        let ratio = baseline.map_or("-".into(), |b| {
            format!("{:.2}", median.as_secs_f64() / b.as_secs_f64())
        });
        println!(
            "{:<40} {:>9} {:>9} {:>9} {:>10} {:>7}",
            target.name,
            ms(median),
            ms(min),
            ms(max),
            ratio,
            samples.failed
        );
    }
    println!();
    for (target, samples) in targets.iter().zip(samples) {
        let Some(answered) = &samples.answered else {
            continue;
        };
        let answered = if answered.is_empty() {
            "nothing".into()
        } else {
            answered.join(" ")
        };
        println!("{} asked before its first frame: {answered}", target.name);
    }
}

fn main() {
    let options = parse_options().unwrap_or_else(|e| {
        eprintln!("first_paint: {e}\n{USAGE}");
        std::process::exit(2);
    });
    let scratch = tempfile::tempdir().expect("a temporary directory");
    let targets = targets(&options, scratch.path()).unwrap_or_else(|e| {
        eprintln!("first_paint: {e}");
        std::process::exit(1);
    });
    print_header(&options);
    for target in &targets {
        println!(
            "{}: {} (marker {:?})",
            target.name,
            target.program.display(),
            target.marker
        );
    }
    let samples = measure(&targets, &options);
    print_report(&targets, &samples);
}
