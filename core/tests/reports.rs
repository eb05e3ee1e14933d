//! Reports: snapshots of every format for a few assessments of a fixed test catalog; hostile user
//! text in every format; the JSON report imports back into the same assessment.

use aiact_core::envelope::Envelope;
use aiact_core::report::{
    self, Report, import, render_csv, render_html, render_json, render_markdown,
    render_procurement, render_soa_csv,
};
use aiact_core::{Answer, Catalog, assess};

const TODAY: &str = "2026-11-27";

fn catalog() -> Catalog {
    let text = include_str!("fixtures/report/catalog.json");
    Catalog::from_files([("catalog.json", text)]).unwrap()
}

fn envelope(name: &str, description: &str, answers: &[(&str, Answer)]) -> Envelope {
    let mut env = Envelope::new("2026-11-27", "2026-11-27T09:00:00Z");
    env.name = name.into();
    env.description = description.into();
    for (q, a) in answers {
        env.answers.insert((*q).into(), a.clone());
    }
    env
}

fn one(s: &str) -> Answer {
    Answer::One(s.into())
}

fn many(v: &[&str]) -> Answer {
    Answer::Many(v.iter().map(|s| (*s).to_owned()).collect())
}

fn build(cat: &Catalog, env: &Envelope) -> Report {
    report::build(cat, env, &assess(cat, &env.answers, TODAY), TODAY)
}

fn high_risk_provider() -> Envelope {
    envelope(
        "HireRank",
        "Ranks job applicants for recruiters.",
        &[
            ("sys.role", one("yes")),
            ("sys.scoring", one("no")),
            ("sys.area", many(&["employment", "chat"])),
            ("sys.note", one("Used by 40 customers.")),
        ],
    )
}

fn unsure_chatbot() -> Envelope {
    envelope(
        "Helpdesk bot",
        "",
        &[
            ("sys.role", one("unsure")),
            ("sys.scoring", one("no")),
            ("sys.area", many(&["chat"])),
        ],
    )
}

/// "Not sure" whether the system does social scoring: a possible ban to review, while the
/// result shows what applies otherwise.
fn possible_ban() -> Envelope {
    envelope(
        "Loyalty scorer",
        "",
        &[
            ("sys.role", one("yes")),
            ("sys.scoring", one("unsure")),
            ("sys.area", many(&["chat"])),
        ],
    )
}

#[test]
fn snapshots_of_every_format() {
    let cat = catalog();
    for (label, env) in [
        ("high_risk_provider", high_risk_provider()),
        ("unsure_chatbot", unsure_chatbot()),
        ("possible_ban", possible_ban()),
    ] {
        let r = build(&cat, &env);
        insta::assert_snapshot!(format!("{label}.md"), render_markdown(&r));
        insta::assert_snapshot!(format!("{label}.html"), render_html(&r));
        insta::assert_snapshot!(format!("{label}.csv"), render_csv(&r));
        insta::assert_snapshot!(format!("{label}.soa.csv"), render_soa_csv(&r));
        insta::assert_snapshot!(format!("{label}.json"), render_json(&r, &env));
        insta::assert_snapshot!(format!("{label}.procurement.txt"), render_procurement(&r));
    }
}

#[test]
fn a_possible_ban_is_a_point_to_review_with_the_result_that_applies_otherwise() {
    let cat = catalog();
    let r = build(&cat, &possible_ban());
    assert_eq!(r.tier.id, "transparency", "the result if it is not banned");
    assert_eq!(r.review.len(), 1);
    let p = &r.review[0];
    assert_eq!(p.tier, "prohibited");
    assert_eq!(p.headline, "Possibly prohibited: needs review");
    assert_eq!(p.leads.len(), 1);
    assert_eq!(p.leads[0].answer, "Yes");
    assert!(p.questions[0].contains("social behaviour"));
    assert!(
        !r.obligations.is_empty(),
        "what applies otherwise is listed"
    );
    for text in [render_markdown(&r), render_html(&r)] {
        assert!(text.contains("Possibly prohibited: needs review"));
        assert!(text.find("Possibly prohibited").unwrap() < text.find("Classification").unwrap());
    }
}

