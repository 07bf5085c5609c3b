//! What is generated from the command line's own definition: shell completion scripts,
//! the man pages and the keys listed in `--help`, so that none of them can drift from the
//! options confer really takes or the keys it really reads.

pub mod keys;
pub mod man;
mod synopsis;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`, as bytes to write out.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    // Into memory rather than to stdout: clap_complete panics on a write error, and a
    // closed pipe is no reason to panic.
    clap_complete::generate(shell, &mut command, "confer", &mut script);
    script
}
