//! The data section: the initialized package variables and strings the
//! kept code uses.

use walrus::ir::Value;
use walrus::{ConstExpr, MemoryId, Module};

use super::layout::MemoryLayout;
use crate::ir::build::DataItem;

/// Active data segments for the initialized package variables and strings.
/// Items close to each other share a segment (the zeros between them cost
/// less than a segment header).
pub fn add_data(module: &mut Module, memory: MemoryId, layout: &MemoryLayout, data: &[DataItem]) {
    const GAP: u64 = 6;
    let mut items: Vec<(u64, &[u8])> = data
        .iter()
        .filter_map(|item| {
            let bytes = item.bytes.as_deref()?;
            let addr = layout.address(&item.symbol)?;
            // Memory starts zeroed: leading and trailing zeros need no bytes.
            let first = bytes.iter().position(|b| *b != 0)?;
            let last = bytes.iter().rposition(|b| *b != 0)?;
            Some((addr + first as u64, &bytes[first..=last]))
        })
        .collect();
    items.sort_by_key(|(a, _)| *a);
    let mut segments: Vec<(u64, Vec<u8>)> = Vec::new();
    for (addr, bytes) in items {
        match segments.last_mut() {
            Some((start, seg))
                if addr >= *start + seg.len() as u64
                    && addr - (*start + seg.len() as u64) <= GAP =>
            {
                seg.resize((addr - *start) as usize, 0);
                seg.extend_from_slice(bytes);
            }
            _ => segments.push((addr, bytes.to_vec())),
        }
    }
    for (addr, bytes) in segments {
        module.data.add(
            walrus::DataKind::Active {
                memory,
                offset: ConstExpr::Value(Value::I32(addr as i32)),
            },
            bytes,
        );
    }
}
