//! Maps: a local `map[K]V` (keys of the integer types, `string` or `bool`;
//! values of any basic type or `string`) made by `make`, a literal or left
//! nil, then indexed, assigned, read with comma-ok, deleted from, cleared
//! and measured with `len`. Nothing printed depends on the order in which
//! a range loop visits the entries (Go's differs from run to run): a range
//! loop only folds keys and values into a sum, which any order gives, or
//! deletes every entry it visits.

use arbitrary::{Result, Unstructured};

use crate::exprs::{self, Want};
use crate::scope::Scope;
use crate::types::{Ty, Type};
use crate::values;

/// Operations on one map after its declaration, at most.
const MAX_OPS: u32 = 6;

/// A key type: an integer type, `string` or `bool`.
fn key_type(u: &mut Unstructured) -> Result<Type> {
    Ok(match u.int_in_range(0..=3)? {
        1 => Type::Str,
        2 => Type::Basic(Ty::BOOL),
        _ => Type::Basic(Ty::integer(u)?),
    })
}

fn value_type(u: &mut Unstructured) -> Result<Type> {
    Ok(match u.int_in_range(0..=4)? {
        1 => Type::Str,
        _ => Type::Basic(Ty::any(u)?),
    })
}

fn spell(u: &mut Unstructured, ty: Type) -> Result<String> {
    Ok(match ty {
        Type::Basic(t) => t.spell(u)?.to_string(),
        _ => "string".to_string(),
    })
}

/// A value of `ty` where the context gives it its type.
fn value(s: &mut Scope, u: &mut Unstructured, ty: Type) -> Result<String> {
    let depth = u.int_in_range(0..=3)?;
    values::value(s, u, ty, depth)
}

/// Distinct constant keys of `ty` for a literal.
fn constant_keys(u: &mut Unstructured, ty: Type) -> Result<Vec<String>> {
    let n = u.int_in_range(0..=3)?;
    Ok(match ty {
        Type::Str => ["\"a\"", "\"\"", "\"bc\"", "\"€\""][..n as usize]
            .iter()
            .map(|k| k.to_string())
            .collect(),
        Type::Basic(t) if t.is_bool() => ["true", "false"][..n.min(2) as usize]
            .iter()
            .map(|k| k.to_string())
            .collect(),
        _ => (0..n).map(|k| (k * 3 + 1).to_string()).collect(),
    })
}

/// Statements declaring a map and using it.
pub fn stmts(s: &mut Scope, u: &mut Unstructured) -> Result<Vec<String>> {
    let k = key_type(u)?;
    let v = value_type(u)?;
    let ty = format!("map[{}]{}", spell(u, k)?, spell(u, v)?);
    let m = s.fresh("m");
    let mut out = Vec::new();
    let mut nil = false;
    match u.int_in_range(0..=3)? {
        1 => {
            let mut entries = Vec::new();
            for key in constant_keys(u, k)? {
                entries.push(format!("{key}: {}", value(s, u, v)?));
            }
            out.push(format!("{m} := {ty}{{{}}}", entries.join(", ")));
        }
        2 => {
            out.push(format!("var {m} {ty}"));
            nil = true;
        }
        3 => {
            let hint = exprs::fresh_expr(s, u, Ty::INT, Want::Variable)?.text;
            // A hint may be any int: negative counts as none, a big one
            // is kept small.
            out.push(format!("{m} := make({ty}, ({hint})%8)"));
        }
        _ => out.push(format!("{m} := make({ty})")),
    }
    let mut read = false;
    for _ in 0..u.int_in_range(1..=MAX_OPS)? {
        match u.int_in_range(0..=10)? {
            0 | 1 => {
                if nil {
                    out.push(format!("{m} = {ty}{{}}"));
                    nil = false;
                }
                let key = value(s, u, k)?;
                let val = value(s, u, v)?;
                out.push(format!("{m}[{key}] = {val}"));
            }
            2 => {
                if nil {
                    out.push(format!("{m} = make({ty})"));
                    nil = false;
                }
                let key = value(s, u, k)?;
                out.push(match v {
                    Type::Basic(t) if t.is_bool() => {
                        format!("{m}[{key}] = !{m}[{key}]")
                    }
                    Type::Basic(_) if u.arbitrary()? => {
                        format!("{m}[{key}]{}", u.choose(&["++", "--"])?)
                    }
                    _ => format!("{m}[{key}] += {}", value(s, u, v)?),
                });
            }
            3 => {
                let key = value(s, u, k)?;
                let a = s.fresh("v");
                let ok = s.fresh("ok");
                out.push(format!("{a}, {ok} := {m}[{key}]"));
                s.declare_typed(&a, v, false, false);
                s.declare(&ok, Ty::BOOL, false);
                read = true;
            }
            4 => {
                let key = value(s, u, k)?;
                let a = s.fresh("v");
                out.push(format!("if {a}, ok := {m}[{key}]; ok {{"));
                out.push(format!("\tprintln(\"found\", {a})"));
                out.push("} else {".to_string());
                out.push(format!("\tprintln(\"missing\", {a})"));
                out.push("}".to_string());
                read = true;
            }
            5 => {
                let key = value(s, u, k)?;
                out.push(format!("delete({m}, {key})"));
            }
            6 => {
                let key = value(s, u, k)?;
                out.push(format!("println(len({m}), {m}[{key}], {m} == nil)"));
                read = true;
            }
            7 => {
                out.push(format!("clear({m})"));
            }
            8 => {
                out.push(format!("for k := range {m} {{"));
                out.push(format!("\tdelete({m}, k)"));
                out.push("}".to_string());
            }
            _ => {
                out.extend(fold(s, u, &m, k, v)?);
                read = true;
            }
        }
    }
    if !read {
        out.push(format!("println(len({m}))"));
    }
    Ok(out)
}

/// `for k, v := range m` summing what the keys and values count for into
/// an int, which is the same in every order the loop visits them.
fn fold(s: &mut Scope, u: &mut Unstructured, m: &str, k: Type, v: Type) -> Result<Vec<String>> {
    let acc = s.fresh("sum");
    let mut out = vec![format!("{acc} := 0")];
    let use_value = u.arbitrary()?;
    out.push(if use_value {
        format!("for k, v := range {m} {{")
    } else {
        format!("for k := range {m} {{")
    });
    if use_value {
        out.push(format!(
            "\t{acc} += ({})*31 + ({})",
            count(k, "k"),
            count(v, "v")
        ));
    } else {
        out.push(format!("\t{acc} += {}", count(k, "k")));
    }
    out.push("}".to_string());
    out.push(format!("println(\"sum\", {acc}, len({m}))"));
    Ok(out)
}

/// An int that a key or value `x` of type `ty` counts for; a float by its
/// sign (its conversion to int may overflow, which Go leaves to the
/// machine).
fn count(ty: Type, x: &str) -> String {
    match ty {
        Type::Str => format!("len({x})*7 + 1"),
        Type::Basic(t) if t.is_bool() => format!("map[bool]int{{false: 2, true: 5}}[bool({x})]"),
        Type::Basic(t) if t.is_float() => format!("map[bool]int{{false: 2, true: 5}}[{x} > 0]"),
        Type::Basic(_) => format!("int({x})"),
        Type::Def(_) => "1".to_string(),
    }
}
