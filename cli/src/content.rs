//! The questionnaire content: the one built in, or the files of a `questions/` folder.

use crate::error::CliError;
use aiact_core::model::ContentFile;
use aiact_core::{Catalog, LoadError};
use std::path::{Path, PathBuf};

/// The content in `dir`, or the content built in when `dir` is `None`.
pub fn load(dir: Option<&Path>) -> Result<Catalog, CliError> {
    match dir {
        Some(dir) => load_dir(dir),
        None => aiact_core::bundled::catalog().map_err(|e| CliError::Content {
            dir: PathBuf::from("(built in)"),
            problems: vec![e],
        }),
    }
}

/// The content in the language `lang`: English as it is, another language through its
/// translation (built in, or `dir/i18n/LANG.json` when a content folder is given).
pub fn in_language(cat: Catalog, lang: &str, dir: Option<&Path>) -> Result<Catalog, CliError> {
    if lang.eq_ignore_ascii_case("en") {
        return Ok(cat);
    }
    let unknown = |available: String| {
        CliError::Usage(format!(
            "there is no translation into \u{201c}{lang}\u{201d} (available: en, {available})"
        ))
    };
    let translation = match dir {
        Some(dir) => {
            let path = dir.join("i18n").join(format!("{lang}.json"));
            if !path.is_file() {
                return Err(unknown(format!(
                    "the files of {}",
                    dir.join("i18n").display()
                )));
            }
            let text = std::fs::read_to_string(&path).map_err(|source| CliError::Read {
                what: path.display().to_string(),
                source,
            })?;
            serde_json::from_str(&text).map_err(|e| CliError::Content {
                dir: dir.join("i18n"),
                problems: vec![LoadError {
                    file: format!("{lang}.json"),
                    path: String::new(),
                    message: e.to_string(),
                }],
            })?
        }
        None => match aiact_core::bundled::translation(lang) {
            Some(t) => t.map_err(|e| CliError::Content {
                dir: PathBuf::from("(built in)"),
                problems: vec![e],
            })?,
            None => {
                let codes: Vec<&str> = aiact_core::bundled::TRANSLATIONS
                    .iter()
                    .map(|(code, _)| *code)
                    .collect();
                return Err(unknown(codes.join(", ")));
            }
        },
    };
    Ok(aiact_core::i18n::localize(&cat, &translation))
}

/// The content files of `dir` (every `*.json` but `schema.json`, in file-name order), merged.
/// Reports every file that cannot be parsed, each with the JSON path of its problem.
pub fn load_dir(dir: &Path) -> Result<Catalog, CliError> {
    let read_error = |source| CliError::Read {
        what: format!("the content folder {}", dir.display()),
        source,
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(read_error)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(CliError::Content {
            dir: dir.to_owned(),
            problems: vec![LoadError {
                file: String::new(),
                path: String::new(),
                message: "the folder holds no content files (*.json)".into(),
            }],
        });
    }
    let mut files = Vec::with_capacity(names.len());
    let mut problems = vec![];
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).map_err(|source| CliError::Read {
            what: dir.join(&name).display().to_string(),
            source,
        })?;
        match parse(&name, &text) {
            Ok(file) => files.push((name, file)),
            Err(e) => problems.push(e),
        }
    }
    if !problems.is_empty() {
        return Err(CliError::Content {
            dir: dir.to_owned(),
            problems,
        });
    }
    Catalog::from_contents(files).map_err(|e| CliError::Content {
        dir: dir.to_owned(),
        problems: vec![e],
    })
}

/// Parses one content file, naming the JSON path of a problem.
fn parse(name: &str, text: &str) -> Result<ContentFile, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| LoadError {
        file: name.to_owned(),
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}
