//! `aiact diff`: what changed between two assessments, or for one assessment between two
//! content versions: answers, questions, and the result (tier, roles, duties, dates).

use crate::args::DiffArgs;
use crate::clock::Clock;
use crate::error::CliError;
use crate::opened::Opened;
use crate::style::{BAD, CHANGED, DIM, GOOD, STRONG, paint};
use crate::{content, input, out};
use aiact_core::flow::accepts;
use aiact_core::labels::human_date;
use aiact_core::upgrade::fingerprint;
use aiact_core::{Answer, Catalog, flow};
use std::collections::BTreeSet;
use std::path::Path;

/// How a line differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Only in the new one.
    Added,
    /// Only in the old one.
    Removed,
    /// In both, different.
    Changed,
}

/// A titled list of differences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// What the lines are about.
    pub title: &'static str,
    /// The differences.
    pub lines: Vec<(Mark, String)>,
}

/// One side of the comparison.
pub struct Side<'a> {
    /// Its content.
    pub cat: &'a Catalog,
    /// The assessment, opened against that content.
    pub opened: &'a Opened,
}

/// Runs `aiact diff`.
pub fn run(content_dir: Option<&Path>, clock: &Clock, args: &DiffArgs) -> Result<u8, CliError> {
    let old_dir = args.old_content.as_deref().or(content_dir);
    let new_dir = args.new_content.as_deref().or(content_dir);
    let content_differs = old_dir != new_dir;
    if args.new.is_none() && !content_differs {
        return Err(CliError::Usage(
            "give NEW to compare two assessments, or --old-content or --new-content to compare content versions".into(),
        ));
    }
    if args.old == "-" && args.new.as_deref() == Some("-") {
        return Err(CliError::Usage(
            "standard input can be read only once: give OLD or NEW as a file".into(),
        ));
    }
    let old_cat = content::load(old_dir)?;
    let new_cat = if content_differs {
        content::load(new_dir)?
    } else {
        old_cat.clone()
    };
    let old_env = input::read(&args.old, clock)?;
    let new_env = match &args.new {
        Some(new) => input::read(new, clock)?,
        None => old_env.clone(),
    };
    let old = Opened::new(&old_cat, old_env, &clock.today);
    let new = Opened::new(&new_cat, new_env, &clock.today);
    let groups = compare(
        &Side {
            cat: &old_cat,
            opened: &old,
        },
        &Side {
            cat: &new_cat,
            opened: &new,
        },
        args.new.is_some(),
        content_differs,
    );
    let mut text = paint(
        DIM,
        format!(
            "old: {} (content {}); new: {} (content {})\n",
            args.old,
            old_cat.version.content_date,
            args.new.as_deref().unwrap_or(&args.old),
            new_cat.version.content_date
        ),
    );
    text.push_str(&render(&groups));
    out::print(&text)?;
    Ok(0)
}

/// The differences in words, grouped; groups without differences are left out.
pub fn compare(old: &Side<'_>, new: &Side<'_>, answers: bool, questions: bool) -> Vec<Group> {
    let mut groups = vec![];
    if answers {
        groups.push(Group {
            title: "Answers",
            lines: answer_changes(old, new),
        });
    }
    if questions {
        groups.push(Group {
            title: "Questions",
            lines: question_changes(old, new),
        });
    }
    groups.push(Group {
        title: "Result",
        lines: result_changes(old, new),
    });
    groups.retain(|g| !g.lines.is_empty());
    groups
}

/// Renders the groups, with `+`, `-` and `~` marks.
pub fn render(groups: &[Group]) -> String {
    if groups.is_empty() {
        return "No differences.\n".into();
    }
    let mut text = String::new();
    for g in groups {
        text.push_str(&format!("{}\n", paint(STRONG, g.title)));
        for (mark, line) in &g.lines {
            let (sign, style) = match mark {
                Mark::Added => ('+', GOOD),
                Mark::Removed => ('-', BAD),
                Mark::Changed => ('~', CHANGED),
            };
            text.push_str(&format!("  {} {line}\n", paint(style, sign)));
        }
    }
    text
}

/// Answers that count (to questions shown) and differ.
fn answer_changes(old: &Side<'_>, new: &Side<'_>) -> Vec<(Mark, String)> {
    let (fo, fnew) = (
        flow(old.cat, &old.opened.env.answers),
        flow(new.cat, &new.opened.env.answers),
    );
    let mut ids: Vec<&str> = fnew.visible.iter().map(|q| q.id.as_str()).collect();
    ids.extend(
        fo.visible
            .iter()
            .map(|q| q.id.as_str())
            .filter(|id| fnew.position(id).is_none()),
    );
    let label = |side: &Side<'_>, id: &str, a: &Answer| match side.cat.question(id) {
        Some(q) => q.answer_label(&side.cat.messages, a),
        None => match a {
            Answer::One(v) => v.clone(),
            Answer::Many(vs) => vs.join("; "),
        },
    };
    let text = |id: &str| {
        new.cat
            .question(id)
            .or_else(|| old.cat.question(id))
            .map_or("", |q| q.text.as_str())
            .to_owned()
    };
    ids.into_iter()
        .filter_map(|id| {
            let head = format!("{} {}", paint(DIM, id), text(id));
            match (fo.effective.get(id), fnew.effective.get(id)) {
                (Some(a), Some(b)) if a != b => Some((
                    Mark::Changed,
                    format!(
                        "{head}\n      was: {}\n      now: {}",
                        label(old, id, a),
                        label(new, id, b)
                    ),
                )),
                (None, Some(b)) => {
                    Some((Mark::Added, format!("{head}\n      {}", label(new, id, b))))
                }
                (Some(a), None) => Some((
                    Mark::Removed,
                    format!("{head}\n      {}", label(old, id, a)),
                )),
                _ => None,
            }
        })
        .collect()
}

