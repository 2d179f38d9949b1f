//! The e-graph's analysis: constant folding of the computed operators
//! (`calc.add`, …), and the record of what a run learned of the numbers
//! the memo hides.
//!
//! A class whose value is known gets the number as a node, so rules can
//! compute offsets and extraction never sees the computation.
//!
//! The memo (`rewrite::memo`) may lower a unit with some of its numbers
//! replaced by placeholder names, so that units differing only in those
//! numbers share one lowering. The run still knows each hidden value and
//! behaves exactly as on the unit itself; what it must note is every
//! decision that depended on a hidden value, as a [`Fact`]:
//!
//! * a condition read the number, or it met another number in a class:
//!   the lowering holds only where the placeholder stands for this very
//!   number ([`Fact::Is`]);
//! * a computed operator or a condition that only compares numbers
//!   (`pow2`, `lt`, …) gave a result on it: the lowering holds wherever
//!   it gives the same ([`Fact::Gives`]).
//!
//! The e-graph keeps the shape the unit's own would have: where a rule
//! computes a number the unit hides, the class joins the placeholder's
//! leaf, as it would join the number's.
//!
//! Rule patterns that spell a number out never meet a hidden one: numbers
//! that any rule spells out are never hidden.

use std::cell::RefCell;
use std::sync::Arc;

use egg::{Analysis, DidMerge, Id};
use rustc_hash::FxHashMap as HashMap;

use super::lang::{Graph, Node, Sym};
use super::ops;

/// What the analysis knows of a class's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Unknown,
    Num(i64),
    /// A hidden number's placeholder.
    Hidden(Sym),
}

/// What a lowering with hidden numbers depends on.
#[derive(Clone)]
pub enum Fact {
    /// The placeholder stands for this number.
    Is(Sym, i64),
    /// A function of numbers (a number predicate, a computed operator)
    /// gave this result on them.
    Gives {
        /// The function's name, which identifies it.
        name: &'static str,
        function: Function,
        args: Vec<FactArg>,
        result: Option<i64>,
    },
}

#[derive(Clone, Copy)]
pub enum Function {
    Predicate(fn(&[i64]) -> bool),
    Compute(ops::ComputeFn),
}

impl Function {
    fn apply(self, args: &[i64]) -> Option<i64> {
        match self {
            Function::Predicate(f) => Some(f(args) as i64),
            Function::Compute(f) => f(args),
        }
    }
}

impl Eq for Fact {}

/// As equality: the function's name stands for the function.
impl std::hash::Hash for Fact {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Fact::Is(p, v) => (0u8, p, v).hash(state),
            Fact::Gives {
                name, args, result, ..
            } => (1u8, name, args, result).hash(state),
        }
    }
}

