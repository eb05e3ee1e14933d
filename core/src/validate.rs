//! Validation of the whole catalog. Returns every problem found, each with file and id, so
//! that content authors fix them all in one pass.

use crate::answers::{NO, UNSURE, YES};
use crate::catalog::Catalog;
use crate::flow::is_iso_date;
use crate::model::{ApplicationDates, Condition, LegalRef, Question, QuestionKind};
use crate::refs::{Ref, visit_condition};
use crate::search::find_answers;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Steps the reachability search may take per condition before giving up.
pub const SEARCH_BUDGET: usize = 200_000;

/// The kinds of problem validation finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// Two items of the same kind share an id.
    DuplicateId,
    /// A question's kind and options do not fit together.
    BadOptions,
    /// A condition names a question that does not exist.
    UnknownQuestion,
    /// A condition compares a question with a value it cannot take.
    UnknownOption,
    /// A condition names a fact that does not exist.
    UnknownFact,
    /// An obligation names a role that does not exist.
    UnknownRole,
    /// An ISO/IEC 42001 id that is not in the standard's list.
    UnknownIsoItem,
    /// An ISO/IEC 42001 mapping for an obligation that does not exist.
    UnknownObligation,
    /// An obligation without an ISO/IEC 42001 mapping (when the catalog has ISO items).
    MissingIsoMapping,
    /// A `show_if` depends on a question asked later (or on the question itself).
    ForwardReference,
    /// Facts that depend on each other in a loop.
    FactCycle,
    /// A question that no answers can make visible.
    Unreachable,
    /// A rule, role or obligation that no answers can make fire.
    NeverMatched,
    /// The last tier rule is not a catch-all.
    MissingCatchAll,
    /// A catch-all that is not the last tier rule.
    CatchAllNotLast,
    /// A rule, role or obligation without any legal reference.
    MissingReference,
    /// A date that is not a calendar date `YYYY-MM-DD`.
    BadDate,
    /// The reachability search gave up: simplify the condition.
    TooComplex,
    /// An obligation names a date schedule that does not exist.
    UnknownSchedule,
    /// A help text that is not one short plain sentence (details belong in `details`).
    LongHelp,
    /// A message of the engine that is empty or whose placeholders do not parse.
    BadMessage,
}

impl Check {
    /// Every check, in declaration order.
    pub const ALL: [Check; 21] = [
        Check::DuplicateId,
        Check::BadOptions,
        Check::UnknownQuestion,
        Check::UnknownOption,
        Check::UnknownFact,
        Check::UnknownRole,
        Check::UnknownIsoItem,
        Check::UnknownObligation,
        Check::MissingIsoMapping,
        Check::ForwardReference,
        Check::FactCycle,
        Check::Unreachable,
        Check::NeverMatched,
        Check::MissingCatchAll,
        Check::CatchAllNotLast,
        Check::MissingReference,
        Check::BadDate,
        Check::TooComplex,
        Check::UnknownSchedule,
        Check::LongHelp,
        Check::BadMessage,
    ];
}

/// One problem in the content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// File the item is in.
    pub file: String,
    /// Id of the item.
    pub id: String,
    /// What kind of problem.
    pub check: Check,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.id, self.message)
    }
}

struct Report<'a> {
    catalog: &'a Catalog,
    out: Vec<Diagnostic>,
}

impl Report<'_> {
    fn add(&mut self, file: usize, id: &str, check: Check, message: String) {
        let file = self
            .catalog
            .origins
            .files
            .get(file)
            .cloned()
            .unwrap_or_default();
        self.out.push(Diagnostic {
            file,
            id: id.to_owned(),
            check,
            message,
        });
    }
}

/// Every condition in the catalog, with the file and id of the item that holds it.
fn conditions(cat: &Catalog) -> Vec<(usize, &str, &Condition)> {
    let o = &cat.origins;
    let mut v = vec![];
    for (si, s) in cat.sections.iter().enumerate() {
        for q in &s.questions {
            if let Some(c) = &q.show_if {
                v.push((o.sections[si], q.id.as_str(), c));
            }
        }
    }
    for (i, f) in cat.facts.iter().enumerate() {
        v.push((o.facts[i], f.id.as_str(), &f.when));
    }
    for (i, r) in cat.tier_rules.iter().enumerate() {
        if let Some(c) = &r.when {
            v.push((o.tier_rules[i], r.id.as_str(), c));
        }
    }
    for (i, r) in cat.roles.iter().enumerate() {
        v.push((o.roles[i], r.id.as_str(), &r.when));
    }
    for (i, ob) in cat.obligations.iter().enumerate() {
        v.push((o.obligations[i], ob.id.as_str(), &ob.when));
    }
    for (i, sc) in cat.schedules.iter().enumerate() {
        for c in sc.rules.iter().filter_map(|r| r.when.as_ref()) {
            v.push((o.schedules[i], sc.id.as_str(), c));
        }
    }
    for (i, n) in cat.notes.iter().enumerate() {
        v.push((o.notes[i], n.id.as_str(), &n.when));
    }
    v
}

