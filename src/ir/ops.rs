//! The operators wexlab knows before any rule file is read: what the front
//! end produces (`export`, `go.add`, …), the data that terms carry (types,
//! lists, wasm value types), the WebAssembly instructions the emitter knows
//! (their table is [`super::wasm`]), and the computed operators rules may use
//! for arithmetic on numbers.
//!
//! Rule files may declare more operators (`(decl NAME ARITY)`): intermediate
//! steps that must be rewritten away before extraction.

use std::sync::LazyLock;

use super::wasm;

/// How many children an operator takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    Fixed(usize),
    /// Any number of children (`seq`, `call`).
    Any,
    /// At least this many.
    AtLeast(usize),
}

impl Arity {
    pub fn accepts(self, n: usize) -> bool {
        match self {
            Arity::Fixed(k) => n == k,
            Arity::Any => true,
            Arity::AtLeast(k) => n >= k,
        }
    }
}

impl std::fmt::Display for Arity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arity::Fixed(1) => write!(f, "1 argument"),
            Arity::Fixed(k) => write!(f, "{k} arguments"),
            Arity::Any => write!(f, "any number of arguments"),
            Arity::AtLeast(k) => write!(f, "at least {k} arguments"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Produced by the front end or declared by rules; must be rewritten away.
    Input,
    /// Carried along by terms and read by the emitter (types, lists, value types).
    Data,
    /// A WebAssembly instruction or structure the emitter turns into code.
    Wasm,
    /// Arithmetic on numbers, folded as soon as its arguments are known.
    Compute,
}

#[derive(Clone)]
pub struct OpInfo {
    pub name: &'static str,
    pub arity: Arity,
    pub category: Category,
}

macro_rules! ops {
    ($($cat:ident: $($name:literal / $arity:expr),* ;)*) => {
        /// The operators besides WebAssembly's.
        static LISTED: &[OpInfo] = &[
            $($(OpInfo { name: $name, arity: $arity, category: Category::$cat },)*)*
        ];
    };
}

/// Every built-in operator: those listed here, then WebAssembly's.
pub static BUILTIN: LazyLock<Vec<OpInfo>> = LazyLock::new(|| {
    let wasm = wasm::INSTRUCTIONS.iter().map(|w| OpInfo {
        name: w.name,
        arity: w.arity,
        category: Category::Wasm,
    });
    LISTED.iter().cloned().chain(wasm).collect()
});

use Arity::{Any, AtLeast, Fixed};

