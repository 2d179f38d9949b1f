//! The indented text the syntax-tree and checked-program printers write:
//! both print s-expressions, nested forms indented a level deeper.

use std::ops::DerefMut;

/// Columns of indentation a nesting level adds.
const INDENT: usize = 2;

#[derive(Default)]
pub(super) struct Text {
    pub out: String,
    pub depth: usize,
}

impl Text {
    /// Starts a new line at the current depth.
    pub fn line(&mut self) {
        self.out.push('\n');
        self.out
            .extend(std::iter::repeat_n(' ', self.depth * INDENT));
    }

    pub fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }
}

/// One item alone, or several in parentheses with a space between
/// (`x`, `(x y)`), each printed by `item`.
pub(super) fn one_or_list<P: DerefMut<Target = Text>, T>(
    p: &mut P,
    items: &[T],
    item: impl Fn(&mut P, &T),
) {
    if let [one] = items {
        return item(p, one);
    }
    p.push("(");
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            p.push(" ");
        }
        item(p, x);
    }
    p.push(")");
}

/// Each item on a line of its own, a level deeper than the current one.
pub(super) fn nested<P: DerefMut<Target = Text>, T>(
    p: &mut P,
    items: &[T],
    item: impl Fn(&mut P, &T),
) {
    p.depth += 1;
    for x in items {
        p.line();
        item(p, x);
    }
    p.depth -= 1;
}
