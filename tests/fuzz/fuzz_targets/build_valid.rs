//! Bytes steer `wexlab_gen` to a valid program of the subset, which must
//! build in both modes into a valid module that runs without a panic of the
//! host. Unlike the other targets this one reaches lowering and emission on
//! every input, since the front end has nothing to reject.
#![no_main]

use libfuzzer_sys::arbitrary::Unstructured;

#[path = "../inputs.rs"]
#[allow(dead_code)] // each target uses one of its functions
mod inputs;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(program) = wexlab_gen::program(&mut Unstructured::new(data)) {
        inputs::valid_program(&program, data);
    }
});
