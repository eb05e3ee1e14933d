//! Finding answers under which a condition holds, honouring visibility: used by validation to
//! prove that every question can be shown and every rule can fire.
//!
//! A depth-first search over the questions the condition depends on (and the questions their
//! visibility depends on), in the order asked, pruned with three-valued evaluation.

use crate::answers::{Answer, Answers, NO, UNSURE, YES};
use crate::catalog::Catalog;
use crate::model::{Condition, Question, QuestionKind};
use crate::refs::{Ref, visit_condition};
use std::collections::{BTreeMap, BTreeSet};

/// The search gave up after this many steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchLimit;

/// Most subsets of a multi-choice question's referenced options tried.
const MAX_MULTI_OPTIONS: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq)]
enum T {
    True,
    False,
    Unknown,
}

/// Answers under which `target` holds, `None` if there are none, or `Err` past `budget` steps.
pub fn find_answers(
    catalog: &Catalog,
    target: &Condition,
    budget: usize,
) -> Result<Option<Answers>, SearchLimit> {
    find_answers_guided(catalog, target, target, budget)
}

/// Like [`find_answers`], trying first the answers that make `hint` hold: for a tier rule, its own
/// condition, while `target` also requires that no earlier rule matches.
pub fn find_answers_guided(
    catalog: &Catalog,
    target: &Condition,
    hint: &Condition,
    budget: usize,
) -> Result<Option<Answers>, SearchLimit> {
    let questions = relevant_questions(catalog, target);
    let values = referenced_values(catalog, target, &questions);
    let wanted = wanted_values(catalog, hint);
    let domains: Vec<Vec<Option<Answer>>> = questions
        .iter()
        .map(|q| {
            let mut d = domain(q, values.get(q.id.as_str()));
            if let Some(w) = wanted.get(q.id.as_str()) {
                prefer(&mut d, w);
            }
            d
        })
        .collect();
    if let Some(found) = sample(
        catalog,
        target,
        &questions,
        &domains,
        wanted_counts(&domains, &wanted, &questions),
    ) {
        return Ok(Some(found));
    }
    let mut s = Search {
        catalog,
        target,
        questions: &questions,
        domains: &domains,
        effective: Answers::new(),
        unassigned: questions.iter().map(|q| q.id.as_str()).collect(),
        steps: 0,
        budget,
    };
    if s.dfs(0)? {
        Ok(Some(s.effective))
    } else {
        Ok(None)
    }
}

struct Search<'a> {
    catalog: &'a Catalog,
    target: &'a Condition,
    questions: &'a [&'a Question],
    domains: &'a [Vec<Option<Answer>>],
    effective: Answers,
    unassigned: BTreeSet<&'a str>,
    steps: usize,
    budget: usize,
}

impl<'a> Search<'a> {
    fn dfs(&mut self, k: usize) -> Result<bool, SearchLimit> {
        self.steps += 1;
        if self.steps > self.budget {
            return Err(SearchLimit);
        }
        match self.eval(self.target, 0) {
            T::True => return Ok(true),
            T::False => return Ok(false),
            T::Unknown => {}
        }
        let Some(q) = self.questions.get(k).copied() else {
            return Ok(false);
        };
        self.unassigned.remove(q.id.as_str());
        let visible = q
            .show_if
            .as_ref()
            .is_none_or(|c| self.eval(c, 0) == T::True);
        let found = if visible {
            let mut found = false;
            for value in &self.domains[k] {
                match value {
                    Some(a) => self.effective.insert(q.id.clone(), a.clone()),
                    None => self.effective.remove(&q.id),
                };
                if self.dfs(k + 1)? {
                    found = true;
                    break;
                }
            }
            if !found {
                self.effective.remove(&q.id);
            }
            found
        } else {
            self.dfs(k + 1)?
        };
        if !found {
            self.unassigned.insert(q.id.as_str());
        }
        Ok(found)
    }

    fn atom(&self, question: &str, test: impl Fn(&Answer) -> bool) -> T {
        if self.unassigned.contains(question) {
            T::Unknown
        } else if self.effective.get(question).is_some_and(test) {
            T::True
        } else {
            T::False
        }
    }

    fn eval(&self, c: &Condition, depth: usize) -> T {
        if depth > 64 {
            return T::False;
        }
        match c {
            Condition::All(cs) => {
                let mut out = T::True;
                for c in cs {
                    match self.eval(c, depth) {
                        T::False => return T::False,
                        T::Unknown => out = T::Unknown,
                        T::True => {}
                    }
                }
                out
            }
            Condition::Any(cs) => {
                let mut out = T::False;
                for c in cs {
                    match self.eval(c, depth) {
                        T::True => return T::True,
                        T::Unknown => out = T::Unknown,
                        T::False => {}
                    }
                }
                out
            }
            Condition::Not(c) => match self.eval(c, depth) {
                T::True => T::False,
                T::False => T::True,
                T::Unknown => T::Unknown,
            },
            Condition::Is(is) => self.atom(&is.question, |a| a.has(&is.value)),
            Condition::AnyOf(any) => {
                self.atom(&any.question, |a| any.values.iter().any(|v| a.has(v)))
            }
            Condition::Answered(q) => self.atom(q, |_| true),
            Condition::DateBefore(d) => self.atom(&d.question, |a| {
                a.as_one().is_some_and(|v| v < d.date.as_str())
            }),
            Condition::DateOnOrAfter(d) => self.atom(&d.question, |a| {
                a.as_one().is_some_and(|v| v >= d.date.as_str())
            }),
            Condition::Fact(id) => match self.catalog.fact(id) {
                Some(f) => self.eval(&f.when, depth + 1),
                None => T::False,
            },
        }
    }
}

