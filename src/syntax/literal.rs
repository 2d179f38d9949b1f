//! Number, rune and string literals read the way Go's scanner reads them:
//! how far a literal extends (greedily: `0b102` and `1e` are one malformed
//! literal each, not a literal and a name), what kind it is, and Go's
//! complaints about it, at Go's positions. A malformed literal is still one
//! token for the parser; the complaints are not syntax errors, so type
//! checking goes on (as in Go).

/// What kind of literal was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Imag,
    Rune,
    Str,
    RawStr,
}

/// A literal read from the source: where it ends, its kind and Go's
/// complaints (absolute byte offsets).
#[derive(Clone, Debug)]
pub struct Scanned {
    pub end: usize,
    pub kind: Kind,
    pub errors: Vec<(usize, String)>,
}

impl Scanned {
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

fn is_decimal(c: u8) -> bool {
    c.is_ascii_digit()
}

fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

/// A byte cursor over the source.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn ch(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn lower(&self) -> Option<u8> {
        self.ch().map(|c| c.to_ascii_lowercase())
    }
}

/// Reads the digits of `base` (all decimal digits for bases up to 10, so
/// that `0b102` is one literal), with `_`. Returns bit 1 if a digit was
/// read, bit 2 if a separator was, and records the first digit too large
/// for the base.
fn digits(c: &mut Cursor<'_>, base: u32, invalid: &mut Option<usize>) -> u8 {
    let mut digsep = 0;
    while let Some(ch) = c.ch() {
        let is_digit = if base <= 10 {
            is_decimal(ch)
        } else {
            is_hex(ch)
        };
        if ch == b'_' {
            digsep |= 2;
        } else if is_digit {
            if base <= 10 && u32::from(ch - b'0') >= base && invalid.is_none() {
                *invalid = Some(c.i);
            }
            digsep |= 1;
        } else {
            break;
        }
        c.i += 1;
    }
    digsep
}

