//! What the walk knows at a point of a function (values of locals and
//! their order), and what follows from it: whether an index is in range,
//! not negative, or far enough below its type's maximum that adding one
//! does not wrap. Facts are about the mathematical values the locals hold
//! there; a value with an offset (`i-1`) is only formed where the
//! arithmetic cannot have wrapped.

/// A local's value plus a constant, or a constant alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Val {
    pub local: Option<i64>,
    pub off: i64,
}

impl Val {
    pub fn local(l: i64) -> Val {
        Val {
            local: Some(l),
            off: 0,
        }
    }

    pub fn constant(k: i64) -> Val {
        Val {
            local: None,
            off: k,
        }
    }

    /// The value plus `k`, as numbers (`None` past i64).
    pub fn plus(self, k: i64) -> Option<Val> {
        Some(Val {
            local: self.local,
            off: self.off.checked_add(k)?,
        })
    }

    fn mentions(&self, l: i64) -> bool {
        self.local == Some(l)
    }

    /// `self` shifted so that its offset is measured from `other`'s, when
    /// both are of the same local: self - other.
    fn minus(&self, other: &Val) -> Option<i64> {
        (self.local == other.local).then(|| self.off.checked_sub(other.off))?
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub(super) enum Fact {
    /// a < b. `fits`: b is a value of a's type (a comparison's two sides),
    /// so a + 1 cannot pass the type's maximum.
    Lt { a: Val, b: Val, fits: bool },
    /// a <= b.
    Le(Val, Val),
    /// 0 <= a.
    NonNeg(Val),
    /// The local holds the value.
    Holds(i64, Val),
    /// a is a multiple of the number (a power of two).
    Multiple(Val, i64),
    /// What holds while the local is true (it holds a comparison's result).
    When(i64, Vec<Fact>),
}

impl Fact {
    pub fn mentions(&self, l: i64) -> bool {
        match self {
            Fact::Lt { a, b, .. } | Fact::Le(a, b) => a.mentions(l) || b.mentions(l),
            Fact::NonNeg(a) | Fact::Multiple(a, _) => a.mentions(l),
            Fact::Holds(local, v) => *local == l || v.mentions(l),
            Fact::When(local, facts) => *local == l || facts.iter().any(|f| f.mentions(l)),
        }
    }
}

/// A divisor the pass knows: 2, 4, 8, … (a division by 1 needs nothing,
/// and the rules' `pow2` excludes it too).
pub(super) fn power_of_two(n: i64) -> bool {
    n > 1 && (n as u64).is_power_of_two()
}

/// What is known is bounded, so that a long function stays linear.
const MOST_FACTS: usize = 128;

#[derive(Clone, Default, Debug)]
pub(super) struct Facts(Vec<Fact>);

impl Facts {
    pub fn learn(&mut self, fact: Fact) {
        if self.0.contains(&fact) {
            return;
        }
        if self.0.len() >= MOST_FACTS {
            self.0.remove(0);
        }
        self.0.push(fact);
    }

    /// That 0 <= i < n: the index was checked against the length.
    pub fn learn_in_range(&mut self, i: Val, n: Val, fits: bool) {
        self.learn(Fact::NonNeg(i));
        self.learn(Fact::Lt { a: i, b: n, fits });
    }

    /// a < b, from a comparison of two values of one type.
    pub fn learn_less(&mut self, a: Val, b: Val) {
        // c < b: b - c - 1 >= 0.
        if a.local.is_none()
            && let Some(v) = a.off.checked_neg().and_then(|k| b.plus(k - 1))
        {
            self.learn(Fact::NonNeg(v));
        }
        self.learn(Fact::Lt { a, b, fits: true });
    }

    /// a <= b, from a comparison of two values of one type.
    pub fn learn_at_most(&mut self, a: Val, b: Val) {
        if a.local.is_none()
            && let Some(v) = a.off.checked_neg().and_then(|k| b.plus(k))
        {
            self.learn(Fact::NonNeg(v));
        }
        self.learn(Fact::Le(a, b));
    }

    /// Forgets what mentions a local (it is being assigned).
    pub fn forget(&mut self, l: i64) {
        self.0.retain(|f| !f.mentions(l));
    }

    pub fn forget_all(&mut self, locals: &[i64]) {
        if !locals.is_empty() {
            self.0.retain(|f| !locals.iter().any(|&l| f.mentions(l)));
        }
    }

    pub fn held(&self, local: i64) -> Option<Val> {
        self.0.iter().find_map(|f| match f {
            Fact::Holds(l, v) if *l == local => Some(*v),
            _ => None,
        })
    }

    pub fn when_true(&self, local: i64) -> Option<&[Fact]> {
        self.0.iter().find_map(|f| match f {
            Fact::When(l, facts) if *l == local => Some(facts.as_slice()),
            _ => None,
        })
    }

    /// The facts of `self` not in `before`.
    pub fn added_since(&self, before: &Facts) -> Vec<Fact> {
        self.0
            .iter()
            .filter(|f| !before.0.contains(f))
            .cloned()
            .collect()
    }

    /// What holds after either of two paths (`None`: a path that does not
    /// arrive).
    pub fn meet(a: Option<Facts>, b: Option<Facts>) -> Option<Facts> {
        match (a, b) {
            (Some(a), Some(b)) => {
                Some(Facts(a.0.into_iter().filter(|f| b.0.contains(f)).collect()))
            }
            (a, None) => a,
            (None, b) => b,
        }
    }

    /// Whether a is known to be a multiple of m.
    pub fn multiple_of(&self, a: Val, m: i64) -> bool {
        self.0
            .iter()
            .any(|f| matches!(f, Fact::Multiple(x, k) if *x == a && m != 0 && k % m == 0))
    }

    /// Whether 0 <= i < n.
    pub fn in_range(&self, i: Val, n: Val) -> bool {
        self.non_negative(i) && self.less(i, n)
    }

    pub fn non_negative(&self, v: Val) -> bool {
        if v.local.is_none() {
            return v.off >= 0;
        }
        self.0.iter().any(|f| match f {
            Fact::NonNeg(x) => v.minus(x).is_some_and(|d| d >= 0),
            _ => false,
        })
    }

    /// Whether v < n.
    pub fn less(&self, v: Val, n: Val) -> bool {
        if let (None, None) = (v.local, n.local) {
            return v.off < n.off;
        }
        self.at_most_values(v).any(|w| {
            self.0.iter().any(|f| match f {
                // w = a + d and a < b, so w < b + d: enough if b + d <= n.
                Fact::Lt { a, b, .. } => w
                    .minus(a)
                    .and_then(|d| b.plus(d))
                    .is_some_and(|top| self.at_most(top, n)),
                _ => false,
            })
        })
    }

    /// Whether x <= n, directly or through one known `p <= q`.
    fn at_most(&self, x: Val, n: Val) -> bool {
        x.minus(&n).is_some_and(|d| d <= 0)
            || self
                .at_most_values(x)
                .skip(1)
                .any(|y| y.minus(&n).is_some_and(|d| d <= 0))
    }

    /// Whether v + 1 does not pass `max` (v is of a type whose largest
    /// value is `max`).
    pub fn below_max(&self, v: Val, max: i64) -> bool {
        if v.local.is_none() {
            return v.off < max;
        }
        self.at_most_values(v).any(|w| {
            self.0.iter().any(|f| match f {
                // w <= a < b, and b is at most max.
                Fact::Lt { a, b, fits } => {
                    w.minus(a).is_some_and(|d| d <= 0)
                        && (*fits || (b.local.is_none() && b.off <= max))
                }
                _ => false,
            })
        })
    }

    /// v itself, and each value v is known to be at most (one step).
    fn at_most_values(&self, v: Val) -> impl Iterator<Item = Val> + '_ {
        let above = self.0.iter().filter_map(move |f| match f {
            // v = x + d <= y + d
            Fact::Le(x, y) => y.plus(v.minus(x)?),
            _ => None,
        });
        std::iter::once(v).chain(above)
    }
}
