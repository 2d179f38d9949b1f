//! `wexlab-gen SEED [N]`: prints the program made from N (default 4096)
//! pseudo-random bytes seeded by SEED, to produce programs outside the
//! fuzzer.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(seed), len) = (args.first(), args.get(1)) else {
        eprintln!("usage: wexlab-gen SEED [N]");
        return ExitCode::FAILURE;
    };
    let (Ok(seed), Ok(len)) = (seed.parse::<u64>(), len.map_or(Ok(4096), |n| n.parse())) else {
        eprintln!("usage: wexlab-gen SEED [N] (both numbers)");
        return ExitCode::FAILURE;
    };
    let bytes = xorshift_bytes(seed, len);
    match wexlab_gen::program(&mut arbitrary::Unstructured::new(&bytes)) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("wexlab-gen: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `len` bytes of xorshift64 (Marsaglia's 13, 7, 17); a zero seed would
/// stay zero, so it is replaced.
fn xorshift_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = if seed == 0 {
        0x9E37_79B9_7F4A_7C15
    } else {
        seed
    };
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 56) as u8
        })
        .collect()
}