/// The offset (in `lit`) of a `_` that does not separate two digits, as
/// Go's scanner finds it.
fn invalid_separator(lit: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if lit.len() >= 2 && lit[0] == b'0' {
        x1 = lit[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < lit.len() {
        let p = d;
        d = lit[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if is_decimal(d) || (x1 == b'x' && is_hex(d)) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| lit.len() - 1)
}

/// A number literal starting at `start` (a digit, or `.` and a digit).
pub fn number(src: &str, start: usize) -> Scanned {
    let mut c = Cursor {
        s: src.as_bytes(),
        i: start,
    };
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut kind = Kind::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0u8;
    let mut invalid = None;
    let mut ok = true;
    if c.ch() != Some(b'.') {
        if c.ch() == Some(b'0') {
            c.i += 1;
            match c.lower() {
                Some(b'x') => {
                    c.i += 1;
                    base = 16;
                    prefix = b'x';
                }
                Some(b'o') => {
                    c.i += 1;
                    base = 8;
                    prefix = b'o';
                }
                Some(b'b') => {
                    c.i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1; // the leading 0
                }
            }
        }
        digsep |= digits(&mut c, base, &mut invalid);
    }
    if c.ch() == Some(b'.') {
        kind = Kind::Float;
        if prefix == b'o' || prefix == b'b' {
            errors.push((
                c.i,
                format!("invalid radix point in {} literal", base_name(base)),
            ));
            ok = false;
        }
        c.i += 1;
        digsep |= digits(&mut c, base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        errors.push((c.i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    match c.lower() {
        Some(e @ (b'e' | b'p')) => {
            if ok {
                let written = c.ch().map_or('e', char::from);
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    errors.push((
                        c.i,
                        format!("'{written}' exponent requires decimal mantissa"),
                    ));
                    ok = false;
                } else if e == b'p' && prefix != b'x' {
                    errors.push((
                        c.i,
                        format!("'{written}' exponent requires hexadecimal mantissa"),
                    ));
                    ok = false;
                }
            }
            c.i += 1;
            kind = Kind::Float;
            if matches!(c.ch(), Some(b'+' | b'-')) {
                c.i += 1;
            }
            let mut none = None;
            let ds = digits(&mut c, 10, &mut none);
            digsep = ds | (digsep & 2);
            if ds & 1 == 0 && ok {
                errors.push((c.i, "exponent has no digits".to_string()));
                ok = false;
            }
        }
        _ if prefix == b'x' && kind == Kind::Float && ok => {
            errors.push((
                c.i,
                "hexadecimal mantissa requires a 'p' exponent".to_string(),
            ));
            ok = false;
        }
        _ => {}
    }
    if c.ch() == Some(b'i') {
        kind = Kind::Imag;
        c.i += 1;
    }
    if kind == Kind::Int
        && ok
        && let Some(at) = invalid
    {
        errors.push((
            at,
            format!(
                "invalid digit '{}' in {} literal",
                char::from(c.s[at]),
                base_name(base)
            ),
        ));
        ok = false;
    }
    if digsep & 2 != 0
        && ok
        && let Some(at) = invalid_separator(&c.s[start..c.i])
    {
        errors.push((
            start + at,
            "'_' must separate successive digits".to_string(),
        ));
    }
    Scanned {
        end: c.i,
        kind,
        errors,
    }
}

/// The character at `i` (a whole UTF-8 sequence) and its length.
fn char_at(src: &str, i: usize) -> Option<(char, usize)> {
    src.get(i..)?.chars().next().map(|ch| (ch, ch.len_utf8()))
}

/// Reads an escape after its backslash (the cursor is on the character
/// after it); reports what Go's scanner reports. Returns false when bad.
fn escape(src: &str, c: &mut Cursor<'_>, quote: u8, errors: &mut Vec<(usize, String)>) -> bool {
    let (n, base, max): (u32, u32, u32) = match c.ch() {
        Some(ch) if ch == quote => {
            c.i += 1;
            return true;
        }
        Some(b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') => {
            c.i += 1;
            return true;
        }
        Some(b'0'..=b'7') => (3, 8, 255),
        Some(b'x') => {
            c.i += 1;
            (2, 16, 255)
        }
        Some(b'u') => {
            c.i += 1;
            (4, 16, 0x10FFFF)
        }
        Some(b'U') => {
            c.i += 1;
            (8, 16, 0x10FFFF)
        }
        None => return true, // the caller reports the end of the file
        Some(_) => {
            errors.push((c.i, "unknown escape".to_string()));
            return false;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(ch) = c.ch() else {
            return true;
        };
        let d = match ch {
            b'0'..=b'9' => u32::from(ch - b'0'),
            b'a'..=b'f' | b'A'..=b'F' => u32::from(ch.to_ascii_lowercase() - b'a') + 10,
            _ => base,
        };
        if d >= base {
            let shown = char_at(src, c.i).map_or('?', |(ch, _)| ch);
            errors.push((
                c.i,
                format!(
                    "invalid character {:?} in {} escape",
                    shown,
                    base_name(base)
                ),
            ));
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        c.i += 1;
    }
    if x > max && base == 8 {
        errors.push((c.i, format!("octal escape value {x} > 255")));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        errors.push((
            c.i,
            format!("escape is invalid Unicode code point U+{x:04X}"),
        ));
        return false;
    }
    true
}

/// A rune literal starting at `start` (on its quote).
pub fn rune(src: &str, start: usize) -> Scanned {
    let mut c = Cursor {
        s: src.as_bytes(),
        i: start + 1,
    };
    let mut errors = Vec::new();
    let mut ok = true;
    let mut n = 0;
    loop {
        match c.ch() {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        errors.push((c.i, "empty rune literal or unescaped '".to_string()));
                    } else if n != 1 {
                        errors.push((start, "more than one character in rune literal".to_string()));
                    }
                }
                c.i += 1;
                break;
            }
            Some(b'\\') => {
                c.i += 1;
                if !escape(src, &mut c, b'\'', &mut errors) {
                    ok = false;
                }
            }
            Some(b'\n') => {
                if ok {
                    errors.push((c.i, "newline in rune literal".to_string()));
                }
                break;
            }
            None => {
                if ok {
                    errors.push((start, "rune literal not terminated".to_string()));
                }
                break;
            }
            Some(_) => c.i += char_at(src, c.i).map_or(1, |(_, len)| len),
        }
        n += 1;
    }
    Scanned {
        end: c.i,
        kind: Kind::Rune,
        errors,
    }
}

/// An interpreted string literal starting at `start` (on its quote).
pub fn string(src: &str, start: usize) -> Scanned {
    let mut c = Cursor {
        s: src.as_bytes(),
        i: start + 1,
    };
    let mut errors = Vec::new();
    loop {
        match c.ch() {
            Some(b'"') => {
                c.i += 1;
                break;
            }
            Some(b'\\') => {
                c.i += 1;
                let _ = escape(src, &mut c, b'"', &mut errors);
            }
            Some(b'\n') => {
                errors.push((c.i, "newline in string".to_string()));
                break;
            }
            None => {
                errors.push((start, "string not terminated".to_string()));
                break;
            }
            Some(_) => c.i += char_at(src, c.i).map_or(1, |(_, len)| len),
        }
    }
    Scanned {
        end: c.i,
        kind: Kind::Str,
        errors,
    }
}

/// A raw string literal starting at `start` (on its backquote).
pub fn raw_string(src: &str, start: usize) -> Scanned {
    match src[start + 1..].find('`') {
        Some(at) => Scanned {
            end: start + 1 + at + 1,
            kind: Kind::RawStr,
            errors: Vec::new(),
        },
        None => Scanned {
            end: src.len(),
            kind: Kind::RawStr,
            errors: vec![(start, "string not terminated".to_string())],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text of the literal, kind, (column in the text, message)…)
    fn num(s: &str) -> (String, Kind, Vec<(usize, String)>) {
        let r = number(s, 0);
        (s[..r.end].to_string(), r.kind, r.errors)
    }

    #[test]
    fn numbers_extend_and_complain_like_go() {
        assert_eq!(num("42+1").0, "42");
        assert_eq!(num("0x1p-2 ").1, Kind::Float);
        assert_eq!(num("1.5i)").1, Kind::Imag);
        assert!(num("0x_1F").2.is_empty());
        assert!(num("1_000.000_1e1_0").2.is_empty());
        let e = |s: &str| num(s).2;
        assert_eq!(
            e("08"),
            [(1, "invalid digit '8' in octal literal".to_string())]
        );
        assert_eq!(
            e("0b102"),
            [(4, "invalid digit '2' in binary literal".to_string())]
        );
        assert_eq!(e("1e"), [(2, "exponent has no digits".to_string())]);
        assert_eq!(
            e("0x"),
            [(2, "hexadecimal literal has no digits".to_string())]
        );
        assert_eq!(e("0x1p"), [(4, "exponent has no digits".to_string())]);
        assert_eq!(
            e("1__0"),
            [(2, "'_' must separate successive digits".to_string())]
        );
        assert_eq!(
            e("1_"),
            [(1, "'_' must separate successive digits".to_string())]
        );
        assert_eq!(
            e("0x1.5"),
            [(
                5,
                "hexadecimal mantissa requires a 'p' exponent".to_string()
            )]
        );
        assert_eq!(
            e("1p5"),
            [(1, "'p' exponent requires hexadecimal mantissa".to_string())]
        );
        assert_eq!(
            e("0b1.0"),
            [(3, "invalid radix point in binary literal".to_string())]
        );
        assert_eq!(
            e("0o17e1"),
            [(4, "'e' exponent requires decimal mantissa".to_string())]
        );
        assert!(e("09.5").is_empty(), "a float may have a leading 0");
    }

    #[test]
    fn runes_and_strings_complain_like_go() {
        assert!(rune("'a'", 0).ok() && rune("'\\n'", 0).ok() && rune("'é'", 0).ok());
        assert_eq!(
            rune("'ab'", 0).errors[0].1,
            "more than one character in rune literal"
        );
        assert_eq!(rune("''", 0).errors[0].0, 1);
        assert_eq!(
            rune("'\\400'", 0).errors[0],
            (5, "octal escape value 256 > 255".to_string())
        );
        assert_eq!(
            rune("'\\q'", 0).errors[0],
            (2, "unknown escape".to_string())
        );
        assert_eq!(
            rune("'\\uD800'", 0).errors[0].1,
            "escape is invalid Unicode code point U+D800"
        );
        assert_eq!(
            rune("'a\n", 0).errors[0],
            (2, "newline in rune literal".to_string())
        );
        assert_eq!(string("\"ab\ncd", 0).end, 3);
        assert_eq!(
            string("\"ab\ncd", 0).errors[0],
            (3, "newline in string".to_string())
        );
        assert_eq!(
            string("\"ab", 0).errors[0],
            (0, "string not terminated".to_string())
        );
        assert_eq!(
            string("\"\\xZZ\"", 0).errors[0],
            (3, "invalid character 'Z' in hexadecimal escape".to_string())
        );
        assert_eq!(raw_string("`a\nb`c", 0).end, 5);
        assert_eq!(raw_string("`ab", 0).errors[0].1, "string not terminated");
    }
}
