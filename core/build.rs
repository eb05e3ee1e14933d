//! Checks every content file of `questions/` against the content model and bundles them into
//! the crate as compact binary (postcard), so the browser needs no JSON parser for content.

#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("questions/ exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    let mut files: Vec<(String, model::ContentFile)> = Vec::new();
    for name in names {
        let path = dir.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is UTF-8");
        let de = &mut serde_json::Deserializer::from_str(&text);
        match serde_path_to_error::deserialize(de) {
            Ok(content) => files.push((name, content)),
            Err(e) => panic!("questions/{name}: at {}: {}", e.path(), e.inner()),
        }
    }
    let bytes = postcard::to_stdvec(&files).expect("content serialises");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("content.bin");
    fs::write(out, bytes).expect("OUT_DIR is writable");
}
