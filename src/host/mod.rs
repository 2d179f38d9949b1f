//! An embedded WebAssembly host (wasmi, with the two WASI functions wexlab's
//! modules use) for `wexlab run` and for tests: instantiate a module, call
//! its exports, read what it wrote to standard error, and see how each call
//! ended.

pub mod args;
mod wasi;

use std::fmt;

use wasmi::{Config, Engine, Linker, Module, Store, Val};

/// A wasm value given to or returned by an export.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::I32(v) => write!(f, "{v}"),
            Value::I64(v) => write!(f, "{v}"),
            Value::F32(v) => write!(f, "{v}"),
            Value::F64(v) => write!(f, "{v}"),
        }
    }
}

/// How a value of an export's result reads in Go: the wasm value alone
/// does not say whether an `i32` is an `int32`, a `uint32` or a `bool`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoKind {
    Signed,
    /// Unsigned integers, `uintptr`, pointers.
    Unsigned,
    Bool,
    Float,
}

impl Value {
    /// The value as Go prints a value of that kind.
    pub fn show(&self, kind: GoKind) -> String {
        match (self, kind) {
            (Value::I32(v), GoKind::Unsigned) => (*v as u32).to_string(),
            (Value::I64(v), GoKind::Unsigned) => (*v as u64).to_string(),
            (Value::I32(v), GoKind::Bool) => (*v != 0).to_string(),
            (Value::I64(v), GoKind::Bool) => (*v != 0).to_string(),
            _ => self.to_string(),
        }
    }
}

impl From<Value> for Val {
    fn from(v: Value) -> Val {
        match v {
            Value::I32(x) => Val::I32(x),
            Value::I64(x) => Val::I64(x),
            Value::F32(x) => Val::F32(x.into()),
            Value::F64(x) => Val::F64(x.into()),
        }
    }
}

fn from_val(v: &Val) -> Option<Value> {
    Some(match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(x) => Value::F32(x.to_float()),
        Val::F64(x) => Value::F64(x.to_float()),
        _ => return None,
    })
}

fn type_names(types: &[wasmi::ValType]) -> Vec<String> {
    types
        .iter()
        .map(|t| format!("{t:?}").to_lowercase())
        .collect()
}

/// How a call ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Returned(Vec<Value>),
    /// WASI `proc_exit` with this status.
    Exit(i32),
    /// A trap, with the engine's reason.
    Trap(String),
}

#[derive(Debug, thiserror::Error)]
pub enum HostError {
    #[error("the module does not load: {0}")]
    Load(String),
    #[error(
        "the module cannot be instantiated: {0} (wexlab's host provides only WASI's fd_write and proc_exit)"
    )]
    Instantiate(String),
    #[error("the module has no exported function named {name} (it exports: {exports})")]
    NoExport { name: String, exports: String },
    #[error("{name} takes {want} argument(s), {got} given")]
    Arity {
        name: String,
        want: usize,
        got: usize,
    },
    #[error(
        "no room for the string argument `{0}`: the module exports no memory, or it cannot grow"
    )]
    NoMemory(String),
    #[error("{len} byte(s) at {at} lie outside the module's exported memory")]
    OutOfBounds { at: u32, len: usize },
    #[error("argument {index} of {name}: `{text}` is not a valid {ty}")]
    BadArgument {
        name: String,
        index: usize,
        text: String,
        ty: String,
    },
}

/// State of the store: what the host functions need.
pub struct HostState {
    output: wasi::Output,
}

pub struct Host {
    store: Store<HostState>,
    instance: wasmi::Instance,
}

/// What the host does with the module's standard output and error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stdio {
    Inherit,
    Capture,
}

impl Host {
    /// Instantiates a module; `define` may add host functions the module imports.
    pub fn new(
        bytes: &[u8],
        stdio: Stdio,
        define: impl FnOnce(&mut Linker<HostState>) -> Result<(), wasmi::Error>,
    ) -> Result<Host, HostError> {
        Host::with_fuel(bytes, stdio, None, define)
    }

