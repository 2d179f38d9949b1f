pub mod diag;
pub mod syntax;
