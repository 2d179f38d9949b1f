//! Function values. A func value is, as in Go, the address of a closure
//! record whose first word is the code pointer: here, the index of the
//! function's direct version in the module's function table. A package
//! function's record is static data the emitter places; a call through a
//! value loads the index and makes a `call_indirect` with the direct ABI.

use egg::Id;

use super::build::{FuncBuilder, Term};
use crate::check::hir::{self, FuncId};
use crate::check::types::{TypeId, TypeKind};

impl FuncBuilder<'_, '_> {
    /// `f` as a value: `(go.funcval $f)`, its record's address.
    pub(super) fn func_value(&mut self, f: FuncId) -> Id {
        let name = self.t.name(&self.prog.func(f).symbol);
        self.t.op("go.funcval", vec![name])
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
        let params: Vec<Id> = sig
            .params
            .iter()
            .flat_map(|&ty| self.local_types(ty))
            .collect();
        let params = self.t.list(params);
        let results: Vec<Id> = sig
            .results
            .iter()
            .flat_map(|&ty| self.local_types(ty))
            .collect();
        let results = self.t.list(results);
        let value = self.local_get(at);
        let call =
            |t: &mut Term, vals, pops| t.op("go.icall", vec![params, results, value, vals, pops]);
        // Which function the value calls is not known: it may allocate.
        self.direct_call(call, arg_values, &sig.results, true, out, keep)
    }
}
