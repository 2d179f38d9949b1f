//! Function values. A func value is, as in Go, the address of a closure
//! record whose first word is the code pointer: here, the index of the
//! function's direct version in the module's function table. A package
//! function's record is static data the emitter places; a function
//! literal's is new heap memory, the index followed by the addresses of
//! the variables it captures. A call through a value puts the value in the
//! closure context (a global, as Go's wasm does) and makes a
//! `call_indirect` with the direct ABI; a literal's function reads its
//! captured variables' addresses from the record there first.

use egg::Id;

use super::build::{FuncBuilder, Term};
use crate::check::hir::{self, FuncId, LocalId};
use crate::check::types::{Basic, TypeId, TypeKind};

/// A closure record's words: the code, then one address per captured
/// variable.
const WORD: u64 = 8;

impl FuncBuilder<'_, '_> {
    /// `f` as a value: `(go.funcval $f)`, its record's address.
    pub(super) fn func_value(&mut self, f: FuncId) -> Id {
        let name = self.t.name(&self.prog.func(f).symbol);
        self.t.op("go.funcval", vec![name])
    }

    /// A function literal's value: a new closure record, filled with the
    /// function's table index and the captured variables' addresses.
    pub(super) fn closure(
        &mut self,
        func: FuncId,
        captures: &[hir::Expr],
        pre: &mut Vec<Id>,
    ) -> Id {
        let uintptr = self.prog.types.known_basic(Basic::Uintptr);
        let int64 = self.prog.types.known_basic(Basic::Int64);
        let mut addresses = Vec::with_capacity(captures.len());
        for c in captures {
            let a = self.expr(c, pre);
            addresses.push(self.simple(a, uintptr, pre));
        }
        self.keep_roots(pre);
        let size = self.t.num((WORD * (1 + captures.len() as u64)) as i64);
        let record = self.t.op("go.new", vec![size]);
        let record = self.simple(record, uintptr, pre);
        let code = self.func_value(func);
        let code = self.load(int64, code, 0);
        self.store_at(int64, record, 0, code, pre);
        for (k, a) in addresses.into_iter().enumerate() {
            self.store_at(uintptr, record, WORD * (1 + k as u64), a, pre);
        }
        record
    }

    /// The entry of a function literal: each captured variable's home is
    /// the address its closure record holds.
    pub(super) fn captured_homes(&mut self, captures: &[LocalId]) -> Vec<Id> {
        let uintptr = self.prog.types.known_basic(Basic::Uintptr);
        let mut entry = Vec::new();
        if captures.is_empty() {
            return entry;
        }
        let context = self.t.op("go.closurectx", vec![]);
        let record = self.push_address_local();
        entry.push(self.local_set(record, context));
        for (k, &l) in captures.iter().enumerate() {
            let n = self.push_address_local();
            self.homes[l.0 as usize] = Some(n);
            let at = self.local_get(record);
            let address = self.load(uintptr, at, WORD * (1 + k as u64));
            entry.push(self.local_set(n, address));
        }
        entry
    }

    /// A call through the func value `callee`: the value first, then the
    /// arguments, as Go evaluates them; the call's results in temporaries
    /// when `keep`.
    pub(super) fn call_value(
        &mut self,
        callee: &hir::Expr,
        args: &[hir::Expr],
        out: &mut Vec<Id>,
        keep: bool,
    ) -> Vec<(u32, TypeId)> {
        let TypeKind::Func(sig) = self.prog.types.under(callee.ty).clone() else {
            return Vec::new();
        };
        let v = self.expr(callee, out);
        let at = self.temp(callee.ty);
        out.push(self.local_set(at, v));
        let arg_values = self.arg_values(args, out);
        let params = self.local_type_list(&sig.params);
        let results = self.local_type_list(&sig.results);
        let value = self.local_get(at);
        let call =
            |t: &mut Term, vals, pops| t.op("go.icall", vec![params, results, value, vals, pops]);
        // Which function the value calls is not known: it may allocate.
        self.direct_call(call, arg_values, &sig.results, true, out, keep)
    }
}