#[test]
fn unverified_points_are_marked_wherever_cited_and_listed_once() {
    let cat = catalog();
    let r = build(&cat, &high_risk_provider());
    let registration = r
        .obligations
        .iter()
        .find(|o| o.id == "provider.register")
        .unwrap();
    assert!(registration.refs.iter().all(|c| c.to_confirm));
    assert!(r.tier.refs.iter().all(|c| !c.to_confirm));
    assert_eq!(
        r.to_confirm,
        [
            "The amending regulation's number and date.",
            "The registration details of Art 49(1)."
        ],
        "the baseline point always, the cited one once, the uncited one never"
    );
    let md = render_markdown(&r);
    assert!(md.contains("(to be confirmed)"));
    assert_eq!(
        md.matches("The registration details of Art 49(1).").count(),
        1
    );
    assert!(render_html(&r).contains("data-testid=\"to-confirm\""));
    assert_eq!(
        r.notes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["note.workers"]
    );
}

#[test]
fn report_states_what_the_issue_lists() {
    let cat = catalog();
    let r = build(&cat, &high_risk_provider());
    assert_eq!(r.tier.id, "high_risk_annex_iii");
    assert_eq!(r.tier.rule, "tier.hr");
    assert_eq!(
        r.roles.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["provider"]
    );
    let risk = r
        .obligations
        .iter()
        .find(|o| o.id == "provider.risk")
        .unwrap();
    assert_eq!(
        (risk.original.as_deref(), risk.amended.as_str()),
        (Some("2026-08-02"), "2027-12-02")
    );
    assert_eq!(risk.timing, "Applies from 2 Dec 2027");
    assert!(risk.penalty.contains("Art 99(4)"));
    assert_eq!(
        risk.refs[0].url.as_deref(),
        Some("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_9")
    );
    // Gap list: partial and missing counterparts, earliest application first.
    let gaps: Vec<&str> = r.iso_gaps.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        gaps,
        ["provider.register", "provider.chat", "provider.risk"]
    );
    let soa: Vec<(&str, bool)> = r
        .soa
        .iter()
        .map(|s| (s.control.as_str(), s.relevant))
        .collect();
    assert_eq!(soa, [("A.5.2", true), ("A.8.2", true), ("A.9.2", false)]);
    assert!(
        r.answers
            .iter()
            .any(|a| a.id == "sys.note" && a.answer == "Used by 40 customers.")
    );

    let u = build(&cat, &unsure_chatbot());
    assert!(u.provisional && u.roles[0].provisional);
    assert_eq!(u.open_points.len(), 1);
    assert!(
        u.open_points[0]
            .alternatives
            .iter()
            .any(|a| a.contains("you would no longer be Provider")
                && a.contains("you would also be Deployer")),
        "{:?}",
        u.open_points
    );
}

/// Text from every Unicode plane in use, plus markup, links and formulas.
fn hostile() -> Vec<String> {
    let planes = "A é 中 😀 \u{e0041} \u{f0000} \u{10fffd} \u{202e}RTL";
    vec![
        "<script>alert('x')</script>".into(),
        "[click](javascript:alert(1)) ![img](http://evil.example/x.png) <http://evil.example>"
            .into(),
        "=HYPERLINK(\"http://evil.example\",\"x\")".into(),
        "+SUM(A1)\n# heading\n- list".into(),
        "@cmd".into(),
        "line\u{2028}break\u{2029}paragraph\u{85}next\u{0B}tab\u{2067}isolate\u{2069}\u{200f}"
            .into(),
        planes.into(),
        "x".repeat(100_000),
    ]
}

