//! Markdown rendering: readable as plain text, pasteable into a wiki or a ticket.

use super::escape::markdown as esc;
use super::{AnswerLine, Cite, ObligationPart, Report};
use crate::i18n::Messages;
use std::fmt::Write as _;

/// Citations as reference-style links (`[Art 9][art-9]`), so that the text reads well when
/// pasted raw; the addresses are listed once at the end ([`link_definitions`]).
fn cites(m: &Messages, c: &[Cite]) -> String {
    c.iter()
        .map(|c| {
            let tbc = if c.to_confirm {
                format!(" ({})", m.text("common.to_be_confirmed"))
            } else {
                String::new()
            };
            match &c.url {
                Some(u) => format!("[{}][{}]{tbc}", c.label, link_key(u)),
                None => c.text(m),
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
    let mut keys: Vec<(&str, &str)> = vec![];
    for c in r.all_cites() {
        if let Some(u) = &c.url
            && !keys.iter().any(|(k, _)| *k == link_key(u))
        {
            keys.push((link_key(u), u));
        }
    }
    if keys.is_empty() {
        return;
    }
    out.push('\n');
    for (key, url) in keys {
        let _ = writeln!(out, "[{key}]: {url}");
    }
}

/// ` (provisional)` after a conclusion that rests on a "not sure" answer.
fn provisional(m: &Messages, yes: bool) -> String {
    if yes {
        format!(" ({})", m.text("common.provisional"))
    } else {
        String::new()
    }
}

/// `- **Title** (provisional): text`, with the language's punctuation after the label.
fn item(m: &Messages, title: &str, prov: bool, text: &str) -> String {
    let label = format!("**{title}**{}", provisional(m, prov));
    format!("- {} {text}", m.fmt("common.label", &[("label", &label)]))
}

/// The answers that decided a conclusion, on one line, or nothing when there are none beyond
/// those shown for the tier and the roles.
fn because(out: &mut String, m: &Messages, lines: &[AnswerLine]) {
    if lines.is_empty() {
        return;
    }
    let parts: Vec<String> = lines
        .iter()
        .map(|l| format!("{} **{}**", esc(&l.question), esc(&l.answer)))
        .collect();
    let _ = writeln!(
        out,
        "  - {} {}",
        m.label("report.term.why"),
        parts.join(m.text("common.separator"))
    );
}

fn summary(out: &mut String, r: &Report) {
    let (s, m) = (&r.summary, &r.messages);
    let _ = writeln!(out, "## {}\n", m.text("report.heading.summary"));
    let _ = writeln!(out, "- **{}** {}", m.label("summary.result"), s.headline);
    let _ = writeln!(out, "- **{}**", s.high_risk_label);
    if !s.roles.is_empty() {
        let _ = writeln!(
            out,
            "- **{}** {}",
            m.label("summary.your_roles"),
            s.roles.join(", ")
        );
    }
    let next = s.next_date_suffix(m);
    let _ = writeln!(
        out,
        "- **{}** {}{next}",
        m.label("summary.obligations"),
        s.obligations
    );
    if s.open_points > 0 {
        let _ = writeln!(
            out,
            "- **{}** {}",
            m.label("summary.open_points"),
            m.fmt("summary.see_below", &[("count", &s.open_points)])
        );
    }
    if r.plan.started {
        let _ = writeln!(
            out,
            "- **{}** {}",
            m.label("summary.plan"),
            r.plan.counts(m)
        );
    }
    if !s.checklist.is_empty() {
        let _ = writeln!(out, "\n{}\n", m.text("summary.checklist.intro"));
        for c in &s.checklist {
            let _ = writeln!(
                out,
                "- [{}] {} {}",
                if c.ticked() { "x" } else { " " },
                c.title,
                c.details(m)
            );
        }
    }
    out.push('\n');
}

fn obligation(out: &mut String, m: &Messages, o: &ObligationPart, common_penalty: Option<&str>) {
    let _ = writeln!(out, "{}", item(m, &o.title, o.provisional, &o.summary));
    let mut line = |term: &str, value: &str| {
        let _ = writeln!(out, "  - {} {value}", m.label(term));
    };
    line("report.term.when", &o.when_line(m));
    if !o.date_note.is_empty() {
        let refs = if o.date_refs.is_empty() {
            String::new()
        } else {
            format!(" ({})", cites(m, &o.date_refs))
        };
        line("report.term.note", &format!("{}{refs}", o.date_note));
    }
    line("report.term.articles", &cites(m, &o.refs));
    if common_penalty != Some(o.penalty_short.as_str()) {
        line("report.term.penalty", &o.penalty_short);
    }
    line("report.term.iso", &o.iso_short());
    if o.plan.recorded {
        line("report.term.plan", &o.plan.line(m, &|s| esc(s)));
    }
    because(out, m, &o.because);
}

fn plan(out: &mut String, r: &Report) {
    let m = &r.messages;
    if !r.plan.started && r.plan.set_aside.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", m.text("report.heading.plan"));
    if r.plan.started {
        let _ = writeln!(
            out,
            "{}\n",
            m.fmt("plan.started.markdown", &[("counts", &r.plan.counts(m))])
        );
    }
    if !r.plan.set_aside.is_empty() {
        let _ = writeln!(out, "{}\n", m.text("plan.set_aside"));
        for x in &r.plan.set_aside {
            let _ = writeln!(
                out,
                "- {} {}",
                m.fmt("common.label", &[("label", &esc(&x.title))]),
                x.plan.line(m, &|s| esc(s))
            );
        }
        out.push('\n');
    }
}

fn head_start(out: &mut String, r: &Report) {
    let (h, m) = (&r.head_start, &r.messages);
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        m.text("report.heading.head_start"),
        h.verdict(m)
    );
    for l in h.remaining() {
        let _ = writeln!(
            out,
            "- {}",
            m.fmt(
                "report.gap_line",
                &[
                    ("title", &l.title),
                    ("standing", &l.standing_label),
                    ("timing", &l.timing),
                    ("remaining", &l.remaining(m)),
                ],
            )
        );
    }
    let covered: Vec<&str> = h.covered_lines().map(|l| l.title.as_str()).collect();
    if !covered.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            m.fmt(
                "head_start.covered",
                &[("obligations", &covered.join(m.text("common.separator")))]
            )
        );
    }
    out.push('\n');
}

