//! Evaluating conditions over answers, recording which answers and facts made them hold.

use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::model::Condition;
use std::cell::RefCell;
use std::collections::BTreeSet;

/// Deepest fact nesting evaluated; deeper chains (only possible in invalid content) count as false.
const MAX_DEPTH: usize = 64;

/// What a condition rested on: the questions whose answers and the facts that made it hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Basis {
    /// Question ids.
    pub questions: BTreeSet<String>,
    /// Fact ids.
    pub facts: BTreeSet<String>,
}

/// A fact's value and, when it was asked for, what it rested on.
type FactValue = (bool, Option<Basis>);

/// Evaluates conditions against a set of answers that are already filtered to visible questions.
/// Each fact is evaluated once per evaluator and remembered, since the answers do not change.
pub struct Evaluator<'a> {
    catalog: &'a Catalog,
    answers: &'a Answers,
    /// Fact values by fact index, once evaluated.
    facts: RefCell<Vec<Option<FactValue>>>,
}

impl<'a> Evaluator<'a> {
    /// An evaluator over `answers` (which should hold only answers to visible questions).
    pub fn new(catalog: &'a Catalog, answers: &'a Answers) -> Self {
        Evaluator {
            catalog,
            answers,
            facts: RefCell::new(Vec::new()),
        }
    }

    /// Whether the condition holds.
    pub fn holds(&self, c: &Condition) -> bool {
        self.eval(c, 0, &mut None)
    }

    /// Whether the condition holds, and what it rested on.
    pub fn holds_with_basis(&self, c: &Condition) -> (bool, Basis) {
        let mut basis = Some(Basis::default());
        let ok = self.eval(c, 0, &mut basis);
        (ok, basis.unwrap_or_default())
    }

    fn eval(&self, c: &Condition, depth: usize, basis: &mut Option<Basis>) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        match c {
            Condition::All(cs) => {
                let mut sub = basis.as_ref().map(|_| Basis::default());
                let ok = cs.iter().all(|c| self.eval(c, depth, &mut sub));
                if ok {
                    merge(basis, sub);
                }
                ok
            }
            Condition::Any(cs) => cs.iter().any(|c| {
                let mut sub = basis.as_ref().map(|_| Basis::default());
                let ok = self.eval(c, depth, &mut sub);
                if ok {
                    merge(basis, sub);
                }
                ok
            }),
            Condition::Not(c) => {
                let mut sub = basis.as_ref().map(|_| Basis::default());
                let inner = self.eval(c, depth, &mut sub);
                if !inner {
                    // A negation rests on the answers that made its operand false.
                    if let Some(b) = basis.as_mut() {
                        collect_questions(c, self, &mut b.questions, depth);
                    }
                }
                !inner
            }
            Condition::Is(is) => self.answer_test(&is.question, basis, |a| a.has(&is.value)),
            Condition::AnyOf(any) => self.answer_test(&any.question, basis, |a| {
                any.values.iter().any(|v| a.has(v))
            }),
            Condition::Answered(q) => self.answer_test(q, basis, |_| true),
            Condition::DateBefore(d) => self.answer_test(&d.question, basis, |a| {
                a.as_one().is_some_and(|v| v < d.date.as_str())
            }),
            Condition::DateOnOrAfter(d) => self.answer_test(&d.question, basis, |a| {
                a.as_one().is_some_and(|v| v >= d.date.as_str())
            }),
            Condition::Fact(id) => {
                let Some(index) = self.catalog.fact_index(id) else {
                    return false;
                };
                let fact = &self.catalog.facts[index];
                // A cached value serves when it carries a basis, or when none is asked for.
                let want_basis = basis.is_some();
                let cached = self
                    .facts
                    .borrow()
                    .get(index)
                    .and_then(Option::as_ref)
                    .filter(|(_, b)| b.is_some() || !want_basis)
                    .cloned();
                let (ok, sub) = match cached {
                    Some(hit) => hit,
                    None => {
                        let mut sub = want_basis.then(Basis::default);
                        let ok = self.eval(&fact.when, depth + 1, &mut sub);
                        let mut facts = self.facts.borrow_mut();
                        if facts.len() <= index {
                            facts.resize(index + 1, None);
                        }
                        facts[index] = Some((ok, sub.clone()));
                        (ok, sub)
                    }
                };
                if ok {
                    merge(basis, sub);
                    if let Some(b) = basis.as_mut() {
                        b.facts.insert(id.clone());
                    }
                }
                ok
            }
        }
    }

    fn answer_test(
        &self,
        question: &str,
        basis: &mut Option<Basis>,
        test: impl Fn(&crate::answers::Answer) -> bool,
    ) -> bool {
        let ok = self.answers.get(question).is_some_and(test);
        if ok && let Some(b) = basis.as_mut() {
            b.questions.insert(question.to_owned());
        }
        ok
    }
}

