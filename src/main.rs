//! The `confer` binary: all of the work is in the library.

fn main() -> std::process::ExitCode {
    // A shell asking what completes the line being typed is answered first, and alone: no
    // config file, no terminal, nothing else on stdout.
    confer::generate::complete_if_asked(<confer::cli::Cli as clap::CommandFactory>::command);
    confer::cli::main()
}
