//! The WebAssembly instructions and structures the IR knows, one row each:
//! the operator's name and arity, what the emitter makes of it ([`Code`]),
//! and what extraction counts for it. The operator list ([`super::ops`]),
//! the emitter and extraction's cost all read this table.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use walrus::ir::{
    BinaryOp, Binop, Drop, ExtendedLoad, Instr, LoadKind, Return, Select, StoreKind, UnaryOp, Unop,
    Unreachable, Value,
};

use super::ops::Arity;

/// A row of the table.
pub struct WasmOp {
    pub name: &'static str,
    pub arity: Arity,
    /// What extraction counts for the node itself, its children apart.
    pub cost: u64,
    pub code: Code,
}

/// What the emitter makes of an operator. Children are written in the
/// order the rows below name them: immediates first, then operands.
pub enum Code {
    /// `wasm.func` and `wasm.import`: the module's functions and imports,
    /// which the emitter collects; they are no code.
    Definition,
    /// `(seq X…)`: its children, in order.
    Seq,
    /// Nothing at all: `(nop)`, and `(popped)`, a value already on the stack.
    Nothing,
    /// Every child as an operand, then this instruction.
    Stack(Instr),
    /// `(OP N)`: the constant whose bits are N.
    Const(fn(i64) -> Value),
    /// `(OP OFFSET ADDR)`, with its natural alignment in bytes.
    Load(LoadKind, u32),
    /// `(OP OFFSET ADDR VALUE)`, with its natural alignment in bytes.
    Store(StoreKind, u32),
    /// `(local.get N)`, `(local.set N X)`, `(local.tee N X)`.
    LocalGet,
    LocalSet,
    LocalTee,
    /// `(global.get $SP)`, `(global.set $SP X)`.
    GlobalGet,
    GlobalSet,
    /// `(memory.size)`.
    MemorySize,
    /// `(memory.grow PAGES)`.
    MemoryGrow,
    /// `(memory.copy DST SRC LEN)`.
    MemoryCopy,
    /// `(memory.fill DST BYTE LEN)`.
    MemoryFill,
    /// `(call F ARG…)`, F a `$function` or `(direct $function)`.
    Call,
    /// `(call_indirect PARAMS RESULTS INDEX)`: a call through the function
    /// table, of the type whose value type lists are PARAMS and RESULTS.
    CallIndirect,
    /// `(block $LABEL BODY)`, `(block.result TYPE $LABEL BODY)`, `(loop $LABEL BODY)`.
    Block,
    BlockResult,
    Loop,
    /// `(if COND THEN)`, `(if-else COND THEN ELSE)`, `(if-result TYPE COND THEN ELSE)`.
    If,
    IfElse,
    IfResult,
    /// `(br $LABEL)`, `(br_if $LABEL COND)`.
    Br,
    BrIf,
    /// `(if-frame X)`: X only in a function with a frame on the Go stack;
    /// `(if-frame-else X Y)`: X there, Y elsewhere.
    IfFrame,
    IfFrameElse,
    /// `(with-frame-local N X)`: X, where `(frame-local)` is N.
    WithFrameLocal,
    /// `(unwind-exit)`: a branch out of the block labelled `$unwind`
    /// around the function's body where there is one (the builder's, in
    /// programs that call recover), `unreachable` elsewhere.
    UnwindExit,
}

const fn unary(op: UnaryOp) -> Code {
    Code::Stack(Instr::Unop(Unop { op }))
}

const fn binary(op: BinaryOp) -> Code {
    Code::Stack(Instr::Binop(Binop { op }))
}

macro_rules! instructions {
    ($($cost:literal: $($name:literal / $arity:expr => $code:expr),* ;)*) => {
        /// Every row, grouped by cost.
        pub static INSTRUCTIONS: &[WasmOp] = &[
            $($(WasmOp { name: $name, arity: $arity, cost: $cost, code: $code },)*)*
        ];
    };
}

use Arity::{Any, AtLeast, Fixed};
use BinaryOp::*;
use Code::*;
use ExtendedLoad::{SignExtend, ZeroExtend};
use UnaryOp::*;

