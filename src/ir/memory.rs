//! Values in memory, for the IR builder: arrays and structs (whose value in
//! a term is the address of their bytes), variables whose address is
//! taken (which live on the heap, so that a pointer to one stays valid
//! after its function returns), fields, elements, composite literals and
//! the comparison of aggregates. Which bytes go where is decided here;
//! how to load, store, copy and check them is in rules/lower/memory.rules.

use egg::Id;

use super::build::FuncBuilder;
use crate::check::hir::{self, ExprKind, LocalId, Stmt};
use crate::check::types::{Basic, TypeId, TypeKind, Types};

/// Arrays longer than this are compared by a loop, not element by element.
const UNROLLED_ELEMENTS: u64 = 8;

impl FuncBuilder<'_, '_> {
    pub(super) fn is_aggregate(&self, ty: TypeId) -> bool {
        self.prog.types.is_aggregate(ty)
    }

    pub(super) fn is_slice(&self, ty: TypeId) -> bool {
        matches!(self.prog.types.under(ty), TypeKind::Slice(_))
    }

    pub(super) fn size(&self, ty: TypeId) -> u64 {
        self.prog.types.size(ty)
    }

    /// `n` bytes of the frame's local area, aligned to 8; their offset.
    pub(super) fn frame_bytes(&mut self, n: u64) -> u64 {
        let at = self.frame_size;
        self.frame_size += n.div_ceil(8) * 8;
        at
    }

    /// The address of new frame bytes for a value of type `ty`.
    fn frame_slot(&mut self, ty: TypeId) -> Id {
        let at = self.frame_bytes(self.size(ty));
        let at = self.t.num(at as i64);
        self.t.op("go.frameaddr", vec![at])
    }

    /// A copy of aggregate `v` in new frame bytes, for a value that must
    /// not change when the variable it was read from does (an argument, a
    /// result, the right side of a parallel assignment).
    pub(super) fn frame_copy(&mut self, ty: TypeId, v: Id, out: &mut Vec<Id>) -> Id {
        let slot = self.frame_slot(ty);
        self.copy(ty, slot, v, out);
        slot
    }

    fn copy(&mut self, ty: TypeId, dst: Id, src: Id, out: &mut Vec<Id>) {
        // The rules copy a small block word by word, reading both
        // addresses once per word: they must not be computed again.
        let int = self.prog.types.known_basic(Basic::Int);
        let dst = self.simple(dst, int, out);
        let src = self.simple(src, int, out);
        let size = self.t.num(self.size(ty) as i64);
        out.push(self.t.op("go.copy", vec![size, dst, src]));
    }

    /// The value of type `ty` at `addr` plus `off`: loaded, or for an
    /// aggregate its address.
    pub(super) fn load(&mut self, ty: TypeId, addr: Id, off: u64) -> Id {
        if self.is_aggregate(ty) {
            return self.offset(addr, off);
        }
        let tt = self.ty(ty);
        let off = self.t.num(off as i64);
        self.t.op("go.load", vec![tt, off, addr])
    }

    /// Stores `v`, of type `ty`, at `addr` plus `off` (an aggregate is copied).
    pub(super) fn store_at(&mut self, ty: TypeId, addr: Id, off: u64, v: Id, out: &mut Vec<Id>) {
        if self.is_aggregate(ty) {
            let dst = self.offset(addr, off);
            self.copy(ty, dst, v, out);
            return;
        }
        let v = self.simple_parts(ty, v, out);
        let tt = self.ty(ty);
        let off = self.t.num(off as i64);
        out.push(self.t.op("go.storeat", vec![tt, off, addr, v]));
    }

    fn offset(&mut self, addr: Id, off: u64) -> Id {
        if off == 0 {
            return addr;
        }
        let off = self.t.num(off as i64);
        self.t.op("go.offset", vec![off, addr])
    }

    /// Where a Go local's value is, when it is in memory: the wasm local
    /// that holds its address.
    pub(super) fn home(&self, l: LocalId) -> Option<u32> {
        self.homes.get(l.0 as usize).copied().flatten()
    }

