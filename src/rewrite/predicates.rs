//! The named predicates rule conditions may call (`:when (nonzero ?frame)`).
//! This is the only host code rules can reach; each predicate looks at
//! the e-classes its arguments are bound to and answers yes or no.

use egg::Id;
use rustc_hash::FxHashSet as HashSet;

use crate::ir::fold::{Function, Value};
use crate::ir::lang::{Graph, Node};
use crate::ir::ops::{DivS32, DivU32};

/// A predicate argument: a matched e-class, a number, or an operator name.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    Class(Id),
    Num(i64),
    Op(&'static str),
}

pub struct Predicate {
    pub name: &'static str,
    pub arity: usize,
    pub doc: &'static str,
    /// How many levels of classes below its arguments it reads (0: only
    /// their values and identity); `None` when there is no bound (a list's
    /// length).
    pub reach: Option<usize>,
    pub check: Check,
}

/// How a predicate decides.
pub enum Check {
    /// From its arguments' numbers alone; false when one is not a known
    /// number. Such a predicate on a number the memo hid is decided on its
    /// value and noted as a fact the lowering depends on (`ir::fold`).
    Numbers(fn(&[i64]) -> bool),
    /// From the e-graph around its arguments.
    Graph(fn(&Graph, &[Arg]) -> bool),
}

impl Predicate {
    pub fn holds(&'static self, g: &Graph, args: &[Arg]) -> bool {
        match self.check {
            Check::Graph(check) => check(g, args),
            Check::Numbers(check) => numbers_hold(self, check, g, args),
        }
    }
}

/// A number predicate on `args`; an answer that depended on a hidden
/// number is noted as a fact.
fn numbers_hold(
    predicate: &'static Predicate,
    check: fn(&[i64]) -> bool,
    g: &Graph,
    args: &[Arg],
) -> bool {
    let mut numbers = Vec::with_capacity(args.len());
    let mut hidden = false;
    for a in args {
        match *a {
            Arg::Num(n) => numbers.push(n),
            Arg::Class(id) => match g[id].data {
                Value::Num(n) => numbers.push(n),
                Value::Hidden(_) => hidden = true,
                Value::Unknown => return false,
            },
            Arg::Op(_) => return false,
        }
    }
    if !hidden {
        return check(&numbers);
    }
    // On a hidden number: answered on its value and noted as a fact.
    let values: Vec<Value> = args
        .iter()
        .map(|a| match *a {
            Arg::Num(n) => Value::Num(n),
            Arg::Class(id) => g[id].data,
            Arg::Op(_) => Value::Unknown,
        })
        .collect();
    let answer = g
        .analysis
        .apply(predicate.name, Function::Predicate(check), &values);
    answer == Some(1)
}