instructions! {
    // Structure costs nothing.
    0:
        "wasm.func" / Fixed(5) => Definition, "wasm.import" / Fixed(5) => Definition,
        "seq" / Any => Seq, "nop" / Fixed(0) => Nothing,
        // Marks the bytes of a function's locals in its frame; the
        // emitter sizes the frame with it.
        "frame-area" / Fixed(1) => Nothing;
    // Every other node costs one: instructions and control structure alike.
    1:
        "unreachable" / Fixed(0) => Stack(Instr::Unreachable(Unreachable {})),
        "return" / Any => Stack(Instr::Return(Return {})),
        "drop" / Fixed(1) => Stack(Instr::Drop(Drop {})),
        "select" / Fixed(3) => Stack(Instr::Select(Select { ty: None })),
        "popped" / Fixed(0) => Nothing,
        "block" / Fixed(2) => Block, "block.result" / Fixed(3) => BlockResult,
        "loop" / Fixed(2) => Loop,
        "if" / Fixed(2) => If, "if-else" / Fixed(3) => IfElse, "if-result" / Fixed(4) => IfResult,
        "br" / Fixed(1) => Br, "br_if" / Fixed(2) => BrIf,
        "if-frame" / Fixed(1) => IfFrame, "if-frame-else" / Fixed(2) => IfFrameElse,
        "with-frame-local" / Fixed(2) => WithFrameLocal,
        "unwind-exit" / Fixed(0) => UnwindExit,
        "local.get" / Fixed(1) => LocalGet, "local.set" / Fixed(2) => LocalSet,
        "local.tee" / Fixed(2) => LocalTee,
        "global.get" / Fixed(1) => GlobalGet, "global.set" / Fixed(2) => GlobalSet,
        "i32.const" / Fixed(1) => Const(|n| Value::I32(n as i32)),
        "i64.const" / Fixed(1) => Const(Value::I64),
        "f32.const" / Fixed(1) => Const(|n| Value::F32(f32::from_bits(n as u32))),
        "f64.const" / Fixed(1) => Const(|n| Value::F64(f64::from_bits(n as u64))),
        "i32.load" / Fixed(2) => Load(LoadKind::I32 { atomic: false }, 4),
        "i64.load" / Fixed(2) => Load(LoadKind::I64 { atomic: false }, 8),
        "f32.load" / Fixed(2) => Load(LoadKind::F32, 4),
        "f64.load" / Fixed(2) => Load(LoadKind::F64, 8),
        "i32.load8_s" / Fixed(2) => Load(LoadKind::I32_8 { kind: SignExtend }, 1),
        "i32.load8_u" / Fixed(2) => Load(LoadKind::I32_8 { kind: ZeroExtend }, 1),
        "i32.load16_s" / Fixed(2) => Load(LoadKind::I32_16 { kind: SignExtend }, 2),
        "i32.load16_u" / Fixed(2) => Load(LoadKind::I32_16 { kind: ZeroExtend }, 2),
        "i64.load8_s" / Fixed(2) => Load(LoadKind::I64_8 { kind: SignExtend }, 1),
        "i64.load8_u" / Fixed(2) => Load(LoadKind::I64_8 { kind: ZeroExtend }, 1),
        "i64.load16_s" / Fixed(2) => Load(LoadKind::I64_16 { kind: SignExtend }, 2),
        "i64.load16_u" / Fixed(2) => Load(LoadKind::I64_16 { kind: ZeroExtend }, 2),
        "i64.load32_s" / Fixed(2) => Load(LoadKind::I64_32 { kind: SignExtend }, 4),
        "i64.load32_u" / Fixed(2) => Load(LoadKind::I64_32 { kind: ZeroExtend }, 4),
        "i32.store" / Fixed(3) => Store(StoreKind::I32 { atomic: false }, 4),
        "i64.store" / Fixed(3) => Store(StoreKind::I64 { atomic: false }, 8),
        "f32.store" / Fixed(3) => Store(StoreKind::F32, 4),
        "f64.store" / Fixed(3) => Store(StoreKind::F64, 8),
        "i32.store8" / Fixed(3) => Store(StoreKind::I32_8 { atomic: false }, 1),
        "i32.store16" / Fixed(3) => Store(StoreKind::I32_16 { atomic: false }, 2),
        "i64.store8" / Fixed(3) => Store(StoreKind::I64_8 { atomic: false }, 1),
        "i64.store16" / Fixed(3) => Store(StoreKind::I64_16 { atomic: false }, 2),
        "i64.store32" / Fixed(3) => Store(StoreKind::I64_32 { atomic: false }, 4),
        "i32.eqz" / Fixed(1) => unary(I32Eqz), "i32.eq" / Fixed(2) => binary(I32Eq),
        "i32.ne" / Fixed(2) => binary(I32Ne),
        "i32.lt_s" / Fixed(2) => binary(I32LtS), "i32.lt_u" / Fixed(2) => binary(I32LtU),
        "i32.gt_s" / Fixed(2) => binary(I32GtS), "i32.gt_u" / Fixed(2) => binary(I32GtU),
        "i32.le_s" / Fixed(2) => binary(I32LeS), "i32.le_u" / Fixed(2) => binary(I32LeU),
        "i32.ge_s" / Fixed(2) => binary(I32GeS), "i32.ge_u" / Fixed(2) => binary(I32GeU),
        "i64.eqz" / Fixed(1) => unary(I64Eqz), "i64.eq" / Fixed(2) => binary(I64Eq),
        "i64.ne" / Fixed(2) => binary(I64Ne),
        "i64.lt_s" / Fixed(2) => binary(I64LtS), "i64.lt_u" / Fixed(2) => binary(I64LtU),
        "i64.gt_s" / Fixed(2) => binary(I64GtS), "i64.gt_u" / Fixed(2) => binary(I64GtU),
        "i64.le_s" / Fixed(2) => binary(I64LeS), "i64.le_u" / Fixed(2) => binary(I64LeU),
        "i64.ge_s" / Fixed(2) => binary(I64GeS), "i64.ge_u" / Fixed(2) => binary(I64GeU),
        "f32.eq" / Fixed(2) => binary(F32Eq), "f32.ne" / Fixed(2) => binary(F32Ne),
        "f32.lt" / Fixed(2) => binary(F32Lt), "f32.gt" / Fixed(2) => binary(F32Gt),
        "f32.le" / Fixed(2) => binary(F32Le), "f32.ge" / Fixed(2) => binary(F32Ge),
        "f64.eq" / Fixed(2) => binary(F64Eq), "f64.ne" / Fixed(2) => binary(F64Ne),
        "f64.lt" / Fixed(2) => binary(F64Lt), "f64.gt" / Fixed(2) => binary(F64Gt),
        "f64.le" / Fixed(2) => binary(F64Le), "f64.ge" / Fixed(2) => binary(F64Ge),
        "i32.clz" / Fixed(1) => unary(I32Clz), "i32.ctz" / Fixed(1) => unary(I32Ctz),
        "i32.popcnt" / Fixed(1) => unary(I32Popcnt),
        "i32.add" / Fixed(2) => binary(I32Add), "i32.sub" / Fixed(2) => binary(I32Sub),
        "i32.mul" / Fixed(2) => binary(I32Mul),
        "i32.and" / Fixed(2) => binary(I32And), "i32.or" / Fixed(2) => binary(I32Or),
        "i32.xor" / Fixed(2) => binary(I32Xor), "i32.shl" / Fixed(2) => binary(I32Shl),
        "i32.shr_s" / Fixed(2) => binary(I32ShrS), "i32.shr_u" / Fixed(2) => binary(I32ShrU),
        "i32.rotl" / Fixed(2) => binary(I32Rotl), "i32.rotr" / Fixed(2) => binary(I32Rotr),
        "i64.clz" / Fixed(1) => unary(I64Clz), "i64.ctz" / Fixed(1) => unary(I64Ctz),
        "i64.popcnt" / Fixed(1) => unary(I64Popcnt),
        "i64.add" / Fixed(2) => binary(I64Add), "i64.sub" / Fixed(2) => binary(I64Sub),
        "i64.mul" / Fixed(2) => binary(I64Mul),
        "i64.and" / Fixed(2) => binary(I64And), "i64.or" / Fixed(2) => binary(I64Or),
        "i64.xor" / Fixed(2) => binary(I64Xor), "i64.shl" / Fixed(2) => binary(I64Shl),
        "i64.shr_s" / Fixed(2) => binary(I64ShrS), "i64.shr_u" / Fixed(2) => binary(I64ShrU),
        "i64.rotl" / Fixed(2) => binary(I64Rotl), "i64.rotr" / Fixed(2) => binary(I64Rotr),
        "f32.abs" / Fixed(1) => unary(F32Abs), "f32.neg" / Fixed(1) => unary(F32Neg),
        "f32.ceil" / Fixed(1) => unary(F32Ceil), "f32.floor" / Fixed(1) => unary(F32Floor),
        "f32.trunc" / Fixed(1) => unary(F32Trunc), "f32.nearest" / Fixed(1) => unary(F32Nearest),
        "f32.sqrt" / Fixed(1) => unary(F32Sqrt),
        "f32.add" / Fixed(2) => binary(F32Add), "f32.sub" / Fixed(2) => binary(F32Sub),
        "f32.min" / Fixed(2) => binary(F32Min), "f32.max" / Fixed(2) => binary(F32Max),
        "f32.copysign" / Fixed(2) => binary(F32Copysign),
        "f64.abs" / Fixed(1) => unary(F64Abs), "f64.neg" / Fixed(1) => unary(F64Neg),
        "f64.ceil" / Fixed(1) => unary(F64Ceil), "f64.floor" / Fixed(1) => unary(F64Floor),
        "f64.trunc" / Fixed(1) => unary(F64Trunc), "f64.nearest" / Fixed(1) => unary(F64Nearest),
        "f64.sqrt" / Fixed(1) => unary(F64Sqrt),
        "f64.add" / Fixed(2) => binary(F64Add), "f64.sub" / Fixed(2) => binary(F64Sub),
        "f64.min" / Fixed(2) => binary(F64Min), "f64.max" / Fixed(2) => binary(F64Max),
        "f64.copysign" / Fixed(2) => binary(F64Copysign),
        "i32.wrap_i64" / Fixed(1) => unary(I32WrapI64),
        "i32.trunc_f32_s" / Fixed(1) => unary(I32TruncSF32),
        "i32.trunc_f32_u" / Fixed(1) => unary(I32TruncUF32),
        "i32.trunc_f64_s" / Fixed(1) => unary(I32TruncSF64),
        "i32.trunc_f64_u" / Fixed(1) => unary(I32TruncUF64),
        "i64.extend_i32_s" / Fixed(1) => unary(I64ExtendSI32),
        "i64.extend_i32_u" / Fixed(1) => unary(I64ExtendUI32),
        "i64.trunc_f32_s" / Fixed(1) => unary(I64TruncSF32),
        "i64.trunc_f32_u" / Fixed(1) => unary(I64TruncUF32),
        "i64.trunc_f64_s" / Fixed(1) => unary(I64TruncSF64),
        "i64.trunc_f64_u" / Fixed(1) => unary(I64TruncUF64),
        "i32.trunc_sat_f32_s" / Fixed(1) => unary(I32TruncSSatF32),
        "i32.trunc_sat_f32_u" / Fixed(1) => unary(I32TruncUSatF32),
        "i32.trunc_sat_f64_s" / Fixed(1) => unary(I32TruncSSatF64),
        "i32.trunc_sat_f64_u" / Fixed(1) => unary(I32TruncUSatF64),
        "i64.trunc_sat_f32_s" / Fixed(1) => unary(I64TruncSSatF32),
        "i64.trunc_sat_f32_u" / Fixed(1) => unary(I64TruncUSatF32),
        "i64.trunc_sat_f64_s" / Fixed(1) => unary(I64TruncSSatF64),
        "i64.trunc_sat_f64_u" / Fixed(1) => unary(I64TruncUSatF64),
        "f32.convert_i32_s" / Fixed(1) => unary(F32ConvertSI32),
        "f32.convert_i32_u" / Fixed(1) => unary(F32ConvertUI32),
        "f32.convert_i64_s" / Fixed(1) => unary(F32ConvertSI64),
        "f32.convert_i64_u" / Fixed(1) => unary(F32ConvertUI64),
        "f32.demote_f64" / Fixed(1) => unary(F32DemoteF64),
        "f64.convert_i32_s" / Fixed(1) => unary(F64ConvertSI32),
        "f64.convert_i32_u" / Fixed(1) => unary(F64ConvertUI32),
        "f64.convert_i64_s" / Fixed(1) => unary(F64ConvertSI64),
        "f64.convert_i64_u" / Fixed(1) => unary(F64ConvertUI64),
        "f64.promote_f32" / Fixed(1) => unary(F64PromoteF32),
        "i32.reinterpret_f32" / Fixed(1) => unary(I32ReinterpretF32),
        "i64.reinterpret_f64" / Fixed(1) => unary(I64ReinterpretF64),
        "f32.reinterpret_i32" / Fixed(1) => unary(F32ReinterpretI32),
        "f64.reinterpret_i64" / Fixed(1) => unary(F64ReinterpretI64),
        "i32.extend8_s" / Fixed(1) => unary(I32Extend8S),
        "i32.extend16_s" / Fixed(1) => unary(I32Extend16S),
        "i64.extend8_s" / Fixed(1) => unary(I64Extend8S),
        "i64.extend16_s" / Fixed(1) => unary(I64Extend16S),
        "i64.extend32_s" / Fixed(1) => unary(I64Extend32S),
        "memory.size" / Fixed(0) => MemorySize, "memory.grow" / Fixed(1) => MemoryGrow,
        "memory.copy" / Fixed(3) => MemoryCopy,
        "memory.fill" / Fixed(3) => MemoryFill;
    // A float multiply takes longer than an add (a float doubled as x+x
    // ran Mandelbrot's loop in 0.9 of the time: cleanup/strength.rules).
    2:
        "f32.mul" / Fixed(2) => binary(F32Mul), "f64.mul" / Fixed(2) => binary(F64Mul);
    // Float divisions cost a little more, and calls more still, so that
    // cleanup rules prefer cheaper forms.
    3:
        "f32.div" / Fixed(2) => binary(F32Div), "f64.div" / Fixed(2) => binary(F64Div);
    4:
        "call" / AtLeast(1) => Call, "call_indirect" / Fixed(3) => CallIndirect;
    // An integer division takes tens of cycles where an add takes one and
    // a multiply a few, and the engine must check it for a trap. At 16, a
    // division by a constant loses to its multiply-and-shift form
    // (rules/cleanup/magic.rules: up to 15 nodes for a signed remainder
    // of a local) but not to one that repeats a large operand three times.
    16:
        "i32.div_s" / Fixed(2) => binary(I32DivS), "i32.div_u" / Fixed(2) => binary(I32DivU),
        "i32.rem_s" / Fixed(2) => binary(I32RemS), "i32.rem_u" / Fixed(2) => binary(I32RemU),
        "i64.div_s" / Fixed(2) => binary(I64DivS), "i64.div_u" / Fixed(2) => binary(I64DivU),
        "i64.rem_s" / Fixed(2) => binary(I64RemS), "i64.rem_u" / Fixed(2) => binary(I64RemU);
}

/// The row of a WebAssembly operator.
pub fn instruction(name: &str) -> Option<&'static WasmOp> {
    static INDEX: OnceLock<HashMap<&'static str, &'static WasmOp>> = OnceLock::new();
    INDEX
        .get_or_init(|| INSTRUCTIONS.iter().map(|w| (w.name, w)).collect())
        .get(name)
        .copied()
}
