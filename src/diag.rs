//! Source files, positions and diagnostics.
//!
//! Every stage reports problems as [`Diagnostic`]s that carry a byte span in a
//! file of the [`SourceMap`]. They print like Go's: `path:line:col: message`,
//! with the path as the user gave it and columns counted in bytes from 1.

use std::fmt::Write as _;
use std::ops::Range;

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, range: Range<usize>) -> Span {
        Span {
            file,
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// An empty span at the start of this one.
    pub fn first(self) -> Span {
        Span {
            end: self.start,
            ..self
        }
    }
}

/// One source file: what the user called it, its text, and where lines start.
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(path: String, text: String) -> SourceFile {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = (offset as usize).min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (
            line as u32 + 1,
            (offset - self.line_starts[line]) as u32 + 1,
        )
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_starts[(line - 1) as usize];
        let end = self
            .line_starts
            .get(line as usize)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches('\r')
    }
}

/// All files of one compilation, addressed by [`FileId`].
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(path.into(), text.into()));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// `path:line:col` of the start of a span.
    pub fn position(&self, span: Span) -> String {
        let file = self.file(span.file);
        let (line, col) = file.line_col(span.start);
        format!("{}:{}:{}", file.path, line, col)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// When Go would report a diagnostic. Go stops after the first phase that
/// reports errors, so a later phase's errors are shown only when the earlier
/// phases found none; wexlab does the same, and reports what it does not
/// support last, once the program is valid Go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Phase {
    /// Syntax, and the placement and usage of `//go:` directives.
    Syntax,
    /// Type checking.
    #[default]
    Types,
    /// Function bodies against directives: missing bodies, methods.
    Declarations,
    /// wasmexport and wasmimport signatures (from the rules).
    Signatures,
    /// What wexlab's Go subset leaves out.
    Unsupported,
}

/// One message about the input, at a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub phase: Phase,
    pub span: Span,
    pub message: String,
    /// Extra lines printed under the message (for example "previous export here").
    pub notes: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            phase: Phase::Types,
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            phase: Phase::Syntax,
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn in_phase(mut self, phase: Phase) -> Diagnostic {
        self.phase = phase;
        self
    }

    pub fn with_note(mut self, span: Span, note: impl Into<String>) -> Diagnostic {
        self.notes.push((span, note.into()));
        self
    }
}

/// Diagnostics collected by a stage. Stages return a value *and* these, so
/// that one run reports every problem it can find.
#[derive(Default, Debug)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(span, message));
    }

    pub fn warning(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(span, message));
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    /// The earliest phase with an error.
    pub fn first_error_phase(&self) -> Option<Phase> {
        self.list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.phase)
            .min()
    }

    /// Keeps the errors of the earliest phase that has any (as Go stops
    /// there) and all warnings.
    pub fn gate(&mut self) {
        if let Some(first) = self.first_error_phase() {
            self.list
                .retain(|d| d.severity == Severity::Warning || d.phase == first);
        }
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }

    /// Source order (file, then offset), keeping the order of equal positions,
    /// and without exact repeats (Go prints a message once per position).
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut list = self.list.clone();
        list.sort_by_key(|d| (d.span.file, d.span.start));
        list.dedup_by(|a, b| {
            a.span.file == b.span.file && a.span.start == b.span.start && a.message == b.message
        });
        list
    }

    /// The diagnostics as Go prints them: in source order, and filtered as
    /// Go's compiler filters its errors (cmd/compile's base.ErrorfAt): one
    /// syntax error per line, and an error that repeats the message of the
    /// previous one on the same line is dropped (`u + u` with `u` undefined
    /// is one error). wexlab's warnings are all kept.
    pub fn printed(&self, sources: &SourceMap) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let mut last_syntax: Option<(FileId, u32)> = None;
        let mut last_other: Option<(FileId, u32, String)> = None;
        for d in self.sorted() {
            if d.severity == Severity::Error {
                let line = (
                    d.span.file,
                    sources.file(d.span.file).line_col(d.span.start).0,
                );
                if d.message.starts_with("syntax error") {
                    if last_syntax == Some(line) {
                        continue;
                    }
                    last_syntax = Some(line);
                } else {
                    if last_other
                        .as_ref()
                        .is_some_and(|(f, l, m)| (*f, *l) == line && *m == d.message)
                    {
                        continue;
                    }
                    last_other = Some((line.0, line.1, d.message.clone()));
                }
            }
            out.push(d);
        }
        out
    }

    /// Go's one-line form, one line per diagnostic, in source order.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = String::new();
        for d in self.printed(sources) {
            out.push_str(&render_line(sources, &d));
        }
        out
    }

    /// The one-line form with a source snippet under each diagnostic (and
    /// under each of its notes), the span marked with `^` (`-` for notes).
    pub fn render_pretty(&self, sources: &SourceMap) -> String {
        let mut out = String::new();
        for d in self.printed(sources) {
            let lines = std::iter::once(d.span)
                .chain(d.notes.iter().map(|(s, _)| *s))
                .map(|s| sources.file(s.file).line_col(s.start).0);
            let width = lines.max().unwrap_or(1).to_string().len();
            write_headline(&mut out, sources, &d);
            snippet(&mut out, sources, d.span, '^', width);
            for (span, note) in &d.notes {
                write_note(&mut out, sources, *span, note);
                snippet(&mut out, sources, *span, '-', width);
            }
        }
        out
    }
}

/// The source line of a span's start, and a marker line under the span (to
/// the end of that line). Tabs before the span are kept so that the marker
/// lines up however the terminal shows them; other characters count one.
fn snippet(out: &mut String, sources: &SourceMap, span: Span, marker: char, width: usize) {
    let file = sources.file(span.file);
    let (line, col) = file.line_col(span.start);
    let text = file.line_text(line);
    let start = (col as usize - 1).min(text.len());
    let start = (0..=start)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let span_len = (span.end.saturating_sub(span.start)) as usize;
    let mut end = (start + span_len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let pad: String = text[..start]
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let marks = text[start..end].chars().count().max(1);
    let gutter = " ".repeat(width);
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{line:>width$} | {text}");
    let _ = writeln!(out, "{gutter} | {pad}{}", marker.to_string().repeat(marks));
}

fn render_line(sources: &SourceMap, d: &Diagnostic) -> String {
    let mut out = String::new();
    write_headline(&mut out, sources, d);
    for (span, note) in &d.notes {
        write_note(&mut out, sources, *span, note);
    }
    out
}

/// `path:line:col: message`, as Go prints it; a warning says so.
fn write_headline(out: &mut String, sources: &SourceMap, d: &Diagnostic) {
    let kind = match d.severity {
        Severity::Error => "",
        Severity::Warning => "warning: ",
    };
    let _ = writeln!(out, "{}: {kind}{}", sources.position(d.span), d.message);
}

/// A note under its diagnostic, indented as Go indents them.
fn write_note(out: &mut String, sources: &SourceMap, span: Span, note: &str) {
    let _ = writeln!(out, "\t{}: {note}", sources.position(span));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_bytes_from_one() {
        let mut map = SourceMap::default();
        let f = map.add("a.go", "ab\né x\n");
        assert_eq!(map.file(f).line_col(0), (1, 1));
        assert_eq!(map.file(f).line_col(3), (2, 1));
        // 'x' comes after a two-byte character and a space: byte column 4.
        assert_eq!(map.file(f).line_col(6), (2, 4));
        assert_eq!(map.file(f).line_text(2), "é x");
    }
}
