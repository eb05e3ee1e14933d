//! `aiact ask` driven through a pipe (line mode): the golden scenarios answered question by
//! question give the same answers file as the page saves, an interrupted session resumes, and
//! help, going back and refused answers work.

mod common;

use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::envelope::Envelope;
use aiact_core::model::{Question, QuestionKind};
use aiact_core::upgrade::{ResultSummary, visible_fingerprints};
use aiact_core::{Answer, Answers, Catalog, assess, flow, share};
use common::*;
use std::path::Path;

/// An answer typed as the line mode reads it: by id, or by its number in the page's order.
fn typed(q: &Question, a: &Answer, by_number: bool) -> String {
    let number = |v: &str| -> String {
        let mut values: Vec<&str> = match q.kind {
            QuestionKind::YesNo => vec![YES, NO],
            _ => q.options.iter().map(|o| o.id.as_str()).collect(),
        };
        if q.unsure {
            values.push(UNSURE);
        }
        let i = values.iter().position(|x| *x == v).expect("a choice");
        (i + 1).to_string()
    };
    let one = |v: &str| match q.kind {
        QuestionKind::Text | QuestionKind::Date => v.to_owned(),
        _ if by_number => number(v),
        _ => v.to_owned(),
    };
    match a {
        Answer::One(v) => one(v),
        Answer::Many(vs) => vs.iter().map(|v| one(v)).collect::<Vec<_>>().join(", "),
    }
}

/// The lines that answer every question shown, in the order asked, up to the first question the
/// answers leave open; and the answers that count.
fn script(cat: &Catalog, answers: &Answers, by_number: bool) -> (Vec<String>, Answers) {
    let f = flow(cat, answers);
    let lines = f
        .visible
        .iter()
        .map_while(|q| f.effective.get(&q.id).map(|a| typed(q, a, by_number)))
        .collect();
    (lines, f.effective)
}

fn saved(path: &Path) -> Envelope {
    Envelope::decode(&std::fs::read_to_string(path).expect("saved")).expect("an answers file")
}

fn ask(path: &Path, extra: &[&str], input: &str) -> std::process::Output {
    let mut args = vec!["ask", path.to_str().unwrap(), "--today", DEFAULT_TODAY];
    args.extend(extra);
    run(&args, Some(input))
}

#[test]
fn every_scenario_answered_in_the_terminal_gives_the_file_the_page_saves() {
    let cat = catalog();
    let dir = temp_dir("ask");
    for (i, (file, s)) in scenarios().into_iter().enumerate() {
        let (lines, effective) = script(&cat, &s.answers, i % 2 == 1);
        let path = dir.join(&file);
        let o = ask(&path, &["--name", &s.name], &(lines.join("\n") + "\n"));
        assert_eq!(code(&o), 0, "{file}: {}", stderr(&o));
        let env = saved(&path);
        assert_eq!(env.answers, effective, "{file}: the answers saved");
        assert_eq!(env.name, s.name);
        // Stamped as the page stamps what it saves.
        let a = assess(&cat, &env.answers, DEFAULT_TODAY);
        assert_eq!(env.seen, visible_fingerprints(&cat, &env.answers), "{file}");
        assert_eq!(env.result, Some(ResultSummary::of(&a)), "{file}");
        assert_eq!(
            ResultSummary::of(&a),
            ResultSummary::of(&assess(&cat, &s.answers, DEFAULT_TODAY)),
            "{file}: the same result as the scenario's answers"
        );
        let out = stdout(&o);
        if a.complete {
            assert!(out.contains("Every question is answered."), "{file}: {out}");
        } else {
            assert!(
                out.contains("Stopped. Your answers are saved"),
                "{file}: {out}"
            );
        }
        assert!(
            !out.contains("Not taken"),
            "{file}: every typed answer taken: {out}"
        );
    }
}

#[test]
fn an_interrupted_session_resumes_where_it_stopped() {
    let cat = catalog();
    let dir = temp_dir("resume");
    let (file, s) = scenarios()
        .into_iter()
        .max_by_key(|(_, s)| flow(&catalog(), &s.answers).visible.len())
        .unwrap();
    let (lines, effective) = script(&cat, &s.answers, false);
    assert!(lines.len() > 4, "{file}: a long path");
    let path = dir.join("answers.json");
    let half = lines.len() / 2;
    let o = ask(&path, &[], &(lines[..half].join("\n") + "\n"));
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Stopped. Your answers are saved; continue with `aiact ask"));
    assert_eq!(
        saved(&path).answers.len(),
        half,
        "every answer saved at once"
    );
    let o = ask(&path, &[], &(lines[half..].join("\n") + "\n"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        saved(&path).answers,
        effective,
        "{file}: resumed at the first open question"
    );
    // Going through every question again, keeping each answer with Enter, changes nothing.
    let before = saved(&path);
    let o = ask(&path, &["--all"], &"\n".repeat(lines.len()));
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Every question is answered."));
    assert_eq!(saved(&path).answers, before.answers);
}

#[test]
fn help_back_and_refused_answers() {
    let cat = catalog();
    let dir = temp_dir("help");
    let path = dir.join("a.json");
    let first = &cat.sections[0].questions[0];
    let f = flow(&cat, &Answers::new());
    assert_eq!(f.visible[0].id, first.id);
    let choices = if first.kind == QuestionKind::YesNo {
        2
    } else {
        first.options.len()
    };
    let input = format!("bogus\n{}\n?\n1\n<\n\n", choices + 5);
    let o = ask(&path, &[], &input);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Not taken: \u{201c}bogus\u{201d} is not one of the choices."),
        "{out}"
    );
    assert!(
        out.contains(&format!("Not taken: there is no choice {}", choices + 5)),
        "{out}"
    );
    assert!(out.contains(&first.help), "? shows the help");
    assert_eq!(
        out.matches(&first.text).count(),
        2,
        "< goes back to the first question: {out}"
    );
    assert!(
        out.contains("press Enter to keep it"),
        "the saved answer is offered: {out}"
    );
    let env = saved(&path);
    assert_eq!(
        env.answers.len(),
        1,
        "Enter kept the first answer, then input ended"
    );
}

#[test]
fn a_session_can_start_from_a_share_link_and_never_overwrites_a_report() {
    let cat = catalog();
    let dir = temp_dir("from");
    let (_, s) = scenarios().into_iter().next().unwrap();
    let env = answers_file(&cat, "Shared system", &s.answers);
    let link = format!(
        "https://example.org/#{}",
        share::encode(&cat, &env).expect("a link")
    );
    let path = dir.join("from-link.json");
    let o = ask(&path, &["--from", &link], "");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let started = saved(&path);
    assert_eq!(
        (started.name.as_str(), &started.answers),
        ("Shared system", &s.answers)
    );

    let o = ask(&path, &["--from", &link], "");
    assert_eq!(code(&o), 2, "--from never overwrites an existing file");

    let report = dir.join("report.json");
    let o = run(
        &[
            "assess",
            path.to_str().unwrap(),
            "-f",
            "json",
            "-o",
            report.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    let before = std::fs::read(&report).unwrap();
    let o = ask(&report, &[], "1\n");
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("is a report, not an answers file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(&report).unwrap(),
        before,
        "the report is untouched"
    );
}
