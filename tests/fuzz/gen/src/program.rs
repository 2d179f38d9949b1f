//! A whole package: constants, variables, helpers, exports and `main`.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::consts::{self, Value};
use crate::exprs::{expr, fresh_expr, fresh_typed, Want};
use crate::methods;
use crate::scope::{Const, Func, Scope};
use crate::stmts;
use crate::types::{self, Basic, Ty, Type};
use crate::values;

const MAX_CONSTS: u32 = 4;
const MAX_VARS: u32 = 5;
const MAX_HELPERS: u32 = 4;
const MAX_METHODS: u32 = 3;
const MAX_EXPORTS: u32 = 3;
const MAX_PARAMS: u32 = 4;
/// Parameters of an export: 6 of them and a result stay far below Go's
/// 128-byte argument area.
const MAX_EXPORT_PARAMS: u32 = 6;

/// Declarations in dependency order (what a declaration may refer to is in
/// scope before it), then `import "unsafe"` and the named types in front if
/// the rest uses them.
pub fn program(u: &mut Unstructured) -> Result<String> {
    let mut s = Scope::new();
    let mut decls = Vec::new();
    for _ in 0..u.int_in_range(0..=MAX_CONSTS)? {
        decls.push(constant(&mut s, u)?);
    }
    let mut vars = vec![first_var(&mut s, u)?];
    // Not first: `wexlab-gen`'s small seeds start with zero bytes, which
    // would mean no types.
    decls.extend(composite::declarations(&mut s, u)?);
    for _ in 0..u.int_in_range(0..=MAX_VARS)? {
        vars.push(variable(&mut s, u)?);
    }
    decls.extend(maybe_grouped(u, vars)?);
    for _ in 0..u.int_in_range(0..=MAX_HELPERS)? {
        decls.push(helper(&mut s, u)?);
    }
    for _ in 0..u.int_in_range(0..=MAX_METHODS)? {
        match methods::receiver(&s, u)? {
            Some(d) => decls.push(method(&mut s, u, d)?),
            None => break,
        }
    }
    for _ in 0..u.int_in_range(0..=MAX_EXPORTS)? {
        decls.push(export(&mut s, u)?);
    }
    s.callable = s.funcs.len();
    decls.push(function(&mut s, u, "func main()".to_string(), Vec::new())?);
    let import = if s.uses_unsafe {
        "import \"unsafe\"\n\n"
    } else {
        ""
    };
    if s.uses_strings {
        decls.insert(0, crate::strings::HELPERS.to_string());
    }
    if s.uses_sink {
        decls.insert(0, "var sink unsafe.Pointer\n".to_string());
    }
    let decls = decls.join("\n");
    let named = types::named_declarations(&decls);
    let named = if named.is_empty() {
        named
    } else {
        named + "\n"
    };
    Ok(format!("package main\n\n{import}{named}{decls}"))
}

/// One-line `var` declarations as they are, or sometimes as one group
/// `var ( … )`, which declares the same.
fn maybe_grouped(u: &mut Unstructured, vars: Vec<String>) -> Result<Vec<String>> {
    if vars.len() < 2 || !u.ratio(1, 3)? {
        return Ok(vars);
    }
    let mut group = "var (\n".to_string();
    for var in vars {
        group.push('\t');
        group.push_str(var.strip_prefix("var ").unwrap_or(&var));
    }
    group.push_str(")\n");
    Ok(vec![group])
}

/// A typed or untyped constant, or a group counting with `iota`.
fn constant(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let ty = Ty::any(u)?;
    let name = s.fresh("c");
    if ty.is_int() && u.ratio(1, 4)? {
        return iota_group(s, u, ty, name);
    }
    let (text, value) = consts::literal(u, ty, false)?;
    let typed = u.arbitrary()?;
    let line = if typed {
        format!("const {name} {} = {text}\n", ty.spell(u)?)
    } else {
        format!("const {name} = {text}\n")
    };
    s.consts.push(Const {
        name,
        ty: typed.then_some(ty),
        value,
    });
    Ok(line)
}