ops! {
    // What the front end builds (see src/ir/build.rs for their meaning).
    Input:
        "export" / Fixed(5), "import" / Fixed(6), "entry" / Fixed(3), "go.func" / Fixed(4),
        "go.const" / Fixed(2), "go.global" / Fixed(2), "go.addr" / Fixed(1), "go.deref" / Fixed(2),
        "go.store" / Fixed(3), "go.setglobal" / Fixed(3),
        "go.add" / Fixed(3), "go.sub" / Fixed(3), "go.mul" / Fixed(3), "go.div" / Fixed(3),
        "go.rem" / Fixed(3), "go.and" / Fixed(3), "go.or" / Fixed(3), "go.xor" / Fixed(3),
        "go.andnot" / Fixed(3), "go.shl" / Fixed(4), "go.shr" / Fixed(4),
        "go.neg" / Fixed(2), "go.bitnot" / Fixed(2), "go.not" / Fixed(1),
        "go.eq" / Fixed(3), "go.ne" / Fixed(3), "go.lt" / Fixed(3), "go.le" / Fixed(3),
        "go.gt" / Fixed(3), "go.ge" / Fixed(3), "go.andand" / Fixed(2), "go.oror" / Fixed(2),
        "go.conv" / Fixed(3), "go.call" / Fixed(2), "go.result" / Fixed(2), "go.strlit" / Fixed(2), "go.str" / Fixed(2),
        "go.strptr" / Fixed(1), "go.strlen" / Fixed(1), "go.index" / Fixed(3), "go.min" / Fixed(3), "go.max" / Fixed(3),
        "go.strslice" / Fixed(5), "go.slicecheck-high" / Fixed(3), "go.slicecheck-low" / Fixed(4),
        "go.return" / Fixed(1), "go.if" / Fixed(3), "go.loop" / Fixed(6),
        "go.block" / Fixed(2), "go.break" / Fixed(1), "go.continue" / Fixed(1),
        "go.print" / Fixed(2), "go.printsp" / Fixed(0), "go.printnl" / Fixed(0),
        "go.intrinsic" / AtLeast(1), "go.valtype" / Fixed(1),
        "go.dfunc" / Fixed(6), "go.dcall" / Fixed(3), "go.dreturn" / Fixed(1),
        "go.frameaddr" / Fixed(1), "go.load" / Fixed(3), "go.storeat" / Fixed(4),
        "go.offset" / Fixed(2), "go.copy" / Fixed(3), "go.zero" / Fixed(2),
        "go.nilcheck" / Fixed(1), "go.new" / Fixed(1), "go.elemaddr" / Fixed(4),
        "go.boundscheck" / Fixed(3), "go.inbounds" / Fixed(3), "go.divexact" / Fixed(3),
        "go.slice" / Fixed(3), "go.sliceptr" / Fixed(1), "go.slicelen" / Fixed(1),
        "go.slicecap" / Fixed(1),
        "go.slicecheck-cap" / Fixed(3), "go.slicecheck3-max" / Fixed(4),
        "go.slicecheck3-high" / Fixed(4), "go.slicecheck3-low" / Fixed(4),
        "go.subslice" / Fixed(8), "go.makeslice" / Fixed(5), "go.zerobytes" / Fixed(2),
        "go.unsafeslice" / Fixed(5), "go.unsafestring" / Fixed(5),
        "go.funcval" / Fixed(1), "go.icall" / Fixed(5), "go.closurectx" / Fixed(0),
        "go.unwind-check" / Fixed(0);
    // Data: Go types (underlying structure), lists, wasm value types, pieces of terms.
    Data:
        "bool" / Fixed(0), "int" / Fixed(0), "int8" / Fixed(0), "int16" / Fixed(0),
        "int32" / Fixed(0), "int64" / Fixed(0), "uint" / Fixed(0), "uint8" / Fixed(0),
        "uint16" / Fixed(0), "uint32" / Fixed(0), "uint64" / Fixed(0), "uintptr" / Fixed(0),
        "float32" / Fixed(0), "float64" / Fixed(0), "complex64" / Fixed(0),
        "complex128" / Fixed(0), "string" / Fixed(0), "unsafe.Pointer" / Fixed(0),
        "ptr" / Fixed(1), "array" / Fixed(2), "struct" / Any, "hostlayout" / Fixed(0),
        "slice" / Fixed(1), "map" / Fixed(0), "chan" / Fixed(0), "func" / Fixed(0),
        "interface" / Fixed(0), "recursive" / Fixed(0),
        "nil" / Fixed(0), "cons" / Fixed(2),
        "i32" / Fixed(0), "i64" / Fixed(0), "f32" / Fixed(0), "f64" / Fixed(0), "void" / Fixed(0),
        "param" / Fixed(3), "result" / Fixed(3), "arg" / Fixed(3), "ret" / Fixed(3),
        "exe" / Fixed(0), "c-shared" / Fixed(0),
        "ret-addr" / Fixed(1), "data-addr" / Fixed(1), "stack-top" / Fixed(0), "stack-limit" / Fixed(0),
        "stack-bottom" / Fixed(0), "data-start" / Fixed(0),
        "frame+" / Fixed(1), "locals+" / Fixed(1), "direct" / Fixed(1), "frame-local" / Fixed(0),
        "pop-to" / Fixed(1), "discard" / Fixed(0), "len" / Fixed(0), "cap" / Fixed(0),
        "func-record" / Fixed(1);
    // Arithmetic on numbers that rules compute with; never emitted.
    Compute:
        "calc.add" / Fixed(2), "calc.sub" / Fixed(2), "calc.mul" / Fixed(2), "calc.shl" / Fixed(2),
        "calc.i32" / Fixed(1), "calc.i32.add" / Fixed(2), "calc.i32.sub" / Fixed(2),
        "calc.i32.mul" / Fixed(2), "calc.i32.and" / Fixed(2), "calc.i32.or" / Fixed(2),
        "calc.i32.xor" / Fixed(2), "calc.i64.add" / Fixed(2), "calc.i64.sub" / Fixed(2),
        "calc.i64.mul" / Fixed(2), "calc.i64.and" / Fixed(2), "calc.i64.or" / Fixed(2),
        "calc.i64.xor" / Fixed(2), "calc.f64.from-i64" / Fixed(1),
        "calc.u32" / Fixed(1),
        "calc.i32.eqz" / Fixed(1), "calc.i32.eq" / Fixed(2), "calc.i32.ne" / Fixed(2),
        "calc.i32.lt_s" / Fixed(2), "calc.i32.lt_u" / Fixed(2), "calc.i32.gt_s" / Fixed(2),
        "calc.i32.gt_u" / Fixed(2), "calc.i32.le_s" / Fixed(2), "calc.i32.le_u" / Fixed(2),
        "calc.i32.ge_s" / Fixed(2), "calc.i32.ge_u" / Fixed(2),
        "calc.i32.shl" / Fixed(2), "calc.i32.shr_s" / Fixed(2), "calc.i32.shr_u" / Fixed(2),
        "calc.i32.div_s" / Fixed(2), "calc.i32.div_u" / Fixed(2), "calc.i32.rem_s" / Fixed(2),
        "calc.i32.rem_u" / Fixed(2), "calc.i32.extend8_s" / Fixed(1),
        "calc.i32.extend16_s" / Fixed(1),
        "calc.i64.eqz" / Fixed(1), "calc.i64.eq" / Fixed(2), "calc.i64.ne" / Fixed(2),
        "calc.i64.lt_s" / Fixed(2), "calc.i64.lt_u" / Fixed(2), "calc.i64.gt_s" / Fixed(2),
        "calc.i64.gt_u" / Fixed(2), "calc.i64.le_s" / Fixed(2), "calc.i64.le_u" / Fixed(2),
        "calc.i64.ge_s" / Fixed(2), "calc.i64.ge_u" / Fixed(2),
        "calc.i64.shl" / Fixed(2), "calc.i64.shr_s" / Fixed(2), "calc.i64.shr_u" / Fixed(2),
        "calc.i64.div_s" / Fixed(2), "calc.i64.div_u" / Fixed(2), "calc.i64.rem_s" / Fixed(2),
        "calc.i64.rem_u" / Fixed(2), "calc.log2" / Fixed(1),
        "calc.divu32.mul" / Fixed(1), "calc.divu32.add" / Fixed(1),
        "calc.divu32.shift" / Fixed(1), "calc.divs32.mul" / Fixed(1),
        "calc.divs32.shift" / Fixed(1);
}

