//! Which slice backing stores stay in their function, decided as Go's
//! compiler decides it, because the capacity `append` and `[]byte(s)` give
//! a slice shows it (docs/subset.md, "Backing stores in the frame"):
//!
//! - an `append` whose result does not escape takes, the first time it
//!   grows an empty slice, a 32-byte store in the frame (its capacity is
//!   32 / element size), once per slice per call of the function;
//! - a slice that escapes only at one place (returned, assigned, ranged
//!   over) after being built by appends keeps that store until then, and is
//!   moved to the heap just before; if its capacity is read, appends step
//!   through the allocator's size classes inside the store;
//! - `[]byte(s)` that does not escape and is never written is `s`'s bytes
//!   (capacity its length); written, it takes a 32-byte store.
//!
//! Escape is decided within each function, with what each function does
//! with its parameters summed up for its callers. Go's compiler decides
//! after inlining, which this does not model.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::check::hir::{self, Expr};
use crate::check::hir::{ExprKind, FuncId, LocalId, Place, Program, Stmt};
use crate::check::types::{TypeId, TypeKind};
use crate::diag::Span;

/// The bytes of a store Go's compiler puts in the frame for a backing
/// store that does not escape.
pub const STORE_BYTES: u64 = 32;

/// What one function's backing stores do; stores are numbered per function.
#[derive(Default, Debug)]
pub struct Stores {
    /// `append` calls (by their position) that use a store.
    pub appends: HashMap<Span, AppendStore>,
    /// `[]byte(s)` and `[]rune(s)` calls that do not escape.
    pub conversions: HashMap<Span, Conversion>,
    /// Reads of a slice variable before which it moves to the heap.
    pub moves: HashMap<(Span, LocalId), Move>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppendStore {
    /// The first growth of an empty slice to at most the store's length.
    First(u32),
    /// Every growth that fits, to the next size class.
    Reuse(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `[]byte(s)` never written: the string's own bytes (capacity =
    /// length).
    Shared,
    /// Written: a store of 32 elements in the frame.
    Store,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub store: u32,
    /// The slice's capacity is read somewhere: the move keeps it.
    pub keep_cap: bool,
}

/// Every function's stores, in function order.
pub fn analyze(prog: &Program) -> Vec<Stores> {
    let summaries = summarize(prog);
    let leaks = summaries_any(&summaries);
    (0..prog.funcs.len())
        .map(|i| match &prog.funcs[i].body {
            Some(body) => stores(prog, &summaries, &leaks, FuncId(i as u32), body),
            None => Stores::default(),
        })
        .collect()
}

/// What a function does with a parameter's value.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
struct Leaks {
    /// Stored where it outlives the call.
    heap: bool,
    /// Returned.
    result: bool,
    /// Anything beyond reading it: also written through, appended to.
    any: bool,
}

/// Parameter summaries, refined until no function's changes.
fn summarize(prog: &Program) -> Vec<Vec<Leaks>> {
    let mut summaries: Vec<Vec<Leaks>> = prog
        .funcs
        .iter()
        .map(|f| {
            let opaque = f.body.is_none() && f.intrinsic.is_none();
            let all = Leaks {
                heap: opaque,
                result: false,
                any: true,
            };
            let none = Leaks::default();
            vec![if f.body.is_some() { none } else { all }; f.params.len()]
        })
        .collect();
    loop {
        let mut changed = false;
        for (i, f) in prog.funcs.iter().enumerate() {
            let Some(body) = &f.body else { continue };
            let g = Graph::of(prog, &summaries, FuncId(i as u32), body);
            let leaks: Vec<Leaks> = f.params.iter().map(|&p| g.leaks(Node::Var(p))).collect();
            if leaks != summaries[i] {
                summaries[i] = leaks;
                changed = true;
            }
        }
        if !changed {
            return summaries;
        }
    }
}

fn stores(
    prog: &Program,
    summaries: &[Vec<Leaks>],
    leaks: &[Vec<bool>],
    id: FuncId,
    body: &[Stmt],
) -> Stores {
    let g = Graph::of(prog, summaries, id, body);
    let exclusive = super::exclusive::analyze(prog, leaks, id, body);
    let mut out = Stores::default();
    let mut keys: HashMap<Key, u32> = HashMap::default();
    let mut used: HashSet<Key> = HashSet::default();
    for (i, site) in g.sites.iter().enumerate() {
        let reached = g.leaks(Node::Site(i));
        match site.kind {
            SiteKind::Append { key, fixed } => {
                if !fixed || !fits(prog, site.elem) {
                    continue;
                }
                let by_exclusive = match key {
                    Key::Var(l) => exclusive.get(&l).copied(),
                    Key::Site(_) => None,
                };
                // An exclusive slice's appends stay in the function
                // whatever the flows say: it moves before it is handed on.
                let stays = by_exclusive.is_some() || (!reached.heap && !reached.result);
                let store = match by_exclusive {
                    Some(e) if e.keep_cap => AppendStore::Reuse,
                    _ if stays && used.insert(key) => AppendStore::First,
                    _ => continue,
                };
                let next = keys.len() as u32;
                let st = *keys.entry(key).or_insert(next);
                out.appends.insert(site.span, store(st));
            }
            SiteKind::Conversion { bytes } => {
                let outlives = g.outlives(i);
                if reached.heap || reached.result || outlives {
                    continue;
                }
                let how = if reached.any || !bytes {
                    Conversion::Store
                } else {
                    Conversion::Shared
                };
                out.conversions.insert(site.span, how);
            }
        }
    }
    for (var, e) in exclusive {
        if let Some(&store) = keys.get(&Key::Var(var)) {
            out.moves.insert(
                (e.transition, var),
                Move {
                    store,
                    keep_cap: e.keep_cap,
                },
            );
        }
    }
    out
}

fn summaries_any(summaries: &[Vec<Leaks>]) -> Vec<Vec<bool>> {
    summaries
        .iter()
        .map(|ps| ps.iter().map(|l| l.heap || l.result || l.any).collect())
        .collect()
}

/// Whether elements of this type can share a store (Go: 1 to 32 bytes).
fn fits(prog: &Program, elem: TypeId) -> bool {
    let size = prog.types.size(elem);
    size > 0 && size <= STORE_BYTES
}

/// What an `append` keeps its store for: a variable, or the call itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Var(LocalId),
    Site(usize),
}

#[derive(Clone, Copy, Debug)]
enum SiteKind {
    Append {
        key: Key,
        fixed: bool,
    },
    /// `[]byte(s)` (else `[]rune(s)`, which always copies).
    Conversion {
        bytes: bool,
    },
}

/// A place a new backing store is made.
struct Site {
    span: Span,
    kind: SiteKind,
    elem: TypeId,
    /// Loops around it.
    depth: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Node {
    Var(LocalId),
    Site(usize),
}

/// Where a value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Sink {
    Discard,
    Heap,
    Result,
    /// The memory it points to is written.
    Mutate,
    Var(LocalId),
}

/// The flows of one function's slice and pointer values.
struct Graph<'a> {
    prog: &'a Program,
    summaries: &'a [Vec<Leaks>],
    locals: &'a [hir::Local],
    edges: HashMap<Node, Vec<Sink>>,
    sites: Vec<Site>,
    /// Loops around each variable's declaration.
    declared: HashMap<LocalId, u32>,
    depth: u32,
}

