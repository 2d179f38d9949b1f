//! Places inside arrays, slices and structs (`v.f[i].g`, `p.f`, `s[i]`),
//! reached from a variable or a pointer variable: every one is addressable,
//! so it may be read, stored to, have its address taken or a pointer
//! method called on it. Indexes are kept in range (`% len`) most of the
//! time; now and then one is any integer, and a bounds panic follows when
//! it is out of range.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::exprs::{expr, Want};
use crate::scope::Scope;
use crate::types::{Ty, Type};

/// Places nest in the indexes of places at most this deep.
const MAX_READING: u32 = 2;

pub struct Place {
    pub text: String,
    pub ty: Type,
}

/// A place of type `want` (any type when `None`) in some variable, only in
/// package variables with `global`; `None` if no variable holds one.
pub fn place(
    s: &mut Scope,
    u: &mut Unstructured,
    want: Option<Type>,
    global: bool,
) -> Result<Option<Place>> {
    rooted(s, u, want, global, true)
}

/// A place to store to: a variable itself is not read by that (Go wants
/// it read elsewhere), a place inside it is.
pub fn target(s: &mut Scope, u: &mut Unstructured) -> Result<Option<Place>> {
    let Some(p) = rooted(s, u, None, false, false)? else {
        return Ok(None);
    };
    let root = p.text.split(['.', '[']).next().unwrap_or_default();
    if root != p.text || root.starts_with("(*") {
        s.mark_used(root.trim_start_matches("(*").trim_end_matches(')'));
    }
    Ok(Some(p))
}

fn rooted(
    s: &mut Scope,
    u: &mut Unstructured,
    want: Option<Type>,
    global: bool,
    read: bool,
) -> Result<Option<Place>> {
    if s.reading >= MAX_READING {
        return Ok(None);
    }
    // Only composite roots: a basic variable or a pointer to one is
    // `exprs::variable`'s and `exprs::pointer`'s.
    let root = s.pick_typed(u, global, read, |defs, ty, _| {
        matches!(ty, Type::Def(_)) && want.is_none_or(|w| composite::reaches(defs, ty, w))
    })?;
    let Some((name, ty, ptr)) = root else {
        return Ok(None);
    };
    s.reading += 1;
    let place = walk(s, u, name, ty, ptr, want, true);
    s.reading -= 1;
    place.map(Some)
}

/// A `want` read out of a value that is no variable: a call's result or a
/// parenthesized literal (`f().g[1]`, `(T{…}).f`), which is not
/// addressable. No slice on the way: its index would evaluate the value a
/// second time (`len(f())`).
pub fn value_read(s: &mut Scope, u: &mut Unstructured, want: Type) -> Result<Option<String>> {
    if s.reading >= MAX_READING {
        return Ok(None);
    }
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| !matches!(s.defs[d].kind, Kind::Slice(_)))
        .filter(|&d| {
            Type::Def(d) != want && composite::reaches_in(&s.defs, Type::Def(d), want, false)
        })
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    let ty = Type::Def(*u.choose(&fits)?);
    s.reading += 1;
    let root = match s.pick_func(u, &[ty])? {
        Some(f) if u.arbitrary()? => crate::exprs::call_text(s, u, f, 1),
        _ => match ty {
            Type::Def(d) => crate::values::literal(s, u, d, 1, false).map(|l| format!("({l})")),
            _ => unreachable!("a composite"),
        },
    };
    let place = match root {
        Ok(root) => walk(s, u, root, ty, false, Some(want), false),
        Err(e) => Err(e),
    };
    s.reading -= 1;
    Ok(Some(place?.text))
}

/// From the variable `name` (a pointer to its type with `ptr`) down to a
/// place of type `want`, stopping at random where `want` is `None`.
fn walk(
    s: &mut Scope,
    u: &mut Unstructured,
    name: String,
    mut ty: Type,
    ptr: bool,
    want: Option<Type>,
    slices: bool,
) -> Result<Place> {
    // Selectors and indexes go through a pointer to a struct or an array by
    // themselves (`p.f`, `p[i]`); a pointer to a slice needs `(*p)`.
    let through_ptr = ptr
        && matches!(ty, Type::Def(d) if !matches!(s.defs[d].kind, Kind::Slice(_)))
        && u.ratio(3, 4)?;
    let mut text = if ptr && !through_ptr {
        format!("(*{name})")
    } else {
        name
    };
    let mut steps = 0;
    loop {
        let here = want.is_none_or(|w| w == ty) && !(through_ptr && steps == 0);
        let deeper = children(s, ty, want, slices);
        if here && (deeper.is_empty() || u.ratio(1, 2)?) {
            return Ok(Place { text, ty });
        }
        if deeper.is_empty() {
            // Only a pointer root that is itself wanted gets here.
            return Ok(Place {
                text: format!("(*{text})"),
                ty,
            });
        }
        let step = *u.choose(&deeper)?;
        (text, ty) = descend(s, u, text, ty, step, want)?;
        steps += 1;
    }
}

