//! Real inputs to start from: answers files, JSON reports and share links built from the golden
//! scenarios in `core/tests/scenarios/`, and the content files in `questions/`.

use crate::TODAY;
use aiact_core::envelope::Envelope;
use aiact_core::{Answers, Catalog, assess, bundled, report, share};
use std::path::Path;

/// Everything the generators start from.
pub struct Corpus {
    /// The bundled catalog.
    pub catalog: Catalog,
    /// One saved assessment per golden scenario, stamped as the app saves it.
    pub envelopes: Vec<Envelope>,
    /// Their answers files.
    pub answers_files: Vec<String>,
    /// Their JSON reports.
    pub reports: Vec<String>,
    /// Their share link fragments.
    pub links: Vec<String>,
    /// Content files `(name, text)`, in load order.
    pub content: Vec<(String, String)>,
    /// The content as the app fetches it (postcard).
    pub content_bin: Vec<u8>,
    /// Question ids, option ids and other words worth trying in generated input.
    pub words: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Scenario {
    name: String,
    answers: Answers,
}

fn read_dir(dir: &Path, ext: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = vec![];
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with(ext) && name != "schema.json" {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((name, text));
        }
    }
    files.sort();
    Ok(files)
}

impl Corpus {
    /// Loads the catalog, the scenarios under `root/core/tests/scenarios` and the content under
    /// `root/questions`.
    pub fn load(root: &Path) -> Result<Corpus, String> {
        let catalog = bundled::catalog().map_err(|e| e.to_string())?;
        let mut envelopes = vec![];
        for (name, text) in read_dir(&root.join("core/tests/scenarios"), ".json")? {
            let s: Scenario = serde_json::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
            let mut env = Envelope::new(&catalog.version.content_date, "2026-11-27T10:00:00Z");
            env.name = s.name.chars().take(200).collect();
            env.description = format!("Golden scenario {name}");
            env.answers = s.answers;
            env.stamp(&catalog, &assess(&catalog, &env.answers, TODAY));
            envelopes.push(env);
        }
        if envelopes.is_empty() {
            return Err("no golden scenarios found".into());
        }
        let answers_files = envelopes.iter().map(Envelope::encode).collect();
        let reports = envelopes
            .iter()
            .map(|env| {
                let a = assess(&catalog, &env.answers, TODAY);
                report::render_json(&report::build(&catalog, env, &a, TODAY), env)
            })
            .collect();
        let links = envelopes
            .iter()
            .map(|env| share::encode(&catalog, env).map(|l| format!("#{l}")))
            .collect::<Result<_, _>>()
            .map_err(|e| e.to_string())?;
        let content = read_dir(&root.join("questions"), ".json")?;
        let mut words: Vec<String> = vec![
            "yes",
            "no",
            "unsure",
            "none",
            "schema",
            "content_date",
            "answers",
            "retired",
            "name",
            "description",
            "seen",
            "result",
            "format",
            "assessment",
            "report",
            "v",
            "n",
            "c",
            "a",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        for q in catalog.questions() {
            words.push(q.id.clone());
            words.extend(q.options.iter().map(|o| o.id.clone()));
        }
        Ok(Corpus {
            catalog,
            envelopes,
            answers_files,
            reports,
            links,
            content,
            content_bin: bundled::CONTENT.to_vec(),
            words,
        })
    }
}