/// Validates the catalog and returns every problem, sorted by file and id.
pub fn validate(cat: &Catalog) -> Vec<Diagnostic> {
    let mut r = Report {
        catalog: cat,
        out: vec![],
    };
    duplicates(cat, &mut r);
    question_shapes(cat, &mut r);
    references(cat, &mut r);
    let cycles = fact_cycles(cat, &mut r);
    if !cycles {
        forward_references(cat, &mut r);
    }
    tier_rule_order(cat, &mut r);
    schedule_order(cat, &mut r);
    legal_basis(cat, &mut r);
    help_texts(cat, &mut r);
    messages(cat, &mut r);
    // Reachability is only meaningful over content whose references resolve.
    if r.out.is_empty() {
        reachability(cat, &mut r);
    }
    r.out.sort();
    r.out.dedup();
    r.out
}

fn duplicates(cat: &Catalog, r: &mut Report<'_>) {
    let o = &cat.origins;
    let mut check = |kind: &str, items: Vec<(usize, &str)>| {
        let mut seen = BTreeSet::new();
        for (file, id) in items {
            if !seen.insert(id) {
                r.add(file, id, Check::DuplicateId, format!("duplicate {kind} id"));
            }
        }
    };
    check(
        "section",
        cat.sections
            .iter()
            .enumerate()
            .map(|(i, s)| (o.sections[i], s.id.as_str()))
            .collect(),
    );
    check(
        "question",
        cat.sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                s.questions
                    .iter()
                    .map(move |q| (o.sections[i], q.id.as_str()))
            })
            .collect(),
    );
    check(
        "fact",
        cat.facts
            .iter()
            .enumerate()
            .map(|(i, f)| (o.facts[i], f.id.as_str()))
            .collect(),
    );
    check(
        "tier rule",
        cat.tier_rules
            .iter()
            .enumerate()
            .map(|(i, x)| (o.tier_rules[i], x.id.as_str()))
            .collect(),
    );
    check(
        "role",
        cat.roles
            .iter()
            .enumerate()
            .map(|(i, x)| (o.roles[i], x.id.as_str()))
            .collect(),
    );
    check(
        "obligation",
        cat.obligations
            .iter()
            .enumerate()
            .map(|(i, x)| (o.obligations[i], x.id.as_str()))
            .collect(),
    );
    check(
        "schedule",
        cat.schedules
            .iter()
            .enumerate()
            .map(|(i, x)| (o.schedules[i], x.id.as_str()))
            .collect(),
    );
    check(
        "note",
        cat.notes
            .iter()
            .enumerate()
            .map(|(i, x)| (o.notes[i], x.id.as_str()))
            .collect(),
    );
    check(
        "point to confirm",
        cat.version
            .to_confirm
            .iter()
            .map(|x| (o.version.unwrap_or(0), x.id.as_str()))
            .collect(),
    );
    check(
        "ISO item",
        cat.iso_items
            .iter()
            .enumerate()
            .map(|(i, x)| (o.iso_items[i], x.id.as_str()))
            .collect(),
    );
    check(
        "ISO mapping",
        cat.iso_mappings
            .iter()
            .enumerate()
            .map(|(i, x)| (o.iso_mappings[i], x.obligation.as_str()))
            .collect(),
    );
    for (si, s) in cat.sections.iter().enumerate() {
        for q in &s.questions {
            let mut seen = BTreeSet::new();
            for opt in &q.options {
                if !seen.insert(opt.id.as_str()) {
                    r.add(
                        o.sections[si],
                        &q.id,
                        Check::DuplicateId,
                        format!("duplicate option id `{}`", opt.id),
                    );
                }
            }
        }
    }
}

