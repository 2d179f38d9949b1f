//! Argument tuples for calling an export with values a host might send:
//! edge values first, then seeded random ones. `wexlab diff --run` and the
//! alternate-ABI tests call exports with them.

use super::Value;

/// Values at the edges of a wasm type. For `i32`, the minimum and maximum
/// of every Go integer type that crosses as an i32 (int8 … uint32), and one
/// past them, where narrowing and extension show.
fn edges(ty: &str) -> Vec<Value> {
    match ty {
        "i32" => [
            0,
            1,
            -1,
            i32::MIN,
            i32::MAX,
            i8::MIN.into(),
            i8::MAX.into(),
            u8::MAX.into(),
            i16::MIN.into(),
            i16::MAX.into(),
            u16::MAX.into(),
            128,
            256,
            300,
            -129,
            32768,
            65536,
            -32769,
        ]
        .into_iter()
        .map(Value::I32)
        .collect(),
        "i64" => [
            0,
            1,
            -1,
            i64::MIN,
            i64::MAX,
            i32::MIN.into(),
            i32::MAX.into(),
            u32::MAX.into(),
            1 << 32,
            255,
            -129,
            65536,
        ]
        .into_iter()
        .map(Value::I64)
        .collect(),
        "f32" => [
            0.0,
            1.0,
            -1.0,
            f32::MIN,
            f32::MAX,
            f32::NAN,
            -0.0,
            f32::INFINITY,
            0.5,
        ]
        .into_iter()
        .map(Value::F32)
        .collect(),
        _ => [
            0.0,
            1.0,
            -1.0,
            f64::MIN,
            f64::MAX,
            f64::NAN,
            -0.0,
            f64::INFINITY,
            0.5,
        ]
        .into_iter()
        .map(Value::F64)
        .collect(),
    }
}

/// xorshift64*: the same numbers for the same seed on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn value(&mut self, ty: &str) -> Value {
        let bits = self.next();
        // Half of the integers are small, where most arithmetic happens.
        let small = bits & 1 == 0;
        let wide = bits >> 1;
        match ty {
            "i32" if small => Value::I32((wide % 2001) as i32 - 1000),
            "i32" => Value::I32(wide as i32),
            "i64" if small => Value::I64((wide % 2001) as i64 - 1000),
            "i64" => Value::I64(wide as i64),
            "f32" => Value::F32(((wide % 2_000_001) as f32 - 1e6) / 64.0),
            _ => Value::F64(((wide % 2_000_001) as f64 - 1e6) / 64.0),
        }
    }
}

/// `n` argument tuples for parameters of wasm types `types` (`i32`, `i64`,
/// `f32`, `f64`). First the edges: tuple e of shift s gives parameter j its
/// edge e + s·j, so that the first tuples hold one edge in every parameter
/// and two parameters of one type meet in every pair of edges; then random
/// values from `seed`.
pub fn tuples(types: &[String], n: usize, seed: u64) -> Vec<Vec<Value>> {
    let edges: Vec<Vec<Value>> = types.iter().map(|t| edges(t)).collect();
    let widest = edges.iter().map(Vec::len).max().unwrap_or(1);
    let mut out: Vec<Vec<Value>> = Vec::with_capacity(n);
    'edges: for shift in 0..widest {
        for e in 0..widest {
            if out.len() == n {
                break 'edges;
            }
            out.push(
                edges
                    .iter()
                    .enumerate()
                    .map(|(j, values)| values[(e + shift * j) % values.len()])
                    .collect(),
            );
        }
        // Without parameters, one call says everything.
        if types.is_empty() {
            return out;
        }
    }
    let mut random = Random(seed | 1);
    while out.len() < n {
        out.push(types.iter().map(|t| random.value(t)).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn edges_come_first_and_pairs_of_one_type_meet() {
        let t = tuples(&types(&["i32", "i32"]), 18 * 18, 1);
        assert_eq!(t[0], [Value::I32(0), Value::I32(0)]);
        assert_eq!(t[3], [Value::I32(i32::MIN), Value::I32(i32::MIN)]);
        for a in edges("i32") {
            for b in edges("i32") {
                assert!(t.contains(&vec![a, b]), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn random_values_follow_and_repeat_with_the_seed() {
        // As text, where a NaN equals itself.
        let text = |seed| format!("{:?}", tuples(&types(&["i64", "f64"]), 500, seed));
        assert_eq!(text(7), text(7));
        assert_ne!(text(7), text(8));
        assert_eq!(tuples(&types(&["i64"]), 500, 7).len(), 500);
    }

    #[test]
    fn no_parameters_one_call() {
        assert_eq!(tuples(&[], 50, 1), vec![Vec::<Value>::new()]);
    }
}
