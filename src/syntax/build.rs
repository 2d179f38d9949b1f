//! Small constructors the grammar's actions call, kept in Rust so that the
//! grammar file reads like the Go spec.

use crate::diag::{FileId, Span};
use crate::syntax::ast::*;

pub fn expr(kind: ExprKind, file: FileId, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(file, l..r),
    }
}

pub fn binary(op: BinOp, a: Expr, b: Expr, file: FileId, l: usize, r: usize) -> Expr {
    expr(ExprKind::Binary(op, Box::new(a), Box::new(b)), file, l, r)
}

pub fn single(kind: GenKind, spec: Spec, span: Span) -> GenDecl {
    GenDecl {
        kind,
        span,
        grouped: false,
        specs: vec![spec],
    }
}

pub fn group(kind: GenKind, specs: Vec<Spec>, span: Span) -> GenDecl {
    GenDecl {
        kind,
        span,
        grouped: true,
        specs,
    }
}

/// Gives each const spec of a group its index: the value of `iota` there.
pub fn number_specs(specs: Vec<ValueSpec>) -> Vec<Spec> {
    specs
        .into_iter()
        .enumerate()
        .map(|(index, s)| Spec::Value(ValueSpec { index, ..s }))
        .collect()
}

/// The path of an import, without quotes (escapes in import paths are rare
/// enough that the raw text is used).
pub fn unquote_import(lit: &str) -> String {
    lit.trim_matches(|c| c == '"' || c == '`').to_string()
}

/// Go's parameter lists are either all types (`func(int, string)`) or all
/// named (`func(a, b int, s string)`), where a bare name takes the type of
/// the next named entry. The grammar reads entries; this decides which.
pub fn group_params(entries: Vec<(Option<Ident>, Expr, bool)>) -> Vec<Field> {
    let named = entries.iter().any(|(name, _, _)| name.is_some());
    if !named {
        return entries
            .into_iter()
            .map(|(_, ty, variadic)| Field {
                name: None,
                ty,
                variadic,
            })
            .collect();
    }
    let mut fields = Vec::with_capacity(entries.len());
    let mut pending: Vec<Ident> = Vec::new();
    for (name, ty, variadic) in entries {
        match name {
            Some(name) => {
                for p in pending.drain(..) {
                    fields.push(Field {
                        name: Some(p),
                        ty: ty.clone(),
                        variadic: false,
                    });
                }
                fields.push(Field {
                    name: Some(name),
                    ty,
                    variadic,
                });
            }
            None => match ty.kind {
                ExprKind::Ident(ref n) => pending.push(Ident {
                    name: n.clone(),
                    span: ty.span,
                }),
                // A type where a name was expected: keep it as a field with a
                // bad type so that the checker reports "mixed named and unnamed".
                _ => fields.push(Field {
                    name: None,
                    ty,
                    variadic,
                }),
            },
        }
    }
    // Trailing names without a type: `func(a, b)` with a named entry before.
    for p in pending {
        fields.push(Field {
            name: None,
            ty: Expr {
                span: p.span,
                kind: ExprKind::Ident(p.name),
            },
            variadic: false,
        });
    }
    fields
}
