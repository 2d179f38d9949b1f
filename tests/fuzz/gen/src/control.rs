//! `if`, `for` and `switch`: the statements with blocks and headers. A
//! header's own variable (`if v := e; …`) is read by the header, so it is
//! used.

use arbitrary::{Result, Unstructured};

use crate::exprs::{self, expr, fresh_expr, fresh_typed, Want};
use crate::scope::Scope;
use crate::stmts::block;
use crate::types::Ty;

/// `if [v := e;] cond { … } [else { … } | else if cond { … }]`. An init
/// variable is compared in the condition, so it is used.
pub fn if_stmt(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    s.push();
    let head = if u.arbitrary()? {
        let (init, name, ty) = init_var(s, u)?;
        let cmp = *u.choose(&["==", "!="])?;
        let other = fresh_expr(s, u, ty, Want::Any)?;
        let other = exprs::standalone(u, ty, other)?;
        let rest = fresh_expr(s, u, Ty::BOOL, Want::Any)?;
        format!(
            "if {init}; ({name} {cmp} {}) || {} {{",
            other.text, rest.text
        )
    } else {
        let cond = fresh_expr(s, u, Ty::BOOL, Want::Any)?;
        format!("if {} {{", cond.text)
    };
    let mut out = vec![head];
    out.extend(block(s, u, nest + 1)?);
    match u.int_in_range(0..=2)? {
        1 => {
            out.push("} else {".to_string());
            out.extend(block(s, u, nest + 1)?);
        }
        2 => {
            let cond = fresh_expr(s, u, Ty::BOOL, Want::Any)?;
            out.push(format!("}} else if {} {{", cond.text));
            out.extend(block(s, u, nest + 1)?);
        }
        _ => {}
    }
    out.push("}".to_string());
    out.extend(s.pop());
    Ok(out)
}

/// `v := e` for an `if`, `for` or `switch` header, `v` already marked used
/// (the header reads it).
fn init_var(s: &mut Scope, u: &mut Unstructured) -> Result<(String, String, Ty)> {
    let ty = Ty::any(u)?;
    let e = fresh_typed(s, u, ty)?;
    let name = s.fresh("v");
    s.declare(&name, ty, true);
    Ok((format!("{name} := {}", e.text), name, ty))
}

/// Iterations of one loop, at most, each time it is entered.
const MAX_ITERATIONS: u32 = 64;

/// A three-clause loop over a counter, a loop on a condition, or an
/// infinite loop left by a conditional `break`.
pub fn for_stmt(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    s.push();
    let kind = u.int_in_range(0..=2)?;
    let head = match kind {
        1 => {
            let ty = Ty::numeric(u)?;
            let init = fresh_typed(s, u, ty)?;
            let i = s.fresh("i");
            s.declare(&i, ty, true);
            let cmp = *u.choose(&["<", "<=", ">", ">=", "!="])?;
            let bound = fresh_expr(s, u, ty, Want::Any)?;
            let step = match u.int_in_range(0..=2)? {
                1 => format!("{i}--"),
                2 => format!("{i} += {}", expr(s, u, ty, 1, Want::Any)?.text),
                _ => format!("{i}++"),
            };
            format!(
                "for {i} := {}; {i} {cmp} {}; {step} {{",
                init.text, bound.text
            )
        }
        2 => "for {".to_string(),
        _ => format!("for {} {{", fresh_expr(s, u, Ty::BOOL, Want::Any)?.text),
    };
    s.loops += 1;
    s.breakables += 1;
    // Every loop ends, so that the programs can be run and compared with
    // Go's: a counter out of the program's reach breaks it.
    let guard = s.fresh("guard");
    let mut out = vec![format!("{guard} := 0"), head];
    out.push(format!("\tif {guard}++; {guard} > {MAX_ITERATIONS} {{"));
    out.push("\t\tbreak".to_string());
    out.push("\t}".to_string());
    if kind == 2 {
        let cond = fresh_expr(s, u, Ty::BOOL, Want::Any)?;
        out.push(format!("\tif {} {{", cond.text));
        out.push("\t\tbreak".to_string());
        out.push("\t}".to_string());
    }
    out.extend(block(s, u, nest + 1)?);
    out.push("}".to_string());
    s.loops -= 1;
    s.breakables -= 1;
    out.extend(s.pop());
    Ok(out)
}

/// A switch on a value (constant cases kept distinct) or on conditions,
/// with a `default` somewhere or none.
pub fn switch_stmt(s: &mut Scope, u: &mut Unstructured, nest: u32) -> Result<Vec<String>> {
    s.push();
    let tag = match u.int_in_range(0..=2)? {
        1 => {
            let ty = Ty::any(u)?;
            let e = fresh_expr(s, u, ty, Want::Variable)?;
            let e = exprs::standalone(u, ty, e)?;
            Some((format!("switch {} {{", e.text), ty))
        }
        2 => {
            let (init, name, ty) = init_var(s, u)?;
            Some((format!("switch {init}; {name} {{"), ty))
        }
        _ => None,
    };
    let (head, case_ty) = tag.unwrap_or(("switch {".to_string(), Ty::BOOL));
    let tagless = head == "switch {";
    s.breakables += 1;
    let mut out = vec![head];
    let mut seen = Vec::new();
    let cases = u.int_in_range(0..=3)?;
    let default_at = u.int_in_range(0..=cases + 1)?;
    for i in 0..=cases {
        if i == default_at {
            out.push("default:".to_string());
            out.extend(block(s, u, nest + 1)?);
        }
        if i == cases {
            break;
        }
        let mut values = Vec::new();
        for _ in 0..=u.int_in_range(0..=2)? {
            let constant = if !tagless && u.arbitrary()? {
                exprs::case_value(u, case_ty, &mut seen)?
            } else {
                None
            };
            values.push(match constant {
                Some(v) => v,
                None => fresh_expr(s, u, case_ty, Want::Variable)?.text,
            });
        }
        out.push(format!("case {}:", values.join(", ")));
        out.extend(block(s, u, nest + 1)?);
    }
    out.push("}".to_string());
    s.breakables -= 1;
    out.extend(s.pop());
    Ok(out)
}
