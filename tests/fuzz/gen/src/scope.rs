//! What a generated expression or statement may refer to: constants,
//! variables in scope, functions it may call, and where it stands (in a
//! loop, in a function with results).

use arbitrary::{Result, Unstructured};

use crate::composite::{self, Def};
use crate::consts::Value;
use crate::types::{Ty, Type};

pub struct Var {
    pub name: String,
    /// The type, or with `ptr` the pointer's element type.
    pub ty: Type,
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
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// A method's receiver: its type in `Scope::defs`, and whether it is a
    /// pointer.
    pub recv: Option<(usize, bool)>,
    /// The last parameter is `...E`, its type in `params` `[]E`.
    pub variadic: bool,
}

#[derive(Default)]
pub struct Scope {
    pub consts: Vec<Const>,
    /// The program's arrays, slices and structs; a `Type::Def` indexes it.
    pub defs: Vec<Def>,
    /// The helpers declared so far.
    pub funcs: Vec<Func>,
    /// How many of `funcs` the current body may call (none in package
    /// variable initializers, which must not form an initialization cycle).
    pub callable: usize,
    /// Package variables first, then one frame per block.
    frames: Vec<Vec<Var>>,
    /// Results of the function being generated.
    pub results: Vec<Type>,
    /// Its results have names, so `return` may leave out the values.
    pub named_results: bool,
    /// Places being generated inside places' indexes (`places::place`).
    pub reading: u32,
    pub loops: u32,
    /// Enclosing `for`s and `switch`es: where `break` is allowed.
    pub breakables: u32,
    pub uses_unsafe: bool,
    /// Some expression is a string: the program needs `strings::HELPERS`.
    pub uses_strings: bool,
    /// Some local holds a slice: the program needs `var sink unsafe.Pointer`
    /// (see `declare_typed`).
    pub uses_sink: bool,
    /// Lines that must follow the statement being generated (`stmts::stmt`
    /// and `stmts::body` put them there).
    pub after: Vec<String>,
    /// Statements the current function may still take (see `stmts::body`).
    pub budget: u32,
    /// Function literals being generated around the current statement.
    pub literals: u32,
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
        self.declare_var(name, Type::Basic(ty), false, used);
    }

    /// A variable of type `*ty`.
    pub fn declare_ptr(&mut self, name: &str, ty: Ty, used: bool) {
        self.declare_var(name, Type::Basic(ty), true, used);
    }

    /// A local of any type (`*ty` with `ptr`). One that holds a slice has
    /// its address stored in the package's `sink`, so that it escapes:
    /// Go's compiler gives the slices of a local that does not escape a
    /// 32-byte stack buffer when they grow from empty, and moves them to
    /// the heap on the way out, and their capacities then differ from
    /// `append`'s on the heap, which wexlab's are (docs/subset.md, Slices).
    /// Escaping, every slice is on the heap in both.
    pub fn declare_typed(&mut self, name: &str, ty: Type, ptr: bool, used: bool) {
        let local = self.frames.len() > 1;
        if local && composite::has_slice(&self.defs, ty) {
            self.uses_sink = true;
            self.uses_unsafe = true;
            self.after.push(format!("sink = unsafe.Pointer(&{name})"));
        }
        let sunk = local && composite::has_slice(&self.defs, ty);
        self.declare_var(name, ty, ptr, used || sunk);
    }

    fn declare_var(&mut self, name: &str, ty: Type, ptr: bool, used: bool) {
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
            .filter(|&(_, _, v)| v.ptr == ptr && basic_of(v.ty, ty).is_some())
            .map(|(f, i, _)| (f, i))
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        let (f, i) = *u.choose(&fits)?;
        let var = &mut self.frames[f][i];
        var.used |= read;
        let ty = basic_of(var.ty, ty).expect("a basic variable");
        Ok(Some((var.name.clone(), ty)))
    }

    /// A variable of any type that `fits` takes (given its type and whether
    /// it is a pointer), only the package's with `global`; its name, type
    /// and pointerness.
    pub fn pick_typed(
        &mut self,
        u: &mut Unstructured,
        global: bool,
        read: bool,
        fits: impl Fn(&[Def], Type, bool) -> bool,
    ) -> Result<Option<(String, Type, bool)>> {
        let frames = if global {
            &self.frames[..1]
        } else {
            &self.frames[..]
        };
        let found: Vec<(usize, usize)> = frames
            .iter()
            .enumerate()
            .flat_map(|(f, frame)| frame.iter().enumerate().map(move |(i, v)| (f, i, v)))
            .filter(|&(_, _, v)| fits(&self.defs, v.ty, v.ptr))
            .map(|(f, i, _)| (f, i))
            .collect();
        if found.is_empty() {
            return Ok(None);
        }
        let (f, i) = *u.choose(&found)?;
        let var = &mut self.frames[f][i];
        var.used |= read;
        Ok(Some((var.name.clone(), var.ty, var.ptr)))
    }

    /// Marks the variable `name` as read.
    pub fn mark_used(&mut self, name: &str) {
        let var = self
            .frames
            .iter_mut()
            .flatten()
            .rev()
            .find(|v| v.name == name);
        if let Some(var) = var {
            var.used = true;
        }
    }

    /// Whether a function body is being generated (not a package
    /// variable's initializer).
    pub fn in_function(&self) -> bool {
        self.frames.len() > 1
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

    /// A callable helper (not a method) with the given results.
    pub fn pick_func(&self, u: &mut Unstructured, results: &[Type]) -> Result<Option<usize>> {
        let fits: Vec<usize> = (0..self.callable)
            .filter(|&i| self.funcs[i].recv.is_none() && self.funcs[i].results == results)
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        Ok(Some(*u.choose(&fits)?))
    }

    /// A callable helper (not a method) with any results.
    pub fn pick_any_func(&self, u: &mut Unstructured) -> Result<Option<usize>> {
        let fits: Vec<usize> = (0..self.callable)
            .filter(|&i| self.funcs[i].recv.is_none())
            .collect();
        if fits.is_empty() {
            return Ok(None);
        }
        Ok(Some(*u.choose(&fits)?))
    }
}

/// The basic type of a variable of type `ty` if it has one that `want`
/// (any basic type when `None`) takes.
fn basic_of(ty: Type, want: Option<Ty>) -> Option<Ty> {
    match ty {
        Type::Basic(t) if want.is_none_or(|w| w == t) => Some(t),
        _ => None,
    }
}
