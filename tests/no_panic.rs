//! No panic on any input (ARCHITECTURE.md's invariant): random bytes, random
//! token soups and mutations of the corpus go through the lexer, the parser,
//! the checker and the whole pipeline; random text and mutated rule files go
//! through the rule loader (and the mutated rules through lowering and the
//! emitter); random command lines go to the binary. Each case must end in
//! diagnostics or a module — a panic fails the property, and proptest
//! shrinks it to a small input.
//!
//! Case counts keep the file under ~30 s in a debug build; raise them with
//! PROPTEST_CASES=N for a longer hunt (it multiplies every property's count
//! relative to the default 256).

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

use wexlab::diag::{FileId, Severity};
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;
use wexlab::rewrite::Group;
use wexlab::rewrite::load::{self, RuleFile};
use wexlab::syntax;

/// `n` cases by default, scaled when PROPTEST_CASES asks for more.
fn config(n: u32) -> Config {
    let scale = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map(|c| c.max(1) as f64 / 256.0)
        .unwrap_or(1.0);
    Config {
        cases: ((n as f64) * scale).ceil().max(1.0) as u32,
        failure_persistence: None,
        ..Config::default()
    }
}

// ------------------------------------------------------------------ targets

fn lex_and_parse(src: &str) {
    let lexed = syntax::lexer::lex(FileId(0), src);
    for (start, _, end) in &lexed.tokens {
        assert!(start <= end && *end <= src.len(), "token span out of range");
    }
    let parsed = syntax::parse(FileId(0), src);
    for d in &parsed.diagnostics {
        assert!(d.span.start as usize <= src.len());
    }
    if parsed.file.is_none() {
        assert!(
            parsed
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error),
            "no syntax tree and no error for {src:?}"
        );
    }
}

/// The checker alone, then the whole build; renders every diagnostic (which
/// computes its line and column) and checks that a failure says why.
fn pipeline(files: &[(&str, &str)], mode: Mode) {
    let inputs: Vec<SourceInput> = files
        .iter()
        .map(|(p, t)| SourceInput {
            path: p.to_string(),
            text: t.to_string(),
        })
        .collect();
    let mut session = Session::default();
    let _ = driver::check_program(&mut session, &inputs);
    let _ = session.diagnostics.render(&session.sources);

    let mut session = Session::default();
    let result = driver::build(
        &mut session,
        &inputs,
        &Options {
            mode,
            rules: common::rules("go"),
            ..Options::default()
        },
    );
    let _ = session.diagnostics.render(&session.sources);
    let _ = session.diagnostics.render_pretty(&session.sources);
    // Every diagnostic is about one of the user's files (never the runtime),
    // within its text.
    for d in &session.diagnostics.list {
        let file = session.sources.file(d.span.file);
        assert!(
            files.iter().any(|(p, _)| *p == file.path),
            "a diagnostic about {}, not an input: {}",
            file.path,
            d.message
        );
        assert!(
            d.span.start <= d.span.end && d.span.end as usize <= file.text.len(),
            "a span outside its file: {d:?}"
        );
    }
    match result {
        Ok(wasm) => {
            assert!(!session.diagnostics.has_errors(), "a module and errors");
            wasmparser::Validator::new()
                .validate_all(&wasm)
                .expect("every module wexlab returns is valid");
        }
        Err(driver::BuildError::Source) => {
            assert!(
                session.diagnostics.has_errors(),
                "a failed build without an error"
            );
        }
        // With the shipped rules, anything else is wexlab's fault, not the
        // program's.
        Err(e) => panic!("an internal error for a source program: {e}"),
    }
}

// ------------------------------------------------------------------ inputs

