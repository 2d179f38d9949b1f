//! Maps, for the IR builder: a map value is one word, the address of the
//! runtime's map (src/runtime/maps.go), which holds keys and values as raw
//! bytes. Each operation is a call of that runtime code; the builder
//! decides the order of evaluation, puts each key in frame memory (the
//! runtime takes keys by address) and describes the key type for the
//! runtime's hash and equality ([`key_description`]).

use egg::Id;

use super::build::FuncBuilder;
use crate::check::hir::{self, ExprKind, MapOp};
use crate::check::types::{Basic, TypeId, TypeKind, Types};

impl FuncBuilder<'_, '_> {
    pub(super) fn is_map(&self, ty: TypeId) -> bool {
        matches!(self.prog.types.under(ty), TypeKind::Map(..))
    }

    fn map_types(&self, ty: TypeId) -> (TypeId, TypeId) {
        match self.prog.types.under(ty) {
            TypeKind::Map(k, v) => (*k, *v),
            _ => (ty, ty),
        }
    }

    /// The value of a map expression (`len(m)` included), or `None` for
    /// any other expression.
    pub(super) fn map_expr(&mut self, e: &hir::Expr, pre: &mut Vec<Id>) -> Option<Id> {
        match &e.kind {
            ExprKind::Len(m) if self.is_map(m.ty) => {
                let m = self.expr(m, pre);
                Some(self.runtime_value("runtime.maplen", vec![(m, self.uintptr())], pre))
            }
            ExprKind::Map(op, args) => Some(self.map_op(e, *op, args, pre)),
            _ => None,
        }
    }

    /// `delete(m, k)` and `clear(m)` as statements; false for any other.
    pub(super) fn map_stmt(&mut self, e: &hir::Expr, out: &mut Vec<Id>) -> bool {
        match &e.kind {
            ExprKind::Map(MapOp::Delete, args) => {
                let (m, key) = self.map_and_key(&args[0], &args[1], out);
                self.runtime_call("runtime.mapdelete", vec![m, key], out);
                true
            }
            ExprKind::Clear(m) if self.is_map(m.ty) => {
                let m = self.expr(m, out);
                let m = (m, self.uintptr());
                self.runtime_call("runtime.mapclear", vec![m], out);
                true
            }
            _ => false,
        }
    }

    fn map_op(&mut self, e: &hir::Expr, op: MapOp, args: &[hir::Expr], pre: &mut Vec<Id>) -> Id {
        match op {
            MapOp::Make => {
                let hint = match args.first() {
                    Some(h) => self.expr(h, pre),
                    None => self.int_value(0),
                };
                self.make_map(e.ty, hint, pre)
            }
            MapOp::Lit => self.map_literal(e.ty, args, pre),
            MapOp::Index => {
                let (_, v) = self.map_types(args[0].ty);
                let at = self.access(&args[0], &args[1], v, pre);
                self.read_value(v, at, pre)
            }
            MapOp::IterInit => {
                let m = self.expr(&args[0], pre);
                self.runtime_value("runtime.mapiterinit", vec![(m, self.uintptr())], pre)
            }
            MapOp::IterNext => {
                let it = self.expr(&args[0], pre);
                self.runtime_value("runtime.mapiternext", vec![(it, self.uintptr())], pre)
            }
            MapOp::IterKey | MapOp::IterVal => {
                let name = if op == MapOp::IterKey {
                    "runtime.mapiterkey"
                } else {
                    "runtime.mapiterval"
                };
                let it = self.expr(&args[0], pre);
                let at = self.runtime_value(name, vec![(it, self.uintptr())], pre);
                self.read_value(e.ty, at, pre)
            }
            // Statements, tuples and places: taken by map_stmt, map_lookup
            // and map_store.
            MapOp::Delete | MapOp::Lookup | MapOp::Slot => self.t.atom("unreachable"),
        }
    }

    /// `v, ok := m[k]`: the locals holding the value and `ok`.
    pub(super) fn map_lookup(
        &mut self,
        e: &hir::Expr,
        args: &[hir::Expr],
        out: &mut Vec<Id>,
    ) -> Vec<(u32, TypeId)> {
        let TypeKind::Tuple(parts) = self.prog.types.under(e.ty).clone() else {
            return Vec::new();
        };
        let (_, v) = self.map_types(args[0].ty);
        let at = self.access(&args[0], &args[1], v, out);
        let found = self.runtime_value("runtime.mapfound", vec![(at, self.uintptr())], out);
        let value = self.read_value(v, at, out);
        let value_local = self.temp(v);
        self.write_locals(v, value_local, value, out);
        let ok = parts.get(1).copied().unwrap_or(v);
        let ok_local = self.temp(ok);
        out.push(self.local_set(ok_local, found));
        vec![(value_local, v), (ok_local, ok)]
    }