pub fn builtin(name: &str) -> Option<&'static OpInfo> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static INDEX: OnceLock<HashMap<&'static str, &'static OpInfo>> = OnceLock::new();
    INDEX
        .get_or_init(|| BUILTIN.iter().map(|o| (o.name, o)).collect())
        .get(name)
        .copied()
}

/// What a computed operator does with its arguments (`None`: no value, e.g. overflow).
pub type ComputeFn = fn(&[i64]) -> Option<i64>;

/// The function of a computed operator.
pub fn compute(name: &str) -> Option<ComputeFn> {
    fn i32_of(v: i64) -> i32 {
        v as i32
    }
    Some(match name {
        "calc.add" => |a| a[0].checked_add(a[1]),
        "calc.sub" => |a| a[0].checked_sub(a[1]),
        "calc.mul" => |a| a[0].checked_mul(a[1]),
        "calc.shl" => |a| u32::try_from(a[1]).ok().and_then(|s| a[0].checked_shl(s)),
        // Numbers that stand for i32 values are kept sign-extended.
        "calc.i32" => |a| Some(i32_of(a[0]) as i64),
        "calc.i32.add" => |a| Some(i32_of(a[0]).wrapping_add(i32_of(a[1])) as i64),
        "calc.i32.sub" => |a| Some(i32_of(a[0]).wrapping_sub(i32_of(a[1])) as i64),
        "calc.i32.mul" => |a| Some(i32_of(a[0]).wrapping_mul(i32_of(a[1])) as i64),
        "calc.i32.and" => |a| Some((i32_of(a[0]) & i32_of(a[1])) as i64),
        "calc.i32.or" => |a| Some((i32_of(a[0]) | i32_of(a[1])) as i64),
        "calc.i32.xor" => |a| Some((i32_of(a[0]) ^ i32_of(a[1])) as i64),
        "calc.i64.add" => |a| Some(a[0].wrapping_add(a[1])),
        "calc.i64.sub" => |a| Some(a[0].wrapping_sub(a[1])),
        "calc.i64.mul" => |a| Some(a[0].wrapping_mul(a[1])),
        "calc.i64.and" => |a| Some(a[0] & a[1]),
        "calc.i64.or" => |a| Some(a[0] | a[1]),
        "calc.i64.xor" => |a| Some(a[0] ^ a[1]),
        // The bits of the float64 nearest to an integer.
        "calc.f64.from-i64" => |a| Some((a[0] as f64).to_bits() as i64),
        // An i32 zero-extended (i64.extend_i32_u).
        "calc.u32" => |a| Some(a[0] as u32 as i64),
        // wasm's instructions on constants: comparisons give 0 or 1, shift
        // counts are taken modulo the width, and a division that would trap
        // gives no value.
        "calc.i32.eqz" => |a| Some((i32_of(a[0]) == 0) as i64),
        "calc.i32.eq" => |a| Some((i32_of(a[0]) == i32_of(a[1])) as i64),
        "calc.i32.ne" => |a| Some((i32_of(a[0]) != i32_of(a[1])) as i64),
        "calc.i32.lt_s" => |a| Some((i32_of(a[0]) < i32_of(a[1])) as i64),
        "calc.i32.lt_u" => |a| Some(((a[0] as u32) < (a[1] as u32)) as i64),
        "calc.i32.gt_s" => |a| Some((i32_of(a[0]) > i32_of(a[1])) as i64),
        "calc.i32.gt_u" => |a| Some(((a[0] as u32) > (a[1] as u32)) as i64),
        "calc.i32.le_s" => |a| Some((i32_of(a[0]) <= i32_of(a[1])) as i64),
        "calc.i32.le_u" => |a| Some(((a[0] as u32) <= (a[1] as u32)) as i64),
        "calc.i32.ge_s" => |a| Some((i32_of(a[0]) >= i32_of(a[1])) as i64),
        "calc.i32.ge_u" => |a| Some(((a[0] as u32) >= (a[1] as u32)) as i64),
        "calc.i32.shl" => |a| Some(i32_of(a[0]).wrapping_shl(a[1] as u32) as i64),
        "calc.i32.shr_s" => |a| Some(i32_of(a[0]).wrapping_shr(a[1] as u32) as i64),
        "calc.i32.shr_u" => |a| Some((a[0] as u32).wrapping_shr(a[1] as u32) as i32 as i64),
        "calc.i32.div_s" => |a| i32_of(a[0]).checked_div(i32_of(a[1])).map(i64::from),
        "calc.i32.div_u" => |a| {
            (a[0] as u32)
                .checked_div(a[1] as u32)
                .map(|v| v as i32 as i64)
        },
        "calc.i32.rem_s" => |a| {
            // MinInt % -1 is 0 in wasm (no trap); only a zero divisor traps.
            (i32_of(a[1]) != 0).then(|| i32_of(a[0]).wrapping_rem(i32_of(a[1])) as i64)
        },
        "calc.i32.rem_u" => |a| {
            (a[0] as u32)
                .checked_rem(a[1] as u32)
                .map(|v| v as i32 as i64)
        },
        "calc.i32.extend8_s" => |a| Some(a[0] as i8 as i64),
        "calc.i32.extend16_s" => |a| Some(a[0] as i16 as i64),
        "calc.i64.eqz" => |a| Some((a[0] == 0) as i64),
        "calc.i64.eq" => |a| Some((a[0] == a[1]) as i64),
        "calc.i64.ne" => |a| Some((a[0] != a[1]) as i64),
        "calc.i64.lt_s" => |a| Some((a[0] < a[1]) as i64),
        "calc.i64.lt_u" => |a| Some(((a[0] as u64) < (a[1] as u64)) as i64),
        "calc.i64.gt_s" => |a| Some((a[0] > a[1]) as i64),
        "calc.i64.gt_u" => |a| Some(((a[0] as u64) > (a[1] as u64)) as i64),
        "calc.i64.le_s" => |a| Some((a[0] <= a[1]) as i64),
        "calc.i64.le_u" => |a| Some(((a[0] as u64) <= (a[1] as u64)) as i64),
        "calc.i64.ge_s" => |a| Some((a[0] >= a[1]) as i64),
        "calc.i64.ge_u" => |a| Some(((a[0] as u64) >= (a[1] as u64)) as i64),
        "calc.i64.shl" => |a| Some(a[0].wrapping_shl(a[1] as u32)),
        "calc.i64.shr_s" => |a| Some(a[0].wrapping_shr(a[1] as u32)),
        "calc.i64.shr_u" => |a| Some((a[0] as u64).wrapping_shr(a[1] as u32) as i64),
        "calc.i64.div_s" => |a| a[0].checked_div(a[1]),
        "calc.i64.div_u" => |a| (a[0] as u64).checked_div(a[1] as u64).map(|v| v as i64),
        "calc.i64.rem_s" => |a| (a[1] != 0).then(|| a[0].wrapping_rem(a[1])),
        "calc.i64.rem_u" => |a| (a[0] as u64).checked_rem(a[1] as u64).map(|v| v as i64),
        // The exponent of a power of two; nothing for other numbers.
        "calc.log2" => {
            |a| (a[0] > 0 && a[0] & (a[0] - 1) == 0).then(|| a[0].trailing_zeros() as i64)
        }
        // The constants that turn a 32-bit division by a constant into a
        // 64-bit multiply and shift (see `DivU32` and `DivS32`); nothing
        // for divisors that need no such help (0, ±1, powers of two).
        "calc.divu32.mul" => |a| DivU32::of(a[0]).map(|m| m.mul),
        "calc.divu32.add" => |a| DivU32::of(a[0]).map(|m| m.add),
        "calc.divu32.shift" => |a| DivU32::of(a[0]).map(|m| m.shift),
        "calc.divs32.mul" => |a| DivS32::of(a[0]).map(|m| m.mul),
        "calc.divs32.shift" => |a| DivS32::of(a[0]).map(|m| m.shift),
        _ => return None,
    })
}