/// Go tokens and snippets, well-formed or not, for token soups.
const TOKENS: &[&str] = &[
    // keywords
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
    // names
    "main",
    "f",
    "g",
    "x",
    "y",
    "_",
    "T",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "bool",
    "byte",
    "rune",
    "string",
    "complex128",
    "error",
    "any",
    "unsafe",
    "Pointer",
    "println",
    "print",
    "panic",
    "len",
    "new",
    "make",
    "append",
    "iota",
    "nil",
    "true",
    "false",
    "init",
    "recover",
    "min",
    "max",
    "unsafe.Sizeof",
    "unsafe.Add",
    "структура",
    "é",
    // operators and punctuation
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "&^=",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "<",
    ">",
    "=",
    "!",
    "~",
    "!=",
    "<=",
    ">=",
    ":=",
    "...",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ".",
    ":",
    "(",
    ")",
    "{",
    "}",
    // literals, good and bad
    "0",
    "1",
    "42",
    "-1",
    "0x7fffffff",
    "0xffffffffffffffff",
    "9223372036854775808",
    "1e309",
    "1.5",
    ".5",
    "1e",
    "0x",
    "0x1p",
    "0x1p-2",
    "0b102",
    "0o8",
    "09",
    "1_",
    "1__0",
    "0x_1",
    "1.e+",
    "0X.p1",
    "1i",
    "'a'",
    "''",
    "'ab'",
    "'\\x'",
    "'\\u12'",
    "'\\400'",
    "'\\'",
    "\"s\"",
    "\"\\q\"",
    "\"\\xZZ\"",
    "`raw`",
    "'",
    "\"",
    "`",
    "\"unterminated",
    "`unterminated\n",
    "/*",
    "*/",
    "/* c */",
    "/* multi\nline */",
    "// comment\n",
    "\u{feff}",
    "\0",
    "@",
    "#",
    "$",
    "?",
    "\\",
    // directives
    "\n//go:wasmexport x\n",
    "\n//go:wasmexport f\n",
    "\n//go:wasmexport\n",
    "\n//go:wasmexport \n",
    "\n//go:wasmexport a b\n",
    "\n//go:wasmimport a b\n",
    "\n//go:wasmimport env f\n",
    "\n//go:wasmimport a\n",
    "\n//go:noinline\n",
    "\n//go:wexlab-intrinsic x\n",
    "//go:wasmexport y",
    "\n//go:build wasip1\n",
    // snippets
    "\nimport \"unsafe\"\n",
    "\nimport \"fmt\"\n",
    "package main\n",
    "\nfunc main() {}\n",
    "func f(a, b int32) int32 { return a + b }",
    "unsafe.Pointer",
    "*int32",
    "[]byte",
    "[4]int32",
    "map[int]int",
    "chan int",
    "struct{}",
    "interface{}",
    "func(int32) int32",
    "(*int32)(unsafe.Pointer(&g))",
    "x := 1",
    "var v int64",
    "const c = iota",
    "type T int32",
    "for i := 0; i < 3; i++ {",
    "if x > 0 {",
    "switch x {",
    "case 1:",
    "default:",
    "go f()",
    "defer f()",
    "f()",
    "return",
    "x.y",
    "x[1]",
    "x[1:2]",
    "x.(int)",
    "T{}",
    "func() {}",
    "<-ch",
    "L:",
    "goto L",
    // layout
    "\n",
    "\n",
    "\n",
    " ",
    "\t",
    "\r\n",
    "\r",
];

fn soup(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&[" ", "", "\n"][..]),
        ),
        0..max,
    )
    .prop_map(|toks| {
        toks.into_iter()
            .flat_map(|(t, sep)| [t, sep])
            .collect::<String>()
    })
}

/// A soup in one of the places Go code lives: a whole file, the top level
/// after `package main`, a function body, an exported signature.
fn placed_soup() -> impl Strategy<Value = String> {
    (0..4u8, soup(40)).prop_map(|(place, s)| match place {
        0 => s,
        1 => format!("package main\n\n{s}\n\nfunc main() {{}}\n"),
        2 => format!(
            "package main\n\nimport \"unsafe\"\n\nvar g int32\n\nfunc main() {{\n\t{s}\n}}\n"
        ),
        _ => format!("package main\n\n//go:wasmexport e\nfunc e({s}) {{}}\n\nfunc main() {{}}\n"),
    })
}

/// The Go programs of the corpus and the examples, for mutation.
fn corpus() -> &'static [(String, String)] {
    static CORPUS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut files = Vec::new();
        let root = common::root();
        let dirs = [
            "tests/corpus/valid",
            "tests/corpus/run",
            "tests/corpus/errors",
            "tests/corpus/signatures",
            "examples",
        ];
        for dir in dirs {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect();
            paths.sort();
            for p in paths {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                files.push((name, std::fs::read_to_string(&p).unwrap()));
            }
        }
        assert!(files.len() > 100, "the corpus is where it should be");
        files
    })
}

