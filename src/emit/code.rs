//! Function bodies: a post-order walk of the lowered term, one walrus
//! instruction per instruction node.

use rustc_hash::FxHashMap as HashMap;

use egg::Id;
use walrus::ir::{
    BinaryOp, Binop, Block, Br, BrIf, Call, Const, Drop, ExtendedLoad, GlobalGet, GlobalSet,
    IfElse, Instr, InstrSeqId, Load, LoadKind, LocalGet, LocalSet, LocalTee, Loop, MemArg,
    MemoryGrow, MemorySize, Return, Select, Store, StoreKind, UnaryOp, Unop, Unreachable, Value,
};
use walrus::{FunctionBuilder, FunctionId, GlobalId, LocalId, MemoryId, ValType};

use super::EmitError;
use super::layout::MemoryLayout;
use crate::ir::lang::Node;
use crate::ir::print::render_expr;
use crate::rewrite::lowered::LoweredTerm;

pub struct Context<'a> {
    pub memory: MemoryId,
    pub sp: GlobalId,
    pub layout: &'a MemoryLayout,
    pub functions: &'a HashMap<String, FunctionId>,
    pub arg_widths: &'a HashMap<String, u64>,
}

struct Body<'a, 'c> {
    ctx: &'c Context<'a>,
    func: &'c str,
    t: &'c LoweredTerm,
    locals: &'c [LocalId],
    labels: Vec<(String, InstrSeqId)>,
    /// This function's frame on the Go stack: the outgoing argument area
    /// (the largest ArgWidth of the Go-ABI functions it calls), plus
    /// [`recursion_frame`] when the function is recursive.
    frame: u64,
    /// Whether the function needs a frame at all: it makes Go-ABI calls or
    /// is recursive. `(if-frame X)` emits X only then, `(if-frame-else X Y)`
    /// X then and Y otherwise.
    needs_frame: bool,
    /// The local that holds the function's stack pointer: `(frame-local)`.
    frame_local: Option<i64>,
    /// The blocks made so far, besides the function's body.
    blocks: Vec<InstrSeqId>,
}

/// What a recursive function takes from the Go stack per call, though it
/// keeps nothing there: the Go stack's limit then bounds the recursion
/// depth. It grows with the function's locals, which its frame on the host's
/// own stack holds, so that the host's stack (about 512 KiB in wasmtime, half
/// the Go stack) never runs out before the runtime can report the overflow.
pub fn recursion_frame(locals: usize) -> u64 {
    64 + 16 * locals as u64
}

/// What the emitter knows of a function from the whole module.
#[derive(Clone, Copy)]
pub struct How {
    /// It calls itself, directly or not: its frame bounds the recursion.
    pub recursive: bool,
    /// It needs a frame: it is recursive or calls a Go-ABI function.
    pub framed: bool,
    /// Dead code may go (everywhere but in export wrappers, which are Go's).
    pub trim: bool,
}

pub fn emit_body(
    ctx: &Context<'_>,
    fb: &mut FunctionBuilder,
    func: &str,
    t: &LoweredTerm,
    body: Id,
    locals: &[LocalId],
    how: How,
) -> Result<(), EmitError> {
    let How {
        recursive,
        framed,
        trim,
    } = how;
    let mut b = Body {
        ctx,
        func,
        t,
        locals,
        labels: Vec::new(),
        frame: 0,
        needs_frame: framed,
        frame_local: None,
        blocks: Vec::new(),
    };
    let frame = b.frame_size(body);
    b.frame = frame
        + if recursive {
            recursion_frame(locals.len())
        } else {
            0
        };
    let seq = fb.func_body_id();
    b.emit(fb, seq, body)?;
    if trim {
        // Code after a return, branch or trap never runs; neither does a
        // return that ends the function (its end returns the same values).
        trim_dead_code(fb, seq, false);
        let mut body = fb.instr_seq(seq);
        let instrs = body.instrs_mut();
        if matches!(instrs.last(), Some((Instr::Return(_), _))) {
            instrs.pop();
        }
    }
    // A block's instructions grew by doubling. The module keeps every
    // function until it is written, so each keeps only what it holds (the
    // peak is 25 MB lower for 10,000 exports); the larger buffer freed here
    // serves the next function.
    for seq in std::iter::once(seq).chain(b.blocks.iter().copied()) {
        let mut block = fb.instr_seq(seq);
        let instrs = block.instrs_mut();
        if instrs.capacity() > instrs.len() {
            let mut exact = Vec::with_capacity(instrs.len());
            exact.append(instrs);
            *instrs = exact;
        }
    }
    Ok(())
}