    /// `m[k] = v` first evaluates m and k: they are kept in new frame
    /// bytes, the map's word then the key, whose address is returned.
    /// The entry is added only when the value is stored ([`Self::map_store`]),
    /// after every value of the assignment is evaluated, as Go does.
    pub(super) fn map_slot_operands(&mut self, args: &[hir::Expr], out: &mut Vec<Id>) -> Id {
        let (m, k) = (&args[0], &args[1]);
        let mv = self.expr(m, out);
        let at = self.frame_bytes(8 + self.size(k.ty));
        let at = self.t.num(at as i64);
        let operands = self.t.op("go.frameaddr", vec![at]);
        self.store_at(m.ty, operands, 0, mv, out);
        let kv = self.expr(k, out);
        self.store_at(k.ty, operands, 8, kv, out);
        operands
    }

    /// Stores `v` as `m[k]`, from the operands [`Self::map_slot_operands`] kept.
    pub(super) fn map_store(&mut self, operands: Id, ty: TypeId, v: Id, out: &mut Vec<Id>) {
        let v = if self.is_aggregate(ty) {
            self.frame_copy(ty, v, out)
        } else {
            self.simple(v, ty, out)
        };
        let uintptr = self.uintptr();
        let m = self.load(uintptr, operands, 0);
        let eight = self.t.num(8);
        let key = self.t.op("go.offset", vec![eight, operands]);
        let args = vec![(m, uintptr), (key, uintptr)];
        let at = self.runtime_value("runtime.mapassign", args, out);
        self.store_at(ty, at, 0, v, out);
    }

    /// The address of `m[k]`'s value, or of zeroed memory when missing.
    fn access(&mut self, m: &hir::Expr, k: &hir::Expr, v: TypeId, pre: &mut Vec<Id>) -> Id {
        let (m, key) = self.map_and_key(m, k, pre);
        let size = self.size_const(self.size(v));
        self.runtime_value("runtime.mapaccess", vec![m, key, size], pre)
    }

    /// The value of type `ty` at `at`, read now (an aggregate copied to the
    /// frame): the map may change before it is used.
    fn read_value(&mut self, ty: TypeId, at: Id, pre: &mut Vec<Id>) -> Id {
        if self.is_aggregate(ty) {
            return self.frame_copy(ty, at, pre);
        }
        let v = self.load(ty, at, 0);
        self.simple(v, ty, pre)
    }

    /// The map, evaluated first, and the address of a copy of the key in
    /// the frame.
    fn map_and_key(
        &mut self,
        m: &hir::Expr,
        k: &hir::Expr,
        pre: &mut Vec<Id>,
    ) -> ((Id, TypeId), (Id, TypeId)) {
        let mv = self.expr(m, pre);
        let mv = self.simple(mv, m.ty, pre);
        let key = self.key_in_frame(k, pre);
        ((mv, self.uintptr()), (key, self.uintptr()))
    }

    fn key_in_frame(&mut self, k: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        let v = self.expr(k, pre);
        let at = self.frame_bytes(self.size(k.ty));
        let at = self.t.num(at as i64);
        let addr = self.t.op("go.frameaddr", vec![at]);
        self.store_at(k.ty, addr, 0, v, pre);
        addr
    }

    fn make_map(&mut self, ty: TypeId, hint: Id, pre: &mut Vec<Id>) -> Id {
        let (k, v) = self.map_types(ty);
        let desc = key_description(&self.prog.types, k);
        let sym = self.strings.symbol(&desc);
        let name = self.t.name(&sym);
        let len = self.t.num(desc.len() as i64);
        let desc = self.t.op("go.strlit", vec![name, len]);
        let string = self.prog.types.known_basic(Basic::String);
        let int = self.prog.types.known_basic(Basic::Int);
        let ks = self.size_const(self.size(k));
        let vs = self.size_const(self.size(v));
        let bool_t = self.prog.types.known_basic(Basic::Bool);
        let noscan = |fb: &mut Self, t: TypeId| (fb.bool_const(fb.pointer_free(t)), bool_t);
        let (kn, vn) = (noscan(self, k), noscan(self, v));
        let made = self.runtime_value(
            "runtime.makemap",
            vec![(desc, string), ks, vs, kn, vn, (hint, int)],
            pre,
        );
        self.simple(made, ty, pre)
    }

    /// A literal: a map made for its entries, each value evaluated before
    /// its key's entry is added.
    fn map_literal(&mut self, ty: TypeId, entries: &[hir::Expr], pre: &mut Vec<Id>) -> Id {
        let n = self.int_value((entries.len() / 2) as i64);
        let m = self.make_map(ty, n, pre);
        for pair in entries.chunks(2) {
            let [k, v] = pair else { continue };
            let mut value = self.expr(v, pre);
            value = if self.is_aggregate(v.ty) {
                self.frame_copy(v.ty, value, pre)
            } else {
                self.simple(value, v.ty, pre)
            };
            let key = self.key_in_frame(k, pre);
            let args = vec![(m, self.uintptr()), (key, self.uintptr())];
            let at = self.runtime_value("runtime.mapassign", args, pre);
            self.store_at(v.ty, at, 0, value, pre);
        }
        m
    }

