#!/usr/bin/env bash
# Fuzzes every parser of outside input (share links, answers files and JSON reports, saved data,
# content files) and the path after a successful parse (upgrade, assessment, every renderer,
# saving, sharing), then measures the whole path on the largest input each parser accepts.
# The harness is the `fuzz/` crate (stable Rust; fuzz/src/main.rs says why not cargo-fuzz).
#
#   scripts/fuzz.sh [--cases N] [--assessments N] [--follow-every K] [--seed S] [--target NAME,…] [--case K] [--no-largest]
#       the harness, optimised: 1,000,000 cases per parser, 200,000 random legitimate assessments,
#       the path after a successful parse for one case in 4 (`--help` lists the options);
#       a case that panics is saved under target/fuzz-artifacts/ and can be rerun with --target and --case
#   scripts/fuzz.sh --properties [N]
#       the property tests of core/tests/ with N different seeds (default 20), 1,000 cases each
#   scripts/fuzz.sh --smoke
#       a few seconds: 100 cases per target, unoptimised (scripts/test.sh runs this)
#
# Long runs belong in the background on a shared machine: nohup nice -n 19 scripts/fuzz.sh > fuzz.log 2>&1 &
# Not part of scripts/test.sh, apart from the smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}

case "${1:-}" in
  --smoke)
    shift
    exec cargo run -q -p aiact-fuzz -- --cases 100 --no-largest "$@"
    ;;
  --properties)
    seeds=${2:-20}
    failed=0
    for seed in $(seq 1 "$seeds"); do
      if PROPTEST_RNG_SEED=$seed PROPTEST_CASES=${PROPTEST_CASES:-1000} \
        cargo test -q -p aiact-core --test properties > "target/properties-seed-$seed.log" 2>&1; then
        echo "seed $seed: passed"
      else
        echo "seed $seed: FAILED (target/properties-seed-$seed.log)"
        failed=$((failed + 1))
      fi
    done
    echo "$((seeds - failed)) passed, $failed failed"
    exit $((failed > 0))
    ;;
esac

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); $(rustc --version)"
cargo build -q --profile fuzz -p aiact-fuzz
exec target/fuzz/aiact-fuzz --cases 1000000 --assessments 200000 --follow-every 4 "$@"
