//! The types of the subset and what each allows: the basic types, and for
//! each a named type defined on it (`type myint8 int8`); strings; and the
//! program's arrays, slices and structs (`Type::Def`, see `composite`).

use arbitrary::{Result, Unstructured};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basic {
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
    Bool,
}

/// `int` first: an exhausted input picks index 0, Go's default type.
const ALL: [Basic; 14] = [
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Bool,
];

/// The types a `//go:wasmexport` signature takes (docs/abi.md).
const EXPORTABLE: [Basic; 8] = [
    Basic::Int32,
    Basic::Int64,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Float32,
    Basic::Float64,
    Basic::Bool,
    Basic::Uintptr,
];

/// The names of the named types, in the order of `Basic`.
const NAMED: [&str; 14] = [
    "myint",
    "myint8",
    "myint16",
    "myint32",
    "myint64",
    "myuint",
    "myuint8",
    "myuint16",
    "myuint32",
    "myuint64",
    "myuintptr",
    "myfloat32",
    "myfloat64",
    "mybool",
];

/// The type of a value: a basic type, a string, or an array, slice or
/// struct type of the program's table (`Scope::defs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Basic(Ty),
    Str,
    Def(usize),
}

/// A basic type, or the named type defined on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ty {
    pub basic: Basic,
    pub named: bool,
}

impl Ty {
    pub const INT: Ty = Ty::basic(Basic::Int);
    pub const UINTPTR: Ty = Ty::basic(Basic::Uintptr);
    pub const BOOL: Ty = Ty::basic(Basic::Bool);
    pub const UINT8: Ty = Ty::basic(Basic::Uint8);
    pub const INT8: Ty = Ty::basic(Basic::Int8);
    pub const INT32: Ty = Ty::basic(Basic::Int32);

    const fn basic(basic: Basic) -> Ty {
        Ty {
            basic,
            named: false,
        }
    }

    pub fn any(u: &mut Unstructured) -> Result<Ty> {
        Ty::from(u, &ALL)
    }

    pub fn numeric(u: &mut Unstructured) -> Result<Ty> {
        Ty::from(u, &ALL[..13])
    }

    /// Any integer type: an index may have one.
    pub fn integer(u: &mut Unstructured) -> Result<Ty> {
        Ty::from(u, &ALL[..11])
    }

    pub fn unsigned(u: &mut Unstructured) -> Result<Ty> {
        Ty::from(u, &ALL[5..11])
    }

    /// A type a `//go:wasmexport` signature takes (docs/abi.md); a named
    /// type counts as its underlying type.
    pub fn exportable(u: &mut Unstructured) -> Result<Ty> {
        Ty::from(u, &EXPORTABLE)
    }

    fn from(u: &mut Unstructured, basics: &[Basic]) -> Result<Ty> {
        let basic = *u.choose(basics)?;
        let named = u.ratio(1, 6)?;
        Ok(Ty { basic, named })
    }

    /// The name, or sometimes the alias of a basic type (`byte`, `rune`):
    /// the same type.
    pub fn spell(self, u: &mut Unstructured) -> Result<&'static str> {
        Ok(match self.basic {
            _ if self.named => NAMED[self.basic as usize],
            Basic::Uint8 if u.ratio(1, 3)? => "byte",
            Basic::Int32 if u.ratio(1, 3)? => "rune",
            basic => basic.name(),
        })
    }

    /// The name without aliases: the same text every time, so that the
    /// table of types can tell two spellings of one type apart.
    pub fn canonical(self) -> &'static str {
        if self.named {
            NAMED[self.basic as usize]
        } else {
            self.basic.name()
        }
    }

    pub fn is_bool(self) -> bool {
        self.basic == Basic::Bool
    }

    pub fn is_int(self) -> bool {
        !matches!(self.basic, Basic::Float32 | Basic::Float64 | Basic::Bool)
    }

    pub fn is_float(self) -> bool {
        matches!(self.basic, Basic::Float32 | Basic::Float64)
    }

    /// The smallest and largest value of an integer type (`int`, `uint` and
    /// `uintptr` are 64 bits on wasm).
    pub fn range(self) -> (i128, i128) {
        let bits = self.size() * 8;
        let signed = matches!(
            self.basic,
            Basic::Int | Basic::Int8 | Basic::Int16 | Basic::Int32 | Basic::Int64
        );
        if signed {
            (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        } else {
            (0, (1 << bits) - 1)
        }
    }

    /// `unsafe.Sizeof` of a value of the type, which on wasm is also its
    /// `unsafe.Alignof`.
    pub fn size(self) -> u32 {
        match self.basic {
            Basic::Int8 | Basic::Uint8 | Basic::Bool => 1,
            Basic::Int16 | Basic::Uint16 => 2,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 4,
            _ => 8,
        }
    }
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
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
            Basic::Bool => "bool",
        }
    }
}

/// `type myT T` for each named type `text` mentions.
pub fn named_declarations(text: &str) -> String {
    let mentions = |name: &str| {
        text.match_indices(name).any(|(at, _)| {
            let next = text[at + name.len()..].chars().next();
            !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    };
    ALL.iter()
        .filter(|b| mentions(NAMED[**b as usize]))
        .map(|b| format!("type {} {}\n", NAMED[*b as usize], b.name()))
        .collect()
}
