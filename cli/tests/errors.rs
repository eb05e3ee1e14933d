//! Bad input gives a clear error naming the input (and the JSON path where there is one), exit
//! code 1 (2 for wrong usage), nothing on standard output, and never a panic.

mod common;

use aiact_core::report::MAX_IMPORT_BYTES;
use aiact_core::share;
use common::*;
use std::path::Path;

/// Runs `check` (and `assess`) on `input` and returns the error line of `check`.
fn refused(input: &str, expected_code: i32) -> String {
    let mut message = String::new();
    for command in ["check", "assess", "questions"] {
        let o = run(&[command, input, "--today", DEFAULT_TODAY], None);
        assert_eq!(code(&o), expected_code, "{command} {input}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{command} {input}: nothing on stdout");
        let err = stderr(&o);
        assert!(err.starts_with("error: "), "{command}: {err}");
        if message.is_empty() {
            message = err;
        } else {
            assert_eq!(err, message, "every command words the error alike");
        }
    }
    message
}

fn file(dir: &Path, name: &str, content: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn bad_files_are_refused_with_what_is_wrong() {
    let dir = temp_dir("errors");
    let cases: [(&str, &[u8], &str); 6] = [
        ("malformed.json", b"{\"schema\": 1,", "the file is not JSON ("),
        (
            "shape.json",
            b"[1, 2, 3]",
            "the file is not an answers file or report of AI Act Check (",
        ),
        (
            "newer.json",
            br#"{"schema":7,"content_date":"2026-11-27","created":"x","updated":"x","answers":{}}"#,
            "the file comes from a newer version of AI Act Check (format 7); update aiact to read it",
        ),
        (
            "answer.json",
            br#"{"schema":1,"content_date":"2026-11-27","created":"x","updated":"x","answers":{"scope.role":[1]}}"#,
            "at answers.scope.role[0]: the file is not an answers file or report of AI Act Check (invalid type: integer `1`",
        ),
        (
            "report.json",
            br#"{"format":"aiact-check/report","assessment":{"schema":1,"answers":{}},"report":{}}"#,
            "at assessment: the file is not an answers file or report of AI Act Check (missing field",
        ),
        ("binary.json", b"\xff\xfe\x00", "the file is not text (invalid UTF-8 at byte 0)"),
    ];
    for (name, content, expected) in cases {
        let path = file(&dir, name, content);
        let err = refused(&path, 1);
        assert!(
            err.starts_with(&format!("error: {path}: {expected}")),
            "{name}: {err}"
        );
    }
}

#[test]
fn oversized_files_and_input_are_refused_before_parsing() {
    let dir = temp_dir("big");
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let path = file(&dir, "big.json", &big);
    let err = refused(&path, 1);
    assert!(
        err.contains("answers files are far smaller (at most 2048 KB), so this is not one"),
        "{err}"
    );
    let o = run(
        &["check", "-", "--today", DEFAULT_TODAY],
        Some(&" ".repeat(MAX_IMPORT_BYTES + 1)),
    );
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).starts_with("error: standard input: the input is larger than 2048 KB"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn damaged_and_newer_share_links_are_refused() {
    let cut = "https://example.org/#share=eyJ2IjoxLCJjIjoi%%";
    assert_eq!(
        refused(cut, 1),
        "error: the share link: the link is damaged (it may have been cut off when copied)\n"
    );
    let newer = format!(
        "share={}",
        share::base64url_encode(br#"{"v":4,"c":"x","a":{}}"#)
    );
    assert_eq!(
        refused(&newer, 1),
        "error: the share link: the link comes from a newer version of this tool (format 4)\n"
    );
    let not_assessment = format!("#share={}", share::base64url_encode(b"[1]"));
    assert!(
        refused(&not_assessment, 1)
            .starts_with("error: the share link: the link does not hold an assessment (")
    );
}

#[test]
fn missing_files_bad_dates_and_bad_content_are_told() {
    let dir = temp_dir("missing");
    let missing = dir.join("nowhere.json");
    let err = refused(missing.to_str().unwrap(), 1);
    assert!(
        err.starts_with(&format!("error: cannot read {}: ", missing.display())),
        "{err}"
    );

    let o = run(&["check", "x.json", "--today", "2026-02-30"], None);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: the date `2026-02-30` is not a calendar date written YYYY-MM-DD\n"
    );

    let content = temp_dir("bad-content");
    std::fs::write(
        content.join("00-catalog.json"),
        r#"{"sections": [{"id": "s", "title": 5}]}"#,
    )
    .unwrap();
    let o = run(
        &["check", "x.json", "--content", content.to_str().unwrap()],
        None,
    );
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(&format!(
            "{}: at sections[0].title: invalid type: integer `5`",
            content.join("00-catalog.json").display()
        )),
        "{}",
        stderr(&o)
    );

    let o = run(&["assess"], None);
    assert_eq!(code(&o), 2, "a missing argument is a usage error");
}
