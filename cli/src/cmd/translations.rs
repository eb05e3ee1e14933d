//! `aiact translations`: check the translations in `questions/i18n/`, and update them through a
//! JSON worksheet that a translator fills in.

use crate::args::TranslationsCommand;
use crate::content;
use crate::error::{CliError, EXIT_ERROR};
use crate::out;
use crate::style::{BAD, DIM, GOOD, paint};
use aiact_core::i18n::{self, TranslationFile};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Runs `aiact translations` on the content in `dir` and its `i18n` folder.
pub fn run(dir: &Path, command: &TranslationsCommand) -> Result<u8, CliError> {
    match command {
        TranslationsCommand::Check { langs } => check(dir, langs),
        TranslationsCommand::Worksheet { lang, all } => worksheet(dir, lang, *all),
        TranslationsCommand::Apply { lang, worksheet } => apply(dir, lang, worksheet),
    }
}

/// Where a translation stands against the current English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    /// No translation, or an empty one.
    Missing,
    /// The English changed since it was translated.
    Stale,
    /// Translates the current English.
    Ok,
}

/// One key of a worksheet as printed.
#[derive(Serialize)]
struct Entry<'a> {
    en: &'a str,
    text: &'a str,
    status: Status,
}

/// One key of a filled-in worksheet; its status is not read.
#[derive(Deserialize)]
struct Filled {
    /// The English the worksheet was made from, to notice a change since.
    #[serde(default)]
    en: Option<String>,
    text: String,
}

fn check(dir: &Path, langs: &[String]) -> Result<u8, CliError> {
    let english = english(dir)?;
    let langs = if langs.is_empty() {
        languages(dir)?
    } else {
        langs.to_vec()
    };
    let mut text = String::new();
    let mut total = 0;
    for lang in &langs {
        let (path, _, file) = read_translation(dir, lang)?;
        let problems = i18n::check(&english, &file);
        for p in &problems {
            text.push_str(&format!("{}: {p}\n", path.display()));
        }
        total += problems.len();
    }
    out::print(&text)?;
    let list = langs.join(", ");
    if total == 0 {
        anstream::eprintln!(
            "{}: {list}: every text translated, current and in the Act's terms",
            paint(GOOD.bold(), "complete")
        );
        Ok(0)
    } else {
        anstream::eprintln!(
            "{}: {total} problem{} in {list}",
            paint(BAD.bold(), "incomplete"),
            if total == 1 { "" } else { "s" }
        );
        Ok(EXIT_ERROR)
    }
}

fn worksheet(dir: &Path, lang: &str, all: bool) -> Result<u8, CliError> {
    let english = i18n::english(&english(dir)?);
    let (_, _, file) = read_translation(dir, lang)?;
    let sheet: BTreeMap<&str, Entry> = english
        .iter()
        .map(|(key, en)| {
            let current = file.texts.get(key);
            let status = match current {
                Some(t) if t.text.trim().is_empty() => Status::Missing,
                Some(t) if t.source != i18n::source_hash(en) => Status::Stale,
                Some(_) => Status::Ok,
                None => Status::Missing,
            };
            let text = current.map_or("", |t| t.text.as_str());
            (key.as_str(), Entry { en, text, status })
        })
        .filter(|(_, e)| all || e.status != Status::Ok)
        .collect();
    let json = serde_json::to_string_pretty(&sheet).map_err(|e| CliError::Write {
        what: "standard output".into(),
        source: io::Error::other(e),
    })?;
    out::print_exact(&(json + "\n"))?;
    let open = sheet.values().filter(|e| e.status != Status::Ok).count();
    anstream::eprintln!(
        "{open} text{} to translate into {lang}",
        if open == 1 { "" } else { "s" }
    );
    Ok(0)
}

