//! Constant values and their literals. Go checks constants when it compiles,
//! so every literal is made for the type it will take and fits it.

use arbitrary::{Result, Unstructured};

use crate::types::{Basic, Ty};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Int(i128),
    Float(f64),
    Bool(bool),
}

impl Value {
    /// Whether an untyped constant of this value may stand for a `ty`.
    pub fn fits(self, ty: Ty) -> bool {
        match self {
            Value::Int(v) if ty.is_int() => {
                let (lo, hi) = ty.range();
                lo <= v && v <= hi
            }
            // Small integers only are made, exact in both float types.
            Value::Int(_) => ty.is_float(),
            Value::Float(f) => ty.is_float() && f.abs() <= max_float(ty),
            Value::Bool(_) => ty.is_bool(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            Value::Int(v) => v == 0,
            Value::Float(f) => f == 0.0,
            Value::Bool(_) => false,
        }
    }
}

fn max_float(ty: Ty) -> f64 {
    if ty.basic == Basic::Float32 {
        1e38
    } else {
        1e300
    }
}

/// An untyped literal that fits `ty` (not zero when `nonzero`), with its value.
pub fn literal(u: &mut Unstructured, ty: Ty, nonzero: bool) -> Result<(String, Value)> {
    if ty.is_bool() {
        let b: bool = u.arbitrary()?;
        return Ok((b.to_string(), Value::Bool(b)));
    }
    if ty.is_float() {
        return float_literal(u, ty, nonzero);
    }
    let v = int_value(u, ty, nonzero)?;
    Ok((spell_int(u, v)?, Value::Int(v)))
}

/// Mostly small values, often the ends of the type's range, where wrapping
/// and narrowing happen.
fn int_value(u: &mut Unstructured, ty: Ty, nonzero: bool) -> Result<i128> {
    let (lo, hi) = ty.range();
    let v = match u.int_in_range(0..=5)? {
        0 => u.int_in_range(0..=9)?,
        1 => lo,
        2 => hi,
        3 => u.int_in_range(lo..=hi)?,
        4 => {
            let bit = u.int_in_range(0..=(ty.size() * 8 - 1))?;
            (1i128 << bit) - i128::from(u.arbitrary::<bool>()?)
        }
        _ => -u.int_in_range(1..=9)?,
    };
    let v = if lo <= v && v <= hi { v } else { hi };
    Ok(if nonzero && v == 0 { 1 } else { v })
}

/// Decimal, hex, octal, binary or rune spelling, sometimes with digit
/// separators; negative values in parentheses so that they read as one
/// operand anywhere.
fn spell_int(u: &mut Unstructured, v: i128) -> Result<String> {
    let m = v.unsigned_abs();
    let digits = match u.int_in_range(0..=6)? {
        0 => m.to_string(),
        1 => format!("0x{m:x}"),
        2 => format!("0X{m:X}"),
        3 => format!("0o{m:o}"),
        4 => format!("0b{m:b}"),
        5 if (0x20..0x7f).contains(&m) && m != u128::from(b'\'') && m != u128::from(b'\\') => {
            format!("'{}'", char::from(m as u8))
        }
        5 if v >= 0 && char::from_u32(m as u32).is_some() && m < 0x10000 => format!("'\\u{m:04x}'"),
        _ => separated(&m.to_string()),
    };
    Ok(if v < 0 {
        format!("(-{digits})")
    } else {
        digits
    })
}

/// `1234567` as `1_234_567`.
fn separated(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    out
}

const FLOATS: [&str; 14] = [
    "0.0", "1.5", "2.", ".25", "0.1", "3", "1e10", "1e-7", "6.02e23", "0x1p-2", "1e38", "1e300",
    "1_000.5", "4.9e-324",
];

/// A float literal from a fixed list, each distinct in both float types,
/// positive or negative.
fn float_literal(u: &mut Unstructured, ty: Ty, nonzero: bool) -> Result<(String, Value)> {
    let mut text = *u.choose(&FLOATS)?;
    let mut value: f64 = text.replace('_', "").parse().unwrap_or(0.25);
    if (nonzero && value == 0.0) || value.abs() > max_float(ty) || is_denormal(ty, value) {
        (text, value) = ("1.5", 1.5);
    }
    if u.arbitrary()? {
        return Ok((format!("(-{text})"), Value::Float(-value)));
    }
    Ok((text.to_string(), Value::Float(value)))
}

/// Go rounds a constant too small for float32 to zero, which would turn a
/// nonzero divisor into a division by zero.
fn is_denormal(ty: Ty, value: f64) -> bool {
    ty.basic == Basic::Float32 && value != 0.0 && value.abs() < 1e-30
}
