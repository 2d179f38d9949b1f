//! Linear memory: package variables and string literals from 4096 up, then
//! the Go stack, which grows down from its top. A guard area at the bottom
//! of the stack leaves the runtime room to report a stack overflow.

use rustc_hash::FxHashMap as HashMap;

use crate::align::round_up;
use crate::ir::build::DataItem;

/// Where data starts (the first page stays unused, so no variable is at a
/// small address).
pub const DATA_START: u64 = 4096;
/// The Go stack.
pub const STACK_SIZE: u64 = 1 << 20;
/// What the stack check keeps free for the runtime's fatal error path.
pub const STACK_GUARD: u64 = 16 << 10;

pub struct MemoryLayout {
    addresses: HashMap<String, u64>,
    pub stack_limit: u64,
    pub stack_bottom: u64,
    pub stack_top: u64,
    pub pages: u64,
}

impl MemoryLayout {
    pub fn new(data: &[DataItem]) -> MemoryLayout {
        let mut addresses = HashMap::default();
        let mut at = DATA_START;
        for item in data {
            at = round_up(at, item.align.max(1));
            addresses.insert(item.symbol.clone(), at);
            at += item.size;
        }
        let stack_bottom = round_up(at, 16);
        let stack_top = stack_bottom + STACK_SIZE;
        MemoryLayout {
            addresses,
            stack_limit: stack_bottom + STACK_GUARD,
            stack_bottom,
            stack_top,
            pages: stack_top.div_ceil(65536),
        }
    }

    pub fn address(&self, symbol: &str) -> Option<u64> {
        self.addresses.get(symbol).copied()
    }
}
