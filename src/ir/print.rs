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
