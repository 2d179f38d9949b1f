//! Slices, for the IR builder: a slice value is three words, `(go.slice
//! PTR LEN CAP)`, kept in three wasm locals like a string's two. Indexing,
//! slicing, make, append, copy and clear decide here what to evaluate and
//! in what order; the bounds checks and their panics, and the allocator's
//! sizes, are in rules/lower/memory.rules and src/runtime/slices.go.

use egg::Id;

use super::build::FuncBuilder;
use super::escape::{AppendStore, Move, STORE_BYTES};
use crate::check::hir::{self, ExprKind, UnsafeFn};
use crate::check::types::{Basic, TypeId, TypeKind};

impl FuncBuilder<'_, '_> {
    pub(super) fn elem_of(&self, ty: TypeId) -> TypeId {
        match self.prog.types.under(ty) {
            TypeKind::Slice(e) | TypeKind::Array(_, e) => *e,
            _ => ty,
        }
    }

    fn int_type(&mut self) -> Id {
        self.t.atom("int")
    }

    pub(super) fn int_value(&mut self, n: i64) -> Id {
        let int = self.int_type();
        let n = self.t.num(n);
        self.t.op("go.const", vec![int, n])
    }

    fn slice_parts(&mut self, s: Id) -> (Id, Id, Id) {
        (
            self.t.op("go.sliceptr", vec![s]),
            self.t.op("go.slicelen", vec![s]),
            self.t.op("go.slicecap", vec![s]),
        )
    }

    /// A nil slice.
    pub(super) fn nil_slice(&mut self) -> Id {
        let uintptr = self.t.atom("uintptr");
        let zero = self.t.num(0);
        let p = self.t.op("go.const", vec![uintptr, zero]);
        let n = self.int_value(0);
        let c = self.int_value(0);
        self.t.op("go.slice", vec![p, n, c])
    }

    /// The address of `s[i]` of a slice, after Go's bounds check.
    pub(super) fn slice_element_address(
        &mut self,
        s: &hir::Expr,
        i: &hir::Expr,
        pre: &mut Vec<Id>,
    ) -> Id {
        let size = self.size(self.elem_of(s.ty));
        let sv = self.expr(s, pre);
        let sv = self.simple(sv, s.ty, pre);
        let iv = self.expr(i, pre);
        let iv = self.simple(iv, i.ty, pre);
        let it = self.ty(i.ty);
        let (p, n, _) = self.slice_parts(sv);
        pre.push(self.t.op("go.boundscheck", vec![it, iv, n]));
        let size = self.t.num(size as i64);
        self.t.op("go.elemaddr", vec![size, it, p, iv])
    }

    /// `x[lo:hi:max]` of a slice or an addressable array: Go's checks in
    /// its order (max against the capacity, hi against max, lo against hi;
    /// without max, hi against the capacity), then the new slice.
    pub(super) fn subslice(
        &mut self,
        x: &hir::Expr,
        bounds: &[Option<Box<hir::Expr>>; 3],
        pre: &mut Vec<Id>,
    ) -> Id {
        let elem = self.elem_of(x.ty);
        let (ptr, len, cap, of_array) = match self.prog.types.under(x.ty).clone() {
            TypeKind::Array(n, _) => {
                let a = self.address(x, pre);
                let a = self.simple(a, x.ty, pre);
                let n = self.int_value(n as i64);
                (a, n, n, true)
            }
            _ => {
                let s = self.expr(x, pre);
                let s = self.simple(s, x.ty, pre);
                let (p, n, c) = self.slice_parts(s);
                (p, n, c, false)
            }
        };
        let mut values = Vec::new();
        for b in bounds {
            values.push(match b {
                Some(b) => {
                    let v = self.expr(b, pre);
                    let v = self.simple(v, b.ty, pre);
                    Some((v, self.ty(b.ty)))
                }
                None => None,
            });
        }
        let int = self.int_type();
        let [lo, hi, max] = [values[0], values[1], values[2]];
        let kind = |fb: &mut Self, name: &str| fb.t.atom(name);
        let (m, mt) = match max {
            Some((m, mt)) => {
                let op = if of_array { "len" } else { "cap" };
                let k = kind(self, op);
                pre.push(self.t.op("go.slicecheck3-max", vec![k, mt, m, cap]));
                (m, mt)
            }
            None => (cap, int),
        };
        let (h, ht) = match (hi, max) {
            (Some((h, ht)), Some(_)) => {
                pre.push(self.t.op("go.slicecheck3-high", vec![ht, mt, h, m]));
                (h, ht)
            }
            (Some((h, ht)), None) => {
                let op = if of_array {
                    "go.slicecheck-high"
                } else {
                    "go.slicecheck-cap"
                };
                pre.push(self.t.op(op, vec![ht, h, cap]));
                (h, ht)
            }
            (None, _) => (len, int),
        };
        let (l, lt) = match lo {
            Some((l, lt)) => {
                let op = if max.is_some() {
                    "go.slicecheck3-low"
                } else {
                    "go.slicecheck-low"
                };
                pre.push(self.t.op(op, vec![lt, ht, l, h]));
                (l, lt)
            }
            None => (self.int_value(0), int),
        };
        let size = self.t.num(self.size(elem) as i64);
        self.t
            .op("go.subslice", vec![size, lt, ht, mt, ptr, l, h, m])
    }