impl PartialEq for Fact {
    fn eq(&self, other: &Fact) -> bool {
        match (self, other) {
            (Fact::Is(p, v), Fact::Is(q, w)) => p == q && v == w,
            (
                Fact::Gives {
                    name: a,
                    args: x,
                    result: r,
                    ..
                },
                Fact::Gives {
                    name: b,
                    args: y,
                    result: t,
                    ..
                },
            ) => a == b && x == y && r == t,
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactArg {
    Num(i64),
    Hidden(Sym),
}

impl Fact {
    /// Whether the fact holds with each placeholder standing for the
    /// number `value` gives it.
    pub fn holds(&self, value: impl Fn(Sym) -> Option<i64>) -> bool {
        match self {
            Fact::Is(p, v) => value(*p) == Some(*v),
            Fact::Gives {
                function,
                args,
                result,
                ..
            } => {
                let values: Option<Vec<i64>> = args
                    .iter()
                    .map(|a| match *a {
                        FactArg::Num(n) => Some(n),
                        FactArg::Hidden(s) => value(s),
                    })
                    .collect();
                values.is_some_and(|v| function.apply(&v) == *result)
            }
        }
    }
}

/// The numbers a run hides, each under its placeholder name.
#[derive(Debug, Default)]
pub struct Hidden {
    pub by_placeholder: HashMap<Sym, i64>,
    pub by_value: HashMap<i64, Sym>,
}

#[derive(Default, Clone)]
pub struct Fold {
    /// Two different numbers that the rules made one class: a rule
    /// equates terms that differ, reported after the round (see `run`).
    pub contradiction: Option<(i64, i64)>,
    hidden: Option<Arc<Hidden>>,
    /// What the run learned of hidden numbers, in the order learned
    /// (conditions read the e-graph through a shared reference, hence the
    /// cell), and the same as a set: a long function notes thousands.
    facts: RefCell<(Vec<Fact>, rustc_hash::FxHashSet<Fact>)>,
}

impl Fold {
    /// An analysis for a run in which `hidden`'s placeholders stand for
    /// numbers.
    pub fn hiding(hidden: Arc<Hidden>) -> Fold {
        Fold {
            hidden: Some(hidden),
            ..Fold::default()
        }
    }

    /// `function` on the numbers of `args`; a result that depended on a
    /// hidden number is noted as a fact. `None` when an argument is not a
    /// number.
    pub fn apply(&self, name: &'static str, function: Function, args: &[Value]) -> Option<i64> {
        let mut values = Vec::with_capacity(args.len());
        let mut fact_args = Vec::with_capacity(args.len());
        for a in args {
            let (value, fact_arg) = match *a {
                Value::Num(n) => (n, FactArg::Num(n)),
                Value::Hidden(s) => (self.hidden_value(s)?, FactArg::Hidden(s)),
                Value::Unknown => return None,
            };
            values.push(value);
            fact_args.push(fact_arg);
        }
        let result = function.apply(&values);
        if fact_args.iter().any(|a| matches!(a, FactArg::Hidden(_))) {
            self.note(Fact::Gives {
                name,
                function,
                args: fact_args,
                result,
            });
        }
        result
    }

    /// The number of a class, for a condition; reading a hidden one is
    /// noted.
    pub fn read(&self, value: Value) -> Option<i64> {
        match value {
            Value::Num(n) => Some(n),
            Value::Hidden(s) => self.reveal(s),
            Value::Unknown => None,
        }
    }

    /// The number a placeholder hides, noted as needed.
    fn reveal(&self, placeholder: Sym) -> Option<i64> {
        let value = self.hidden_value(placeholder)?;
        self.note(Fact::Is(placeholder, value));
        Some(value)
    }

    /// The number a placeholder hides.
    pub fn hidden_value(&self, placeholder: Sym) -> Option<i64> {
        self.hidden
            .as_ref()?
            .by_placeholder
            .get(&placeholder)
            .copied()
    }

    pub fn note(&self, fact: Fact) {
        let (in_order, known) = &mut *self.facts.borrow_mut();
        if known.insert(fact.clone()) {
            in_order.push(fact);
        }
    }

    /// The facts the run's lowering depends on.
    pub fn facts(&self) -> Vec<Fact> {
        self.facts.borrow().0.clone()
    }

    /// A hidden number met the number `x` in a class.
    fn meet(&mut self, placeholder: Sym, x: i64) {
        if let Some(v) = self.reveal(placeholder)
            && v != x
        {
            self.contradiction.get_or_insert((v, x));
        }
    }

    fn hidden_name(&self, s: Sym) -> bool {
        self.hidden
            .as_ref()
            .is_some_and(|h| h.by_placeholder.contains_key(&s))
    }

    fn placeholder_of(&self, n: i64) -> Option<Sym> {
        self.hidden.as_ref()?.by_value.get(&n).copied()
    }
}

impl Analysis<Node> for Fold {
    type Data = Value;

    fn make(egraph: &mut Graph, enode: &Node, _id: Id) -> Value {
        let fold = &egraph.analysis;
        match enode {
            Node::Num(n) => Value::Num(*n),
            Node::Name(s) if fold.hidden_name(*s) => Value::Hidden(*s),
            Node::Name(_) => Value::Unknown,
            Node::Op(op, children) => {
                let Some(compute) = ops::compute(op.as_str()) else {
                    return Value::Unknown;
                };
                let mut numbers = Vec::with_capacity(children.len());
                for c in children.iter() {
                    match egraph[*c].data {
                        Value::Num(n) => numbers.push(n),
                        Value::Unknown => return Value::Unknown,
                        // A hidden argument: the result is noted as a fact.
                        Value::Hidden(_) => {
                            let args: Vec<Value> =
                                children.iter().map(|c| egraph[*c].data).collect();
                            let function = Function::Compute(compute);
                            let result = fold.apply(op.as_str(), function, &args);
                            return result.map_or(Value::Unknown, Value::Num);
                        }
                    }
                }
                let result = compute(&numbers);
                result.map_or(Value::Unknown, Value::Num)
            }
        }
    }

    fn merge(&mut self, a: &mut Value, b: Value) -> DidMerge {
        match (*a, b) {
            (_, Value::Unknown) => DidMerge(false, *a != Value::Unknown),
            (Value::Unknown, b) => {
                *a = b;
                DidMerge(true, false)
            }
            (Value::Num(x), Value::Num(y)) => {
                if x != y {
                    self.contradiction.get_or_insert((x, y));
                }
                DidMerge(false, false)
            }
            // A hidden number and a number in one class: shown, the same
            // number (the lowering then holds for this value only) or a
            // contradiction.
            (Value::Hidden(p), Value::Num(x)) => {
                self.meet(p, x);
                *a = b;
                DidMerge(true, false)
            }
            (Value::Num(x), Value::Hidden(p)) => {
                self.meet(p, x);
                DidMerge(false, true)
            }
            (Value::Hidden(p), Value::Hidden(q)) => {
                // Two placeholders stand for two different numbers.
                if p != q
                    && let (Some(x), Some(y)) = (self.hidden_value(p), self.hidden_value(q))
                {
                    self.contradiction.get_or_insert((x, y));
                }
                DidMerge(false, false)
            }
        }
    }

    fn modify(egraph: &mut Graph, id: Id) {
        if let Value::Num(n) = egraph[id].data {
            // Shown, a number the unit hides would be its own leaf: the
            // placeholder's, which this class joins as the number's would.
            let leaf = match egraph.analysis.placeholder_of(n) {
                Some(p) => Node::Name(p),
                None => Node::Num(n),
            };
            let leaf = egraph.add(leaf);
            egraph.union(id, leaf);
        }
    }
}
