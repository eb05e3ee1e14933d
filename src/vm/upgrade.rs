//! The notice shown when the content was updated since an assessment was saved: what changed,
//! with long lists summarised so that a crafted file cannot flood the page.

use aiact_core::Catalog;
use aiact_core::labels::human_date;
use aiact_core::upgrade::UpgradeReport;

/// Items shown per list; the rest are counted.
pub const LIST_LIMIT: usize = 10;

/// One list of questions in the notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct List {
    /// What the list holds.
    pub title: &'static str,
    /// The first [`LIST_LIMIT`] items.
    pub items: Vec<String>,
    /// How many more there are.
    pub more: usize,
}

/// The content-update notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// "Your answers were given with the content of …; they now use …".
    pub intro: String,
    /// How the result changed, if it did.
    pub result: Option<String>,
    /// The lists of changed, added and removed questions (empty ones left out).
    pub lists: Vec<List>,
}

fn list(title: &'static str, all: impl ExactSizeIterator<Item = String>) -> Option<List> {
    let total = all.len();
    (total > 0).then(|| {
        let items: Vec<String> = all.take(LIST_LIMIT).collect();
        List {
            title,
            more: total - items.len(),
            items,
        }
    })
}

/// Summarises what a content update changed, naming questions by their text where they exist.
pub fn summarise(r: &UpgradeReport, catalog: &Catalog) -> Notice {
    let text = |id: &String| {
        catalog
            .question(id)
            .map_or_else(|| id.clone(), |q| q.text.clone())
    };
    let result = match (&r.before, &r.after) {
        (Some(b), Some(a)) if b.tier != a.tier => Some(format!(
            "The result changed from {} to {}.",
            b.tier.label(),
            a.tier.label()
        )),
        (Some(b), Some(a)) if b != a => {
            Some("The tier is the same; the roles or obligations changed.".to_owned())
        }
        _ => None,
    };
    let changed: Vec<&String> = r.changed.iter().chain(&r.invalid).collect();
    let lists = [
        list(
            "Questions asked differently now (please check your answers):",
            changed.into_iter().map(text),
        ),
        list("New questions for you:", r.added.iter().map(text)),
        list(
            "Questions that were removed (your answers are kept aside):",
            r.removed.iter().map(|(id, _)| id.clone()),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    Notice {
        intro: format!(
            "Your answers were given with the content of {}; they now use the content of {}. Every answer was kept.",
            human_date(&r.from_content_date),
            human_date(&r.to_content_date)
        ),
        result,
        lists,
    }
}