/// `const ( a T = iota; b; c )`: small values, which fit every integer type.
fn iota_group(s: &mut Scope, u: &mut Unstructured, ty: Ty, first: String) -> Result<String> {
    let typed = u.arbitrary()?;
    let mut lines = vec!["const (".to_string()];
    if typed {
        lines.push(format!("\t{first} {} = iota", ty.spell(u)?));
    } else {
        lines.push(format!("\t{first} = iota"));
    }
    let mut names = vec![first];
    for _ in 0..u.int_in_range(0..=3)? {
        let name = s.fresh("c");
        lines.push(format!("\t{name}"));
        names.push(name);
    }
    lines.push(")\n".to_string());
    for (i, name) in names.into_iter().enumerate() {
        s.consts.push(Const {
            name,
            ty: typed.then_some(ty),
            value: Value::Int(i as i128),
        });
    }
    Ok(lines.join("\n"))
}

/// The first package variable, an `int` with a constant value: every
/// expression that needs a variable can fall back on it.
fn first_var(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let name = s.fresh("g");
    let init = expr(s, u, Ty::INT, 0, Want::Any)?;
    s.declare(&name, Ty::INT, true);
    Ok(format!("var {name} int = {}\n", init.text))
}

/// A package variable, initialized from constants and earlier variables
/// only: a call could reach the variable itself, an initialization cycle.
fn variable(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    s.callable = 0;
    if u.ratio(1, 5)? {
        if let Some((g, ty)) = s.pick_global(u, None)? {
            return pointer_variable(s, u, g, ty);
        }
    }
    if u.ratio(1, 3)? {
        return composite_variable(s, u);
    }
    let ty = Ty::any(u)?;
    let name = s.fresh("g");
    let line = match u.int_in_range(0..=2)? {
        1 => format!(
            "var {name} {} = {}\n",
            ty.spell(u)?,
            fresh_expr(s, u, ty, Want::Any)?.text
        ),
        2 => format!("var {name} = {}\n", fresh_typed(s, u, ty)?.text),
        _ => format!("var {name} {}\n", ty.spell(u)?),
    };
    s.declare(&name, ty, true);
    Ok(line)
}

/// A package array, slice or struct, or a pointer to an array or a struct.
fn composite_variable(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let ty = composite::any(s, u)?;
    let name = s.fresh("g");
    let spelled = composite::spell(&s.defs, ty);
    if let (Type::Def(d), true) = (ty, u.ratio(1, 4)?) {
        if !matches!(s.defs[d].kind, Kind::Slice(_)) {
            let p = values::pointer_to(s, u, d)?;
            s.declare_typed(&name, ty, true, true);
            return Ok(format!("var {name} = {p}\n"));
        }
    }
    let depth = u.int_in_range(1..=3)?;
    let line = match u.int_in_range(0..=2)? {
        1 => format!(
            "var {name} {spelled} = {}\n",
            values::value(s, u, ty, depth)?
        ),
        2 => format!("var {name} = {}\n", values::typed_value(s, u, ty, depth)?),
        _ => format!("var {name} {spelled}\n"),
    };
    s.declare_typed(&name, ty, false, true);
    Ok(line)
}

/// A package pointer to the package variable `g`, or sometimes nil.
fn pointer_variable(s: &mut Scope, u: &mut Unstructured, g: String, ty: Ty) -> Result<String> {
    let name = s.fresh("q");
    let line = match u.int_in_range(0..=3)? {
        1 => format!("var {name} *{} = &{g}\n", ty.spell(u)?),
        2 => format!("var {name} *{}\n", ty.spell(u)?),
        _ => format!("var {name} = &{g}\n"),
    };
    s.declare_ptr(&name, ty, true);
    Ok(line)
}

