//! Random programs of wexlab's Go subset (docs/subset.md) that Go accepts:
//! every byte string steers the choices to one valid program, and an
//! exhausted input takes the simplest choice everywhere.

mod aggregates;
mod composite;
mod consts;
mod control;
mod exprs;
mod methods;
mod places;
mod program;
mod scope;
mod stmts;
mod strings;
mod types;
mod values;

use arbitrary::Unstructured;

/// The Go source of one `package main` made from `u`.
pub fn program(u: &mut Unstructured) -> arbitrary::Result<String> {
    program::program(u)
}
