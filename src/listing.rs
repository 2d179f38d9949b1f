//! Stable listings of a module's functions: each function's WAT as
//! `wasmprinter` prints it, with everything that depends on where the
//! function sits in the module written symbolically, so that the listing of
//! a function does not change when unrelated functions are added or
//! removed.
//!
//! What moves, and how it is shown:
//! * the function's index and its type's index, in its header: dropped
//!   (the header keeps the parameters and results);
//! * call targets and globals: by name (`call $main.add`, `global.get
//!   $SP`), which needs the module's name section (build with names);
//! * a type used by an instruction (`call_indirect (type 5)`, a block
//!   type): its signature, `(param i32) (result i32)`;
//! * an export wrapper's return-address constants, `PC_F<<16 | PC_B` with
//!   PC_F the wrapper's index among the module's defined functions plus
//!   0x1000: `(ret-addr $add 1)`.
//!
//! Addresses of data in linear memory (strings, package variables) are
//! numbers: they depend on which data the module keeps.

use std::collections::HashMap;

use wasmparser::{CompositeInnerType, ExternalKind, Name, Parser, Payload, TypeRef};

/// The first PC_F: a wrapper's PC_F is its index among defined functions
/// plus this (as Go numbers its functions).
const PC_F_BASE: i64 = 0x1000;

/// What a function is at the module's boundary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// The wrapper of `//go:wasmexport NAME`.
    Export(String),
    /// The Go-ABI function of a `//go:wasmimport MODULE NAME`.
    Import { module: String, name: String },
    /// Any other function.
    Inner,
}

/// One defined function of a module.
#[derive(Clone, Debug)]
pub struct FunctionListing {
    /// Its name in the name section (`main.add`, `add` for the wrapper of
    /// export add).
    pub name: String,
    pub role: Role,
    /// `(func $name (param …) (result …)` to its closing `)`.
    pub text: String,
}