/// The shipped rule files (abi set `go`, then lower and cleanup), for mutation.
fn rule_files() -> &'static [RuleFile] {
    static RULES: OnceLock<Vec<RuleFile>> = OnceLock::new();
    RULES.get_or_init(|| {
        let choice = wexlab::rewrite::Choice::default();
        let mut files = wexlab::rewrite::files_of(&choice.abi, Group::Abi).unwrap();
        files.extend(wexlab::rewrite::files_of(&choice.lower, Group::Lower).unwrap());
        files.extend(
            wexlab::rewrite::files_of(choice.cleanup.as_ref().unwrap(), Group::Cleanup).unwrap(),
        );
        files
    })
}

/// One edit of a text.
#[derive(Clone, Debug)]
enum Edit {
    Delete(Index, usize),
    Duplicate(Index, usize),
    Swap(Index, Index, usize),
    Insert(Index, &'static str),
    DeleteToken(Index),
    DuplicateToken(Index),
    SwapTokens(Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), 1..40usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<Index>(), 1..40usize).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        (any::<Index>(), any::<Index>(), 1..30usize).prop_map(|(a, b, n)| Edit::Swap(a, b, n)),
        (any::<Index>(), prop::sample::select(TOKENS)).prop_map(|(a, t)| Edit::Insert(a, t)),
        any::<Index>().prop_map(Edit::DeleteToken),
        any::<Index>().prop_map(Edit::DuplicateToken),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapTokens(a, b)),
    ]
}

/// The nearest char boundary at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte ranges of the tokens (by wexlab's own lexer, comments included as
/// they are skipped: only real tokens and error tokens).
fn token_ranges(s: &str) -> Vec<(usize, usize)> {
    syntax::lexer::lex(FileId(0), s)
        .tokens
        .iter()
        .filter(|(a, _, b)| a < b)
        .map(|(a, _, b)| (*a, *b))
        .collect()
}

fn apply(text: &str, e: &Edit) -> String {
    let s = text;
    let range = |a: &Index, n: usize| {
        let start = floor(s, a.index(s.len() + 1));
        (start, floor(s, start + n))
    };
    match e {
        Edit::Delete(a, n) => {
            let (x, y) = range(a, *n);
            format!("{}{}", &s[..x], &s[y..])
        }
        Edit::Duplicate(a, n) => {
            let (x, y) = range(a, *n);
            format!("{}{}", &s[..y], &s[x..])
        }
        Edit::Swap(a, b, n) => {
            let (mut x1, mut y1) = range(a, *n);
            let (mut x2, mut y2) = range(b, *n);
            if x2 < x1 {
                std::mem::swap(&mut x1, &mut x2);
                std::mem::swap(&mut y1, &mut y2);
            }
            if y1 > x2 {
                return s.to_string();
            }
            format!(
                "{}{}{}{}{}",
                &s[..x1],
                &s[x2..y2],
                &s[y1..x2],
                &s[x1..y1],
                &s[y2..]
            )
        }
        Edit::Insert(a, t) => {
            let x = floor(s, a.index(s.len() + 1));
            format!("{}{t}{}", &s[..x], &s[x..])
        }
        Edit::DeleteToken(a) | Edit::DuplicateToken(a) | Edit::SwapTokens(a, _) => {
            let toks = token_ranges(s);
            if toks.is_empty() {
                return s.to_string();
            }
            let (x, y) = toks[a.index(toks.len())];
            match e {
                Edit::DeleteToken(_) => format!("{}{}", &s[..x], &s[y..]),
                Edit::DuplicateToken(_) => format!("{} {}", &s[..y], &s[x..]),
                Edit::SwapTokens(_, b) => {
                    let (x2, y2) = toks[b.index(toks.len())];
                    let ((x1, y1), (x2, y2)) = if x2 < x {
                        ((x2, y2), (x, y))
                    } else {
                        ((x, y), (x2, y2))
                    };
                    if y1 > x2 {
                        return s.to_string();
                    }
                    format!(
                        "{}{}{}{}{}",
                        &s[..x1],
                        &s[x2..y2],
                        &s[y1..x2],
                        &s[x1..y1],
                        &s[y2..]
                    )
                }
                _ => unreachable!(),
            }
        }
    }
}

