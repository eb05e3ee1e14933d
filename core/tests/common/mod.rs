//! What the property tests share: a configuration that makes every run reproducible.

use proptest::test_runner::{Config, RngSeed};

/// The seed property tests use unless `PROPTEST_RNG_SEED` names another one.
pub const SEED: u64 = 20_261_127;

/// A proptest configuration with `cases` cases and a fixed seed, so that CI runs the same cases
/// every time. `PROPTEST_RNG_SEED` and `PROPTEST_CASES` still override both, to explore further
/// (`scripts/fuzz.sh` and the seed loop in BENCHMARKS.md do). Failing cases are written to
/// `<test file>.proptest-regressions`, which is committed and replayed first on every run.
pub fn config(cases: u32) -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if config.rng_seed == RngSeed::Random {
        config.rng_seed = RngSeed::Fixed(SEED);
    }
    config
}
