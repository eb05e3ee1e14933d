//! The notice shown when the content was updated since an assessment was saved: what changed,
//! with long lists summarised so that a crafted file cannot flood the page.

use crate::text::{self as t, Text, fill};
use crate::vm::date_in;
use aiact_core::Catalog;
use aiact_core::upgrade::UpgradeReport;

/// Items shown per list; the rest are counted.
pub const LIST_LIMIT: usize = 10;

/// One list of questions in the notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct List {
    /// What the list holds.
    pub title: String,
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

fn list(title: String, all: impl ExactSizeIterator<Item = String>) -> Option<List> {
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
/// `label` names a tier in the language of the content.
pub fn summarise(
    r: &UpgradeReport,
    catalog: &Catalog,
    label: impl Fn(aiact_core::model::Tier) -> &'static str,
) -> Notice {
    let say = |text: Text| text.of(catalog).to_owned();
    let text = |id: &String| {
        catalog
            .question(id)
            .map_or_else(|| id.clone(), |q| q.text.clone())
    };
    let result = match (&r.before, &r.after) {
        (Some(b), Some(a)) if b.tier != a.tier => Some(fill(
            t::UPGRADE_RESULT_CHANGED.of(catalog),
            &[("before", label(b.tier)), ("after", label(a.tier))],
        )),
        (Some(b), Some(a)) if b != a => Some(say(t::UPGRADE_SAME_TIER)),
        _ => None,
    };
    let changed: Vec<&String> = r.changed.iter().chain(&r.invalid).collect();
    let lists = [
        list(say(t::UPGRADE_CHANGED), changed.into_iter().map(text)),
        list(say(t::UPGRADE_ADDED), r.added.iter().map(text)),
        list(
            say(t::UPGRADE_REMOVED),
            r.removed.iter().map(|(id, _)| id.clone()),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    Notice {
        intro: fill(
            t::UPGRADE_INTRO.of(catalog),
            &[
                ("from", &date_in(catalog, &r.from_content_date)),
                ("to", &date_in(catalog, &r.to_content_date)),
            ],
        ),
        result,
        lists,
    }
}