#[test]
fn hostile_user_text_is_escaped_in_every_format() {
    let cat = catalog();
    for text in hostile() {
        let env = envelope(
            &text,
            &text,
            &[
                ("sys.role", one("yes")),
                ("sys.area", many(&["employment"])),
                ("sys.note", one(&text[..text.len().min(1000)])),
            ],
        );
        let r = build(&cat, &env);

        let html = render_html(&r);
        assert!(!html.contains("<script"), "no live script element");
        assert!(!html.contains("href=\"javascript"), "no javascript link");
        assert!(
            !html.contains("<img") && !html.contains("<http"),
            "no injected elements"
        );
        assert!(
            html.contains(&aiact_core::report::escape::html(&text)),
            "the text itself survives, escaped"
        );

        let md = render_markdown(&r);
        for line in md.lines() {
            // A link needs an unescaped `](`; the user's `[` and `]` are always escaped.
            assert!(
                !line.replace("\\]", "").contains("](javascript"),
                "no markdown link to javascript: {line}"
            );
            assert!(
                !line.replace("\\<", "").contains('<'),
                "no raw HTML: {line}"
            );
            assert!(!line.contains("![img]"), "no image");
        }
        assert!(
            !md.lines()
                .any(|l| l.starts_with("# heading") || l.starts_with("- list")),
            "user text cannot start blocks"
        );

        let csv = render_csv(&r);
        for cell in csv.split(',') {
            let c = cell.trim_start_matches('\u{feff}');
            assert!(
                !c.starts_with("\"=")
                    && !c.starts_with("\"+")
                    && !c.starts_with("\"@")
                    && !c.starts_with("\"-"),
                "formula cell {c}"
            );
        }

        let json = render_json(&r, &env);
        if text.chars().count() <= aiact_core::envelope::limits::MAX_NAME_CHARS {
            let back = import(&json).expect("the JSON report imports");
            assert_eq!(
                back, env,
                "name, description and answers survive byte for byte"
            );
        } else {
            assert!(
                matches!(
                    import(&json),
                    Err(aiact_core::report::ImportError::OverLimit(_))
                ),
                "a name longer than the name field allows is refused, not cut"
            );
        }

        let sheet = render_procurement(&r);
        assert!(
            !sheet
                .lines()
                .any(|l| l.starts_with('=') || l.starts_with('+') || l.starts_with('@'))
        );
        let breaking = |c: char| {
            aiact_core::report::escape::breaks_line(c) && c != '\n'
                || aiact_core::report::escape::is_bidi_control(c)
        };
        assert!(
            !sheet.contains(breaking),
            "no separators or bidi controls in the plain-text sheet"
        );
        assert!(
            sheet.lines().nth(1).unwrap().starts_with("System: "),
            "the name stays on its line"
        );
        assert!(!md.contains(breaking), "nor in Markdown");
        if text.starts_with("line") {
            assert!(
                sheet
                    .lines()
                    .nth(1)
                    .is_some_and(|l| l == "System: line break paragraph next tabisolate")
            );
        }
    }
}

#[test]
fn imports_answers_files_and_reports_and_rejects_the_rest() {
    let cat = catalog();
    let env = high_risk_provider();
    assert_eq!(import(&env.encode()), Ok(env.clone()));
    assert_eq!(import(&render_json(&build(&cat, &env), &env)), Ok(env));
    assert!(matches!(
        import("not json"),
        Err(report::ImportError::NotJson(_))
    ));
    assert!(matches!(
        import("{\"hello\": 1}"),
        Err(report::ImportError::NotAnAssessment(_))
    ));
    assert!(matches!(
        import("[1,2,3]"),
        Err(report::ImportError::NotAnAssessment(_))
    ));
    assert!(matches!(
        import(r#"{"format":"aiact-check/report","report":{}}"#),
        Err(report::ImportError::NotAnAssessment(_))
    ));
    let newer = r#"{"schema":7,"content_date":"x","created":"x","updated":"x","answers":{}}"#;
    assert_eq!(import(newer), Err(report::ImportError::Newer(7)));
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(3 * 1024 * 1024));
    assert!(matches!(
        import(&big),
        Err(report::ImportError::TooLarge(_))
    ));
}

#[test]
fn file_names_say_what_they_are() {
    let cat = catalog();
    let r = build(&cat, &high_risk_provider());
    assert_eq!(
        report::file_name(&r, "report", "md"),
        "ai-act-check_hirerank_report_2026-11-27.md"
    );
    let mut env = high_risk_provider();
    env.name = "../../etc/passwd <x>".into();
    let r = build(&cat, &env);
    assert_eq!(
        report::file_name(&r, "obligations", "csv"),
        "ai-act-check_etc-passwd-x_obligations_2026-11-27.csv"
    );
    env.name = String::new();
    assert_eq!(
        report::file_name(&build(&cat, &env), "report", "html"),
        "ai-act-check_system_report_2026-11-27.html"
    );
}
