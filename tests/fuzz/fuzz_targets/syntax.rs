//! Arbitrary bytes through the lexer and the parser: tokens and diagnostics
//! stay inside the text, and no syntax tree means an error says why.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wexlab::diag::{FileId, Severity};
use wexlab::syntax;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let lexed = syntax::lexer::lex(FileId(0), src);
    for (start, _, end) in &lexed.tokens {
        assert!(start <= end && *end <= src.len(), "token span out of range");
    }
    let parsed = syntax::parse(FileId(0), src);
    for d in &parsed.diagnostics {
        assert!(
            d.span.start as usize <= src.len(),
            "diagnostic span out of range"
        );
    }
    if parsed.file.is_none() {
        assert!(
            parsed
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error),
            "no syntax tree and no error"
        );
    }
});