/// A helper with a few parameters and up to two results. It may call the
/// helpers before it, and sometimes itself.
fn helper(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let name = s.fresh("f");
    let mut params = any_types(s, u, MAX_PARAMS)?;
    let results = any_types(s, u, 2)?;
    // A variadic helper: its last parameter is a slice of what it takes.
    let variadic = !params.is_empty() && u.ratio(1, 4)?;
    if let (true, Some(last)) = (variadic, params.last_mut()) {
        *last = composite::anonymous(s, Kind::Slice(*last));
    }
    s.funcs.push(Func {
        name: name.clone(),
        params: params.clone(),
        results: results.clone(),
        recv: None,
        variadic,
    });
    // Only the helpers before it: a call to itself could recurse forever,
    // and every generated program ends (see control::for_stmt).
    s.callable = s.funcs.len() - 1;
    let mut vars: Vec<(Type, bool)> = params.into_iter().map(|t| (t, false)).collect();
    let (list, mut names) = param_list_variadic(s, u, "p", &vars, variadic)?;
    let result_text = if !results.is_empty() && u.ratio(1, 4)? {
        // Named results are variables of the body, and allow a bare return.
        let named: Vec<(Type, bool)> = results.iter().map(|&t| (t, false)).collect();
        let (list, result_names) = param_list(s, u, "r", &named)?;
        names.extend(result_names);
        vars.extend(named);
        s.named_results = true;
        format!(" ({list})")
    } else {
        result_list(s, u, &results)?
    };
    let header = format!("func {name}({list}){result_text}");
    let text = function_with(s, u, header, names, &vars, results);
    s.named_results = false;
    text
}

/// A method of definition `d` with a value or a pointer receiver; like a
/// helper it may call the functions and methods before it.
fn method(s: &mut Scope, u: &mut Unstructured, d: usize) -> Result<String> {
    let name = s.fresh("m");
    let ptr = u.arbitrary()?;
    let params = any_types(s, u, 2)?;
    let results = any_types(s, u, 1)?;
    s.funcs.push(Func {
        name: name.clone(),
        params: params.clone(),
        results: results.clone(),
        recv: Some((d, ptr)),
        variadic: false,
    });
    s.callable = s.funcs.len() - 1;
    let recv = s.fresh("r");
    let mut vars = vec![(Type::Def(d), ptr)];
    vars.extend(params.iter().map(|&t| (t, false)));
    let (list, mut names) = param_list(s, u, "p", &vars[1..])?;
    names.insert(0, recv.clone());
    let star = if ptr { "*" } else { "" };
    let header = format!(
        "func ({recv} {star}{}) {name}({list}){}",
        composite::spell(&s.defs, Type::Def(d)),
        result_list(s, u, &results)?
    );
    function_with(s, u, header, names, &vars, results)
}

/// Up to `max` types of parameters or results: mostly basic, sometimes a
/// string, an array, a slice or a struct.
fn any_types(s: &mut Scope, u: &mut Unstructured, max: u32) -> Result<Vec<Type>> {
    let mut out = Vec::new();
    for _ in 0..u.int_in_range(0..=max)? {
        out.push(match u.int_in_range(0..=7)? {
            0 => Type::Str,
            1 | 2 => composite::any(s, u)?,
            _ => Type::Basic(Ty::any(u)?),
        });
    }
    Ok(out)
}

/// A `//go:wasmexport` function; its export name differs from its Go name
/// at times, as Go allows.
fn export(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let name = s.fresh("x");
    let export_name = if u.arbitrary()? {
        name.clone()
    } else {
        s.fresh("E")
    };
    let mut params = Vec::new();
    for ty in types(u, MAX_EXPORT_PARAMS, Ty::exportable)? {
        // A pointer's element is a sized type (docs/abi.md): not uintptr.
        let ptr = ty.basic != Basic::Uintptr && u.ratio(1, 4)?;
        params.push((Type::Basic(ty), ptr));
    }
    let results: Vec<Type> = types(u, 1, Ty::exportable)?
        .into_iter()
        .map(Type::Basic)
        .collect();
    s.callable = s.funcs.len();
    let (list, names) = param_list(s, u, "p", &params)?;
    let header = format!(
        "//go:wasmexport {export_name}\nfunc {name}({list}){}",
        result_list(s, u, &results)?
    );
    function_with(s, u, header, names, &params, results)
}