pub static PREDICATES: &[Predicate] = &[
    Predicate {
        name: "zero",
        arity: 1,
        doc: "the number is 0",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] == 0),
    },
    Predicate {
        name: "nonzero",
        arity: 1,
        doc: "the number is not 0",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] != 0),
    },
    Predicate {
        name: "le",
        arity: 2,
        doc: "the first number is at most the second",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] <= n[1]),
    },
    Predicate {
        name: "lt",
        arity: 2,
        doc: "the first number is less than the second",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] < n[1]),
    },
    Predicate {
        name: "gt",
        arity: 2,
        doc: "the first number is greater than the second",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] > n[1]),
    },
    Predicate {
        name: "ge",
        arity: 2,
        doc: "the first number is at least the second",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] >= n[1]),
    },
    Predicate {
        name: "pow2",
        arity: 1,
        doc: "the number is a power of two from 2 up (2, 4, 8, …)",
        reach: Some(0),
        check: Check::Numbers(|n| n[0] > 1 && (n[0] & (n[0] - 1)) == 0),
    },
    Predicate {
        name: "low-mask",
        arity: 1,
        doc: "the number keeps only low bits: 2^k - 1 for k from 1 to 32 (255, 65535)",
        reach: Some(0),
        check: Check::Numbers(|n| {
            (1..=u32::MAX as i64).contains(&n[0]) && (n[0] & (n[0] + 1)) == 0
        }),
    },
    Predicate {
        name: "magic-u32",
        arity: 1,
        doc: "an unsigned 32-bit division by the number (its low 32 bits) is a multiply and a \
              shift: it is 3 or more and not a power of two (calc.divu32.* have values)",
        reach: Some(0),
        check: Check::Numbers(|n| DivU32::of(n[0]).is_some()),
    },
    Predicate {
        name: "magic-s32",
        arity: 1,
        doc: "a signed 32-bit division by the number (its low 32 bits as an i32) is a multiply, \
              a shift and a sign correction: it is 3 or more and not a power of two \
              (calc.divs32.* have values)",
        reach: Some(0),
        check: Check::Numbers(|n| DivS32::of(n[0]).is_some()),
    },
    Predicate {
        name: "allowed-pointee",
        arity: 1,
        doc: "Go 1.27 allows a pointer to this type in wasmexport/wasmimport signatures: \
              bool, sized integers, floats, arrays of those, empty structs, structs of allowed \
              fields with a field of type structs.HostLayout (the atom hostlayout) anywhere",
        reach: Some(ALLOWED_POINTEE_DEPTH + 1),
        check: Check::Graph(|g, a| match a[0] {
            Arg::Class(id) => allowed_pointee(g, id, 0),
            _ => false,
        }),
    },
    Predicate {
        name: "list-len-le",
        arity: 2,
        doc: "the list (cons … nil) has at most this many elements",
        reach: None,
        check: Check::Graph(|g, a| match (a[0], value(g, a[1])) {
            (Arg::Class(id), Some(max)) => list_len(g, id).is_some_and(|n| n as i64 <= max),
            _ => false,
        }),
    },
    Predicate {
        name: "list-len-gt",
        arity: 2,
        doc: "the list (cons … nil) has more than this many elements",
        reach: None,
        check: Check::Graph(|g, a| match (a[0], value(g, a[1])) {
            (Arg::Class(id), Some(max)) => list_len(g, id).is_some_and(|n| n as i64 > max),
            _ => false,
        }),
    },
    Predicate {
        name: "pure",
        arity: 1,
        doc: "evaluating the term has no effect besides its value (no call, store or set), \
              so it may be computed twice or dropped",
        reach: Some(PURE_DEPTH + 1),
        check: Check::Graph(|g, a| match a[0] {
            Arg::Class(id) => pure(g, id),
            _ => false,
        }),
    },
    Predicate {
        name: "same",
        arity: 2,
        doc: "both arguments are the same term",
        reach: Some(0),
        check: Check::Graph(|g, a| match (a[0], a[1]) {
            (Arg::Class(x), Arg::Class(y)) => g.find(x) == g.find(y),
            _ => false,
        }),
    },
    Predicate {
        name: "plain",
        arity: 1,
        doc: "the term is a constant, a local's value, or the address of a package \
              variable or of a frame slot: it reads no memory, so only setting a local \
              changes it",
        reach: Some(1),
        check: Check::Graph(|g, a| match a[0] {
            Arg::Class(id) => g[id].nodes.iter().any(|n| {
                matches!(
                    n.op_name(),
                    Some("go.const" | "local.get" | "go.addr" | "go.frameaddr")
                )
            }),
            _ => false,
        }),
    },
    Predicate {
        name: "boolean",
        arity: 1,
        doc: "the term is a comparison (an eq, ne, lt, le, gt, ge or eqz of any wasm type): \
              its value is 0 or 1, so it may be added as a number",
        reach: Some(1),
        check: Check::Graph(|g, a| match a[0] {
            Arg::Class(id) => g[id]
                .nodes
                .iter()
                .any(|n| n.op_name().is_some_and(is_comparison)),
            _ => false,
        }),
    },
];

pub fn lookup(name: &str) -> Option<&'static Predicate> {
    PREDICATES.iter().find(|p| p.name == name)
}

/// The number a class stands for, if known.
pub fn num(g: &Graph, a: Arg) -> Option<i64> {
    match a {
        Arg::Class(id) => g.analysis.read(g[id].data),
        Arg::Num(n) => Some(n),
        Arg::Op(_) => None,
    }
}

fn value(g: &Graph, a: Arg) -> Option<i64> {
    num(g, a)
}

/// The number of elements of a list; elements that are lists themselves
/// count their own elements (a string parameter is two wasm parameters).
fn list_len(g: &Graph, mut id: Id) -> Option<usize> {
    let mut n = 0;
    for _ in 0..10_000 {
        let next = g[id].nodes.iter().find_map(|node| match node {
            Node::Op(op, c) if op.as_str() == "cons" => Some(Some((c[0], c[1]))),
            Node::Op(op, _) if op.as_str() == "nil" => Some(None),
            _ => None,
        })?;
        match next {
            Some((head, rest)) => {
                n += if is_list(g, head) {
                    list_len(g, head)?
                } else {
                    1
                };
                id = rest;
            }
            None => return Some(n),
        }
    }
    None
}