/// Drops the instructions that follow an unconditional transfer (return,
/// br, unreachable) in each block of a function, and a `br` that ends the
/// block it leaves (`continue` at the end of a loop body).
fn trim_dead_code(fb: &mut FunctionBuilder, seq: InstrSeqId, is_block: bool) {
    let mut block = fb.instr_seq(seq);
    let instrs = block.instrs_mut();
    if let Some(end) = instrs.iter().position(|(i, _)| {
        matches!(
            i,
            Instr::Return(_) | Instr::Br(_) | Instr::Unreachable(_) | Instr::BrTable(_)
        )
    }) {
        instrs.truncate(end + 1);
    }
    if is_block && matches!(instrs.last(), Some((Instr::Br(b), _)) if b.block == seq) {
        instrs.pop();
    }
    let mut inner = Vec::new();
    for (i, _) in instrs.iter() {
        match i {
            Instr::Block(b) => inner.push((b.seq, true)),
            Instr::Loop(l) => inner.push((l.seq, false)),
            Instr::IfElse(e) => {
                inner.push((e.consequent, false));
                inner.push((e.alternative, false));
            }
            _ => {}
        }
    }
    for (s, is_block) in inner {
        trim_dead_code(fb, s, is_block);
    }
}

fn load_kind(op: &str) -> Option<(LoadKind, u32)> {
    use ExtendedLoad::{SignExtend as S, ZeroExtend as Z};
    Some(match op {
        "i32.load" => (LoadKind::I32 { atomic: false }, 4),
        "i64.load" => (LoadKind::I64 { atomic: false }, 8),
        "f32.load" => (LoadKind::F32, 4),
        "f64.load" => (LoadKind::F64, 8),
        "i32.load8_s" => (LoadKind::I32_8 { kind: S }, 1),
        "i32.load8_u" => (LoadKind::I32_8 { kind: Z }, 1),
        "i32.load16_s" => (LoadKind::I32_16 { kind: S }, 2),
        "i32.load16_u" => (LoadKind::I32_16 { kind: Z }, 2),
        "i64.load8_s" => (LoadKind::I64_8 { kind: S }, 1),
        "i64.load8_u" => (LoadKind::I64_8 { kind: Z }, 1),
        "i64.load16_s" => (LoadKind::I64_16 { kind: S }, 2),
        "i64.load16_u" => (LoadKind::I64_16 { kind: Z }, 2),
        "i64.load32_s" => (LoadKind::I64_32 { kind: S }, 4),
        "i64.load32_u" => (LoadKind::I64_32 { kind: Z }, 4),
        _ => return None,
    })
}

fn store_kind(op: &str) -> Option<(StoreKind, u32)> {
    Some(match op {
        "i32.store" => (StoreKind::I32 { atomic: false }, 4),
        "i64.store" => (StoreKind::I64 { atomic: false }, 8),
        "f32.store" => (StoreKind::F32, 4),
        "f64.store" => (StoreKind::F64, 8),
        "i32.store8" => (StoreKind::I32_8 { atomic: false }, 1),
        "i32.store16" => (StoreKind::I32_16 { atomic: false }, 2),
        "i64.store8" => (StoreKind::I64_8 { atomic: false }, 1),
        "i64.store16" => (StoreKind::I64_16 { atomic: false }, 2),
        "i64.store32" => (StoreKind::I64_32 { atomic: false }, 4),
        _ => return None,
    })
}

