//! Function values, closures and `defer`: function literals capturing the
//! locals around them by reference, held in function-typed locals (or
//! called at once) and called through them; helpers as values; deferred
//! calls of literals, of func values and of `println`; and `recover()`,
//! compared with nil in a deferred literal, stopping a panic that a literal
//! raises on purpose (`panic(v)`, an index out of range, a division by
//! zero, a write to a nil map, a call of a nil func value), so that what
//! is printed is the same wherever it runs.

use arbitrary::{Result, Unstructured};

use crate::exprs::{self, Want};
use crate::scope::Scope;
use crate::stmts::literal_body;
use crate::types::{Ty, Type};

/// Statements of a literal's body, at most.
const LITERAL_BUDGET: u32 = 5;

/// Statements that make and call function values, defer calls, or stop
/// a deliberate panic.
pub fn stmts(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    // A deferred call runs when the function returns: not in a loop, which
    // would stack one for every iteration.
    let can_defer = s.loops == 0;
    match u.int_in_range(0..=7)? {
        1 | 2 if can_defer => deferred(s, u, nest),
        3 => recovered(s, u, nest),
        4 => helper_value(s, u),
        5 => {
            let body = literal_body(s, u, &[], Vec::new(), nest + 1, LITERAL_BUDGET)?;
            let mut out = vec!["func() {".to_string()];
            out.extend(body);
            out.push("}()".to_string());
            Ok(out)
        }
        _ => closure(s, u, nest),
    }
}

/// A signature: its parameters (named for a literal) and results.
struct Sig {
    params: Vec<(String, Ty)>,
    results: Vec<Ty>,
}

impl Sig {
    fn new(s: &mut Scope, u: &mut Unstructured) -> Result<Sig> {
        let mut params = Vec::new();
        for _ in 0..u.int_in_range(0..=2)? {
            params.push((s.fresh("a"), Ty::any(u)?));
        }
        let mut results = Vec::new();
        for _ in 0..u.int_in_range(0..=1)? {
            results.push(Ty::any(u)?);
        }
        Ok(Sig { params, results })
    }

    /// `func(T1, T2) R`, each type spelled either way (`rune` or
    /// `int32`): the literal given to a variable of this type may spell
    /// its own differently, one type all the same (regression
    /// build_valid/func-type-alias.go).
    fn spell(&self, u: &mut Unstructured) -> Result<String> {
        let mut params = Vec::new();
        for (_, ty) in &self.params {
            params.push(ty.spell(u)?);
        }
        Ok(format!(
            "func({}){}",
            params.join(", "),
            results_text(u, &self.results)?
        ))
    }

    /// `func(a1 T1, a2 T2) R {` … `}`, each type spelled either way.
    fn literal(&self, s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
        let mut params = Vec::new();
        for (name, ty) in &self.params {
            params.push(format!("{name} {}", ty.spell(u)?));
        }
        let results: Vec<Type> = self.results.iter().map(|&t| Type::Basic(t)).collect();
        let head = format!(
            "func({}){} {{",
            params.join(", "),
            results_text(u, &self.results)?
        );
        let body = literal_body(s, u, &self.params, results, nest + 1, LITERAL_BUDGET)?;
        let mut out = vec![head];
        out.extend(body);
        out.push("}".to_string());
        Ok(out)
    }

    fn args(&self, s: &mut Scope, u: &mut Unstructured) -> Result<String> {
        let mut args = Vec::new();
        for &(_, ty) in &self.params {
            args.push(exprs::fresh_expr(s, u, ty, Want::Any)?.text);
        }
        Ok(args.join(", "))
    }
}

/// ` R` or ` (R1, R2)`, each type spelled either way.
fn results_text(u: &mut Unstructured, results: &[Ty]) -> Result<String> {
    let mut names = Vec::new();
    for ty in results {
        names.push(ty.spell(u)?);
    }
    Ok(match names.len() {
        0 => String::new(),
        1 => format!(" {}", names[0]),
        _ => format!(" ({})", names.join(", ")),
    })
}

/// Lines `lines` with the first joined to `prefix`.
fn prefixed(prefix: &str, mut lines: Vec<String>) -> Vec<String> {
    lines[0] = format!("{prefix}{}", lines[0]);
    lines
}

/// A literal in a func-typed local, declared in one of several ways, then
/// called a few times (in a small loop at times) and compared with nil.
fn closure(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    let sig = Sig::new(s, u)?;
    let f = s.fresh("fn");
    let mut out = match u.int_in_range(0..=2)? {
        1 => {
            let ty = sig.spell(u)?;
            prefixed(&format!("var {f} {ty} = "), sig.literal(s, u, nest)?)
        }
        2 => {
            let ty = sig.spell(u)?;
            let mut out = vec![
                format!("var {f} {ty}"),
                format!("println({f} == nil)"),
                format!("if {f} == nil {{"),
            ];
            let lit = prefixed(&format!("{f} = "), sig.literal(s, u, nest)?);
            out.extend(lit.into_iter().map(|l| format!("\t{l}")));
            out.push("}".to_string());
            out
        }
        _ => prefixed(&format!("{f} := "), sig.literal(s, u, nest)?),
    };
    for _ in 0..u.int_in_range(1..=3)? {
        let args = sig.args(s, u)?;
        out.extend(call(s, u, &f, &sig.results, &args)?);
    }
    if u.ratio(1, 3)? {
        let i = s.fresh("i");
        let n = u.int_in_range(1..=4)?;
        out.push(format!("for {i} := 0; {i} < {n}; {i}++ {{"));
        let args = sig.args(s, u)?;
        let results = if sig.results.is_empty() { "" } else { "_ = " };
        out.push(format!("\t{results}{f}({args})"));
        out.push("}".to_string());
    }
    if u.ratio(1, 4)? {
        out.push(format!("println({f} != nil)"));
    }
    Ok(out)
}

