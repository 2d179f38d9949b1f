//! Methods with value and pointer receivers on the program's named arrays
//! and structs, and calls of them: on a place (Go takes its address for a
//! pointer receiver), through a pointer variable (Go dereferences it for a
//! value receiver), and promoted from an embedded struct.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::places;
use crate::scope::Scope;
use crate::types::Type;
use crate::values;

/// The receiver's type for a new method: a named array or struct, if the
/// program has one.
pub fn receiver(s: &Scope, u: &mut Unstructured) -> Result<Option<usize>> {
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| s.defs[d].name.is_some() && !matches!(s.defs[d].kind, Kind::Slice(_)))
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    Ok(Some(*u.choose(&fits)?))
}

/// `x.m(args)` of a callable method with the given results, or `None` if
/// there is none or nothing to call it on.
pub fn call(
    s: &mut Scope,
    u: &mut Unstructured,
    results: &[Type],
    depth: u32,
) -> Result<Option<String>> {
    let fits: Vec<usize> = (0..s.callable)
        .filter(|&f| s.funcs[f].recv.is_some() && s.funcs[f].results == results)
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let f = *u.choose(&fits)?;
    call_of(s, u, f, depth)
}

/// A call of any callable method, for a statement.
pub fn call_any(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let fits: Vec<usize> = (0..s.callable)
        .filter(|&f| s.funcs[f].recv.is_some())
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let f = *u.choose(&fits)?;
    call_of(s, u, f, 2)
}

fn call_of(s: &mut Scope, u: &mut Unstructured, f: usize, depth: u32) -> Result<Option<String>> {
    let (d, ptr) = s.funcs[f].recv.expect("a method");
    let Some(x) = receiver_text(s, u, d, ptr)? else {
        return Ok(None);
    };
    let mut args = Vec::new();
    for ty in s.funcs[f].params.clone() {
        args.push(values::value(s, u, ty, depth)?);
    }
    Ok(Some(format!(
        "{x}.{}({})",
        s.funcs[f].name,
        args.join(", ")
    )))
}

/// What a method of definition `d` is called on: a pointer variable, a
/// place of type `d` or of a struct embedding `d`, or (for a value
/// receiver) a parenthesized value.
fn receiver_text(
    s: &mut Scope,
    u: &mut Unstructured,
    d: usize,
    ptr: bool,
) -> Result<Option<String>> {
    let ty = Type::Def(d);
    match u.int_in_range(0..=3)? {
        0 => {
            if let Some((p, _, _)) =
                s.pick_typed(u, false, true, |_, t, is_ptr| is_ptr && t == ty)?
            {
                return Ok(Some(p));
            }
        }
        1 => {
            let outer: Vec<usize> = (0..s.defs.len())
                .filter(|&e| {
                    composite::fields(&s.defs, e)
                        .iter()
                        .any(|f| f.embedded && f.ty == ty)
                })
                .collect();
            if !outer.is_empty() {
                let e = *u.choose(&outer)?;
                if let Some(p) = places::place(s, u, Some(Type::Def(e)), false)? {
                    return Ok(Some(p.text));
                }
            }
        }
        2 if !ptr => return Ok(Some(format!("({})", values::value(s, u, ty, 1)?))),
        _ => {}
    }
    Ok(places::place(s, u, Some(ty), false)?.map(|p| p.text))
}
