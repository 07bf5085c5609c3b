//! The system allocator, tuned for reading content.
//!
//! Parsing an edition allocates and frees many blocks; with glibc's defaults each block
//! over 128 KiB (a file's text, the parser's token list) is its own mapping, unmapped when
//! freed and faulted in again for the next file, the heap is trimmed after every large
//! free, and a second thread's heap grows a page at a time, one `mprotect` each (2,267 of
//! them printing two 420 kB editions). And parsing touches about forty times the size of
//! the text it parses in fresh memory (the parser's tokens, events and tree) that the kernel
//! faults in 4 KiB at a time: a third of reading such an edition went to page faults. (An
//! edition over 256 kB is parsed a part at a time, so that is forty times a part.)

#[cfg(all(target_os = "linux", target_env = "gnu"))]
use std::sync::atomic::{AtomicBool, Ordering};

/// Blocks up to this size come from the heap (glibc's default is 128 KiB and grows).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 32 * 1024 * 1024;
/// Free memory at the top of the heap kept for the next file rather than given back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_THRESHOLD: libc::c_int = 128 * 1024 * 1024;
/// How far a heap grows at once: address space only, nothing is touched.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TOP_PAD: libc::c_int = 64 * 1024 * 1024;

/// Set once `tune` ran: only then does a block freed stay in the heap to be advised.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
static TUNED: AtomicBool = AtomicBool::new(false);

/// Called once by the binary, before any content is read.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only sets allocator parameters (under the allocator's own lock),
        // and a refused setting leaves the default in place.
        let tuned = unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
                && libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
                && libc::mallopt(libc::M_TOP_PAD, TOP_PAD) == 1
        };
        TUNED.store(tuned, Ordering::Relaxed);
    }
}

/// Before parsing `bytes` of text on this thread: asks for transparent huge pages on the
/// part of this thread's heap the parse is about to use, so that it is faulted in 2 MiB at
/// a time. The block is taken and given back at once, so the parse allocates inside it.
/// Costs two allocator calls and one `madvise`; nothing for small files.
pub fn prepare_to_parse(bytes: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const HUGE_PAGE: usize = 2 * 1024 * 1024;
        /// Kept under the mmap threshold, so that the block comes from this thread's heap.
        const MOST: usize = MMAP_THRESHOLD as usize - HUGE_PAGE;
        /// A parse's fresh memory is about forty times the text; a little more is asked.
        const TIMES_THE_TEXT: usize = 48;
        let size = bytes.saturating_mul(TIMES_THE_TEXT).min(MOST);
        if size < 2 * HUGE_PAGE || !TUNED.load(Ordering::Relaxed) {
            return;
        }
        // SAFETY: the block is malloc's own, advised only within its bounds and freed once;
        // advice changes how pages are faulted in, never what they hold.
        unsafe {
            let block = libc::malloc(size);
            if block.is_null() {
                return;
            }
            let start = (block as usize).next_multiple_of(HUGE_PAGE);
            let end = (block as usize + size) / HUGE_PAGE * HUGE_PAGE;
            if end > start {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
            libc::free(block);
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = bytes;
}
