//! The predeclared names: basic types, `true`, `false`, `nil` and the
//! builtin functions (those of package `unsafe` included), each builtin
//! named once, in [`BUILTINS`].

use rustc_hash::FxHashMap as HashMap;

use super::Entity;
use super::constant::Value;
use super::types::{Basic, PREDECLARED, TypeKind, Types};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Builtin {
    Print,
    Println,
    Panic,
    Len,
    Cap,
    New,
    Make,
    Append,
    Copy,
    Delete,
    Min,
    Max,
    Clear,
    Close,
    Complex,
    Real,
    Imag,
    Recover,
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    UnsafeSlice,
    UnsafeString,
    StringData,
    SliceData,
    KeepAlive,
}

/// Every builtin with its name as Go's messages spell it: package
/// `unsafe`'s with their `unsafe.` prefix, `runtime.KeepAlive` (a function
/// of package runtime that wexlab checks as a builtin, since it takes any
/// value), the others predeclared.
const BUILTINS: [(&str, Builtin); 27] = [
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("panic", Builtin::Panic),
    ("len", Builtin::Len),
    ("cap", Builtin::Cap),
    ("new", Builtin::New),
    ("make", Builtin::Make),
    ("append", Builtin::Append),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("min", Builtin::Min),
    ("max", Builtin::Max),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("real", Builtin::Real),
    ("imag", Builtin::Imag),
    ("recover", Builtin::Recover),
    ("unsafe.Sizeof", Builtin::Sizeof),
    ("unsafe.Alignof", Builtin::Alignof),
    ("unsafe.Offsetof", Builtin::Offsetof),
    ("unsafe.Add", Builtin::Add),
    ("unsafe.Slice", Builtin::UnsafeSlice),
    ("unsafe.String", Builtin::UnsafeString),
    ("unsafe.StringData", Builtin::StringData),
    ("unsafe.SliceData", Builtin::SliceData),
    ("runtime.KeepAlive", Builtin::KeepAlive),
];

impl Builtin {
    pub(super) fn name(self) -> &'static str {
        BUILTINS
            .iter()
            .find(|(_, b)| *b == self)
            .map_or("?", |(name, _)| name)
    }

    /// The builtin `unsafe.<member>`, if package unsafe has one.
    pub(super) fn of_unsafe(member: &str) -> Option<Builtin> {
        BUILTINS
            .iter()
            .find_map(|(name, b)| (name.strip_prefix("unsafe.") == Some(member)).then_some(*b))
    }

    /// The builtin `runtime.<member>`, if wexlab checks it as one.
    pub(super) fn of_runtime(member: &str) -> Option<Builtin> {
        BUILTINS
            .iter()
            .find_map(|(name, b)| (name.strip_prefix("runtime.") == Some(member)).then_some(*b))
    }
}

/// The universe scope: the names every package sees unless it declares its own.
pub(super) fn universe(types: &mut Types) -> HashMap<&'static str, Entity> {
    let mut universe = HashMap::default();
    for (name, b) in PREDECLARED {
        universe.insert(name, Entity::Type(types.basic(b)));
    }
    // `any` prints as `any` in Go's messages: a named type of interface{}.
    let any = types.new_named("", "any");
    let empty = types.intern(TypeKind::Interface(true));
    types.set_underlying(any, empty);
    universe.insert("any", Entity::Type(any));
    let error = types.new_named("", "error");
    let error_u = types.intern(TypeKind::Interface(false));
    types.set_underlying(error, error_u);
    universe.insert("error", Entity::Type(error));
    let ub = types.basic(Basic::UntypedBool);
    universe.insert(
        "true",
        Entity::Const {
            ty: ub,
            value: Value::Bool(true),
        },
    );
    universe.insert(
        "false",
        Entity::Const {
            ty: ub,
            value: Value::Bool(false),
        },
    );
    universe.insert("nil", Entity::Nil);
    for (name, b) in BUILTINS {
        if !name.contains('.') {
            universe.insert(name, Entity::Builtin(b));
        }
    }
    universe
}
