//! The program's arrays, slices and structs: a table of definitions that a
//! `Type::Def` indexes. Structs are always named (`type S3 struct{…}`),
//! arrays and slices named or spelled as literals (`[3]int`, `[]S3`). A
//! definition only refers to those before it, so the table has no cycles.
//!
//! Field names are fresh in the whole program: a promoted field or method
//! (through an embedded struct) is never ambiguous.

use arbitrary::{Result, Unstructured};

use crate::scope::Scope;
use crate::types::{Ty, Type};

/// Type declarations of one program, at most.
const MAX_DECLS: u32 = 4;
/// Fields of one struct, at most, embedded ones included.
const MAX_FIELDS: u32 = 4;
/// Elements of an array, at most: a program reads every one of them
/// somewhere now and then.
const MAX_LEN: u32 = 4;
/// Elements of a long array (of a basic type), at most.
const MAX_LONG: u32 = 64;
/// Basic values in one value of a type, at most, so that literals and
/// copies stay short.
const MAX_LEAVES: u32 = 64;

pub struct Def {
    /// `None`: spelled as a type literal.
    pub name: Option<String>,
    pub kind: Kind,
}

#[derive(Clone)]
pub enum Kind {
    Array(u32, Type),
    Slice(Type),
    Struct(Vec<Field>),
}

#[derive(Clone)]
pub struct Field {
    /// An embedded field's name is its type's.
    pub name: String,
    pub ty: Type,
    pub embedded: bool,
}

/// The program's `type` declarations: structs, and named arrays and slices.
pub fn declarations(s: &mut Scope, u: &mut Unstructured) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for _ in 0..u.int_in_range(0..=MAX_DECLS)? {
        let name = s.fresh("T");
        if u.ratio(1, 6)? {
            if let Some(line) = derived(s, u, &name)? {
                out.push(line);
                continue;
            }
        }
        let kind = match u.int_in_range(0..=9)? {
            1 | 2 => Kind::Array(u.int_in_range(1..=MAX_LEN)?, element(s, u)?),
            3 | 4 => Kind::Slice(element(s, u)?),
            // Zero-sized: `struct{}`.
            5 => Kind::Struct(Vec::new()),
            _ => struct_kind(s, u)?,
        };
        s.defs.push(Def {
            name: Some(name.clone()),
            kind,
        });
        let def = s.defs.len() - 1;
        out.push(format!("type {name} {}\n", literal_type(s, def)));
    }
    Ok(out)
}

/// `type T U` of a named `U` of the table: the same underlying type
/// without `U`'s methods, so values convert between the two.
fn derived(s: &mut Scope, u: &mut Unstructured, name: &str) -> Result<Option<String>> {
    let named: Vec<usize> = (0..s.defs.len())
        .filter(|&d| s.defs[d].name.is_some())
        .collect();
    if named.is_empty() {
        return Ok(None);
    }
    let d = *u.choose(&named)?;
    let kind = s.defs[d].kind.clone();
    let of = s.defs[d].name.clone().expect("a named type");
    s.defs.push(Def {
        name: Some(name.to_string()),
        kind,
    });
    Ok(Some(format!("type {name} {of}\n")))
}

fn struct_kind(s: &mut Scope, u: &mut Unstructured) -> Result<Kind> {
    let mut fields: Vec<Field> = Vec::new();
    for _ in 0..u.int_in_range(1..=MAX_FIELDS)? {
        if u.ratio(1, 4)? {
            if let Some(d) = embeddable(s, u, &fields)? {
                let name = s.defs[d].name.clone().expect("a named struct");
                fields.push(Field {
                    name,
                    ty: Type::Def(d),
                    embedded: true,
                });
                continue;
            }
        }
        fields.push(Field {
            name: s.fresh("f"),
            ty: element(s, u)?,
            embedded: false,
        });
    }
    Ok(Kind::Struct(fields))
}

