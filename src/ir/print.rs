//! Terms as rule files write them: `(op child …)`, names with `$`.

use egg::{Id, RecExpr};

use super::lang::{Node, write_name};

/// Writes one node, each child through `child`.
pub fn render_node(node: &Node, out: &mut String, mut child: impl FnMut(Id, &mut String)) {
    match node {
        Node::Num(n) => out.push_str(&n.to_string()),
        Node::Name(s) => {
            let _ = write_name(out, s.as_str());
        }
        Node::Op(op, children) => {
            if children.is_empty() {
                out.push_str(op.as_str());
                return;
            }
            out.push('(');
            out.push_str(op.as_str());
            for c in children.iter() {
                out.push(' ');
                child(*c, out);
            }
            out.push(')');
        }
    }
}

/// Renders a term.
pub fn render_expr(e: &RecExpr<Node>, id: Id) -> String {
    let mut s = String::new();
    fn go(e: &RecExpr<Node>, id: Id, out: &mut String) {
        render_node(&e[id], out, |c, out| go(e, c, out));
    }
    go(e, id, &mut s);
    s
}

/// Renders a term over several lines: a subterm that fits in `width`
/// columns on one line, a longer one as its operator and leading numbers
/// and names, then its other children, each on lines of their own,
/// indented by two. The same term always gives
/// the same lines, so that two lowerings can be compared line by line.
pub fn render_lines(e: &RecExpr<Node>, id: Id, width: usize) -> String {
    let mut out = String::new();
    lines(e, id, width, 0, &mut out);
    out
}

fn lines(e: &RecExpr<Node>, id: Id, width: usize, indent: usize, out: &mut String) {
    let flat = render_expr(e, id);
    out.push_str(&" ".repeat(indent));
    match &e[id] {
        Node::Op(op, children) if indent + flat.len() > width && !children.is_empty() => {
            out.push('(');
            out.push_str(op.as_str());
            let leaves = children
                .iter()
                .take_while(|c| matches!(e[**c], Node::Num(_) | Node::Name(_)))
                .count();
            for c in &children[..leaves] {
                out.push(' ');
                out.push_str(&render_expr(e, *c));
            }
            out.push('\n');
            for c in &children[leaves..] {
                lines(e, *c, width, indent + 2, out);
            }
            out.push_str(&" ".repeat(indent));
            out.push_str(")\n");
        }
        _ => {
            out.push_str(&flat);
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_terms_break_at_their_children() {
        // (seq (global.set $SP (i32.sub (global.get $SP) (i32.const 16))) (return))
        let mut e = RecExpr::default();
        let sp = e.add(Node::name("SP"));
        let get = e.add(Node::op("global.get", vec![sp]));
        let sixteen = e.add(Node::Num(16));
        let size = e.add(Node::op("i32.const", vec![sixteen]));
        let sub = e.add(Node::op("i32.sub", vec![get, size]));
        let set = e.add(Node::op("global.set", vec![sp, sub]));
        let ret = e.add(Node::op("return", vec![]));
        let root = e.add(Node::op("seq", vec![set, ret]));
        assert_eq!(
            render_lines(&e, root, 48),
            "(seq\n  (global.set $SP\n    (i32.sub (global.get $SP) (i32.const 16))\n  )\n  return\n)\n"
        );
        assert_eq!(
            render_lines(&e, root, 200),
            format!("{}\n", render_expr(&e, root))
        );
    }
}
