//! The register of AI systems assessed in one browser: one row per assessment with its role,
//! tier, next deadline and open plan items; sorting and filtering; export as CSV and JSON; and
//! import of a colleague's register, previewed and added as new assessments.

use crate::assess::assess;
use crate::catalog::Catalog;
use crate::envelope::limits::{self, LimitError};
use crate::envelope::{DecodeError, Envelope};
use crate::i18n::{Localized, Messages};
use crate::model::Tier;
use crate::report::escape::csv as cell;
use serde::{Deserialize, Serialize};

/// Marker of register files.
pub const FORMAT: &str = "aiact-check/register";

/// Largest register file accepted for import, in bytes.
pub const MAX_REGISTER_BYTES: usize = 8 * 1024 * 1024;

/// Most systems a register file may hold.
pub const MAX_SYSTEMS: usize = 500;

/// One assessed system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Where the assessment is kept (the storage key); empty for a row of an import.
    pub key: String,
    /// The system's name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Role names.
    pub roles: Vec<String>,
    /// The tier, once every question is answered.
    pub tier: Option<Tier>,
    /// The tier in words, or "In progress".
    pub tier_label: String,
    /// Whether the result rests on "not sure" answers.
    pub provisional: bool,
    /// The earliest due date among open plan items (`YYYY-MM-DD`).
    pub next_deadline: Option<String>,
    /// The obligation due then.
    pub next_deadline_what: String,
    /// Obligations with work remaining.
    pub open_items: usize,
    /// When the assessment last changed (RFC 3339).
    pub updated: String,
}

impl Row {
    /// The row of one saved assessment, assessed against `cat` on `today`.
    pub fn of(cat: &Catalog, key: &str, env: &Envelope, today: &str) -> Row {
        let a = assess(cat, &env.answers, today);
        let view = crate::plan::view(cat, &a, &env.plan);
        let next = view.next_due();
        Row {
            key: key.to_owned(),
            name: env.name.clone(),
            description: env.description.clone(),
            roles: a
                .roles
                .iter()
                .filter_map(|r| cat.role(&r.id).map(|x| x.name.clone()))
                .collect(),
            tier: a.complete.then_some(a.tier.tier),
            tier_label: if a.complete {
                a.tier.tier.label_in(&cat.messages).to_owned()
            } else {
                cat.messages.text("register.in_progress").to_owned()
            },
            provisional: a.complete && a.provisional(),
            next_deadline: next.as_ref().map(|(d, _)| (*d).to_owned()),
            next_deadline_what: next
                .and_then(|(_, items)| items.first().map(|i| i.title.clone()))
                .unwrap_or_default(),
            open_items: view.open(),
            updated: env.updated.clone(),
        }
    }

    /// Whether the next deadline has passed.
    pub fn overdue(&self, today: &str) -> bool {
        self.next_deadline.as_deref().is_some_and(|d| d < today)
    }
}

/// What the register is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Name, A to Z.
    Name,
    /// Tier, strictest first; in progress last.
    Tier,
    /// Next deadline, earliest first; none last.
    Deadline,
    /// Open plan items, most first.
    Open,
    /// Last change, newest first.
    Updated,
}

/// Sorts rows by `by`, then by name; `reverse` turns the order round.
pub fn sort(rows: &mut [Row], by: SortBy, reverse: bool) {
    rows.sort_by(|a, b| {
        let name = || a.name.to_lowercase().cmp(&b.name.to_lowercase());
        let o = match by {
            SortBy::Name => name(),
            SortBy::Tier => {
                let sev = |r: &Row| r.tier.map_or(-1, |t| i16::from(t.severity()));
                sev(b).cmp(&sev(a)).then_with(name)
            }
            SortBy::Deadline => match (&a.next_deadline, &b.next_deadline) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(name),
            SortBy::Open => b.open_items.cmp(&a.open_items).then_with(name),
            SortBy::Updated => b.updated.cmp(&a.updated).then_with(name),
        };
        if reverse { o.reverse() } else { o }
    });
}

/// Which rows to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all occur in the name, description, roles or tier (any case).
    pub text: String,
    /// Only these tiers (by [`Tier::id`], or `in_progress`); empty means all.
    pub tiers: Vec<String>,
    /// Only rows with open plan items.
    pub open_only: bool,
}

impl Filter {
    /// Whether `row` passes.
    pub fn keeps(&self, row: &Row) -> bool {
        let hay = format!(
            "{} {} {} {}",
            row.name,
            row.description,
            row.roles.join(" "),
            row.tier_label
        )
        .to_lowercase();
        let words_match = self
            .text
            .split_whitespace()
            .all(|w| hay.contains(&w.to_lowercase()));
        let tier = row.tier.map_or("in_progress", Tier::id);
        words_match
            && (self.tiers.is_empty() || self.tiers.iter().any(|t| t == tier))
            && (!self.open_only || row.open_items > 0)
    }
}