fn question_shapes(cat: &Catalog, r: &mut Report<'_>) {
    for (si, s) in cat.sections.iter().enumerate() {
        let file = cat.origins.sections[si];
        for q in &s.questions {
            let exclusive = q.options.iter().filter(|o| o.exclusive).count();
            let problem = match q.kind {
                QuestionKind::YesNo | QuestionKind::Text | QuestionKind::Date
                    if !q.options.is_empty() =>
                {
                    Some("this kind of question takes no options".to_owned())
                }
                QuestionKind::Single | QuestionKind::Multi if q.options.len() < 2 => {
                    Some("a choice question needs at least two options".to_owned())
                }
                QuestionKind::Multi if exclusive > 1 => {
                    Some("at most one option can be exclusive".to_owned())
                }
                QuestionKind::Single
                | QuestionKind::YesNo
                | QuestionKind::Text
                | QuestionKind::Date
                    if exclusive > 0 =>
                {
                    Some("only multi-choice options can be exclusive".to_owned())
                }
                QuestionKind::Text | QuestionKind::Date if q.unsure => {
                    Some("only choice and yes/no questions offer \"not sure\"".to_owned())
                }
                _ => None,
            };
            if let Some(p) = problem {
                r.add(file, &q.id, Check::BadOptions, p);
            }
            if q.id == crate::model::ISO_STATUS_QUESTION {
                let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
                if q.kind != QuestionKind::Single || ids != ["certified", "in_place", "no"] {
                    r.add(
                        file,
                        &q.id,
                        Check::BadOptions,
                        "the ISO/IEC 42001 status question is single-choice with the options `certified`, `in_place` and `no`".to_owned(),
                    );
                }
            }
            if q.unsure_follow_up && !opens_on_unsure(cat, &q.id) {
                r.add(
                    file,
                    &q.id,
                    Check::BadOptions,
                    "`unsure_follow_up` is set, but no question is shown for its \"not sure\""
                        .to_owned(),
                );
            }
            if q.options.iter().any(|o| o.id == UNSURE) && q.unsure {
                r.add(
                    file,
                    &q.id,
                    Check::BadOptions,
                    format!("option id `{UNSURE}` is reserved for \"not sure\""),
                );
            }
        }
    }
}

/// Whether some question's `show_if` (directly or through facts) tests this question for "not
/// sure".
fn opens_on_unsure(cat: &Catalog, id: &str) -> bool {
    fn mentions(cat: &Catalog, c: &Condition, id: &str, seen: &mut BTreeSet<String>) -> bool {
        let mut found = false;
        visit_condition(c, &mut |x| match x {
            Ref::Value { question, value } if question == id && value == UNSURE => found = true,
            Ref::Fact(f) => {
                if seen.insert(f.to_owned())
                    && let Some(fact) = cat.fact(f)
                {
                    found |= mentions(cat, &fact.when, id, seen);
                }
            }
            _ => {}
        });
        found
    }
    cat.questions()
        .filter_map(|q| q.show_if.as_ref())
        .any(|c| mentions(cat, c, id, &mut BTreeSet::new()))
}

/// Whether `value` is an answer `q` can take.
fn takes_value(q: &Question, value: &str) -> bool {
    match q.kind {
        QuestionKind::YesNo => value == YES || value == NO || (q.unsure && value == UNSURE),
        QuestionKind::Single => {
            q.options.iter().any(|o| o.id == value) || (q.unsure && value == UNSURE)
        }
        QuestionKind::Multi => {
            q.options.iter().any(|o| o.id == value) || (q.unsure && value == UNSURE)
        }
        QuestionKind::Text | QuestionKind::Date => false,
    }
}

