//! Constant values and Go's constant arithmetic.
//!
//! Go evaluates constant expressions exactly. wexlab keeps untyped integers
//! in `i128` (reporting an overflow where that range ends) and floats as
//! exact rationals, so that `0.1*3` is exactly `0.3` and `1e300*1e-290` is
//! exactly `1e10`; a float constant is rounded only when it gets a type.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::types::Basic;

/// The largest numerator or denominator a folded float constant may have,
/// in bits; Go's own limit is of the same order (it reports overflow).
pub const MAX_CONSTANT_BITS: u64 = 1 << 16;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i128),
    /// An exact rational; typed float constants hold the exact value of a
    /// float32 or float64.
    Float(BigRational),
    Str(Vec<u8>),
}

impl Value {
    pub fn float(f: f64) -> Value {
        Value::Float(BigRational::from_float(f).unwrap_or_else(BigRational::zero))
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Float(r) if r.is_integer() => r.to_integer().to_i128(),
            _ => None,
        }
    }

    pub fn as_rational(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(BigInt::from(*i))),
            Value::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The nearest float64 (infinite when out of range).
    pub fn as_float(&self) -> Option<f64> {
        self.as_rational().map(|r| round_f64(&r))
    }

    pub fn is_fractional(&self) -> bool {
        matches!(self, Value::Float(r) if !r.is_integer())
    }

    /// Go's spelling of the value in messages (`256`, `1.5`, `"s"`, `true`).
    pub fn display(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(r) => format_g6(round_f64(r), r.is_integer()),
            Value::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// A float constant as go/constant prints it: `%.6g` (1e+40, 1.5, 0.0001),
/// or `%.6e` when that would hide that a non-integer is not one
/// (1.000000e-05).
fn format_g6(x: f64, is_integer: bool) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".to_string()
        } else if x > 0.0 {
            "+Inf".to_string()
        } else {
            "-Inf".to_string()
        };
    }
    // Six significant digits in scientific form give the exponent after
    // rounding, which decides between %e and %f styles.
    let sci = format!("{x:.5e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    let go_exp = |e: i32| format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    let g = if x == 0.0 {
        "0".to_string()
    } else if !(-4..6).contains(&exp) {
        format!("{}{}", trim(mantissa), go_exp(exp))
    } else {
        trim(&format!("{x:.*}", (5 - exp).max(0) as usize))
    };
    if !is_integer && !g.contains('.') {
        let e = format!("{x:.6e}");
        let (m, ex) = e.split_once('e').unwrap_or((&e, "0"));
        return format!("{m}{}", go_exp(ex.parse().unwrap_or(0)));
    }
    g
}

/// Rounds an exact rational to the nearest binary float with `precision`
/// mantissa bits, ties to even, and returns its mantissa and exponent
/// (value = mantissa × 2^exponent), or `None` when it overflows. `min_exp`
/// is the exponent of the smallest subnormal, `max_bits` the largest exponent
/// + precision.
fn round_binary(
    r: &BigRational,
    precision: u64,
    min_exp: i64,
    max_exp: i64,
) -> Option<(bool, u64, i64)> {
    let neg = r.is_negative();
    let a = r.numer().abs();
    let b = r.denom().clone();
    if a.is_zero() {
        return Some((neg, 0, 0));
    }
    // q = floor(a / (b·2^e)) with `precision` bits.
    let mut e = a.bits() as i64 - b.bits() as i64 - precision as i64;
    let quotient = |e: i64| -> (BigInt, BigInt, BigInt) {
        let (n, d) = if e >= 0 {
            (a.clone(), &b << e as usize)
        } else {
            (&a << (-e) as usize, b.clone())
        };
        let q = &n / &d;
        let rem = &n - &q * &d;
        (q, rem, d)
    };
    let (mut q, mut rem, mut d) = quotient(e);
    while q.bits() > precision {
        e += 1;
        (q, rem, d) = quotient(e);
    }
    while q.bits() < precision && e > min_exp {
        e -= 1;
        (q, rem, d) = quotient(e);
    }
    if e < min_exp {
        e = min_exp;
        (q, rem, d) = quotient(e);
    }
    let twice: BigInt = &rem * 2;
    let q_odd = (&q % 2u32) == BigInt::one();
    if twice > d || (twice == d && q_odd) {
        q += 1;
        if q.bits() > precision {
            q >>= 1;
            e += 1;
        }
    }
    if e + precision as i64 > max_exp {
        return None;
    }
    Some((neg, q.to_u64().unwrap_or(0), e))
}