/// A named struct not yet embedded in `fields` whose fields have names
/// that none of the other embedded structs' have (a `type T U` shares
/// `U`'s): each promoted field's name stays unambiguous.
fn embeddable(s: &Scope, u: &mut Unstructured, fields: &[Field]) -> Result<Option<usize>> {
    let promoted: Vec<&str> = fields
        .iter()
        .filter_map(|f| match f.ty {
            Type::Def(e) if f.embedded => Some(e),
            _ => None,
        })
        .flat_map(|e| self::fields(&s.defs, e).iter().map(|f| f.name.as_str()))
        .collect();
    let fits: Vec<usize> = (0..s.defs.len())
        .filter(|&d| s.defs[d].name.is_some() && matches!(s.defs[d].kind, Kind::Struct(_)))
        .filter(|&d| !fields.iter().any(|f| f.ty == Type::Def(d)))
        .filter(|&d| {
            let names = self::fields(&s.defs, d).iter();
            !names
                .map(|f| f.name.as_str())
                .any(|n| promoted.contains(&n))
        })
        .collect();
    if fits.is_empty() {
        return Ok(None);
    }
    Ok(Some(*u.choose(&fits)?))
}

/// The type of a field or an element: mostly basic, sometimes a string or
/// a type of the table, or a new array or slice of one.
pub fn element(s: &mut Scope, u: &mut Unstructured) -> Result<Type> {
    let ty = match u.int_in_range(0..=7)? {
        1 => Type::Str,
        2 | 3 if !s.defs.is_empty() => Type::Def(u.choose_index(s.defs.len())?),
        4 => {
            let elem = element_leaf(s, u)?;
            let n = u.int_in_range(1..=MAX_LEN)?;
            anonymous(s, Kind::Array(n, elem))
        }
        5 => {
            let elem = element_leaf(s, u)?;
            anonymous(s, Kind::Slice(elem))
        }
        // Long arrays, and zero-sized ones, which have no element to
        // index.
        6 if u.ratio(1, 2)? => {
            let n = u.int_in_range(MAX_LEN + 1..=MAX_LONG)?;
            anonymous(s, Kind::Array(n, Type::Basic(Ty::any(u)?)))
        }
        6 => {
            let elem = element_leaf(s, u)?;
            anonymous(s, Kind::Array(0, elem))
        }
        _ => Type::Basic(Ty::any(u)?),
    };
    if leaves(&s.defs, ty) > MAX_LEAVES {
        return Ok(Type::Basic(Ty::any(u)?));
    }
    Ok(ty)
}

/// The element of a new array or slice type: no deeper than the types
/// already in the table.
fn element_leaf(s: &mut Scope, u: &mut Unstructured) -> Result<Type> {
    Ok(match u.int_in_range(0..=3)? {
        1 => Type::Str,
        2 if !s.defs.is_empty() => Type::Def(u.choose_index(s.defs.len())?),
        _ => Type::Basic(Ty::any(u)?),
    })
}

/// A type of any kind for a local, a parameter or a result: mostly one of
/// the table's, else a new array or slice.
pub fn any(s: &mut Scope, u: &mut Unstructured) -> Result<Type> {
    if u.ratio(1, 10)? {
        return Ok(bytes(s));
    }
    if !s.defs.is_empty() && u.ratio(2, 3)? {
        return Ok(Type::Def(u.choose_index(s.defs.len())?));
    }
    if u.ratio(1, 6)? {
        // An unnamed struct: `struct { f1 int; T2 }`.
        let kind = struct_kind(s, u)?;
        return Ok(anonymous(s, kind));
    }
    let elem = element_leaf(s, u)?;
    let kind = if u.arbitrary()? {
        Kind::Slice(elem)
    } else {
        Kind::Array(u.int_in_range(1..=MAX_LEN)?, elem)
    };
    let ty = anonymous(s, kind);
    if leaves(&s.defs, ty) > MAX_LEAVES {
        return Ok(anonymous(s, Kind::Slice(Type::Basic(Ty::INT))));
    }
    Ok(ty)
}

/// The unnamed type of `kind`: the one already in the table if it has the
/// same spelling (Go's types of the same literal are identical), else a
/// new one.
pub fn anonymous(s: &mut Scope, kind: Kind) -> Type {
    let def = Def { name: None, kind };
    let text = def_literal(&s.defs, &def);
    let same = (0..s.defs.len())
        .find(|&d| s.defs[d].name.is_none() && def_literal(&s.defs, &s.defs[d]) == text);
    if let Some(d) = same {
        return Type::Def(d);
    }
    s.defs.push(def);
    Type::Def(s.defs.len() - 1)
}