/// Calls `f` for every reference in `c`, following facts (each fact once).
fn visit_deep<'a>(
    catalog: &'a Catalog,
    c: &'a Condition,
    seen_facts: &mut BTreeSet<&'a str>,
    f: &mut impl FnMut(Ref<'a>),
) {
    let mut facts = vec![];
    visit_condition(c, &mut |r| {
        if let Ref::Fact(id) = r {
            facts.push(id);
        }
        f(r);
    });
    for id in facts {
        if seen_facts.insert(id)
            && let Some(fact) = catalog.fact(id)
        {
            visit_deep(catalog, &fact.when, seen_facts, f);
        }
    }
}

/// Questions the target depends on, plus those their visibility depends on, in the order asked.
fn relevant_questions<'a>(catalog: &'a Catalog, target: &'a Condition) -> Vec<&'a Question> {
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    let mut todo: Vec<&Condition> = vec![target];
    while let Some(c) = todo.pop() {
        let mut found = vec![];
        visit_deep(catalog, c, &mut BTreeSet::new(), &mut |r| {
            if let Ref::Question(q) = r {
                found.push(q);
            }
        });
        for q in found {
            if ids.insert(q)
                && let Some(sc) = catalog.question(q).and_then(|q| q.show_if.as_ref())
            {
                todo.push(sc);
            }
        }
    }
    let mut qs: Vec<&Question> = ids.iter().filter_map(|id| catalog.question(id)).collect();
    qs.sort_by_key(|q| catalog.question_position(&q.id));
    qs
}

/// The values (and dates) each question is compared with anywhere in the relevant conditions.
fn referenced_values<'a>(
    catalog: &'a Catalog,
    target: &'a Condition,
    questions: &[&'a Question],
) -> BTreeMap<&'a str, BTreeSet<&'a str>> {
    let mut out: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut record = |r: Ref<'a>| match r {
        Ref::Value { question, value }
        | Ref::Date {
            question,
            date: value,
        } => {
            out.entry(question).or_default().insert(value);
        }
        Ref::Question(_) | Ref::Fact(_) => {}
    };
    visit_deep(catalog, target, &mut BTreeSet::new(), &mut record);
    for q in questions {
        if let Some(c) = &q.show_if {
            visit_deep(catalog, c, &mut BTreeSet::new(), &mut record);
        }
    }
    out
}

