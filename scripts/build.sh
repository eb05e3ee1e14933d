#!/usr/bin/env bash
# Builds the release site into dist/ (or $DIST). Every URL in it is relative, so dist/ works from
# any static host and any sub-path. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}

cargo build --release --target wasm32-unknown-unknown --bin aiact-app --features lazy-content
rm -rf "$dist.tmp" && mkdir -p "$dist.tmp"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$dist.tmp" --out-name app target/wasm32-unknown-unknown/release/aiact-app.wasm
node_modules/.bin/wasm-opt -Oz "$dist.tmp/app_bg.wasm" -o "$dist.tmp/app_bg.wasm"

# The questionnaire beyond the first screen, fetched by the app after it starts.
cargo run -q -p aiact-core --example export_content -- "$dist.tmp/content.bin" > /dev/null
content="content-$(sha256sum "$dist.tmp/content.bin" | cut -c1-10)"
mv "$dist.tmp/content.bin" "$dist.tmp/$content.bin"

# Content-hashed names, so a host's cache never pairs old glue with a new module.
hash=$(cat "$dist.tmp/app.js" "$dist.tmp/app_bg.wasm" "$dist.tmp/$content.bin" public/* index.html | sha256sum | cut -c1-10)
app="app-$hash"
mv "$dist.tmp/app.js" "$dist.tmp/$app.js"
mv "$dist.tmp/app_bg.wasm" "$dist.tmp/${app}_bg.wasm"
for f in public/*; do
  sed -e "s/__APP__/$app/g" -e "s/__BUILD__/$hash/g" "$f" > "$dist.tmp/$(basename "$f")"
done
sed -e "s/__APP__/$app/g" -e "s/__BUILD__/$hash/g" -e "s/__CONTENT__/$content/g" index.html > "$dist.tmp/index.html"
rm -rf "$dist" && mv "$dist.tmp" "$dist"
echo "built $dist/ ($app)"