/// The ways down from a value of `ty` that lead to a `want`: an element
/// (`None`) or a field's index; not into a slice unless `slices`.
fn children(s: &Scope, ty: Type, want: Option<Type>, slices: bool) -> Vec<Option<usize>> {
    let Type::Def(d) = ty else {
        return Vec::new();
    };
    let leads = |t: Type| want.is_none_or(|w| composite::reaches_in(&s.defs, t, w, slices));
    match &s.defs[d].kind {
        Kind::Slice(_) if !slices => Vec::new(),
        Kind::Array(0, _) => Vec::new(),
        Kind::Array(_, e) | Kind::Slice(e) if leads(*e) => vec![None],
        Kind::Array(..) | Kind::Slice(_) => Vec::new(),
        Kind::Struct(fields) => (0..fields.len())
            .filter(|&f| leads(fields[f].ty))
            .map(Some)
            .collect(),
    }
}

/// One step down: `text[i]`, `text.f`, or through an embedded struct
/// either `text.E` or straight to a field of `E` (a promoted field).
fn descend(
    s: &mut Scope,
    u: &mut Unstructured,
    text: String,
    ty: Type,
    step: Option<usize>,
    want: Option<Type>,
) -> Result<(String, Type)> {
    let Type::Def(d) = ty else {
        unreachable!("only composites have children");
    };
    let Some(f) = step else {
        let (elem, len) = match s.defs[d].kind {
            Kind::Array(n, e) => (e, Some(n)),
            Kind::Slice(e) => (e, None),
            Kind::Struct(_) => unreachable!("a struct's step is a field"),
        };
        let i = index(s, u, &text, len)?;
        return Ok((format!("{text}[{i}]"), elem));
    };
    let field = &composite::fields(&s.defs, d)[f];
    let (name, fty, embedded) = (field.name.clone(), field.ty, field.embedded);
    if let (true, Type::Def(e)) = (embedded, fty) {
        let inner: Vec<usize> = children(s, fty, want, true).into_iter().flatten().collect();
        if !inner.is_empty() && u.arbitrary()? {
            let g = &composite::fields(&s.defs, e)[*u.choose(&inner)?];
            return Ok((format!("{text}.{}", g.name), g.ty));
        }
    }
    Ok((format!("{text}.{name}"), fty))
}

/// An index into `container`, an array of `len` elements or (`None`) a
/// slice: mostly reduced modulo the length, sometimes a constant in range,
/// and one time in twelve any integer, which may be out of range.
pub fn index(
    s: &mut Scope,
    u: &mut Unstructured,
    container: &str,
    len: Option<u32>,
) -> Result<String> {
    match u.int_in_range(0..=11)? {
        0 => {
            let ty = Ty::integer(u)?;
            Ok(expr(s, u, ty, 1, Want::Variable)?.text)
        }
        1..=3 if len.is_some() => Ok(u.int_in_range(0..=len.unwrap_or(1) - 1)?.to_string()),
        _ => {
            let i = unsigned(s, u)?;
            Ok(match len {
                Some(n) => format!("{i}%{n}"),
                None => format!("{i}%uint(len({container}))"),
            })
        }
    }
}

/// `uint(e)` of an int `e` that is not constant (a negative constant would
/// not convert).
pub fn unsigned(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let depth = u.int_in_range(0..=1)?;
    Ok(format!(
        "uint({})",
        expr(s, u, Ty::INT, depth, Want::Variable)?.text
    ))
}

/// A slice expression of `base`, an array place of `len` elements or a
/// slice (`None`): bounds in order and in range, or rarely any integers.
pub fn slicing(
    s: &mut Scope,
    u: &mut Unstructured,
    base: &str,
    len: Option<u32>,
) -> Result<String> {
    if let Some(n) = len {
        let hi = u.int_in_range(0..=n)?;
        let lo = u.int_in_range(0..=hi)?;
        return Ok(match u.int_in_range(0..=3)? {
            1 => format!("{base}[{lo}:{hi}]"),
            2 => format!("{base}[{lo}:{hi}:{}]", u.int_in_range(hi..=n)?),
            3 => format!("{base}[{lo}:]"),
            _ => format!("{base}[:]"),
        });
    }
    let form = u.int_in_range(0..=9)?;
    if form == 0 {
        let lo = expr(s, u, Ty::INT, 1, Want::Variable)?.text;
        let hi = expr(s, u, Ty::INT, 1, Want::Variable)?.text;
        return Ok(format!("{base}[{lo}:{hi}]"));
    }
    if form == 4 {
        return Ok(format!("{base}[:cap({base})]"));
    }
    // Generated only where it is used: it marks the variables it reads.
    let k = format!("{}%uint(len({base})+1)", unsigned(s, u)?);
    Ok(match form {
        1 => format!("{base}[:{k}:{k}]"),
        2 => format!("{base}[{k}:len({base}):cap({base})]"),
        3 => format!("{base}[:{k}:cap({base})]"),
        5 | 6 => format!("{base}[:{k}]"),
        _ => format!("{base}[{k}:]"),
    })
}

/// An int from a slice or an array: `len` or `cap` of a slice (not of an
/// array, whose length is a constant), or `copy`'s count.
pub fn length(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    let Some(p) = slice_place(s, u)? else {
        return Ok(None);
    };
    let f = *u.choose(&["len", "len", "cap"])?;
    Ok(Some(format!("{f}({})", p.text)))
}

/// A place of some slice type.
pub fn slice_place(s: &mut Scope, u: &mut Unstructured) -> Result<Option<Place>> {
    let slices: Vec<usize> = (0..s.defs.len())
        .filter(|&d| matches!(s.defs[d].kind, Kind::Slice(_)))
        .collect();
    if slices.is_empty() {
        return Ok(None);
    }
    let d = *u.choose(&slices)?;
    place(s, u, Some(Type::Def(d)), false)
}