/// The answer values that make a condition hold where it asks for them without a negation,
/// following facts, and the values that make those questions visible. The search tries these
/// first, so that a condition that can hold is shown to hold after few steps.
fn wanted_values<'a>(
    catalog: &'a Catalog,
    target: &'a Condition,
) -> BTreeMap<&'a str, BTreeSet<&'a str>> {
    fn walk<'a>(
        catalog: &'a Catalog,
        c: &'a Condition,
        positive: bool,
        seen: &mut BTreeSet<(&'a str, bool)>,
        out: &mut BTreeMap<&'a str, BTreeSet<&'a str>>,
    ) {
        match c {
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    walk(catalog, c, positive, seen, out);
                }
            }
            // What a negation wants is too indirect to guide the search.
            Condition::Not(_) => {}
            Condition::Is(is) if positive => {
                out.entry(&is.question).or_default().insert(&is.value);
            }
            Condition::AnyOf(any) if positive => {
                out.entry(&any.question)
                    .or_default()
                    .extend(any.values.iter().map(String::as_str));
            }
            Condition::Answered(q) if positive => {
                out.entry(q).or_default();
            }
            Condition::DateBefore(d) | Condition::DateOnOrAfter(d) if positive => {
                out.entry(&d.question).or_default().insert(&d.date);
            }
            Condition::Fact(id) => {
                if let Some(f) = catalog.fact(id)
                    && seen.insert((id, positive))
                {
                    walk(catalog, &f.when, positive, seen, out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    let mut seen = BTreeSet::new();
    walk(catalog, target, true, &mut seen, &mut out);
    // A wanted answer needs its question visible.
    let mut done: BTreeSet<&str> = BTreeSet::new();
    loop {
        let todo: Vec<&str> = out.keys().copied().filter(|q| !done.contains(q)).collect();
        if todo.is_empty() {
            break;
        }
        for q in todo {
            done.insert(q);
            if let Some(c) = catalog.question(q).and_then(|q| q.show_if.as_ref()) {
                walk(catalog, c, true, &mut seen, &mut out);
            }
        }
    }
    out
}

/// Random walks through the questionnaire tried before the exhaustive search.
const WALKS: usize = 2_000;

/// How many answers at the front of each domain are wanted (see [`prefer`]).
fn wanted_counts(
    domains: &[Vec<Option<Answer>>],
    wanted: &BTreeMap<&str, BTreeSet<&str>>,
    questions: &[&Question],
) -> Vec<usize> {
    domains
        .iter()
        .zip(questions)
        .map(|(d, q)| match wanted.get(q.id.as_str()) {
            Some(_) => d.iter().take_while(|a| a.is_some()).count(),
            None => 0,
        })
        .collect()
}

/// A small deterministic generator (SplitMix64): the walks are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Guided random walks: each visible question gets a wanted answer most of the time, otherwise
/// no answer or any answer. Finds answers for conditions that hold somewhere deep in the
/// questionnaire far faster than the exhaustive search, which then only has to prove that the
/// remaining conditions never hold.
fn sample(
    catalog: &Catalog,
    target: &Condition,
    questions: &[&Question],
    domains: &[Vec<Option<Answer>>],
    wanted: Vec<usize>,
) -> Option<Answers> {
    let mut rng = Rng(0x5eed);
    for _ in 0..WALKS {
        let mut effective = Answers::new();
        for (k, q) in questions.iter().enumerate() {
            let visible = q
                .show_if
                .as_ref()
                .is_none_or(|c| crate::eval::Evaluator::new(catalog, &effective).holds(c));
            if !visible {
                continue;
            }
            let d = &domains[k];
            let roll = rng.below(10);
            let pick = if wanted[k] > 0 && roll < 7 {
                &d[rng.below(wanted[k])]
            } else if roll < 8 || d.len() < 2 {
                &None
            } else {
                &d[rng.below(d.len())]
            };
            if let Some(a) = pick {
                effective.insert(q.id.clone(), a.clone());
            }
        }
        if crate::eval::Evaluator::new(catalog, &effective).holds(target) {
            return Some(effective);
        }
    }
    None
}

/// Reorders a domain so that wanted answers come first (single values and single options), then
/// no answer, then the rest, each group in its original order.
fn prefer(domain: &mut [Option<Answer>], wanted: &BTreeSet<&str>) {
    let rank = |a: &Option<Answer>| -> (u8, usize) {
        match a {
            None => (1, 0),
            Some(Answer::One(v)) if wanted.contains(v.as_str()) => (0, 1),
            // Single wanted options only: larger sets tend to trip other conditions.
            Some(Answer::Many(vs)) if vs.len() == 1 && wanted.contains(vs[0].as_str()) => (0, 1),
            Some(_) if wanted.is_empty() => (0, 2),
            Some(_) => (2, 0),
        }
    };
    domain.sort_by_key(rank);
}

/// The answers worth trying for a question: unanswered first, then each distinct value.
fn domain(q: &Question, referenced: Option<&BTreeSet<&str>>) -> Vec<Option<Answer>> {
    let one = |v: &str| Some(Answer::One(v.to_owned()));
    let mut d = vec![None];
    match q.kind {
        QuestionKind::YesNo => {
            d.extend([one(YES), one(NO)]);
            if q.unsure {
                d.push(one(UNSURE));
            }
        }
        QuestionKind::Single => {
            d.extend(q.options.iter().map(|o| one(&o.id)));
            if q.unsure {
                d.push(one(UNSURE));
            }
        }
        QuestionKind::Multi => {
            let mentioned: Vec<&str> = q
                .options
                .iter()
                .filter(|o| !o.exclusive && referenced.is_some_and(|r| r.contains(o.id.as_str())))
                .map(|o| o.id.as_str())
                .take(MAX_MULTI_OPTIONS)
                .collect();
            for o in q.options.iter().filter(|o| o.exclusive) {
                d.push(Some(Answer::Many(vec![o.id.clone()])));
            }
            if q.unsure {
                d.push(one(UNSURE));
            }
            if let Some(other) = q
                .options
                .iter()
                .find(|o| !o.exclusive && !mentioned.contains(&o.id.as_str()))
            {
                d.push(Some(Answer::Many(vec![other.id.clone()])));
            }
            for mask in 1u32..(1 << mentioned.len()) {
                let set: Vec<String> = mentioned
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, v)| (*v).to_owned())
                    .collect();
                d.push(Some(Answer::Many(set)));
            }
        }
        QuestionKind::Text => d.push(one("text")),
        QuestionKind::Date => {
            d.push(one("0001-01-01"));
            d.extend(
                referenced
                    .into_iter()
                    .flatten()
                    .filter(|v| crate::flow::is_iso_date(v))
                    .map(|v| one(v)),
            );
        }
    }
    d
}