/// Questions shown under one content and not the other, reworded, or whose answer no longer fits.
fn question_changes(old: &Side<'_>, new: &Side<'_>) -> Vec<(Mark, String)> {
    let (fo, fnew) = (
        flow(old.cat, &old.opened.env.answers),
        flow(new.cat, &new.opened.env.answers),
    );
    let mut lines = vec![];
    for q in &fnew.visible {
        let head = format!("{} {}", paint(DIM, &q.id), q.text);
        match old.cat.question(&q.id) {
            None => lines.push((Mark::Added, format!("{head} (new question)"))),
            Some(_) if fo.position(&q.id).is_none() => {
                lines.push((Mark::Added, format!("{head} (asked now)")));
            }
            Some(before) if fingerprint(before) != fingerprint(q) => {
                lines.push((
                    Mark::Changed,
                    format!("{head} (reworded, or its choices changed)"),
                ));
            }
            Some(_) => {}
        }
        if let Some(a) = new.opened.env.answers.get(&q.id).filter(|a| !accepts(q, a)) {
            lines.push((
                Mark::Changed,
                format!(
                    "{head} (the saved answer \u{201c}{}\u{201d} no longer fits)",
                    q.answer_label(&new.cat.messages, a)
                ),
            ));
        }
    }
    for q in fo.visible.iter().filter(|q| fnew.position(&q.id).is_none()) {
        let why = if new.cat.question(&q.id).is_none() {
            "removed from the content"
        } else {
            "no longer asked"
        };
        lines.push((
            Mark::Removed,
            format!("{} {} ({why})", paint(DIM, &q.id), q.text),
        ));
    }
    lines
}

/// Tier, route, roles, duties and their dates, completeness and "not sure".
fn result_changes(old: &Side<'_>, new: &Side<'_>) -> Vec<(Mark, String)> {
    let (a, b) = (&old.opened.assessment, &new.opened.assessment);
    let mut lines = vec![];
    if a.tier.tier != b.tier.tier {
        lines.push((
            Mark::Changed,
            format!(
                "tier: {} \u{2192} {}",
                a.tier.tier.label(),
                b.tier.tier.label()
            ),
        ));
    } else if a.tier.trace.rule != b.tier.trace.rule {
        let title = |side: &Side<'_>, rule: &str| {
            side.cat
                .tier_rule(rule)
                .map_or_else(|| rule.to_owned(), |r| r.title.clone())
        };
        lines.push((
            Mark::Changed,
            format!(
                "reason: {} \u{2192} {}",
                title(old, &a.tier.trace.rule),
                title(new, &b.tier.trace.rule)
            ),
        ));
    }
    let set = |ids: Vec<&String>| -> BTreeSet<String> { ids.into_iter().cloned().collect() };
    let (ra, rb) = (
        set(a.roles.iter().map(|r| &r.id).collect()),
        set(b.roles.iter().map(|r| &r.id).collect()),
    );
    let role = |id: &str| {
        new.cat
            .role(id)
            .or_else(|| old.cat.role(id))
            .map_or_else(|| id.to_owned(), |r| r.name.clone())
    };
    for id in rb.difference(&ra) {
        lines.push((Mark::Added, format!("role: {}", role(id))));
    }
    for id in ra.difference(&rb) {
        lines.push((Mark::Removed, format!("role: {}", role(id))));
    }
    let duty = |id: &str| {
        let title = new
            .cat
            .obligation(id)
            .or_else(|| old.cat.obligation(id))
            .map_or("", |o| o.title.as_str());
        format!("duty: {title} {}", paint(DIM, format!("[{id}]")))
    };
    for o in &b.obligations {
        match a.obligations.iter().find(|x| x.id == o.id) {
            None => lines.push((Mark::Added, duty(&o.id))),
            Some(before) if before.dates.amended != o.dates.amended => lines.push((
                Mark::Changed,
                format!(
                    "{}: applies {} \u{2192} {}",
                    duty(&o.id),
                    human_date(&before.dates.amended),
                    human_date(&o.dates.amended)
                ),
            )),
            Some(_) => {}
        }
    }
    for o in a
        .obligations
        .iter()
        .filter(|o| !b.obligations.iter().any(|x| x.id == o.id))
    {
        lines.push((Mark::Removed, duty(&o.id)));
    }
    let yes_no = |v: bool| if v { "yes" } else { "no" };
    if a.complete != b.complete {
        lines.push((
            Mark::Changed,
            format!(
                "every question answered: {} \u{2192} {}",
                yes_no(a.complete),
                yes_no(b.complete)
            ),
        ));
    }
    if a.provisional() != b.provisional() {
        lines.push((
            Mark::Changed,
            format!(
                "rests on \"not sure\": {} \u{2192} {}",
                yes_no(a.provisional()),
                yes_no(b.provisional())
            ),
        ));
    }
    lines
}