/// Unsigned 32-bit division by a constant `d` as a multiplication: for
/// every u32 `x`, `x / d == (x * mul + add) >> shift`, computed in 64 bits
/// (wasm's `i64.mul` on the zero-extended `x`), where no step overflows.
///
/// Why it holds (Granlund and Montgomery's argument, spelled out for
/// these widths): let `l = ceil(log2 d)`, so `2^(l-1) < d < 2^l`, and
/// `shift = 31 + l`. Write `2^shift = k*d + f` with `0 < f < d` (`d` is not
/// a power of two, so it does not divide `2^shift`), and `e = d - f`.
///
/// * Rounding up, `mul = k + 1` and `add = 0`: `x * mul / 2^shift` is
///   `x/d + x*e / (d * 2^shift)`. With `x = q*d + r`, the floor is still
///   `q` as long as `r + x*e / 2^shift < d`, which holds when
///   `x * e < 2^shift`: true for every `x < 2^32` once `e <= 2^(l-1)`.
/// * Rounding down, `mul = k` and `add = k` (that is, `(x + 1) * k`):
///   `(x+1) * k / 2^shift` is `(x+1)/d - (x+1)*f / (d * 2^shift)`, which
///   stays in `[q, q+1)` as long as `(x+1) * f <= 2^shift`: true for every
///   `x < 2^32` once `f <= 2^(l-1)`.
///
/// Since `e + f = d < 2^l`, one of them is at most `2^(l-1)`; rounding up
/// is preferred, as it needs no addition. Either way `mul < 2^32`, so
/// `x * mul + add <= (2^32 - 1) * mul + mul < 2^64`: the 64-bit product is
/// exact. `shift` is at most 63.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DivU32 {
    pub mul: i64,
    pub add: i64,
    pub shift: i64,
}

