//! Build script: turns the grammar in grammar/*.lalrpop into a Rust parser,
//! and embeds a copy of the rule files in rules/ (and of the Go files a rule
//! set carries) so that an installed wexlab that cannot find them on disk
//! still has its default rule sets.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(&out_dir)
        .emit_rerun_directives(true)
        .process()
        .expect("the grammar in grammar/ has errors (see above)");

    // Rule files, and the Go files a rule set carries (rules/buffers/*.go).
    let mut code = String::new();
    for (name, extension) in [("EMBEDDED_RULES", "rules"), ("EMBEDDED_GO", "go")] {
        let mut files = Vec::new();
        collect(Path::new("rules"), extension, &mut files);
        files.sort();
        writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
        for f in &files {
            let abs = std::fs::canonicalize(f).expect("rule file readable");
            writeln!(
                code,
                "    ({:?}, include_str!({:?})),",
                f.display().to_string(),
                abs.display().to_string()
            )
            .unwrap();
        }
        code.push_str("];\n");
    }
    std::fs::write(Path::new(&out_dir).join("embedded_rules.rs"), code).expect("OUT_DIR writable");
    println!("cargo:rerun-if-changed=rules");
}

fn collect(dir: &Path, extension: &str, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        println!("cargo:rerun-if-changed={}", p.display());
        if p.is_dir() {
            collect(&p, extension, out);
        } else if p.extension().is_some_and(|x| x == extension) {
            out.push(p);
        }
    }
}
