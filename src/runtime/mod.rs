//! wexlab's runtime, in Go: print, panics, fatal errors. It is checked and
//! compiled with every program (as package `runtime`); only what the program
//! reaches ends up in its module.

pub mod outline;
pub mod wanted;

/// The runtime's files, with the paths diagnostics would show.
pub static SOURCES: &[(&str, &str)] = &[
    ("$WEXLAB/runtime/runtime.go", include_str!("runtime.go")),
    ("$WEXLAB/runtime/float.go", include_str!("float.go")),
    ("$WEXLAB/runtime/strings.go", include_str!("strings.go")),
    ("$WEXLAB/runtime/alloc.go", include_str!("alloc.go")),
    ("$WEXLAB/runtime/heap.go", include_str!("heap.go")),
    ("$WEXLAB/runtime/gc.go", include_str!("gc.go")),
    ("$WEXLAB/runtime/slices.go", include_str!("slices.go")),
    ("$WEXLAB/runtime/maps.go", include_str!("maps.go")),
    ("$WEXLAB/runtime/bounds.go", include_str!("bounds.go")),
    ("$WEXLAB/runtime/panic.go", include_str!("panic.go")),
    ("$WEXLAB/runtime/defer.go", include_str!("defer.go")),
    ("$WEXLAB/runtime/api.go", include_str!("api.go")),
    ("$WEXLAB/runtime/pinner.go", include_str!("pinner.go")),
];
