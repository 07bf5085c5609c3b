//! The content built into the binary: `content/` as build.rs found, checked and compiled
//! it (a broken file fails the build, with the diagnostics `confer check` prints).

use crate::content::BuiltinFile;

pub static FILES: &[BuiltinFile] = include!(concat!(env!("OUT_DIR"), "/builtin_content.rs"));
