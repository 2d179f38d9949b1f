//! The WASI functions Go's runtime imports besides `fd_write` and
//! `proc_exit` (which the embedded host already provides), so that `wexlab
//! run --bodies go` runs Go's modules: no arguments, no environment, no
//! preopened directories; clocks, randomness and `poll_oneoff`'s timers
//! (what `time.Sleep` waits in) are real.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use wasmi::{Caller, Extern, Linker};

use crate::host::HostState;

const MODULE: &str = "wasi_snapshot_preview1";
const ERRNO_SUCCESS: i32 = 0;
const ERRNO_BADF: i32 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;

/// Adds Go's other WASI imports to the linker.
pub fn add_to_linker(linker: &mut Linker<HostState>) -> Result<(), wasmi::Error> {
    let started = Instant::now();
    linker.func_wrap(MODULE, "sched_yield", || ERRNO_SUCCESS)?;
    // No arguments and no environment: both counts and sizes are zero.
    for name in ["args_sizes_get", "environ_sizes_get"] {
        linker.func_wrap(
            MODULE,
            name,
            |mut c: Caller<'_, HostState>, count: i32, size: i32| {
                errno(
                    store(&mut c, count, &0u32.to_le_bytes())
                        .and_then(|()| store(&mut c, size, &0u32.to_le_bytes())),
                )
            },
        )?;
    }
    for name in ["args_get", "environ_get"] {
        linker.func_wrap(MODULE, name, |_: i32, _: i32| ERRNO_SUCCESS)?;
    }
    linker.func_wrap(
        MODULE,
        "clock_time_get",
        move |mut c: Caller<'_, HostState>, id: i32, _precision: i64, out: i32| {
            let Some(now) = clock(id, started) else {
                return ERRNO_INVAL;
            };
            errno(store(&mut c, out, &(now.as_nanos() as u64).to_le_bytes()))
        },
    )?;
    linker.func_wrap(MODULE, "random_get", random_get)?;
    linker.func_wrap(MODULE, "poll_oneoff", poll_oneoff)?;
    linker.func_wrap(MODULE, "fd_close", |_: i32| ERRNO_SUCCESS)?;
    linker.func_wrap(MODULE, "fd_fdstat_get", fd_fdstat_get)?;
    linker.func_wrap(MODULE, "fd_fdstat_set_flags", |_: i32, _: i32| {
        ERRNO_SUCCESS
    })?;
    // No preopened directories.
    linker.func_wrap(MODULE, "fd_prestat_get", |_: i32, _: i32| ERRNO_BADF)?;
    linker.func_wrap(MODULE, "fd_prestat_dir_name", |_: i32, _: i32, _: i32| {
        ERRNO_BADF
    })?;
    Ok(())
}

/// WASI's clock `id`: 0 the real time, 1 the monotonic clock (from the
/// host's start), 2 and 3 (CPU time) as monotonic.
fn clock(id: i32, started: Instant) -> Option<Duration> {
    match id {
        0 => SystemTime::now().duration_since(UNIX_EPOCH).ok(),
        1..=3 => Some(started.elapsed()),
        _ => None,
    }
}

fn errno(r: Option<()>) -> i32 {
    r.map_or(ERRNO_FAULT, |()| ERRNO_SUCCESS)
}

fn memory<'c>(c: &'c mut Caller<'_, HostState>) -> Option<&'c mut [u8]> {
    let Some(Extern::Memory(m)) = c.get_export("memory") else {
        return None;
    };
    Some(m.data_mut(c))
}

fn store(c: &mut Caller<'_, HostState>, at: i32, bytes: &[u8]) -> Option<()> {
    let at = at as u32 as usize;
    memory(c)?
        .get_mut(at..at.checked_add(bytes.len())?)?
        .copy_from_slice(bytes);
    Some(())
}

fn load(c: &mut Caller<'_, HostState>, at: usize, len: usize) -> Option<Vec<u8>> {
    Some(memory(c)?.get(at..at.checked_add(len)?)?.to_vec())
}

/// Fills the buffer from a xorshift generator seeded by the clock: Go uses
/// these bytes for hash seeds and `math/rand`, not for secrets.
fn random_get(mut c: Caller<'_, HostState>, buf: i32, len: i32) -> i32 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    let mut x = nanos | 1;
    let bytes: Vec<u8> = (0..len.max(0))
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    errno(store(&mut c, buf, &bytes))
}

/// Standard input, output and error are character devices; every other
/// descriptor is closed.
fn fd_fdstat_get(mut c: Caller<'_, HostState>, fd: i32, out: i32) -> i32 {
    if !(0..=2).contains(&fd) {
        return ERRNO_BADF;
    }
    const CHARACTER_DEVICE: u8 = 2;
    let mut stat = [0u8; 24];
    stat[0] = CHARACTER_DEVICE;
    // Every right.
    stat[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
    stat[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
    errno(store(&mut c, out, &stat))
}

/// The size of a subscription and of an event, and the clock's event type.
const SUBSCRIPTION: usize = 48;
const EVENT: usize = 32;
const EVENTTYPE_CLOCK: u8 = 0;
const SUBSCRIPTION_CLOCK_ABSTIME: u16 = 1;

/// Waits for the earliest clock subscription and reports it (Go's
/// scheduler calls this when every goroutine waits on a timer). Descriptor
/// subscriptions never fire: nothing is read.
fn poll_oneoff(mut c: Caller<'_, HostState>, subs: i32, events: i32, count: i32, out: i32) -> i32 {
    let Some(bytes) = load(
        &mut c,
        subs as u32 as usize,
        SUBSCRIPTION * count.max(0) as usize,
    ) else {
        return ERRNO_FAULT;
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or([0; 8]));
    let earliest = bytes
        .chunks_exact(SUBSCRIPTION)
        .filter(|s| s[8] == EVENTTYPE_CLOCK)
        .map(|s| {
            let timeout = Duration::from_nanos(word(s, 24));
            let flags = u16::from_le_bytes([s[40], s[41]]);
            let wait = if flags & SUBSCRIPTION_CLOCK_ABSTIME != 0 {
                timeout.saturating_sub(now)
            } else {
                timeout
            };
            (wait, word(s, 0))
        })
        .min();
    let Some((wait, userdata)) = earliest else {
        return ERRNO_INVAL;
    };
    std::thread::sleep(wait);
    let mut event = [0u8; EVENT];
    event[0..8].copy_from_slice(&userdata.to_le_bytes());
    event[10] = EVENTTYPE_CLOCK;
    errno(store(&mut c, events, &event).and_then(|()| store(&mut c, out, &1u32.to_le_bytes())))
}