/// `[]byte`, for conversions from and to strings.
pub fn bytes(s: &mut Scope) -> Type {
    anonymous(s, Kind::Slice(Type::Basic(Ty::UINT8)))
}

/// How a value of `ty` is written.
pub fn spell(defs: &[Def], ty: Type) -> String {
    match ty {
        Type::Basic(t) => t.canonical().to_string(),
        Type::Str => "string".to_string(),
        Type::Def(d) => match &defs[d].name {
            Some(name) => name.clone(),
            None => def_literal(defs, &defs[d]),
        },
    }
}

/// The type literal of definition `d` (what `type T …` says).
pub fn literal_type(s: &Scope, d: usize) -> String {
    def_literal(&s.defs, &s.defs[d])
}

fn def_literal(defs: &[Def], def: &Def) -> String {
    match &def.kind {
        Kind::Array(n, e) => format!("[{n}]{}", spell(defs, *e)),
        Kind::Slice(e) => format!("[]{}", spell(defs, *e)),
        Kind::Struct(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        f.name.clone()
                    } else {
                        format!("{} {}", f.name, spell(defs, f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", fields.join("; "))
        }
    }
}

/// Whether definitions `a` and `b` have identical underlying types (the
/// same type literal), so that a value of one converts to the other.
pub fn same_underlying(defs: &[Def], a: usize, b: usize) -> bool {
    def_literal(defs, &defs[a]) == def_literal(defs, &defs[b])
}

/// Whether `==` takes values of `ty`: not if a slice is anywhere in it.
pub fn comparable(defs: &[Def], ty: Type) -> bool {
    !has_slice(defs, ty)
}

pub fn has_slice(defs: &[Def], ty: Type) -> bool {
    match ty {
        Type::Def(d) => match &defs[d].kind {
            Kind::Slice(_) => true,
            Kind::Array(_, e) => has_slice(defs, *e),
            Kind::Struct(fields) => fields.iter().any(|f| has_slice(defs, f.ty)),
        },
        _ => false,
    }
}

/// Whether a value of `from` is or holds (in a field or an element) a value
/// of `want`.
pub fn reaches(defs: &[Def], from: Type, want: Type) -> bool {
    reaches_in(defs, from, want, true)
}

/// `reaches`, through the elements of slices only with `slices`.
pub fn reaches_in(defs: &[Def], from: Type, want: Type, slices: bool) -> bool {
    if from == want {
        return true;
    }
    match from {
        Type::Def(d) => match &defs[d].kind {
            Kind::Slice(_) if !slices => false,
            Kind::Array(0, _) => false,
            Kind::Array(_, e) | Kind::Slice(e) => reaches_in(defs, *e, want, slices),
            Kind::Struct(fields) => fields.iter().any(|f| reaches_in(defs, f.ty, want, slices)),
        },
        _ => false,
    }
}

/// Basic values and strings in a value of `ty` (a slice counts as one).
fn leaves(defs: &[Def], ty: Type) -> u32 {
    match ty {
        Type::Def(d) => match &defs[d].kind {
            Kind::Array(n, e) => n * leaves(defs, *e),
            Kind::Slice(_) => 1,
            Kind::Struct(fields) => fields.iter().map(|f| leaves(defs, f.ty)).sum(),
        },
        _ => 1,
    }
}

/// The numbers, bools and strings that fields and elements have.
pub fn leaf_types(defs: &[Def]) -> Vec<Type> {
    let mut out = Vec::new();
    for def in defs {
        let types: Vec<Type> = match &def.kind {
            Kind::Array(_, e) | Kind::Slice(e) => vec![*e],
            Kind::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
        };
        for ty in types {
            if !matches!(ty, Type::Def(_)) && !out.contains(&ty) {
                out.push(ty);
            }
        }
    }
    out
}

/// The struct fields of definition `d` (none for an array or a slice).
pub fn fields(defs: &[Def], d: usize) -> &[Field] {
    match &defs[d].kind {
        Kind::Struct(fields) => fields,
        _ => &[],
    }
}
