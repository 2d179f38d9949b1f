//! The final pass, over the code section walrus wrote: what walrus cannot
//! write, empty `else` arms left out and the real return addresses of
//! export wrappers.

use rustc_hash::FxHashSet as HashSet;

/// The placeholder PC_F: as long to encode as any real one (five LEB bytes).
pub const PC_F_PLACEHOLDER: i64 = 0x1000;

/// Finishes the code section walrus wrote: drops empty `else` arms (walrus
/// always writes one; Go's wrappers have `if … end`), and rewrites
/// `i64.const (PLACEHOLDER<<16 | PC_B)` in export wrappers (the functions
/// exported under the names in `wrappers`) with the wrapper's real PC_F,
/// known only now that walrus has ordered the functions.
pub fn finish(bytes: &[u8], wrappers: &HashSet<&str>) -> Result<Vec<u8>, String> {
    use wasm_encoder::{Encode, SectionId};
    use wasmparser::{Operator, Parser, Payload};
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut imported = 0u32;
    // Export wrappers, by function index (from the export section).
    let mut wrapper_index: HashSet<u32> = HashSet::default();
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    let mut code_section: Option<(usize, usize)> = None;
    let mut prev_end = 8;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(err)?;
        if let Some((_, range)) = payload.as_section() {
            if let Payload::CodeSectionStart { .. } = payload {
                code_section = Some((prev_end, range.end));
            }
            prev_end = range.end;
        }
        match payload {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp.map_err(err)?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                bodies.push((range.start, range.end));
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(err)?;
                    if e.kind == wasmparser::ExternalKind::Func && wrappers.contains(e.name) {
                        wrapper_index.insert(e.index);
                    }
                }
            }
            _ => {}
        }
    }
    let Some((section_start, section_end)) = code_section else {
        return Ok(bytes.to_vec());
    };
    let mut code = Vec::new();
    (bodies.len() as u32).encode(&mut code);
    for (i, &(start, end)) in bodies.iter().enumerate() {
        let is_wrapper = wrapper_index.contains(&(imported + i as u32));
        // Without the `else` opcode's byte anywhere, a body has no `else`
        // arm: outside wrappers, nothing to change.
        if !is_wrapper && !bytes[start..end].contains(&ELSE_OPCODE) {
            ((end - start) as u32).encode(&mut code);
            code.extend_from_slice(&bytes[start..end]);
            continue;
        }
        let pc_f = 0x1000 + i as i64;
        let mut drop_at = Vec::new();
        let mut patches = Vec::new();
        let body =
            wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(&bytes[start..end], start));
        let mut ops = body.get_operators_reader().map_err(err)?;
        let mut pending_else: Option<usize> = None;
        while !ops.eof() {
            let (op, offset) = ops.read_with_offset().map_err(err)?;
            if let Some(at) = pending_else.take()
                && matches!(op, Operator::End)
            {
                drop_at.push(at);
            }
            match op {
                Operator::Else => pending_else = Some(offset),
                Operator::I64Const { value }
                    if is_wrapper && value >> 16 == PC_F_PLACEHOLDER && (value & 0xffff) <= 1 =>
                {
                    patches.push((offset + 1, (pc_f << 16) | (value & 0xffff)));
                }
                _ => {}
            }
        }
        let mut out = bytes[start..end].to_vec();
        for (at, value) in patches {
            let mut enc = Vec::new();
            value.encode(&mut enc);
            if enc.len() != 5 {
                return Err(format!(
                    "return address {value:#x} does not encode in five bytes"
                ));
            }
            out[at - start..at - start + 5].copy_from_slice(&enc);
        }
        for at in drop_at.into_iter().rev() {
            out.remove(at - start);
        }
        (out.len() as u32).encode(&mut code);
        code.extend_from_slice(&out);
    }
    let mut result = bytes[..section_start].to_vec();
    result.push(SectionId::Code as u8);
    (code.len() as u32).encode(&mut result);
    result.extend_from_slice(&code);
    result.extend_from_slice(&bytes[section_end..]);
    Ok(result)
}

/// `else` in the binary format.
const ELSE_OPCODE: u8 = 0x05;
