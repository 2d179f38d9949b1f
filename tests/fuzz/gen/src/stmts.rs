//! Statements and blocks, as lines of text (nested blocks indented by a tab).
//!
//! Every local is declared under a fresh name and used before its block
//! ends: a block closes with `_ = v` for each local nothing read.

use arbitrary::{Result, Unstructured};

use crate::aggregates;
use crate::control;
use crate::exprs::{self, expr, fresh_expr, fresh_typed, Want};
use crate::scope::Scope;
use crate::types::{Ty, Type};
use crate::values;

/// Blocks nest at most this deep in one function.
const MAX_NEST: u32 = 3;
/// Statements of one block, at most.
const MAX_STMTS: u32 = 6;

/// Statements of one function, nested ones included: a program builds in
/// milliseconds, so the fuzzer tries many.
const MAX_FUNC_STMTS: u32 = 24;

/// A function's body: statements, then (with results) a final `return`,
/// so that it ends in a terminating statement.
pub fn body(s: &mut Scope, u: &mut Unstructured) -> Result<Vec<String>> {
    s.budget = MAX_FUNC_STMTS;
    s.push();
    // What the parameters' declarations asked for (`Scope::declare_typed`).
    let mut out = std::mem::take(&mut s.after);
    out.extend(statements(s, u, 0)?);
    let ret = (!s.results.is_empty())
        .then(|| return_stmt(s, u))
        .transpose()?;
    out.extend(s.pop());
    out.extend(ret);
    Ok(out)
}

/// The body of a function literal with parameters `params` and results
/// `results`, indented, at nesting `nest` of the enclosing function: a
/// function of its own, where `return` returns from the literal and no
/// `break` or `continue` reaches the loops around it. It takes at most
/// `budget` statements (nested ones included) of the enclosing function's.
pub fn literal_body(
    s: &mut Scope,
    u: &mut Unstructured,
    params: &[(String, Ty)],
    results: Vec<Type>,
    nest: u32,
    budget: u32,
) -> Result<Vec<String>> {
    let outer = (
        std::mem::replace(&mut s.results, results),
        std::mem::replace(&mut s.named_results, false),
        std::mem::replace(&mut s.loops, 0),
        std::mem::replace(&mut s.breakables, 0),
        std::mem::take(&mut s.after),
        s.budget,
    );
    let budget = budget.min(s.budget);
    s.budget = budget;
    s.literals += 1;
    s.push();
    for (name, ty) in params {
        s.declare(name, *ty, true);
    }
    let mut out = statements(s, u, nest)?;
    let ret = (!s.results.is_empty())
        .then(|| return_stmt(s, u))
        .transpose()?;
    out.extend(s.pop());
    out.extend(ret);
    s.literals -= 1;
    let used = budget - s.budget;
    (
        s.results,
        s.named_results,
        s.loops,
        s.breakables,
        s.after,
        s.budget,
    ) = outer;
    s.budget = s.budget.saturating_sub(used);
    Ok(indent(out))
}

/// `{` … `}` contents at nesting `nest`.
pub fn block(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    s.push();
    let mut out = statements(s, u, nest)?;
    out.extend(s.pop());
    Ok(indent(out))
}

fn statements(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let max = if nest == 0 { MAX_STMTS } else { MAX_STMTS / 2 };
    for _ in 0..u.int_in_range(0..=max)? {
        if s.budget == 0 {
            break;
        }
        s.budget -= 1;
        stmt(s, u, nest, &mut out)?;
        out.append(&mut s.after);
    }
    Ok(out)
}

fn indent(lines: Vec<String>) -> Vec<String> {
    lines.into_iter().map(|l| format!("\t{l}")).collect()
}

