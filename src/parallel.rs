//! Threads with the compiler's stack (checking, lowering and emitting
//! recurse as deep as the parser allows): one for a whole compilation, or
//! one per core for work shared among them.

use std::cell::Cell;
use std::sync::Mutex;

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

/// A thread's share of the items, with their positions.
type Slot<T> = Mutex<Option<Vec<(usize, T)>>>;

/// `f` applied to every item, the results in the items' order. Items are
/// dealt round-robin to one thread per core, so that a run of large items
/// does not land on one thread. Runs on the current thread when there is
/// one core, one item, or no thread can be made; a panic in `f` is resumed
/// here.
pub fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let count = items.len();
    let mut shares: Vec<Vec<(usize, T)>> = (0..threads).map(|_| Vec::new()).collect();
    for (k, item) in items.into_iter().enumerate() {
        shares[k % threads].push((k, item));
    }
    let f = &f;
    let work = move |share: Vec<(usize, T)>| {
        share
            .into_iter()
            .map(|(k, item)| (k, f(item)))
            .collect::<Vec<_>>()
    };
    // A share waits in its slot until its thread takes it, so that the
    // current thread can still do it if the thread cannot be made.
    let slots: Vec<Slot<T>> = shares.into_iter().map(|s| Mutex::new(Some(s))).collect();
    let take = |slot: &Slot<T>| {
        slot.lock()
            .ok()
            .and_then(|mut s| s.take())
            .unwrap_or_default()
    };
    let mut results: Vec<Option<R>> = (0..count).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = slots
            .iter()
            .map(|slot| {
                compiler_thread()
                    .spawn_scoped(scope, move || {
                        LARGE_STACK.set(true);
                        work(take(slot))
                    })
                    .map_err(|_| slot)
            })
            .collect();
        for h in handles {
            let done = match h {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(slot) => work(take(slot)),
            };
            for (k, r) in done {
                results[k] = Some(r);
            }
        }
    });
    results.into_iter().flatten().collect()
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
