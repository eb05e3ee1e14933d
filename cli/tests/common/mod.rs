//! Helpers for running the `aiact` binary on the golden scenarios of `aiact-core`.

#![allow(dead_code)] // Each test file uses a different part.

use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};
use aiact_core::upgrade::upgrade;
use aiact_core::{Answers, Assessment, Catalog, assess, bundled};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The date scenarios are assessed on unless they set their own (as in core's scenario test).
pub const DEFAULT_TODAY: &str = "2026-11-27";

/// One golden scenario: a name, answers, and an optional assessment date.
#[derive(Deserialize)]
pub struct Scenario {
    /// What is assessed.
    pub name: String,
    /// Assessment date.
    #[serde(default)]
    pub today: Option<String>,
    /// The answers.
    pub answers: Answers,
}

impl Scenario {
    /// The date to assess on.
    pub fn today(&self) -> &str {
        self.today.as_deref().unwrap_or(DEFAULT_TODAY)
    }
}

/// Every golden scenario, by file name.
pub fn scenarios() -> Vec<(String, Scenario)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/scenarios");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("scenario folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("name"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() > 10, "the golden scenarios are found");
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).expect("readable");
            let s: Scenario = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{n}: {e}"));
            (n, s)
        })
        .collect()
}

/// The bundled catalog.
pub fn catalog() -> Catalog {
    bundled::catalog().expect("bundled content loads")
}

/// An answers file holding `answers`, as the page saves one.
pub fn answers_file(cat: &Catalog, name: &str, answers: &Answers) -> Envelope {
    let mut env = Envelope::new(&cat.version.content_date, "2026-11-01T09:30:00Z");
    env.name = name.to_owned();
    env.answers = answers.clone();
    env
}

/// A fresh folder under cargo's temporary directory for tests.
pub fn temp_dir(label: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "aiact-{label}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Writes `env` as an answers file named `file` in `dir`.
pub fn write_env(dir: &Path, file: &str, env: &Envelope) -> PathBuf {
    let path = dir.join(file);
    std::fs::write(&path, env.encode()).expect("written");
    path
}

/// The binary, with a clean environment for what it reads.
pub fn aiact() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aiact"));
    c.env_remove("AIACT_TODAY")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    c
}

/// Runs the binary with `args` and `stdin`.
pub fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = aiact();
    c.args(args);
    let Some(input) = stdin else {
        return c.output().expect("aiact runs");
    };
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("aiact starts");
    {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input.as_bytes()).expect("stdin written");
    }
    child.wait_with_output().expect("aiact ends")
}

/// The exit code, which must exist (no death by signal, no panic).
pub fn code(o: &Output) -> i32 {
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked"), "aiact panicked: {stderr}");
    o.status.code().expect("aiact exited normally")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 output")
}

/// What the web page does with an answers file before showing its result: carry it over to the
/// current content if it is older, assess it, stamp it (as saving does) and build the report.
pub fn web_report(cat: &Catalog, text: &str, today: &str) -> (Envelope, Assessment, Report) {
    let mut env = report::import(text).expect("importable");
    if env.content_date < cat.version.content_date {
        upgrade(cat, &mut env, today);
    }
    let a = assess(cat, &env.answers, today);
    env.stamp(cat, &a);
    let r = report::build(cat, &env, &a, today);
    (env, a, r)
}
