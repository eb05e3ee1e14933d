//! Checks every content file of `questions/` against the content model and bundles them into
//! the crate as compact binary (postcard), so the browser needs no JSON parser for content.

#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/i18n/file.rs"]
#[allow(dead_code)]
mod translation;

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
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).to_path_buf();
    let bytes = postcard::to_stdvec(&files).expect("content serialises");
    fs::write(out.join("content.bin"), bytes).expect("OUT_DIR is writable");
    // What the first screen needs: the version and the first section, nothing else.
    let mut start: Vec<(String, model::ContentFile)> = Vec::new();
    if let Some((name, file)) = files.iter().find(|(_, f)| f.version.is_some()) {
        let only_version = model::ContentFile {
            version: file.version.clone(),
            ..Default::default()
        };
        start.push((name.clone(), only_version));
    }
    if let Some((name, file)) = files.iter().find(|(_, f)| !f.sections.is_empty()) {
        let first_section = model::ContentFile {
            sections: file.sections[..1].to_vec(),
            ..Default::default()
        };
        start.push((name.clone(), first_section));
    }
    let bytes = postcard::to_stdvec(&start).expect("content serialises");
    fs::write(out.join("content-start.bin"), bytes).expect("OUT_DIR is writable");
    // The English texts of the engine itself, which every catalog falls back on.
    let messages: std::collections::BTreeMap<&String, &String> =
        files.iter().flat_map(|(_, f)| &f.messages).collect();
    let bytes = postcard::to_stdvec(&messages).expect("messages serialise");
    fs::write(out.join("messages.bin"), bytes).expect("OUT_DIR is writable");

    // Translations: one compact file per language, so that a browser loads only the one it uses.
    let i18n = dir.join("i18n");
    println!("cargo:rerun-if-changed={}", i18n.display());
    let mut langs: Vec<String> = fs::read_dir(&i18n)
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".json") && n != "schema.json")
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    let mut list = String::from("&[");
    for name in langs {
        let path = i18n.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("translation file is UTF-8");
        let de = &mut serde_json::Deserializer::from_str(&text);
        let file: translation::TranslationFile = match serde_path_to_error::deserialize(de) {
            Ok(f) => f,
            Err(e) => panic!("questions/i18n/{name}: at {}: {}", e.path(), e.inner()),
        };
        assert_eq!(
            format!("{}.json", file.lang),
            name,
            "questions/i18n/{name}: the file name must be the language code"
        );
        let bin = format!("lang-{}.bin", file.lang);
        let bytes = postcard::to_stdvec(&file).expect("translation serialises");
        fs::write(out.join(&bin), bytes).expect("OUT_DIR is writable");
        list.push_str(&format!(
            "({:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{bin}\"))),",
            file.lang
        ));
    }
    list.push(']');
    fs::write(out.join("translations.rs"), list).expect("OUT_DIR is writable");
}
