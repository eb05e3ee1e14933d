//! `aiact questions`, `diff` and `validate` against what the engine says directly.

mod common;

use aiact_core::{Catalog, assess, flow, validate};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A copy of `questions/` to change in a test.
fn content_copy(label: &str) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    let dir = temp_dir(label);
    for e in std::fs::read_dir(&src).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
        }
    }
    dir
}

/// Edits one content file as JSON.
fn edit(dir: &Path, file: &str, change: impl FnOnce(&mut Value)) {
    let path = dir.join(file);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

/// The file that holds a question.
fn file_of_question(cat: &Catalog, id: &str) -> String {
    let s = cat
        .sections
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == id))
        .unwrap();
    cat.origins.files[cat.origins.sections[s]].clone()
}

#[test]
fn questions_lists_the_open_questions_in_order() {
    let cat = catalog();
    let dir = temp_dir("questions");
    let mut listed_some = false;
    for (file, s) in scenarios().into_iter().step_by(5) {
        // Half the answers that count: the rest, and what they open, are listed.
        let f = flow(&cat, &s.answers);
        let keep: Vec<String> = f
            .visible
            .iter()
            .take(f.visible.len() / 2)
            .map(|q| q.id.clone())
            .collect();
        let mut partial = s.answers.clone();
        partial.retain(|id, _| keep.contains(id));
        let pf = flow(&cat, &partial);
        let expected: Vec<&str> = pf
            .visible
            .iter()
            .filter(|q| !pf.is_answered(&q.id))
            .map(|q| q.id.as_str())
            .collect();
        let path = write_env(&dir, &file, &answers_file(&cat, "x", &partial));
        let o = run(&["questions", path.to_str().unwrap()], None);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let out = stdout(&o);
        let ids: Vec<&str> = out
            .lines()
            .map(|l| l.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(ids, expected, "{file}");
        for (line, id) in out.lines().zip(&expected) {
            assert!(line.ends_with(&cat.question(id).unwrap().text), "{line}");
        }
        listed_some |= !expected.is_empty();
    }
    assert!(listed_some);
    let (file, s) = scenarios()
        .into_iter()
        .find(|(f, _)| f == "chatbot-provider.json")
        .unwrap();
    let path = write_env(&dir, &file, &answers_file(&cat, "x", &s.answers));
    let o = run(&["questions", path.to_str().unwrap()], None);
    assert_eq!((code(&o), stdout(&o).as_str()), (0, ""));
    assert_eq!(stderr(&o), "Every question shown is answered.\n");
}

#[test]
fn diff_of_two_assessments_names_answers_and_result_changes() {
    let cat = catalog();
    let dir = temp_dir("diff");
    let all = scenarios();
    let pick = |name: &str| &all.iter().find(|(f, _)| f == name).unwrap().1;
    let (old, new) = (
        pick("chatbot-provider.json"),
        pick("employment-recruitment-deployer.json"),
    );
    let old_path = write_env(&dir, "old.json", &answers_file(&cat, "o", &old.answers));
    let new_path = write_env(&dir, "new.json", &answers_file(&cat, "n", &new.answers));
    let o = run(
        &[
            "diff",
            old_path.to_str().unwrap(),
            new_path.to_str().unwrap(),
            "--today",
            DEFAULT_TODAY,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let (a, b) = (
        assess(&cat, &old.answers, DEFAULT_TODAY),
        assess(&cat, &new.answers, DEFAULT_TODAY),
    );
    assert_ne!(a.tier.tier, b.tier.tier);
    assert!(
        out.contains(&format!(
            "~ tier: {} \u{2192} {}",
            a.tier.tier.label(),
            b.tier.tier.label()
        )),
        "{out}"
    );
    for o in &b.obligations {
        if !a.obligations.iter().any(|x| x.id == o.id) {
            assert!(
                out.lines()
                    .any(|l| l.starts_with("  + duty:") && l.ends_with(&format!("[{}]", o.id))),
                "{}: {out}",
                o.id
            );
        }
    }
    for o in &a.obligations {
        if !b.obligations.iter().any(|x| x.id == o.id) {
            assert!(
                out.lines()
                    .any(|l| l.starts_with("  - duty:") && l.ends_with(&format!("[{}]", o.id))),
                "{}: {out}",
                o.id
            );
        }
    }
    assert!(out.contains("Answers\n") && out.contains("Result\n"));

    let o = run(
        &[
            "diff",
            old_path.to_str().unwrap(),
            old_path.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).ends_with("No differences.\n"), "{}", stdout(&o));
}

#[test]
fn diff_under_two_content_versions_names_question_and_date_changes() {
    let cat = catalog();
    let dir = temp_dir("diff-content");
    let (_, s) = scenarios()
        .into_iter()
        .find(|(f, _)| f == "employment-recruitment-deployer.json")
        .unwrap();
    let path = write_env(&dir, "a.json", &answers_file(&cat, "a", &s.answers));
    let a = assess(&cat, &s.answers, DEFAULT_TODAY);
    let duty = a.obligations[a.obligations.len() - 1].id.clone();
    let duty_file = cat.origins.files
        [cat.origins.obligations[cat.obligations.iter().position(|o| o.id == duty).unwrap()]]
    .clone();
    let asked = flow(&cat, &s.answers).visible[1].id.clone();
    let newer = content_copy("newer");
    edit(
        &newer,
        &cat.origins.files[cat.origins.version.unwrap()],
        |v| {
            v["version"]["content_date"] = Value::from("2099-01-01");
        },
    );
    edit(&newer, &file_of_question(&cat, &asked), |v| {
        for s in v["sections"].as_array_mut().unwrap() {
            for q in s["questions"].as_array_mut().unwrap() {
                if q["id"] == asked.as_str() {
                    q["text"] = Value::from("A reworded question?");
                }
            }
        }
    });
    edit(&newer, &duty_file, |v| {
        for o in v["obligations"].as_array_mut().unwrap() {
            if o["id"] == duty.as_str() {
                o["schedule"] = Value::from("test.later");
            }
        }
        v["schedules"] = serde_json::json!([{
            "id": "test.later",
            "description": "A later date for one duty.",
            "rules": [{"dates": {"amended": "2031-08-02", "status": "fixed"}}]
        }]);
    });
    let o = run(
        &[
            "diff",
            path.to_str().unwrap(),
            "--new-content",
            newer.to_str().unwrap(),
            "--today",
            DEFAULT_TODAY,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("(content 2099-01-01)"), "{out}");
    assert!(
        out.contains(&format!(
            "~ {asked} A reworded question? (reworded, or its choices changed)"
        )),
        "{out}"
    );
    assert!(
        out.lines().any(
            |l| l.contains(&format!("[{duty}]: applies")) && l.ends_with("\u{2192} 2 Aug 2031")
        ),
        "{out}"
    );
    assert!(!out.contains("Answers\n"), "the same answers: {out}");
}

#[test]
fn validate_prints_every_diagnostic_with_file_and_id() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    let o = run(&["validate", real.to_str().unwrap()], None);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stderr(&o).contains("no problems"));

    let cat = catalog();
    let broken = content_copy("broken");
    let q = cat.sections[1].questions[1].id.clone();
    edit(&broken, &file_of_question(&cat, &q), |v| {
        for s in v["sections"].as_array_mut().unwrap() {
            for x in s["questions"].as_array_mut().unwrap() {
                if x["id"] == q.as_str() {
                    x["show_if"] =
                        serde_json::json!({"is": {"question": "no.such_question", "value": "yes"}});
                }
            }
        }
    });
    let last_rule = cat.tier_rules.len() - 1;
    edit(
        &broken,
        &cat.origins.files[cat.origins.tier_rules[last_rule]],
        |v| {
            let rules = v["tier_rules"].as_array_mut().unwrap();
            let last = rules.len() - 1;
            rules[last]["refs"] = Value::Array(vec![]);
        },
    );
    // What the engine finds in the same files.
    let mut names: Vec<String> = std::fs::read_dir(&broken)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| (n.clone(), std::fs::read_to_string(broken.join(n)).unwrap()))
        .collect();
    let diags = validate(
        &Catalog::from_files(texts.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap(),
    );
    assert!(diags.len() >= 2, "{diags:?}");
    let o = run(&["validate", broken.to_str().unwrap()], None);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), diags.len(), "{out}");
    for (line, d) in out.lines().zip(&diags) {
        assert!(
            line.starts_with(&format!(
                "{}: {}: {}",
                broken.join(&d.file).display(),
                d.id,
                d.message
            )),
            "{line}"
        );
    }
    assert!(
        out.contains(": no.such_question") || out.contains("`no.such_question`"),
        "{out}"
    );
    assert!(stderr(&o).contains(&format!("invalid: {} problems", diags.len())));

    // Files that do not parse are all listed, each with the JSON path of its problem.
    std::fs::write(broken.join("98-a.json"), r#"{"roles": [{"id": 3}]}"#).unwrap();
    std::fs::write(broken.join("99-b.json"), r#"{"facts": {}}"#).unwrap();
    let o = run(&["validate", "--content", broken.to_str().unwrap()], None);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "{}: at roles[0].id: ",
            broken.join("98-a.json").display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}: at facts: ",
            broken.join("99-b.json").display()
        )),
        "{out}"
    );
}
