//! Runs one call under watch: catches a panic (and saves its input as a reproducer), times the
//! call and measures the memory it allocates at its peak.

use peak_alloc::PeakAlloc;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Counts every allocation, so that the peak of one call can be measured.
#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Keeps panic messages (with their place) for the report instead of printing each one.
pub fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = info.to_string());
    }));
}

/// One input of a target, as it is saved when it makes a call panic.
#[derive(Debug, Clone)]
pub enum Input {
    /// Text: a share link fragment, an answers file, a report, saved data.
    Text(String),
    /// Bytes: the binary content file.
    Bytes(Vec<u8>),
    /// Content files, `(name, text)`.
    Files(Vec<(String, String)>),
}

impl Input {
    /// Size in bytes.
    pub fn len(&self) -> usize {
        match self {
            Input::Text(t) => t.len(),
            Input::Bytes(b) => b.len(),
            Input::Files(f) => f.iter().map(|(n, t)| n.len() + t.len()).sum(),
        }
    }

    fn save(&self, path: &Path) -> std::io::Result<PathBuf> {
        let (ext, bytes) = match self {
            Input::Text(t) => ("txt", t.clone().into_bytes()),
            Input::Bytes(b) => ("bin", b.clone()),
            Input::Files(f) => ("json", serde_json::to_vec(f).unwrap_or_default()),
        };
        let file = path.with_extension(ext);
        std::fs::write(&file, bytes)?;
        Ok(file)
    }
}

/// Whether the parser accepted the input, and whether the path after it ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Parsed, and the path after the parse ran.
    Followed,
    /// Parsed only.
    Parsed,
    /// Refused with an error.
    Refused,
}

/// The heaviest call seen by one measure, and its input size.
#[derive(Debug, Clone, Copy, Default)]
pub struct Worst<T> {
    /// The measure.
    pub value: T,
    /// Input size of that call, in bytes.
    pub input: usize,
    /// Case number of that call.
    pub case: u64,
}

/// What running one target gave.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Target name.
    pub target: &'static str,
    /// Cases run.
    pub cases: u64,
    /// Cases the parser accepted.
    pub accepted: u64,
    /// Accepted cases that also went through the path after the parse.
    pub followed: u64,
    /// Cases that panicked.
    pub panics: u64,
    /// The slowest call.
    pub slowest: Worst<Duration>,
    /// The input of the slowest call.
    pub slowest_input: Option<Input>,
    /// The call that allocated most at its peak, in bytes.
    pub memory: Worst<usize>,
    /// The largest input, in bytes.
    pub largest_input: usize,
    /// Time spent in calls.
    pub busy: Duration,
}

/// Where and under which seed reproducers are saved.
pub struct Artifacts {
    /// Folder for reproducers.
    pub dir: PathBuf,
    /// Seed of the run.
    pub seed: u64,
}

/// Runs `call` on `input`, recording time, memory and any panic in `stats`.
pub fn run(
    stats: &mut Stats,
    case: u64,
    input: &Input,
    artifacts: &Artifacts,
    call: impl FnOnce(&Input) -> Outcome,
) {
    let size = input.len();
    ALLOCATOR.reset_peak_usage();
    let base = ALLOCATOR.current_usage();
    let start = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(|| call(input)));
    let took = start.elapsed();
    let memory = ALLOCATOR.peak_usage().saturating_sub(base);
    stats.cases += 1;
    stats.busy += took;
    stats.largest_input = stats.largest_input.max(size);
    if took > stats.slowest.value {
        stats.slowest = Worst {
            value: took,
            input: size,
            case,
        };
        stats.slowest_input = Some(input.clone());
    }
    if memory > stats.memory.value {
        stats.memory = Worst {
            value: memory,
            input: size,
            case,
        };
    }
    match result {
        Ok(Outcome::Followed) => {
            stats.accepted += 1;
            stats.followed += 1;
        }
        Ok(Outcome::Parsed) => stats.accepted += 1,
        Ok(Outcome::Refused) => {}
        Err(_) => {
            stats.panics += 1;
            let message = LAST_PANIC.with(|p| p.borrow().clone());
            let base = artifacts.dir.join(format!(
                "{}-seed{}-case{case}",
                stats.target, artifacts.seed
            ));
            let saved = std::fs::create_dir_all(&artifacts.dir)
                .and_then(|()| input.save(&base))
                .map(|p| p.display().to_string())
                .unwrap_or_else(|e| format!("(not saved: {e})"));
            let _ = std::fs::write(base.with_extension("msg"), &message);
            eprintln!(
                "PANIC in {} case {case} (input {size} bytes, saved to {saved}): {message}",
                stats.target
            );
        }
    }
}

/// Saves the input of the slowest call of `stats` as `<target>-slowest.*`, for a closer look.
pub fn save_slowest(stats: &Stats, artifacts: &Artifacts) -> Option<PathBuf> {
    let input = stats.slowest_input.as_ref()?;
    std::fs::create_dir_all(&artifacts.dir).ok()?;
    input
        .save(&artifacts.dir.join(format!("{}-slowest", stats.target)))
        .ok()
}

/// Runs `call` `times` times on `input` and returns the slowest time and the highest peak memory.
pub fn measure(times: u32, call: impl Fn() -> Outcome) -> (Duration, usize, Outcome) {
    let mut worst = (Duration::ZERO, 0, Outcome::Refused);
    for _ in 0..times {
        ALLOCATOR.reset_peak_usage();
        let base = ALLOCATOR.current_usage();
        let start = Instant::now();
        let outcome = call();
        let took = start.elapsed();
        let memory = ALLOCATOR.peak_usage().saturating_sub(base);
        worst = (worst.0.max(took), worst.1.max(memory), outcome);
    }
    worst
}