fn references(cat: &Catalog, r: &mut Report<'_>) {
    let mut found = vec![];
    for (file, id, c) in conditions(cat) {
        visit_condition(c, &mut |x| match x {
            Ref::Question(q) if cat.question(q).is_none() => {
                found.push((
                    file,
                    id,
                    Check::UnknownQuestion,
                    format!("refers to unknown question `{q}`"),
                ));
            }
            Ref::Value { question, value } => {
                if let Some(q) = cat.question(question)
                    && !takes_value(q, value)
                {
                    found.push((
                        file,
                        id,
                        Check::UnknownOption,
                        format!("`{value}` is not an answer of question `{question}`"),
                    ));
                }
            }
            Ref::Date { question, date } => {
                if !is_iso_date(date) {
                    found.push((
                        file,
                        id,
                        Check::BadDate,
                        format!("`{date}` is not a date YYYY-MM-DD"),
                    ));
                }
                if cat
                    .question(question)
                    .is_some_and(|q| q.kind != QuestionKind::Date)
                {
                    found.push((
                        file,
                        id,
                        Check::UnknownOption,
                        format!("question `{question}` is not a date question"),
                    ));
                }
            }
            Ref::Fact(f) if cat.fact(f).is_none() => {
                found.push((
                    file,
                    id,
                    Check::UnknownFact,
                    format!("refers to unknown fact `{f}`"),
                ));
            }
            Ref::Question(_) | Ref::Fact(_) => {}
        });
    }
    for (i, ob) in cat.obligations.iter().enumerate() {
        let file = cat.origins.obligations[i];
        if cat.role(&ob.role).is_none() {
            found.push((
                file,
                &ob.id,
                Check::UnknownRole,
                format!("refers to unknown role `{}`", ob.role),
            ));
        }
        if cat.schedule(&ob.schedule).is_none() {
            found.push((
                file,
                &ob.id,
                Check::UnknownSchedule,
                format!("refers to unknown date schedule `{}`", ob.schedule),
            ));
        }
        if !cat.iso_items.is_empty() && cat.iso_mapping(&ob.id).is_none() {
            found.push((
                file,
                &ob.id,
                Check::MissingIsoMapping,
                "obligation without an ISO/IEC 42001 mapping".to_owned(),
            ));
        }
    }
    for (i, sc) in cat.schedules.iter().enumerate() {
        if sc.at_launch && cat.fact(crate::model::PRE_LAUNCH_FACT).is_none() {
            found.push((
                cat.origins.schedules[i],
                &sc.id,
                Check::UnknownFact,
                format!(
                    "an `at_launch` schedule needs the fact `{}`",
                    crate::model::PRE_LAUNCH_FACT
                ),
            ));
        }
    }
    for (i, m) in cat.iso_mappings.iter().enumerate() {
        let file = cat.origins.iso_mappings[i];
        if cat.obligation(&m.obligation).is_none() {
            found.push((
                file,
                &m.obligation,
                Check::UnknownObligation,
                format!(
                    "ISO/IEC 42001 mapping for unknown obligation `{}`",
                    m.obligation
                ),
            ));
        }
        for item in &m.items {
            if cat.iso_item(item).is_none() {
                found.push((
                    file,
                    &m.obligation,
                    Check::UnknownIsoItem,
                    format!("`{item}` is not a clause or Annex A control of ISO/IEC 42001:2023"),
                ));
            }
        }
    }
    for (file, id, check, message) in found {
        r.add(file, id, check, message);
    }
}

/// Reports fact cycles; returns whether there were any.
fn fact_cycles(cat: &Catalog, r: &mut Report<'_>) -> bool {
    let deps: BTreeMap<&str, Vec<&str>> = cat
        .facts
        .iter()
        .map(|f| {
            let mut d = vec![];
            visit_condition(&f.when, &mut |x| {
                if let Ref::Fact(id) = x {
                    d.push(id);
                }
            });
            (f.id.as_str(), d)
        })
        .collect();
    let mut any = false;
    let mut in_reported_cycle: BTreeSet<&str> = BTreeSet::new();
    for (i, f) in cat.facts.iter().enumerate() {
        if in_reported_cycle.contains(f.id.as_str()) {
            continue;
        }
        // Depth-first search for a path from the fact back to itself.
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(f.id.as_str(), vec![f.id.as_str()])];
        let mut seen = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for &next in deps.get(at).into_iter().flatten() {
                if next == f.id {
                    let mut p = path.clone();
                    p.push(next);
                    in_reported_cycle.extend(p.iter().copied());
                    r.add(
                        cat.origins.facts[i],
                        &f.id,
                        Check::FactCycle,
                        format!("fact depends on itself: {}", p.join(" -> ")),
                    );
                    any = true;
                    stack.clear();
                    break;
                }
                if seen.insert(next) {
                    let mut p = path.clone();
                    p.push(next);
                    stack.push((next, p));
                }
            }
        }
    }
    any
}

/// The questions a condition depends on, directly or through facts.
fn questions_behind<'a>(
    cat: &'a Catalog,
    c: &'a Condition,
    out: &mut BTreeSet<&'a str>,
    facts: &mut BTreeSet<&'a str>,
) {
    visit_condition(c, &mut |x| match x {
        Ref::Question(q) => {
            out.insert(q);
        }
        Ref::Fact(f) => {
            if facts.insert(f)
                && let Some(fact) = cat.fact(f)
            {
                questions_behind(cat, &fact.when, out, facts);
            }
        }
        Ref::Value { .. } | Ref::Date { .. } => {}
    });
}