fn mutated_corpus_file() -> impl Strategy<Value = (String, String)> {
    (any::<Index>(), prop::collection::vec(edit(), 1..5)).prop_map(|(f, edits)| {
        let files = corpus();
        let (name, text) = &files[f.index(files.len())];
        let text = edits.iter().fold(text.clone(), |t, e| apply(&t, e));
        (name.clone(), text)
    })
}

// ------------------------------------------------------------------ properties

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn random_bytes_lex_and_parse(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        lex_and_parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_unicode_lexes_and_parses(s in "\\PC{0,200}") {
        lex_and_parse(&s);
    }

    #[test]
    fn token_soups_lex_and_parse(s in placed_soup()) {
        lex_and_parse(&s);
    }
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn token_soups_check_and_build(s in placed_soup(), exe in any::<bool>()) {
        pipeline(&[("soup.go", &s)], if exe { Mode::Exe } else { Mode::CShared });
    }

    #[test]
    fn random_text_after_package_main_checks(s in "\\PC{0,120}") {
        pipeline(&[("r.go", &format!("package main\n{s}"))], Mode::CShared);
    }
}

proptest! {
    #![proptest_config(config(80))]

    #[test]
    fn mutated_corpus_programs_build((name, text) in mutated_corpus_file(), exe in any::<bool>()) {
        lex_and_parse(&text);
        pipeline(&[(&name, &text)], if exe { Mode::Exe } else { Mode::CShared });
    }

    #[test]
    fn mutated_pairs_of_files_build(
        (n1, t1) in mutated_corpus_file(),
        (n2, t2) in mutated_corpus_file(),
    ) {
        // One package of two files (names made distinct).
        pipeline(&[(&format!("a_{n1}"), &t1), (&format!("b_{n2}"), &t2)], Mode::CShared);
    }
}

// ------------------------------------------------------------------ rules

fn load_rules(files: &[RuleFile]) {
    match load::load("fuzz", &[(Group::Lower, files)]) {
        Ok(_) => {}
        Err(e) => {
            let text = e.to_string();
            assert!(!text.is_empty(), "an empty load error");
        }
    }
}

/// A small program every rule set must go through: exports of several
/// types, an import, a loop, arithmetic and conversions (no print: the
/// runtime's printing would make each case slow).
const RULES_PROGRAM: &str = "package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport mix
func mix(a int64, f float64, p *int32, q bool) float64 {
	s := f
	for i := int64(0); i < a; i++ {
		s += float64(i) / 2
	}
	if q {
		*p = int32(s)
	}
	return s
}

//go:wasmimport env host
func host(x int32, y float32) int64

func main() { _ = host(1, 2.5) }
";

/// Lowers and emits RULES_PROGRAM with the given rule files.
fn build_with_rules(files: &[RuleFile]) {
    // Wrappers and functions both run the `lower` set, so that every
    // rule is exercised on both kinds of unit.
    let Ok(rules) = load::load("fuzz", &[(Group::Lower, files)]) else {
        return;
    };
    let mut session = Session::default();
    let inputs = [SourceInput {
        path: "rules_program.go".to_string(),
        text: RULES_PROGRAM.to_string(),
    }];
    let program = driver::check_program(&mut session, &inputs).expect("the program checks");
    let Ok(lowered) = driver::lower_program(&mut session, &program, &rules, Mode::CShared, true)
    else {
        let _ = session.diagnostics.render(&session.sources);
        return;
    };
    let input = wexlab::emit::Input {
        mode: Mode::CShared,
        units: &lowered.units,
        data: &lowered.built.data,
        arg_widths: &lowered.built.arg_widths,
        names: true,
    };
    if let Ok(wasm) = wexlab::emit::emit(&input) {
        wasmparser::Validator::new()
            .validate_all(&wasm)
            .expect("emit returns only valid modules");
    }
}

