//! `aiact assess` writes byte for byte what the web page's renderers produce for the same
//! answers and date, in every format, for every golden scenario and every kind of input.

mod common;

use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};
use aiact_core::share;
use common::*;

/// A renderer as the page's download calls it.
type Render = fn(&Report, &Envelope) -> String;

/// Every format the page offers, with the renderer its download uses.
const FORMATS: [(&str, Render); 8] = [
    ("md", |r, _| report::render_markdown(r)),
    ("html", |r, _| report::render_html(r)),
    ("json", report::render_json),
    ("csv", |r, _| report::render_csv(r)),
    ("procurement", |r, _| report::render_procurement(r)),
    ("soa", |r, _| report::render_soa_csv(r)),
    ("ics", report::render_ics),
    ("tracker", |r, _| report::render_tracker_csv(r)),
];

#[test]
fn every_scenario_in_every_format_equals_the_web_renderers() {
    let cat = catalog();
    let dir = temp_dir("reports");
    for (file, s) in scenarios() {
        let env = answers_file(&cat, &s.name, &s.answers);
        let path = write_env(&dir, &file, &env);
        let (web_env, _, r) = web_report(&cat, &env.encode(), s.today());
        for (format, render) in FORMATS {
            let o = run(
                &[
                    "assess",
                    path.to_str().unwrap(),
                    "--format",
                    format,
                    "--today",
                    s.today(),
                ],
                None,
            );
            assert_eq!(code(&o), 0, "{file} {format}: {}", stderr(&o));
            assert!(
                stdout(&o) == render(&r, &web_env),
                "{file}: `aiact assess --format {format}` differs from the web renderer"
            );
        }
    }
}

#[test]
fn out_file_env_date_and_report_input_give_the_same_bytes() {
    let cat = catalog();
    let dir = temp_dir("out");
    let (file, s) = scenarios()
        .into_iter()
        .find(|(_, s)| s.today.is_none())
        .expect("a scenario on the default date");
    let env = answers_file(&cat, &s.name, &s.answers);
    let path = write_env(&dir, &file, &env);
    let (web_env, _, r) = web_report(&cat, &env.encode(), DEFAULT_TODAY);
    let expected = report::render_html(&r);

    // --out, with the date from the environment.
    let out = dir.join("report.html");
    let o = aiact()
        .args(["assess", path.to_str().unwrap(), "-f", "html", "-o"])
        .arg(&out)
        .env("AIACT_TODAY", DEFAULT_TODAY)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(std::fs::read_to_string(&out).unwrap() == expected);

    // The JSON report is accepted as input and gives the same report again.
    let json = dir.join("report.json");
    std::fs::write(&json, report::render_json(&r, &web_env)).unwrap();
    let o = run(
        &[
            "assess",
            json.to_str().unwrap(),
            "-f",
            "html",
            "--today",
            DEFAULT_TODAY,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o) == expected,
        "a JSON report as input gives another report"
    );

    // Standard input.
    let o = run(
        &["assess", "-", "-f", "html", "--today", DEFAULT_TODAY],
        Some(&env.encode()),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o) == expected,
        "standard input gives another report"
    );
}

#[test]
fn a_share_link_gives_the_report_of_the_answers_it_carries() {
    let cat = catalog();
    for (file, s) in scenarios().into_iter().step_by(7) {
        let env = answers_file(&cat, &s.name, &s.answers);
        let link = format!(
            "https://example.org/ai-act/#{}",
            share::encode(&cat, &env).expect("a link")
        );
        // The page opens a link as a new assessment made now; with --today, now is its midnight.
        let mut opened = Envelope::new(&env.content_date, &format!("{}T00:00:00Z", s.today()));
        opened.name = env.name.clone();
        opened.answers = env.answers.clone();
        let (web_env, _, r) = web_report(&cat, &opened.encode(), s.today());
        for (format, render) in [FORMATS[0], FORMATS[2]] {
            let o = run(&["assess", &link, "-f", format, "--today", s.today()], None);
            assert_eq!(code(&o), 0, "{file}: {}", stderr(&o));
            assert!(
                stdout(&o) == render(&r, &web_env),
                "{file}: the share link's {format} report differs"
            );
        }
    }
}

#[test]
fn answers_from_older_content_are_carried_over_as_the_page_does() {
    let cat = catalog();
    let dir = temp_dir("carried");
    let (_, s) = scenarios().into_iter().next().unwrap();
    let mut env = answers_file(&cat, &s.name, &s.answers);
    env.content_date = "2025-01-01".into();
    env.answers.insert(
        "gone.question".into(),
        aiact_core::Answer::One("yes".into()),
    );
    let path = write_env(&dir, "old.json", &env);
    let (web_env, _, r) = web_report(&cat, &env.encode(), s.today());
    assert!(web_env.retired.contains_key("gone.question"));
    let o = run(
        &[
            "assess",
            path.to_str().unwrap(),
            "-f",
            "json",
            "--today",
            s.today(),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o) == report::render_json(&r, &web_env));
    let note = stderr(&o);
    assert!(
        note.contains("carried over") && note.contains("1 answer kept aside"),
        "the carry-over is told: {note}"
    );
}

#[test]
fn lang_gives_the_web_renderers_output_in_that_language() {
    let cat = catalog();
    let dir = temp_dir("lang");
    let (file, s) = scenarios()
        .into_iter()
        .find(|(f, _)| f.starts_with("chatbot-provider"))
        .expect("the chatbot scenario");
    let env = answers_file(&cat, &s.name, &s.answers);
    let path = write_env(&dir, &file, &env);
    for lang in ["de", "fr"] {
        let translated = aiact_core::bundled::catalog_in(lang).expect("translated content");
        let (web_env, _, r) = web_report(&translated, &env.encode(), s.today());
        for (format, render) in FORMATS {
            let args = ["assess", path.to_str().unwrap(), "--format", format];
            let o = run(
                &[&args[..], &["--today", s.today(), "--lang", lang]].concat(),
                None,
            );
            assert_eq!(code(&o), 0, "{lang} {format}: {}", stderr(&o));
            assert!(
                stdout(&o) == render(&r, &web_env),
                "`aiact assess --lang {lang} --format {format}` differs from the web renderer"
            );
        }
    }
    let md = stdout(&run(
        &["assess", path.to_str().unwrap(), "--lang", "de"],
        None,
    ));
    assert!(
        md.contains("deutsche Fassung"),
        "the report names its language version"
    );
    // A language without a translation is a usage error that names those there are.
    let o = run(&["assess", path.to_str().unwrap(), "--lang", "it"], None);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("available: en, de, fr"),
        "{}",
        stderr(&o)
    );
}