    /// `make([]T, n, c)`: the runtime checks the sizes and takes the memory.
    pub(super) fn make_slice(
        &mut self,
        ty: TypeId,
        n: &hir::Expr,
        c: Option<&hir::Expr>,
        pre: &mut Vec<Id>,
    ) -> Id {
        let nv = self.expr(n, pre);
        let nv = self.simple(nv, n.ty, pre);
        let nt = self.ty(n.ty);
        let (cv, ct) = match c {
            Some(c) => {
                let v = self.expr(c, pre);
                (self.simple(v, c.ty, pre), self.ty(c.ty))
            }
            None => (nv, nt),
        };
        let size = self.t.num(self.size(self.elem_of(ty)) as i64);
        self.keep_roots(pre);
        let made = self.t.op("go.makeslice", vec![size, nt, ct, nv, cv]);
        let made = self.simple(made, ty, pre);
        self.unwind_check(pre);
        made
    }

    /// `append(s, values…)`: grown by the runtime when the capacity is too
    /// small, then the values stored after the old length.
    pub(super) fn append(
        &mut self,
        e: &hir::Expr,
        slice: &hir::Expr,
        values: &[hir::Expr],
        spread: bool,
        pre: &mut Vec<Id>,
    ) -> Id {
        let ty = e.ty;
        let elem = self.elem_of(ty);
        let size = self.size(elem);
        let s = self.expr(slice, pre);
        let s = self.simple(s, ty, pre);
        let mut vals = Vec::new();
        for v in values {
            let mut x = self.expr(v, pre);
            if self.is_aggregate(v.ty) {
                x = self.frame_copy(v.ty, x, pre);
            }
            vals.push((self.simple(x, v.ty, pre), v.ty));
        }
        let (p, n, c) = self.slice_parts(s);
        let added = match (spread, vals.first()) {
            (true, Some(&(t, tt))) => {
                if self.prog.types.is_string(tt) {
                    self.t.op("go.strlen", vec![t])
                } else {
                    self.t.op("go.slicelen", vec![t])
                }
            }
            _ => self.int_value(vals.len() as i64),
        };
        let int_t = self.prog.types.known_basic(Basic::Int);
        let uintptr_t = self.prog.types.known_basic(Basic::Uintptr);
        let int = self.int_type();
        let new_len = self.temp(int_t);
        let sum = self.t.op("go.add", vec![int, n, added]);
        pre.push(self.local_set(new_len, sum));
        let q = self.temp(uintptr_t);
        let qc = self.temp(int_t);
        // Grow: growslice(p, len, cap, newLen, size, noscan) = (q, cap).
        let noscan = self.bool_const(self.pointer_free(elem));
        let nl = self.local_get(new_len);
        let sz = self.int_value(size as i64);
        let mut args = vec![p, n, c, nl, sz, noscan];
        let mut pops = vec![qc, q];
        let store = self.stores.and_then(|s| s.appends.get(&e.span)).copied();
        let name = match store {
            None => "runtime.growslice",
            Some(AppendStore::First(st)) => {
                let (at, taken) = self.store_slot(st);
                args.extend([at, self.int_value((STORE_BYTES / size) as i64)]);
                args.push(self.local_get(taken));
                pops.insert(0, taken);
                "runtime.growslicefirst"
            }
            Some(AppendStore::Reuse(st)) => {
                let (at, _) = self.store_slot(st);
                args.extend([at, self.int_value((STORE_BYTES / size) as i64)]);
                "runtime.growslicestore"
            }
        };
        let args = self.t.list(args);
        let pops: Vec<Id> = pops
            .into_iter()
            .map(|l| {
                let l = self.t.num(l as i64);
                self.t.op("pop-to", vec![l])
            })
            .collect();
        let pops = self.t.list(pops);
        let name = self.t.name(name);
        let mut grow = Vec::new();
        self.keep_roots(&mut grow);
        grow.push(self.t.op("go.dcall", vec![name, args, pops]));
        let grow = self.t.seq(grow);
        let keep = {
            let a = self.local_set(q, p);
            let b = self.local_set(qc, c);
            self.t.seq(vec![a, b])
        };
        let uint = self.t.atom("uint");
        let nl = self.local_get(new_len);
        let full = self.t.op("go.gt", vec![uint, nl, c]);
        pre.push(self.t.op("go.if", vec![full, grow, keep]));
        let base = self.local_get(q);
        if spread {
            if let Some(&(t, tt)) = vals.first() {
                let from = if self.prog.types.is_string(tt) {
                    self.t.op("go.strptr", vec![t])
                } else {
                    self.t.op("go.sliceptr", vec![t])
                };
                let at = self.element_at(base, n, size);
                let sz = self.size_value(size);
                let bytes = self.t.op("go.mul", vec![int, added, sz]);
                let mv = self.t.name("memmove");
                pre.push(self.t.op("go.intrinsic", vec![mv, at, from, bytes]));
            }
        } else {
            for (k, (v, vt)) in vals.into_iter().enumerate() {
                let kv = self.int_value(k as i64);
                let index = self.t.op("go.add", vec![int, n, kv]);
                let at = self.element_at(base, index, size);
                let at = self.simple(at, uintptr_t, pre);
                self.store_at(vt, at, 0, v, pre);
            }
        }
        let q = self.local_get(q);
        let nl = self.local_get(new_len);
        let qc = self.local_get(qc);
        self.t.op("go.slice", vec![q, nl, qc])
    }