fn mutated_rules() -> impl Strategy<Value = Vec<RuleFile>> {
    (any::<Index>(), prop::collection::vec(rule_edit(), 1..4)).prop_map(|(f, edits)| {
        let mut files = rule_files().to_vec();
        let i = f.index(files.len());
        files[i].text = edits
            .iter()
            .fold(files[i].text.clone(), |t, e| apply(&t, e));
        files
    })
}

/// Edits for rule files: byte-range edits and insertions of rule-language
/// fragments (token edits use the Go lexer, which is close enough for
/// s-expressions).
fn rule_edit() -> impl Strategy<Value = Edit> {
    const FRAGMENTS: &[&str] = &[
        "(",
        ")",
        "?x",
        "?y",
        "?",
        "=>",
        "<=>",
        "if",
        "0",
        "-1",
        "4294967296",
        "99999999999999999999",
        "$f",
        "$",
        "i32",
        "i64",
        "nil",
        "cons",
        "\"",
        ";",
        "(rule r (go.add ?x ?y) => ?x)",
        "(fail f (go.add ?x ?y) \"no\")",
        "\n",
        " ",
        "(i32.const ?x)",
        "(calc.add ?x ?y)",
        "(block)",
        "(loop)",
        "(call $main.f)",
    ];
    prop_oneof![
        4 => edit(),
        1 => (any::<Index>(), prop::sample::select(FRAGMENTS)).prop_map(|(a, t)| Edit::Insert(a, t)),
    ]
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn random_rule_text_loads_or_is_reported(s in "\\PC{0,300}") {
        load_rules(&[RuleFile { path: "r.rules".to_string(), text: s }]);
    }
}

proptest! {
    #![proptest_config(config(30))]

    #[test]
    fn random_rule_bytes_load_or_are_reported(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes).to_string();
        let mut files = rule_files().to_vec();
        files.push(RuleFile { path: "r.rules".to_string(), text });
        load_rules(&files);
    }
}

proptest! {
    #![proptest_config(config(30))]

    #[test]
    fn mutated_rule_sets_load_lower_and_emit(files in mutated_rules()) {
        load_rules(&files);
        build_with_rules(&files);
    }
}

// ------------------------------------------------------------------ deep nesting

/// Nesting beyond the parser's limit is an error at the first node past it
/// (one error, however deep the input); nesting up to it compiles. Both
/// run on an ordinary test thread: the driver gives the compilation its
/// own large stack.
#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let limit = wexlab::syntax::build::MAX_NESTING as usize;
    let over = 4 * limit;
    let too_deep = [
        format!(
            "package main\nvar x = {}1{}\n",
            "(".repeat(over),
            ")".repeat(over)
        ),
        format!("package main\nvar x = {}1\n", "- ".repeat(over)),
        format!("package main\nvar x = {}1\n", "1 + ".repeat(over)),
        format!(
            "package main\nfunc main() {{ {}{} }}\n",
            "{".repeat(over),
            "}".repeat(over)
        ),
        format!(
            "package main\nfunc main() {{ {}{} }}\n",
            "if true {".repeat(over),
            "}".repeat(over)
        ),
        format!(
            "package main\nfunc main() {{ if false {{}} {} }}\n",
            "else if true {} ".repeat(over)
        ),
        format!(
            "package main\nfunc main() {{ {}{} }}\n",
            "switch { case true: ".repeat(over),
            "}".repeat(over)
        ),
        format!("package main\nvar p {}int32\n", "*".repeat(over)),
        format!("package main\nvar x {}int32\n", "[]".repeat(over)),
        format!("package main\nvar f {}\n", "func() ".repeat(over)),
    ];
    for src in &too_deep {
        lex_and_parse(src);
        let err = common::wexlab_build(&[("deep.go", src)], Mode::CShared, common::rules("go"))
            .expect_err("too deep to compile");
        let nesting: Vec<&str> = err
            .lines()
            .filter(|l| l.contains("nesting too deep"))
            .collect();
        assert_eq!(
            nesting.len(),
            1,
            "one nesting error for {}…: {err}",
            &src[..40]
        );
    }
    // Just under the limit: these compile (quickly: constants and blocks).
    let n = limit - 10;
    let deep_ok = [
        format!(
            "package main\nvar x = {}1{}\nfunc main() {{ println(x) }}\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!(
            "package main\nvar x = {}1\nfunc main() {{ println(x) }}\n",
            "- ".repeat(n)
        ),
        format!(
            "package main\nfunc main() {{ {}{} }}\n",
            "{".repeat(n),
            "}".repeat(n)
        ),
    ];
    for src in &deep_ok {
        common::wexlab_build(&[("deep.go", src)], Mode::Exe, common::rules("go"))
            .unwrap_or_else(|e| panic!("{}…: {e}", &src[..40]));
    }
}

