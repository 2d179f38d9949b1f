//! The e-graph IR: its language ([`lang`]), the operators it knows before
//! rules are read ([`ops`]; WebAssembly's, with what the emitter makes of
//! them, in [`wasm`]), and the builder that turns a checked program into
//! terms ([`build`]), with recursive tail calls made loops ([`tailcall`]).

pub mod abi;
pub mod build;
pub mod lang;
pub mod ops;
pub mod tailcall;
pub mod wasm;