    /// Store `st`'s address in the frame, and the local that says whether
    /// a slice took it in this call; made at first use.
    fn store_slot(&mut self, st: u32) -> (Id, u32) {
        let (at, taken) = match self.store_slots.get(&st) {
            Some(&slot) => slot,
            None => {
                let at = self.frame_bytes(STORE_BYTES);
                let bool_t = self.prog.types.known_basic(Basic::Bool);
                // Every later use of the store reads the same flag.
                let slot = (at, self.lasting_temp(bool_t));
                self.store_slots.insert(st, slot);
                slot
            }
        };
        let at = self.t.num(at as i64);
        (self.t.op("go.frameaddr", vec![at]), taken)
    }

    /// Before slice variable `l` is handed on (escape.rs): `l` moves to
    /// the heap if its elements are in the frame's store.
    pub(super) fn move_to_heap(&mut self, l: hir::LocalId, m: Move, pre: &mut Vec<Id>) {
        let ty = self.locals[l.0 as usize];
        let size = self.size(self.elem_of(ty));
        let first = self.slot(l);
        let (p, n, c) = {
            let s = self.read_locals(ty, first);
            self.slice_parts(s)
        };
        let (at, _) = self.store_slot(m.store);
        let pointer_free = self.pointer_free(self.elem_of(ty));
        let noscan = self.bool_const(pointer_free);
        let keep = self.bool_const(m.keep_cap);
        let sz = self.int_value(size as i64);
        let args = self.t.list(vec![p, n, c, sz, noscan, keep, at]);
        let pops: Vec<Id> = (0..3)
            .rev()
            .map(|k| {
                let l = self.t.num((first + k) as i64);
                self.t.op("pop-to", vec![l])
            })
            .collect();
        let pops = self.t.list(pops);
        let name = self.t.name("runtime.movetoheap");
        self.keep_roots(pre);
        pre.push(self.t.op("go.dcall", vec![name, args, pops]));
    }