    /// Gives each local that lives in memory its home, and returns what
    /// the function runs first to set them up: aggregates get frame bytes
    /// (a parameter's are its caller's copy), variables whose address is
    /// taken get heap memory when declared (parameters and results now,
    /// with the parameter's value).
    pub(super) fn place_locals(
        &mut self,
        params: &[LocalId],
        results: &[LocalId],
        body: &[Stmt],
    ) -> Vec<Id> {
        self.homes.resize(self.locals.len(), None);
        let mut taken = vec![false; self.locals.len()];
        for s in body {
            mark_taken_stmt(&self.prog.types, s, &mut taken);
        }
        let captures = self.captures.clone();
        for l in &captures {
            taken[l.0 as usize] = true;
        }
        self.taken = taken.clone();
        // A captured variable is where the closure record says.
        let mut entry = self.captured_homes(&captures);
        for (i, &taken) in taken.iter().enumerate() {
            let l = LocalId(i as u32);
            let ty = self.locals[i];
            let is_param = params.contains(&l);
            let is_result = results.contains(&l);
            if captures.contains(&l) {
                continue;
            }
            if taken {
                let n = self.push_address_local();
                self.homes[i] = Some(n);
                if is_param || is_result {
                    let cell = self.new_object(ty, &mut entry);
                    entry.push(self.local_set(n, cell));
                }
                if is_param {
                    let v = self.read_locals(ty, self.slot(l));
                    let addr = self.local_get(n);
                    self.store_at(ty, addr, 0, v, &mut entry);
                }
            } else if self.is_aggregate(ty) {
                let n = self.slot(l);
                self.homes[i] = Some(n);
                if !is_param {
                    let slot = self.frame_slot(ty);
                    entry.push(self.local_set(n, slot));
                    if is_result {
                        let size = self.t.num(self.size(ty) as i64);
                        let a = self.local_get(n);
                        entry.push(self.t.op("go.zero", vec![size, a]));
                    }
                }
            }
        }
        entry
    }

    /// A new wasm local for an address.
    pub(super) fn push_address_local(&mut self) -> u32 {
        let ptr = self.prog.types.known_basic(Basic::Uintptr);
        self.push_local(ptr)
    }

    /// `(go.new SIZE)` for a `ty`, to be stored in a local by the next
    /// statement of `out` (the roots are kept first: gc.rs).
    fn new_object(&mut self, ty: TypeId, out: &mut Vec<Id>) -> Id {
        self.keep_roots(out);
        let size = self.t.num(self.size(ty) as i64);
        self.t.op("go.new", vec![size])
    }

    /// `Stmt::Fresh`: a variable on the heap gets new memory.
    pub(super) fn fresh(&mut self, l: LocalId, out: &mut Vec<Id>) {
        if !self.taken.get(l.0 as usize).copied().unwrap_or(false) {
            return;
        }
        if let Some(n) = self.home(l) {
            let cell = self.new_object(self.locals[l.0 as usize], out);
            out.push(self.local_set(n, cell));
        }
    }

    /// `Stmt::Renew`: a loop variable on the heap moves to new memory
    /// holding its value, so that pointers to this iteration's stay apart.
    pub(super) fn renew(&mut self, l: LocalId, out: &mut Vec<Id>) {
        if !self.taken.get(l.0 as usize).copied().unwrap_or(false) {
            return;
        }
        if let Some(n) = self.home(l) {
            let ty = self.locals[l.0 as usize];
            let old = self.push_address_local();
            let at = self.local_get(n);
            out.push(self.local_set(old, at));
            let cell = self.new_object(ty, out);
            out.push(self.local_set(n, cell));
            let dst = self.local_get(n);
            let src = self.local_get(old);
            self.copy(ty, dst, src, out);
        }
    }

    /// The value of Go local `l`.
    pub(super) fn read_local(&mut self, l: LocalId, ty: TypeId) -> Id {
        match self.home(l) {
            Some(n) => {
                let addr = self.local_get(n);
                self.load(ty, addr, 0)
            }
            None => self.read_locals(ty, self.slot(l)),
        }
    }

    /// Stores `v` into Go local `l`.
    pub(super) fn write_local(&mut self, l: LocalId, ty: TypeId, v: Id, out: &mut Vec<Id>) {
        match self.home(l) {
            Some(n) => {
                let addr = self.local_get(n);
                self.store_at(ty, addr, 0, v, out);
            }
            None => {
                let v = self.simple_parts(ty, v, out);
                self.write_locals(ty, self.slot(l), v, out);
            }
        }
    }

