#!/usr/bin/env bash
# Builds the release site into dist/ (or $DIST). Every URL in it is relative, so dist/ works from
# any static host and any sub-path. Run scripts/setup.sh first.
#
# Steps: the app for the browser; the code beyond the first screen split into modules loaded
# after it (wasm-split, via the build tool); wasm-bindgen and wasm-opt; the first screen rendered
# into one page per language with the app's own components; the content beyond the first screen,
# each translation and each translation's first screen as files of their own; content-hashed
# names; the service worker's list of files.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
tmp="$dist.tmp"
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}

# The splitter needs the linker's relocations in the module. `erase_components` (a Leptos build
# option) makes each component's view one erased type: 24 KiB less wasm (brotli) in this app.
cargo build --release --target wasm32-unknown-unknown --bin aiact-app --no-default-features --features lazy-content,split \
  --config 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs", "--cfg=erase_components"]'
cargo build -q -p aiact-build
tool=target/debug/aiact-build

rm -rf "$tmp" && mkdir -p "$tmp/split"
"$tool" split target/wasm32-unknown-unknown/release/aiact-app.wasm "$tmp/split"
wasm-bindgen --target web --no-typescript --keep-lld-exports --remove-name-section \
  --remove-producers-section --out-dir "$tmp" --out-name app "$tmp/split/main.wasm"
rm "$tmp/split/main.wasm"
mv "$tmp/split/__wasm_split.js" "$tmp/split.js"
# (wasm-opt warns about the name-section layout the splitter writes; only failures are shown.)
opt() {
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers "$1" -o "$1" 2> "$tmp/wasm-opt.log" \
    || { cat "$tmp/wasm-opt.log" >&2; exit 1; }
}
opt "$tmp/app_bg.wasm"
for f in "$tmp"/split/*.wasm; do opt "$f"; mv "$f" "$tmp/"; done
rmdir "$tmp/split" && rm -f "$tmp/wasm-opt.log"

# The questionnaire beyond the first screen, fetched by the app after it starts; per translation,
# the whole translation, fetched only by visitors who use that language, and the first screen's
# content and words in it, fetched by that language's page before the app takes the screen over.
cargo run -q -p aiact-core --example export_content -- "$tmp/content.bin" "$tmp" > /dev/null
content="content-$(sha256sum "$tmp/content.bin" | cut -c1-10)"
mv "$tmp/content.bin" "$tmp/$content.bin"
i18n=()
for f in "$tmp"/i18n-*.bin; do
  lang=$(basename "$f" .bin); lang=${lang#i18n-}
  name="i18n-$lang-$(sha256sum "$f" | cut -c1-10)"
  mv "$f" "$tmp/$name.bin"
  i18n+=("$lang=./$name.bin")
done

# The first screen, rendered into one page per language (index.html in English, index.<lang>.html),
# each naming its start file.
"$tool" prerender index.html "$tmp"
starts=()
for f in "$tmp"/start-*.bin; do
  lang=$(basename "$f" .bin); lang=${lang#start-}
  name="start-$lang-$(sha256sum "$f" | cut -c1-10)"
  mv "$f" "$tmp/$name.bin"
  sed -i "s#\"./start-$lang.bin\"#\"./$name.bin\"#g" "$tmp"/index*.html
  starts+=("./$name.bin")
done
pages=()
for f in "$tmp"/index.*.html; do
  if [ -e "$f" ]; then pages+=("./$(basename "$f")"); fi
done

# Content-hashed names, so that a host's cache never pairs old glue with a new module.
hash=$(cat "$tmp"/*.js "$tmp"/*.wasm "$tmp"/*.bin "$tmp"/index*.html public/* | sha256sum | cut -c1-10)
app="app-$hash"
split="split-$hash"
chunks=()
for f in "$tmp"/*.wasm; do
  name=$(basename "$f" .wasm)
  [ "$name" = app_bg ] && continue
  mv "$f" "$tmp/$name-$hash.wasm"
  sed -i "s#\"./$name.wasm\"#\"./$name-$hash.wasm\"#g" "$tmp/split.js"
  chunks+=("./$name-$hash.wasm")
done
sed -i "s#from \"./app.js\"#from \"./$app.js\"#" "$tmp/split.js"
sed -i "s#from \"./__wasm_split.js\"#from \"./$split.js\"#g" "$tmp/app.js"
mv "$tmp/app.js" "$tmp/$app.js"
mv "$tmp/app_bg.wasm" "$tmp/${app}_bg.wasm"
mv "$tmp/split.js" "$tmp/$split.js"

files=("./" "${pages[@]}" "./style.css?v=$hash" "./early.js?v=$hash" "./boot.js?v=$hash" "./$app.js"
  "./${app}_bg.wasm" "./$split.js" "${chunks[@]}" "./$content.bin" "${starts[@]}")
list=$(printf '"%s",' "${files[@]}")
subst=(-e "s/__APP__/$app/g" -e "s/__SPLIT__/$split/g" -e "s/__BUILD__/$hash/g" -e "s/__CONTENT__/$content/g"
  -e "s#__FILES__#[${list%,}]#" -e "s#__I18N__#${i18n[*]}#")
for f in public/*; do
  sed "${subst[@]}" "$f" > "$tmp/$(basename "$f")"
done
# The stylesheet's few words, in each translation's language.
"$tool" css "$tmp/style.css"
sed -i "${subst[@]}" "$tmp"/index*.html
rm -rf "$dist" && mv "$tmp" "$dist"
echo "built $dist/ ($app; split off: ${chunks[*]})"