/// The register as CSV (UTF-8 with a byte-order mark, CRLF, every cell quoted and formula-like
/// cells defused), with headers in the language of `m`.
pub fn render_csv(m: &Messages, rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &[&str]| {
        out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(&[
        m.text("register.csv.system"),
        m.text("register.csv.description"),
        m.text("register.csv.role"),
        m.text("register.csv.tier"),
        m.text("register.csv.provisional"),
        m.text("register.csv.next_deadline"),
        m.text("register.csv.due_then"),
        m.text("register.csv.open_items"),
        m.text("register.csv.last_change"),
    ]);
    for r in rows {
        let open = r.open_items.to_string();
        line(&[
            &r.name,
            &r.description,
            &r.roles.join("; "),
            &r.tier_label,
            m.text(if r.provisional {
                "common.yes"
            } else {
                "common.no"
            }),
            r.next_deadline.as_deref().unwrap_or(""),
            &r.next_deadline_what,
            &open,
            &r.updated,
        ]);
    }
    out
}

/// One system of a register file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct System {
    /// The row, for people and other programs reading the file (import ignores it).
    #[serde(default, skip_deserializing)]
    pub row: Option<Row>,
    /// The whole assessment: answers, name, plan.
    pub assessment: Envelope,
}

/// A register file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegisterFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// When it was exported (`YYYY-MM-DD`).
    pub exported: String,
    /// Content date of the tool that exported it.
    pub content_date: String,
    /// The systems.
    pub systems: Vec<System>,
}

/// The register as JSON, with every assessment inside so that it can be imported elsewhere.
pub fn render_json(cat: &Catalog, saved: &[(String, Envelope)], today: &str) -> String {
    let file = RegisterFile {
        format: FORMAT.to_owned(),
        exported: today.to_owned(),
        content_date: cat.version.content_date.clone(),
        systems: saved
            .iter()
            .map(|(key, env)| System {
                row: Some(Row::of(cat, key, env, today)),
                assessment: env.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Why a register file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_REGISTER_BYTES`].
    TooLarge(usize),
    /// Not a register file of this tool.
    NotARegister(String),
    /// More than [`MAX_SYSTEMS`] systems.
    TooMany(usize),
}

impl Localized for ImportError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            ImportError::TooLarge(n) => m.fmt(
                "error.register.too_large",
                &[("size", &(n / 1024)), ("max", &(MAX_REGISTER_BYTES / 1024))],
            ),
            ImportError::NotARegister(why) => {
                m.fmt("error.register.not_a_register", &[("why", why)])
            }
            ImportError::TooMany(n) => m.fmt(
                "error.register.too_many",
                &[("count", n), ("max", &MAX_SYSTEMS)],
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl std::error::Error for ImportError {}

/// One system of an import, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The assessment, to add as a new one.
    pub assessment: Envelope,
    /// Its row, assessed against this content.
    pub row: Row,
    /// The key of a saved assessment that looks like the same one (same start time and name):
    /// the import would add a copy beside it.
    pub same_as: Option<String>,
}

/// A system of the file that cannot be added, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Its position in the file, from 1.
    pub position: usize,
    /// Its name, if readable.
    pub name: String,
    /// Why.
    pub why: String,
}

/// What an import would add: shown before anything is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    /// Systems to add as new assessments.
    pub systems: Vec<Incoming>,
    /// Systems left out.
    pub refused: Vec<Refused>,
}

/// Reads a register file against the saved assessments. Nothing is saved: the caller adds the
/// systems the person confirms, each as a new assessment, never over an existing one.
pub fn preview(
    cat: &Catalog,
    text: &str,
    saved: &[(String, Envelope)],
    today: &str,
) -> Result<Preview, ImportError> {
    if text.len() > MAX_REGISTER_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    #[derive(Deserialize)]
    struct Loose {
        format: String,
        systems: Vec<serde_json::Value>,
    }
    let file: Loose =
        serde_json::from_str(text).map_err(|e| ImportError::NotARegister(e.to_string()))?;
    if file.format != FORMAT {
        return Err(ImportError::NotARegister(cat.messages.fmt(
            "error.register.other_format",
            &[(
                "format",
                &crate::report::escape::plain_line(
                    &file.format.chars().take(60).collect::<String>(),
                ),
            )],
        )));
    }
    if file.systems.len() > MAX_SYSTEMS {
        return Err(ImportError::TooMany(file.systems.len()));
    }
    let mut out = Preview::default();
    for (i, value) in file.systems.into_iter().enumerate() {
        let name = value
            .pointer("/assessment/name")
            .and_then(serde_json::Value::as_str)
            .map(|s| s.chars().take(limits::MAX_NAME_CHARS).collect())
            .unwrap_or_default();
        let read = serde_json::from_value::<System>(value)
            .map_err(|e| DecodeError::Unreadable(e.to_string()))
            .and_then(|s| Envelope::check(s.assessment, limits::MAX_ANSWERS));
        match read {
            Ok(env) => {
                let same_as = saved
                    .iter()
                    .find(|(_, s)| s.created == env.created && s.name == env.name)
                    .map(|(k, _)| k.clone());
                out.systems.push(Incoming {
                    row: Row::of(cat, "", &env, today),
                    assessment: env,
                    same_as,
                });
            }
            Err(e) => out.refused.push(Refused {
                position: i + 1,
                name,
                why: match e {
                    DecodeError::OverLimit(LimitError { .. }) | DecodeError::NewerSchema(_) => {
                        e.localized(&cat.messages)
                    }
                    DecodeError::Unreadable(_) => {
                        cat.messages.text("error.register.unreadable").to_owned()
                    }
                },
            }),
        }
    }
    Ok(out)
}
