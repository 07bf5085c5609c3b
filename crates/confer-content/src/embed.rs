//! For an application's build script that builds a content folder into its binary: the
//! folder checked as `confer check` checks it, then each file written out as written and
//! in the raw form the loader reads (`BuiltinFile`), so that start-up does not parse TOML.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::builtin::NoBuiltIn;
use super::compiled::compile;
use super::diagnostic::Severity;
use super::files::ContentLocation;
use super::load::load;

/// What checking a folder to build in found, each problem rendered as `confer check` shows
/// it (without colour).
#[derive(Debug, Default)]
pub struct BuildCheck {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Checks the content folder at `root`. The build should fail when `errors` is not empty.
pub fn check_folder(root: &Path) -> BuildCheck {
    let loaded = load::<NoBuiltIn>(&ContentLocation::Folder(root.to_path_buf()));
    let mut found = BuildCheck::default();
    for d in &loaded.diagnostics {
        let shown = d.render(&loaded.sources, false, &crate::diagnostic::Wording::ENGLISH);
        match d.severity {
            Severity::Error => found.errors.push(shown),
            Severity::Warning => found.warnings.push(shown),
        }
    }
    found
}

/// Writes each file under `root` (hidden ones left out) into `out` as written, compiled and
/// as its `[edition]` header, and returns the Rust source of a `&[BuiltinFile]` that
/// includes them, in path order.
pub fn write_builtin(root: &Path, out: &Path) -> io::Result<String> {
    let compiled_dir = out.join("compiled");
    fs::create_dir_all(&compiled_dir)?;
    let mut files = Vec::new();
    collect(root, root, &mut files);
    files.sort();
    let mut list = String::from("&[\n");
    for (relative, absolute) in files {
        let text = fs::read_to_string(&absolute).unwrap_or_default();
        let name = Path::new(&relative).file_name().unwrap_or_default();
        let is_toml = relative.ends_with(".toml");
        let compiled = is_toml
            .then(|| compile(&text, name == "series.toml"))
            .flatten()
            .unwrap_or_default();
        let stem = relative.replace('/', "__");
        let write = |suffix: &str, bytes: &[u8]| -> io::Result<String> {
            let path = compiled_dir.join(format!("{stem}.{suffix}"));
            fs::write(&path, bytes)?;
            Ok(path.display().to_string())
        };
        list.push_str(&format!(
            "    confer_content::BuiltinFile {{ path: {relative:?}, toml: include_bytes!({:?}), \
             compiled: include_bytes!({:?}), header: include_bytes!({:?}) }},\n",
            absolute.display().to_string(),
            write("raw", &compiled.0)?,
            write("header", &compiled.1)?,
        ));
    }
    list.push_str("]\n");
    Ok(list)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(name)
    }

    /// The build script fails the build on this: a broken built-in file stops `cargo build`
    /// with the diagnostic `confer check` would print, naming the file.
    #[test]
    fn a_broken_folder_fails_the_build_with_its_diagnostics() {
        let found = check_folder(&fixture("bad/dangling-ref"));
        assert!(!found.errors.is_empty(), "{found:?}");
        assert!(
            found.errors.iter().any(|e| e.contains("2014.toml")),
            "{:?}",
            found.errors
        );
    }

    #[test]
    fn a_good_folder_builds_in_and_warnings_do_not_fail_it() {
        assert!(check_folder(&fixture("good")).errors.is_empty());
        let warned = check_folder(&fixture("warnings"));
        assert!(
            warned.errors.is_empty() && !warned.warnings.is_empty(),
            "{warned:?}"
        );
    }

    #[test]
    fn every_file_is_listed_with_its_compiled_form() {
        let out = tempfile::tempdir().unwrap();
        let list = write_builtin(&fixture("good"), out.path()).unwrap();
        assert!(list.starts_with("&[\n") && list.ends_with("]\n"));
        let compiled = fs::read_dir(out.path().join("compiled")).unwrap().count();
        assert!(compiled > 0 && list.matches("BuiltinFile").count() * 2 == compiled);
    }
}
