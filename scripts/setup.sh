#!/usr/bin/env bash
# Installs what the build (and, with --test, the tests) need and skips what is present.
# Everything comes from package registries: no binary is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}

with_test=0
[ "${1:-}" = "--test" ] && with_test=1

say() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup first"; exit 1; }
command -v npm >/dev/null || { say "npm is missing: install Node.js (20 or newer) first"; exit 1; }

# The Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate version pinned in Cargo.toml / Cargo.lock.
wb=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
  say "installing wasm-bindgen-cli $wb (takes several minutes once)"
  # No --locked: the lockfile of the CLI pins a crate version the registry may not carry.
  cargo install wasm-bindgen-cli --version "$wb"
fi

# npm tools: wasm-opt (binaryen), Playwright (driving Debian's Chromium), axe-core.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

if [ "$with_test" = 1 ]; then
  pkgs=()
  command -v chromium >/dev/null || pkgs+=(chromium)
  command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
  if [ ${#pkgs[@]} -gt 0 ]; then
    say "installing ${pkgs[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${pkgs[@]}"
  fi
fi
say "ready"
