//! Statements on arrays, slices and structs: locals of those types and
//! pointers to them, stores to places (whole values, fields, elements,
//! through pointers), guarded stores, `append` (past the capacity too),
//! `copy`, `for … range` over arrays, pointers to arrays and slices, and
//! method calls.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::exprs::{self, fresh_typed, Want};
use crate::methods;
use crate::places::{self, Place};
use crate::scope::Scope;
use crate::stmts::block;
use crate::strings;
use crate::types::{Ty, Type};
use crate::values::{self, typed_value, value};

/// The deepest value an assignment stores.
const VALUE_DEPTH: u32 = 3;

/// One statement of this module's kinds (several lines for a block);
/// `deeper` when a block may still nest.
pub fn stmt(s: &mut Scope, u: &mut Unstructured, nest: u32, deeper: bool) -> Result<Vec<String>> {
    let line = match u.int_in_range(0..=12)? {
        10 => swap(s, u)?,
        11 => return Ok(overlap(s, u)?.unwrap_or_default()),
        0 | 1 => store(s, u)?,
        2 => pointer_declaration(s, u)?,
        3 => append_stmt(s, u)?,
        4 => copy_stmt(s, u)?,
        5 if deeper => return range_stmt(s, u, nest),
        6 if deeper => return guarded_store(s, u),
        7 => methods::call_any(s, u)?,
        _ => None,
    };
    match line {
        Some(line) => Ok(vec![line]),
        None => Ok(vec![declaration(s, u)?]),
    }
}

/// A local array, slice or struct, in one of Go's four spellings.
pub fn declaration(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let ty = composite::any(s, u)?;
    let name = s.fresh("v");
    let spelled = composite::spell(&s.defs, ty);
    let depth = u.int_in_range(1..=VALUE_DEPTH)?;
    let line = match u.int_in_range(0..=3)? {
        1 => format!("var {name} {spelled}"),
        2 => format!("var {name} {spelled} = {}", value(s, u, ty, depth)?),
        3 => format!("var {name} = {}", typed_value(s, u, ty, depth)?),
        _ => format!("{name} := {}", typed_value(s, u, ty, depth)?),
    };
    s.declare_typed(&name, ty, false, false);
    Ok(line)
}

/// A local pointer to an array or a struct, never nil.
fn pointer_declaration(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(d) = methods::receiver(s, u)?.or(pointee(s, u)?) else {
        return Ok(None);
    };
    let p = values::pointer_to(s, u, d)?;
    let name = s.fresh("v");
    let line = if u.arbitrary()? {
        format!("{name} := {p}")
    } else {
        let spelled = composite::spell(&s.defs, Type::Def(d));
        format!("var {name} *{spelled} = {p}")
    };
    s.declare_typed(&name, Type::Def(d), true, false);
    Ok(Some(line))
}

/// Any array or struct of the table.
fn pointee(s: &Scope, u: &mut Unstructured) -> Result<Option<usize>> {
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| !matches!(s.defs[d].kind, Kind::Slice(_)))
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    Ok(Some(*u.choose(&fits)?))
}

/// `place = value`, or `place op= e` and `place++` of a number.
fn store(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(Place { text, ty }) = places::target(s, u)? else {
        return Ok(None);
    };
    if let Type::Basic(t) = ty {
        if !t.is_bool() && u.ratio(1, 3)? {
            return Ok(Some(update(s, u, &text, t)?));
        }
    }
    let depth = u.int_in_range(0..=VALUE_DEPTH)?;
    Ok(Some(format!("{text} = {}", value(s, u, ty, depth)?)))
}

/// `a, b = b, a` of two places of one type.
fn swap(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(a) = places::place(s, u, None, false)? else {
        return Ok(None);
    };
    Ok(places::place(s, u, Some(a.ty), false)?.map(|b| {
        let (a, b) = (a.text, b.text);
        format!("{a}, {b} = {b}, {a}")
    }))
}

