//! How the wexlab binary (and its benchmarks) use the allocator.

/// mimalloc's `mi_option_purge_delay`: its position in `mi_option_e` of
/// mimalloc.h (v2), which the Rust bindings do not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps the memory a phase frees for the next phase, instead of returning
/// it to the system 10 ms after it is freed (mimalloc's default).
///
/// A compilation frees its syntax trees before lowering and its terms
/// before writing the module; returned pages come back as fresh pages,
/// which the kernel must zero again. On the 2-core VM of the benchmarks,
/// that zeroing was a quarter of the time of building 10,000 exports.
/// wexlab is a short-lived process, so the memory it holds on to is only
/// its own peak.
pub fn keep_freed_memory() {
    // SAFETY: sets an integer option; mimalloc reads it at each purge.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // SAFETY: reads an integer option.
        let default = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // mimalloc.h documents the purge delay's default as 10 ms; the
            // options around it default to 1 and 0.
            assert_eq!(default, 10);
        }
        super::keep_freed_memory();
        // SAFETY: reads an integer option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, -1);
    }
}
