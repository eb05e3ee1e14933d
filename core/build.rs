//! Bundles every content file of `questions/` into the crate, whitespace-stripped.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).to_path_buf();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("questions/ exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    let mut code = String::from(
        "/// Content files as `(name, compact JSON)`, in load order.\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is UTF-8");
        let target = out.join(name);
        fs::write(&target, minify(&text)).expect("OUT_DIR is writable");
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            target.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    fs::write(out.join("bundled_files.rs"), code).expect("OUT_DIR is writable");
}

/// Drops whitespace outside JSON strings.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
