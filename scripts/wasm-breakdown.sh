#!/usr/bin/env bash
# Prints how many bytes of the release wasm each crate's code takes (before wasm-opt, names
# kept), to see what each dependency adds. Needs twiggy: `cargo install twiggy`.
# Run scripts/build.sh first (it builds target/wasm32-unknown-unknown/release/aiact-app.wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name app \
  target/wasm32-unknown-unknown/release/aiact-app.wasm
twiggy top -n 100000 -f csv "$out/app_bg.wasm" > "$out/top.csv"
python3 - "$out/top.csv" <<'PY'
import csv, re, sys, collections
sizes = collections.Counter()
for row in csv.DictReader(open(sys.argv[1])):
    name, size = row["Name"], int(row["ShallowSize"])
    if "subsection" in name:
        continue
    if name.startswith("data segment"):
        key = "data (content, strings)"
    else:
        m = re.search(r"(aiact_core|aiact_app|serde_json|serde_core|postcard|reactive_graph|tachys|leptos|js_sys|wasm_bindgen|web_sys|gloo|chrono|dlmalloc|hashbrown|alloc|core|std)", name)
        key = m.group(1) if m else "other"
    sizes[key] += size
total = sum(sizes.values())
print("| part | bytes | share |")
print("|---|---:|---:|")
for k, v in sizes.most_common():
    print(f"| {k} | {v} | {100 * v / total:.1f} % |")
print(f"| total (before wasm-opt) | {total} | 100 % |")
PY
rm -rf "$out"
