//! Values of any type: basic ones are `exprs`', strings are `strings`', and
//! arrays, slices and structs are made here: composite literals (keyed,
//! positional, nested with elided types, `[...]T`), copies of variables,
//! pointees and places, results of calls and methods, and for slices
//! `make`, `append`, slice expressions, `[]byte(s)` and `T(nil)`.
//!
//! No value made here is untyped (a nil slice is `T(nil)`), so each may
//! stand alone after `:=`.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::exprs::{self, expr, Want};
use crate::methods;
use crate::places;
use crate::scope::Scope;
use crate::strings;
use crate::types::{Ty, Type};

/// Elements of a slice literal or of an `append`, at most.
const MAX_ELEMS: u32 = 3;

/// A value of type `ty` where the context gives the type (an untyped
/// constant takes it), at most `depth` deep.
pub fn value(s: &mut Scope, u: &mut Unstructured, ty: Type, depth: u32) -> Result<String> {
    match ty {
        Type::Basic(t) => Ok(expr(s, u, t, depth, Want::Any)?.text),
        Type::Str => strings::string_expr(s, u, depth.min(2)),
        Type::Def(d) => composite_value(s, u, d, depth),
    }
}

/// A value of type `ty` that has that type by itself (for `:=`).
pub fn typed_value(s: &mut Scope, u: &mut Unstructured, ty: Type, depth: u32) -> Result<String> {
    match ty {
        Type::Basic(t) => Ok(exprs::typed(s, u, t, depth)?.text),
        _ => value(s, u, ty, depth),
    }
}

/// A value of definition `d`.
fn composite_value(s: &mut Scope, u: &mut Unstructured, d: usize, depth: u32) -> Result<String> {
    let ty = Type::Def(d);
    if depth == 0 {
        return literal(s, u, d, 0, false);
    }
    let slice = matches!(s.defs[d].kind, Kind::Slice(_));
    let found = match u.int_in_range(0..=9)? {
        1 => s
            .pick_typed(u, false, true, |_, t, ptr| !ptr && t == ty)?
            .map(|(name, _, _)| name),
        2 => s
            .pick_typed(u, false, true, |_, t, ptr| ptr && t == ty)?
            .map(|(name, _, _)| format!("(*{name})")),
        3 => places::place(s, u, Some(ty), false)?.map(|p| p.text),
        4 => match s.pick_func(u, &[ty])? {
            Some(f) => Some(exprs::call_text(s, u, f, depth - 1)?),
            None => methods::call(s, u, &[ty], depth - 1)?,
        },
        5..=7 if slice => slice_value(s, u, d, depth - 1)?,
        5 => places::value_read(s, u, ty)?,
        6 => conversion(s, u, d, depth - 1)?,
        _ => None,
    };
    match found {
        Some(text) => Ok(text),
        None => literal(s, u, d, depth - 1, false),
    }
}

/// `T(x)` of a value of another definition with the same underlying type
/// (`[2]int` and `type T [2]int`), which Go converts.
fn conversion(s: &mut Scope, u: &mut Unstructured, d: usize, depth: u32) -> Result<Option<String>> {
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&o| o != d && composite::same_underlying(&s.defs, o, d))
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let other = *u.choose(&fits)?;
    let x = value(s, u, Type::Def(other), depth)?;
    Ok(Some(format!(
        "{}({x})",
        composite::spell(&s.defs, Type::Def(d))
    )))
}

/// A composite literal of definition `d`; without its type (`{…}`) when
/// `elided`, as inside an array or slice literal.
pub fn literal(
    s: &mut Scope,
    u: &mut Unstructured,
    d: usize,
    depth: u32,
    elided: bool,
) -> Result<String> {
    let mut prefix = if elided {
        String::new()
    } else {
        composite::spell(&s.defs, Type::Def(d))
    };
    // Past the depth, mostly the zero value: nested literals stay short.
    // Not for a slice, which would be empty: an index into it panics.
    let slice = matches!(s.defs[d].kind, Kind::Slice(_));
    if depth == 0 && !slice && u.ratio(2, 3)? {
        return Ok(format!("{prefix}{{}}"));
    }
    let elems = match s.defs[d].kind {
        Kind::Array(n, e) => {
            let (elems, full) = array_elements(s, u, n, e, depth)?;
            // `[...]E{…}` is of the unnamed type: only for one.
            if full && !elided && s.defs[d].name.is_none() && u.ratio(1, 3)? {
                prefix = format!("[...]{}", composite::spell(&s.defs, e));
            }
            elems
        }
        Kind::Slice(e) => slice_elements(s, u, e, depth)?,
        Kind::Struct(_) => struct_elements(s, u, d, depth)?,
    };
    Ok(format!("{prefix}{{{}}}", elems.join(", ")))
}