    fn size_value(&mut self, size: u64) -> Id {
        self.int_value(size as i64)
    }

    /// The address of element `i` (an int) of `size` bytes from `base`.
    fn element_at(&mut self, base: Id, i: Id, size: u64) -> Id {
        let it = self.int_type();
        let sz = self.t.num(size as i64);
        self.t.op("go.elemaddr", vec![sz, it, base, i])
    }

    /// Whether values of `ty` hold no pointers (Go's allocator sizes such
    /// memory without a header).
    pub(super) fn pointer_free(&self, ty: TypeId) -> bool {
        match self.prog.types.under(ty) {
            TypeKind::Basic(b) => !matches!(b.canonical(), Basic::String | Basic::UnsafePointer),
            TypeKind::Array(_, e) => self.pointer_free(*e),
            TypeKind::Struct(fields) => fields.iter().all(|f| self.pointer_free(f.ty)),
            _ => false,
        }
    }

    /// `copy(dst, src)`: min(len(dst), len(src)) elements, as memmove.
    pub(super) fn copy_elements(
        &mut self,
        dst: &hir::Expr,
        src: &hir::Expr,
        pre: &mut Vec<Id>,
    ) -> Id {
        let size = self.size(self.elem_of(dst.ty));
        let d = self.expr(dst, pre);
        let d = self.simple(d, dst.ty, pre);
        let s = self.expr(src, pre);
        let s = self.simple(s, src.ty, pre);
        let (sp, sn) = if self.prog.types.is_string(src.ty) {
            (
                self.t.op("go.strptr", vec![s]),
                self.t.op("go.strlen", vec![s]),
            )
        } else {
            (
                self.t.op("go.sliceptr", vec![s]),
                self.t.op("go.slicelen", vec![s]),
            )
        };
        let (dp, dn, _) = self.slice_parts(d);
        let int = self.int_type();
        let n = self.t.op("go.min", vec![int, dn, sn]);
        let int_t = self.prog.types.known_basic(Basic::Int);
        let n = self.simple(n, int_t, pre);
        let sz = self.size_value(size);
        let bytes = self.t.op("go.mul", vec![int, n, sz]);
        let mv = self.t.name("memmove");
        pre.push(self.t.op("go.intrinsic", vec![mv, dp, sp, bytes]));
        n
    }

    /// `clear(s)`: zero bytes over its length.
    pub(super) fn clear(&mut self, s: &hir::Expr, out: &mut Vec<Id>) {
        let size = self.size(self.elem_of(s.ty));
        let v = self.expr(s, out);
        let v = self.simple(v, s.ty, out);
        let (p, n, _) = self.slice_parts(v);
        let int = self.int_type();
        let sz = self.size_value(size);
        let bytes = self.t.op("go.mul", vec![int, n, sz]);
        out.push(self.t.op("go.zerobytes", vec![p, bytes]));
    }

    /// A slice literal: a new array on the heap, filled, sliced whole.
    pub(super) fn slice_literal(
        &mut self,
        ty: TypeId,
        n: u64,
        elems: &[(u64, hir::Expr)],
        pre: &mut Vec<Id>,
    ) -> Id {
        let size = self.size(self.elem_of(ty));
        let bytes = self.t.num((n * size) as i64);
        self.keep_roots(pre);
        let cell = self.t.op("go.new", vec![bytes]);
        let uintptr_t = self.prog.types.known_basic(Basic::Uintptr);
        let cell = self.simple(cell, uintptr_t, pre);
        for (off, v) in elems {
            let val = self.expr(v, pre);
            self.store_at(v.ty, cell, *off, val, pre);
        }
        let len = self.int_value(n as i64);
        self.t.op("go.slice", vec![cell, len, len])
    }