/// A slice moved within itself, where copying must go as `memmove`
/// does: `copy` between two overlapping parts, deleting or inserting an
/// element with `append`, or `clear`.
fn overlap(s: &mut Scope, u: &mut Unstructured) -> Result<Option<Vec<String>>> {
    let Some(Place { text: p, ty }) = places::slice_place(s, u)? else {
        return Ok(None);
    };
    let Type::Def(d) = ty else {
        unreachable!("a slice place");
    };
    let Kind::Slice(e) = s.defs[d].kind else {
        unreachable!("a slice place");
    };
    let i = places::unsigned(s, u)?;
    let k = s.fresh("k");
    let lines = match u.int_in_range(0..=4)? {
        0 => vec![
            format!("if n := len({p}); n > 0 {{"),
            format!("	{k} := {i} % uint(n)"),
            format!("	{p} = append({p}[:{k}], {p}[{k}+1:]...)"),
            "}".to_string(),
        ],
        1 => {
            let spelled = composite::spell(&s.defs, ty);
            let v = value(s, u, e, 2)?;
            vec![
                "{".to_string(),
                format!("	{k} := {i} % uint(len({p})+1)"),
                format!("	{p} = append({p}[:{k}], append({spelled}{{{v}}}, {p}[{k}:]...)...)"),
                "}".to_string(),
            ]
        }
        2 => vec![format!("clear({p}[{i}%uint(len({p})+1):])")],
        3 => vec![format!("copy({p}, {p}[{i}%uint(len({p})+1):])")],
        _ => vec![format!("copy({p}[{i}%uint(len({p})+1):], {p})")],
    };
    Ok(Some(lines))
}

/// `x op= e` or `x++` for a number `x` of type `t`; a divisor is a nonzero
/// constant or a variable (which may be zero: a panic).
fn update(s: &mut Scope, u: &mut Unstructured, x: &str, t: Ty) -> Result<String> {
    const OPS: [&str; 8] = ["+", "-", "*", "/", "|", "&", "^", "%"];
    let ops = if t.is_int() { &OPS[..] } else { &OPS[..4] };
    if u.ratio(1, 4)? {
        return Ok(format!("{x}{}", u.choose(&["++", "--"])?));
    }
    let op = *u.choose(ops)?;
    let want = if op == "/" || op == "%" {
        Want::NonZero
    } else {
        Want::Any
    };
    Ok(format!("{x} {op}= {}", exprs::expr(s, u, t, 2, want)?.text))
}

/// `if k := e; k >= 0 && k < len(c) { c[k] = v }`: a store at any index
/// that never leaves the bounds.
fn guarded_store(s: &mut Scope, u: &mut Unstructured) -> Result<Vec<String>> {
    let Some((c, elem)) = container(s, u)? else {
        return Ok(vec![declaration(s, u)?]);
    };
    let k = s.fresh("k");
    let e = fresh_typed(s, u, Ty::INT)?.text;
    let v = value(s, u, elem, 2)?;
    Ok(vec![
        format!("if {k} := {e}; {k} >= 0 && {k} < len({c}) {{"),
        format!("\t{c}[{k}] = {v}"),
        "}".to_string(),
    ])
}

/// A place that is an array or a slice, with its element type.
fn container(s: &mut Scope, u: &mut Unstructured) -> Result<Option<(String, Type)>> {
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| !matches!(s.defs[d].kind, Kind::Struct(_)))
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let d = *u.choose(&fits)?;
    let Some(p) = places::place(s, u, Some(Type::Def(d)), false)? else {
        return Ok(None);
    };
    let (Kind::Array(_, e) | Kind::Slice(e)) = s.defs[d].kind else {
        unreachable!("an array or a slice");
    };
    Ok(Some((p.text, e)))
}

