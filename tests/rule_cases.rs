//! Single-rule tests: each file of tests/rules/cases/ lowers one term with
//! chosen rule folders and states which rules fire and what the term becomes.
//!
//! A case file, `;;` lines being comments:
//!   rules: ABI LOWER [CLEANUP]   the folders of --rules, --lower, --cleanup
//!   input: TERM
//!   fired: RULE...               each rule that fired, in order of first firing
//!   lowered: TERM
//!
//! `WEXLAB_BLESS=1 cargo test --test rule_cases` rewrites the `fired:` and
//! `lowered:` lines with what the rules do now; read the diff.

mod common;

use std::path::Path;

use egg::{Id, Language, RecExpr};
use libtest_mimic::{Arguments, Trial};
use wexlab::ir::lang::Node;
use wexlab::rewrite::{self, Choice, Schedule, Source};

/// A case file, read.
struct Case {
    rules: Choice,
    input: RecExpr<Node>,
    fired: String,
    lowered: String,
}

/// The text after `key: ` on the line that starts with it.
fn field<'a>(text: &'a str, key: &str) -> Result<&'a str, String> {
    let prefix = format!("{key}:");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .map(str::trim)
        .ok_or_else(|| format!("no `{key}:` line"))
}

fn parse_case(text: &str) -> Result<Case, String> {
    let folders: Vec<&str> = field(text, "rules")?.split_whitespace().collect();
    let rules = match folders[..] {
        [abi, lower] | [abi, lower, _] => Choice {
            abi: Source::parse(abi),
            lower: Source::parse(lower),
            cleanup: folders.get(2).map(|c| Source::parse(c)),
        },
        _ => return Err("`rules:` names ABI LOWER [CLEANUP]".to_string()),
    };
    Ok(Case {
        rules,
        input: parse_term(field(text, "input")?)?,
        fired: field(text, "fired")?.to_string(),
        lowered: field(text, "lowered")?.to_string(),
    })
}

/// Reads a term as `wexlab explain` prints it: numbers, `$names`
/// (`$"quoted"` when not one word), operators alone or as `(op child…)`.
fn parse_term(text: &str) -> Result<RecExpr<Node>, String> {
    let mut tokens = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let len = if rest.starts_with(['(', ')']) {
            1
        } else if let Some(quoted) = rest.strip_prefix("$\"") {
            2 + quoted.find('"').ok_or("an unclosed quoted name")? + 1
        } else {
            rest.find(|c: char| c.is_whitespace() || c == '(' || c == ')')
                .unwrap_or(rest.len())
        };
        tokens.push(&rest[..len]);
        rest = rest[len..].trim_start();
    }
    let mut expr = RecExpr::default();
    let mut at = 0;
    add_term(&mut expr, &tokens, &mut at)?;
    match tokens.get(at) {
        None => Ok(expr),
        Some(t) => Err(format!("`{t}` after the term")),
    }
}

/// Adds the term that starts at `tokens[*at]`, moving `at` past it.
fn add_term(expr: &mut RecExpr<Node>, tokens: &[&str], at: &mut usize) -> Result<Id, String> {
    let token = *tokens.get(*at).ok_or("the term ends early")?;
    *at += 1;
    let node = match token {
        "(" => {
            let op = *tokens.get(*at).ok_or("the term ends after `(`")?;
            *at += 1;
            let mut children = Vec::new();
            while tokens.get(*at).is_some_and(|t| *t != ")") {
                children.push(add_term(expr, tokens, at)?);
            }
            if *at == tokens.len() {
                return Err(format!("`({op}` is never closed"));
            }
            *at += 1;
            Node::op(op, children)
        }
        ")" => return Err("a `)` without its `(`".to_string()),
        t => match t.strip_prefix('$') {
            Some(name) => Node::name(name.trim_matches('"')),
            None => t
                .parse()
                .map_or_else(|_| Node::op(t, Vec::new()), Node::Num),
        },
    };
    Ok(expr.add(node))
}

/// A term as `parse_term` reads it.
fn render(expr: &RecExpr<Node>, id: Id) -> String {
    let node = &expr[id];
    if node.is_leaf() {
        return node.to_string();
    }
    let children: Vec<String> = node.children().iter().map(|&c| render(expr, c)).collect();
    format!("({node} {})", children.join(" "))
}

/// Lowers a case's input: the rules that fired, in order of first firing,
/// and the lowered term.
fn lower(case: &Case) -> Result<(String, String), String> {
    let all = rewrite::load_choice(&case.rules).map_err(|e| e.to_string())?;
    // A Go function's schedule runs every set the case names.
    let rules = all.get(Schedule::Functions);
    let lowered = rewrite::lower(&case.input, rules, true).map_err(|e| e.to_string())?;
    let mut fired: Vec<&str> = Vec::new();
    for application in &lowered.report.applications {
        let name = rules.rules[application.rule].name.as_str();
        if !fired.contains(&name) {
            fired.push(name);
        }
    }
    let root = Id::from(lowered.term.as_ref().len() - 1);
    Ok((fired.join(" "), render(&lowered.term, root)))
}

/// Checks one case file, or rewrites its expectations when blessing.
fn check(path: &Path, bless: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case = parse_case(&text)?;
    let (fired, lowered) = lower(&case)?;
    if fired == case.fired && lowered == case.lowered {
        return Ok(());
    }
    if bless {
        let blessed: String = text
            .lines()
            .map(|l| {
                if l.starts_with("fired:") {
                    format!("fired: {fired}\n")
                } else if l.starts_with("lowered:") {
                    format!("lowered: {lowered}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        return std::fs::write(path, blessed).map_err(|e| e.to_string());
    }
    Err(format!(
        "expected:\n  fired: {}\n  lowered: {}\ngot:\n  fired: {fired}\n  lowered: {lowered}\n\
         (WEXLAB_BLESS=1 cargo test --test rule_cases accepts what the rules do now)",
        case.fired, case.lowered
    ))
}

fn main() {
    let args = Arguments::from_args();
    let bless = std::env::var_os("WEXLAB_BLESS").is_some_and(|v| v == "1");
    let trials = common::files_ending("tests/rules/cases", "case")
        .into_iter()
        .map(|path| {
            Trial::test(common::trial_name("rule_cases", &path), move || {
                Ok(check(&path, bless)?)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