/// `x · 2^e` with exact power-of-two factors (`powi` of a large negative
/// exponent underflows on the way).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// The nearest float64 to an exact rational.
pub fn round_f64(r: &BigRational) -> f64 {
    match round_binary(r, 53, -1074, 1024) {
        Some((neg, m, e)) => {
            let v = ldexp(m as f64, e);
            if neg { -v } else { v }
        }
        None if r.is_negative() => f64::NEG_INFINITY,
        None => f64::INFINITY,
    }
}

/// The nearest float32 to an exact rational (rounded once, not through float64).
pub fn round_f32(r: &BigRational) -> f32 {
    match round_binary(r, 24, -149, 128) {
        Some((neg, m, e)) => {
            // m < 2^24 and e ≥ -149, so the float64 product is exact and
            // the narrowing is exact too.
            let v = ldexp(m as f64, e) as f32;
            if neg { -v } else { v }
        }
        None if r.is_negative() => f32::NEG_INFINITY,
        None => f32::INFINITY,
    }
}

/// Parses an integer literal (`42`, `0x2a`, `0o52`, `052`, `0b101010`, with `_`).
pub fn parse_int(text: &str) -> Result<i128, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = clean
        .strip_prefix("0x")
        .or_else(|| clean.strip_prefix("0X"))
    {
        (r, 16)
    } else if let Some(r) = clean
        .strip_prefix("0b")
        .or_else(|| clean.strip_prefix("0B"))
    {
        (r, 2)
    } else if let Some(r) = clean
        .strip_prefix("0o")
        .or_else(|| clean.strip_prefix("0O"))
    {
        (r, 8)
    } else if clean.len() > 1 && clean.starts_with('0') {
        (&clean[1..], 8)
    } else {
        (clean.as_str(), 10)
    };
    if digits.is_empty() {
        return Err(format!("invalid integer literal {text}"));
    }
    i128::from_str_radix(digits, radix).map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => format!("integer constant too large: {text}"),
        _ => format!("invalid digit in integer literal {text}"),
    })
}

