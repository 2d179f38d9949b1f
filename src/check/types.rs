//! Go types as the checker sees them, interned in a [`Types`] table, with
//! their sizes and alignments on GOARCH=wasm (a 64-bit architecture whose
//! pointers hold 32-bit addresses).

use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write as _;

use crate::align::round_up;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// `byte` and `rune` are aliases; they print as written.
    Byte,
    Rune,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

/// The basic types Go's universe declares, by the names it gives them
/// (`byte` and `rune` too).
pub const PREDECLARED: [(&str, Basic); 19] = [
    ("bool", Basic::Bool),
    ("int", Basic::Int),
    ("int8", Basic::Int8),
    ("int16", Basic::Int16),
    ("int32", Basic::Int32),
    ("int64", Basic::Int64),
    ("uint", Basic::Uint),
    ("uint8", Basic::Uint8),
    ("uint16", Basic::Uint16),
    ("uint32", Basic::Uint32),
    ("uint64", Basic::Uint64),
    ("uintptr", Basic::Uintptr),
    ("float32", Basic::Float32),
    ("float64", Basic::Float64),
    ("complex64", Basic::Complex64),
    ("complex128", Basic::Complex128),
    ("string", Basic::String),
    ("byte", Basic::Byte),
    ("rune", Basic::Rune),
];