    /// `new`, with at most `fuel` units of work (roughly instructions) for
    /// everything the module runs, so that a module that loops forever
    /// traps instead of hanging its caller (the fuzzer).
    pub fn with_fuel(
        bytes: &[u8],
        stdio: Stdio,
        fuel: Option<u64>,
        define: impl FnOnce(&mut Linker<HostState>) -> Result<(), wasmi::Error>,
    ) -> Result<Host, HostError> {
        let mut config = Config::default();
        // Deep recursion must reach the Go stack's own check first.
        config.set_max_recursion_depth(1 << 20);
        config.set_max_stack_height(1 << 28);
        config.consume_fuel(fuel.is_some());
        let engine = Engine::new(&config);
        let module = Module::new(&engine, bytes).map_err(|e| HostError::Load(e.to_string()))?;
        let mut linker: Linker<HostState> = Linker::new(&engine);
        wasi::add_to_linker(&mut linker).map_err(|e| HostError::Instantiate(e.to_string()))?;
        define(&mut linker).map_err(|e| HostError::Instantiate(e.to_string()))?;
        let output = wasi::Output::new(stdio);
        let mut store = Store::new(&engine, HostState { output });
        if let Some(fuel) = fuel {
            store
                .set_fuel(fuel)
                .map_err(|e| HostError::Instantiate(e.to_string()))?;
        }
        let instance = linker
            .instantiate_and_start(&mut store, &module)
            .map_err(|e| HostError::Instantiate(e.to_string()))?;
        Ok(Host { store, instance })
    }

    /// The wasm parameter types of an export, as names (`i32`, …).
    pub fn param_types(&self, name: &str) -> Result<Vec<String>, HostError> {
        Ok(type_names(self.func_type(name)?.params()))
    }

    /// The wasm result types of an export, as names (`i32`, …).
    pub fn result_types(&self, name: &str) -> Result<Vec<String>, HostError> {
        Ok(type_names(self.func_type(name)?.results()))
    }

    /// The names of the functions the module exports, but for its entry
    /// points (`_start`, `_initialize`).
    pub fn exported_functions(&self) -> Vec<String> {
        let exports = self.instance.exports(&self.store);
        exports
            .filter(|e| e.clone().into_func().is_some())
            .map(|e| e.name().to_string())
            .filter(|n| n != "_start" && n != "_initialize")
            .collect()
    }

    fn no_export(&self, name: &str) -> HostError {
        let exports = self.exported_functions();
        HostError::NoExport {
            name: name.to_string(),
            exports: if exports.is_empty() {
                "no other function".to_string()
            } else {
                exports.join(", ")
            },
        }
    }

    fn func_type(&self, name: &str) -> Result<wasmi::FuncType, HostError> {
        let func = self
            .instance
            .get_func(&self.store, name)
            .ok_or_else(|| self.no_export(name))?;
        Ok(func.ty(&self.store))
    }

    /// Calls an export with arguments written as text, parsed by the
    /// export's parameter types. `str:TEXT` is a string: two parameters,
    /// the address and length of TEXT, which the host writes into new
    /// pages of the module's memory (as tests/oracle/host.py does).
    pub fn call_text(&mut self, name: &str, args: &[String]) -> Result<Outcome, HostError> {
        let args = self.place_strings(args)?;
        let types = self.param_types(name)?;
        if types.len() != args.len() {
            return Err(HostError::Arity {
                name: name.to_string(),
                want: types.len(),
                got: args.len(),
            });
        }
        let mut values = Vec::new();
        for (i, (t, a)) in types.iter().zip(args).enumerate() {
            let bad = || HostError::BadArgument {
                name: name.to_string(),
                index: i + 1,
                text: a.clone(),
                ty: t.clone(),
            };
            values.push(match t.as_str() {
                "i32" => Value::I32(
                    a.parse::<i32>()
                        .or_else(|_| a.parse::<u32>().map(|u| u as i32))
                        .map_err(|_| bad())?,
                ),
                "i64" => Value::I64(
                    a.parse::<i64>()
                        .or_else(|_| a.parse::<u64>().map(|u| u as i64))
                        .map_err(|_| bad())?,
                ),
                "f32" => Value::F32(a.parse::<f32>().map_err(|_| bad())?),
                "f64" => Value::F64(a.parse::<f64>().map_err(|_| bad())?),
                _ => return Err(bad()),
            });
        }
        self.call(name, &values)
    }