impl FunctionListing {
    /// `export add`, `import env.twice (main.twice)`, `func main.add`.
    pub fn title(&self) -> String {
        match &self.role {
            Role::Export(name) => format!("export {name}"),
            Role::Import { module, name } => format!("import {module}.{name} ({})", self.name),
            Role::Inner => format!("func {}", self.name),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ListingError {
    #[error("cannot read the module: {0}")]
    Read(String),
    #[error("the module has no function names: build it with its name section")]
    NoNames,
}

/// What the listing needs to know of a module beyond its text.
#[derive(Default)]
struct Shape {
    imported_funcs: u32,
    /// Type index → `(param …) (result …)`.
    signatures: Vec<String>,
    /// Function index → name.
    names: HashMap<u32, String>,
    /// Function index → the wasmexport it implements, in export order.
    exports: Vec<(u32, String)>,
    /// Imported functions: (module, name, function name), in import order.
    imports: Vec<(String, String, u32)>,
}

/// Every defined function of `wasm`, in module order.
pub fn functions(wasm: &[u8]) -> Result<Vec<FunctionListing>, ListingError> {
    Ok(listed(wasm)?.0)
}

/// The export wrappers in export order, then the wasmimports' Go-ABI
/// functions in import order.
pub fn boundary(wasm: &[u8]) -> Result<Vec<FunctionListing>, ListingError> {
    let (all, shape) = listed(wasm)?;
    let exports = shape.exports.iter().filter_map(|(_, export)| {
        all.iter()
            .find(|f| matches!(&f.role, Role::Export(e) if e == export))
    });
    let imports = shape.imports.iter().filter_map(|(module, name, _)| {
        all.iter().find(
            |f| matches!(&f.role, Role::Import { module: m, name: n } if m == module && n == name),
        )
    });
    Ok(exports.chain(imports).cloned().collect())
}

/// Listings joined as a golden file holds them: a `;; TITLE` line before
/// each, a blank line between.
pub fn join(listings: &[FunctionListing]) -> String {
    listings
        .iter()
        .map(|f| format!(";; {}\n{}\n", f.title(), f.text))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The listing of the function named `name`, or of the wrapper of export
/// `name` when `export` is set.
pub fn find<'a>(
    all: &'a [FunctionListing],
    name: &str,
    export: bool,
) -> Option<&'a FunctionListing> {
    all.iter().find(|f| match &f.role {
        Role::Export(e) if export => e == name,
        _ => !export && f.name == name,
    })
}

/// Every defined function's listing, and the module's shape.
fn listed(wasm: &[u8]) -> Result<(Vec<FunctionListing>, Shape), ListingError> {
    let shape = shape(wasm)?;
    if shape.names.is_empty() {
        return Err(ListingError::NoNames);
    }
    let wat = wasmprinter::print_bytes(wasm).map_err(|e| ListingError::Read(e.to_string()))?;
    let roles = roles(&shape);
    let mut out = Vec::new();
    for (defined, text) in function_texts(&wat).into_iter().enumerate() {
        let index = shape.imported_funcs + defined as u32;
        let name = shape
            .names
            .get(&index)
            .cloned()
            .unwrap_or_else(|| format!("#{index}"));
        let role = roles.get(&index).cloned().unwrap_or(Role::Inner);
        let pc_f = matches!(role, Role::Export(_)).then_some(PC_F_BASE + defined as i64);
        let text = symbolic(&text, &shape.signatures, pc_f.map(|p| (p, name.as_str())));
        out.push(FunctionListing { name, role, text });
    }
    Ok((out, shape))
}

fn shape(wasm: &[u8]) -> Result<Shape, ListingError> {
    let err = |e: wasmparser::BinaryReaderError| ListingError::Read(e.to_string());
    let mut shape = Shape::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::TypeSection(r) => {
                for group in r {
                    for ty in group.map_err(err)?.into_types() {
                        shape.signatures.push(match &ty.composite_type.inner {
                            CompositeInnerType::Func(f) => signature(f.params(), f.results()),
                            _ => String::new(),
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    let import = import.map_err(err)?;
                    if let TypeRef::Func(_) = import.ty {
                        let index = shape.imported_funcs;
                        shape.imported_funcs += 1;
                        let (module, name) = (import.module.to_string(), import.name.to_string());
                        shape.imports.push((module, name, index));
                    }
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(err)?;
                    let entry = matches!(e.name, "_start" | "_initialize");
                    if e.kind == ExternalKind::Func && !entry {
                        shape.exports.push((e.index, e.name.to_string()));
                    }
                }
            }
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    for name in names {
                        if let Name::Function(map) = name.map_err(err)? {
                            for n in map {
                                let n = n.map_err(err)?;
                                shape.names.insert(n.index, n.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(shape)
}

/// `(param i32 i64) (result f64)`, either part left out when empty.
fn signature(params: &[wasmparser::ValType], results: &[wasmparser::ValType]) -> String {
    let list = |word: &str, types: &[wasmparser::ValType]| {
        let shown: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        (!types.is_empty()).then(|| format!("({word} {})", shown.join(" ")))
    };
    [list("param", params), list("result", results)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The role of each boundary function, by function index. An imported
/// function is named `import MODULE.NAME GO_SYMBOL` (see emit::func_name):
/// the defined function named GO_SYMBOL is its Go-ABI side.
fn roles(shape: &Shape) -> HashMap<u32, Role> {
    let by_name: HashMap<&str, u32> = shape
        .names
        .iter()
        .filter(|(i, _)| **i >= shape.imported_funcs)
        .map(|(i, n)| (n.as_str(), *i))
        .collect();
    let mut roles = HashMap::new();
    for (module, name, index) in &shape.imports {
        let go_symbol = shape
            .names
            .get(index)
            .and_then(|n| n.strip_prefix(&format!("import {module}.{name} ")));
        if let Some(&defined) = go_symbol.and_then(|s| by_name.get(s)) {
            let role = Role::Import {
                module: module.clone(),
                name: name.clone(),
            };
            roles.insert(defined, role);
        }
    }
    for (index, name) in &shape.exports {
        roles.insert(*index, Role::Export(name.clone()));
    }
    roles
}

/// The text of each defined function, in order: from its `  (func` line to
/// its `  )` line, or the one line of a function without instructions.
fn function_texts(wat: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in wat.lines() {
        if let Some(lines) = current.as_mut() {
            lines.push(line);
            if line == "  )" {
                out.extend(current.take());
            }
        } else if line.starts_with("  (func ") {
            // Without instructions the printer closes the function on its
            // header line.
            if closes_on_header(line) {
                out.push(vec![line]);
            } else {
                current = Some(vec![line]);
            }
        }
    }
    out
}

/// Whether a `(func` header line also closes the function: its parentheses
/// balance, outside quoted names.
fn closes_on_header(line: &str) -> bool {
    let mut depth = 0i32;
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// One function's lines with its index, type indices and (for an export
/// wrapper, given its PC_F and name) return addresses made symbolic, and
/// its indentation starting at column 0.
fn symbolic(lines: &[&str], signatures: &[String], wrapper: Option<(i64, &str)>) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let line = line.strip_prefix("  ").unwrap_or(line);
        let line = if i == 0 {
            header(line)
        } else {
            types_shown(line, signatures)
        };
        let line = match wrapper {
            Some((pc_f, name)) => return_address(&line, pc_f, name),
            None => line,
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.pop();
    out
}

/// `(func $add (;3;) (type 2) (param …)` without the index comment and the
/// type index.
fn header(line: &str) -> String {
    let mut out = line.to_string();
    for (open, close) in [(" (;", ";)"), (" (type ", ")")] {
        if let Some(at) = out.find(open)
            && let Some(len) = out[at..].find(close)
        {
            out.replace_range(at..at + len + close.len(), "");
        }
    }
    out
}

/// `(type N)` in an instruction replaced by the signature of type N.
fn types_shown(line: &str, signatures: &[String]) -> String {
    let Some(at) = line.find("(type ") else {
        return line.to_string();
    };
    let digits = &line[at + 6..];
    let end = digits.find(')').unwrap_or(digits.len());
    match digits[..end]
        .parse::<usize>()
        .ok()
        .and_then(|n| signatures.get(n))
    {
        Some(sig) => format!(
            "{}{sig}{}",
            &line[..at],
            &digits[(end + 1).min(digits.len())..]
        ),
        None => line.to_string(),
    }
}

/// `i64.const V` with V = PC_F<<16 | PC_B (PC_B 0 or 1) of this wrapper,
/// shown as `i64.const (ret-addr $name PC_B)`.
fn return_address(line: &str, pc_f: i64, name: &str) -> String {
    let trimmed = line.trim_start();
    let Some(value) = trimmed
        .strip_prefix("i64.const ")
        .and_then(|v| v.parse::<i64>().ok())
    else {
        return line.to_string();
    };
    if value >> 16 != pc_f || (value & 0xffff) > 1 {
        return line.to_string();
    }
    let indent = &line[..line.len() - trimmed.len()];
    format!("{indent}i64.const (ret-addr ${name} {})", value & 0xffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_lose_their_indices() {
        assert_eq!(
            header("(func $add (;3;) (type 2) (param i32) (result i32)"),
            "(func $add (param i32) (result i32)"
        );
        assert_eq!(header("(func $f (;9;) (type 0))"), "(func $f)");
    }

    #[test]
    fn instruction_types_become_signatures() {
        let signatures = ["".to_string(), "(param i32) (result i64)".to_string()];
        assert_eq!(
            types_shown("    call_indirect (type 1)", &signatures),
            "    call_indirect (param i32) (result i64)"
        );
        // An index the module lacks is left as it is.
        assert_eq!(types_shown("block (type 7)", &signatures), "block (type 7)");
    }

    #[test]
    fn only_the_wrappers_own_return_addresses_are_symbolic() {
        let own = (0x1001 << 16) | 1;
        assert_eq!(
            return_address(&format!("  i64.const {own}"), 0x1001, "add"),
            "  i64.const (ret-addr $add 1)"
        );
        let other = (0x1002 << 16) | 1;
        let line = format!("  i64.const {other}");
        assert_eq!(return_address(&line, 0x1001, "add"), line);
        let not_pc_b = (0x1001 << 16) | 7;
        let line = format!("  i64.const {not_pc_b}");
        assert_eq!(return_address(&line, 0x1001, "add"), line);
    }
}
