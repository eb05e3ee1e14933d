//! `aiact translations`: a translator's round trip (worksheet, edit, apply, check) on a copy of
//! the content, and the worksheets `apply` refuses without writing anything.

mod common;

use aiact_core::i18n;
use common::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// A copy of `questions/` with its translations, to change in a test.
fn content_copy(label: &str) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    let dir = temp_dir(label);
    std::fs::create_dir(dir.join("i18n")).unwrap();
    for sub in ["", "i18n"] {
        for e in std::fs::read_dir(src.join(sub)).unwrap() {
            let e = e.unwrap();
            if e.path().is_file() {
                std::fs::copy(e.path(), dir.join(sub).join(e.file_name())).unwrap();
            }
        }
    }
    dir
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Runs `aiact --content DIR translations ARGS...`.
fn translations(dir: &Path, args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut all = vec!["--content", dir.to_str().unwrap(), "translations"];
    all.extend_from_slice(args);
    run(&all, stdin)
}

/// Rewrites the help of the first question in the copy; returns its key and the new English.
fn change_first_help(dir: &Path) -> (String, String) {
    let path = dir.join("01-ai-system.json");
    let mut v = read_json(&path);
    let q = &mut v["sections"][0]["questions"][0];
    let english = format!("{} (reworded)", q["help"].as_str().unwrap());
    q["help"] = json!(english);
    let key = format!("question/{}/help", q["id"].as_str().unwrap());
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    (key, english)
}

/// The canonical form the translation files are kept in (as core's test checks it).
fn canonical(v: &Value) -> String {
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
    serde::Serialize::serialize(
        v,
        &mut serde_json::Serializer::with_formatter(&mut out, fmt),
    )
    .unwrap();
    String::from_utf8(out).unwrap() + "\n"
}

#[test]
fn the_committed_translations_check_clean_and_need_no_work() {
    let dir = content_copy("clean");
    let o = translations(&dir, &["check"], None);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("de, fr"), "{}", stderr(&o));

    let o = translations(&dir, &["worksheet", "de"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&o)).unwrap(),
        json!({})
    );

    let o = translations(&dir, &["worksheet", "fr", "--all"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let sheet: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let english = i18n::english(&catalog());
    let sheet = sheet.as_object().unwrap();
    assert_eq!(sheet.len(), english.len());
    let fr = read_json(&dir.join("i18n/fr.json"));
    for (key, en) in &english {
        let entry = &sheet[key];
        assert_eq!(entry["en"], json!(en), "{key}");
        assert_eq!(entry["text"], fr["texts"][key]["text"], "{key}");
        assert_eq!(entry["status"], json!("ok"), "{key}");
    }
}

#[test]
fn a_worksheet_round_trip_makes_a_stale_and_a_missing_translation_current() {
    let dir = content_copy("round-trip");
    let (stale, english) = change_first_help(&dir);
    let de_path = dir.join("i18n/de.json");
    let mut de = read_json(&de_path);
    let missing = "obligation/deployer.fria/summary";
    let removed = de["texts"]
        .as_object_mut()
        .unwrap()
        .remove(missing)
        .unwrap();
    std::fs::write(&de_path, canonical(&de)).unwrap();
    let before = read_json(&de_path);

    // Both languages are stale for the changed English; German also misses a text.
    let o = translations(&dir, &["check"], None);
    assert_eq!(code(&o), 1);
    let report = stdout(&o);
    assert_eq!(report.lines().count(), 3, "{report}");
    assert!(report.contains(&format!("de.json: {stale}: the English text changed")));
    assert!(report.contains(&format!("fr.json: {stale}: the English text changed")));
    assert!(report.contains(&format!("de.json: {missing}: no translation")));

    // The worksheet holds exactly the two texts to do, with the English to translate.
    let o = translations(&dir, &["worksheet", "de"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut sheet: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let keys: Vec<&String> = sheet.as_object().unwrap().keys().collect();
    assert_eq!(keys, [missing, stale.as_str()]);
    assert_eq!(sheet[&stale]["status"], json!("stale"));
    assert_eq!(sheet[&stale]["en"], json!(english));
    assert_eq!(sheet[&stale]["text"], before["texts"][&stale]["text"]);
    assert_eq!(sheet[missing]["status"], json!("missing"));
    assert_eq!(sheet[missing]["text"], json!(""));

    // The translator fills in the texts; apply takes them (here from standard input).
    sheet[&stale]["text"] = json!("Neu übersetzter Hilfetext.");
    sheet[missing]["text"] = removed["text"].clone();
    let o = translations(&dir, &["apply", "de", "-"], Some(&sheet.to_string()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let o = translations(&dir, &["check", "de"], None);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let o = translations(&dir, &["check", "fr"], None);
    assert_eq!(code(&o), 1, "French is still stale");

    // The file is canonical, the two texts are current, and nothing else moved.
    let text = std::fs::read_to_string(&de_path).unwrap();
    let after: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(text, canonical(&after));
    assert_eq!(
        after["texts"][&stale],
        json!({"source": i18n::source_hash(&english), "text": "Neu übersetzter Hilfetext."})
    );
    assert_eq!(
        after["texts"][missing]["source"],
        json!(i18n::source_hash(&i18n::english(&catalog())[missing]))
    );
    let mut rest = after.clone();
    let mut old = before.clone();
    for v in [&mut rest, &mut old] {
        let texts = v["texts"].as_object_mut().unwrap();
        texts.remove(&stale);
        texts.remove(missing);
    }
    assert_eq!(rest, old);
}

#[test]
fn apply_refuses_unknown_keys_empty_texts_and_outdated_english_and_writes_nothing() {
    let dir = content_copy("refusals");
    let (stale, english) = change_first_help(&dir);
    let de_path = dir.join("i18n/de.json");
    let before = std::fs::read(&de_path).unwrap();
    let good = json!({"text": "Hilfetext.", "en": english, "status": "stale"});
    let cases = [
        (
            json!({&stale: good, "question/no.such/help": {"text": "Text."}}),
            "question/no.such/help: the content has no such text",
        ),
        (
            json!({&stale: {"text": "  ", "en": english}}),
            "the text is empty",
        ),
        (
            json!({&stale: {"text": "Hilfetext.", "en": "What the English said before."}}),
            "the English changed since the worksheet was made",
        ),
    ];
    let sheet = temp_dir("worksheet").join("worksheet.json");
    for (worksheet, message) in cases {
        std::fs::write(&sheet, worksheet.to_string()).unwrap();
        let o = translations(&dir, &["apply", "de", sheet.to_str().unwrap()], None);
        assert_eq!(code(&o), 1, "{worksheet}");
        assert!(stderr(&o).contains(message), "{}", stderr(&o));
        assert!(stderr(&o).contains("nothing written"), "{}", stderr(&o));
        assert_eq!(std::fs::read(&de_path).unwrap(), before, "{worksheet}");
    }

    // Not a worksheet at all: the JSON path of the problem is named.
    std::fs::write(&sheet, r#"{"question/x/help": {"en": "x"}}"#).unwrap();
    let o = translations(&dir, &["apply", "de", sheet.to_str().unwrap()], None);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("missing field `text`"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&de_path).unwrap(), before);

    // A language without a file is a usage error.
    let o = translations(&dir, &["worksheet", "xx"], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("languages: de, fr"), "{}", stderr(&o));
}