/// Parses a float literal into its exact value.
pub fn parse_float(text: &str) -> Result<BigRational, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let bad = || format!("invalid float literal {text}");
    let (radix, body) = match clean
        .strip_prefix("0x")
        .or_else(|| clean.strip_prefix("0X"))
    {
        Some(rest) => (16u32, rest.to_string()),
        None => (10u32, clean.clone()),
    };
    let (mant, exp) = if radix == 16 {
        match body.split_once(['p', 'P']) {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().map_err(|_| bad())?),
            None => return Err(bad()),
        }
    } else {
        match body.split_once(['e', 'E']) {
            Some((m, e)) => (m.to_string(), e.parse::<i64>().map_err(|_| bad())?),
            None => (body.clone(), 0),
        }
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((&mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let n = if digits.is_empty() {
        return Err(bad());
    } else {
        BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(bad)?
    };
    // Each fraction digit divides by the radix; the exponent is decimal for
    // decimal literals, binary for hexadecimal ones.
    let base = BigInt::from(if radix == 16 { 2 } else { 10 });
    let frac_shift = if radix == 16 {
        4 * frac_part.len() as i64
    } else {
        frac_part.len() as i64
    };
    let total = exp - frac_shift;
    if total.unsigned_abs() > 100_000 {
        return Err(format!("float literal {text} is out of range"));
    }
    let scale = num_traits::pow(base, total.unsigned_abs() as usize);
    Ok(if total >= 0 {
        BigRational::from_integer(n * scale)
    } else {
        BigRational::new(n, scale)
    })
}

/// Reads the escape at the start of `s` (after the backslash) and returns the
/// value and whether it is a byte (`\x`, octal) rather than a code point.
fn unescape(s: &[u8], quote: u8) -> Result<(u32, bool, usize), String> {
    let c = *s.first().ok_or("escape sequence not terminated")?;
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(92),
        _ if c == quote => Some(quote as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, false, 1));
    }
    let hex = |n: usize| -> Result<u32, String> {
        let digits = s.get(1..1 + n).ok_or("escape sequence not terminated")?;
        let text = std::str::from_utf8(digits).map_err(|_| "invalid escape")?;
        u32::from_str_radix(text, 16)
            .map_err(|_| "invalid character in hexadecimal escape".to_string())
    };
    match c {
        b'x' => Ok((hex(2)?, true, 3)),
        b'u' => Ok((hex(4)?, false, 5)),
        b'U' => {
            let v = hex(8)?;
            if v > 0x10FFFF {
                return Err("escape is invalid Unicode code point".to_string());
            }
            Ok((v, false, 9))
        }
        b'0'..=b'7' => {
            let digits = s.get(0..3).ok_or("escape sequence not terminated")?;
            let text = std::str::from_utf8(digits).map_err(|_| "invalid escape")?;
            let v = u32::from_str_radix(text, 8)
                .map_err(|_| "invalid character in octal escape".to_string())?;
            if v > 255 {
                return Err("octal escape value > 255".to_string());
            }
            Ok((v, true, 3))
        }
        _ => Err("unknown escape sequence".to_string()),
    }
}

/// The value of a rune literal such as `'a'`, `'\n'`, `'\u00e9'`.
pub fn parse_rune(text: &str) -> Result<i128, String> {
    let inner = &text.as_bytes()[1..text.len() - 1];
    if inner.first() == Some(&b'\\') {
        let (v, _, used) = unescape(&inner[1..], b'\'')?;
        if used + 1 != inner.len() {
            return Err("more than one character in rune literal".to_string());
        }
        return Ok(v as i128);
    }
    let s = std::str::from_utf8(inner).map_err(|_| "invalid UTF-8 in rune literal")?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as i128),
        (None, _) => Err("empty rune literal or unescaped ' in rune literal".to_string()),
        _ => Err("more than one character in rune literal".to_string()),
    }
}

