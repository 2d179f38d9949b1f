//! Arbitrary bytes as a wasm module into the embedded host, then every
//! exported function called with arguments taken from the input.
#![no_main]

#[path = "../inputs.rs"]
#[allow(dead_code)] // each target uses one of its functions
mod inputs;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    inputs::module(data, data);
});