/// A call of the func value `f`: a statement, printed, or its results in
/// new locals.
fn call(
    s: &mut Scope,
    u: &mut Unstructured,
    f: &str,
    results: &[Ty],
    args: &str,
) -> Result<Vec<String>> {
    let call = format!("{f}({args})");
    Ok(match results {
        [] => vec![call],
        [_] if u.arbitrary()? => vec![format!("println({call})")],
        _ => {
            let names: Vec<String> = results.iter().map(|_| s.fresh("v")).collect();
            for (name, ty) in names.iter().zip(results) {
                s.declare(name, *ty, false);
            }
            vec![format!("{} := {call}", names.join(", "))]
        }
    })
}

/// A helper of basic parameters and results as a value, called through.
fn helper_value(s: &mut Scope, u: &mut Unstructured) -> Result<Vec<String>> {
    let fits: Vec<usize> = (0..s.callable)
        .filter(|&i| {
            let f = &s.funcs[i];
            f.recv.is_none()
                && !f.variadic
                && f.params
                    .iter()
                    .chain(&f.results)
                    .all(|t| matches!(t, Type::Basic(_)))
        })
        .collect();
    if fits.is_empty() {
        return Ok(vec![format!("println({:?})", "no helper")]);
    }
    let h = *u.choose(&fits)?;
    let basic = |t: &Type| match t {
        Type::Basic(t) => *t,
        _ => unreachable!("a basic type"),
    };
    let sig = Sig {
        params: s.funcs[h]
            .params
            .iter()
            .map(|t| (String::new(), basic(t)))
            .collect(),
        results: s.funcs[h].results.iter().map(basic).collect(),
    };
    let name = s.funcs[h].name.clone();
    let f = s.fresh("fn");
    // `:=`: a helper's parameters may be spelled `rune` or `byte`, which
    // wexlab does not take for `int32` or `uint8` in a written func type
    // (see `Sig::spell`).
    let mut out = vec![format!("{f} := {name}")];
    let args = sig.args(s, u)?;
    out.extend(call(s, u, &f, &sig.results, &args)?);
    out.push(format!("println({f} == nil)"));
    Ok(out)
}

/// `defer` of a literal, of a func value or of `println`: run when the
/// function returns, reading the captured locals (and named results,
/// which it may change) as they are then.
fn deferred(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    match u.int_in_range(0..=3)? {
        1 => {
            let sig = Sig::new(s, u)?;
            let f = s.fresh("fn");
            let mut out = prefixed(&format!("{f} := "), sig.literal(s, u, nest)?);
            out.push(format!("defer {f}({})", sig.args(s, u)?));
            Ok(out)
        }
        2 => {
            let ty = Ty::any(u)?;
            let e = exprs::fresh_typed(s, u, ty)?;
            Ok(vec![format!("defer println(\"deferred\", {})", e.text)])
        }
        3 => {
            // recover() in a deferred call a normal return runs: nil.
            let body = literal_body(s, u, &[], Vec::new(), nest + 1, 2)?;
            let mut out = vec![
                "defer func() {".to_string(),
                "\tprintln(\"recover\", recover() == nil)".to_string(),
            ];
            out.extend(body);
            out.push("}()".to_string());
            Ok(out)
        }
        _ => {
            let body = literal_body(s, u, &[], Vec::new(), nest + 1, LITERAL_BUDGET)?;
            let mut out = vec!["defer func() {".to_string()];
            out.extend(body);
            out.push("}()".to_string());
            Ok(out)
        }
    }
}

/// A literal called at once that defers a recovering literal, then
/// (perhaps under a condition) panics on purpose: the panic stops there
/// and the function goes on.
fn recovered(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    let mut out = vec!["func() {".to_string(), "\tdefer func() {".to_string()];
    if u.arbitrary()? {
        out.push("\t\tprintln(\"recovered\", recover() != nil)".to_string());
    } else {
        out.push("\t\tif recover() == nil {".to_string());
        out.push("\t\t\tprintln(\"no panic\")".to_string());
        out.push("\t\t} else {".to_string());
        out.push("\t\t\tprintln(\"recovered\")".to_string());
        out.push("\t\t}".to_string());
    }
    out.push("\t}()".to_string());
    out.extend(literal_body(s, u, &[], Vec::new(), nest + 1, 3)?);
    let x = s.fresh("z");
    let trigger = match u.int_in_range(0..=5)? {
        1 => vec![
            format!("{x} := []int{{1, 2, 3}}"),
            format!("println({x}[len({x})])"),
        ],
        2 => vec![format!("{x} := 0"), format!("println(7 / {x})")],
        3 => vec![format!("var {x} map[string]int"), format!("{x}[\"k\"] = 1")],
        4 => vec![format!("var {x} func(int) int"), format!("println({x}(1))")],
        5 => {
            let ty = Ty::any(u)?;
            let e = exprs::fresh_typed(s, u, ty)?;
            vec![format!("panic({})", e.text)]
        }
        _ => vec![format!("panic({:?})", "boom")],
    };
    if u.arbitrary()? {
        let cond = exprs::fresh_expr(s, u, Ty::BOOL, Want::Any)?;
        out.push(format!("\tif {} {{", cond.text));
        out.extend(trigger.into_iter().map(|l| format!("\t\t{l}")));
        out.push("\t}".to_string());
    } else {
        out.extend(trigger.into_iter().map(|l| format!("\t{l}")));
    }
    out.push("}()".to_string());
    Ok(out)
}
