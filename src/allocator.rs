//! The system allocator, tuned for reading content. Parsing an edition allocates and frees
//! many blocks; with glibc's defaults each block over 128 KiB (a file's text, the parser's
//! token list) is its own mapping, unmapped when freed and faulted in again for the next
//! file, and the heap is trimmed after every large free. Keeping them in the heap takes a
//! tenth off `check` of a large folder at the same peak memory (measured in the README).

/// Blocks up to this size come from the heap (glibc's default is 128 KiB and grows).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 32 * 1024 * 1024;
/// Free memory at the top of the heap kept for the next file rather than given back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_THRESHOLD: libc::c_int = 128 * 1024 * 1024;
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TOP_PAD: libc::c_int = 64 * 1024 * 1024;

/// Called once, before any content is read.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before other threads
    // start, and a refused setting leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
        libc::mallopt(libc::M_TOP_PAD, TOP_PAD);
    }
}