/// The bytes of a string literal, interpreted or raw.
pub fn parse_string(text: &str) -> Result<Vec<u8>, String> {
    if text.starts_with('`') {
        return Ok(text[1..text.len() - 1]
            .bytes()
            .filter(|&b| b != b'\r')
            .collect());
    }
    let inner = &text.as_bytes()[1..text.len() - 1];
    let mut out = Vec::with_capacity(inner.len());
    let mut i = 0;
    while i < inner.len() {
        if inner[i] == b'\\' {
            let (v, is_byte, used) = unescape(&inner[i + 1..], b'"')?;
            if is_byte {
                out.push(v as u8);
            } else {
                let c = char::from_u32(v).ok_or("escape is invalid Unicode code point")?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            i += 1 + used;
        } else {
            out.push(inner[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// The range of an integer type.
pub fn int_range(b: Basic) -> (i128, i128) {
    let bits = b.bits();
    if b.is_unsigned() {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    }
}

/// Converts a constant to a typed basic type if it is representable there,
/// as Go's assignability and conversion rules need: floats are rounded to
/// the type's precision. `None` means "overflows" or "truncated".
pub fn represent(v: &Value, b: Basic) -> Option<Value> {
    let b = b.canonical();
    match b {
        Basic::Bool | Basic::UntypedBool => matches!(v, Value::Bool(_)).then(|| v.clone()),
        Basic::String | Basic::UntypedString => matches!(v, Value::Str(_)).then(|| v.clone()),
        Basic::UntypedInt | Basic::UntypedRune => v.as_int().map(Value::Int),
        Basic::UntypedFloat => v.as_rational().map(Value::Float),
        _ if b.is_integer() => {
            let i = v.as_int()?;
            let (lo, hi) = int_range(b);
            (lo..=hi).contains(&i).then_some(Value::Int(i))
        }
        Basic::Float32 => {
            let f = round_f32(&v.as_rational()?);
            f.is_finite().then(|| Value::float(f as f64))
        }
        Basic::Float64 => {
            let f = round_f64(&v.as_rational()?);
            f.is_finite().then(|| Value::float(f))
        }
        _ => None,
    }
}

/// Converts a constant by a conversion `T(c)`, where Go allows truncation
/// only in the integer→string direction; returns the reason on failure.
pub fn convert(v: &Value, to: Basic) -> Result<Value, &'static str> {
    let to = to.canonical();
    if to == Basic::String
        && let Value::Int(i) = v
    {
        let c = u32::try_from(*i)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('\u{FFFD}');
        return Ok(Value::Str(c.to_string().into_bytes()));
    }
    if to.is_integer() && v.is_fractional() {
        return Err("truncated");
    }
    represent(v, to).ok_or("overflows")
}

/// Wraps an integer constant to the width of a typed integer type (used when
/// folding typed arithmetic, where overflow is an error Go reports).
pub fn fits(i: i128, b: Basic) -> bool {
    let (lo, hi) = int_range(b.canonical());
    (lo..=hi).contains(&i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_constant_values() {
        assert_eq!(format_g6(1e40, true), "1e+40");
        assert_eq!(format_g6(1.5, false), "1.5");
        assert_eq!(format_g6(3.0, true), "3");
        assert_eq!(format_g6(100000.0, true), "100000");
        assert_eq!(format_g6(1000000.0, true), "1e+06");
        assert_eq!(format_g6(0.0001, false), "0.0001");
        assert_eq!(format_g6(0.00001, false), "1.000000e-05");
        assert_eq!(format_g6(1.0000001, false), "1.000000e+00");
        assert_eq!(format_g6(123456.7, false), "1.234567e+05");
        assert_eq!(format_g6(-2.5, false), "-2.5");
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int("0x_1F").unwrap(), 31);
        assert_eq!(parse_int("017").unwrap(), 15);
        assert_eq!(parse_int("0b101").unwrap(), 5);
        assert_eq!(parse_rune(r"'\n'").unwrap(), 10);
        assert_eq!(parse_rune("'é'").unwrap(), 0xe9);
        assert_eq!(parse_string(r#""a\x00\u00e9""#).unwrap(), b"a\x00\xc3\xa9");
        assert_eq!(round_f64(&parse_float("0x1p-2").unwrap()), 0.25);
        assert_eq!(round_f64(&parse_float("1e300").unwrap()), 1e300);
        // Exact: 0.1*3 is 0.3, not 0.30000000000000004.
        let tenth = parse_float("0.1").unwrap();
        assert_eq!(
            round_f64(&(tenth * BigRational::from_integer(3.into()))),
            0.3
        );
    }

    #[test]
    fn representability() {
        assert_eq!(
            represent(&Value::Int(255), Basic::Uint8),
            Some(Value::Int(255))
        );
        assert_eq!(represent(&Value::Int(256), Basic::Uint8), None);
        assert_eq!(represent(&Value::float(1.5), Basic::Int32), None);
        assert_eq!(
            represent(&Value::float(2.0), Basic::Int32),
            Some(Value::Int(2))
        );
    }
}