fn unary(op: &str) -> Option<UnaryOp> {
    use UnaryOp::*;
    Some(match op {
        "i32.eqz" => I32Eqz,
        "i32.clz" => I32Clz,
        "i32.ctz" => I32Ctz,
        "i32.popcnt" => I32Popcnt,
        "i64.eqz" => I64Eqz,
        "i64.clz" => I64Clz,
        "i64.ctz" => I64Ctz,
        "i64.popcnt" => I64Popcnt,
        "f32.abs" => F32Abs,
        "f32.neg" => F32Neg,
        "f32.ceil" => F32Ceil,
        "f32.floor" => F32Floor,
        "f32.trunc" => F32Trunc,
        "f32.nearest" => F32Nearest,
        "f32.sqrt" => F32Sqrt,
        "f64.abs" => F64Abs,
        "f64.neg" => F64Neg,
        "f64.ceil" => F64Ceil,
        "f64.floor" => F64Floor,
        "f64.trunc" => F64Trunc,
        "f64.nearest" => F64Nearest,
        "f64.sqrt" => F64Sqrt,
        "i32.wrap_i64" => I32WrapI64,
        "i32.trunc_f32_s" => I32TruncSF32,
        "i32.trunc_f32_u" => I32TruncUF32,
        "i32.trunc_f64_s" => I32TruncSF64,
        "i32.trunc_f64_u" => I32TruncUF64,
        "i64.extend_i32_s" => I64ExtendSI32,
        "i64.extend_i32_u" => I64ExtendUI32,
        "i64.trunc_f32_s" => I64TruncSF32,
        "i64.trunc_f32_u" => I64TruncUF32,
        "i64.trunc_f64_s" => I64TruncSF64,
        "i64.trunc_f64_u" => I64TruncUF64,
        "i32.trunc_sat_f32_s" => I32TruncSSatF32,
        "i32.trunc_sat_f32_u" => I32TruncUSatF32,
        "i32.trunc_sat_f64_s" => I32TruncSSatF64,
        "i32.trunc_sat_f64_u" => I32TruncUSatF64,
        "i64.trunc_sat_f32_s" => I64TruncSSatF32,
        "i64.trunc_sat_f32_u" => I64TruncUSatF32,
        "i64.trunc_sat_f64_s" => I64TruncSSatF64,
        "i64.trunc_sat_f64_u" => I64TruncUSatF64,
        "f32.convert_i32_s" => F32ConvertSI32,
        "f32.convert_i32_u" => F32ConvertUI32,
        "f32.convert_i64_s" => F32ConvertSI64,
        "f32.convert_i64_u" => F32ConvertUI64,
        "f32.demote_f64" => F32DemoteF64,
        "f64.convert_i32_s" => F64ConvertSI32,
        "f64.convert_i32_u" => F64ConvertUI32,
        "f64.convert_i64_s" => F64ConvertSI64,
        "f64.convert_i64_u" => F64ConvertUI64,
        "f64.promote_f32" => F64PromoteF32,
        "i32.reinterpret_f32" => I32ReinterpretF32,
        "i64.reinterpret_f64" => I64ReinterpretF64,
        "f32.reinterpret_i32" => F32ReinterpretI32,
        "f64.reinterpret_i64" => F64ReinterpretI64,
        "i32.extend8_s" => I32Extend8S,
        "i32.extend16_s" => I32Extend16S,
        "i64.extend8_s" => I64Extend8S,
        "i64.extend16_s" => I64Extend16S,
        "i64.extend32_s" => I64Extend32S,
        _ => return None,
    })
}

