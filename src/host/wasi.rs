//! The two WASI preview 1 functions wexlab's modules import: `fd_write`
//! (print, panics) and `proc_exit` (exe mode's exit status). Nothing else of
//! WASI is needed, so the host defines these two on wasmi itself.

use std::io::Write;

use wasmi::{Caller, Extern, Linker};

use super::{HostState, Stdio};

const MODULE: &str = "wasi_snapshot_preview1";

/// WASI errno values the two functions can return.
const ERRNO_SUCCESS: i32 = 0;
const ERRNO_BADF: i32 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_IO: i32 = 29;

/// Where the module's standard output and error go.
pub struct Output {
    stdio: Stdio,
    /// Standard output, when captured.
    pub stdout: Vec<u8>,
    /// Standard error, when captured.
    pub stderr: Vec<u8>,
}

impl Output {
    pub fn new(stdio: Stdio) -> Output {
        Output {
            stdio,
            stdout: Vec::new(),
            stderr: Vec::new(),
        }
    }

    fn write(&mut self, fd: i32, bytes: &[u8]) -> Result<(), i32> {
        let written = match (fd, self.stdio) {
            (1, Stdio::Inherit) => std::io::stdout().write_all(bytes),
            (2, Stdio::Inherit) => std::io::stderr().write_all(bytes),
            (1, Stdio::Capture) => {
                self.stdout.extend_from_slice(bytes);
                Ok(())
            }
            (2, Stdio::Capture) => {
                self.stderr.extend_from_slice(bytes);
                Ok(())
            }
            _ => return Err(ERRNO_BADF),
        };
        written.map_err(|_| ERRNO_IO)
    }
}

/// Adds `fd_write` and `proc_exit` to the linker.
pub fn add_to_linker(linker: &mut Linker<HostState>) -> Result<(), wasmi::Error> {
    linker.func_wrap(MODULE, "fd_write", fd_write)?;
    linker.func_wrap(
        MODULE,
        "proc_exit",
        |status: i32| -> Result<(), wasmi::Error> { Err(wasmi::Error::i32_exit(status)) },
    )?;
    Ok(())
}

/// `fd_write(fd, iovs, iovs_len, nwritten) -> errno`: writes each
/// (pointer, length) buffer of the iovec array, then stores the byte count.
fn fd_write(
    mut caller: Caller<'_, HostState>,
    fd: i32,
    iovs: i32,
    count: i32,
    nwritten: i32,
) -> i32 {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return ERRNO_FAULT;
    };
    let (memory, state) = memory.data_and_store_mut(&mut caller);
    let gathered = gather(memory, iovs as u32, count as u32);
    let Some(bytes) = gathered else {
        return ERRNO_FAULT;
    };
    if let Err(errno) = state.output.write(fd, &bytes) {
        return errno;
    }
    match slice_mut(memory, nwritten as u32, 4) {
        Some(out) => {
            out.copy_from_slice(&(bytes.len() as u32).to_le_bytes());
            ERRNO_SUCCESS
        }
        None => ERRNO_FAULT,
    }
}

/// The bytes of `count` iovecs at `iovs`, or `None` if any lies outside memory.
fn gather(memory: &[u8], iovs: u32, count: u32) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    for i in 0..count {
        let iovec = slice(memory, iovs.checked_add(i.checked_mul(8)?)?, 8)?;
        let word = |at: usize| {
            u32::from_le_bytes([iovec[at], iovec[at + 1], iovec[at + 2], iovec[at + 3]])
        };
        bytes.extend_from_slice(slice(memory, word(0), word(4))?);
    }
    Some(bytes)
}

fn slice(memory: &[u8], at: u32, len: u32) -> Option<&[u8]> {
    memory.get(at as usize..(at as usize).checked_add(len as usize)?)
}

fn slice_mut(memory: &mut [u8], at: u32, len: u32) -> Option<&mut [u8]> {
    memory.get_mut(at as usize..(at as usize).checked_add(len as usize)?)
}
