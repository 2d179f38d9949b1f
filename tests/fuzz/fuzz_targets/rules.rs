//! Arbitrary text as one more rule file beside the shipped `rules/go`, then
//! a small fixed program built with the result.
#![no_main]

#[path = "../inputs.rs"]
#[allow(dead_code)] // each target uses one of its functions
mod inputs;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(extra) = std::str::from_utf8(data) {
        inputs::rules(extra);
    }
});
