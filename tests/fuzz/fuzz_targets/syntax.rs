//! Arbitrary bytes, as text, through the lexer and the parser.
#![no_main]

#[path = "../inputs.rs"]
#[allow(dead_code)] // each target uses one of its functions
mod inputs;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        inputs::syntax(src);
    }
});
