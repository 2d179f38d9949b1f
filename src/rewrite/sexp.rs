//! Reading rule files: s-expressions that remember where they were written.

use std::fmt;

/// A position in a rule file (1-based line and byte column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Sexp {
    /// A bare word: an operator, a keyword (`:priority`), `=>`, a number, a
    /// variable `?x` or a name `$f`.
    Atom(String, Pos),
    /// A quoted string (messages of fail rules).
    Str(String, Pos),
    List(Vec<Sexp>, Pos),
}

impl Sexp {
    pub fn pos(&self) -> Pos {
        match self {
            Sexp::Atom(_, p) | Sexp::Str(_, p) | Sexp::List(_, p) => *p,
        }
    }

    pub fn atom(&self) -> Option<&str> {
        match self {
            Sexp::Atom(a, _) => Some(a),
            _ => None,
        }
    }
}

impl fmt::Display for Sexp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sexp::Atom(a, _) => f.write_str(a),
            Sexp::Str(s, _) => write!(f, "{s:?}"),
            Sexp::List(items, _) => {
                f.write_str("(")?;
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    write!(f, "{it}")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// A syntax error in a rule file.
#[derive(Debug, Clone)]
pub struct SexpError {
    pub pos: Pos,
    pub message: String,
}

/// Reads the top-level s-expressions of a file; `;` starts a comment.
/// On a syntax error, the forms read before it are kept, so that their own
/// problems are reported too.
pub fn parse(text: &str) -> (Vec<Sexp>, Option<SexpError>) {
    let mut reader = Reader {
        text: text.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
    };
    let mut out = Vec::new();
    loop {
        reader.skip_space();
        if reader.i >= reader.text.len() {
            return (out, None);
        }
        match reader.read() {
            Ok(s) => out.push(s),
            Err(e) => return (out, Some(e)),
        }
    }
}

struct Reader<'t> {
    text: &'t [u8],
    i: usize,
    line: u32,
    line_start: usize,
}

impl Reader<'_> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: (self.i - self.line_start) as u32 + 1,
        }
    }

    fn skip_space(&mut self) {
        while self.i < self.text.len() {
            match self.text[self.i] {
                b'\n' => {
                    self.i += 1;
                    self.line += 1;
                    self.line_start = self.i;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                b';' => {
                    while self.i < self.text.len() && self.text[self.i] != b'\n' {
                        self.i += 1;
                    }
                }
                _ => return,
            }
        }
    }

    fn read(&mut self) -> Result<Sexp, SexpError> {
        self.skip_space();
        let pos = self.pos();
        match self.text.get(self.i) {
            None => Err(SexpError {
                pos,
                message: "unexpected end of file: a `(` is not closed".to_string(),
            }),
            Some(b'(') => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.text.get(self.i) {
                        None => {
                            return Err(SexpError {
                                pos,
                                message: "this `(` is never closed".to_string(),
                            });
                        }
                        Some(b')') => {
                            self.i += 1;
                            return Ok(Sexp::List(items, pos));
                        }
                        Some(_) => items.push(self.read()?),
                    }
                }
            }
            Some(b')') => Err(SexpError {
                pos,
                message: "unexpected `)`".to_string(),
            }),
            Some(b'"') => {
                self.i += 1;
                let mut s = Vec::new();
                loop {
                    match self.text.get(self.i) {
                        None | Some(b'\n') => {
                            return Err(SexpError {
                                pos,
                                message: "string not terminated on its line".to_string(),
                            });
                        }
                        Some(b'"') => {
                            self.i += 1;
                            break;
                        }
                        Some(b'\\') => {
                            match self.text.get(self.i + 1) {
                                Some(b'n') => s.push(b'\n'),
                                Some(b't') => s.push(b'\t'),
                                Some(&c) => s.push(c),
                                None => {}
                            }
                            self.i += 2;
                        }
                        Some(&c) => {
                            s.push(c);
                            self.i += 1;
                        }
                    }
                }
                Ok(Sexp::Str(String::from_utf8_lossy(&s).into_owned(), pos))
            }
            Some(b'$') if self.text.get(self.i + 1) == Some(&b'"') => {
                // A quoted name: $"name with spaces".
                self.i += 1;
                match self.read()? {
                    Sexp::Str(s, _) => Ok(Sexp::Atom(format!("${s}"), pos)),
                    _ => unreachable!("a quote starts a string"),
                }
            }
            Some(_) => {
                let start = self.i;
                while self.i < self.text.len()
                    && !matches!(
                        self.text[self.i],
                        b' ' | b'\t' | b'\r' | b'\n' | b'(' | b')' | b';' | b'"'
                    )
                {
                    self.i += 1;
                }
                let word = String::from_utf8_lossy(&self.text[start..self.i]).into_owned();
                Ok(Sexp::Atom(word, pos))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_with_positions() {
        let (items, err) = parse("; header\n(rule a\n  (x ?y) => (z $\"f g\" 1))\n");
        assert!(err.is_none());
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].pos(), Pos { line: 2, col: 1 });
        assert_eq!(items[0].to_string(), "(rule a (x ?y) => (z $f g 1))");
    }

    #[test]
    fn reports_unclosed_lists() {
        let e = parse("(rule a\n (x").1.expect("an error");
        assert_eq!(e.pos, Pos { line: 2, col: 2 });
    }
}
