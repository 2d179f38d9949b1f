//! Unified diffs of two texts, line by line, as `diff -u` prints them: for
//! `wexlab diff`, which compares the listings of two lowerings.

use std::fmt::Write as _;

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// Longest-common-subsequence tables past this many cells are not built:
/// the texts are shown as one replacement instead (wrappers' listings are
/// a few hundred lines).
const MAX_CELLS: usize = 1 << 24;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Edit {
    Same(usize, usize),
    Removed(usize),
    Added(usize),
}

/// The diff of `a` and `b` under the headers `--- a_name` and `+++ b_name`;
/// `None` when they are equal.
pub fn unified(a_name: &str, b_name: &str, a: &str, b: &str) -> Option<String> {
    if a == b {
        return None;
    }
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let edits = edits(&a, &b);
    let mut out = format!("--- {a_name}\n+++ {b_name}\n");
    for hunk in hunks(&edits) {
        write_hunk(&mut out, &edits[hunk.0..hunk.1], &a, &b);
    }
    Some(out)
}

/// The edit script from `a` to `b`, through a longest common subsequence.
fn edits(a: &[&str], b: &[&str]) -> Vec<Edit> {
    let (n, m) = (a.len(), b.len());
    if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        let removed = (0..n).map(Edit::Removed);
        return removed.chain((0..m).map(Edit::Added)).collect();
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(Edit::Same(i, j));
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            out.push(Edit::Removed(i));
            i += 1;
        } else {
            out.push(Edit::Added(j));
            j += 1;
        }
    }
    out
}

/// Ranges of the edit script to show: each change with its context, ranges
/// closer than twice the context merged.
fn hunks(edits: &[Edit]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, e) in edits.iter().enumerate() {
        if matches!(e, Edit::Same(..)) {
            continue;
        }
        let start = k.saturating_sub(CONTEXT);
        let end = (k + 1 + CONTEXT).min(edits.len());
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

fn write_hunk(out: &mut String, edits: &[Edit], a: &[&str], b: &[&str]) {
    // Where the hunk starts in each text. A hunk holds no line of a text
    // only when that text is empty (any other line would be a change or a
    // context line of it), which diff -u numbers 0,0.
    let first_a = edits.iter().find_map(|e| match e {
        Edit::Same(i, _) | Edit::Removed(i) => Some(*i),
        Edit::Added(_) => None,
    });
    let first_b = edits.iter().find_map(|e| match e {
        Edit::Same(_, j) | Edit::Added(j) => Some(*j),
        Edit::Removed(_) => None,
    });
    let count_a = edits
        .iter()
        .filter(|e| !matches!(e, Edit::Added(_)))
        .count();
    let count_b = edits
        .iter()
        .filter(|e| !matches!(e, Edit::Removed(_)))
        .count();
    let range = |first: Option<usize>, count: usize| match first {
        Some(f) => format!("{},{count}", f + 1),
        None => "0,0".to_string(),
    };
    let _ = writeln!(
        out,
        "@@ -{} +{} @@",
        range(first_a, count_a),
        range(first_b, count_b)
    );
    for e in edits {
        let _ = match e {
            Edit::Same(i, _) => writeln!(out, " {}", a[*i]),
            Edit::Removed(i) => writeln!(out, "-{}", a[*i]),
            Edit::Added(j) => writeln!(out, "+{}", b[*j]),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a", "b", "x\ny\n", "x\ny\n"), None);
    }

    #[test]
    fn a_change_is_shown_with_three_lines_of_context() {
        let a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            unified("A", "B", a, b).unwrap(),
            "--- A\n+++ B\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn distant_changes_make_two_hunks() {
        let a: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let b: String = (1..=20)
            .filter(|&i| i != 19)
            .map(|i| {
                if i == 2 {
                    "two\n".to_string()
                } else {
                    format!("{i}\n")
                }
            })
            .collect();
        let diff = unified("A", "B", &a, &b).unwrap();
        assert_eq!(diff.matches("@@ -").count(), 2, "{diff}");
        assert!(
            diff.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"),
            "{diff}"
        );
        assert!(
            diff.contains("@@ -16,5 +16,4 @@\n 16\n 17\n 18\n-19\n 20\n"),
            "{diff}"
        );
    }

    #[test]
    fn lines_added_to_an_empty_text() {
        assert_eq!(
            unified("A", "B", "", "x\n").unwrap(),
            "--- A\n+++ B\n@@ -0,0 +1,1 @@\n+x\n"
        );
    }
}
