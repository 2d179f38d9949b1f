//! A small timing harness for the benches: each benchmark runs once to warm
//! up, then a fixed number of samples, and prints the mean, the fastest and
//! the slowest. It replaces criterion, whose dependencies (serde with its
//! derive, among others) made `cargo test` rebuild crates `cargo build` had
//! already built with other features.
//!
//! `cargo bench --bench NAME -- FILTER` runs only the benchmarks whose name
//! contains FILTER.

use std::time::{Duration, Instant};

/// The benchmarks to run, from the command line.
pub struct Bencher {
    filter: Option<String>,
}

impl Bencher {
    pub fn from_args() -> Bencher {
        // Cargo passes `--bench`; anything else not starting with `-` filters.
        let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        Bencher { filter }
    }

    /// Times `work` over `samples` runs; `elements`, when given, adds the
    /// time per element (an export, a function) to the report.
    pub fn run(&self, name: &str, samples: usize, elements: Option<u64>, mut work: impl FnMut()) {
        if self
            .filter
            .as_ref()
            .is_some_and(|f| !name.contains(f.as_str()))
        {
            return;
        }
        work();
        let mut times: Vec<Duration> = (0..samples.max(1))
            .map(|_| {
                let start = Instant::now();
                work();
                start.elapsed()
            })
            .collect();
        times.sort();
        let mean = times.iter().sum::<Duration>() / times.len() as u32;
        let (fastest, slowest) = (times[0], times[times.len() - 1]);
        let per = match elements {
            Some(n) if n > 0 => format!("  ({:.1} µs each)", mean.as_secs_f64() * 1e6 / n as f64),
            _ => String::new(),
        };
        println!(
            "{name:<40} mean {:>9.2} ms  [median {:.2}, fastest {:.2}, slowest {:.2}] over {} runs{per}",
            ms(mean),
            ms(times[times.len() / 2]),
            ms(fastest),
            ms(slowest),
            times.len()
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