    /// The address of an addressable expression (or of a composite
    /// literal, put on the heap); the pointer checks it takes go to `pre`.
    pub(super) fn address(&mut self, e: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        match &e.kind {
            ExprKind::Local(l) => match self.home(*l) {
                Some(n) => self.local_get(n),
                None => self.t.atom("unreachable"),
            },
            ExprKind::Global(g) => {
                let sym = self.t.name(&self.prog.global(*g).symbol);
                self.t.op("go.addr", vec![sym])
            }
            ExprKind::Deref(p) => self.checked_pointer(p, pre),
            ExprKind::Field(x, off) => {
                let base = self.expr(x, pre);
                self.offset(base, *off)
            }
            ExprKind::Index(s, i) if self.is_slice(s.ty) => self.slice_element_address(s, i, pre),
            ExprKind::Index(a, i) => self.element_address(a, i, pre),
            ExprKind::Composite(elems) => {
                let cell = self.new_object(e.ty, pre);
                let cell = self.simple(cell, e.ty, pre);
                self.fill(cell, elems, pre);
                cell
            }
            _ => self.t.atom("unreachable"),
        }
    }

    /// `p`, checked not to be nil, kept in a local.
    fn checked_pointer(&mut self, p: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        let v = self.expr(p, pre);
        let v = self.simple(v, p.ty, pre);
        pre.push(self.t.op("go.nilcheck", vec![v]));
        v
    }

    /// `*p` of an aggregate: its address, once checked.
    pub(super) fn deref_aggregate(&mut self, p: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        self.checked_pointer(p, pre)
    }

    /// The address of `a[i]` of an array, after Go's bounds check (none
    /// for a constant index: the checker saw it is in range).
    pub(super) fn element_address(
        &mut self,
        a: &hir::Expr,
        i: &hir::Expr,
        pre: &mut Vec<Id>,
    ) -> Id {
        let (n, elem) = match self.prog.types.under(a.ty) {
            TypeKind::Array(n, e) => (*n, *e),
            _ => return self.t.atom("unreachable"),
        };
        let size = self.size(elem);
        let base = self.expr(a, pre);
        if let ExprKind::Const(c) = &i.kind {
            let k = c.as_int().unwrap_or(0) as u64;
            return self.offset(base, k * size);
        }
        let base = self.simple(base, a.ty, pre);
        let iv = self.expr(i, pre);
        let iv = self.simple(iv, i.ty, pre);
        let it = self.ty(i.ty);
        let len = self.int_const(n as i64);
        pre.push(self.t.op("go.boundscheck", vec![it, iv, len]));
        let size = self.t.num(size as i64);
        self.t.op("go.elemaddr", vec![size, it, base, iv])
    }

    fn int_const(&mut self, n: i64) -> Id {
        let int = self.t.atom("int");
        let n = self.t.num(n);
        self.t.op("go.const", vec![int, n])
    }

    /// A composite literal's value: new frame bytes, zeroed, with its
    /// elements stored.
    pub(super) fn composite(
        &mut self,
        ty: TypeId,
        elems: &[(u64, hir::Expr)],
        pre: &mut Vec<Id>,
    ) -> Id {
        let slot = self.frame_slot(ty);
        let size = self.t.num(self.size(ty) as i64);
        pre.push(self.t.op("go.zero", vec![size, slot]));
        self.fill(slot, elems, pre);
        slot
    }

    fn fill(&mut self, addr: Id, elems: &[(u64, hir::Expr)], pre: &mut Vec<Id>) {
        for (off, v) in elems {
            let val = self.expr(v, pre);
            self.store_at(v.ty, addr, *off, val, pre);
        }
    }

    /// `a == b` of aggregates (`!=` negates it): every non-blank field and
    /// every element equal, as Go compares them.
    pub(super) fn aggregate_eq(&mut self, ty: TypeId, a: Id, b: Id, pre: &mut Vec<Id>) -> Id {
        let a = self.simple(a, ty, pre);
        let b = self.simple(b, ty, pre);
        self.eq_at(ty, a, b, 0, pre)
    }

    fn eq_at(&mut self, ty: TypeId, a: Id, b: Id, off: u64, pre: &mut Vec<Id>) -> Id {
        match self.prog.types.under(ty).clone() {
            TypeKind::Struct(fields) => {
                let offsets = self.prog.types.field_offsets(ty);
                let mut acc: Option<Id> = None;
                for (f, at) in fields.iter().zip(offsets) {
                    if f.name.as_deref() == Some("_") {
                        continue;
                    }
                    let e = self.eq_at(f.ty, a, b, off + at, pre);
                    acc = Some(self.and(acc, e));
                }
                acc.unwrap_or_else(|| self.bool_const(true))
            }
            TypeKind::Array(n, elem) if n > UNROLLED_ELEMENTS => {
                self.array_eq_loop(n, elem, a, b, off, pre)
            }
            TypeKind::Array(n, elem) => {
                let size = self.size(elem);
                let mut acc: Option<Id> = None;
                for k in 0..n {
                    let e = self.eq_at(elem, a, b, off + k * size, pre);
                    acc = Some(self.and(acc, e));
                }
                acc.unwrap_or_else(|| self.bool_const(true))
            }
            _ => {
                let x = self.load(ty, a, off);
                let y = self.load(ty, b, off);
                let tt = self.ty(ty);
                self.t.op("go.eq", vec![tt, x, y])
            }
        }
    }

