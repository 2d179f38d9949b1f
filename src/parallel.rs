//! Threads with the compiler's stack (checking, lowering and emitting
//! recurse as deep as the parser allows): one for a whole compilation, or
//! one per core for work shared among them.

use std::cell::Cell;

/// Stack size of a thread that compiles. Checking, lowering and emitting
/// recurse over the syntax tree, whose depth the parser bounds
/// (`syntax::build::MAX_NESTING`); this much stack holds that depth with
/// room to spare even in a debug build. The memory is reserved, not used.
pub const COMPILER_STACK: usize = 512 << 20;

thread_local! {
    /// Whether this thread has the compiler's stack.
    static LARGE_STACK: Cell<bool> = const { Cell::new(false) };
}

/// A thread with the compiler's stack.
pub fn compiler_thread() -> std::thread::Builder {
    std::thread::Builder::new().stack_size(COMPILER_STACK)
}

/// Runs `f` with [`COMPILER_STACK`] bytes of stack: on this thread if it
/// already has them (so that every public entry point can call this and
/// call the others), else on a new thread (on the current one if no thread
/// can be made). A panic in `f` is resumed here.
pub fn on_large_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    if LARGE_STACK.get() {
        return f();
    }
    let slot = std::sync::Mutex::new(Some(f));
    let take = || slot.lock().ok().and_then(|mut s| s.take());
    let spawned = std::thread::scope(|scope| {
        let handle = compiler_thread()
            .name("wexlab-compiler".to_string())
            .spawn_scoped(scope, || {
                LARGE_STACK.set(true);
                take().map(|f| f())
            });
        match handle {
            Ok(h) => match h.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match spawned {
        Some(r) => r,
        None => take().expect("the compilation ran on neither thread")(),
    }
}

/// The workers that share a compilation's parallel work: one per core,
/// each with the compiler's stack, made once per process. A thread made
/// for each batch of work started its allocator's heap from fresh pages
/// every time, and the kernel zeroed them: a small build made two dozen
/// threads and spent much of its time in page faults.
fn workers() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("wexlab-worker-{i}"))
            .stack_size(COMPILER_STACK)
            .start_handler(|_| LARGE_STACK.set(true))
            .build()
            .ok()
    })
    .as_ref()
}

/// `f` applied to every item, the results in the items' order, the items
/// shared among the workers. Runs on the current thread when there is one
/// core or one item, or no worker could be made; a panic in `f` is
/// resumed here.
pub fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    use rayon::prelude::*;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match workers() {
        Some(pool) if cores > 1 && items.len() > 1 => {
            let f = &f;
            pool.install(|| items.into_par_iter().map(f).collect())
        }
        _ => items.into_iter().map(f).collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        let squares = super::map(items, |x| x * x);
        assert_eq!(squares, (0..1000u64).map(|x| x * x).collect::<Vec<_>>());
        assert!(super::map(Vec::<u8>::new(), |x| x).is_empty());
    }
}
