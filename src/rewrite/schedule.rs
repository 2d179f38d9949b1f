//! Named rule sets and the schedule of each kind of unit.
//!
//! Every rule belongs to the set of its folder group: `abi` (the folder
//! `--rules` chose), `lower` and `cleanup`. The files are read and checked
//! once; a unit is then lowered with its *schedule*, the sets it runs
//! together. [`SCHEDULES`] is the only place that says which units run
//! which sets.

use super::load::RuleSet;
use crate::ir::build::UnitKind;

/// A named set of rules: the rules of one folder group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The wasmexport and wasmimport ABI (`--rules go|seed|PATH`).
    Abi,
    /// Go operations to wasm (`--lower`).
    Lower,
    /// Constant folding and simplifications (`--cleanup`).
    Cleanup,
}

/// The units that share a list of sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Schedule {
    /// Go functions (both versions) and the entry point.
    Functions,
    /// wasmexport and wasmimport wrappers.
    Wrappers,
}

/// Each schedule with the sets it runs. Wrappers run no cleanup: their
/// instructions are Go's (the seed's `i32.const 0 i32.add` stays). When a
/// load fails, the errors of the earlier schedules come first.
pub const SCHEDULES: [(Schedule, &[Group]); 2] = [
    (
        Schedule::Functions,
        &[Group::Abi, Group::Lower, Group::Cleanup],
    ),
    (Schedule::Wrappers, &[Group::Abi, Group::Lower]),
];

impl Schedule {
    pub fn of(kind: &UnitKind) -> Schedule {
        if kind.is_wrapper() {
            Schedule::Wrappers
        } else {
            Schedule::Functions
        }
    }

    pub fn groups(self) -> &'static [Group] {
        SCHEDULES
            .iter()
            .find(|(s, _)| *s == self)
            .map_or(&[], |(_, groups)| groups)
    }

    pub fn runs(self, group: Group) -> bool {
        self.groups().contains(&group)
    }
}

impl Group {
    /// Whether the set only improves what the others lower, so that its
    /// rules may stop early (see `run::Limits`): without them every
    /// program still lowers.
    pub fn optional(self) -> bool {
        self == Group::Cleanup
    }

    /// The schedules that run this set, in [`SCHEDULES`] order.
    pub fn schedules(self) -> impl Iterator<Item = Schedule> {
        SCHEDULES
            .iter()
            .map(|(s, _)| *s)
            .filter(move |s| s.runs(self))
    }

    /// Whether `other`'s rules and declarations are there whenever this
    /// set's rules run, so that they may use its operators.
    pub fn sees(self, other: Group) -> bool {
        self.schedules().all(|s| s.runs(other))
    }

    /// Whether some schedule runs both sets, so that one's rules can keep
    /// the other's from firing.
    pub fn meets(self, other: Group) -> bool {
        self.schedules().any(|s| s.runs(other))
    }
}

/// The loaded rules: one indexed [`RuleSet`] per schedule.
pub struct Rules {
    /// In [`SCHEDULES`] order.
    pub(super) by_schedule: Vec<(Schedule, RuleSet)>,
    /// What the load found that does not stop it (rules that can never
    /// fire), in file order.
    pub warnings: Vec<super::load::RuleError>,
    /// What identifies the loaded files and binary in wexlab's cache
    /// folder, when the rules came through it: what a cached lowering
    /// must have been made with.
    pub cache_key: Option<[u64; 2]>,
}

impl Rules {
    pub fn get(&self, schedule: Schedule) -> &RuleSet {
        self.by_schedule
            .iter()
            .find(|(s, _)| *s == schedule)
            .map(|(_, set)| set)
            .expect("every schedule is indexed")
    }

    pub fn for_unit(&self, kind: &UnitKind) -> &RuleSet {
        self.get(Schedule::of(kind))
    }

    /// What the user chose (`go`, `seed`, a path), for messages.
    pub fn name(&self) -> &str {
        &self.by_schedule[0].1.name
    }
}