fn forward_references(cat: &Catalog, r: &mut Report<'_>) {
    let mut found = vec![];
    for (si, s) in cat.sections.iter().enumerate() {
        for q in &s.questions {
            let Some(c) = &q.show_if else { continue };
            let at = cat.question_position(&q.id);
            let mut behind = BTreeSet::new();
            questions_behind(cat, c, &mut behind, &mut BTreeSet::new());
            for other in behind {
                if cat.question_position(other) >= at {
                    let what = if other == q.id {
                        "itself"
                    } else {
                        "a question asked later"
                    };
                    found.push((
                        cat.origins.sections[si],
                        q.id.as_str(),
                        format!("show_if depends on `{other}`, {what}"),
                    ));
                }
            }
        }
    }
    for (file, id, m) in found {
        r.add(file, id, Check::ForwardReference, m);
    }
}

fn tier_rule_order(cat: &Catalog, r: &mut Report<'_>) {
    let n = cat.tier_rules.len();
    for (i, rule) in cat.tier_rules.iter().enumerate() {
        if rule.when.is_none() && i + 1 < n {
            r.add(
                cat.origins.tier_rules[i],
                &rule.id,
                Check::CatchAllNotLast,
                "a catch-all (no `when`) must be the last tier rule".into(),
            );
        }
    }
    match cat.tier_rules.last() {
        Some(last) if last.when.is_none() => {}
        Some(last) => r.add(
            cat.origins.tier_rules[n - 1],
            &last.id,
            Check::MissingCatchAll,
            "the last tier rule must be a catch-all without `when`".into(),
        ),
        None => r.add(
            cat.origins.version.unwrap_or(0),
            "tier_rules",
            Check::MissingCatchAll,
            "there are no tier rules; the last one must be a catch-all".into(),
        ),
    }
}

/// Every schedule ends with an unconditional rule, and only there.
fn schedule_order(cat: &Catalog, r: &mut Report<'_>) {
    for (i, sc) in cat.schedules.iter().enumerate() {
        let file = cat.origins.schedules[i];
        let n = sc.rules.len();
        if sc.rules[..n.saturating_sub(1)]
            .iter()
            .any(|x| x.when.is_none())
        {
            r.add(
                file,
                &sc.id,
                Check::CatchAllNotLast,
                "only the last date rule of a schedule may have no `when`".into(),
            );
        }
        if sc.rules.last().is_none_or(|x| x.when.is_some()) {
            r.add(
                file,
                &sc.id,
                Check::MissingCatchAll,
                "the last date rule of a schedule must have no `when`".into(),
            );
        }
    }
}

/// Every message of the engine has text, and placeholders that parse.
fn messages(cat: &Catalog, r: &mut Report<'_>) {
    for (key, text) in cat.messages.texts() {
        let problem = if text.trim().is_empty() {
            Some("the message is empty".to_owned())
        } else {
            crate::i18n::messages::placeholders(text).err()
        };
        if let Some(p) = problem {
            let file = cat.origins.messages.get(key).copied().unwrap_or_default();
            r.add(file, key, Check::BadMessage, p);
        }
    }
}

/// Longest help sentence, in words; what does not fit belongs in `details`.
pub const MAX_HELP_WORDS: usize = 30;

/// Help texts open with one short plain sentence.
fn help_texts(cat: &Catalog, r: &mut Report<'_>) {
    for (si, s) in cat.sections.iter().enumerate() {
        for q in &s.questions {
            let help = q.help.trim();
            let words = help.split_whitespace().count();
            // A new sentence starts after ". ", "? " or "! " with a capital letter ("e.g. the"
            // does not start one).
            let chars: Vec<char> = help.chars().collect();
            let sentences = 1 + chars
                .windows(3)
                .filter(|w| matches!(w[0], '.' | '?' | '!') && w[1] == ' ' && w[2].is_uppercase())
                .count();
            let problem = if help.is_empty() {
                Some("help is empty".to_owned())
            } else if words > MAX_HELP_WORDS {
                Some(format!(
                    "help has {words} words; keep it to one plain sentence of at most {MAX_HELP_WORDS} and move the rest to `details`"
                ))
            } else if sentences > 1 {
                Some("help has more than one sentence; move the rest to `details`".to_owned())
            } else {
                None
            };
            if let Some(p) = problem {
                r.add(cat.origins.sections[si], &q.id, Check::LongHelp, p);
            }
        }
    }
}

