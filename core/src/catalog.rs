//! The catalog: all content files merged, with lookups, and where each item came from.

use crate::i18n::Messages;
use crate::model::{
    CatalogVersion, ContentFile, Fact, IsoItem, IsoMapping, Note, Obligation, Question, Role,
    Schedule, Section, TierRule,
};
use std::collections::BTreeMap;
use std::fmt;

/// A content file that could not be read, with the JSON path of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// File name, e.g. `01-ai-system.json`.
    pub file: String,
    /// JSON path of the problem, e.g. `sections[0].questions[2].kind`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: at {}: {}", self.file, self.path, self.message)
    }
}

impl std::error::Error for LoadError {}

/// All content, merged in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The content version.
    pub version: CatalogVersion,
    /// Sections in the order asked.
    pub sections: Vec<Section>,
    /// Named facts.
    pub facts: Vec<Fact>,
    /// Ordered tier rules.
    pub tier_rules: Vec<TierRule>,
    /// Roles.
    pub roles: Vec<Role>,
    /// Obligations.
    pub obligations: Vec<Obligation>,
    /// Date schedules of obligations.
    pub schedules: Vec<Schedule>,
    /// Notes shown with the result.
    pub notes: Vec<Note>,
    /// ISO/IEC 42001 clauses and controls.
    pub iso_items: Vec<IsoItem>,
    /// How ISO/IEC 42001 covers each obligation.
    pub iso_mappings: Vec<IsoMapping>,
    /// The engine's own texts, in the language of the catalog.
    pub messages: Messages,
    /// Where each item came from.
    pub origins: Origins,
    /// The language of the texts.
    pub language: crate::i18n::Language,
    /// Fingerprints of the English questions, for a translated catalog (see
    /// [`Catalog::fingerprint`]).
    pub source_prints: BTreeMap<String, String>,
    questions: BTreeMap<String, (usize, usize)>,
    facts_by_id: BTreeMap<String, usize>,
}

/// The file each item came from, index-aligned with the catalog's vectors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    /// File names, in load order.
    pub files: Vec<String>,
    /// File of each section.
    pub sections: Vec<usize>,
    /// File of each fact.
    pub facts: Vec<usize>,
    /// File of each tier rule.
    pub tier_rules: Vec<usize>,
    /// File of each role.
    pub roles: Vec<usize>,
    /// File of each obligation.
    pub obligations: Vec<usize>,
    /// File of each schedule.
    pub schedules: Vec<usize>,
    /// File of each note.
    pub notes: Vec<usize>,
    /// File of each ISO item.
    pub iso_items: Vec<usize>,
    /// File of each ISO mapping.
    pub iso_mappings: Vec<usize>,
    /// File that carried the version, if any.
    pub version: Option<usize>,
    /// File of each message, by key.
    pub messages: BTreeMap<String, usize>,
}

/// Parses one file, naming the JSON path of a problem.
#[cfg(feature = "json-paths")]
fn parse(name: &str, text: &str) -> Result<ContentFile, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| LoadError {
        file: name.to_owned(),
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

/// Parses one file, naming the line and column of a problem.
#[cfg(not(feature = "json-paths"))]
fn parse(name: &str, text: &str) -> Result<ContentFile, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError {
        file: name.to_owned(),
        path: format!("line {} column {}", e.line(), e.column()),
        message: e.to_string(),
    })
}

