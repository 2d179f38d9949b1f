//! Arbitrary bytes as one Go file through the whole front end; rendering the
//! diagnostics computes their lines and columns, so it is exercised too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wexlab::driver::{self, Session, SourceInput};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let inputs = [SourceInput {
        path: "main.go".to_string(),
        text: text.to_string(),
    }];
    let mut session = Session::default();
    let program = driver::check_program(&mut session, &inputs);
    if program.is_none() {
        assert!(
            session.diagnostics.has_errors(),
            "checking stopped without an error"
        );
    }
    let _ = session.diagnostics.render(&session.sources);
});
