//! Fuzzing harness for AI Act Check on stable Rust (run by `scripts/fuzz.sh`).
//!
//! Why not cargo-fuzz: it needs a nightly compiler, and this project builds with the stable
//! toolchain only. Without coverage guidance, random bytes rarely get past a JSON parser, so
//! the inputs here are made by generators that know the formats: random text, byte-level and
//! JSON-level mutations of real answers files, reports, share links and content files built from
//! the golden scenarios, and structure-aware assessments whose sizes sit around every cap. A
//! seeded generator ([`fastrand`]) makes each case reproducible from `--seed`, `--target` and
//! `--case`; a case that panics is also saved to the artifacts folder.
//!
//! For each target it prints the cases run, how many the parser accepted and how many of those
//! also went through the path after the parse (upgrade, assessment, every renderer, saving and
//! sharing; for content, validation), the panics, the slowest call and the call that allocated
//! most at its peak, each with its input size. Then it measures the whole path on the largest
//! input each parser accepts.

mod corpus;
mod inputs;
mod largest;
mod runner;
mod targets;

use corpus::Corpus;
use inputs::Gen;
use runner::{Artifacts, Stats};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use targets::TARGETS;

/// The date every assessment is made on, so that runs are reproducible.
pub const TODAY: &str = "2026-11-27";

/// Command-line options.
struct Options {
    cases: u64,
    assessments: Option<u64>,
    follow_every: u64,
    seed: u64,
    targets: Vec<String>,
    case: Option<u64>,
    artifacts: PathBuf,
    largest: bool,
}

const USAGE: &str = "usage: aiact-fuzz [--cases N] [--assessments N] [--follow-every K] [--seed S] [--target NAME[,NAME…]] [--case K] [--artifacts DIR] [--no-largest]
  --cases N         cases per parser target (default 10000)
  --assessments N   cases of the assessment target (default: a fifth of --cases)
  --follow-every K  the path after a successful parse runs for the inputs of every K-th case (default 1: all)
targets: share-link, import, envelope, content-json, content-bin, assessment (default: all)";

fn options() -> Result<Options, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Options {
        cases: 10_000,
        assessments: None,
        follow_every: 1,
        seed: 1,
        targets: vec![],
        case: None,
        artifacts: root.join("../target/fuzz-artifacts"),
        largest: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        let number = |text: String| {
            text.replace('_', "")
                .parse::<u64>()
                .map_err(|e| format!("{text}: {e}"))
        };
        match arg.as_str() {
            "--cases" => o.cases = number(value("--cases")?)?,
            "--assessments" => o.assessments = Some(number(value("--assessments")?)?),
            "--follow-every" => o.follow_every = number(value("--follow-every")?)?.max(1),
            "--seed" => o.seed = number(value("--seed")?)?,
            "--case" => o.case = Some(number(value("--case")?)?),
            "--target" => o
                .targets
                .extend(value("--target")?.split(',').map(str::to_owned)),
            "--artifacts" => o.artifacts = PathBuf::from(value("--artifacts")?),
            "--no-largest" => o.largest = false,
            "--help" | "-h" => return Err(USAGE.into()),
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    for t in &o.targets {
        if !TARGETS.iter().any(|x| x.name == t) {
            return Err(format!("unknown target {t}\n{USAGE}"));
        }
    }
    Ok(o)
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn size(bytes: usize) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.2} MiB", b as f64 / f64::from(1 << 20)),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / f64::from(1 << 10)),
        b => format!("{b} B"),
    }
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = match Corpus::load(&root) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("could not load the corpus: {e}");
            return ExitCode::from(2);
        }
    };
    runner::quiet_panics();
    let artifacts = Artifacts {
        dir: o.artifacts.clone(),
        seed: o.seed,
    };
    let assessments = o.assessments.unwrap_or((o.cases / 5).max(1));
    println!(
        "seed {}, {} case(s) per parser, {assessments} assessment(s), the path after a successful parse for one case in {}; corpus: {} scenarios, {} content files",
        o.seed,
        o.cases,
        o.follow_every,
        corpus.envelopes.len(),
        corpus.content.len()
    );
    for t in TARGETS {
        println!("- {}: {}", t.name, t.what);
    }
    println!();
    println!(
        "| target | cases | accepted | of which followed | panics | slowest call (input) | peak memory of a call (input) | largest input | time |"
    );
    println!("|---|---:|---:|---:|---:|---|---|---:|---:|");
    let mut panics = 0;
    for target in TARGETS
        .iter()
        .filter(|t| o.targets.is_empty() || o.targets.iter().any(|n| n == t.name))
    {
        let mut stats = Stats {
            target: target.name,
            ..Stats::default()
        };
        let cases: Vec<u64> = match (o.case, target.name) {
            (Some(k), _) => vec![k],
            (None, "assessment") => (0..assessments).collect(),
            (None, _) => (0..o.cases).collect(),
        };
        let started = Instant::now();
        let step = (cases.len() / 10).max(1);
        for (n, &case) in cases.iter().enumerate() {
            let input = (target.generate)(&mut Gen::new(&corpus, o.seed, target.name, case));
            let follow = case % o.follow_every == 0;
            runner::run(&mut stats, case, &input, &artifacts, |i| {
                (target.call)(&corpus.catalog, i, follow)
            });
            if (n + 1) % step == 0 && cases.len() >= 1000 {
                eprintln!(
                    "  {}: {} / {} cases, {} panics, {:.0} s",
                    target.name,
                    n + 1,
                    cases.len(),
                    stats.panics,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        panics += stats.panics;
        runner::save_slowest(&stats, &artifacts);
        println!(
            "| {} | {} | {} | {} | {} | {} ({}, case {}) | {} ({}, case {}) | {} | {:.0} s |",
            stats.target,
            stats.cases,
            stats.accepted,
            stats.followed,
            stats.panics,
            ms(stats.slowest.value),
            size(stats.slowest.input),
            stats.slowest.case,
            size(stats.memory.value),
            size(stats.memory.input),
            stats.memory.case,
            size(stats.largest_input),
            started.elapsed().as_secs_f64()
        );
    }
    if o.largest && o.case.is_none() {
        println!();
        println!(
            "Largest accepted input per parser: parse, then upgrade, assess, every renderer, save and share (slowest of 5 runs)"
        );
        println!();
        println!("| input | size | accepted | time | peak memory |");
        println!("|---|---:|---|---:|---:|");
        for r in largest::measure_all(&corpus, 5) {
            println!(
                "| {} | {} | {} | {} | {} |",
                r.what,
                size(r.bytes),
                if r.accepted { "yes" } else { "NO" },
                ms(r.time),
                size(r.memory)
            );
        }
    }
    println!();
    println!("{panics} panic(s)");
    if panics > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
