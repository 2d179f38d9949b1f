//! Expressions of a given type.
//!
//! Go evaluates constant expressions when it compiles and rejects any that
//! overflows or divides by zero, so constants are only leaves here: every
//! operator has at least one operand that is not constant, and the operator's
//! result is never constant either. Constant leaves fit the type they take
//! (`literal` makes them for it), and a constant divisor is never zero.

use arbitrary::{Result, Unstructured};

use crate::composite;
use crate::consts::{self, Value};
use crate::methods;
use crate::places;
use crate::scope::Scope;
use crate::strings;
use crate::types::{Ty, Type};
use crate::values;

/// The deepest operator nesting of one expression.
pub const MAX_DEPTH: u32 = 5;

pub struct Expr {
    pub text: String,
    pub constant: bool,
    /// An untyped constant: it takes its type from where it is used, so it
    /// cannot stand alone where Go would give it a default type.
    pub untyped: bool,
}

impl Expr {
    fn variable(text: String) -> Expr {
        Expr {
            text,
            constant: false,
            untyped: false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Any,
    /// A constant, if it is one, is not zero (a divisor).
    NonZero,
    /// Not a constant.
    Variable,
}

/// An expression of type `ty`, at most `depth` operators deep.
pub fn expr(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32, want: Want) -> Result<Expr> {
    if depth == 0 || !s.has_vars() {
        return leaf(s, u, ty, want);
    }
    let d = depth - 1;
    if ty.is_bool() {
        return match u.int_in_range(0..=5)? {
            1 => comparison(s, u, d),
            5 => {
                let c = Expr::variable(strings::comparison(s, u, d)?);
                standalone(u, ty, Expr { untyped: true, ..c })
            }
            2 => logical(s, u, ty, d),
            3 => unary(s, u, ty, d),
            4 => call(s, u, ty, d, want),
            _ => leaf(s, u, ty, want),
        };
    }
    match u.int_in_range(0..=8)? {
        8 if ty.is_int() => match places::length(s, u)? {
            Some(n) => Ok(Expr::variable(format!("{}({n})", ty.spell(u)?))),
            None => leaf(s, u, ty, want),
        },
        1 | 2 => binary(s, u, ty, d),
        3 => unary(s, u, ty, d),
        4 => conversion(s, u, ty, d),
        5 => call(s, u, ty, d, want),
        6 if ty.is_int() => shift(s, u, ty, d),
        7 if !ty.is_bool() => Ok(Expr::variable(format!(
            "{}({})",
            ty.spell(u)?,
            strings::int_from_string(s, u, d)?
        ))),
        _ => leaf(s, u, ty, want),
    }
}

/// An expression with a type of its own, for `:=`, `var x =`, `println`
/// and the like: see `standalone`.
pub fn typed(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    let e = expr(s, u, ty, depth, Want::Any)?;
    standalone(u, ty, e)
}

/// `e` made to have type `ty` where nothing else gives it one: an untyped
/// constant would take a default type, and so would a comparison where a
/// named bool type is wanted, so both are converted (so is every value of
/// a named type, which costs nothing).
pub fn standalone(u: &mut Unstructured, ty: Ty, e: Expr) -> Result<Expr> {
    if !e.untyped && !ty.named {
        return Ok(e);
    }
    Ok(Expr {
        text: format!("{}({})", ty.spell(u)?, e.text),
        constant: e.constant,
        untyped: false,
    })
}

/// A new expression of type `ty`, of a random depth.
pub fn fresh_expr(s: &mut Scope, u: &mut Unstructured, ty: Ty, want: Want) -> Result<Expr> {
    let depth = u.int_in_range(0..=MAX_DEPTH)?;
    expr(s, u, ty, depth, want)
}

/// A new `typed` expression, of a random depth.
pub fn fresh_typed(s: &mut Scope, u: &mut Unstructured, ty: Ty) -> Result<Expr> {
    let depth = u.int_in_range(0..=MAX_DEPTH)?;
    typed(s, u, ty, depth)
}

fn leaf(s: &mut Scope, u: &mut Unstructured, ty: Ty, want: Want) -> Result<Expr> {
    if want == Want::Variable {
        return variable(s, u, ty);
    }
    let nonzero = want == Want::NonZero;
    match u.int_in_range(0..=5)? {
        1 | 2 if s.has_vars() => variable(s, u, ty),
        3 => {
            let (text, _) = consts::literal(u, ty, nonzero)?;
            Ok(Expr {
                text: format!("{}({text})", ty.spell(u)?),
                constant: true,
                untyped: false,
            })
        }
        4 => match s.pick_const(u, ty, nonzero)? {
            Some(c) => Ok(Expr {
                text: c.name.clone(),
                constant: true,
                untyped: c.ty.is_none(),
            }),
            None => literal(u, ty, nonzero),
        },
        5 if ty == Ty::UINTPTR => Ok(size_of(s, u)?.unwrap_or_else(|| Expr {
            text: "uintptr(8)".to_string(),
            constant: true,
            untyped: false,
        })),
        _ => literal(u, ty, nonzero),
    }
}

fn literal(u: &mut Unstructured, ty: Ty, nonzero: bool) -> Result<Expr> {
    let (text, _) = consts::literal(u, ty, nonzero)?;
    Ok(Expr {
        text,
        constant: true,
        untyped: true,
    })
}

/// `unsafe.Sizeof(v)` or `unsafe.Alignof(v)` of a variable of any type
/// (Go's layout of arrays and structs): a uintptr constant, nonzero but
/// for an empty array.
fn size_of(s: &mut Scope, u: &mut Unstructured) -> Result<Option<Expr>> {
    let Some((name, _, _)) = s.pick_typed(u, false, false, |_, _, ptr| !ptr)? else {
        return Ok(None);
    };
    s.uses_unsafe = true;
    let f = if u.arbitrary()? { "Alignof" } else { "Sizeof" };
    Ok(Some(Expr {
        text: format!("unsafe.{f}({name})"),
        constant: true,
        untyped: false,
    }))
}

/// A variable of type `ty`, or an expression of other variables that has
/// that type; the first package variable is an `int`, so one always exists
/// where any variable does.
fn variable(s: &mut Scope, u: &mut Unstructured, ty: Ty) -> Result<Expr> {
    if u.ratio(1, 3)? {
        if let Some(p) = places::place(s, u, Some(Type::Basic(ty)), false)? {
            return Ok(Expr::variable(p.text));
        }
    }
    if s.in_function() && u.ratio(1, 10)? {
        if let Some(text) = places::value_read(s, u, Type::Basic(ty))? {
            return Ok(Expr::variable(text));
        }
    }
    if u.ratio(1, 4)? {
        if let Some((p, _)) = s.pick_ptr(u, Some(ty), true)? {
            return Ok(Expr::variable(format!("(*{p})")));
        }
    }
    if let Some((name, _)) = s.pick_var(u, Some(ty), true)? {
        return Ok(Expr::variable(name));
    }
    let Some((name, _)) = s.pick_var(u, Some(Ty::INT), true)? else {
        return literal(u, ty, false);
    };
    Ok(Expr::variable(if ty.is_bool() {
        format!("({name} != 0)")
    } else {
        format!("{}({name})", ty.spell(u)?)
    }))
}

/// Two operands of one type for a binary operator, at least one of them not
/// constant; the right one is a divisor when `divides`.
fn operands(
    s: &mut Scope,
    u: &mut Unstructured,
    ty: Ty,
    depth: u32,
    divides: bool,
) -> Result<(Expr, Expr)> {
    let left_first = u.arbitrary()?;
    let left = expr(
        s,
        u,
        ty,
        depth,
        if left_first {
            Want::Variable
        } else {
            Want::Any
        },
    )?;
    let right_want = if left.constant {
        Want::Variable
    } else if divides {
        Want::NonZero
    } else {
        Want::Any
    };
    let right = expr(s, u, ty, depth, right_want)?;
    Ok((left, right))
}

fn binary(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    const INT_OPS: [&str; 9] = ["+", "-", "*", "/", "%", "&", "|", "^", "&^"];
    let ops = if ty.is_int() {
        &INT_OPS[..]
    } else {
        &INT_OPS[..4]
    };
    let op = *u.choose(ops)?;
    let (l, r) = operands(s, u, ty, depth, op == "/" || op == "%")?;
    Ok(Expr::variable(format!("({} {op} {})", l.text, r.text)))
}

fn unary(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    let op = if ty.is_bool() {
        "!"
    } else if ty.is_float() {
        *u.choose(&["-", "+"])?
    } else {
        *u.choose(&["-", "+", "^"])?
    };
    let operand = expr(s, u, ty, depth, Want::Variable)?;
    Ok(Expr::variable(format!("({op}{})", operand.text)))
}

/// `ty(x)` of a numeric `x`, which is not constant: a constant conversion
/// would be checked for overflow and truncation.
fn conversion(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    let from = Ty::numeric(u)?;
    let operand = expr(s, u, from, depth, Want::Variable)?;
    Ok(Expr::variable(format!(
        "{}({})",
        ty.spell(u)?,
        operand.text
    )))
}

/// A call of a helper or (sometimes) a method with one result of type
/// `ty`.
fn call(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32, want: Want) -> Result<Expr> {
    let results = [Type::Basic(ty)];
    if u.ratio(1, 3)? {
        if let Some(text) = methods::call(s, u, &results, depth)? {
            return Ok(Expr::variable(text));
        }
    }
    match s.pick_func(u, &results)? {
        Some(f) => Ok(Expr::variable(call_text(s, u, f, depth)?)),
        None => leaf(s, u, ty, want),
    }
}

/// `f(args)` for the helper `f`, each argument of its parameter's type.
pub fn call_text(s: &mut Scope, u: &mut Unstructured, f: usize, depth: u32) -> Result<String> {
    let mut params = s.funcs[f].params.clone();
    let mut args = Vec::new();
    let variadic = if s.funcs[f].variadic {
        params.pop()
    } else {
        None
    };
    for ty in params {
        args.push(values::value(s, u, ty, depth)?);
    }
    if let Some(slice) = variadic {
        args.extend(values::variadic_args(s, u, slice, depth)?);
    }
    Ok(format!("{}({})", s.funcs[f].name, args.join(", ")))
}

/// `x << n` or `x >> n`: `x` not constant (an untyped constant would take
/// its type from the context, which may be a float), `n` unsigned, or a
/// small constant that is not negative, sometimes beyond the width.
fn shift(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    let op = *u.choose(&["<<", ">>"])?;
    let x = expr(s, u, ty, depth, Want::Variable)?;
    Ok(Expr::variable(format!(
        "({} {op} {})",
        x.text,
        shift_count(s, u, ty, depth)?
    )))
}

pub fn shift_count(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<String> {
    if u.arbitrary()? {
        let n: u32 = u.int_in_range(0..=ty.size() * 8 + 2)?;
        return Ok(n.to_string());
    }
    let count = Ty::unsigned(u)?;
    Ok(expr(s, u, count, depth, Want::Variable)?.text)
}

/// A pointer to a `ty`: a pointer variable, the address of a variable
/// (a local's too) or of a place in an array or a struct, or `nil` when
/// there is none of them.
pub fn pointer(s: &mut Scope, u: &mut Unstructured, ty: Ty) -> Result<String> {
    if u.arbitrary()? {
        if let Some((p, _)) = s.pick_ptr(u, Some(ty), true)? {
            return Ok(p);
        }
    }
    if u.ratio(1, 3)? {
        if let Some(p) = places::place(s, u, Some(Type::Basic(ty)), !s.in_function())? {
            return Ok(format!("&{}", p.text));
        }
    }
    if u.ratio(1, 3)? {
        if let Some((v, _)) = s.pick_var(u, Some(ty), true)? {
            return Ok(format!("&{v}"));
        }
    }
    if let Some((g, _)) = s.pick_global(u, Some(ty))? {
        return Ok(format!("&{g}"));
    }
    Ok(match s.pick_ptr(u, Some(ty), true)? {
        Some((p, _)) => p,
        None => "nil".to_string(),
    })
}

/// `a OP b` of any type, an untyped bool; sometimes of two pointers, of
/// two arrays or structs, or of a slice and `nil`.
fn comparison(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<Expr> {
    if u.ratio(1, 5)? {
        if let Some(text) = composite_comparison(s, u, depth)? {
            return Ok(Expr::variable(text));
        }
    }
    if u.ratio(1, 6)? {
        if let Some((p, ty)) = s.pick_ptr(u, None, true)? {
            let op = *u.choose(&["==", "!="])?;
            return Ok(Expr::variable(format!("({p} {op} {})", pointer(s, u, ty)?)));
        }
    }
    let ty = Ty::any(u)?;
    let ops: &[&str] = if ty.is_bool() {
        &["==", "!="]
    } else {
        &["==", "!=", "<", "<=", ">", ">="]
    };
    let op = *u.choose(ops)?;
    let (l, r) = operands(s, u, ty, depth, false)?;
    Ok(Expr::variable(format!("({} {op} {})", l.text, r.text)))
}

/// `x == y` or `x != y` of a comparable array or struct type, or `s == nil`
/// of a slice place.
fn composite_comparison(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<Option<String>> {
    let op = *u.choose(&["==", "!="])?;
    if u.ratio(1, 4)? {
        return Ok(places::slice_place(s, u)?.map(|p| format!("({} {op} nil)", p.text)));
    }
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| composite::comparable(&s.defs, Type::Def(d)))
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let ty = Type::Def(*u.choose(&fits)?);
    let d = depth.min(2);
    let (l, r) = (values::value(s, u, ty, d)?, values::value(s, u, ty, d)?);
    Ok(Some(format!("({l} {op} {r})")))
}

/// `a && b` or `a || b` of operands of `ty`, a bool type: with a named one,
/// operands of type `bool` would not mix.
fn logical(s: &mut Scope, u: &mut Unstructured, ty: Ty, depth: u32) -> Result<Expr> {
    let op = *u.choose(&["&&", "||"])?;
    let (l, r) = operands(s, u, ty, depth, false)?;
    Ok(Expr::variable(format!("({} {op} {})", l.text, r.text)))
}

/// A constant literal for a switch case, distinct from the case values
/// before it (Go rejects duplicate constant cases).
pub fn case_value(u: &mut Unstructured, ty: Ty, seen: &mut Vec<Value>) -> Result<Option<String>> {
    let (text, value) = consts::literal(u, ty, false)?;
    if seen.contains(&value) {
        return Ok(None);
    }
    seen.push(value);
    Ok(Some(text))
}