/// Up to `max` types drawn by `pick`.
fn types(
    u: &mut Unstructured,
    max: u32,
    pick: fn(&mut Unstructured) -> Result<Ty>,
) -> Result<Vec<Ty>> {
    (0..u.int_in_range(0..=max)?).map(|_| pick(u)).collect()
}

/// `p1 T1, p2, p3 *T2`: names made with `prefix` for variables of a type
/// or (`true`) a pointer to it, neighbours of one type sometimes grouped.
fn param_list(
    s: &mut Scope,
    u: &mut Unstructured,
    prefix: &str,
    params: &[(Type, bool)],
) -> Result<(String, Vec<String>)> {
    param_list_variadic(s, u, prefix, params, false)
}

/// `param_list`, the last parameter `p ...E` when `variadic` (its type
/// is `[]E`), never grouped with another.
fn param_list_variadic(
    s: &mut Scope,
    u: &mut Unstructured,
    prefix: &str,
    params: &[(Type, bool)],
    variadic: bool,
) -> Result<(String, Vec<String>)> {
    let mut groups: Vec<(Vec<String>, String)> = Vec::new();
    let mut names = Vec::new();
    for (i, &(ty, ptr)) in params.iter().enumerate() {
        let name = s.fresh(prefix);
        let star = if ptr { "*" } else { "" };
        let last = variadic && i + 1 == params.len();
        let spelled = match ty {
            Type::Def(d) if last => {
                let Kind::Slice(e) = s.defs[d].kind else {
                    unreachable!("a variadic parameter is a slice");
                };
                format!("...{}", spell(s, u, e)?)
            }
            _ => format!("{star}{}", spell(s, u, ty)?),
        };
        match groups.last_mut() {
            Some((group, t)) if *t == spelled && !last && u.arbitrary()? => {
                group.push(name.clone())
            }
            _ => groups.push((vec![name.clone()], spelled)),
        }
        names.push(name);
    }
    let list: Vec<String> = groups
        .into_iter()
        .map(|(group, t)| format!("{} {t}", group.join(", ")))
        .collect();
    Ok((list.join(", "), names))
}

fn result_list(s: &Scope, u: &mut Unstructured, results: &[Type]) -> Result<String> {
    Ok(match results {
        [] => String::new(),
        [one] => format!(" {}", spell(s, u, *one)?),
        _ => {
            let names: Result<Vec<String>> = results.iter().map(|&t| spell(s, u, t)).collect();
            format!(" ({})", names?.join(", "))
        }
    })
}

/// How a type is written, a basic one sometimes by its alias.
fn spell(s: &Scope, u: &mut Unstructured, ty: Type) -> Result<String> {
    match ty {
        Type::Basic(t) => Ok(t.spell(u)?.to_string()),
        _ => Ok(composite::spell(&s.defs, ty)),
    }
}

fn function_with(
    s: &mut Scope,
    u: &mut Unstructured,
    header: String,
    names: Vec<String>,
    params: &[(Type, bool)],
    results: Vec<Type>,
) -> Result<String> {
    s.push();
    for (name, &(ty, ptr)) in names.iter().zip(params) {
        s.declare_typed(name, ty, ptr, true);
    }
    let text = function(s, u, header, results)?;
    s.pop();
    Ok(text)
}

/// `header { body }`, the body generated for `results`.
fn function(
    s: &mut Scope,
    u: &mut Unstructured,
    header: String,
    results: Vec<Type>,
) -> Result<String> {
    s.results = results;
    let body = stmts::body(s, u)?;
    let mut text = format!("{header} {{\n");
    for line in body {
        text.push('\t');
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str("}\n");
    Ok(text)
}