fn binary(op: &str) -> Option<BinaryOp> {
    use BinaryOp::*;
    Some(match op {
        "i32.eq" => I32Eq,
        "i32.ne" => I32Ne,
        "i32.lt_s" => I32LtS,
        "i32.lt_u" => I32LtU,
        "i32.gt_s" => I32GtS,
        "i32.gt_u" => I32GtU,
        "i32.le_s" => I32LeS,
        "i32.le_u" => I32LeU,
        "i32.ge_s" => I32GeS,
        "i32.ge_u" => I32GeU,
        "i64.eq" => I64Eq,
        "i64.ne" => I64Ne,
        "i64.lt_s" => I64LtS,
        "i64.lt_u" => I64LtU,
        "i64.gt_s" => I64GtS,
        "i64.gt_u" => I64GtU,
        "i64.le_s" => I64LeS,
        "i64.le_u" => I64LeU,
        "i64.ge_s" => I64GeS,
        "i64.ge_u" => I64GeU,
        "f32.eq" => F32Eq,
        "f32.ne" => F32Ne,
        "f32.lt" => F32Lt,
        "f32.gt" => F32Gt,
        "f32.le" => F32Le,
        "f32.ge" => F32Ge,
        "f64.eq" => F64Eq,
        "f64.ne" => F64Ne,
        "f64.lt" => F64Lt,
        "f64.gt" => F64Gt,
        "f64.le" => F64Le,
        "f64.ge" => F64Ge,
        "i32.add" => I32Add,
        "i32.sub" => I32Sub,
        "i32.mul" => I32Mul,
        "i32.div_s" => I32DivS,
        "i32.div_u" => I32DivU,
        "i32.rem_s" => I32RemS,
        "i32.rem_u" => I32RemU,
        "i32.and" => I32And,
        "i32.or" => I32Or,
        "i32.xor" => I32Xor,
        "i32.shl" => I32Shl,
        "i32.shr_s" => I32ShrS,
        "i32.shr_u" => I32ShrU,
        "i32.rotl" => I32Rotl,
        "i32.rotr" => I32Rotr,
        "i64.add" => I64Add,
        "i64.sub" => I64Sub,
        "i64.mul" => I64Mul,
        "i64.div_s" => I64DivS,
        "i64.div_u" => I64DivU,
        "i64.rem_s" => I64RemS,
        "i64.rem_u" => I64RemU,
        "i64.and" => I64And,
        "i64.or" => I64Or,
        "i64.xor" => I64Xor,
        "i64.shl" => I64Shl,
        "i64.shr_s" => I64ShrS,
        "i64.shr_u" => I64ShrU,
        "i64.rotl" => I64Rotl,
        "i64.rotr" => I64Rotr,
        "f32.add" => F32Add,
        "f32.sub" => F32Sub,
        "f32.mul" => F32Mul,
        "f32.div" => F32Div,
        "f32.min" => F32Min,
        "f32.max" => F32Max,
        "f32.copysign" => F32Copysign,
        "f64.add" => F64Add,
        "f64.sub" => F64Sub,
        "f64.mul" => F64Mul,
        "f64.div" => F64Div,
        "f64.min" => F64Min,
        "f64.max" => F64Max,
        "f64.copysign" => F64Copysign,
        _ => return None,
    })
}

fn block_type(op: &str) -> Option<ValType> {
    Some(match op {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        _ => return None,
    })
}

impl Body<'_, '_> {
    fn bad(&self, id: Id, why: impl Into<String>) -> EmitError {
        EmitError::BadTerm {
            func: self.func.to_string(),
            term: render_expr(&self.t.expr(), id),
            why: why.into(),
        }
    }

    /// The outgoing argument area.
    fn frame_size(&self, id: Id) -> u64 {
        let mut max = 0;
        let mut stack = vec![id];
        while let Some(i) = stack.pop() {
            if let Node::Op(op, c) = self.t.node(i) {
                if op.as_str() == "call"
                    && let Some(f) = self.t.name(c[0])
                    && let Some(w) = self.ctx.arg_widths.get(f.as_str())
                {
                    max = max.max(*w);
                }
                stack.extend(c.iter().copied());
            }
        }
        max.div_ceil(8) * 8
    }

