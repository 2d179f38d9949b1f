//! Constant values and Go's constant arithmetic.
//!
//! Go's untyped constants have arbitrary precision; wexlab keeps integers in
//! `i128` and floats in `f64`, which covers the programs of its subset and
//! reports an overflow where the range ends.

use super::types::Basic;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(Vec<u8>),
}

impl Value {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => Some(*f as i128),
            _ => None,
        }
    }

    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// Go's spelling of the value in messages (`256`, `1.5`, `"s"`, `true`).
    pub fn display(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{f:.0}")
                } else {
                    format!("{f}")
                }
            }
            Value::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
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

pub fn parse_float(text: &str) -> Result<f64, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if clean.starts_with("0x") || clean.starts_with("0X") {
        return parse_hex_float(&clean[2..])
            .ok_or_else(|| format!("invalid hexadecimal float literal {text}"));
    }
    clean
        .parse::<f64>()
        .map_err(|_| format!("invalid float literal {text}"))
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (mant, exp) = s.split_once(['p', 'P'])?;
    let exp: i32 = exp.parse().ok()?;
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    Some(value * 2f64.powi(exp))
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
/// as Go's assignability and conversion rules need. `None` means "overflows"
/// or "truncated".
pub fn represent(v: &Value, b: Basic) -> Option<Value> {
    let b = b.canonical();
    match b {
        Basic::Bool | Basic::UntypedBool => matches!(v, Value::Bool(_)).then(|| v.clone()),
        Basic::String | Basic::UntypedString => matches!(v, Value::Str(_)).then(|| v.clone()),
        Basic::UntypedInt | Basic::UntypedRune => v.as_int().map(Value::Int),
        Basic::UntypedFloat => v.as_float().map(Value::Float),
        _ if b.is_integer() => {
            let i = v.as_int()?;
            let (lo, hi) = int_range(b);
            (lo..=hi).contains(&i).then_some(Value::Int(i))
        }
        Basic::Float32 => {
            let f = v.as_float()?;
            let r = f as f32;
            (r.is_finite() || !f.is_finite()).then_some(Value::Float(r as f64))
        }
        Basic::Float64 => {
            let f = v.as_float()?;
            f.is_finite().then_some(Value::Float(f))
        }
        _ => None,
    }
}

/// Converts a constant by a conversion `T(c)`, where Go allows truncation
/// only in the integer→string direction; returns the message on failure.
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
    if to.is_float()
        && let Some(f) = v.as_float()
    {
        return represent(&Value::Float(f), to).ok_or("overflows");
    }
    if to.is_integer()
        && let Value::Float(f) = v
        && f.fract() != 0.0
    {
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
    fn literals() {
        assert_eq!(parse_int("0x_1F").unwrap(), 31);
        assert_eq!(parse_int("017").unwrap(), 15);
        assert_eq!(parse_int("0b101").unwrap(), 5);
        assert_eq!(parse_rune(r"'\n'").unwrap(), 10);
        assert_eq!(parse_rune("'é'").unwrap(), 0xe9);
        assert_eq!(parse_string(r#""a\x00\u00e9""#).unwrap(), b"a\x00\xc3\xa9");
        assert_eq!(parse_float("0x1p-2").unwrap(), 0.25);
    }

    #[test]
    fn representability() {
        assert_eq!(
            represent(&Value::Int(255), Basic::Uint8),
            Some(Value::Int(255))
        );
        assert_eq!(represent(&Value::Int(256), Basic::Uint8), None);
        assert_eq!(represent(&Value::Float(1.5), Basic::Int32), None);
        assert_eq!(
            represent(&Value::Float(2.0), Basic::Int32),
            Some(Value::Int(2))
        );
    }
}
