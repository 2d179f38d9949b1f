//! From a lowered term to walrus instructions: a post-order walk, one
//! instruction per instruction node, each as its row in the instruction
//! table ([`crate::ir::wasm`]) says.

use rustc_hash::FxHashMap as HashMap;

use egg::Id;
use walrus::ir::{
    Block, Br, BrIf, Call, CallIndirect, Const, GlobalGet, GlobalSet, IfElse, InstrSeqId, Load,
    LocalGet, LocalSet, LocalTee, Loop, MemArg, MemoryCopy, MemoryFill, MemoryGrow, MemorySize,
    Store, Unreachable,
};
use walrus::{FunctionBuilder, FunctionId, GlobalId, LocalId, MemoryId, TableId, TypeId, ValType};

use super::EmitError;
use super::collect::{func_name, valtypes};
use super::finish::PC_F_PLACEHOLDER;
use super::layout::MemoryLayout;
use super::table::{Signature, record_symbol};
use crate::ir::lang::Node;
use crate::ir::print::render_expr;
use crate::ir::wasm::{self, Code};
use crate::rewrite::lowered::LoweredTerm;

/// The label of the block a recovered panic leaves (src/check/defer.rs).
const UNWIND_LABEL: &str = "unwind";

/// What every body may refer to.
pub struct Context<'a> {
    pub memory: MemoryId,
    pub sp: GlobalId,
    pub layout: &'a MemoryLayout,
    pub functions: &'a HashMap<String, FunctionId>,
    pub arg_widths: &'a HashMap<String, u64>,
    /// The function table, the closure context global that goes with it,
    /// and the types its calls name (table.rs).
    pub table: Option<(TableId, GlobalId)>,
    pub indirect: &'a HashMap<Signature, TypeId>,
}

/// One function's walk.
pub struct Body<'a, 'c> {
    ctx: &'c Context<'a>,
    func: &'c str,
    t: &'c LoweredTerm,
    locals: &'c [LocalId],
    labels: Vec<(String, InstrSeqId)>,
    /// This function's frame on the Go stack: the outgoing argument area,
    /// plus what a recursive function takes per call. `(frame+ N)` is its
    /// size plus N.
    frame: u64,
    /// Where its locals in memory start: `(locals+ N)` is that plus N.
    locals_at: u64,
    /// Whether the function needs a frame at all: it makes Go-ABI calls or
    /// is recursive. `(if-frame X)` emits X only then, `(if-frame-else X Y)`
    /// X then and Y otherwise.
    needs_frame: bool,
    /// The local that holds the function's stack pointer: `(frame-local)`.
    frame_local: Option<i64>,
    /// The blocks made so far, besides the function's body.
    pub blocks: Vec<InstrSeqId>,
}

/// The value type a `block.result` or `if-result` names.
fn block_type(op: &str) -> Option<ValType> {
    Some(match op {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        _ => return None,
    })
}

impl<'a, 'c> Body<'a, 'c> {
    pub fn new(
        ctx: &'c Context<'a>,
        func: &'c str,
        t: &'c LoweredTerm,
        locals: &'c [LocalId],
        (frame, locals_at): (u64, u64),
        needs_frame: bool,
    ) -> Self {
        Body {
            ctx,
            func,
            t,
            locals,
            labels: Vec::new(),
            frame,
            locals_at,
            needs_frame,
            frame_local: None,
            blocks: Vec::new(),
        }
    }

    fn bad(&self, id: Id, why: impl Into<String>) -> EmitError {
        EmitError::BadTerm {
            func: self.func.to_string(),
            term: render_expr(&self.t.expr(), id),
            why: why.into(),
        }
    }

