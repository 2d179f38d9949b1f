//! Function bodies: every kept function declared, then its body emitted
//! (on every core), its frame sized and its dead code dropped.

use rustc_hash::FxHashMap as HashMap;

use egg::Id;
use walrus::ir::{Instr, InstrSeqId};
use walrus::{FunctionBuilder, FunctionId, LocalFunction, LocalId, Module};

use super::EmitError;
use super::collect::{FuncDef, ImportDef};
use super::instructions::{Body, Context};
use super::reach::Reach;
use crate::ir::lang::Node;
use crate::rewrite::lowered::LoweredTerm;

/// What a recursive function takes from the Go stack per call, though it
/// keeps nothing there: the Go stack's limit then bounds the recursion
/// depth. It grows with the function's locals, which its frame on the host's
/// own stack holds, so that the host's stack (about 512 KiB in wasmtime, half
/// the Go stack) never runs out before the runtime can report the overflow.
fn recursion_frame(locals: usize) -> u64 {
    64 + 16 * locals as u64
}

/// What the emitter knows of a function from the whole module.
#[derive(Clone, Copy)]
struct How {
    /// It calls itself, directly or not: its frame bounds the recursion.
    recursive: bool,
    /// It needs a frame: it is recursive or calls a Go-ABI function.
    framed: bool,
    /// Dead code may go (everywhere but in export wrappers, which are Go's).
    trim: bool,
}

/// A declared function: its id and its locals, parameters first.
pub type Declared = (FunctionId, Vec<LocalId>);

/// Adds the imports and declares the functions, so that bodies can call any
/// of them. Returns the functions code calls, by name (wrappers are not
/// among them), and each function's declaration, in the order of `funcs`.
pub fn declare(
    module: &mut Module,
    imports: &[&ImportDef],
    funcs: &[(usize, &FuncDef<'_>)],
) -> (HashMap<String, FunctionId>, Vec<Declared>) {
    let mut ids: HashMap<String, FunctionId> = HashMap::default();
    for imp in imports {
        let ty = module.types.add(&imp.params, &imp.results);
        let (fid, _) = module.add_import_func(&imp.module, &imp.name, ty);
        module.funcs.get_mut(fid).name = Some(imp.func.clone());
        ids.entry(imp.func.clone()).or_insert(fid);
    }
    let mut declared: Vec<Declared> = Vec::new();
    for (_, f) in funcs {
        let mut fb = FunctionBuilder::new(&mut module.types, &f.params, &f.results);
        fb.name(f.name.clone());
        let params: Vec<LocalId> = f.params.iter().map(|t| module.locals.add(*t)).collect();
        let mut all = params.clone();
        all.extend(f.locals.iter().map(|t| module.locals.add(*t)));
        let fid = fb.finish(params, &mut module.funcs);
        if !f.wrapper {
            ids.entry(f.name.clone()).or_insert(fid);
        }
        declared.push((fid, all));
    }
    (ids, declared)
}

/// Emits the bodies of the declared functions. They are independent of each
/// other: they are built in parallel.
pub fn emit_bodies(
    module: &mut Module,
    ctx: &Context<'_>,
    funcs: &[(usize, &FuncDef<'_>)],
    declared: &[Declared],
    reach: &Reach,
) -> Result<(), EmitError> {
    let position: HashMap<FunctionId, usize> = declared
        .iter()
        .enumerate()
        .map(|(k, (fid, _))| (*fid, k))
        .collect();
    let mut jobs: Vec<(usize, &mut LocalFunction)> = module
        .funcs
        .iter_local_mut()
        .filter_map(|(fid, local)| Some((*position.get(&fid)?, local)))
        .collect();
    // In module order, so that the first error reported is the first
    // function's, whatever the threads did.
    jobs.sort_by_key(|(k, _)| *k);
    crate::parallel::map(jobs, |(k, local)| {
        let (i, f) = funcs[k];
        let how = How {
            recursive: reach.recursive.contains(&i),
            framed: reach.framed.contains(&i),
            // Export wrappers are Go's instructions, dead code included.
            trim: !f.wrapper,
        };
        let locals = &declared[k].1;
        emit_body(
            ctx,
            local.builder_mut(),
            &f.name,
            f.term,
            f.body,
            locals,
            how,
        )
    })
    .into_iter()
    .collect()
}

/// Emits a wrapper's body into a function declared elsewhere (Go's module,
/// `--bodies go`): no frame, its instructions as the rules gave them.
pub fn emit_wrapper(
    ctx: &Context<'_>,
    fb: &mut FunctionBuilder,
    f: &FuncDef<'_>,
    locals: &[LocalId],
) -> Result<(), EmitError> {
    let how = How {
        recursive: false,
        framed: false,
        trim: false,
    };
    emit_body(ctx, fb, &f.name, f.term, f.body, locals, how)
}

fn emit_body(
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
    // The outgoing argument area, then the locals that live in memory,
    // plus what recursion takes.
    let outgoing = outgoing_args(ctx, t, body);
    let frame = outgoing
        + frame_area(t, body)
        + if recursive {
            recursion_frame(locals.len())
        } else {
            0
        };
    let mut b = Body::new(ctx, func, t, locals, (frame, outgoing), framed);
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

/// The bytes of the locals a function keeps in its frame: what its
/// `(frame-area N)` says (rounded up to 8 by the front end).
pub fn frame_area(t: &LoweredTerm, body: Id) -> u64 {
    let mut max = 0;
    let mut stack = vec![body];
    while let Some(i) = stack.pop() {
        if let Node::Op(op, c) = t.node(i) {
            if op.as_str() == "frame-area"
                && let Some(Node::Num(n)) = c.first().map(|&x| t.node(x))
            {
                max = max.max(*n as u64);
            }
            stack.extend(c.iter().copied());
        }
    }
    max
}

/// The outgoing argument area: the largest ArgWidth of the Go-ABI
/// functions the body calls, rounded up to 8.
fn outgoing_args(ctx: &Context<'_>, t: &LoweredTerm, body: Id) -> u64 {
    let mut max = 0;
    let mut stack = vec![body];
    while let Some(i) = stack.pop() {
        if let Node::Op(op, c) = t.node(i) {
            if op.as_str() == "call"
                && let Some(f) = t.name(c[0])
                && let Some(w) = ctx.arg_widths.get(f.as_str())
            {
                max = max.max(*w);
            }
            stack.extend(c.iter().copied());
        }
    }
    max.div_ceil(8) * 8
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
