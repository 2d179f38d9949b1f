//! String expressions, reached from integer and boolean ones (`len(s)`, a
//! byte of s, `s < t`) and from print: literals with multibyte and invalid
//! UTF-8, the package's string variables, concatenation, `string(rune(i))`
//! and slices. Indexes go through the helpers of `HELPERS`, which keep them
//! in range, so that a program does not panic at its first string.

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Kind};
use crate::exprs::{expr, Want};
use crate::places;
use crate::scope::Scope;
use crate::types::{Ty, Type};

/// The package's string variables, declared when a program uses strings.
pub const GLOBALS: [&str; 2] = ["str0", "str1"];

/// Declarations a program that uses strings gets: the variables and the
/// helpers, which pass strings as parameters and results and range over
/// them.
pub const HELPERS: &str = r#"var str0 = "go"
var str1 string

func clip(s string, i int) string {
	n := uint(len(s)) + 1
	return s[uint(i)%n:]
}

func byteAt(s string, i int) byte {
	if len(s) == 0 {
		return 0
	}
	return s[uint(i)%uint(len(s))]
}

func runeSum(s string) int {
	t := 0
	for i, r := range s {
		t = t*31 + i + int(r)
	}
	return t
}
"#;

const PIECES: [&str; 9] = ["", "a", "bc", "é", "€", "😀", "\\xff", "\\xe2\\x82", "zz"];

/// A string expression at most `depth` operators deep.
pub fn string_expr(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<String> {
    s.uses_strings = true;
    if depth == 0 {
        return leaf(u);
    }
    let d = depth - 1;
    Ok(match u.int_in_range(0..=6)? {
        1 => format!("({} + {})", string_expr(s, u, d)?, string_expr(s, u, d)?),
        // Not a constant: one beyond rune's range would be an error.
        2 => format!(
            "string(rune({}))",
            expr(s, u, Ty::INT, d, Want::Variable)?.text
        ),
        3 => format!("clip({}, {})", string_expr(s, u, d)?, int(s, u, d)?),
        4 => u.choose(&GLOBALS)?.to_string(),
        5 => match variable(s, u)? {
            Some(text) => text,
            None => leaf(u)?,
        },
        _ => leaf(u)?,
    })
}

/// A string variable (a parameter), a string in an array or a struct, or
/// `string(b)` of a `[]byte` or `[]rune` in one.
fn variable(s: &mut Scope, u: &mut Unstructured) -> Result<Option<String>> {
    if u.arbitrary()? {
        let runes = |defs: &[composite::Def], t: Type| {
            matches!(t, Type::Def(d) if matches!(defs[d].kind,
                Kind::Slice(Type::Basic(e)) if e == Ty::UINT8 || e == Ty::INT32))
        };
        let fits: Vec<usize> = (0..s.defs.len())
            .filter(|&d| runes(&s.defs, Type::Def(d)))
            .collect();
        if !fits.is_empty() {
            let d = *u.choose(&fits)?;
            if let Some(p) = places::place(s, u, Some(Type::Def(d)), false)? {
                return Ok(Some(format!("string({})", p.text)));
            }
        }
    }
    if let Some((name, _, _)) = s.pick_typed(u, false, true, |_, t, ptr| !ptr && t == Type::Str)? {
        return Ok(Some(name));
    }
    Ok(places::place(s, u, Some(Type::Str), false)?.map(|p| p.text))
}

/// An int computed from a string.
pub fn int_from_string(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<String> {
    let text = string_expr(s, u, depth)?;
    Ok(match u.int_in_range(0..=2)? {
        1 => format!("int(byteAt({text}, {}))", int(s, u, depth)?),
        2 => format!("runeSum({text})"),
        // With a variable, so that the length is never a constant.
        _ => format!("len({text} + str1)"),
    })
}

/// `a OP b` of two strings.
pub fn comparison(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<String> {
    let op = *u.choose(&["==", "!=", "<", "<=", ">", ">="])?;
    Ok(format!(
        "({} {op} {})",
        string_expr(s, u, depth)?,
        string_expr(s, u, depth)?
    ))
}

/// `strN = s` or `strN += s`.
pub fn assignment(s: &mut Scope, u: &mut Unstructured) -> Result<String> {
    let target = *u.choose(&GLOBALS)?;
    let op = if u.arbitrary()? { "=" } else { "+=" };
    Ok(format!("{target} {op} {}", string_expr(s, u, 2)?))
}

fn leaf(u: &mut Unstructured) -> Result<String> {
    let mut text = String::new();
    for _ in 0..u.int_in_range(0..=3)? {
        text.push_str(u.choose(&PIECES)?);
    }
    Ok(format!("\"{text}\""))
}

fn int(s: &mut Scope, u: &mut Unstructured, depth: u32) -> Result<String> {
    Ok(expr(s, u, Ty::INT, depth, Want::Any)?.text)
}