impl DivU32 {
    /// The constants for the divisor whose low 32 bits are `d` (an i32
    /// constant may be held sign-extended or not); `None` for 0, 1 and
    /// powers of two.
    pub fn of(d: i64) -> Option<DivU32> {
        let d = u128::from(d as u32);
        if d < 3 || d.is_power_of_two() {
            return None;
        }
        let l = 128 - (d - 1).leading_zeros();
        let shift = 31 + l;
        let pow = 1u128 << shift;
        let (k, f) = (pow / d, pow % d);
        let half = 1u128 << (l - 1);
        let (mul, add) = if d - f <= half { (k + 1, 0) } else { (k, k) };
        Some(DivU32 {
            mul: i64::try_from(mul).ok()?,
            add: i64::try_from(add).ok()?,
            shift: i64::from(shift),
        })
    }
}

/// Signed 32-bit division by a constant `d` from 3 up, truncating as Go
/// does: for every i32 `x`, `x / d` is `((x * mul) >> shift) + (x < 0)`,
/// the product taken in 64 bits on the sign-extended `x` and shifted
/// arithmetically (a floor), the comparison being `x >> 31` unsigned.
///
/// Why it holds: with `l = ceil(log2 d)` and `shift = 31 + l`, `mul` is
/// `2^shift / d` rounded up, `mul * d = 2^shift + e` with `0 < e < d`. For
/// `x >= 0` the floor of `x * mul / 2^shift` is `x / d` when
/// `x * e < 2^shift`, as for unsigned division (`x < 2^31`, `e < 2^l`).
/// For `x = -a < 0` with `a = q*d + r`, the exact quotient is `-q`, and
/// `x * mul / 2^shift = -q - r/d - a*e / (d * 2^shift)`: when
/// `a * e <= 2^shift` (true for `a <= 2^31`) that lies in `[-q-1, -q)`,
/// so its floor is `-q-1` and adding one gives `-q`, whether or not `d`
/// divides `a`. `mul < 2^32` and `|x| <= 2^31`, so `|x * mul| < 2^63`: the
/// signed 64-bit product is exact. `shift` is at most 62.
///
/// Negative divisors are left to the rules (`x / -d` is `-(x / d)`), and
/// so are powers of two; -1 and MinInt32 have no constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DivS32 {
    pub mul: i64,
    pub shift: i64,
}