/// `x = append(x, …)` of a slice place: of values, of another slice
/// (`y...`), of a string to a `[]byte`, after `x[:k]`, or in a short loop
/// that grows it past its capacity a few times.
fn append_stmt(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(Place { text, ty }) = places::slice_place(s, u)? else {
        return Ok(None);
    };
    let Type::Def(d) = ty else {
        unreachable!("a slice place");
    };
    let Kind::Slice(e) = s.defs[d].kind else {
        unreachable!("a slice place");
    };
    let base = if u.ratio(1, 4)? {
        places::slicing(s, u, &text, None)?
    } else {
        text.clone()
    };
    let rest = match u.int_in_range(0..=3)? {
        0 => format!(", {}...", value(s, u, ty, 2)?),
        1 if e == Type::Basic(Ty::UINT8) => format!(", {}...", strings::string_expr(s, u, 2)?),
        _ => {
            let mut rest = String::new();
            for _ in 0..u.int_in_range(1..=3)? {
                rest.push_str(&format!(", {}", value(s, u, e, 2)?));
            }
            rest
        }
    };
    let line = format!("{text} = append({base}{rest})");
    if u.ratio(1, 3)? {
        let n = u.int_in_range(2..=20u32)?;
        return Ok(Some(format!("for range {n} {{ {line} }}")));
    }
    Ok(Some(line))
}

/// `copy(x, y)` of two slices of one type, or of a string to a `[]byte`.
fn copy_stmt(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(Place { text, ty }) = places::slice_place(s, u)? else {
        return Ok(None);
    };
    let Type::Def(d) = ty else {
        unreachable!("a slice place");
    };
    let from = match s.defs[d].kind {
        Kind::Slice(Type::Basic(t)) if t == Ty::UINT8 && u.arbitrary()? => {
            strings::string_expr(s, u, 2)?
        }
        _ => value(s, u, ty, 2)?,
    };
    Ok(Some(format!("copy({text}, {from})")))
}

/// `for i, x := range c { … }` and its shorter forms over an array place
/// (a copy of it), a pointer to an array, a slice place or any value.
fn range_stmt(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    let Some((c, elem)) = range_operand(s, u)? else {
        return Ok(vec![declaration(s, u)?]);
    };
    s.push();
    let (i, x) = (s.fresh("i"), s.fresh("x"));
    let head = match u.int_in_range(0..=3)? {
        0 => format!("for range {c} {{"),
        1 => {
            s.declare(&i, Ty::INT, false);
            format!("for {i} := range {c} {{")
        }
        2 => {
            s.declare_typed(&x, elem, false, false);
            format!("for _, {x} := range {c} {{")
        }
        _ => {
            s.declare(&i, Ty::INT, false);
            s.declare_typed(&x, elem, false, false);
            format!("for {i}, {x} := range {c} {{")
        }
    };
    let mut out = vec![head];
    out.extend(
        std::mem::take(&mut s.after)
            .into_iter()
            .map(|l| format!("\t{l}")),
    );
    s.loops += 1;
    s.breakables += 1;
    out.extend(block(s, u, nest + 1)?);
    s.loops -= 1;
    s.breakables -= 1;
    // The loop's variables are used inside it or not at all.
    out.extend(s.pop().into_iter().map(|l| format!("\t{l}")));
    out.push("}".to_string());
    Ok(out)
}

/// What a range loop goes over, with its element type: a container place,
/// a pointer variable to an array, or a value of an array or slice type.
fn range_operand(s: &mut Scope, u: &mut Unstructured) -> Result<Option<(String, Type)>> {
    if u.ratio(1, 4)? {
        let found = s.pick_typed(u, false, true, |defs, t, ptr| {
            ptr && matches!(t, Type::Def(d) if matches!(defs[d].kind, Kind::Array(..)))
        })?;
        if let Some((p, Type::Def(d), _)) = found {
            let Kind::Array(_, e) = s.defs[d].kind else {
                unreachable!("a pointer to an array");
            };
            return Ok(Some((p, e)));
        }
    }
    if u.ratio(1, 4)? {
        let ty = composite::any(s, u)?;
        if let Type::Def(d) = ty {
            if let Kind::Array(_, e) | Kind::Slice(e) = s.defs[d].kind {
                return Ok(Some((format!("({})", value(s, u, ty, 2)?), e)));
            }
        }
    }
    container(s, u)
}