impl Basic {
    /// The predeclared type of this name.
    pub fn named(name: &str) -> Option<Basic> {
        PREDECLARED
            .iter()
            .find_map(|&(n, b)| (n == name).then_some(b))
    }

    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::Byte => "byte",
            Basic::Rune => "rune",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
        }
    }

    /// `byte` is `uint8` and `rune` is `int32`.
    pub fn canonical(self) -> Basic {
        match self {
            Basic::Byte => Basic::Uint8,
            Basic::Rune => Basic::Int32,
            b => b,
        }
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self.canonical(),
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self.canonical(),
            Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    /// Size in bytes of a typed basic type.
    pub fn size(self) -> u64 {
        match self.canonical() {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => 1,
            Basic::Int16 | Basic::Uint16 => 2,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 4,
            Basic::String | Basic::Complex128 => 16,
            _ => 8,
        }
    }

    pub fn align(self) -> u64 {
        match self.canonical() {
            Basic::String => 8,
            Basic::Complex64 => 4,
            Basic::Complex128 => 8,
            b => b.size(),
        }
    }

    /// Bit width of an integer type (64 for the untyped ones).
    pub fn bits(self) -> u32 {
        (self.size() * 8) as u32
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: Option<String>,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    Pointer(TypeId),
    /// A defined type: `type T U`. The underlying type is set once resolved.
    Named {
        name: String,
        pkg: String,
        id: u32,
    },
    Array(u64, TypeId),
    Slice(TypeId),
    Map(TypeId, TypeId),
    Chan(crate::syntax::ast::ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<StructField>),
    Interface(bool),
    /// The results of a call with several of them.
    Tuple(Vec<TypeId>),
    Invalid,
}

/// All types of a compilation. Structural types are interned, so equal
/// types have equal ids; named types are distinct by declaration.
pub struct Types {
    kinds: Vec<TypeKind>,
    index: HashMap<TypeKind, TypeId>,
    underlying: HashMap<TypeId, TypeId>,
    next_named: u32,
    /// The package whose messages are being written: its defined types
    /// print unqualified, other packages' qualified (`structs.HostLayout`),
    /// as Go prints them relative to the package it compiles.
    local_pkg: String,
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    pub fn new() -> Types {
        Types {
            kinds: Vec::new(),
            index: HashMap::default(),
            underlying: HashMap::default(),
            next_named: 0,
            local_pkg: "main".to_string(),
        }
    }

    /// Sets the package that [`Types::display`] prints types relative to.
    pub fn set_local_package(&mut self, pkg: &str) {
        self.local_pkg = pkg.to_string();
    }

    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.index.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.index.insert(kind, id);
        id
    }

    pub fn basic(&mut self, b: Basic) -> TypeId {
        self.intern(TypeKind::Basic(b))
    }

    /// A basic type the universe declares (`bool`, `int`, …), without
    /// changing the table: for code that only reads it.
    pub fn known_basic(&self, b: Basic) -> TypeId {
        self.index
            .get(&TypeKind::Basic(b))
            .copied()
            .unwrap_or(TypeId(0))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn invalid(&mut self) -> TypeId {
        self.intern(TypeKind::Invalid)
    }

    /// A new defined type; its underlying type is given later with
    /// [`Types::set_underlying`] (declarations may refer to each other).
    pub fn new_named(&mut self, pkg: &str, name: &str) -> TypeId {
        let id = self.next_named;
        self.next_named += 1;
        self.intern(TypeKind::Named {
            name: name.to_string(),
            pkg: pkg.to_string(),
            id,
        })
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        self.underlying.insert(named, u);
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    /// The underlying type: itself for everything but defined types.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named { .. } => match self.underlying.get(&t) {
                Some(&u) => u,
                None => t,
            },
            _ => t,
        }
    }

    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// The basic kind of the underlying type, with aliases resolved.
    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(b.canonical()),
            _ => None,
        }
    }

    pub fn is_invalid(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Invalid)
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named { .. })
    }

    /// Whether `t` is `structs.HostLayout` itself (through aliases, which
    /// are the same type), not a type defined from it: Go's wasm ABI looks
    /// for this exact type among a struct's fields.
    pub fn is_host_layout(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named { name, pkg, .. } if pkg == "structs" && name == "HostLayout")
    }

    /// Whether `t` is a defined type in Go's sense: declared, or predeclared
    /// (`bool`, `int`, `unsafe.Pointer`); untyped kinds are not types one
    /// can declare.
    pub fn is_defined(&self, t: TypeId) -> bool {
        match self.kind(t) {
            TypeKind::Named { .. } => true,
            TypeKind::Basic(b) => !b.is_untyped(),
            _ => false,
        }
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_integer)
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_unsigned)
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_float)
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_numeric)
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_boolean)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_string)
    }

    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Pointer(_))
    }

    pub fn is_func(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Func(_))
    }

    pub fn is_slice(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Slice(_))
    }

    pub fn is_unsafe_pointer(&self, t: TypeId) -> bool {
        self.basic_of(t) == Some(Basic::UnsafePointer)
    }

    /// A pointer to an array, which Go indexes, slices and ranges over as
    /// it does the array.
    pub fn is_array_pointer(&self, t: TypeId) -> bool {
        self.pointee(t)
            .is_some_and(|p| matches!(self.under(p), TypeKind::Array(..)))
    }

    pub fn pointee(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// Go's type identity: same id, with `byte`/`uint8` and `rune`/`int32`
    /// alike, in composite types too (`func(rune) byte` is `func(int32)
    /// uint8`).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let all = |x: &[TypeId], y: &[TypeId]| {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| self.identical(*x, *y))
        };
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Basic(x), TypeKind::Basic(y)) => x.canonical() == y.canonical(),
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) => self.identical(*x, *y),
            (TypeKind::Slice(x), TypeKind::Slice(y)) => self.identical(*x, *y),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => n == m && self.identical(*x, *y),
            (TypeKind::Map(k, v), TypeKind::Map(l, w)) => {
                self.identical(*k, *l) && self.identical(*v, *w)
            }
            (TypeKind::Chan(d, x), TypeKind::Chan(e, y)) => d == e && self.identical(*x, *y),
            (TypeKind::Func(f), TypeKind::Func(g)) => {
                f.variadic == g.variadic && all(&f.params, &g.params) && all(&f.results, &g.results)
            }
            (TypeKind::Struct(f), TypeKind::Struct(g)) => {
                f.len() == g.len()
                    && f.iter()
                        .zip(g)
                        .all(|(f, g)| f.name == g.name && self.identical(f.ty, g.ty))
            }
            (TypeKind::Tuple(x), TypeKind::Tuple(y)) => all(x, y),
            _ => false,
        }
    }

    /// Whether values of `t` live in memory in wexlab's functions: arrays
    /// and structs, which are copied as blocks of bytes.
    pub fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Array(..) | TypeKind::Struct(_))
    }

    /// What Go indexes, slices and ranges over element by element: an
    /// array (its length), a pointer to an array (the array's length) or a
    /// slice (no length), with the element type.
    pub fn sequence(&self, t: TypeId) -> Option<(Option<u64>, TypeId)> {
        match self.under(t) {
            TypeKind::Array(n, elem) => Some((Some(*n), *elem)),
            TypeKind::Slice(elem) => Some((None, *elem)),
            TypeKind::Pointer(p) => match self.under(*p) {
                TypeKind::Array(n, elem) => Some((Some(*n), *elem)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The offsets of a struct's fields, in order (empty for other types).
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let TypeKind::Struct(fields) = self.under(t) else {
            return Vec::new();
        };
        let mut off = 0u64;
        fields
            .iter()
            .map(|f| {
                off = round_up(off, self.align(f.ty));
                let at = off;
                off += self.size(f.ty);
                at
            })
            .collect()
    }

    /// Size in bytes on wasm.
    pub fn size(&self, t: TypeId) -> u64 {
        match self.under(t) {
            TypeKind::Basic(b) => b.size(),
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => 8,
            TypeKind::Slice(_) => 24,
            TypeKind::Interface(_) => 16,
            TypeKind::Array(n, e) => n.saturating_mul(self.size(*e)),
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1;
                for f in fields {
                    let a = self.align(f.ty);
                    align = align.max(a);
                    off = round_up(off, a) + self.size(f.ty);
                }
                // A final zero-size field gets padding, as in Go.
                if fields.last().is_some_and(|f| self.size(f.ty) == 0) && off > 0 {
                    off += 1;
                }
                round_up(off, align)
            }
            TypeKind::Named { .. } | TypeKind::Tuple(_) | TypeKind::Invalid => 8,
        }
    }

    pub fn align(&self, t: TypeId) -> u64 {
        match self.under(t) {
            TypeKind::Basic(b) => b.align(),
            TypeKind::Array(_, e) => self.align(*e),
            TypeKind::Struct(fields) => fields.iter().map(|f| self.align(f.ty)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// How Go prints a type: a defined type by its name, qualified when it
    /// belongs to another package than the local one (`structs.HostLayout`;
    /// the universe's `any` and `error` never), composite types spelled out.
    pub fn display(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, t);
        s
    }

    /// How Go's runtime names a type in a panic message: defined types
    /// qualified by their package (`main.T`), byte and rune as uint8 and
    /// int32.
    pub fn runtime_name(&self, t: TypeId) -> String {
        match self.kind(t) {
            TypeKind::Basic(b) => b.canonical().name().to_string(),
            TypeKind::Pointer(e) => format!("*{}", self.runtime_name(*e)),
            TypeKind::Named { name, pkg, .. } => format!("{pkg}.{name}"),
            _ => self.display(t),
        }
    }

    fn write(&self, s: &mut String, t: TypeId) {
        match self.kind(t) {
            TypeKind::Basic(b) => s.push_str(b.name()),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write(s, *e);
            }
            TypeKind::Named { name, pkg, .. } => {
                if !pkg.is_empty() && *pkg != self.local_pkg {
                    s.push_str(pkg);
                    s.push('.');
                }
                s.push_str(name)
            }
            TypeKind::Array(n, e) => {
                let _ = write!(s, "[{n}]");
                self.write(s, *e);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k);
                s.push(']');
                self.write(s, *v);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    crate::syntax::ast::ChanDir::Both => "chan ",
                    crate::syntax::ast::ChanDir::Send => "chan<- ",
                    crate::syntax::ast::ChanDir::Recv => "<-chan ",
                });
                self.write(s, *e);
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig);
            }
            TypeKind::Struct(fields) => {
                // Go's spelling: struct { x int32; y int64 }, struct {}.
                s.push_str("struct {");
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i > 0 { "; " } else { " " });
                    if let Some(n) = &f.name {
                        s.push_str(n);
                        s.push(' ');
                    }
                    self.write(s, f.ty);
                }
                s.push_str(if fields.is_empty() { "}" } else { " }" });
            }
            TypeKind::Interface(true) => s.push_str("interface {}"),
            TypeKind::Interface(false) => s.push_str("interface {...}"),
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t);
                }
                s.push(')');
            }
            TypeKind::Invalid => s.push_str("invalid type"),
        }
    }

    pub fn write_sig(&self, s: &mut String, sig: &Signature) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let TypeKind::Slice(e) = self.kind(*p) {
                    self.write(s, *e);
                    continue;
                }
            }
            self.write(s, *p);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, sig.results[0]);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *r);
                }
                s.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_wasm() {
        let mut t = Types::new();
        let i8t = t.basic(Basic::Int8);
        let i64t = t.basic(Basic::Int64);
        let s = t.intern(TypeKind::Struct(vec![
            StructField {
                name: Some("a".into()),
                ty: i8t,
            },
            StructField {
                name: Some("b".into()),
                ty: i64t,
            },
        ]));
        assert_eq!(t.size(s), 16);
        let str_t = t.basic(Basic::String);
        assert_eq!(t.size(str_t), 16);
        let p = t.pointer(i8t);
        assert_eq!(t.size(p), 8);
        assert_eq!(t.display(p), "*int8");
    }

    #[test]
    fn other_packages_types_print_qualified() {
        let mut t = Types::new();
        let local = t.new_named("main", "H");
        let other = t.new_named("structs", "HostLayout");
        let universe = t.new_named("", "error");
        let p = t.pointer(other);
        let arr = t.intern(TypeKind::Array(2, other));
        assert_eq!(t.display(local), "H");
        assert_eq!(t.display(p), "*structs.HostLayout");
        assert_eq!(t.display(arr), "[2]structs.HostLayout");
        assert_eq!(t.display(universe), "error");
        assert!(t.is_host_layout(other) && !t.is_host_layout(local));
        t.set_local_package("structs");
        assert_eq!(t.display(local), "main.H");
        assert_eq!(t.display(other), "HostLayout");
    }

    #[test]
    fn byte_is_uint8() {
        let mut t = Types::new();
        let b = t.basic(Basic::Byte);
        let u = t.basic(Basic::Uint8);
        assert!(t.identical(b, u));
        assert_eq!(t.display(b), "byte");
    }
}
