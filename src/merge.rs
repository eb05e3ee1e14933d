//! Two tabs on the same assessment: their saves are merged answer by answer, so that answers
//! given within a few milliseconds of each other in different tabs are both kept. Each answer
//! carries the time it was given; where both tabs changed the same answer since this tab last
//! looked, the later one is kept and the other is reported, never dropped silently.

use aiact_core::envelope::Envelope;
use aiact_core::{Answer, Answers};
use std::collections::BTreeMap;

/// When each answer was last given, in milliseconds since 1970, by question id.
pub type Times = BTreeMap<String, f64>;

/// One tab's view of the assessment.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The assessment.
    pub env: &'a Envelope,
    /// When its answers were given.
    pub times: &'a Times,
}

/// The same question answered differently in both tabs since this tab last looked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Question id.
    pub question: String,
    /// The answer kept (the later one).
    pub kept: Answer,
    /// The other tab's or this tab's other answer, offered to the person.
    pub other: Answer,
}

/// The merged assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Both tabs' answers.
    pub env: Envelope,
    /// When each was given.
    pub times: Times,
    /// Answers both tabs changed differently.
    pub conflicts: Vec<Conflict>,
}

/// Merges the assessment saved by another tab (`theirs`) into this tab's (`ours`).
///
/// `synced_at` is when this tab last took the stored state; `details_typed` says whether the
/// person changed the name or description here since then (theirs are taken otherwise).
pub fn merge(ours: Side<'_>, theirs: Side<'_>, synced_at: f64, details_typed: bool) -> Merged {
    let time = |side: Side<'_>, q: &str| side.times.get(q).copied().unwrap_or(0.0);
    let mut answers = Answers::new();
    let mut times = Times::new();
    let mut conflicts = vec![];
    let ids: std::collections::BTreeSet<&String> = ours
        .env
        .answers
        .keys()
        .chain(theirs.env.answers.keys())
        .collect();
    for q in ids {
        let (ta, tb) = (time(ours, q), time(theirs, q));
        let keep = match (ours.env.answers.get(q), theirs.env.answers.get(q)) {
            // Set aside there by a content update: it stays set aside.
            (Some(a), None) if theirs.env.retired.get(q) == Some(a) => None,
            (Some(a), None) => Some((a, ta)),
            (None, Some(b)) => Some((b, tb)),
            (Some(a), Some(b)) if a == b => Some((a, ta.max(tb))),
            (Some(a), Some(b)) => {
                let (kept, other, at) = if ta > tb { (a, b, ta) } else { (b, a, tb) };
                if ta > synced_at && tb > synced_at {
                    conflicts.push(Conflict {
                        question: q.clone(),
                        kept: kept.clone(),
                        other: other.clone(),
                    });
                }
                Some((kept, at))
            }
            (None, None) => None,
        };
        if let Some((a, t)) = keep {
            answers.insert(q.clone(), a.clone());
            if t > 0.0 {
                times.insert(q.clone(), t);
            }
        }
    }
    let newer = if ours.env.updated > theirs.env.updated {
        ours.env
    } else {
        theirs.env
    };
    let details = if details_typed { ours.env } else { theirs.env };
    let mut retired = theirs.env.retired.clone();
    for (q, a) in &ours.env.retired {
        retired.entry(q.clone()).or_insert_with(|| a.clone());
    }
    // Plan entries: each obligation's latest entry; ISO items: marked in either tab.
    let mut plan = theirs.env.plan.clone();
    for (id, e) in &ours.env.plan {
        match plan.get(id) {
            Some(t) if t.updated >= e.updated => {}
            _ => {
                plan.insert(id.clone(), e.clone());
            }
        }
    }
    let iso_in_place = if newer.iso_in_place.is_empty() {
        ours.env
            .iso_in_place
            .union(&theirs.env.iso_in_place)
            .cloned()
            .collect()
    } else {
        newer.iso_in_place.clone()
    };
    let env = Envelope {
        schema: ours.env.schema.max(theirs.env.schema),
        content_date: ours
            .env
            .content_date
            .clone()
            .max(theirs.env.content_date.clone()),
        created: ours.env.created.clone().min(theirs.env.created.clone()),
        updated: ours.env.updated.clone().max(theirs.env.updated.clone()),
        name: details.name.clone(),
        description: details.description.clone(),
        answers,
        seen: newer.seen.clone(),
        result: newer.result.clone(),
        retired,
        plan,
        iso_in_place,
    };
    Merged {
        env,
        times,
        conflicts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(answers: &[(&str, &str)], updated: &str) -> Envelope {
        let mut e = Envelope::new("2026-11-27", updated);
        for (q, a) in answers {
            e.answers.insert((*q).into(), Answer::One((*a).into()));
        }
        e
    }

    fn times(list: &[(&str, f64)]) -> Times {
        list.iter().map(|(q, t)| ((*q).to_owned(), *t)).collect()
    }

    #[test]
    fn answers_to_different_questions_in_two_tabs_are_both_kept() {
        // This tab answered q1 at 100; the other tab, not having seen it, saved q2 at 101.
        let ours = env(&[("q0", "yes"), ("q1", "no")], "t1");
        let theirs = env(&[("q0", "yes"), ("q2", "yes")], "t2");
        let m = merge(
            Side {
                env: &ours,
                times: &times(&[("q0", 10.0), ("q1", 100.0)]),
            },
            Side {
                env: &theirs,
                times: &times(&[("q0", 10.0), ("q2", 101.0)]),
            },
            50.0,
            false,
        );
        let keys: Vec<&str> = m.env.answers.keys().map(String::as_str).collect();
        assert_eq!(keys, ["q0", "q1", "q2"]);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.times.get("q1"), Some(&100.0));
    }

    #[test]
    fn an_answer_changed_in_the_other_tab_replaces_a_stale_one_quietly() {
        let ours = env(&[("q1", "yes")], "t1");
        let theirs = env(&[("q1", "no")], "t2");
        let m = merge(
            Side {
                env: &ours,
                times: &times(&[("q1", 10.0)]),
            },
            Side {
                env: &theirs,
                times: &times(&[("q1", 60.0)]),
            },
            50.0,
            false,
        );
        assert_eq!(m.env.answers["q1"], Answer::One("no".into()));
        assert!(m.conflicts.is_empty());
        // And a stale copy in the other tab never undoes a newer answer given here.
        let m = merge(
            Side {
                env: &theirs,
                times: &times(&[("q1", 60.0)]),
            },
            Side {
                env: &ours,
                times: &times(&[("q1", 10.0)]),
            },
            50.0,
            false,
        );
        assert_eq!(m.env.answers["q1"], Answer::One("no".into()));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn the_same_question_answered_differently_in_both_tabs_is_reported() {
        let ours = env(&[("q1", "yes")], "t1");
        let theirs = env(&[("q1", "no")], "t2");
        let m = merge(
            Side {
                env: &ours,
                times: &times(&[("q1", 100.0)]),
            },
            Side {
                env: &theirs,
                times: &times(&[("q1", 102.0)]),
            },
            50.0,
            false,
        );
        assert_eq!(
            m.env.answers["q1"],
            Answer::One("no".into()),
            "the later is kept"
        );
        assert_eq!(
            m.conflicts,
            [Conflict {
                question: "q1".into(),
                kept: Answer::One("no".into()),
                other: Answer::One("yes".into()),
            }]
        );
    }

    #[test]
    fn name_typed_here_is_kept_and_set_aside_answers_stay_aside() {
        let mut ours = env(&[("old.q", "yes")], "t1");
        ours.name = "Typed here".into();
        let mut theirs = env(&[], "t2");
        theirs.name = "Older name".into();
        theirs
            .retired
            .insert("old.q".into(), Answer::One("yes".into()));
        let m = merge(
            Side {
                env: &ours,
                times: &Times::new(),
            },
            Side {
                env: &theirs,
                times: &Times::new(),
            },
            0.0,
            true,
        );
        assert_eq!(m.env.name, "Typed here");
        assert!(m.env.answers.is_empty());
        assert_eq!(m.env.retired["old.q"], Answer::One("yes".into()));
        let m = merge(
            Side {
                env: &ours,
                times: &Times::new(),
            },
            Side {
                env: &theirs,
                times: &Times::new(),
            },
            0.0,
            false,
        );
        assert_eq!(m.env.name, "Older name");
    }
}
