//! Turns the page's own words (`shell.…` messages in `questions/*.json`) into constants the shell
//! names, each with its key and English text: a key that does not exist does not compile, and
//! the English a screen shows before the content's texts are in is the content's English.

use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("questions/ exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    let mut out = String::new();
    for name in names {
        let path = dir.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("content file is UTF-8");
        let json: serde_json::Value = serde_json::from_str(&text).expect("content file is JSON");
        let Some(messages) = json.get("messages").and_then(|m| m.as_object()) else {
            continue;
        };
        for (key, english) in messages {
            let Some(rest) = key.strip_prefix("shell.") else {
                continue;
            };
            let english = english.as_str().expect("a message is text");
            let ident = rest.replace('.', "_").to_uppercase();
            out.push_str(&format!(
                "/// {english:?}\npub const {ident}: Text = Text {{ key: {key:?}, english: {english:?} }};\n"
            ));
        }
    }
    let target =
        Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("shell_texts.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}