impl<'a> Graph<'a> {
    fn of(prog: &'a Program, summaries: &'a [Vec<Leaks>], id: FuncId, body: &[Stmt]) -> Self {
        let f = prog.func(id);
        let mut g = Graph {
            prog,
            summaries,
            locals: &f.locals,
            edges: HashMap::default(),
            sites: Vec::new(),
            declared: HashMap::default(),
            depth: 0,
        };
        for &r in &f.results {
            g.edge(Node::Var(r), Sink::Result);
        }
        let mut taken = vec![false; f.locals.len()];
        for s in body {
            super::memory::mark_taken_stmt(&prog.types, s, &mut taken);
        }
        // A captured variable lives on the heap, as one whose address is taken.
        for l in &f.captures {
            taken[l.0 as usize] = true;
        }
        for (l, &t) in taken.iter().enumerate() {
            if t {
                g.edge(Node::Var(LocalId(l as u32)), Sink::Heap);
            }
        }
        g.stmts(body);
        g
    }

    fn edge(&mut self, from: Node, to: Sink) {
        if to != Sink::Discard {
            self.edges.entry(from).or_default().push(to);
        }
    }

    /// What a value starting at `from` reaches.
    fn leaks(&self, from: Node) -> Leaks {
        let mut out = Leaks::default();
        self.walk(from, |s| match s {
            Sink::Heap => out.heap = true,
            Sink::Result => out.result = true,
            Sink::Mutate => out.any = true,
            _ => {}
        });
        out.any |= out.heap || out.result;
        out
    }

    /// Whether site `i` reaches a variable declared outside its loops,
    /// which then holds it after the loop made another.
    fn outlives(&self, i: usize) -> bool {
        let depth = self.sites[i].depth;
        let mut out = false;
        self.walk(Node::Site(i), |s| {
            if let Sink::Var(l) = s {
                out |= self.declared.get(&l).copied().unwrap_or(0) < depth;
            }
        });
        out
    }

