//! Prints what the terminal probe measures in this terminal: `cargo run --example probe`.

fn main() {
    let start = std::time::Instant::now();
    let profile = confer::text::probe_tty();
    println!("{profile:?} in {:?}", start.elapsed());
}
