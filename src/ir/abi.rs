//! Go's argument layout on wasm (docs/abi.md): parameters in order, each aligned
//! to its own alignment; results from the end of the parameters rounded up
//! to 8; the whole area rounded up to 8.

use crate::align::round_up;
use crate::check::types::{TypeId, Types};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub params: Vec<u64>,
    pub results: Vec<u64>,
    /// The size of the argument area (Go's ArgWidth, rounded to 8).
    pub width: u64,
}

pub fn layout(types: &Types, params: &[TypeId], results: &[TypeId]) -> Layout {
    let mut off = 0;
    let mut p = Vec::with_capacity(params.len());
    for &t in params {
        off = round_up(off, types.align(t));
        p.push(off);
        off += types.size(t);
    }
    off = round_up(off, 8);
    let mut r = Vec::with_capacity(results.len());
    for &t in results {
        off = round_up(off, types.align(t));
        r.push(off);
        off += types.size(t);
    }
    Layout {
        params: p,
        results: r,
        width: round_up(off, 8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::types::Basic;

    /// The checked layouts of docs/abi.md.
    #[test]
    fn spec_layouts() {
        let mut t = Types::new();
        let i32t = t.basic(Basic::Int32);
        let i64t = t.basic(Basic::Int64);
        let f64t = t.basic(Basic::Float64);
        let f32t = t.basic(Basic::Float32);
        let u32t = t.basic(Basic::Uint32);
        let boolt = t.basic(Basic::Bool);
        let strt = t.basic(Basic::String);
        assert_eq!(
            layout(&t, &[i32t, i32t], &[i32t]),
            Layout {
                params: vec![0, 4],
                results: vec![8],
                width: 16
            }
        );
        assert_eq!(
            layout(&t, &[i64t, f64t, f32t, u32t], &[f64t]),
            Layout {
                params: vec![0, 8, 16, 20],
                results: vec![24],
                width: 32
            }
        );
        assert_eq!(layout(&t, &[], &[]).width, 0);
        assert_eq!(
            layout(&t, &[boolt, i32t], &[boolt]),
            Layout {
                params: vec![0, 4],
                results: vec![8],
                width: 16
            }
        );
        assert_eq!(
            layout(&t, &[strt, i32t], &[i64t]),
            Layout {
                params: vec![0, 16],
                results: vec![24],
                width: 32
            }
        );
        let fifteen = vec![i64t; 15];
        assert_eq!(layout(&t, &fifteen, &[i64t]).width, 128);
        let sixteen = vec![i64t; 16];
        assert_eq!(layout(&t, &sixteen, &[i64t]).width, 136);
    }
}