fn dates_ok(d: &ApplicationDates) -> Option<String> {
    let bad: Vec<&str> = std::iter::once(d.amended.as_str())
        .chain(d.original.as_deref())
        .filter(|x| !is_iso_date(x))
        .collect();
    (!bad.is_empty()).then(|| format!("`{}` is not a date YYYY-MM-DD", bad.join("`, `")))
}

fn legal_basis(cat: &Catalog, r: &mut Report<'_>) {
    let empty = |refs: &[LegalRef]| refs.is_empty() || refs.iter().any(|x| x.label().is_empty());
    let mut found = vec![];
    for (i, x) in cat.tier_rules.iter().enumerate() {
        if empty(&x.refs) {
            found.push((
                cat.origins.tier_rules[i],
                x.id.as_str(),
                Check::MissingReference,
                "tier rule without a legal reference".to_owned(),
            ));
        }
    }
    for (i, x) in cat.roles.iter().enumerate() {
        if empty(&x.refs) {
            found.push((
                cat.origins.roles[i],
                x.id.as_str(),
                Check::MissingReference,
                "role without a legal reference".to_owned(),
            ));
        }
    }
    for (i, x) in cat.obligations.iter().enumerate() {
        let file = cat.origins.obligations[i];
        if empty(&x.refs) {
            found.push((
                file,
                x.id.as_str(),
                Check::MissingReference,
                "obligation without a legal reference".to_owned(),
            ));
        }
    }
    for (i, x) in cat.schedules.iter().enumerate() {
        for d in x.rules.iter().map(|r| &r.dates) {
            if let Some(m) = dates_ok(d) {
                found.push((cat.origins.schedules[i], x.id.as_str(), Check::BadDate, m));
            }
        }
    }
    for (i, x) in cat.notes.iter().enumerate() {
        if empty(&x.refs) {
            found.push((
                cat.origins.notes[i],
                x.id.as_str(),
                Check::MissingReference,
                "note without a legal reference".to_owned(),
            ));
        }
    }
    if let Some(v) = cat.origins.version
        && !is_iso_date(&cat.version.content_date)
    {
        found.push((
            v,
            "version",
            Check::BadDate,
            format!("`{}` is not a date YYYY-MM-DD", cat.version.content_date),
        ));
    }
    for (file, id, check, m) in found {
        r.add(file, id, check, m);
    }
}

fn reachability(cat: &Catalog, r: &mut Report<'_>) {
    let mut found = vec![];
    let mut probe = |file: usize, id: &str, c: &Condition, never: Check, what: &str| {
        match find_answers(cat, c, SEARCH_BUDGET) {
        Ok(Some(_)) => {}
        Ok(None) => found.push((file, id.to_owned(), never, what.to_owned())),
        Err(_) => found.push((
            file,
            id.to_owned(),
            Check::TooComplex,
            "could not decide within the search budget whether any answers reach this; simplify the condition".to_owned(),
        )),
    }
    };
    for (si, s) in cat.sections.iter().enumerate() {
        for q in &s.questions {
            if let Some(c) = &q.show_if {
                probe(
                    cat.origins.sections[si],
                    &q.id,
                    c,
                    Check::Unreachable,
                    "no answers make this question visible",
                );
            }
        }
    }
    for (i, rule) in cat.tier_rules.iter().enumerate() {
        let earlier = cat.tier_rules[..i]
            .iter()
            .filter_map(|e| e.when.clone())
            .map(|c| Condition::Not(Box::new(c)));
        let mut all: Vec<Condition> = rule.when.iter().cloned().collect();
        all.extend(earlier);
        probe(
            cat.origins.tier_rules[i],
            &rule.id,
            &Condition::All(all),
            Check::NeverMatched,
            "no answers make this tier rule the first to match",
        );
    }
    for (i, x) in cat.roles.iter().enumerate() {
        probe(
            cat.origins.roles[i],
            &x.id,
            &x.when,
            Check::NeverMatched,
            "no answers give this role",
        );
    }
    for (i, x) in cat.obligations.iter().enumerate() {
        probe(
            cat.origins.obligations[i],
            &x.id,
            &x.when,
            Check::NeverMatched,
            "no answers make this obligation apply",
        );
    }
    for (i, x) in cat.notes.iter().enumerate() {
        probe(
            cat.origins.notes[i],
            &x.id,
            &x.when,
            Check::NeverMatched,
            "no answers make this note apply",
        );
    }
    for (file, id, check, m) in found {
        r.add(file, &id, check, m);
    }
}