    fn walk(&self, from: Node, mut visit: impl FnMut(Sink)) {
        let mut seen: HashSet<Node> = HashSet::default();
        let mut todo = vec![from];
        while let Some(n) = todo.pop() {
            if !seen.insert(n) {
                continue;
            }
            for &s in self.edges.get(&n).into_iter().flatten() {
                visit(s);
                if let Sink::Var(l) = s {
                    todo.push(Node::Var(l));
                }
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) => self.flow(e, Sink::Discard),
            Stmt::Assign { targets, values } => self.assign(targets, values),
            Stmt::If { cond, then, els } => {
                self.flow(cond, Sink::Discard);
                self.stmts(then);
                self.stmts(els);
            }
            Stmt::Loop {
                cond, body, post, ..
            } => {
                self.depth += 1;
                if let Some(c) = cond {
                    self.flow(c, Sink::Discard);
                }
                self.stmts(body);
                self.stmts(post);
                self.depth -= 1;
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body),
            Stmt::Return(values) => values.iter().for_each(|v| self.flow(v, Sink::Result)),
            Stmt::Print { args, .. } => args.iter().for_each(|a| self.flow(a, Sink::Discard)),
            Stmt::Fresh(l) => {
                self.declared.insert(*l, self.depth);
            }
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Renew(_) => {}
        }
    }

    fn assign(&mut self, targets: &[Place], values: &[Expr]) {
        let sinks: Vec<Sink> = targets.iter().map(|t| self.place(t)).collect();
        if targets.len() == values.len() {
            for (v, k) in values.iter().zip(sinks) {
                self.flow(v, k);
            }
        } else {
            // Several results of one call: where each goes is not followed.
            values.iter().for_each(|v| self.flow(v, Sink::Heap));
        }
    }

    /// Where a value stored in this place goes (and the place's own
    /// address computation).
    fn place(&mut self, p: &Place) -> Sink {
        match p {
            Place::Local(l) if self.tracked(self.locals[l.0 as usize].ty) => Sink::Var(*l),
            Place::Blank => Sink::Discard,
            Place::Deref(x) | Place::Mem(x) => {
                self.flow(x, Sink::Mutate);
                Sink::Heap
            }
            Place::Local(_) | Place::Global(_) => Sink::Heap,
        }
    }

    /// Values that carry an address this analysis follows.
    fn tracked(&self, ty: TypeId) -> bool {
        matches!(
            self.prog.types.under(ty),
            TypeKind::Slice(_) | TypeKind::Pointer(_)
        )
    }

    fn site(&mut self, span: Span, kind: SiteKind, elem: TypeId, ks: &[Sink]) {
        let i = self.sites.len();
        let depth = match kind {
            // A store is taken once per call, so no loop makes another.
            SiteKind::Append { .. } => 0,
            SiteKind::Conversion { .. } => self.depth,
        };
        self.sites.push(Site {
            span,
            kind,
            elem,
            depth,
        });
        ks.iter().for_each(|&k| self.edge(Node::Site(i), k));
    }

    fn flow(&mut self, e: &Expr, k: Sink) {
        self.flow_to(e, &[k]);
    }