fn apply(dir: &Path, lang: &str, worksheet: &Path) -> Result<u8, CliError> {
    let english = english(dir)?;
    let texts = i18n::english(&english);
    let (path, mut value, _) = read_translation(dir, lang)?;
    let (what, raw) = read_worksheet(worksheet)?;
    let filled: BTreeMap<String, Filled> = parse(&what, &raw)?;
    let refusals = refusals(&texts, &filled);
    if !refusals.is_empty() {
        return Err(CliError::Input {
            what,
            path: None,
            message: format!(
                "nothing written to {}:\n  {}",
                path.display(),
                refusals.join("\n  ")
            ),
        });
    }

    let Some(entries) = value.get_mut("texts").and_then(Value::as_object_mut) else {
        return Err(CliError::Input {
            what: path.display().to_string(),
            path: Some("texts".into()),
            message: "expected an object of translations".into(),
        });
    };
    for (key, entry) in filled {
        let source = i18n::source_hash(&texts[&key]);
        entries.insert(
            key,
            serde_json::json!({ "source": source, "text": entry.text }),
        );
    }
    let file: TranslationFile =
        serde_json::from_value(value.clone()).map_err(|e| CliError::Input {
            what: path.display().to_string(),
            path: None,
            message: e.to_string(),
        })?;
    write_canonical(&path, &value)?;
    let left = i18n::check(&english, &file).len();
    anstream::eprintln!(
        "{}: {} {}",
        paint(GOOD.bold(), "updated"),
        path.display(),
        paint(
            DIM,
            format!(
                "({left} problem{} left: aiact translations check {lang})",
                if left == 1 { "" } else { "s" }
            )
        )
    );
    Ok(0)
}

/// The worksheet's name for messages, and its text.
fn read_worksheet(path: &Path) -> Result<(String, String), CliError> {
    let what = if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    };
    let text = if path == Path::new("-") {
        io::read_to_string(io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    let text = text.map_err(|source| CliError::Read {
        what: what.clone(),
        source,
    })?;
    Ok((what, text))
}

/// Why a filled-in worksheet cannot be taken in: keys the content lacks, empty texts, and
/// English that changed since the worksheet was made.
fn refusals(english: &BTreeMap<String, String>, filled: &BTreeMap<String, Filled>) -> Vec<String> {
    filled
        .iter()
        .filter_map(|(key, entry)| match english.get(key) {
            None => Some(format!("{key}: the content has no such text")),
            Some(_) if entry.text.trim().is_empty() => Some(format!("{key}: the text is empty")),
            Some(en) if entry.en.as_ref().is_some_and(|old| old != en) => Some(format!(
                "{key}: the English changed since the worksheet was made; make a new one"
            )),
            Some(_) => None,
        })
        .collect()
}

/// The English content of `dir`.
fn english(dir: &Path) -> Result<aiact_core::Catalog, CliError> {
    content::load_dir(dir)
}

/// The language codes of the translation files in `dir/i18n`, sorted.
fn languages(dir: &Path) -> Result<Vec<String>, CliError> {
    let folder = dir.join("i18n");
    let mut langs: Vec<String> = std::fs::read_dir(&folder)
        .map_err(|source| CliError::Read {
            what: format!("the translations folder {}", folder.display()),
            source,
        })?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
        .filter(|n| n != "schema")
        .collect();
    langs.sort();
    Ok(langs)
}

/// The translation file of `lang`: its path, its JSON as it is, and what it says.
fn read_translation(dir: &Path, lang: &str) -> Result<(PathBuf, Value, TranslationFile), CliError> {
    let path = dir.join("i18n").join(format!("{lang}.json"));
    if !path.is_file() {
        return Err(CliError::Usage(format!(
            "no translation into `{lang}`: {} does not exist (languages: {})",
            path.display(),
            languages(dir)?.join(", ")
        )));
    }
    let what = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|source| CliError::Read {
        what: what.clone(),
        source,
    })?;
    let value: Value = parse(&what, &text)?;
    let file = parse(&what, &text)?;
    Ok((path, value, file))
}

/// Parses JSON read from `what`, naming the JSON path of a problem.
fn parse<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, CliError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| CliError::Input {
        what: what.to_owned(),
        path: Some(e.path().to_string()).filter(|p| p != "."),
        message: e.inner().to_string(),
    })
}

/// The canonical form of a translation file: sorted keys, one-space indent, a final newline.
fn canonical(value: &Value) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = Vec::new();
    let indent = serde_json::ser::PrettyFormatter::with_indent(b" ");
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut bytes, indent,
    ))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes `value` to `path` in canonical form, through a file beside it so that an
/// interrupted write leaves the old file whole.
fn write_canonical(path: &Path, value: &Value) -> Result<(), CliError> {
    let write_error = |source| CliError::Write {
        what: path.to_owned(),
        source,
    };
    let bytes = canonical(value).map_err(|e| write_error(io::Error::other(e)))?;
    let partial = path.with_extension("json.partial");
    std::fs::write(&partial, bytes).map_err(write_error)?;
    std::fs::rename(&partial, path).map_err(write_error)
}