/// The elements of an array literal of `n` elements of `e`: positional
/// (all of them, the second result, or the first few) or keyed by some
/// indices in any order.
fn array_elements(
    s: &mut Scope,
    u: &mut Unstructured,
    n: u32,
    e: Type,
    depth: u32,
) -> Result<(Vec<String>, bool)> {
    let mut elems = Vec::new();
    // A long array gets a few of its elements.
    let few = n.min(4);
    match u.int_in_range(0..=2)? {
        _ if n == 0 => return Ok((elems, true)),
        0 if n == few => {
            for _ in 0..n {
                elems.push(element(s, u, e, depth)?);
            }
            return Ok((elems, true));
        }
        1 => {
            for _ in 0..u.int_in_range(0..=few)? {
                elems.push(element(s, u, e, depth)?);
            }
        }
        _ => {
            let mut keys: Vec<u32> = (0..n).collect();
            for _ in 0..u.int_in_range(1..=few)? {
                let k = keys.remove(u.choose_index(keys.len())?);
                elems.push(format!("{k}: {}", element(s, u, e, depth)?));
            }
        }
    }
    Ok((elems, false))
}

/// A slice literal's elements: positional, or some keyed (the length is
/// one past the largest key).
fn slice_elements(s: &mut Scope, u: &mut Unstructured, e: Type, depth: u32) -> Result<Vec<String>> {
    let mut elems = Vec::new();
    if u.ratio(1, 4)? {
        let mut keys: Vec<u32> = (0..4).collect();
        for _ in 0..u.int_in_range(1..=2)? {
            let k = keys.remove(u.choose_index(keys.len())?);
            elems.push(format!("{k}: {}", element(s, u, e, depth)?));
        }
        return Ok(elems);
    }
    for _ in 0..u.int_in_range(1..=MAX_ELEMS)? {
        elems.push(element(s, u, e, depth)?);
    }
    Ok(elems)
}

/// A struct literal's elements: every field in order, or some by name
/// (an embedded field by its type's name) in any order.
fn struct_elements(
    s: &mut Scope,
    u: &mut Unstructured,
    d: usize,
    depth: u32,
) -> Result<Vec<String>> {
    let fields: Vec<(String, Type)> = composite::fields(&s.defs, d)
        .iter()
        .map(|f| (f.name.clone(), f.ty))
        .collect();
    let mut elems = Vec::new();
    if u.arbitrary()? {
        for (_, ty) in fields {
            elems.push(value(s, u, ty, depth)?);
        }
        return Ok(elems);
    }
    let mut keys: Vec<usize> = (0..fields.len()).collect();
    for _ in 0..u.int_in_range(0..=fields.len())? {
        let k = keys.remove(u.choose_index(keys.len())?);
        let (name, ty) = &fields[k];
        elems.push(format!("{name}: {}", value(s, u, *ty, depth)?));
    }
    Ok(elems)
}

/// An element of an array or slice literal: a composite one sometimes
/// without its type, which Go allows there.
fn element(s: &mut Scope, u: &mut Unstructured, e: Type, depth: u32) -> Result<String> {
    match e {
        Type::Def(d) if u.arbitrary()? => literal(s, u, d, depth.saturating_sub(1), true),
        _ => value(s, u, e, depth.saturating_sub(1)),
    }
}

/// A slice of definition `d` made by `make`, `append`, slicing, a
/// conversion from a string, or a typed nil; `None` leaves it to a literal.
fn slice_value(
    s: &mut Scope,
    u: &mut Unstructured,
    d: usize,
    depth: u32,
) -> Result<Option<String>> {
    let Kind::Slice(e) = s.defs[d].kind else {
        return Ok(None);
    };
    let spelled = composite::spell(&s.defs, Type::Def(d));
    Ok(match u.int_in_range(0..=6)? {
        0 => Some(make(s, u, &spelled)?),
        1 | 2 => Some(append(s, u, d, e, depth)?),
        3 => slice_of(s, u, d, e)?,
        4 if e == Type::Basic(Ty::UINT8) || e == Type::Basic(Ty::INT32) => Some(format!(
            "{spelled}({})",
            strings::string_expr(s, u, depth.min(2))?
        )),
        5 => Some(format!("{spelled}(nil)")),
        _ => None,
    })
}

