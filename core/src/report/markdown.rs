//! Markdown rendering: readable as plain text, pasteable into a wiki or a ticket.

use super::escape::markdown as esc;
use super::{AnswerLine, Cite, ObligationPart, Report};
use std::fmt::Write as _;

/// Citations as reference-style links (`[Art 9][art-9]`), so that the text reads well when
/// pasted raw; the addresses are listed once at the end ([`link_definitions`]).
fn cites(c: &[Cite]) -> String {
    c.iter()
        .map(|c| {
            let tbc = if c.to_confirm {
                " (to be confirmed)"
            } else {
                ""
            };
            match &c.url {
                Some(u) => format!("[{}][{}]{tbc}", c.label, link_key(u)),
                None => c.text(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The reference name of an address: its anchor, e.g. `art_9`.
fn link_key(url: &str) -> &str {
    url.rsplit('#').next().unwrap_or(url)
}

/// `[art_9]: https://…` for every address the report cites, once each, in order of first use.
fn link_definitions(out: &mut String, r: &Report) {
    let mut keys: Vec<&str> = vec![];
    for c in r.all_cites() {
        if let Some(u) = &c.url
            && !keys.contains(&link_key(u))
        {
            keys.push(link_key(u));
        }
    }
    if keys.is_empty() {
        return;
    }
    out.push('\n');
    for key in keys {
        let _ = writeln!(out, "[{key}]: {}#{key}", crate::labels::EUR_LEX_BASE);
    }
}

/// The answers that decided a conclusion, on one line, or nothing when there are none beyond
/// those shown for the tier and the roles.
fn because(out: &mut String, lines: &[AnswerLine]) {
    if lines.is_empty() {
        return;
    }
    out.push_str("  - Why: ");
    let parts: Vec<String> = lines
        .iter()
        .map(|l| format!("{} **{}**", esc(&l.question), esc(&l.answer)))
        .collect();
    out.push_str(&parts.join("; "));
    out.push('\n');
}

fn summary(out: &mut String, r: &Report) {
    let s = &r.summary;
    let _ = writeln!(out, "## Summary\n");
    let _ = writeln!(out, "- **Result:** {}", s.headline);
    let _ = writeln!(out, "- **{}**", s.high_risk_label);
    if !s.roles.is_empty() {
        let _ = writeln!(out, "- **Your roles:** {}", s.roles.join(", "));
    }
    let next = s
        .next_date
        .as_ref()
        .map(|d| format!("; next date: {}", d.describe()))
        .unwrap_or_default();
    let _ = writeln!(out, "- **Obligations:** {}{next}", s.obligations);
    if s.open_points > 0 {
        let _ = writeln!(out, "- **Open points:** {} (see below)", s.open_points);
    }
    if r.plan.started {
        let _ = writeln!(out, "- **Plan:** {}", r.plan.counts());
    }
    if !s.checklist.is_empty() {
        let _ = writeln!(out, "\nChecklist, by the date each duty bites:\n");
        for c in &s.checklist {
            let _ = writeln!(
                out,
                "- [{}] {} {}",
                if c.ticked() { "x" } else { " " },
                c.title,
                c.details()
            );
        }
    }
    out.push('\n');
}

fn obligation(out: &mut String, o: &ObligationPart, common_penalty: Option<&str>) {
    let _ = writeln!(
        out,
        "- **{}**{}: {}",
        o.title,
        if o.provisional { " (provisional)" } else { "" },
        o.summary
    );
    let _ = writeln!(out, "  - When: {}", o.when_line());
    if !o.date_note.is_empty() {
        let refs = if o.date_refs.is_empty() {
            String::new()
        } else {
            format!(" ({})", cites(&o.date_refs))
        };
        let _ = writeln!(out, "  - Note: {}{refs}", o.date_note);
    }
    let _ = writeln!(out, "  - Articles: {}", cites(&o.refs));
    if common_penalty != Some(o.penalty_short.as_str()) {
        let _ = writeln!(out, "  - Penalty ceiling: {}", o.penalty_short);
    }
    let _ = writeln!(out, "  - ISO/IEC 42001: {}", o.iso_short());
    if o.plan.recorded {
        let _ = writeln!(out, "  - Plan: {}", o.plan.line(&|s| esc(s)));
    }
    because(out, &o.because);
}

fn plan(out: &mut String, r: &Report) {
    if !r.plan.started && r.plan.set_aside.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## Plan
"
    );
    if r.plan.started {
        let _ = writeln!(
            out,
            "{}. Each obligation above shows its status, owner, due date and evidence.\n",
            r.plan.counts()
        );
    }
    if !r.plan.set_aside.is_empty() {
        let _ = writeln!(
            out,
            "Set aside: recorded for obligations that no longer follow from the answers or the content, kept in case they apply again:\n"
        );
        for x in &r.plan.set_aside {
            let _ = writeln!(out, "- {}: {}", esc(&x.title), x.plan.line(&|s| esc(s)));
        }
        out.push('\n');
    }
}

fn head_start(out: &mut String, r: &Report) {
    let h = &r.head_start;
    let _ = writeln!(
        out,
        "### Is your ISO/IEC 42001 enough for this system?\n\n{}\n",
        h.verdict()
    );
    for l in h.remaining() {
        let _ = writeln!(
            out,
            "- {} ({}; {}): {}",
            l.title,
            l.standing_label,
            l.timing,
            l.remaining()
        );
    }
    let covered: Vec<&str> = h.covered_lines().map(|l| l.title.as_str()).collect();
    if !covered.is_empty() {
        let _ = writeln!(out, "\nCovered by what you have: {}.", covered.join("; "));
    }
    out.push('\n');
}

/// Renders the report as Markdown. Content text is ours; every piece of user text is escaped.
pub fn render_markdown(r: &Report) -> String {
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        "Unnamed system".to_owned()
    } else {
        esc(&r.system_name)
    };
    let _ = writeln!(out, "# EU AI Act self-assessment: {name}\n");
    if !r.description.is_empty() {
        let _ = writeln!(out, "{}\n", esc(&r.description));
    }
    let _ = writeln!(
        out,
        "Assessed on {}. Legal baseline: {} (content of {}). {}{}\n",
        r.date,
        r.legal_baseline,
        r.content_date,
        if r.complete {
            "All questions answered."
        } else {
            "Incomplete: some questions are unanswered."
        },
        if r.provisional {
            " Provisional: some conclusions rest on \"not sure\" answers."
        } else {
            ""
        }
    );
    summary(&mut out, r);

    if !r.review.is_empty() {
        let _ = writeln!(out, "## To review first\n");
        for p in &r.review {
            let _ = writeln!(
                out,
                "- **{}.** {} ({})",
                p.headline,
                p.sentence(),
                cites(&p.refs)
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## Classification\n");
    let _ = writeln!(
        out,
        "**{}**{}. {}\n",
        r.tier.label,
        if r.tier.provisional {
            " (provisional)"
        } else {
            ""
        },
        if r.in_scope {
            "The EU AI Act applies."
        } else {
            "The EU AI Act does not apply."
        }
    );
    let _ = writeln!(out, "{}\n\n{}\n", r.tier.title, r.tier.explanation);
    let _ = writeln!(out, "Articles: {}\n", cites(&r.tier.refs));
    if !r.tier.because.is_empty() {
        let _ = writeln!(out, "Why, from your answers:\n");
        for l in &r.tier.because {
            let _ = writeln!(out, "- {} **{}**", esc(&l.question), esc(&l.answer));
        }
        out.push('\n');
    }

    if !r.roles.is_empty() {
        let _ = writeln!(out, "## Roles\n");
        for role in &r.roles {
            let _ = writeln!(
                out,
                "- **{}**{}: {} ({})",
                role.name,
                if role.provisional {
                    " (provisional)"
                } else {
                    ""
                },
                role.explanation,
                cites(&role.refs)
            );
            because(&mut out, &role.because);
        }
        out.push('\n');
    }

    if !r.notes.is_empty() {
        let _ = writeln!(out, "## Good to know\n");
        for n in &r.notes {
            let _ = writeln!(
                out,
                "- **{}**{}: {} ({})",
                n.title,
                if n.provisional { " (provisional)" } else { "" },
                n.text,
                cites(&n.refs)
            );
        }
        out.push('\n');
    }

    if !r.obligations.is_empty() {
        let _ = writeln!(out, "## Obligations\n");
        let _ = writeln!(out, "Penalty ceilings:\n");
        for p in r.penalty_ceilings() {
            let _ = writeln!(out, "- {p}");
        }
        out.push('\n');
        let mut role = "";
        for o in &r.obligations {
            if o.role_name != role {
                role = &o.role_name;
                let _ = writeln!(out, "### As {role}\n");
            }
            obligation(&mut out, o, r.common_penalty());
        }
        out.push('\n');
    }

    plan(&mut out, r);

    if !r.obligations.is_empty() {
        let _ = writeln!(out, "## ISO/IEC 42001 coverage and gaps\n");
        if r.head_start.known {
            head_start(&mut out, r);
        } else if r.iso_gaps.is_empty() {
            let _ = writeln!(out, "ISO/IEC 42001 covers every obligation listed.\n");
        } else {
            let _ = writeln!(out, "{}\n", r.iso_gap_intro());
            for g in &r.iso_gaps {
                let gap = if g.iso.gap.is_empty() {
                    ""
                } else {
                    g.iso.gap.as_str()
                };
                let _ = writeln!(
                    out,
                    "- {} ({}; {}): {gap}",
                    g.title, g.iso.fit_label, g.timing
                );
            }
            out.push('\n');
        }
        let relevant: Vec<String> = r
            .soa
            .iter()
            .filter(|s| s.relevant)
            .map(|s| format!("{} {}", s.control, s.title))
            .collect();
        if !relevant.is_empty() {
            let _ = writeln!(
                out,
                "Annex A controls relevant to this system: {}.\n",
                relevant.join("; ")
            );
        }
    }

    if !r.open_points.is_empty() {
        let _ = writeln!(out, "## Open points\n");
        let _ = writeln!(
            out,
            "These answers were \"not sure\"; each alternative would change the result as follows:\n"
        );
        for p in &r.open_points {
            let _ = writeln!(out, "- {}", p.question);
            for alt in &p.alternatives {
                let _ = writeln!(out, "  - {alt}");
            }
        }
        out.push('\n');
    }

    if !r.to_confirm.is_empty() {
        let _ = writeln!(out, "## To check on EUR-Lex\n");
        let _ = writeln!(
            out,
            "This result relies on points of the 2026 amendment that were reported but not verified against the Official Journal; they are marked \"to be confirmed\" above:\n"
        );
        for t in &r.to_confirm {
            let _ = writeln!(out, "- {t}");
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## Answers\n");
    let mut section = "";
    for a in &r.answers {
        if a.section != section {
            section = &a.section;
            let _ = writeln!(out, "### {section}\n");
        }
        let _ = writeln!(out, "- {} **{}**", esc(&a.question), esc(&a.answer));
    }
    let _ = writeln!(out, "\n---\n\n{}", r.disclaimer);
    link_definitions(&mut out, r);
    out
}
