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

    // A release binary carries the rules as they are now. A development
    // binary runs from the source tree and reads rules/ from disk, so a
    // rule edit must not rebuild it: its copy is only a fallback, and it is
    // written inline (an include_str! file would make rustc track it).
    let track = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    // Rule files, and the Go files a rule set carries (rules/buffers/*.go).
    let mut code = String::new();
    for (name, extension) in [("EMBEDDED_RULES", "rules"), ("EMBEDDED_GO", "go")] {
        let mut files = Vec::new();
        collect(Path::new("rules"), extension, track, &mut files);
        files.sort();
        writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
        for f in &files {
            let text = std::fs::read_to_string(f).expect("rule file readable");
            writeln!(code, "    ({:?}, {:?}),", f.display().to_string(), text).unwrap();
        }
        code.push_str("];\n");
    }
    std::fs::write(Path::new(&out_dir).join("embedded_rules.rs"), code).expect("OUT_DIR writable");
    if track {
        println!("cargo:rerun-if-changed=rules");
    }
}

fn collect(dir: &Path, extension: &str, track: bool, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if track {
            println!("cargo:rerun-if-changed={}", p.display());
        }
        if p.is_dir() {
            collect(&p, extension, track, out);
        } else if p.extension().is_some_and(|x| x == extension) {
            out.push(p);
        }
    }
}