/// `make(T, n)` or `make(T, n, c)`: small sizes, sometimes computed, and
/// rarely of an 8-bit integer, which may be negative (a panic).
fn make(s: &mut Scope, u: &mut Unstructured, spelled: &str) -> Result<String> {
    let n = match u.int_in_range(0..=9)? {
        0 => {
            let ty = if u.arbitrary()? { Ty::INT8 } else { Ty::UINT8 };
            expr(s, u, ty, 1, Want::Variable)?.text
        }
        1..=3 => format!("int({}%5)", places::unsigned(s, u)?),
        4 => "0".to_string(),
        _ => u.int_in_range(1..=4u32)?.to_string(),
    };
    if u.arbitrary()? {
        return Ok(format!("make({spelled}, {n})"));
    }
    let extra = u.int_in_range(0..=5u32)?;
    Ok(format!("make({spelled}, {n}, {n}+{extra})"))
}

/// `append(x, a, b)`, `append(x, y...)`, or of a string to a `[]byte`.
fn append(s: &mut Scope, u: &mut Unstructured, d: usize, e: Type, depth: u32) -> Result<String> {
    let base = value(s, u, Type::Def(d), depth.saturating_sub(1))?;
    let mut args = vec![base];
    match u.int_in_range(0..=3)? {
        0 => args.push(format!(
            "{}...",
            value(s, u, Type::Def(d), depth.saturating_sub(1))?
        )),
        1 if e == Type::Basic(Ty::UINT8) => {
            args.push(format!("{}...", strings::string_expr(s, u, 1)?));
        }
        _ => {
            for _ in 0..u.int_in_range(0..=MAX_ELEMS)? {
                args.push(value(s, u, e, depth.saturating_sub(1))?);
            }
        }
    }
    Ok(format!("append({})", args.join(", ")))
}

/// `x[lo:hi]` of a slice place of definition `d`, or `a[lo:hi]` of an
/// array place whose elements are `e` (an unnamed slice type, which a
/// named one takes).
fn slice_of(s: &mut Scope, u: &mut Unstructured, d: usize, e: Type) -> Result<Option<String>> {
    // Slicing an array gives an unnamed slice type, which a variable of a
    // named one would not be.
    if s.defs[d].name.is_none() && u.arbitrary()? {
        let arrays: Vec<(usize, u32)> = (0..s.defs.len())
            .filter_map(|a| match s.defs[a].kind {
                Kind::Array(n, elem) if elem == e => Some((a, n)),
                _ => None,
            })
            .collect();
        if !arrays.is_empty() {
            let (a, n) = *u.choose(&arrays)?;
            if let Some(p) = places::place(s, u, Some(Type::Def(a)), false)? {
                return Ok(Some(places::slicing(s, u, &p.text, Some(n))?));
            }
        }
    }
    match places::place(s, u, Some(Type::Def(d)), false)? {
        Some(p) => Ok(Some(places::slicing(s, u, &p.text, None)?)),
        None => Ok(None),
    }
}

/// What a variadic parameter of type `slice` (`[]E`) gets: a few values
/// of `E`, none, or a slice passed on with `s...`.
pub fn variadic_args(
    s: &mut Scope,
    u: &mut Unstructured,
    slice: Type,
    depth: u32,
) -> Result<Vec<String>> {
    let Type::Def(d) = slice else {
        unreachable!("a variadic parameter is a slice");
    };
    let Kind::Slice(e) = s.defs[d].kind else {
        unreachable!("a variadic parameter is a slice");
    };
    if u.ratio(1, 4)? {
        return Ok(vec![format!("{}...", value(s, u, slice, depth)?)]);
    }
    let mut args = Vec::new();
    for _ in 0..u.int_in_range(0..=MAX_ELEMS)? {
        args.push(value(s, u, e, depth)?);
    }
    Ok(args)
}

/// A pointer to a value of definition `d` (an array or a struct): the
/// address of a variable or a place, `new(T)`, `&T{…}`, or a pointer
/// variable.
pub fn pointer_to(s: &mut Scope, u: &mut Unstructured, d: usize) -> Result<String> {
    let ty = Type::Def(d);
    let found = match u.int_in_range(0..=4)? {
        0 => s
            .pick_typed(u, false, true, |_, t, ptr| !ptr && t == ty)?
            .map(|(name, _, _)| format!("&{name}")),
        1 => places::place(s, u, Some(ty), false)?.map(|p| format!("&{}", p.text)),
        2 => Some(format!("&{}", literal(s, u, d, 1, false)?)),
        3 => s
            .pick_typed(u, false, true, |_, t, ptr| ptr && t == ty)?
            .map(|(name, _, _)| name),
        _ => None,
    };
    Ok(found.unwrap_or_else(|| format!("new({})", composite::spell(&s.defs, ty))))
}