    fn and(&mut self, acc: Option<Id>, e: Id) -> Id {
        match acc {
            None => e,
            Some(x) => self.t.op("go.andand", vec![x, e]),
        }
    }

    pub(super) fn bool_const(&mut self, b: bool) -> Id {
        let bt = self.t.atom("bool");
        let n = self.t.num(b as i64);
        self.t.op("go.const", vec![bt, n])
    }

    /// Equality of two long arrays: a loop over the elements that stops at
    /// the first that differs.
    fn array_eq_loop(
        &mut self,
        n: u64,
        elem: TypeId,
        a: Id,
        b: Id,
        off: u64,
        pre: &mut Vec<Id>,
    ) -> Id {
        let boolean = self.prog.types.known_basic(Basic::Bool);
        let int = self.prog.types.known_basic(Basic::Int);
        let equal = self.temp(boolean);
        let i = self.temp(int);
        let yes = self.bool_const(true);
        pre.push(self.local_set(equal, yes));
        let zero = self.int_const(0);
        pre.push(self.local_set(i, zero));
        // The element's address: the array's plus i times its size.
        let size = self.size(elem);
        let at = |fb: &mut Self, base: Id| {
            let base = fb.offset(base, off);
            let it = fb.t.atom("int");
            let sz = fb.t.num(size as i64);
            let iv = fb.local_get(i);
            fb.t.op("go.elemaddr", vec![sz, it, base, iv])
        };
        let ea = at(self, a);
        let eb = at(self, b);
        let mut body = Vec::new();
        // Addresses, whatever the element's own type.
        let uintptr = self.prog.types.known_basic(Basic::Uintptr);
        let ea = self.simple(ea, uintptr, &mut body);
        let eb = self.simple(eb, uintptr, &mut body);
        let same = self.eq_at(elem, ea, eb, 0, &mut body);
        body.push(self.local_set(equal, same));
        let iv = self.local_get(i);
        let len = self.int_const(n as i64);
        let int_t = self.t.atom("int");
        let more = self.t.op("go.lt", vec![int_t, iv, len]);
        let still = self.local_get(equal);
        let cond = self.t.op("go.andand", vec![more, still]);
        let iv = self.local_get(i);
        let one = self.int_const(1);
        let int_t = self.t.atom("int");
        let next = self.t.op("go.add", vec![int_t, iv, one]);
        let post = vec![self.local_set(i, next)];
        pre.push(self.loop_term(cond, body, post));
        self.local_get(equal)
    }
}

/// Marks the locals whose address `s` takes.
pub(super) fn mark_taken_stmt(types: &Types, s: &Stmt, taken: &mut [bool]) {
    super::walk::stmt_exprs(s, &mut |e| {
        if let Some(l) = address_taken(types, e) {
            taken[l.0 as usize] = true;
        }
    });
}

/// The local whose address `e` itself takes, if any.
fn address_taken(types: &Types, e: &hir::Expr) -> Option<LocalId> {
    match &e.kind {
        ExprKind::AddrOf(x) => root_local(types, x),
        // Slicing an array takes its address.
        ExprKind::Slice(x, _)
            if types.is_aggregate(x.ty)
                && matches!(
                    x.kind,
                    ExprKind::Local(_) | ExprKind::Field(..) | ExprKind::Index(..)
                ) =>
        {
            root_local(types, x)
        }
        _ => None,
    }
}

/// The local an addressable expression is part of, if any (not through a
/// pointer: `&p.f` takes the address of what p points to).
pub(super) fn root_local(types: &Types, e: &hir::Expr) -> Option<LocalId> {
    match &e.kind {
        ExprKind::Local(l) => Some(*l),
        ExprKind::Field(x, _) => root_local(types, x),
        // A slice's elements are not in the variable that holds it.
        ExprKind::Index(x, _) if !types.is_slice(x.ty) => root_local(types, x),
        _ => None,
    }
}
