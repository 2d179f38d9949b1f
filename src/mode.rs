//! The build mode, a choice for the whole compilation: Go's
//! `-buildmode=exe` (a command: `_start` runs `main` and exits) or
//! `-buildmode=c-shared` (a reactor: `_initialize` prepares the package and
//! the host calls the exports). The IR builder picks the entry point by it,
//! and the emitter the module's first export.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exe,
    CShared,
}
