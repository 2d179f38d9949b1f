//! Random programs of wexlab's Go subset (docs/subset.md) that Go accepts:
//! every byte string steers the choices to one valid program, and an
//! exhausted input takes the simplest choice everywhere.
//!
//! What a program prints or returns is the same in every build of it, so
//! that Go's and wexlab's can be compared (`check-with-go.sh`): no address
//! is printed (only numbers, bools and strings are), every loop ends, and
//! capacities of slices are as `append` makes them on the heap (see
//! `Scope::declare_typed`). Arrays, slices and structs are `composite`'s
//! table, their values `values`', the places inside them `places`', the
//! statements on them `aggregates`' and their methods `methods`'. Maps
//! (never printed per entry of a range loop, whose order Go varies) are
//! `maps`', function values, closures, `defer` and `recover` `funcs`'.

mod aggregates;
mod composite;
mod consts;
mod control;
mod exprs;
mod funcs;
mod maps;
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
