//! Alignment arithmetic shared by the type table's sizes, Go's argument
//! layout and the emitter's memory layout.

/// `n` rounded up to a multiple of `align` (alignments of 0 and 1 leave it as is).
pub fn round_up(n: u64, align: u64) -> u64 {
    if align <= 1 {
        n
    } else {
        n.div_ceil(align) * align
    }
}