    /// A number, or one of the data nodes whose value the layout decides.
    fn immediate(&self, id: Id) -> Result<i64, EmitError> {
        match self.t.node(id) {
            Node::Num(n) => Ok(*n),
            Node::Op(op, c) => match (op.as_str(), c.len()) {
                ("stack-top", 0) => Ok(self.ctx.layout.stack_top as i64),
                ("stack-limit", 0) => Ok(self.ctx.layout.stack_limit as i64),
                ("stack-bottom", 0) => Ok(self.ctx.layout.stack_bottom as i64),
                ("data-start", 0) => Ok(crate::emit::layout::DATA_START as i64),
                ("frame-local", 0) => self
                    .frame_local
                    .ok_or_else(|| self.bad(id, "(frame-local) outside (with-frame-local N …)")),
                ("frame+", 1) => Ok(self.frame as i64 + self.immediate(c[0])?),
                ("locals+", 1) => Ok(self.locals_at as i64 + self.immediate(c[0])?),
                ("ret-addr", 1) => Ok((PC_F_PLACEHOLDER << 16) | self.immediate(c[0])?),
                ("func-record", 1) => match func_name(self.t, c[0]) {
                    Some(f) => self
                        .ctx
                        .layout
                        .address(&record_symbol(&f))
                        .map(|a| a as i64)
                        .ok_or_else(|| self.bad(id, format!("no function record for {f}"))),
                    None => Err(self.bad(id, "func-record takes (direct $function)")),
                },
                ("data-addr", 1) => match self.t.name(c[0]) {
                    Some(s) => self
                        .ctx
                        .layout
                        .address(s.as_str())
                        .map(|a| a as i64)
                        .ok_or_else(|| {
                            self.bad(id, format!("no package variable or string is named {s}"))
                        }),
                    _ => Err(self.bad(id, "data-addr takes a $name")),
                },
                _ => Err(self.bad(id, "expected a number here")),
            },
            Node::Name(_) => Err(self.bad(id, "expected a number here, not a name")),
        }
    }

    fn local(&self, id: Id) -> Result<LocalId, EmitError> {
        let n = self.immediate(id)?;
        usize::try_from(n)
            .ok()
            .and_then(|i| self.locals.get(i).copied())
            .ok_or_else(|| self.bad(id, format!("the function has no local {n}")))
    }

    fn global(&self, id: Id) -> Result<GlobalId, EmitError> {
        match self.t.name(id) {
            Some(s) if s.as_str().eq_ignore_ascii_case("sp") => Ok(self.ctx.sp),
            Some(s) if s.as_str().eq_ignore_ascii_case("ctx") => match self.ctx.table {
                Some((_, context)) => Ok(context),
                None => Err(self.bad(id, "$CTX exists only with func values")),
            },
            _ => Err(self.bad(id, "the only globals are $SP and $CTX")),
        }
    }

    fn label(&self, id: Id) -> Result<InstrSeqId, EmitError> {
        let Some(s) = self.t.name(id) else {
            return Err(self.bad(id, "labels are $names"));
        };
        self.labels
            .iter()
            .rev()
            .find(|(l, _)| l == s.as_str())
            .map(|(_, seq)| *seq)
            .ok_or_else(|| self.bad(id, format!("no enclosing block or loop is labelled {s}")))
    }

    fn memarg(&self, id: Id, align: u32) -> Result<MemArg, EmitError> {
        let offset = self.immediate(id)?;
        let offset =
            u64::try_from(offset).map_err(|_| self.bad(id, "memory offsets cannot be negative"))?;
        Ok(MemArg { align, offset })
    }

    /// The value type of a `block.result` or `if-result` (`what`).
    fn result_type(&self, id: Id, ty: Id, what: &str) -> Result<ValType, EmitError> {
        let ty = match self.t.node(ty) {
            Node::Op(t, _) => block_type(t.as_str()),
            _ => None,
        };
        ty.ok_or_else(|| self.bad(id, format!("{what} needs a value type")))
    }

    /// Emits each of `ids`, in order.
    fn emit_all(
        &mut self,
        fb: &mut FunctionBuilder,
        seq: InstrSeqId,
        ids: &[Id],
    ) -> Result<(), EmitError> {
        for &x in ids {
            self.emit(fb, seq, x)?;
        }
        Ok(())
    }