impl Catalog {
    /// Parses and merges content files given as `(file name, JSON text)`, in order.
    ///
    /// Unknown fields are errors. Exactly one file must carry the `version`.
    /// Semantic checks are [`crate::validate`]'s job.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalog, LoadError> {
        let parsed = files
            .into_iter()
            .map(|(name, text)| Ok((name.to_owned(), parse(name, text)?)))
            .collect::<Result<Vec<_>, LoadError>>()?;
        Catalog::from_contents(parsed)
    }

    /// Merges parsed content files, given as `(file name, content)`, in order.
    pub fn from_contents(files: Vec<(String, ContentFile)>) -> Result<Catalog, LoadError> {
        let mut version = None;
        let mut o = Origins::default();
        let (mut sections, mut facts, mut tier_rules, mut roles, mut obligations) =
            (vec![], vec![], vec![], vec![], vec![]);
        let (mut schedules, mut notes, mut iso_items, mut iso_mappings) =
            (vec![], vec![], vec![], vec![]);
        let mut messages: BTreeMap<String, String> = BTreeMap::new();
        for (name, content) in files {
            let file_no = o.files.len();
            o.files.push(name.clone());
            if let Some(v) = content.version {
                if version.is_some() {
                    return Err(LoadError {
                        file: name,
                        path: "version".into(),
                        message: "the catalog version is given in more than one file".into(),
                    });
                }
                version = Some(v);
                o.version = Some(file_no);
            }
            let take = |dst: &mut Vec<usize>, n: usize| dst.extend(std::iter::repeat_n(file_no, n));
            take(&mut o.sections, content.sections.len());
            take(&mut o.facts, content.facts.len());
            take(&mut o.tier_rules, content.tier_rules.len());
            take(&mut o.roles, content.roles.len());
            take(&mut o.obligations, content.obligations.len());
            take(&mut o.schedules, content.schedules.len());
            take(&mut o.notes, content.notes.len());
            take(&mut o.iso_items, content.iso_items.len());
            take(&mut o.iso_mappings, content.iso_mappings.len());
            sections.extend(content.sections);
            facts.extend(content.facts);
            tier_rules.extend(content.tier_rules);
            roles.extend(content.roles);
            obligations.extend(content.obligations);
            schedules.extend(content.schedules);
            notes.extend(content.notes);
            iso_items.extend(content.iso_items);
            iso_mappings.extend(content.iso_mappings);
            for (key, text) in content.messages {
                if messages.contains_key(&key) {
                    return Err(LoadError {
                        file: name,
                        path: format!("messages.{key}"),
                        message: "the message is given in more than one file".into(),
                    });
                }
                o.messages.insert(key.clone(), file_no);
                messages.insert(key, text);
            }
        }
        let version = version.ok_or_else(|| LoadError {
            file: o.files.first().cloned().unwrap_or_default(),
            path: "version".into(),
            message: "no file carries the catalog version".into(),
        })?;
        let mut questions = BTreeMap::new();
        for (si, s) in sections.iter().enumerate() {
            for (qi, q) in s.questions.iter().enumerate() {
                questions.entry(q.id.clone()).or_insert((si, qi));
            }
        }
        let mut facts_by_id = BTreeMap::new();
        for (i, f) in facts.iter().enumerate() {
            facts_by_id.entry(f.id.clone()).or_insert(i);
        }
        Ok(Catalog {
            version,
            sections,
            facts,
            tier_rules,
            roles,
            obligations,
            schedules,
            notes,
            iso_items,
            iso_mappings,
            messages: Messages::new("en", messages),
            origins: o,
            language: crate::i18n::Language::default(),
            source_prints: BTreeMap::new(),
            questions,
            facts_by_id,
        })
    }

    /// The fingerprint of what a question asks, taken from the English text in every language,
    /// so that saved answers compare with the content, not with its translation.
    pub fn fingerprint(&self, q: &Question) -> String {
        self.source_prints
            .get(&q.id)
            .cloned()
            .unwrap_or_else(|| crate::upgrade::fingerprint(q))
    }

    /// Every question, in the order asked.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// The question with this id (the first, if the id is duplicated).
    pub fn question(&self, id: &str) -> Option<&Question> {
        let &(s, q) = self.questions.get(id)?;
        Some(&self.sections[s].questions[q])
    }

    /// Position of a question in the order asked (used to find forward references).
    pub fn question_position(&self, id: &str) -> Option<usize> {
        let &(s, q) = self.questions.get(id)?;
        Some(
            self.sections[..s]
                .iter()
                .map(|s| s.questions.len())
                .sum::<usize>()
                + q,
        )
    }

    /// The section a question belongs to.
    pub fn section_of(&self, question_id: &str) -> Option<&Section> {
        self.questions
            .get(question_id)
            .map(|&(s, _)| &self.sections[s])
    }

    /// The fact with this id.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts_by_id.get(id).map(|&i| &self.facts[i])
    }

    /// The position of the fact with this id in [`Catalog::facts`].
    pub fn fact_index(&self, id: &str) -> Option<usize> {
        self.facts_by_id.get(id).copied()
    }

    /// The tier rule with this id.
    pub fn tier_rule(&self, id: &str) -> Option<&TierRule> {
        self.tier_rules.iter().find(|r| r.id == id)
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The ISO/IEC 42001 clause or control with this id.
    pub fn iso_item(&self, id: &str) -> Option<&IsoItem> {
        self.iso_items.iter().find(|i| i.id == id)
    }

    /// How ISO/IEC 42001 covers the obligation with this id.
    pub fn iso_mapping(&self, obligation: &str) -> Option<&IsoMapping> {
        self.iso_mappings
            .iter()
            .find(|m| m.obligation == obligation)
    }

    /// The obligation with this id.
    pub fn obligation(&self, id: &str) -> Option<&Obligation> {
        self.obligations.iter().find(|o| o.id == id)
    }

    /// The date schedule with this id.
    pub fn schedule(&self, id: &str) -> Option<&Schedule> {
        self.schedules.iter().find(|s| s.id == id)
    }

    /// The note with this id.
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The reported but unverified points of the law that a citation concerns.
    pub fn to_confirm_for<'a>(
        &'a self,
        r: &'a crate::model::LegalRef,
    ) -> impl Iterator<Item = &'a crate::model::ToConfirm> + 'a {
        self.version
            .to_confirm
            .iter()
            .filter(move |t| t.refs.iter().any(|pattern| pattern.covers(r)))
    }
}
