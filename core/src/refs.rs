//! Walking the references a condition makes to questions, answer values, facts and dates.

use crate::model::Condition;

/// One reference inside a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref<'a> {
    /// A question id.
    Question(&'a str),
    /// An answer value of a question.
    Value {
        /// Question id.
        question: &'a str,
        /// Answer value.
        value: &'a str,
    },
    /// A fact id.
    Fact(&'a str),
    /// A date literal compared with a date question's answer.
    Date {
        /// Question id.
        question: &'a str,
        /// The date, `YYYY-MM-DD`.
        date: &'a str,
    },
}

/// Calls `f` for every reference in `c`, depth first, in order.
pub fn visit_condition<'a>(c: &'a Condition, f: &mut impl FnMut(Ref<'a>)) {
    match c {
        Condition::All(cs) | Condition::Any(cs) => {
            for c in cs {
                visit_condition(c, f);
            }
        }
        Condition::Not(c) => visit_condition(c, f),
        Condition::Is(is) => {
            f(Ref::Question(&is.question));
            f(Ref::Value {
                question: &is.question,
                value: &is.value,
            });
        }
        Condition::AnyOf(any) => {
            f(Ref::Question(&any.question));
            for v in &any.values {
                f(Ref::Value {
                    question: &any.question,
                    value: v,
                });
            }
        }
        Condition::Answered(q) => f(Ref::Question(q)),
        Condition::Fact(id) => f(Ref::Fact(id)),
        Condition::DateBefore(d) | Condition::DateOnOrAfter(d) => {
            f(Ref::Question(&d.question));
            f(Ref::Date {
                question: &d.question,
                date: &d.date,
            });
        }
    }
}

/// The ids of the questions a condition depends on, directly or through facts.
pub fn questions_behind<'a>(
    catalog: &'a crate::catalog::Catalog,
    c: &'a Condition,
    out: &mut std::collections::BTreeSet<&'a str>,
) {
    fn walk<'a>(
        catalog: &'a crate::catalog::Catalog,
        c: &'a Condition,
        out: &mut std::collections::BTreeSet<&'a str>,
        facts: &mut std::collections::BTreeSet<&'a str>,
    ) {
        visit_condition(c, &mut |r| match r {
            Ref::Question(q) => {
                out.insert(q);
            }
            Ref::Fact(f) => {
                if facts.insert(f)
                    && let Some(fact) = catalog.fact(f)
                {
                    walk(catalog, &fact.when, out, facts);
                }
            }
            Ref::Value { .. } | Ref::Date { .. } => {}
        });
    }
    walk(catalog, c, out, &mut std::collections::BTreeSet::new());
}