    /// A number, or one of the data nodes whose value the layout decides.
    fn immediate(&self, id: Id) -> Result<i64, EmitError> {
        match self.t.node(id) {
            Node::Num(n) => Ok(*n),
            Node::Op(op, c) => match (op.as_str(), c.len()) {
                ("stack-top", 0) => Ok(self.ctx.layout.stack_top as i64),
                ("stack-limit", 0) => Ok(self.ctx.layout.stack_limit as i64),
                ("frame-local", 0) => self
                    .frame_local
                    .ok_or_else(|| self.bad(id, "(frame-local) outside (with-frame-local N …)")),
                ("frame+", 1) => Ok(self.frame as i64 + self.immediate(c[0])?),
                ("ret-addr", 1) => Ok((super::PC_F_PLACEHOLDER << 16) | self.immediate(c[0])?),
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
            _ => Err(self.bad(id, "the only global is $SP")),
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

    fn emit(&mut self, fb: &mut FunctionBuilder, seq: InstrSeqId, id: Id) -> Result<(), EmitError> {
        // Borrowed from the term, not from `self`, which the arms mutate.
        let t = self.t;
        let Node::Op(op, c) = t.node(id) else {
            return Err(self.bad(id, "a number or name is not an instruction"));
        };
        let op = op.as_str();
        match op {
            "seq" => {
                for &x in c {
                    self.emit(fb, seq, x)?;
                }
            }
            "nop" => {}
            "unreachable" => {
                fb.instr_seq(seq).instr(Unreachable {});
            }
            "drop" => {
                self.emit(fb, seq, c[0])?;
                fb.instr_seq(seq).instr(Drop {});
            }
            "return" => {
                for &x in c {
                    self.emit(fb, seq, x)?;
                }
                fb.instr_seq(seq).instr(Return {});
            }
            "i32.const" => {
                let v = self.immediate(c[0])?;
                fb.instr_seq(seq).instr(Const {
                    value: Value::I32(v as i32),
                });
            }
            "i64.const" => {
                let v = self.immediate(c[0])?;
                fb.instr_seq(seq).instr(Const {
                    value: Value::I64(v),
                });
            }
            "f32.const" => {
                let v = self.immediate(c[0])?;
                fb.instr_seq(seq).instr(Const {
                    value: Value::F32(f32::from_bits(v as u32)),
                });
            }
            "f64.const" => {
                let v = self.immediate(c[0])?;
                fb.instr_seq(seq).instr(Const {
                    value: Value::F64(f64::from_bits(v as u64)),
                });
            }
            "local.get" => {
                let local = self.local(c[0])?;
                fb.instr_seq(seq).instr(LocalGet { local });
            }
            "local.set" | "local.tee" => {
                let local = self.local(c[0])?;
                self.emit(fb, seq, c[1])?;
                if op == "local.set" {
                    fb.instr_seq(seq).instr(LocalSet { local });
                } else {
                    fb.instr_seq(seq).instr(LocalTee { local });
                }
            }
            "global.get" => {
                let global = self.global(c[0])?;
                fb.instr_seq(seq).instr(GlobalGet { global });
            }
            "global.set" => {
                let global = self.global(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(GlobalSet { global });
            }
            "popped" => {}
            "if-frame" => {
                if self.needs_frame {
                    self.emit(fb, seq, c[0])?;
                }
            }
            "if-frame-else" => {
                self.emit(fb, seq, if self.needs_frame { c[0] } else { c[1] })?;
            }
            "with-frame-local" => {
                let n = self.immediate(c[0])?;
                let outer = self.frame_local.replace(n);
                let r = self.emit(fb, seq, c[1]);
                self.frame_local = outer;
                r?;
            }
            "call" => {
                let Some(name) = super::func_name(self.t, c[0]) else {
                    return Err(self.bad(id, "call takes a $function or (direct $function)"));
                };
                let func = *self.ctx.functions.get(name.as_str()).ok_or_else(|| {
                    EmitError::UnknownCallee {
                        func: self.func.to_string(),
                        callee: name.to_string(),
                    }
                })?;
                for x in &c[1..] {
                    self.emit(fb, seq, *x)?;
                }
                fb.instr_seq(seq).instr(Call { func });
            }
            "select" => {
                for &x in c {
                    self.emit(fb, seq, x)?;
                }
                fb.instr_seq(seq).instr(Select { ty: None });
            }
            "memory.size" => {
                fb.instr_seq(seq).instr(MemorySize {
                    memory: self.ctx.memory,
                });
            }
            "memory.grow" => {
                self.emit(fb, seq, c[0])?;
                fb.instr_seq(seq).instr(MemoryGrow {
                    memory: self.ctx.memory,
                });
            }
            "block" | "loop" | "block.result" => {
                let (ty, label, body) = if op == "block.result" {
                    let ty = match self.t.node(c[0]) {
                        Node::Op(t, _) => block_type(t.as_str()),
                        _ => None,
                    };
                    (
                        Some(ty.ok_or_else(|| self.bad(id, "block.result needs a value type"))?),
                        c[1],
                        c[2],
                    )
                } else {
                    (None, c[0], c[1])
                };
                let Some(l) = self.t.name(label) else {
                    return Err(self.bad(id, "blocks are labelled by a $name"));
                };
                let inner = fb.dangling_instr_seq(ty).id();
                self.blocks.push(inner);
                self.labels.push((l.as_str().to_string(), inner));
                let r = self.emit(fb, inner, body);
                self.labels.pop();
                r?;
                if op == "loop" {
                    fb.instr_seq(seq).instr(Loop { seq: inner });
                } else {
                    fb.instr_seq(seq).instr(Block { seq: inner });
                }
            }
            "br" => {
                let block = self.label(c[0])?;
                fb.instr_seq(seq).instr(Br { block });
            }
            "br_if" => {
                let block = self.label(c[0])?;
                self.emit(fb, seq, c[1])?;
                fb.instr_seq(seq).instr(BrIf { block });
            }
            "if" | "if-else" | "if-result" => {
                let (ty, cond, then, els) = match op {
                    "if" => (None, c[0], c[1], None),
                    "if-else" => (None, c[0], c[1], Some(c[2])),
                    _ => {
                        let ty = match self.t.node(c[0]) {
                            Node::Op(t, _) => block_type(t.as_str()),
                            _ => None,
                        };
                        (
                            Some(ty.ok_or_else(|| self.bad(id, "if-result needs a value type"))?),
                            c[1],
                            c[2],
                            Some(c[3]),
                        )
                    }
                };
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
            }
            _ => {
                if let Some((kind, width)) = load_kind(op) {
                    let arg = self.memarg(c[0], width)?;
                    self.emit(fb, seq, c[1])?;
                    fb.instr_seq(seq).instr(Load {
                        memory: self.ctx.memory,
                        kind,
                        arg,
                    });
                } else if let Some((kind, width)) = store_kind(op) {
                    let arg = self.memarg(c[0], width)?;
                    self.emit(fb, seq, c[1])?;
                    self.emit(fb, seq, c[2])?;
                    fb.instr_seq(seq).instr(Store {
                        memory: self.ctx.memory,
                        kind,
                        arg,
                    });
                } else if let Some(u) = unary(op) {
                    self.emit(fb, seq, c[0])?;
                    fb.instr_seq(seq).instr(Unop { op: u });
                } else if let Some(b) = binary(op) {
                    self.emit(fb, seq, c[0])?;
                    self.emit(fb, seq, c[1])?;
                    fb.instr_seq(seq).instr(Binop { op: b });
                } else {
                    return Err(self.bad(id, format!("`{op}` is not an instruction")));
                }
            }
        }
        Ok(())
    }
}