fn is_list(g: &Graph, id: Id) -> bool {
    g[id]
        .nodes
        .iter()
        .any(|n| matches!(n.op_name(), Some("cons" | "nil")))
}

/// How deep `allowed-pointee` follows arrays and structs.
const ALLOWED_POINTEE_DEPTH: usize = 32;

fn allowed_pointee(g: &Graph, id: Id, depth: usize) -> bool {
    if depth > ALLOWED_POINTEE_DEPTH {
        return false;
    }
    g[id].nodes.iter().any(|node| match node {
        Node::Op(op, c) => match op.as_str() {
            "bool" | "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32"
            | "uint64" | "float32" | "float64" => true,
            "array" => allowed_pointee(g, c[1], depth + 1),
            "struct" => {
                c.is_empty()
                    || (c.iter().any(|f| is_op(g, *f, "hostlayout"))
                        && c.iter().all(|f| {
                            is_op(g, *f, "hostlayout") || allowed_pointee(g, *f, depth + 1)
                        }))
            }
            _ => false,
        },
        _ => false,
    })
}

/// Whether a wasm operator is a comparison: `i32.eqz`, `i64.lt_u`,
/// `f64.ge`… Each yields an i32 that is 0 or 1 (wasm's rule), whereas a
/// condition in general is only zero or not.
fn is_comparison(op: &str) -> bool {
    let Some((ty, name)) = op.split_once('.') else {
        return false;
    };
    matches!(ty, "i32" | "i64" | "f32" | "f64")
        && matches!(
            name,
            "eqz"
                | "eq"
                | "ne"
                | "lt"
                | "lt_s"
                | "lt_u"
                | "le"
                | "le_s"
                | "le_u"
                | "gt"
                | "gt_s"
                | "gt_u"
                | "ge"
                | "ge_s"
                | "ge_u"
        )
}

fn is_op(g: &Graph, id: Id, name: &str) -> bool {
    g[id].nodes.iter().any(|n| n.op_name() == Some(name))
}

/// Operators whose evaluation has effects beyond producing a value
/// (including traps and Go panics).
fn effectful(op: &str) -> bool {
    if let Some(go) = op.strip_prefix("go.") {
        return !matches!(
            go,
            "const"
                | "global"
                | "addr"
                | "add"
                | "sub"
                | "mul"
                | "and"
                | "or"
                | "xor"
                | "andnot"
                | "neg"
                | "bitnot"
                | "not"
                // Only choose which operands run; those are checked too.
                | "andand"
                | "oror"
                | "eq"
                | "ne"
                | "lt"
                | "le"
                | "gt"
                | "ge"
                | "conv"
                | "result"
                | "valtype"
        );
    }
    matches!(
        op,
        "call"
            | "local.set"
            | "local.tee"
            | "global.set"
            | "drop"
            | "return"
            | "br"
            | "br_if"
            | "unreachable"
            | "unwind-exit"
            | "memory.grow"
            | "block"
            | "loop"
            | "if"
            | "if-else"
            | "if-result"
            | "block.result"
            | "popped"
    ) || op.contains(".store")
        || op.ends_with("div_s")
        || op.ends_with("div_u")
        || op.ends_with("rem_s")
        || op.ends_with("rem_u")
        || (op.contains(".trunc_f") && !op.contains("_sat_"))
}

/// How far below a class `pure` looks; a term deeper than that counts as
/// not pure.
const PURE_DEPTH: usize = 64;

/// Whether no node reachable from the class is effectful: every way of
/// computing it must be pure, since which one extraction picks is not known
/// yet. Breadth first with each class visited once, so that a long chain
/// costs its first levels only.
fn pure(g: &Graph, id: Id) -> bool {
    let mut seen: HashSet<Id> = HashSet::default();
    let mut level = vec![g.find(id)];
    seen.insert(level[0]);
    for _ in 0..=PURE_DEPTH {
        let mut below = Vec::new();
        for class in level {
            for node in &g[class].nodes {
                if let Node::Op(op, children) = node {
                    if effectful(op.as_str()) {
                        return false;
                    }
                    below.extend(
                        children
                            .iter()
                            .map(|c| g.find(*c))
                            .filter(|c| seen.insert(*c)),
                    );
                }
            }
        }
        if below.is_empty() {
            return true;
        }
        level = below;
    }
    false
}
