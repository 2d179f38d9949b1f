//! The e-graph IR: its language ([`lang`]), the operators it knows before
//! rules are read ([`ops`]; WebAssembly's, with what the emitter makes of
//! them, in [`wasm`]), the builder that turns a checked program into terms
//! ([`build`]), with recursive tail calls made loops ([`tailcall`]), calls
//! of small leaf functions built in place ([`inline`]) and
//! the bounds checks earlier code already made marked ([`proven`]), and
//! terms printed as rule files write them ([`print`]).

pub mod abi;
pub mod build;
mod escape;
mod exclusive;
pub mod fold;
mod funcs;
mod gc;
mod inline;
pub mod lang;
mod maps;
mod memory;
pub mod ops;
pub mod print;
mod proven;
mod reuse;
mod slices;
pub mod tailcall;
mod walk;
pub mod wasm;
