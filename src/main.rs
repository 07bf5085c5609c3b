//! The `confer` binary: all of the work is in the library.

fn main() -> std::process::ExitCode {
    confer::cli::main()
}