fn stmt(s: &mut Scope, u: &mut Unstructured, nest: u32, out: &mut Vec<String>) -> Result<()> {
    let deeper = nest < MAX_NEST;
    match u.int_in_range(0..=22)? {
        15..=18 => out.extend(aggregates::stmt(s, u, nest, deeper)?),
        19 | 20 => out.extend(crate::maps::stmts(s, u)?),
        21 | 22 if s.literals < 2 => out.extend(crate::funcs::stmts(s, u, nest)?),
        1 => out.push(assign(s, u)?),
        2 => out.push(op_assign(s, u)?),
        3 => out.push(inc_dec(s, u)?),
        4 => out.push(tuple(s, u)?),
        5 => out.push(call_stmt(s, u)?),
        6 => out.push(print(s, u)?),
        13 if u.ratio(1, 3)? => out.push(crate::strings::assignment(s, u)?),
        7 if deeper => out.extend(control::if_stmt(s, u, nest)?),
        8 if deeper => out.extend(control::for_stmt(s, u, nest)?),
        9 if deeper => out.extend(control::switch_stmt(s, u, nest)?),
        10 if deeper => {
            out.push("{".to_string());
            out.extend(block(s, u, nest + 1)?);
            out.push("}".to_string());
        }
        11 if s.breakables > 0 => {
            let next = s.loops > 0 && u.arbitrary()?;
            out.push(if next { "continue" } else { "break" }.to_string());
        }
        12 if u.ratio(1, 3)? => out.push(return_stmt(s, u)?),
        _ => out.push(declaration(s, u)?),
    }
    Ok(())
}

/// One local in one of Go's four spellings.
fn declaration(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    if u.ratio(1, 6)? {
        // Of a type some package variable has, so the pointer is rarely nil.
        if let Some((_, ty)) = s.pick_global(u, None)? {
            return pointer_declaration(s, u, ty);
        }
    }
    let ty = Ty::any(u)?;
    let name = s.fresh("v");
    let line = match u.int_in_range(0..=3)? {
        1 => format!("var {name} {}", ty.spell(u)?),
        2 => format!(
            "var {name} {} = {}",
            ty.spell(u)?,
            fresh_expr(s, u, ty, Want::Any)?.text
        ),
        3 => format!("var {name} = {}", fresh_typed(s, u, ty)?.text),
        _ => format!("{name} := {}", fresh_typed(s, u, ty)?.text),
    };
    s.declare(&name, ty, false);
    Ok(line)
}

/// What an assignment may store to: a variable, or through a pointer
/// (which reads the pointer).
fn target(s: &mut Scope, u: &mut Unstructured) -> Result<Option<(String, Ty)>> {
    if u.ratio(1, 4)? {
        if let Some((p, ty)) = s.pick_ptr(u, None, true)? {
            return Ok(Some((format!("*{p}"), ty)));
        }
    }
    s.pick_var(u, None, false)
}

/// A local pointer to a `ty`; `:=` only of a non-nil pointer (an untyped
/// `nil` has no type to give it).
fn pointer_declaration(s: &mut Scope, u: &mut Unstructured, ty: Ty) -> Result<String> {
    let p = exprs::pointer(s, u, ty)?;
    let name = s.fresh("v");
    let line = if p != "nil" && u.arbitrary()? {
        format!("{name} := {p}")
    } else {
        format!("var {name} *{} = {p}", ty.spell(u)?)
    };
    s.declare_ptr(&name, ty, false);
    Ok(line)
}

fn assign(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    if u.ratio(1, 6)? {
        if let Some((p, ty)) = s.pick_ptr(u, None, false)? {
            return Ok(format!("{p} = {}", exprs::pointer(s, u, ty)?));
        }
    }
    let Some((name, ty)) = target(s, u)? else {
        return declaration(s, u);
    };
    let e = fresh_expr(s, u, ty, Want::Any)?;
    Ok(format!("{name} = {}", e.text))
}

/// `x op= e`; a shift takes a count as `<<` does, a division a nonzero
/// constant if any.
fn op_assign(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    const INT_OPS: [&str; 11] = ["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"];
    let Some((name, ty)) = target(s, u)? else {
        return declaration(s, u);
    };
    if ty.is_bool() {
        return plain_assignment(s, u, &name, ty);
    }
    let ops = match ty {
        _ if ty.is_float() => &INT_OPS[..4],
        _ => &INT_OPS[..],
    };
    let op = *u.choose(ops)?;
    let d = u.int_in_range(0..=exprs::MAX_DEPTH)?;
    let rhs = match op {
        "<<" | ">>" => exprs::shift_count(s, u, ty, d)?,
        "/" | "%" => expr(s, u, ty, d, Want::NonZero)?.text,
        _ => expr(s, u, ty, d, Want::Any)?.text,
    };
    Ok(format!("{name} {op}= {rhs}"))
}

/// `x = e`: what a bool gets where a number would get `op=` or `++`.
fn plain_assignment(s: &mut Scope, u: &mut Unstructured, name: &str, ty: Ty) -> Result<String> {
    Ok(format!(
        "{name} = {}",
        fresh_expr(s, u, ty, Want::Any)?.text
    ))
}