impl DivS32 {
    /// The constants for the divisor whose low 32 bits, as an i32, are `d`;
    /// `None` below 3 and for powers of two.
    pub fn of(d: i64) -> Option<DivS32> {
        let d = d as i32;
        if d < 3 || d.count_ones() == 1 {
            return None;
        }
        let d = u128::from(d as u32);
        let l = 128 - (d - 1).leading_zeros();
        let shift = 31 + l;
        let mul = (1u128 << shift) / d + 1;
        Some(DivS32 {
            mul: i64::try_from(mul).ok()?,
            shift: i64::from(shift),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_is_listed_once() {
        let mut names: Vec<&str> = BUILTIN.iter().map(|o| o.name).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn wasm_computations_follow_wasm() {
        let f = |name: &str, args: &[i64]| compute(name).unwrap()(args);
        assert_eq!(f("calc.i32.lt_u", &[-1, 1]), Some(0));
        assert_eq!(f("calc.i32.lt_s", &[-1, 1]), Some(1));
        assert_eq!(f("calc.i32.lt_u", &[4294967295, 1]), Some(0));
        assert_eq!(f("calc.i32.eq", &[4294967295, -1]), Some(1));
        assert_eq!(f("calc.i32.shl", &[1, 33]), Some(2));
        assert_eq!(f("calc.i32.shr_u", &[-1, 28]), Some(15));
        assert_eq!(f("calc.i32.shr_u", &[-8, 0]), Some(-8));
        assert_eq!(f("calc.i32.shr_s", &[-8, 1]), Some(-4));
        assert_eq!(f("calc.i32.div_s", &[i32::MIN as i64, -1]), None);
        assert_eq!(f("calc.i32.div_s", &[7, 0]), None);
        assert_eq!(f("calc.i32.div_s", &[-7, 2]), Some(-3));
        assert_eq!(f("calc.i32.div_u", &[-1, 2]), Some(i32::MAX as i64));
        assert_eq!(f("calc.i32.rem_s", &[i32::MIN as i64, -1]), Some(0));
        assert_eq!(f("calc.i32.rem_s", &[-7, 2]), Some(-1));
        assert_eq!(f("calc.i32.rem_u", &[-1, 10]), Some(5));
        assert_eq!(f("calc.i32.extend8_s", &[255]), Some(-1));
        assert_eq!(f("calc.u32", &[-1]), Some(4294967295));
        assert_eq!(f("calc.i64.div_s", &[i64::MIN, -1]), None);
        assert_eq!(f("calc.i64.rem_s", &[i64::MIN, -1]), Some(0));
        assert_eq!(f("calc.i64.shr_u", &[-1, 60]), Some(15));
        assert_eq!(f("calc.i64.shl", &[1, 65]), Some(2));
        assert_eq!(f("calc.i64.lt_u", &[-1, 0]), Some(0));
        assert_eq!(f("calc.i64.rem_u", &[5, 0]), None);
        assert_eq!(f("calc.log2", &[1 << 40]), Some(40));
        assert_eq!(f("calc.log2", &[12]), None);
        assert_eq!(f("calc.log2", &[i64::MIN]), None);
    }

    /// What the rules in rules/cleanup/magic.rules compute, in wasm's
    /// arithmetic: `i64.extend_i32_u`, `i64.mul`, `i64.add`, `i64.shr_u`,
    /// `i32.wrap_i64`.
    fn udiv_by_magic(x: u32, m: DivU32) -> u32 {
        let t = u64::from(x)
            .wrapping_mul(m.mul as u64)
            .wrapping_add(m.add as u64);
        (t >> m.shift) as u32
    }

    /// `i64.extend_i32_s`, `i64.mul`, `i64.shr_s`, `i32.wrap_i64`, then
    /// `i32.add` of `i32.shr_u x 31`.
    fn sdiv_by_magic(x: i32, m: DivS32) -> i32 {
        let t = i64::from(x).wrapping_mul(m.mul) >> m.shift;
        (t as i32).wrapping_add(((x as u32) >> 31) as i32)
    }

    /// Dividends that catch wrong constants: the ends of the range, values
    /// at and around multiples of the divisor near both ends, and a
    /// deterministic scatter in between.
    fn dividends(d: u32) -> Vec<u32> {
        let mut xs = vec![
            0,
            1,
            2,
            u32::MAX,
            u32::MAX - 1,
            1 << 31,
            (1 << 31) - 1,
            (1 << 31) + 1,
        ];
        for k in [
            1u64,
            2,
            3,
            1000,
            (u32::MAX / d) as u64 - 1,
            (u32::MAX / d) as u64,
        ] {
            let m = k * u64::from(d);
            for v in [m.wrapping_sub(1), m, m + 1] {
                if let Ok(v) = u32::try_from(v) {
                    xs.push(v);
                }
            }
        }
        let half = (i32::MAX as u32) / d;
        for k in [half.saturating_sub(1), half, half + 1] {
            let m = u64::from(k) * u64::from(d);
            for v in [m.wrapping_sub(1), m, m + 1] {
                if let Ok(v) = u32::try_from(v) {
                    xs.push(v);
                    xs.push(v.wrapping_neg());
                }
            }
        }
        let mut seed = 0x9e37_79b9_u32 ^ d;
        for _ in 0..2000 {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            xs.push(seed);
        }
        xs
    }

    const UNSIGNED_DIVISORS: &[u32] = &[
        3,
        5,
        6,
        7,
        9,
        10,
        11,
        12,
        13,
        25,
        60,
        100,
        125,
        641,
        1000,
        6700417,
        1_000_000_007,
        0x7fff_ffff,
        0x8000_0001,
        0xaaaa_aaaa,
        0xffff_fffd,
        0xffff_fffe,
        0xffff_ffff,
    ];

    #[test]
    fn unsigned_magic_divides_exactly() {
        for &d in UNSIGNED_DIVISORS {
            let m = DivU32::of(d.into()).unwrap();
            assert!(m.mul > 0 && m.mul < 1 << 32 && m.shift <= 63, "{d}: {m:?}");
            assert!(m.add == 0 || m.add == m.mul, "{d}: {m:?}");
            // The constant may come sign-extended: the same numbers.
            assert_eq!(DivU32::of(d as i32 as i64), Some(m));
            for x in dividends(d) {
                assert_eq!(udiv_by_magic(x, m), x / d, "{x} / {d} with {m:?}");
            }
        }
    }

    #[test]
    fn signed_magic_divides_exactly() {
        for &d in UNSIGNED_DIVISORS.iter().filter(|&&d| d <= i32::MAX as u32) {
            let m = DivS32::of(d.into()).unwrap();
            assert!(m.mul > 0 && m.mul < 1 << 32 && m.shift <= 62, "{d}: {m:?}");
            let d = d as i32;
            for x in dividends(d as u32) {
                let x = x as i32;
                assert_eq!(sdiv_by_magic(x, m), x / d, "{x} / {d} with {m:?}");
            }
        }
    }

    #[test]
    fn magic_constants_of_known_divisors() {
        let f = |name: &str, d: i64| compute(name).unwrap()(&[d]);
        // 7 rounds down: (x + 1) * 0x92492492 >> 34.
        assert_eq!(f("calc.divu32.mul", 7), Some(0x9249_2492));
        assert_eq!(f("calc.divu32.add", 7), Some(0x9249_2492));
        assert_eq!(f("calc.divu32.shift", 7), Some(34));
        // 3 and 10 round up: no addition.
        assert_eq!(f("calc.divu32.mul", 3), Some(0xaaaa_aaab));
        assert_eq!(f("calc.divu32.add", 3), Some(0));
        assert_eq!(f("calc.divu32.shift", 3), Some(33));
        assert_eq!(f("calc.divu32.mul", 10), Some(0xcccc_cccd));
        assert_eq!(f("calc.divu32.shift", 10), Some(35));
        assert_eq!(f("calc.divs32.mul", 7), Some(0x9249_2493));
        assert_eq!(f("calc.divs32.shift", 7), Some(34));
        assert!(f("calc.divu32.mul", 641).is_some());
        assert!(f("calc.divu32.mul", 0x7fff_ffff).is_some());
        assert!(f("calc.divu32.mul", 0xffff_ffff).is_some());
        assert!(
            f("calc.divu32.mul", -1).is_some(),
            "-1 is 0xffffffff as a u32"
        );
    }

    #[test]
    fn magic_constants_refuse_what_needs_none() {
        for op in [
            "calc.divu32.mul",
            "calc.divu32.add",
            "calc.divu32.shift",
            "calc.divs32.mul",
            "calc.divs32.shift",
        ] {
            let f = compute(op).unwrap();
            for d in [0, 1, 2, 4, 1 << 31, 1 << 32, i64::MIN, 1 << 40] {
                assert_eq!(f(&[d]), None, "{op} {d}");
            }
        }
        let f = compute("calc.divs32.mul").unwrap();
        // Negative divisors are the rules' business (x / -d == -(x / d)),
        // MinInt32 is a power of two's negation, and -1 overflows.
        for d in [-1, -3, -7, i32::MIN as i64, 0xffff_fff9, u32::MAX as i64] {
            assert_eq!(f(&[d]), None, "{d}");
        }
        // The low 32 bits decide: 2^32 + 7 is 7.
        assert_eq!(f(&[(1 << 32) + 7]), f(&[7]));
    }

    /// Every u32 dividend for a few divisors; slow unoptimized, so run on
    /// demand: `cargo test --release -- --ignored magic_exhaustive`.
    #[test]
    #[ignore]
    fn magic_exhaustive() {
        for d in [3u32, 7, 10, 641, 1_000_000_007, 0x7fff_ffff, 0xffff_ffff] {
            let m = DivU32::of(d.into()).unwrap();
            assert!(
                (0..=u32::MAX).all(|x| udiv_by_magic(x, m) == x / d),
                "u32 {d}"
            );
            if d <= i32::MAX as u32 {
                let m = DivS32::of(d.into()).unwrap();
                let d = d as i32;
                assert!(
                    (i32::MIN..=i32::MAX).all(|x| sdiv_by_magic(x, m) == x / d),
                    "i32 {d}"
                );
            }
        }
    }

    #[test]
    fn every_compute_op_has_a_function() {
        for op in BUILTIN.iter().filter(|o| o.category == Category::Compute) {
            assert!(compute(op.name).is_some(), "{}", op.name);
        }
    }
}