    /// `args` with each `str:TEXT` written into memory and replaced by its
    /// address and length.
    pub fn place_strings(&mut self, args: &[String]) -> Result<Vec<String>, HostError> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            let Some(text) = a.strip_prefix("str:") else {
                out.push(a.clone());
                continue;
            };
            let memory = self
                .instance
                .get_memory(&self.store, "memory")
                .ok_or_else(|| HostError::NoMemory(a.clone()))?;
            let pages = text.len() as u64 / 65536 + 1;
            let full = || HostError::NoMemory(a.clone());
            let base = memory.grow(&mut self.store, pages).map_err(|_| full())? * 65536;
            let at = usize::try_from(base).map_err(|_| full())?;
            memory
                .write(&mut self.store, at, text.as_bytes())
                .map_err(|_| full())?;
            out.push(base.to_string());
            out.push(text.len().to_string());
        }
        Ok(out)
    }

    /// The module's exported memory, for a host reading and writing it
    /// between calls (the oracle's `read:` and `write:` steps).
    fn memory(&self, at: u32, len: usize) -> Result<wasmi::Memory, HostError> {
        self.instance
            .get_memory(&self.store, "memory")
            .ok_or(HostError::OutOfBounds { at, len })
    }

    /// `len` bytes of the module's memory at `at`.
    pub fn read_memory(&self, at: u32, len: usize) -> Result<Vec<u8>, HostError> {
        let mut bytes = vec![0; len];
        self.memory(at, len)?
            .read(&self.store, at as usize, &mut bytes)
            .map_err(|_| HostError::OutOfBounds { at, len })?;
        Ok(bytes)
    }

    /// The size of the module's memory in bytes (how far it has grown).
    pub fn memory_size(&self) -> Result<usize, HostError> {
        Ok(self.memory(0, 0)?.data_size(&self.store))
    }

    /// Writes `bytes` into the module's memory at `at`.
    pub fn write_memory(&mut self, at: u32, bytes: &[u8]) -> Result<(), HostError> {
        let len = bytes.len();
        self.memory(at, len)?
            .write(&mut self.store, at as usize, bytes)
            .map_err(|_| HostError::OutOfBounds { at, len })
    }

    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Outcome, HostError> {
        let func = self
            .instance
            .get_func(&self.store, name)
            .ok_or_else(|| self.no_export(name))?;
        let ty = func.ty(&self.store);
        if ty.params().len() != args.len() {
            return Err(HostError::Arity {
                name: name.to_string(),
                want: ty.params().len(),
                got: args.len(),
            });
        }
        let inputs: Vec<Val> = args.iter().map(|a| (*a).into()).collect();
        let mut outputs: Vec<Val> = ty
            .results()
            .iter()
            .map(|t| Val::default_for_ty(*t))
            .collect();
        Ok(match func.call(&mut self.store, &inputs, &mut outputs) {
            Ok(()) => Outcome::Returned(outputs.iter().filter_map(from_val).collect()),
            Err(e) => match e.i32_exit_status() {
                Some(code) => Outcome::Exit(code),
                None => Outcome::Trap(match e.as_trap_code() {
                    Some(code) => code.to_string(),
                    None => e.to_string(),
                }),
            },
        })
    }

    /// Gives a module made `with_fuel` `fuel` units for what it runs next.
    pub fn refuel(&mut self, fuel: u64) -> Result<(), HostError> {
        self.store
            .set_fuel(fuel)
            .map_err(|e| HostError::Instantiate(e.to_string()))
    }

    /// What the module wrote to standard error (when captured).
    pub fn stderr(self) -> Vec<u8> {
        self.store.into_data().output.stderr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module that only exports one page of memory.
    fn one_page() -> Host {
        use wasm_encoder::{ExportKind, ExportSection, MemorySection, MemoryType, Module};
        let mut memories = MemorySection::new();
        memories.memory(MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        let mut exports = ExportSection::new();
        exports.export("memory", ExportKind::Memory, 0);
        let mut module = Module::new();
        module.section(&memories).section(&exports);
        Host::new(&module.finish(), Stdio::Capture, |_| Ok(())).unwrap()
    }

    #[test]
    fn host_memory_reads_back_what_it_wrote() {
        let mut host = one_page();
        host.write_memory(65532, &[1, 2, 3, 4]).unwrap();
        assert_eq!(host.read_memory(65531, 5).unwrap(), [0, 1, 2, 3, 4]);
        assert_eq!(host.read_memory(7, 0).unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn host_memory_outside_the_pages_is_an_error() {
        let mut host = one_page();
        assert!(matches!(
            host.write_memory(65533, &[1, 2, 3, 4]),
            Err(HostError::OutOfBounds { at: 65533, len: 4 })
        ));
        assert!(host.read_memory(u32::MAX, 1).is_err());
    }
}