    /// Follows expression `e`, whose value goes to each of `ks`.
    fn flow_to(&mut self, e: &Expr, ks: &[Sink]) {
        match &e.kind {
            ExprKind::Local(l) => {
                if self.tracked(e.ty) {
                    ks.iter().for_each(|&k| self.edge(Node::Var(*l), k));
                }
            }
            ExprKind::Append {
                slice,
                values,
                spread,
            } => {
                let mut through = ks.to_vec();
                through.push(Sink::Mutate);
                self.flow_to(slice, &through);
                let to = if *spread { Sink::Discard } else { Sink::Heap };
                values.iter().for_each(|v| self.flow(v, to));
                let key = match slice.kind {
                    ExprKind::Local(l) => Key::Var(l),
                    _ => Key::Site(self.sites.len()),
                };
                let fixed = !*spread;
                let elem = elem_of(self.prog, e.ty);
                self.site(e.span, SiteKind::Append { key, fixed }, elem, ks);
            }
            ExprKind::Slice(x, bounds) => {
                let through = if self.prog.types.is_slice(x.ty) {
                    ks
                } else {
                    &[]
                };
                self.flow_to(x, through);
                bounds
                    .iter()
                    .flatten()
                    .for_each(|b| self.flow(b, Sink::Discard));
            }
            ExprKind::Conv(x) => {
                let through = if self.tracked(x.ty) { ks } else { &[] };
                self.flow_to(x, through);
            }
            ExprKind::Call { func, args } => self.call(e, *func, args, ks),
            ExprKind::AddrOf(x) => self.address(x, ks),
            ExprKind::Unsafe(hir::UnsafeFn::String | hir::UnsafeFn::StringData, args) => {
                args.iter().for_each(|a| self.flow(a, Sink::Discard))
            }
            ExprKind::Unsafe(_, args) => {
                if let Some((first, rest)) = args.split_first() {
                    self.flow_to(first, ks);
                    rest.iter().for_each(|a| self.flow(a, Sink::Discard));
                }
            }
            ExprKind::Copy(dst, src) => {
                self.flow(dst, Sink::Mutate);
                self.flow(src, Sink::Discard);
            }
            ExprKind::Clear(x) => self.flow(x, Sink::Mutate),
            ExprKind::Composite(elems) | ExprKind::SliceLit(_, elems) => {
                elems.iter().for_each(|(_, v)| self.flow(v, Sink::Heap))
            }
            ExprKind::Index(x, i) => {
                // An element that is itself an address is not followed:
                // reading it through the slice counts as using the slice.
                let used = ks.iter().any(|&k| k != Sink::Discard);
                let read = if used && self.tracked(e.ty) {
                    Sink::Mutate
                } else {
                    Sink::Discard
                };
                self.flow(x, read);
                self.flow(i, Sink::Discard);
            }
            ExprKind::Deref(x) | ExprKind::Field(x, _) => self.flow(x, Sink::Discard),
            ExprKind::Unary(_, x) | ExprKind::Len(x) | ExprKind::Cap(x) => {
                self.flow(x, Sink::Discard)
            }
            ExprKind::Binary(_, a, b) => {
                self.flow(a, Sink::Discard);
                self.flow(b, Sink::Discard);
            }
            ExprKind::MakeSlice(n, c) => {
                self.flow(n, Sink::Discard);
                c.iter().for_each(|c| self.flow(c, Sink::Discard));
            }
            ExprKind::MinMax(_, args) => args.iter().for_each(|a| self.flow(a, Sink::Discard)),
            // The function a value calls is unknown: its arguments may
            // go anywhere.
            ExprKind::CallValue { callee, args } => {
                self.flow(callee, Sink::Discard);
                args.iter()
                    .for_each(|a| self.flow_to(a, &[Sink::Heap, Sink::Mutate]));
            }
            // A closure record is on the heap.
            ExprKind::Closure { captures, .. } => {
                captures.iter().for_each(|c| self.flow(c, Sink::Heap))
            }
            // What a map holds is on the heap.
            ExprKind::Map(_, args) => args.iter().for_each(|a| self.flow(a, Sink::Heap)),
            ExprKind::Const(_)
            | ExprKind::Global(_)
            | ExprKind::New
            | ExprKind::FuncRef(_)
            | ExprKind::Unreachable => {}
        }
    }

    /// `&x`: the address of a variable, an element or a field, which goes
    /// to `k`.
    fn address(&mut self, x: &Expr, ks: &[Sink]) {
        match &x.kind {
            ExprKind::Index(s, i) if self.prog.types.is_slice(s.ty) => {
                self.flow_to(s, ks);
                self.flow(i, Sink::Discard);
            }
            ExprKind::Index(a, i) => {
                self.address(a, ks);
                self.flow(i, Sink::Discard);
            }
            ExprKind::Field(a, _) => self.address(a, ks),
            ExprKind::Deref(p) => self.flow_to(p, ks),
            // A variable whose address is taken is on the heap already.
            _ => self.flow(x, Sink::Heap),
        }
    }

    fn call(&mut self, e: &Expr, func: FuncId, args: &[Expr], ks: &[Sink]) {
        if is_conversion(self.prog, func) && !matches!(args[0].kind, ExprKind::Const(_)) {
            args.iter().for_each(|a| self.flow(a, Sink::Discard));
            let elem = elem_of(self.prog, e.ty);
            let bytes = self.prog.func(func).symbol == CONVERSIONS[0];
            self.site(e.span, SiteKind::Conversion { bytes }, elem, ks);
            return;
        }
        for (i, a) in args.iter().enumerate() {
            let l = self.summaries[func.0 as usize]
                .get(i)
                .copied()
                .unwrap_or(Leaks {
                    heap: true,
                    result: false,
                    any: true,
                });
            let mut to = vec![Sink::Discard];
            if l.heap {
                to.push(Sink::Heap);
            }
            if l.result {
                to.extend_from_slice(ks);
            }
            if l.any {
                to.push(Sink::Mutate);
            }
            self.flow_to(a, &to);
        }
    }
}

fn elem_of(prog: &Program, slice: TypeId) -> TypeId {
    prog.types.sequence(slice).map_or(slice, |(_, e)| e)
}

/// The runtime functions behind `[]byte(s)` and `[]rune(s)`.
pub const CONVERSIONS: [&str; 2] = ["runtime.stringtoslicebyte", "runtime.stringtoslicerune"];

fn is_conversion(prog: &Program, func: FuncId) -> bool {
    CONVERSIONS.contains(&prog.func(func).symbol.as_str())
}