    /// `len`, `cap` of a slice.
    pub(super) fn slice_word(&mut self, x: &hir::Expr, cap: bool, pre: &mut Vec<Id>) -> Id {
        let v = self.expr(x, pre);
        let op = if cap { "go.slicecap" } else { "go.slicelen" };
        self.t.op(op, vec![v])
    }

    pub(super) fn slice_expr(&mut self, e: &hir::Expr, pre: &mut Vec<Id>) -> Option<Id> {
        Some(match &e.kind {
            ExprKind::Index(s, i) if self.is_slice(s.ty) => {
                let at = self.slice_element_address(s, i, pre);
                self.load(e.ty, at, 0)
            }
            ExprKind::Slice(x, bounds) if !self.prog.types.is_string(x.ty) => {
                self.subslice(x, bounds, pre)
            }
            ExprKind::Len(x) if self.is_slice(x.ty) => self.slice_word(x, false, pre),
            ExprKind::Cap(x) if self.is_slice(x.ty) => self.slice_word(x, true, pre),
            ExprKind::MakeSlice(n, c) => self.make_slice(e.ty, n, c.as_deref(), pre),
            ExprKind::Append {
                slice,
                values,
                spread,
            } => self.append(e, slice, values, *spread, pre),
            ExprKind::Copy(d, s) => self.copy_elements(d, s, pre),
            ExprKind::SliceLit(n, elems) => self.slice_literal(e.ty, *n, elems, pre),
            ExprKind::Unsafe(f, args) => self.unsafe_fn(*f, e.ty, args, pre),
            _ => return None,
        })
    }

    /// `[N]T(s)` or `(*[N]T)(s)`: after Go's check that s holds N
    /// elements, the array is s's (copied when stored, for the first).
    pub(super) fn slice_to_array(&mut self, s: &hir::Expr, to: TypeId, pre: &mut Vec<Id>) -> Id {
        let target = self.prog.types.pointee(to).unwrap_or(to);
        let n = match self.prog.types.under(target) {
            TypeKind::Array(n, _) => *n,
            _ => 0,
        };
        let v = self.expr(s, pre);
        let v = self.simple(v, s.ty, pre);
        let (p, len, _) = self.slice_parts(v);
        let want = self.int_value(n as i64);
        let args = self.t.list(vec![len, want]);
        let name = self.t.name("runtime.checkslicetoarray");
        let none = self.t.list(vec![]);
        pre.push(self.t.op("go.dcall", vec![name, args, none]));
        p
    }

    /// The functions of package unsafe computed at run time.
    fn unsafe_fn(&mut self, f: UnsafeFn, ty: TypeId, args: &[hir::Expr], pre: &mut Vec<Id>) -> Id {
        let mut values = Vec::new();
        for a in args {
            let v = self.expr(a, pre);
            values.push(self.simple(v, a.ty, pre));
        }
        match (f, values.as_slice()) {
            (UnsafeFn::SliceData, [s]) => self.t.op("go.sliceptr", vec![*s]),
            (UnsafeFn::StringData, [s]) => self.t.op("go.strptr", vec![*s]),
            (UnsafeFn::Add, [p, n]) => {
                let it = self.ty(args[1].ty);
                let int64 = self.t.atom("int64");
                let off = self.t.op("go.conv", vec![it, int64, *n]);
                self.t.op("go.add", vec![int64, *p, off])
            }
            (UnsafeFn::Slice | UnsafeFn::String, [p, n]) => {
                let (size, what) = match f {
                    UnsafeFn::Slice => (self.size(self.elem_of(ty)), "unsafe.Slice"),
                    _ => (1, "unsafe.String"),
                };
                let it = self.ty(args[1].ty);
                let size = self.t.num(size as i64);
                let symbol = self.strings.symbol(what.as_bytes());
                let len = self.t.num(what.len() as i64);
                let what = self.t.name(&symbol);
                let what = self.t.op("go.strlit", vec![what, len]);
                let op = if f == UnsafeFn::Slice {
                    "go.unsafeslice"
                } else {
                    "go.unsafestring"
                };
                self.t.op(op, vec![what, size, it, *p, *n])
            }
            _ => self.t.atom("unreachable"),
        }
    }
}
