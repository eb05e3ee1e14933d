//! Property tests over the real catalog: random answer sets always give a complete, consistent
//! assessment without panic; answers to hidden questions never count; hiding a question and
//! showing it again restores the same result; every share link the app makes opens again.
//! They run with a fixed seed (see `common::config`); `scripts/fuzz.sh` explores far more cases.

use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::envelope::Envelope;
use aiact_core::model::{Question, QuestionKind};
use aiact_core::share::{self, EncodeError, MAX_LEN};
use aiact_core::{Answer, Answers, Catalog, assess, bundled, flow};
use proptest::prelude::*;
use std::sync::OnceLock;

mod common;

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| bundled::catalog().unwrap())
}

/// Every answer a question can take, including some invalid ones, picked by `pick`.
fn answer_for(q: &Question, pick: u32) -> Option<Answer> {
    let one = |s: &str| Some(Answer::One(s.to_owned()));
    match q.kind {
        QuestionKind::YesNo => {
            [None, one(YES), one(NO), one(UNSURE), one("bogus")][pick as usize % 5].clone()
        }
        QuestionKind::Single => {
            let mut vals: Vec<Option<Answer>> = vec![None, one(UNSURE), one("bogus")];
            vals.extend(q.options.iter().map(|o| one(&o.id)));
            vals[pick as usize % vals.len()].clone()
        }
        QuestionKind::Multi => {
            if pick.is_multiple_of(7) {
                return None;
            }
            let ids: Vec<String> = q
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick & (1 << (i % 31)) != 0)
                .map(|(_, o)| o.id.clone())
                .collect();
            Some(Answer::Many(ids))
        }
        QuestionKind::Text => [None, one("My system"), one("")][pick as usize % 3].clone(),
        QuestionKind::Date => [
            None,
            one("2024-05-01"),
            one("2026-09-01"),
            one("2027-01-31"),
            one("not a date"),
        ][pick as usize % 5]
            .clone(),
    }
}

fn answers_from(picks: &[u32]) -> Answers {
    catalog()
        .questions()
        .zip(picks.iter().cycle())
        .filter_map(|(q, &p)| answer_for(q, p).map(|a| (q.id.clone(), a)))
        .collect()
}

fn picks() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), 1..400)
}

proptest! {
    #![proptest_config(common::config(300))]

    #[test]
    fn random_answers_give_a_complete_consistent_assessment(p in picks()) {
        let cat = catalog();
        let answers = answers_from(&p);
        let a = assess(cat, &answers, "2026-11-27");
        let f = flow(cat, &answers);
        prop_assert!(cat.tier_rule(&a.tier.trace.rule).is_some(), "tier rule {}", a.tier.trace.rule);
        prop_assert_eq!(a.complete, f.is_complete());
        prop_assert_eq!(a.visible, f.visible.len());
        prop_assert!(a.answered <= a.visible);
        for r in &a.roles {
            prop_assert!(cat.role(&r.id).is_some());
        }
        for o in &a.obligations {
            prop_assert!(cat.obligation(&o.id).is_some());
            prop_assert!(cat.role(&cat.obligation(&o.id).unwrap().role).is_some());
        }
        for (q, ans) in a.tier.trace.answers.iter().chain(a.roles.iter().flat_map(|r| &r.trace.answers)) {
            prop_assert_eq!(f.effective.get(q), Some(ans), "a trace cites only answers that count");
        }
        for u in &a.unsure {
            prop_assert_eq!(f.effective.get(&u.question), Some(&Answer::One(UNSURE.into())));
            prop_assert!(!u.alternatives.is_empty());
        }
    }

    #[test]
    fn answers_to_hidden_questions_never_count(p in picks()) {
        let cat = catalog();
        let answers = answers_from(&p);
        let only_effective = flow(cat, &answers).effective;
        // The whole assessment rests on the answers that count, including which conclusions are
        // provisional and what each "not sure" alternative would change.
        prop_assert_eq!(assess(cat, &answers, "2026-11-27"), assess(cat, &only_effective, "2026-11-27"));
    }

    #[test]
    fn hiding_then_showing_again_restores_the_result(p in picks(), which in any::<prop::sample::Index>(), alt in any::<u32>()) {
        let cat = catalog();
        let answers = answers_from(&p);
        let f = flow(cat, &answers);
        // Change one visible answer (which may hide later questions), then change it back.
        let q = f.visible[which.index(f.visible.len())];
        let original = answers.get(&q.id).cloned();
        let mut edited = answers.clone();
        match answer_for(q, alt) {
            Some(a) => edited.insert(q.id.clone(), a),
            None => edited.remove(&q.id),
        };
        let _ = assess(cat, &edited, "2026-11-27");
        // The app never deletes stored answers on hiding: every other answer is still there.
        for (id, a) in &answers {
            if id != &q.id {
                prop_assert_eq!(edited.get(id), Some(a));
            }
        }
        match original {
            Some(a) => edited.insert(q.id.clone(), a),
            None => edited.remove(&q.id),
        };
        prop_assert_eq!(assess(cat, &edited, "2026-11-27"), assess(cat, &answers, "2026-11-27"));
    }

    #[test]
    fn share_links_always_open_where_they_were_made(
        p in picks(),
        name in ".{0,200}",
        kept in prop::collection::btree_map("[a-z_.]{1,30}", ".{0,60}".prop_map(Answer::One), 0..60),
        retired in prop::collection::btree_map("[a-z_.]{1,30}", ".{0,60}".prop_map(Answer::One), 0..60),
    ) {
        let cat = catalog();
        let mut env = Envelope::new("2020-01-01", "2026-11-27T10:00:00Z");
        env.name = name;
        // Answers to unknown questions (as an import under older content leaves them) and
        // set-aside answers stay out of the link; the answers that count go in.
        env.answers = kept;
        env.answers.extend(answers_from(&p));
        env.retired = retired;
        let counting = flow(cat, &env.answers).effective;
        match share::encode(cat, &env) {
            Ok(link) => {
                prop_assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "=-_".contains(c)));
                let shared = share::decode(&format!("#{link}"));
                prop_assert!(matches!(shared, Ok(Some(_))), "{:?}", shared);
                let shared = shared.unwrap().unwrap();
                prop_assert_eq!(&shared.n, &env.name);
                prop_assert_eq!(&shared.c, &cat.version.content_date);
                prop_assert_eq!(&shared.a, &counting);
                prop_assert_eq!(assess(cat, &shared.a, "2026-11-27"), assess(cat, &env.answers, "2026-11-27"));
            }
            // Only content with long text questions could make a link this long.
            Err(EncodeError::TooLong(n)) => prop_assert!(n > MAX_LEN),
            Err(e) => prop_assert!(false, "{}", e),
        }
    }

    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(share::base64url_decode(&share::base64url_encode(&bytes)), Some(bytes));
    }

    #[test]
    fn random_fragments_never_panic(s in ".{0,200}") {
        let _ = share::decode(&format!("share={s}"));
        let _ = share::decode(&format!("share%3D{s}"));
    }
}
