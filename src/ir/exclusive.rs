//! Slice variables that are the only holders of their backing store until
//! one place hands it on, as Go's compiler finds them: such a variable may
//! keep a store in the frame while appends build it, and moves it to the
//! heap just before that place (escape.rs says what follows from it).
//!
//! Every mention of the variable must be one this understands: declared,
//! set to nil, a literal, `s[i:j]` of itself or `append(s, …)` of itself,
//! indexed, `len`/`cap`, passed to a function that only reads it; and at
//! most one hands it on (returned, assigned to another variable, ranged
//! over), in no deeper loop than the variable's declaration. Appends must
//! run, counting those in loops twice, at least twice.

use rustc_hash::FxHashMap as HashMap;

use crate::check::hir::{Expr, ExprKind, FuncId, LocalId, Place, Program, Stmt};
use crate::check::types::TypeKind;
use crate::diag::Span;

/// A variable that keeps its store until `transition`, the position of the
/// read that hands it on.
#[derive(Clone, Copy, Debug)]
pub struct Exclusive {
    pub transition: Span,
    /// Its capacity is read (`cap`, slicing, a call): the move keeps it.
    pub keep_cap: bool,
}

#[derive(Default)]
struct Uses {
    all: u32,
    understood: u32,
    given_up: bool,
    transition: Option<Span>,
    declared_at: u32,
    append_weight: u32,
    cap_used: bool,
}

/// `leaks[f][i]`: function f does more with its parameter i than read it.
pub fn analyze(
    prog: &Program,
    leaks: &[Vec<bool>],
    id: FuncId,
    body: &[Stmt],
) -> HashMap<LocalId, Exclusive> {
    let f = prog.func(id);
    let mut w = Walker {
        prog,
        leaks,
        uses: HashMap::default(),
        depth: 0,
    };
    for (i, l) in f.locals.iter().enumerate() {
        if let TypeKind::Slice(e) = prog.types.under(l.ty)
            && prog.types.size(*e) <= super::escape::STORE_BYTES
        {
            w.uses.insert(LocalId(i as u32), Uses::default());
        }
    }
    w.stmts(body);
    w.uses
        .into_iter()
        .filter_map(|(l, u)| {
            let ok = !u.given_up && u.all == u.understood && u.append_weight >= 2;
            let transition = u.transition.filter(|_| ok)?;
            Some((
                l,
                Exclusive {
                    transition,
                    keep_cap: u.cap_used,
                },
            ))
        })
        .collect()
}

struct Walker<'a> {
    prog: &'a Program,
    /// Per function, per parameter: whether it does more than read it.
    leaks: &'a [Vec<bool>],
    uses: HashMap<LocalId, Uses>,
    depth: u32,
}

impl Walker<'_> {
    fn tracked(&mut self, e: &Expr) -> Option<&mut Uses> {
        match e.kind {
            ExprKind::Local(l) => self.uses.get_mut(&l),
            _ => None,
        }
    }

    fn understood(&mut self, e: &Expr, n: u32) -> Option<&mut Uses> {
        let u = self.tracked(e)?;
        u.understood += n;
        Some(u)
    }

    fn hand_on(&mut self, e: &Expr) {
        let depth = self.depth;
        if let Some(u) = self.understood(e, 1) {
            if u.transition.is_some() || depth > u.declared_at {
                u.given_up = true;
            }
            u.transition = Some(e.span);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) => self.expr(e),
            Stmt::Assign { targets, values } => {
                if targets.len() == values.len() {
                    for (t, v) in targets.iter().zip(values) {
                        self.assign(t, v);
                    }
                } else {
                    targets.iter().for_each(|t| self.place(t));
                    values.iter().for_each(|v| self.expr(v));
                }
            }
            Stmt::If { cond, then, els } => {
                self.expr(cond);
                self.stmts(then);
                self.stmts(els);
            }
            Stmt::Loop {
                cond, body, post, ..
            } => {
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(body);
                self.stmts(post);
                self.depth -= 1;
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body),
            Stmt::Return(values) => {
                for v in values {
                    self.hand_on(v);
                    self.expr(v);
                }
            }
            Stmt::Print { args, .. } => args.iter().for_each(|a| self.expr(a)),
            Stmt::Fresh(l) => {
                let depth = self.depth;
                if let Some(u) = self.uses.get_mut(l) {
                    u.declared_at = depth;
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Renew(_) => {}
        }
    }

    fn assign(&mut self, target: &Place, value: &Expr) {
        if let Place::Local(l) = target
            && self.uses.contains_key(l)
        {
            let depth = self.depth;
            let this = |e: &Expr| matches!(e.kind, ExprKind::Local(x) if x == *l);
            let u = self.uses.get_mut(l).expect("tracked");
            u.all += 1;
            match &value.kind {
                ExprKind::Const(_) => u.understood += 1,
                ExprKind::SliceLit(..) => {
                    u.understood += 1;
                    u.cap_used = true;
                }
                ExprKind::Slice(x, _) if this(x) => {
                    u.understood += 2;
                    u.cap_used = true;
                }
                ExprKind::Append { slice, .. } if this(slice) => {
                    u.understood += 2;
                    u.append_weight += 1 + depth.saturating_sub(u.declared_at);
                }
                _ => {}
            }
        } else {
            self.place(target);
        }
        self.hand_on(value);
        self.expr(value);
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(l) => {
                if let Some(u) = self.uses.get_mut(l) {
                    u.all += 1;
                }
            }
            // `s[i] = v` and `s[i].f = v` index s; only `&s[i]` written out
            // hands its element on.
            Place::Mem(addr) => match &addr.kind {
                ExprKind::AddrOf(x) => self.expr(x),
                _ => self.expr(addr),
            },
            Place::Deref(x) => self.expr(x),
            Place::Global(_) | Place::Blank => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Local(l) => {
                if let Some(u) = self.uses.get_mut(l) {
                    u.all += 1;
                }
            }
            ExprKind::Len(x) => {
                self.understood(x, 1);
                self.expr(x);
            }
            ExprKind::Cap(x) => {
                if let Some(u) = self.understood(x, 1) {
                    u.cap_used = true;
                }
                self.expr(x);
            }
            ExprKind::Index(x, i) => {
                self.understood(x, 1);
                self.expr(x);
                self.expr(i);
            }
            ExprKind::AddrOf(x) => {
                self.give_up_element(x);
                self.expr(x);
            }
            ExprKind::Call { func, args } => {
                for (i, a) in args.iter().enumerate() {
                    let reads = !self.leaks[func.0 as usize].get(i).copied().unwrap_or(true);
                    if reads && let Some(u) = self.understood(a, 1) {
                        u.cap_used = true;
                    }
                    self.expr(a);
                }
            }
            _ => super::walk::each_operand(e, |x| self.expr(x)),
        }
    }

    /// `&s[i]` (through fields and arrays) shares s's store.
    fn give_up_element(&mut self, x: &Expr) {
        match &x.kind {
            ExprKind::Field(a, _) => self.give_up_element(a),
            ExprKind::Index(a, _) if !self.prog.types.is_slice(a.ty) => self.give_up_element(a),
            ExprKind::Index(s, _) => {
                if let Some(u) = self.tracked(s) {
                    u.given_up = true;
                }
            }
            _ => {}
        }
    }
}
