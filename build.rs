//! Builds the `content/` folder into the binary, so that confer works from any folder:
//! checked first, exactly as `confer check content` checks it (a problem fails the build,
//! with the same diagnostics), then each file embedded both as written and in the raw form
//! the loader reads it into, so that start-up does not parse TOML.
//! Writes OUT_DIR/builtin_content.rs (a list of `BuiltinFile`) and OUT_DIR/compiled/.

use std::fs;
use std::path::{Path, PathBuf};

// The content module itself, with the three things outside it that it uses.
#[path = "src/allocator.rs"]
#[allow(dead_code)]
mod allocator;
#[path = "src/text/sanitize.rs"]
#[allow(dead_code)]
mod sanitize;
mod text {
    pub use super::sanitize::*;
}
#[allow(dead_code)]
mod builtin {
    /// The build script checks `content/` as a folder: nothing is built in yet.
    pub static FILES: &[crate::content::BuiltinFile] = &[];
}
#[path = "src/content/mod.rs"]
#[allow(dead_code, unused_imports)]
mod content;

use content::{ContentLocation, Severity};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    // A folder here is watched recursively: adding, editing or removing content rebuilds.
    println!("cargo:rerun-if-changed=content");
    check(&root);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let compiled_dir = out.join("compiled");
    fs::create_dir_all(&compiled_dir).expect("OUT_DIR is writable");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut list = String::from("&[\n");
    for (relative, absolute) in files {
        let text = fs::read_to_string(&absolute).unwrap_or_default();
        let name = Path::new(&relative).file_name().unwrap_or_default();
        let is_toml = relative.ends_with(".toml");
        let compiled = is_toml
            .then(|| content::compile(&text, name == "series.toml"))
            .flatten()
            .unwrap_or_default();
        let stem = relative.replace('/', "__");
        let write = |suffix: &str, bytes: &[u8]| {
            let path = compiled_dir.join(format!("{stem}.{suffix}"));
            fs::write(&path, bytes).expect("OUT_DIR is writable");
            path.display().to_string()
        };
        list.push_str(&format!(
            "    crate::content::BuiltinFile {{ path: {relative:?}, toml: include_bytes!({:?}), \
             compiled: include_bytes!({:?}), header: include_bytes!({:?}) }},\n",
            absolute.display().to_string(),
            write("raw", &compiled.0),
            write("header", &compiled.1),
        ));
    }
    list.push_str("]\n");
    fs::write(out.join("builtin_content.rs"), list).expect("OUT_DIR is writable");
}

/// Fails the build on any error in the content, printing each as `confer check` does.
fn check(root: &Path) {
    let loaded = content::load(&ContentLocation::Folder(root.to_path_buf()));
    for d in &loaded.diagnostics {
        let shown = d.render(&loaded.sources, false);
        match d.severity {
            Severity::Error => eprintln!("{shown}\n"),
            Severity::Warning => {
                for line in shown.lines() {
                    println!("cargo:warning={line}");
                }
            }
        }
    }
    let errors = loaded.count(Severity::Error);
    if errors > 0 {
        eprintln!(
            "error: the built-in content has {errors} error(s); `cargo run -- check content` shows them"
        );
        std::process::exit(1);
    }
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let relative = relative.to_string_lossy().replace('\\', "/");
            files.push((relative, path));
        }
    }
}
