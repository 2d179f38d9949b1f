//! wexlab: a compiler for Go's `//go:wasmexport` directive, built as a
//! data-driven rewriting engine. See ARCHITECTURE.md for the tour.

pub mod align;
pub mod bodies_go;
pub mod cache;
pub mod check;
pub mod compare;
pub mod coverage;
pub mod diag;
pub mod dot;
pub mod driver;
pub mod emit;
pub mod errorcheck;
pub mod explain;
pub mod host;
pub mod ir;
pub mod listing;
pub mod manifest;
pub mod memory;
pub mod mode;
pub mod parallel;
pub mod rewrite;
pub mod runtime;
pub mod stages;
pub mod syntax;
pub mod test_runner;
pub mod unified;
pub mod wrappers;