    fn uintptr(&self) -> TypeId {
        self.prog.types.known_basic(Basic::Uintptr)
    }

    fn size_const(&mut self, n: u64) -> (Id, TypeId) {
        let uintptr = self.uintptr();
        let tt = self.ty(uintptr);
        let n = self.t.num(n as i64);
        (self.t.op("go.const", vec![tt, n]), uintptr)
    }

    /// Calls a runtime function of one result: its value, from a local.
    fn runtime_value(&mut self, symbol: &str, args: Vec<(Id, TypeId)>, pre: &mut Vec<Id>) -> Id {
        match self.runtime_call(symbol, args, pre).first() {
            Some(&(n, ty)) => self.read_locals(ty, n),
            None => self.t.atom("unreachable"),
        }
    }

    fn runtime_call(
        &mut self,
        symbol: &str,
        args: Vec<(Id, TypeId)>,
        out: &mut Vec<Id>,
    ) -> Vec<(u32, TypeId)> {
        match self.prog.func_by_symbol(symbol) {
            Some(f) => self.call_with(f, &[], args, out, true),
            None => Vec::new(),
        }
    }
}

/// How the runtime hashes and compares keys of type `ty`: one 9-byte entry
/// per part (a kind byte, then the part's offset and size as 32-bit
/// little-endian numbers). Kinds: `m` bytes compared as they are (runs of
/// them merged), `f` a float32, `d` a float64, `s` a string. Padding and
/// blank fields are in no part, so their bytes never count.
pub fn key_description(types: &Types, ty: TypeId) -> Vec<u8> {
    let mut parts: Vec<(u8, u64, u64)> = Vec::new();
    describe(types, ty, 0, &mut parts);
    let mut out = Vec::new();
    for (kind, off, size) in parts {
        out.push(kind);
        out.extend_from_slice(&(off as u32).to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
    }
    out
}

fn describe(types: &Types, ty: TypeId, off: u64, parts: &mut Vec<(u8, u64, u64)>) {
    match types.under(ty) {
        TypeKind::Array(n, e) => {
            let size = types.size(*e);
            for i in 0..*n {
                describe(types, *e, off + i * size, parts);
            }
        }
        TypeKind::Struct(fields) => {
            let offsets = types.field_offsets(ty);
            for (f, at) in fields.iter().zip(offsets) {
                if f.name.as_deref() != Some("_") {
                    describe(types, f.ty, off + at, parts);
                }
            }
        }
        TypeKind::Basic(b) => match b.canonical() {
            Basic::Float32 => parts.push((b'f', off, 4)),
            Basic::Float64 => parts.push((b'd', off, 8)),
            Basic::String => parts.push((b's', off, 16)),
            _ => bytes(parts, off, types.size(ty)),
        },
        _ => bytes(parts, off, types.size(ty)),
    }
}

/// A part of bytes compared as they are, joined to the one before when
/// they touch.
fn bytes(parts: &mut Vec<(u8, u64, u64)>, off: u64, size: u64) {
    if size == 0 {
        return;
    }
    if let Some(last) = parts.last_mut()
        && last.0 == b'm'
        && last.1 + last.2 == off
    {
        last.2 += size;
        return;
    }
    parts.push((b'm', off, size));
}

#[cfg(test)]
mod tests {
    use super::key_description;
    use crate::check::checked_for_tests;
    use crate::check::types::TypeKind;

    /// A struct key is described field by field: padding and the blank
    /// field are left out, touching byte fields merged, floats and strings
    /// kept apart.
    #[test]
    fn key_description_skips_padding_and_blank_fields() {
        let text = "package main\n\ntype K struct {\n\ta int8\n\tb int8\n\tc int64\n\t_ int32\n\ts string\n\tf [2]float32\n\td float64\n}\n\nvar m map[K]int\n\nfunc main() { println(len(m)) }\n";
        let program = checked_for_tests("key.go", text);
        let global = program
            .globals
            .iter()
            .find(|g| g.symbol == "main.m")
            .expect("main.m is declared");
        let TypeKind::Map(key, _) = program.types.under(global.ty) else {
            panic!("main.m is a map");
        };
        let parts: Vec<(u8, u32, u32)> = key_description(&program.types, *key)
            .chunks(9)
            .map(|e| {
                let word = |at: usize| u32::from_le_bytes([e[at], e[at + 1], e[at + 2], e[at + 3]]);
                (e[0], word(1), word(5))
            })
            .collect();
        assert_eq!(
            parts,
            [
                (b'm', 0, 2),
                (b'm', 8, 8),
                (b's', 24, 16),
                (b'f', 40, 4),
                (b'f', 44, 4),
                (b'd', 48, 8)
            ]
        );
    }
}