    /// Emits the term `id` at the end of `seq`.
    pub fn emit(
        &mut self,
        fb: &mut FunctionBuilder,
        seq: InstrSeqId,
        id: Id,
    ) -> Result<(), EmitError> {
        // Borrowed from the term, not from `self`, which the arms mutate.
        let t = self.t;
        let Node::Op(op, c) = t.node(id) else {
            return Err(self.bad(id, "a number or name is not an instruction"));
        };
        let op = op.as_str();
        let not_instruction = || self.bad(id, format!("`{op}` is not an instruction"));
        let Some(row) = wasm::instruction(op) else {
            return Err(not_instruction());
        };
        let memory = self.ctx.memory;
        match &row.code {
            Code::Definition => return Err(not_instruction()),
            Code::Nothing => {}
            Code::Seq => self.emit_all(fb, seq, c)?,
            Code::Stack(instr) => {
                self.emit_all(fb, seq, c)?;
                fb.instr_seq(seq).instr(instr.clone());
            }
            Code::Const(value) => {
                let value = value(self.immediate(c[0])?);
                fb.instr_seq(seq).instr(Const { value });
            }
            Code::Load(kind, align) => {
                let arg = self.memarg(c[0], *align)?;
                self.emit(fb, seq, c[1])?;
                let kind = *kind;
                fb.instr_seq(seq).instr(Load { memory, kind, arg });
            }
            Code::Store(kind, align) => {
                let arg = self.memarg(c[0], *align)?;
                self.emit_all(fb, seq, &c[1..])?;
                let kind = *kind;
                fb.instr_seq(seq).instr(Store { memory, kind, arg });
            }
            Code::LocalGet => {
                let local = self.local(c[0])?;
                fb.instr_seq(seq).instr(LocalGet { local });
            }
            Code::LocalSet => {
                let local = self.local(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(LocalSet { local });
            }
            Code::LocalTee => {
                let local = self.local(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(LocalTee { local });
            }
            Code::GlobalGet => {
                let global = self.global(c[0])?;
                fb.instr_seq(seq).instr(GlobalGet { global });
            }
            Code::GlobalSet => {
                let global = self.global(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(GlobalSet { global });
            }
            Code::MemorySize => {
                fb.instr_seq(seq).instr(MemorySize { memory });
            }
            Code::MemoryGrow => {
                self.emit(fb, seq, c[0])?;
                fb.instr_seq(seq).instr(MemoryGrow { memory });
            }
            Code::MemoryCopy => {
                for &x in c {
                    self.emit(fb, seq, x)?;
                }
                fb.instr_seq(seq).instr(MemoryCopy {
                    src: memory,
                    dst: memory,
                });
            }
            Code::MemoryFill => {
                for &x in c {
                    self.emit(fb, seq, x)?;
                }
                fb.instr_seq(seq).instr(MemoryFill { memory });
            }
            Code::Call => {
                let Some(name) = func_name(self.t, c[0]) else {
                    return Err(self.bad(id, "call takes a $function or (direct $function)"));
                };
                let func = *self.ctx.functions.get(name.as_str()).ok_or_else(|| {
                    EmitError::UnknownCallee {
                        func: self.func.to_string(),
                        callee: name.to_string(),
                    }
                })?;
                self.emit_all(fb, seq, &c[1..])?;
                fb.instr_seq(seq).instr(Call { func });
            }
            Code::CallIndirect => {
                let sig = valtypes(self.t, c[0])
                    .and_then(|p| Ok((p, valtypes(self.t, c[1])?)))
                    .map_err(|why| self.bad(id, why))?;
                let (Some((table, _)), Some(&ty)) = (self.ctx.table, self.ctx.indirect.get(&sig))
                else {
                    return Err(self.bad(id, "no function table for this call"));
                };
                self.emit(fb, seq, c[2])?;
                fb.instr_seq(seq).instr(CallIndirect { ty, table });
            }
            Code::Block | Code::Loop => {
                let inner = self.block(fb, id, None, c[0], c[1])?;
                if matches!(row.code, Code::Loop) {
                    fb.instr_seq(seq).instr(Loop { seq: inner });
                } else {
                    fb.instr_seq(seq).instr(Block { seq: inner });
                }
            }
            Code::BlockResult => {
                let ty = self.result_type(id, c[0], "block.result")?;
                let inner = self.block(fb, id, Some(ty), c[1], c[2])?;
                fb.instr_seq(seq).instr(Block { seq: inner });
            }
            Code::If => self.if_else(fb, seq, None, c[0], c[1], None)?,
            Code::IfElse => self.if_else(fb, seq, None, c[0], c[1], Some(c[2]))?,
            Code::IfResult => {
                let ty = self.result_type(id, c[0], "if-result")?;
                self.if_else(fb, seq, Some(ty), c[1], c[2], Some(c[3]))?;
            }
            Code::Br => {
                let block = self.label(c[0])?;
                fb.instr_seq(seq).instr(Br { block });
            }
            Code::BrIf => {
                let block = self.label(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(BrIf { block });
            }
            Code::IfFrame => {
                if self.needs_frame {
                    self.emit(fb, seq, c[0])?;
                }
            }
            Code::IfFrameElse => {
                self.emit(fb, seq, if self.needs_frame { c[0] } else { c[1] })?;
            }
            Code::UnwindExit => {
                match self.labels.iter().rev().find(|(l, _)| l == UNWIND_LABEL) {
                    Some(&(_, block)) => fb.instr_seq(seq).instr(Br { block }),
                    None => fb.instr_seq(seq).instr(Unreachable {}),
                };
            }
            Code::WithFrameLocal => {
                let n = self.immediate(c[0])?;
                let outer = self.frame_local.replace(n);
                let r = self.emit(fb, seq, c[1]);
                self.frame_local = outer;
                r?;
            }
        }
        Ok(())
    }

    /// The block or loop `id` labelled `label`, its body emitted.
    fn block(
        &mut self,
        fb: &mut FunctionBuilder,
        id: Id,
        ty: Option<ValType>,
        label: Id,
        body: Id,
    ) -> Result<InstrSeqId, EmitError> {
        let Some(l) = self.t.name(label) else {
            return Err(self.bad(id, "blocks are labelled by a $name"));
        };
        let inner = fb.dangling_instr_seq(ty).id();
        self.blocks.push(inner);
        self.labels.push((l.as_str().to_string(), inner));
        let r = self.emit(fb, inner, body);
        self.labels.pop();
        r.map(|()| inner)
    }

    /// `if … else … end`; walrus writes the `else` arm even when empty.
    fn if_else(
        &mut self,
        fb: &mut FunctionBuilder,
        seq: InstrSeqId,
        ty: Option<ValType>,
        cond: Id,
        then: Id,
        els: Option<Id>,
    ) -> Result<(), EmitError> {
        self.emit(fb, seq, cond)?;
        let consequent = fb.dangling_instr_seq(ty).id();
        self.blocks.push(consequent);
        self.emit(fb, consequent, then)?;
        let alternative = fb.dangling_instr_seq(ty).id();
        self.blocks.push(alternative);
        if let Some(e) = els {
            self.emit(fb, alternative, e)?;
        }
        fb.instr_seq(seq).instr(IfElse {
            consequent,
            alternative,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use egg::{Id, RecExpr};
    use rustc_hash::FxHashMap as HashMap;
    use walrus::{ConstExpr, FunctionBuilder, Module, ValType, ir::Value};

    use super::{Body, Context};
    use crate::emit::MemoryLayout;
    use crate::ir::lang::Node;
    use crate::ir::ops::Arity;
    use crate::ir::wasm::{Code, INSTRUCTIONS, WasmOp};
    use crate::rewrite::lowered::LoweredTerm;

    /// A term as the test writes it.
    enum T {
        Op(&'static str, Vec<T>),
        Num(i64),
        Name(&'static str),
    }

    fn op(name: &'static str, children: Vec<T>) -> T {
        T::Op(name, children)
    }

    /// An operand of any type: after a trap the stack is polymorphic, so
    /// every instruction validates whatever its operand types.
    fn any() -> T {
        op("unreachable", vec![])
    }

    fn add(e: &mut RecExpr<Node>, t: &T) -> Id {
        match t {
            T::Num(n) => e.add(Node::Num(*n)),
            T::Name(s) => e.add(Node::name(s)),
            T::Op(name, c) => {
                let ids = c.iter().map(|x| add(e, x)).collect();
                e.add(Node::op(name, ids))
            }
        }
    }

    /// A use of the row's operator: immediates where it has them, operands
    /// of any type elsewhere. Labels are `$l`, the function `$f`.
    fn sample(row: &WasmOp) -> T {
        let n = match row.arity {
            Arity::Fixed(n) | Arity::AtLeast(n) => n,
            Arity::Any => 1,
        };
        let (imm, rest) = match row.code {
            Code::Const(_) | Code::LocalGet => (vec![T::Num(0)], 0),
            Code::Load(..) | Code::Store(..) | Code::LocalSet | Code::LocalTee => {
                (vec![T::Num(0)], n - 1)
            }
            Code::GlobalGet | Code::GlobalSet => (vec![T::Name("SP")], n - 1),
            Code::Call => (vec![T::Name("f")], 1),
            Code::CallIndirect => (vec![op("nil", vec![]), op("nil", vec![])], 1),
            Code::Block | Code::Loop | Code::Br | Code::BrIf => (vec![T::Name("l")], n - 1),
            Code::BlockResult => (vec![op("i32", vec![]), T::Name("l")], 1),
            Code::IfResult => (vec![op("i32", vec![])], 3),
            Code::WithFrameLocal => (
                vec![T::Num(0), op("local.get", vec![op("frame-local", vec![])])],
                0,
            ),
            _ => (vec![], n),
        };
        op(
            row.name,
            imm.into_iter().chain((0..rest).map(|_| any())).collect(),
        )
    }

    /// The module of one function, `$f`, whose body is `term`.
    fn module_of(term: &T) -> Result<Vec<u8>, String> {
        let mut module = Module::default();
        let memory = module.memories.add_local(false, false, 1, None, None);
        let sp =
            module
                .globals
                .add_local(ValType::I32, true, false, ConstExpr::Value(Value::I32(0)));
        let locals = vec![module.locals.add(ValType::I32)];
        let fb = FunctionBuilder::new(&mut module.types, &[], &[]);
        let f = fb.finish(vec![], &mut module.funcs);
        let layout = MemoryLayout::new(&[]);
        let functions = HashMap::from_iter([("f".to_string(), f)]);
        let arg_widths = HashMap::default();
        let table = module
            .tables
            .add_local(false, 0, None, walrus::RefType::FUNCREF);
        let context =
            module
                .globals
                .add_local(ValType::I64, true, false, ConstExpr::Value(Value::I64(0)));
        let no_values = module.types.add(&[], &[]);
        let indirect = HashMap::from_iter([((vec![], vec![]), no_values)]);
        let ctx = Context {
            memory,
            sp,
            layout: &layout,
            functions: &functions,
            arg_widths: &arg_widths,
            table: Some((table, context)),
            indirect: &indirect,
        };
        let mut e = RecExpr::default();
        let root = add(&mut e, term);
        let t = LoweredTerm::new(e);
        let fb = module
            .funcs
            .get_mut(f)
            .kind
            .unwrap_local_mut()
            .builder_mut();
        let seq = fb.func_body_id();
        Body::new(&ctx, "f", &t, &locals, (0, 0), true)
            .emit(fb, seq, root)
            .map_err(|e| e.to_string())?;
        let bytes = module.emit_wasm();
        crate::emit::validate(&bytes).map_err(|e| e.to_string())?;
        Ok(bytes)
    }

    /// Every row of the instruction table emits, into a valid module; an
    /// instruction named as in the text format is written as that
    /// instruction.
    #[test]
    fn every_instruction_emits() {
        let mut failed = Vec::new();
        for row in INSTRUCTIONS {
            if matches!(row.code, Code::Definition) {
                continue;
            }
            let term = op(
                "block",
                vec![
                    T::Name("l"),
                    op("seq", vec![any(), op("drop", vec![sample(row)])]),
                ],
            );
            let text = module_of(&term)
                .and_then(|bytes| wasmprinter::print_bytes(&bytes).map_err(|e| e.to_string()));
            let mnemonic = !matches!(
                row.code,
                Code::Seq
                    | Code::Nothing
                    | Code::BlockResult
                    | Code::IfElse
                    | Code::IfResult
                    | Code::IfFrame
                    | Code::IfFrameElse
                    | Code::WithFrameLocal
                    | Code::UnwindExit
            );
            match text {
                Err(e) => failed.push(format!("{}: {e}", row.name)),
                Ok(text)
                    if mnemonic
                        && !text
                            .lines()
                            .any(|l| l.split_whitespace().next() == Some(row.name)) =>
                {
                    failed.push(format!("{}: not in\n{text}", row.name));
                }
                Ok(_) => {}
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }
}
