#!/usr/bin/env bash
# Prints how many bytes of code each crate takes in the main wasm module (what a first answer
# needs) and in each module split off to load after the first screen (before wasm-opt, names
# kept), to see what each dependency adds and where. Needs twiggy: `cargo install twiggy`.
# Run scripts/build.sh first (it builds the module and the splitting tool).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
target/debug/aiact-build split target/wasm32-unknown-unknown/release/aiact-app.wasm "$out" > /dev/null
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out/main" --out-name app "$out/main.wasm"
for module in "$out/main/app_bg.wasm" "$out"/split_*.wasm; do
  name=$(basename "$module" .wasm)
  [ "$name" = app_bg ] && name="main module"
  echo "### $name"
  twiggy top -n 100000 -f csv "$module" 2>/dev/null > "$out/top.csv"
  python3 - "$out/top.csv" <<'PY'
import csv, re, sys, collections
sizes = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    name, size = row["Name"], int(row["ShallowSize"])
    if "subsection" in name or name.startswith("custom section"):
        continue
    if name.startswith("data segment"):
        key = "data (content, strings)"
    else:
        m = re.search(r"(aiact_core|aiact_app|serde_json|serde_core|postcard|reactive_graph|tachys|leptos|js_sys|wasm_bindgen|web_sys|chrono|dlmalloc|hashbrown|indexmap|alloc|core|std)", name)
        key = m.group(1) if m else "other"
    sizes[key] += size
total = sum(sizes.values())
print("| part | bytes | share |")
print("|---|---:|---:|")
for k, v in sizes.most_common():
    print(f"| {k} | {v} | {100 * v / total:.1f} % |")
print(f"| total (before wasm-opt) | {total} | 100 % |")
PY
done
rm -rf "$out"