fn inc_dec(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let Some((name, ty)) = target(s, u)? else {
        return declaration(s, u);
    };
    if ty.is_bool() {
        return plain_assignment(s, u, &name, ty);
    }
    Ok(format!("{name}{}", u.choose(&["++", "--"])?))
}

/// Two values at once: a helper's two results into new or existing
/// variables, or a swap.
fn tuple(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    if u.arbitrary()? {
        if let Some(f) = pick_pair_func(s, u)? {
            return results_of(s, u, f);
        }
    }
    let Some((a, ty)) = s.pick_var(u, None, true)? else {
        return declaration(s, u);
    };
    match s.pick_var(u, Some(ty), true)? {
        Some((b, _)) if b != a => Ok(format!("{a}, {b} = {b}, {a}")),
        _ => {
            let e = fresh_expr(s, u, ty, Want::Any)?;
            Ok(format!("{a}, _ = {}, {a}", e.text))
        }
    }
}

fn pick_pair_func(s: &Scope, u: &mut Unstructured) -> Result<Option<usize>> {
    let pairs: Vec<usize> = (0..s.callable)
        .filter(|&f| s.funcs[f].results.len() == 2)
        .collect();
    if pairs.is_empty() {
        return Ok(None);
    }
    Ok(Some(*u.choose(&pairs)?))
}

/// `a, b := f(…)`, `var a, b = f(…)` or `x, _ = f(…)`.
fn results_of(s: &mut Scope, u: &mut Unstructured, f: usize) -> Result<String> {
    let call = exprs::call_text(s, u, f, exprs::MAX_DEPTH - 2)?;
    let results = s.funcs[f].results.clone();
    if u.arbitrary()? {
        let mut targets = Vec::new();
        for ty in results {
            let target = s.pick_typed(u, false, false, |_, t, ptr| !ptr && t == ty)?;
            targets.push(target.map_or("_".to_string(), |(name, _, _)| name));
        }
        return Ok(format!("{} = {call}", targets.join(", ")));
    }
    let names: Vec<String> = results.iter().map(|_| s.fresh("v")).collect();
    for (name, ty) in names.iter().zip(results) {
        s.declare_typed(name, ty, false, false);
    }
    let keyword = u.arbitrary()?;
    Ok(if keyword {
        format!("var {} = {call}", names.join(", "))
    } else {
        format!("{} := {call}", names.join(", "))
    })
}

fn call_stmt(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    match s.pick_any_func(u)? {
        Some(f) => exprs::call_text(s, u, f, exprs::MAX_DEPTH - 2),
        None => print(s, u),
    }
}

/// `print` or `println` of values of any type and string constants.
fn print(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let mut args = Vec::new();
    for _ in 0..u.int_in_range(0..=3)? {
        if u.ratio(1, 4)? {
            if let Some(p) = basic_place(s, u)? {
                args.push(p);
                continue;
            }
        }
        if u.ratio(1, 8)? {
            args.push(crate::strings::string_expr(s, u, 2)?);
        } else if u.ratio(1, 5)? {
            args.push(format!("{:?}", *u.choose(&["", "x", " = ", "done\n"])?));
        } else {
            let ty = Ty::any(u)?;
            args.push(fresh_typed(s, u, ty)?.text);
        }
    }
    let f = if u.arbitrary()? { "print" } else { "println" };
    Ok(format!("{f}({})", args.join(", ")))
}

/// A number, bool or string in an array or a struct, for `print`: never
/// an array, a slice or a struct, which Go does not print (or prints by
/// address).
fn basic_place(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let leaves = crate::composite::leaf_types(&s.defs);
    if leaves.is_empty() {
        return Ok(None);
    }
    let want = *u.choose(&leaves)?;
    Ok(crate::places::place(s, u, Some(want), false)?.map(|p| p.text))
}

fn return_stmt(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    if s.named_results && u.arbitrary()? {
        return Ok("return".to_string());
    }
    let mut values = Vec::new();
    for ty in s.results.clone() {
        let depth = u.int_in_range(0..=exprs::MAX_DEPTH)?;
        values.push(values::value(s, u, ty, depth)?);
    }
    if values.is_empty() {
        return Ok("return".to_string());
    }
    Ok(format!("return {}", values.join(", ")))
}
