#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting and lints, the engine and app natively,
# the app in headless Chromium (wasm-bindgen-test), then end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}
step() { printf '\n=== %s\n' "$*"; }

step "setup"
scripts/setup.sh --test

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings

step "native tests (engine, content, app logic)"
# Property tests use a fixed seed (core/tests/common/mod.rs) and replay their committed
# regressions first; scripts/fuzz.sh --properties explores other seeds.
cargo test --workspace

step "fuzzing smoke run (the long run is scripts/fuzz.sh)"
scripts/fuzz.sh --smoke

step "app in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120} \
  cargo test --target wasm32-unknown-unknown -p aiact-app --test web

step "release build"
scripts/build.sh

step "end-to-end tests (Playwright + Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
