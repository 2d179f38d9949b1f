//! Method declarations as a set: Go's errors for a method declared twice
//! on one type and for a method named as a field of its struct.

use super::Checker;
use super::resolver::{PkgDeclKind, recv_name};
use super::types::TypeKind;
use crate::diag::{Diagnostic, Span};

impl<'a> Checker<'a> {
    /// Run once every declaration is resolved.
    pub(super) fn check_method_sets(&mut self) {
        let mut seen: Vec<(String, String, Span)> = Vec::new();
        for i in 0..self.decls.len() {
            let PkgDeclKind::Func { decl, func } = self.decls[i].kind else {
                continue;
            };
            if decl.recv.is_none() {
                continue;
            }
            let base = recv_name(decl)
                .trim_start_matches("(*")
                .trim_end_matches(')')
                .to_string();
            let name = decl.name.name.clone();
            if name == "_" {
                continue;
            }
            if let Some((_, _, prev)) = seen.iter().find(|(b, n, _)| *b == base && *n == name) {
                let at = self.position(*prev);
                self.error(
                    decl.name.span,
                    format!("method {base}.{name} already declared at {at}"),
                );
                continue;
            }
            seen.push((base, name.clone(), decl.name.span));
            self.field_named_as_method(func, &name, decl.name.span);
        }
    }

    /// `field and method with the same name`, at the method.
    fn field_named_as_method(&mut self, func: super::hir::FuncId, name: &str, at: Span) {
        let Some(&recv) = self.funcs[func.0 as usize].sig.params.first() else {
            return;
        };
        let base = self.types.pointee(recv).unwrap_or(recv);
        let TypeKind::Struct(fields) = self.types.under(base) else {
            return;
        };
        if !fields.iter().any(|f| f.name.as_deref() == Some(name)) {
            return;
        }
        let field = self.field_span(base, name);
        let mut d = Diagnostic::error(at, format!("field and method with the same name {name}"));
        if let Some(span) = field {
            d = d.with_note(span, format!("other declaration of {name}"));
        }
        self.diags.push(d);
    }

    /// Where the struct type declared as `ty` declares field `name`.
    fn field_span(&self, ty: super::types::TypeId, name: &str) -> Option<Span> {
        let TypeKind::Named { name: tname, .. } = self.types.kind(ty) else {
            return None;
        };
        self.decls.iter().find_map(|d| match d.kind {
            PkgDeclKind::Type { spec, .. } if spec.name.name == *tname => match &spec.ty.kind {
                crate::syntax::ast::ExprKind::StructType(fields) => fields
                    .iter()
                    .filter_map(|f| f.name.as_ref())
                    .find(|n| n.name == name)
                    .map(|n| n.span),
                _ => None,
            },
            _ => None,
        })
    }

    /// `file.go:LINE:COL`, as Go writes a position inside a message.
    fn position(&self, span: Span) -> String {
        let file = self.sources.file(span.file);
        let (line, col) = file.line_col(span.start);
        let name = std::path::Path::new(&file.path)
            .file_name()
            .map_or(file.path.clone(), |n| n.to_string_lossy().into_owned());
        format!("{name}:{line}:{col}")
    }
}
