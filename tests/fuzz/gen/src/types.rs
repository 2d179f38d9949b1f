//! The basic types of the subset and what each allows.

use arbitrary::{Result, Unstructured};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
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
const ALL: [Ty; 14] = [
    Ty::Int,
    Ty::Int8,
    Ty::Int16,
    Ty::Int32,
    Ty::Int64,
    Ty::Uint,
    Ty::Uint8,
    Ty::Uint16,
    Ty::Uint32,
    Ty::Uint64,
    Ty::Uintptr,
    Ty::Float32,
    Ty::Float64,
    Ty::Bool,
];

/// The types a `//go:wasmexport` signature takes (docs/abi.md).
const EXPORTABLE: [Ty; 8] = [
    Ty::Int32,
    Ty::Int64,
    Ty::Uint32,
    Ty::Uint64,
    Ty::Float32,
    Ty::Float64,
    Ty::Bool,
    Ty::Uintptr,
];

impl Ty {
    pub fn any(u: &mut Unstructured) -> Result<Ty> {
        u.choose(&ALL).copied()
    }

    pub fn numeric(u: &mut Unstructured) -> Result<Ty> {
        u.choose(&ALL[..13]).copied()
    }

    pub fn unsigned(u: &mut Unstructured) -> Result<Ty> {
        u.choose(&ALL[5..11]).copied()
    }

    pub fn exportable(u: &mut Unstructured) -> Result<Ty> {
        u.choose(&EXPORTABLE).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Int8 => "int8",
            Ty::Int16 => "int16",
            Ty::Int32 => "int32",
            Ty::Int64 => "int64",
            Ty::Uint => "uint",
            Ty::Uint8 => "uint8",
            Ty::Uint16 => "uint16",
            Ty::Uint32 => "uint32",
            Ty::Uint64 => "uint64",
            Ty::Uintptr => "uintptr",
            Ty::Float32 => "float32",
            Ty::Float64 => "float64",
            Ty::Bool => "bool",
        }
    }

    /// The name, or sometimes its alias (`byte`, `rune`): the same type.
    pub fn spell(self, u: &mut Unstructured) -> Result<&'static str> {
        Ok(match self {
            Ty::Uint8 if u.ratio(1, 3)? => "byte",
            Ty::Int32 if u.ratio(1, 3)? => "rune",
            _ => self.name(),
        })
    }

    pub fn is_int(self) -> bool {
        !matches!(self, Ty::Float32 | Ty::Float64 | Ty::Bool)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Ty::Float32 | Ty::Float64)
    }

    /// The smallest and largest value of an integer type (`int`, `uint` and
    /// `uintptr` are 64 bits on wasm).
    pub fn range(self) -> (i128, i128) {
        let bits = self.size() * 8;
        if matches!(self, Ty::Int | Ty::Int8 | Ty::Int16 | Ty::Int32 | Ty::Int64) {
            (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        } else {
            (0, (1 << bits) - 1)
        }
    }

    /// `unsafe.Sizeof` of a value of the type, which on wasm is also its
    /// `unsafe.Alignof`.
    pub fn size(self) -> u32 {
        match self {
            Ty::Int8 | Ty::Uint8 | Ty::Bool => 1,
            Ty::Int16 | Ty::Uint16 => 2,
            Ty::Int32 | Ty::Uint32 | Ty::Float32 => 4,
            _ => 8,
        }
    }
}