fn merge(into: &mut Option<Basis>, from: Option<Basis>) {
    if let (Some(into), Some(from)) = (into.as_mut(), from) {
        into.questions.extend(from.questions);
        into.facts.extend(from.facts);
    }
}

/// The answered questions a condition refers to, directly or through facts.
fn collect_questions(c: &Condition, ev: &Evaluator<'_>, out: &mut BTreeSet<String>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    crate::refs::visit_condition(c, &mut |r| match r {
        crate::refs::Ref::Question(q) => {
            if ev.answers.contains_key(q) {
                out.insert(q.to_owned());
            }
        }
        crate::refs::Ref::Fact(f) => {
            if let Some(fact) = ev.catalog.fact(f) {
                collect_questions(&fact.when, ev, out, depth + 1);
            }
        }
        crate::refs::Ref::Value { .. } | crate::refs::Ref::Date { .. } => {}
    });
}

/// A condition's value when "not sure" answers may still turn out either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    /// Holds whatever the "not sure" answers turn out to be.
    True,
    /// Fails whatever they turn out to be.
    False,
    /// Depends on how a "not sure" answer is resolved.
    Maybe,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Maybe => Truth::Maybe,
        }
    }
}

impl Evaluator<'_> {
    /// Evaluates `c` treating each "not sure" answer as possibly any of its question's answers,
    /// except on questions whose "not sure" only routes to follow-up questions. Finds outcomes
    /// that several "not sure" answers together could lead to, which flipping them one at a time
    /// misses.
    pub fn holds_maybe(&self, c: &Condition) -> Truth {
        self.maybe(c, 0, false)
    }

    /// Whether `c` holds on definite answers alone: a condition that only holds because it
    /// accepts "not sure" (where content reads "not sure" strictly) is not definite, while a
    /// negation is not made doubtful by "not sure" answers.
    pub fn holds_definitely(&self, c: &Condition) -> bool {
        self.maybe(c, 0, true) == Truth::True
    }

    fn maybe(&self, c: &Condition, depth: usize, strict: bool) -> Truth {
        if depth > MAX_DEPTH {
            return Truth::False;
        }
        let answer = |q: &str, test: &dyn Fn(&crate::answers::Answer) -> bool| -> Truth {
            let open = |a: &crate::answers::Answer| {
                a.is_unsure()
                    && self
                        .catalog
                        .question(q)
                        .is_some_and(|q| !q.unsure_follow_up)
            };
            match self.answers.get(q) {
                None => Truth::False,
                Some(a) if strict && open(a) => Truth::Maybe,
                Some(a) if test(a) => Truth::True,
                Some(a) if open(a) => Truth::Maybe,
                Some(_) => Truth::False,
            }
        };
        match c {
            Condition::All(cs) => cs.iter().fold(Truth::True, |acc, c| {
                match (acc, self.maybe(c, depth, strict)) {
                    (Truth::False, _) | (_, Truth::False) => Truth::False,
                    (Truth::Maybe, _) | (_, Truth::Maybe) => Truth::Maybe,
                    _ => Truth::True,
                }
            }),
            Condition::Any(cs) => cs.iter().fold(Truth::False, |acc, c| {
                match (acc, self.maybe(c, depth, strict)) {
                    (Truth::True, _) | (_, Truth::True) => Truth::True,
                    (Truth::Maybe, _) | (_, Truth::Maybe) => Truth::Maybe,
                    _ => Truth::False,
                }
            }),
            // In strict mode only what a condition positively rests on must be definite: a
            // negation of something that only "not sure" answers could make true holds.
            Condition::Not(c) => match (self.maybe(c, depth, strict), strict) {
                (Truth::Maybe, true) => Truth::True,
                (t, _) => t.not(),
            },
            Condition::Is(is) => answer(&is.question, &|a| a.has(&is.value)),
            Condition::AnyOf(any) => {
                answer(&any.question, &|a| any.values.iter().any(|v| a.has(v)))
            }
            Condition::Answered(q) => answer(q, &|_| true),
            Condition::DateBefore(d) => answer(&d.question, &|a| {
                a.as_one().is_some_and(|v| v < d.date.as_str())
            }),
            Condition::DateOnOrAfter(d) => answer(&d.question, &|a| {
                a.as_one().is_some_and(|v| v >= d.date.as_str())
            }),
            Condition::Fact(id) => match self.catalog.fact(id) {
                Some(f) => self.maybe(&f.when, depth + 1, strict),
                None => Truth::False,
            },
        }
    }
}
