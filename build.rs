//! Builds the `content/` folder into the binary, so that confer works from any folder:
//! checked first, exactly as `confer check content` checks it (a problem fails the build,
//! with the same diagnostics), then each file embedded both as written and in the raw form
//! the loader reads it into (`confer_content::embed`). Writes OUT_DIR/builtin_content.rs (a
//! list of `BuiltinFile`) and OUT_DIR/compiled/.

use std::fs;
use std::path::{Path, PathBuf};

use confer_content::embed;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    // A folder here is watched recursively: adding, editing or removing content rebuilds.
    println!("cargo:rerun-if-changed=content");
    let found = embed::check_folder(&root);
    for warning in &found.warnings {
        for line in warning.lines() {
            println!("cargo:warning={line}");
        }
    }
    if !found.errors.is_empty() {
        for error in &found.errors {
            eprintln!("{error}\n");
        }
        eprintln!(
            "error: the built-in content has {} error(s); `cargo run -- check content` shows them",
            found.errors.len()
        );
        std::process::exit(1);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let list = embed::write_builtin(&root, &out).expect("OUT_DIR is writable");
    fs::write(out.join("builtin_content.rs"), list).expect("OUT_DIR is writable");
}