/// A rule file nested far deeper than any rule needs is read without
/// overflowing a stack, wherever the driver reads it (it loads the rules on
/// a thread of its own).
#[test]
fn deeply_nested_rule_file_is_an_error_not_a_stack_overflow() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("deep_rules");
    std::fs::create_dir_all(&dir).unwrap();
    let depth = 200_000;
    let rule = format!(
        "(rule deep {}x{} => nop)\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    std::fs::write(dir.join("deep.rules"), rule).unwrap();
    let rules = wexlab::rewrite::Choice {
        abi: wexlab::rewrite::Source::Dir(dir),
        ..Default::default()
    };
    let src = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n";
    let err = common::wexlab_build(&[("add.go", src)], Mode::CShared, rules)
        .expect_err("the rule folder is not a rule set");
    assert!(err.contains("deep.rules:1:"), "{err}");
}

// ------------------------------------------------------------------ command line

const WORDS: &[&str] = &[
    "build",
    "check",
    "run",
    "explain",
    "abi",
    "diff",
    "--json",
    "--run",
    "smallint",
    "multivalue",
    "buffers",
    "help",
    "--help",
    "-h",
    "--version",
    "-V",
    "-o",
    "--output",
    "out.wasm",
    "/",
    "",
    "-",
    "--",
    "--buildmode",
    "exe",
    "c-shared",
    "shared",
    "--emit",
    "wat",
    "wasm",
    "--rules",
    "go",
    "seed",
    "nowhere",
    "--lower",
    "lower",
    "--cleanup",
    "none",
    "--pretty",
    "--invoke",
    "add",
    "2",
    "3",
    "-1",
    "1e400",
    "nan",
    "--export",
    "--dot",
    "g.dot",
    "--bogus",
    "-x",
    "add.go",
    "bad.go",
    "missing.go",
    "dir",
    "x.wasm",
    "notes.txt",
    "é",
    "\u{7f}",
];

/// Runs the binary with random arguments in a scratch directory holding a
/// valid program, an erroneous one, a folder, a non-Go file and a bad module;
/// it must end (a few seconds at most) with a status that is not a panic's.
#[test]
fn random_command_lines_do_not_panic() {
    let dir = common::root().join("target/no_panic_cli");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dir")).unwrap();
    std::fs::write(
        dir.join("add.go"),
        "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("dir/add.go"),
        "package main\n\nfunc main() { println(1) }\n",
    )
    .unwrap();
    std::fs::write(dir.join("bad.go"), "package main\n\nfunc main() { x }\n").unwrap();
    std::fs::write(dir.join("notes.txt"), "not go").unwrap();
    std::fs::write(dir.join("x.wasm"), b"\0asm\x01\0\0\0garbage").unwrap();

    let mut runner = proptest::test_runner::TestRunner::new(config(48));
    let strategy = prop::collection::vec(prop::sample::select(WORDS), 0..7);
    runner
        .run(&strategy, |args| {
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wexlab"))
                .args(&args)
                .current_dir(&dir)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let started = std::time::Instant::now();
            let status = loop {
                if let Some(s) = child.try_wait().unwrap() {
                    break s;
                }
                if started.elapsed() > std::time::Duration::from_secs(20) {
                    let _ = child.kill();
                    panic!("wexlab {args:?} did not finish in 20 s");
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            };
            let mut stderr = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            prop_assert!(
                !stderr.contains("panicked") && status.code() != Some(101),
                "wexlab {:?} panicked: {}",
                args,
                stderr
            );
            prop_assert!(
                status.code().is_some(),
                "wexlab {:?} was killed by a signal",
                args
            );
            Ok(())
        })
        .unwrap();
}
