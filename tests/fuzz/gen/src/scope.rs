//! What a generated expression or statement may refer to: constants,
//! variables in scope, functions it may call, and where it stands (in a
//! loop, in a function with results).

use arbitrary::{Result, Unstructured};

use crate::consts::Value;
use crate::types::Ty;

pub struct Var {
    pub name: String,
    /// The type, or with `ptr` the pointer's element type.
    pub ty: Ty,
    pub ptr: bool,
    /// Read somewhere; Go rejects a local that never is.
    pub used: bool,
}

pub struct Const {
    pub name: String,
    /// `None` for an untyped constant.
    pub ty: Option<Ty>,
    pub value: Value,
}

pub struct Func {
    pub name: String,
    pub params: Vec<Ty>,
    pub results: Vec<Ty>,
}

#[derive(Default)]
pub struct Scope {
    pub consts: Vec<Const>,
    /// The helpers declared so far.
    pub funcs: Vec<Func>,
    /// How many of `funcs` the current body may call (none in package
    /// variable initializers, which must not form an initialization cycle).
    pub callable: usize,
    /// Package variables first, then one frame per block.
    frames: Vec<Vec<Var>>,
    /// Results of the function being generated.
    pub results: Vec<Ty>,
    /// Its results have names, so `return` may leave out the values.
    pub named_results: bool,
    pub loops: u32,
    /// Enclosing `for`s and `switch`es: where `break` is allowed.
    pub breakables: u32,
    pub uses_unsafe: bool,
    /// Some expression is a string: the program needs `strings::HELPERS`.
    pub uses_strings: bool,
    /// Statements the current function may still take (see `stmts::body`).
    pub budget: u32,
    next: u32,
}

impl Scope {
    pub fn new() -> Scope {
        Scope {
            frames: vec![Vec::new()],
            ..Scope::default()
        }
    }

    /// A name never used before in the program, so no declaration shadows
    /// another.
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", self.next)
    }

    pub fn declare(&mut self, name: &str, ty: Ty, used: bool) {
        self.declare_var(name, ty, false, used);
    }

    /// A variable of type `*ty`.
    pub fn declare_ptr(&mut self, name: &str, ty: Ty, used: bool) {
        self.declare_var(name, ty, true, used);
    }

    fn declare_var(&mut self, name: &str, ty: Ty, ptr: bool, used: bool) {
        let frame = self.frames.last_mut().expect("the package frame");
        frame.push(Var {
            name: name.to_string(),
            ty,
            ptr,
            used,
        });
    }

    pub fn push(&mut self) {
        self.frames.push(Vec::new());
    }

    /// Leaves a block; returns the statements that use its unused locals.
    pub fn pop(&mut self) -> Vec<String> {
        let frame = self.frames.pop().expect("a block frame");
        frame
            .into_iter()
            .filter(|v| !v.used)
            .map(|v| format!("_ = {}", v.name))
            .collect()
    }

    pub fn has_vars(&self) -> bool {
        self.frames.iter().any(|f| !f.is_empty())
    }

    /// A variable of type `ty` (any type when `None`), marked as read when
    /// `read`.
    pub fn pick_var(
        &mut self,
        u: &mut Unstructured,
        ty: Option<Ty>,
        read: bool,
    ) -> Result<Option<(String, Ty)>> {
        self.pick(u, ty, false, read, false)
    }

    /// A pointer variable to a `ty` (any type when `None`).
    pub fn pick_ptr(
        &mut self,
        u: &mut Unstructured,
        ty: Option<Ty>,
        read: bool,
    ) -> Result<Option<(String, Ty)>> {
        self.pick(u, ty, true, read, false)
    }

    /// A package variable of type `ty`, whose address `&` may take.
    pub fn pick_global(
        &mut self,
        u: &mut Unstructured,
        ty: Option<Ty>,
    ) -> Result<Option<(String, Ty)>> {
        self.pick(u, ty, false, false, true)
    }

    fn pick(
        &mut self,
        u: &mut Unstructured,
        ty: Option<Ty>,
        ptr: bool,
        read: bool,
        global: bool,
    ) -> Result<Option<(String, Ty)>> {
        let frames = if global {
            &self.frames[..1]
        } else {
            &self.frames[..]
        };
        let fits: Vec<(usize, usize)> = frames
            .iter()
            .enumerate()
            .flat_map(|(f, frame)| frame.iter().enumerate().map(move |(i, v)| (f, i, v)))
            .filter(|&(_, _, v)| v.ptr == ptr && ty.is_none_or(|ty| ty == v.ty))
            .map(|(f, i, _)| (f, i))
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        let (f, i) = *u.choose(&fits)?;
        let var = &mut self.frames[f][i];
        var.used |= read;
        Ok(Some((var.name.clone(), var.ty)))
    }

    /// A named constant that may stand for a `ty` (not zero when `nonzero`).
    pub fn pick_const(
        &self,
        u: &mut Unstructured,
        ty: Ty,
        nonzero: bool,
    ) -> Result<Option<&Const>> {
        let fits: Vec<&Const> = self
            .consts
            .iter()
            .filter(|c| c.ty.map_or(c.value.fits(ty), |t| t == ty))
            .filter(|c| !(nonzero && c.value.is_zero()))
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        Ok(Some(u.choose(&fits)?))
    }

    /// A callable helper with the given results.
    pub fn pick_func(&self, u: &mut Unstructured, results: &[Ty]) -> Result<Option<usize>> {
        let fits: Vec<usize> = (0..self.callable)
            .filter(|&i| self.funcs[i].results == results)
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        Ok(Some(*u.choose(&fits)?))
    }

    /// A callable helper with any results.
    pub fn pick_any_func(&self, u: &mut Unstructured) -> Result<Option<usize>> {
        if self.callable == 0 {
            return Ok(None);
        }
        Ok(Some(u.choose_index(self.callable)?))
    }
}