fn iso(out: &mut String, r: &Report) {
    let m = &r.messages;
    let _ = writeln!(out, "## {}\n", m.text("report.heading.iso"));
    if r.head_start.known {
        head_start(out, r);
    } else if r.iso_gaps.is_empty() {
        let _ = writeln!(out, "{}\n", m.text("iso.covers_all"));
    } else {
        let _ = writeln!(out, "{}\n", r.iso_gap_intro());
        for g in &r.iso_gaps {
            let _ = writeln!(
                out,
                "- {}",
                m.fmt(
                    "report.gap_line",
                    &[
                        ("title", &g.title),
                        ("standing", &g.iso.fit_label),
                        ("timing", &g.timing),
                        ("remaining", &g.iso.gap),
                    ],
                )
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
            "{}\n",
            m.fmt(
                "iso.relevant_controls",
                &[("controls", &relevant.join(m.text("common.separator")))]
            )
        );
    }
}

/// Renders the report as Markdown. Content text is ours; every piece of user text is escaped.
pub fn render_markdown(r: &Report) -> String {
    let m = &r.messages;
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        m.text("report.unnamed").to_owned()
    } else {
        esc(&r.system_name)
    };
    let _ = writeln!(out, "# {}\n", m.fmt("report.title", &[("name", &name)]));
    if !r.description.is_empty() {
        let _ = writeln!(out, "{}\n", esc(&r.description));
    }
    let _ = writeln!(
        out,
        "{} {}{}\n",
        m.fmt(
            "report.meta",
            &[
                ("date", &r.date),
                ("baseline", &r.legal_baseline),
                ("content_date", &r.content_date)
            ]
        ),
        m.text(if r.complete {
            "report.complete"
        } else {
            "report.incomplete"
        }),
        if r.provisional {
            format!(" {}", m.text("report.provisional.markdown"))
        } else {
            String::new()
        }
    );
    if let Some(line) = r.content_language_line() {
        let _ = writeln!(out, "{line}\n");
    }
    summary(&mut out, r);

    if !r.review.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.review"));
        for p in &r.review {
            let _ = writeln!(
                out,
                "- **{}.** {} ({})",
                p.headline,
                p.sentence(m),
                cites(m, &p.refs)
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", m.text("report.heading.classification"));
    let _ = writeln!(
        out,
        "**{}**{}. {}\n",
        r.tier.label,
        provisional(m, r.tier.provisional),
        m.text(if r.in_scope {
            "report.applies"
        } else {
            "report.does_not_apply"
        })
    );
    let _ = writeln!(out, "{}\n\n{}\n", r.tier.title, r.tier.explanation);
    let _ = writeln!(
        out,
        "{} {}\n",
        m.label("report.term.articles"),
        cites(m, &r.tier.refs)
    );
    if !r.tier.because.is_empty() {
        let _ = writeln!(out, "{}\n", m.text("report.why_from_answers"));
        for l in &r.tier.because {
            let _ = writeln!(out, "- {} **{}**", esc(&l.question), esc(&l.answer));
        }
        out.push('\n');
    }

    if !r.roles.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.roles"));
        for role in &r.roles {
            let text = format!("{} ({})", role.explanation, cites(m, &role.refs));
            let _ = writeln!(out, "{}", item(m, &role.name, role.provisional, &text));
            because(&mut out, m, &role.because);
        }
        out.push('\n');
    }

    if !r.notes.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.notes"));
        for n in &r.notes {
            let text = format!("{} ({})", n.text, cites(m, &n.refs));
            let _ = writeln!(out, "{}", item(m, &n.title, n.provisional, &text));
        }
        out.push('\n');
    }

    if !r.obligations.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.obligations"));
        let _ = writeln!(out, "{}\n", m.label("report.penalty_ceilings"));
        for p in r.penalty_ceilings() {
            let _ = writeln!(out, "- {p}");
        }
        out.push('\n');
        let mut role = "";
        for o in &r.obligations {
            if o.role_name != role {
                role = &o.role_name;
                let _ = writeln!(
                    out,
                    "### {}\n",
                    m.fmt("report.heading.as_role", &[("role", &role)])
                );
            }
            obligation(&mut out, m, o, r.common_penalty());
        }
        out.push('\n');
    }

    plan(&mut out, r);

    if !r.obligations.is_empty() {
        iso(&mut out, r);
    }

    if !r.open_points.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.open_points"));
        let _ = writeln!(out, "{}\n", m.text("open_points.intro.markdown"));
        for p in &r.open_points {
            let _ = writeln!(out, "- {}", p.question);
            for alt in &p.alternatives {
                let _ = writeln!(out, "  - {alt}");
            }
        }
        out.push('\n');
    }

    if !r.to_confirm.is_empty() {
        let _ = writeln!(out, "## {}\n", m.text("report.heading.to_confirm"));
        let _ = writeln!(out, "{}\n", m.text("to_confirm.intro.markdown"));
        for t in &r.to_confirm {
            let _ = writeln!(out, "- {t}");
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", m.text("report.heading.answers"));
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
