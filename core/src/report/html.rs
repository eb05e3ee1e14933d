//! Self-contained HTML: inline CSS for screens of any width, a dark scheme that follows the
//! system, and a print stylesheet that reads like a document (no forced page breaks, one list of
//! references at the end); no scripts, no remote resources.

use super::escape::html as esc;
use super::{AnswerLine, Cite, ObligationPart, Report};
use crate::i18n::Messages;
use std::fmt::Write as _;

const STYLE: &str = "\
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#4a5360;--line:#c9ced6;--link:#0b4f9c;--warn:#8a4b00}\
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ee;--bg:#14171b;--muted:#b3bac4;--line:#4a5360;--link:#8cc4ff;--warn:#ffb870}}\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.45;color:var(--fg);background:var(--bg);max-width:50rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}\
a{color:var(--link)}.badge{display:inline-block;font-weight:700;border:2px solid currentColor;border-radius:6px;padding:.2rem .6rem}\
.meta{color:var(--muted)}.prov,.tbc{color:var(--warn)}.prov{font-weight:600}dl{margin:.3rem 0 0 1rem}dt{font-weight:600;float:left;clear:left;margin-right:.4rem}dd{margin:0 0 .2rem 0}\
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid var(--line);padding:.3rem;text-align:left;vertical-align:top}\
li{margin:.25rem 0}.ob{margin-bottom:.8rem}.review{border:2px solid var(--warn);border-radius:6px;padding:.4rem .8rem}\
.summary{border:1px solid var(--line);border-radius:6px;padding:.2rem 1rem}.summary ul.check{list-style:none;padding-left:0}.jump a{margin-right:1rem}\
details.why summary{cursor:pointer;color:var(--muted)}\
@media (max-width:40rem){table.stack thead{position:absolute;left:-9999px}table.stack tr{display:block;border:1px solid var(--line);margin-bottom:.5rem}\
table.stack td{display:block;border:0;border-bottom:1px solid var(--line)}table.stack td::before{content:attr(data-label);display:block;font-weight:600}}\
.refs{font-size:.85rem}.controls{columns:2;font-size:.9rem}\
@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--link:#000;--warn:#000}body{margin:0;max-width:none;font-size:9.5pt;line-height:1.35}.summary ul.check{columns:2;font-size:9pt}table{font-size:8.5pt}.when{display:none}.answers ul{columns:2;font-size:9pt;margin:.2rem 0}.answers h3{margin:.4rem 0 .1rem;font-size:10pt}.ob p{margin:.2rem 0}.ob h4{margin:.6rem 0 .1rem}.ob dl{margin:.1rem 0 0 .6rem}.ob dd{margin:0}h2,h3,h4{break-after:avoid}tr,li{break-inside:avoid}\
a{color:inherit;text-decoration:none}details.why>summary{display:none}details.why{display:block}.jump{display:none}}\
@page{margin:14mm 13mm}";

fn cites(m: &Messages, c: &[Cite]) -> String {
    c.iter()
        .map(|c| {
            let tbc = if c.to_confirm {
                format!(
                    " <span class=\"tbc\">({})</span>",
                    esc(m.text("common.to_be_confirmed"))
                )
            } else {
                String::new()
            };
            match &c.url {
                Some(u) => format!("<a href=\"{}\">{}</a>{tbc}", esc(u), esc(&c.label)),
                None => format!("{}{tbc}", esc(&c.label)),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// ` (provisional)` after a conclusion that rests on a "not sure" answer, marked for styling.
fn provisional(m: &Messages, yes: bool) -> String {
    if yes {
        format!(
            " <span class=\"prov\">({})</span>",
            esc(m.text("common.provisional"))
        )
    } else {
        String::new()
    }
}

/// A label before a value, with the language's punctuation, escaped: `Result:`.
fn label(m: &Messages, key: &str) -> String {
    esc(&m.label(key))
}

/// The answers that decided a conclusion, folded away, or nothing when there are none beyond
/// those shown for the tier and the roles.
fn because(m: &Messages, lines: &[AnswerLine]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let items: Vec<String> = lines
        .iter()
        .map(|l| {
            format!(
                "<li>{} <strong>{}</strong></li>",
                esc(&l.question),
                esc(&l.answer)
            )
        })
        .collect();
    format!(
        "<details class=\"why\" open><summary>{}</summary><ul>{}</ul></details>",
        esc(m.text("report.term.why")),
        items.join("")
    )
}

fn summary(out: &mut String, r: &Report, with_downloads: bool) {
    let (s, m) = (&r.summary, &r.messages);
    let _ = write!(
        out,
        "<section id=\"summary\" class=\"summary\" data-testid=\"summary\"><h2>{}</h2><ul><li><strong>{}</strong> {}</li><li data-testid=\"high-risk\" data-high-risk=\"{}\"><strong>{}</strong></li>",
        esc(m.text("report.heading.summary")),
        label(m, "summary.result"),
        esc(&s.headline),
        esc(&s.high_risk),
        esc(&s.high_risk_label)
    );
    if !s.roles.is_empty() {
        let _ = write!(
            out,
            "<li><strong>{}</strong> {}</li>",
            label(m, "summary.your_roles"),
            esc(&s.roles.join(", "))
        );
    }
    let next = s
        .next_date
        .as_ref()
        .map(|d| {
            esc(&format!(
                "{}{}",
                m.text("common.separator"),
                m.fmt("summary.next_date", &[("date", &d.describe(m))])
            ))
        })
        .unwrap_or_default();
    let _ = write!(
        out,
        "<li><strong>{}</strong> {}{next}</li>",
        label(m, "summary.obligations"),
        s.obligations
    );
    if s.open_points > 0 {
        let _ = write!(
            out,
            "<li><strong>{}</strong> {}</li>",
            label(m, "summary.open_points"),
            s.open_points
        );
    }
    if r.plan.started {
        let _ = write!(
            out,
            "<li><strong>{}</strong> {}</li>",
            label(m, "summary.plan"),
            esc(&r.plan.counts(m))
        );
    }
    out.push_str("</ul>");
    if !s.checklist.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><ul class=\"check\">",
            esc(m.text("summary.checklist.heading"))
        );
        for c in &s.checklist {
            let _ = write!(
                out,
                "<li>{} {} {}</li>",
                if c.ticked() { '\u{2611}' } else { '\u{2610}' },
                esc(&c.title),
                esc(&c.details(m))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("<p class=\"jump\">");
    if !r.obligations.is_empty() {
        let _ = write!(
            out,
            "<a href=\"#obligations\">{}</a><a href=\"#iso\">{}</a>",
            esc(m.text("report.heading.obligations")),
            esc(m.text("report.jump.iso"))
        );
    }
    if with_downloads {
        let _ = write!(
            out,
            "<a href=\"#downloads\">{}</a>",
            esc(m.text("report.jump.downloads"))
        );
    }
    out.push_str("</p></section>");
}

/// Every provision the report cites, once: printed pages show link texts only, so the addresses
/// follow here, as one base address and each provision's anchor.
fn references(out: &mut String, r: &Report) {
    let m = &r.messages;
    let mut seen: Vec<(&str, &str)> = vec![];
    let mut base = "";
    for c in r.all_cites() {
        if let Some(u) = &c.url
            && !seen.iter().any(|(l, _)| *l == c.label)
        {
            let (b, anchor) = u.rsplit_once('#').unwrap_or((u, u));
            if base.is_empty() {
                base = b;
            }
            seen.push((&c.label, anchor));
        }
    }
    if seen.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"refs\" data-testid=\"references\"><h2>{}</h2><p>{} ",
        esc(m.text("report.heading.references")),
        esc(&m.fmt("report.references.intro", &[("address", &base)]))
    );
    let items: Vec<String> = seen
        .iter()
        .map(|(label, anchor)| format!("{} #{}", esc(label), esc(anchor)))
        .collect();
    out.push_str(&items.join(&esc(m.text("common.separator"))));
    out.push_str(".</p></section>");
}

fn obligation(out: &mut String, m: &Messages, o: &ObligationPart, common_penalty: Option<&str>) {
    let term = |key: &str| esc(m.text(key));
    let note = if o.date_note.is_empty() {
        String::new()
    } else {
        let refs = if o.date_refs.is_empty() {
            String::new()
        } else {
            format!(" ({})", cites(m, &o.date_refs))
        };
        format!(
            "<dt>{}</dt><dd>{}{refs}</dd>",
            term("report.term.note"),
            esc(&o.date_note)
        )
    };
    let _ = write!(
        out,
        "<div class=\"ob\" data-testid=\"obligation\" data-obligation-id=\"{}\"><h4>{}{}</h4><p>{}</p><dl><dt>{}</dt><dd>{}</dd>{note}<dt>{}</dt><dd>{}</dd>{}<dt>{}</dt><dd>{}</dd>{}</dl>{}</div>",
        esc(&o.id),
        esc(&o.title),
        provisional(m, o.provisional),
        esc(&o.summary),
        term("report.term.when"),
        esc(&o.when_line(m)),
        term("report.term.articles"),
        cites(m, &o.refs),
        if common_penalty == Some(o.penalty_short.as_str()) {
            String::new()
        } else {
            format!(
                "<dt>{}</dt><dd>{}</dd>",
                term("report.term.penalty"),
                esc(&o.penalty_short)
            )
        },
        term("report.term.iso"),
        esc(&o.iso_short()),
        if o.plan.recorded {
            format!(
                "<dt>{}</dt><dd data-testid=\"plan-line\">{}</dd>",
                term("report.term.plan"),
                o.plan.line(m, &|s| esc(s))
            )
        } else {
            String::new()
        },
        because(m, &o.because),
    );
}

fn plan_section(out: &mut String, r: &Report) {
    let m = &r.messages;
    if !r.plan.started && r.plan.set_aside.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section id=\"plan\" data-testid=\"plan\"><h2>{}</h2>",
        esc(m.text("report.heading.plan"))
    );
    if r.plan.started {
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&m.fmt("plan.started", &[("counts", &r.plan.counts(m))]))
        );
    }
    if !r.plan.set_aside.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p><ul data-testid=\"plan-aside\">",
            esc(m.text("plan.set_aside"))
        );
        for x in &r.plan.set_aside {
            let _ = write!(
                out,
                "<li>{} {}</li>",
                m.fmt(
                    "common.label",
                    &[("label", &format!("<strong>{}</strong>", esc(&x.title)))]
                ),
                x.plan.line(m, &|s| esc(s))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// A table that becomes one block per row on narrow screens: the header row, then each row's
/// cells labelled with their column (the third column, the date, is left out in print).
fn stack_table(
    out: &mut String,
    testid: &str,
    heads: [&str; 4],
    rows: &[(Option<&str>, [&str; 4])],
) {
    let _ = write!(
        out,
        "<table class=\"stack\" data-testid=\"{testid}\"><thead><tr><th>{}</th><th>{}</th><th class=\"when\">{}</th><th>{}</th></tr></thead><tbody>",
        esc(heads[0]),
        esc(heads[1]),
        esc(heads[2]),
        esc(heads[3])
    );
    for (standing, cells) in rows {
        match standing {
            Some(s) => {
                let _ = write!(out, "<tr data-standing=\"{}\">", esc(s));
            }
            None => out.push_str("<tr>"),
        }
        let _ = write!(
            out,
            "<td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td><td class=\"when\" data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td></tr>",
            esc(heads[0]),
            esc(cells[0]),
            esc(heads[1]),
            esc(cells[1]),
            esc(heads[2]),
            esc(cells[2]),
            esc(heads[3]),
            esc(cells[3])
        );
    }
    out.push_str("</tbody></table>");
}

fn head_start(out: &mut String, r: &Report) {
    let (h, m) = (&r.head_start, &r.messages);
    let _ = write!(
        out,
        "<h3>{}</h3><p data-testid=\"iso-verdict\">{}</p>",
        esc(m.text("report.heading.head_start")),
        esc(&h.verdict(m))
    );
    if h.remaining().next().is_some() {
        let remaining: Vec<String> = h.remaining().map(|l| l.remaining(m)).collect();
        let rows: Vec<(Option<&str>, [&str; 4])> = h
            .remaining()
            .zip(&remaining)
            .map(|(l, rest)| {
                (
                    Some(l.standing.as_str()),
                    [
                        l.title.as_str(),
                        l.standing_label.as_str(),
                        l.timing.as_str(),
                        rest.as_str(),
                    ],
                )
            })
            .collect();
        stack_table(
            out,
            "head-start",
            [
                m.text("report.column.obligation"),
                m.text("report.column.standing"),
                m.text("report.column.applies"),
                m.text("report.column.remains"),
            ],
            &rows,
        );
    }
    let covered: Vec<&str> = h.covered_lines().map(|l| l.title.as_str()).collect();
    if !covered.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&m.fmt(
                "head_start.covered",
                &[("obligations", &covered.join(m.text("common.separator")))]
            ))
        );
    }
}

fn iso_section(out: &mut String, r: &Report) {
    let m = &r.messages;
    let _ = write!(
        out,
        "<section id=\"iso\"><h2>{}</h2>",
        esc(m.text("report.heading.iso"))
    );
    if r.head_start.known {
        head_start(out, r);
    } else if r.iso_gaps.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(m.text("iso.covers_all")));
    } else {
        let _ = write!(out, "<p>{}</p>", esc(r.iso_gap_intro()));
        let rows: Vec<(Option<&str>, [&str; 4])> = r
            .iso_gaps
            .iter()
            .map(|g| {
                (
                    None,
                    [
                        g.title.as_str(),
                        g.iso.fit_label.as_str(),
                        g.timing.as_str(),
                        g.iso.gap.as_str(),
                    ],
                )
            })
            .collect();
        stack_table(
            out,
            "iso-gaps",
            [
                m.text("report.column.obligation"),
                m.text("report.column.fit"),
                m.text("report.column.applies"),
                m.text("report.column.beyond_iso"),
            ],
            &rows,
        );
    }
    let relevant: Vec<_> = r.soa.iter().filter(|s| s.relevant).collect();
    let _ = write!(
        out,
        "<h3>{}</h3><p>{}</p>",
        esc(m.text("report.heading.soa")),
        esc(&m.fmt(
            if relevant.is_empty() {
                "soa.summary.none"
            } else {
                "soa.summary"
            },
            &[("relevant", &relevant.len()), ("total", &r.soa.len())]
        ))
    );
    if !relevant.is_empty() {
        out.push_str("<ul class=\"controls\" data-testid=\"soa\">");
        for s in relevant {
            let _ = write!(out, "<li>{} {}</li>", esc(&s.control), esc(&s.title));
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// Renders the report as one self-contained HTML document.
pub fn render_html(r: &Report) -> String {
    let m = &r.messages;
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        m.text("report.unnamed")
    } else {
        &r.system_name
    };
    let title = esc(&m.fmt("report.title", &[("name", &name)]));
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>{title}</title><style>{STYLE}</style></head><body>",
        esc(&r.language)
    );
    let _ = write!(out, "<header><h1>{title}</h1>");
    if !r.description.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&r.description));
    }
    let _ = write!(
        out,
        "<p class=\"meta\">{} {}{}</p>",
        esc(&m.fmt(
            "report.meta",
            &[
                ("date", &r.date),
                ("baseline", &r.legal_baseline),
                ("content_date", &r.content_date)
            ]
        )),
        esc(m.text(if r.complete {
            "report.complete"
        } else {
            "report.incomplete"
        })),
        if r.provisional {
            format!(
                " <span class=\"prov\">{}</span>",
                esc(m.text("report.provisional"))
            )
        } else {
            String::new()
        },
    );
    if let Some(line) = r.content_language_line() {
        let _ = write!(
            out,
            "<p class=\"meta\" data-testid=\"content-language\">{}</p>",
            esc(&line)
        );
    }
    out.push_str("</header>");

    body(&mut out, r, true);
    let _ = writeln!(
        out,
        "<footer><p class=\"meta\">{}</p></footer></body></html>",
        esc(&r.disclaimer)
    );
    out
}

/// The report's sections (result, obligations, ISO/IEC 42001, open points) as an HTML fragment,
/// for the web result page. All text is escaped exactly as in the document.
pub fn render_html_fragment(r: &Report) -> String {
    let mut out = String::new();
    body(&mut out, r, false);
    out
}

fn body(out: &mut String, r: &Report, with_answers: bool) {
    let m = &r.messages;
    summary(out, r, !with_answers);
    if !r.review.is_empty() {
        let _ = write!(
            out,
            "<section class=\"review\" data-testid=\"review\"><h2>{}</h2><ul>",
            esc(m.text("report.heading.review"))
        );
        for p in &r.review {
            let _ = write!(
                out,
                "<li data-tier=\"{}\"><strong>{}.</strong> {} ({})</li>",
                esc(&p.tier),
                esc(&p.headline),
                esc(&p.sentence(m)),
                cites(m, &p.refs)
            );
        }
        out.push_str("</ul></section>");
    }
    let _ = write!(
        out,
        "<section><h2>{}</h2><p><span class=\"badge tier-{}\" data-testid=\"tier\" data-tier=\"{}\">{}</span>{} <span data-testid=\"scope\">{}</span></p><h3 data-testid=\"conclusion\">{}</h3><p>{}</p><p>{} {}</p>",
        esc(m.text("report.heading.classification")),
        esc(&r.tier.id),
        esc(&r.tier.id),
        esc(&r.tier.label),
        provisional(m, r.tier.provisional),
        esc(m.text(if r.in_scope {
            "report.applies"
        } else {
            "report.does_not_apply"
        })),
        esc(&r.tier.title),
        esc(&r.tier.explanation),
        label(m, "report.term.articles"),
        cites(m, &r.tier.refs),
    );
    out.push_str(&because(m, &r.tier.because));
    if !r.roles.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><ul data-testid=\"roles\">",
            esc(m.text("report.heading.roles"))
        );
        for role in &r.roles {
            let name = format!(
                "<strong>{}</strong>{}",
                esc(&role.name),
                provisional(m, role.provisional)
            );
            let _ = write!(
                out,
                "<li data-role-id=\"{}\">{} {} ({}){}</li>",
                esc(&role.id),
                m.fmt("common.label", &[("label", &name)]),
                esc(&role.explanation),
                cites(m, &role.refs),
                because(m, &role.because),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");

    if !r.notes.is_empty() {
        let _ = write!(
            out,
            "<section data-testid=\"notes\"><h2>{}</h2><ul>",
            esc(m.text("report.heading.notes"))
        );
        for n in &r.notes {
            let title = format!(
                "<strong>{}</strong>{}",
                esc(&n.title),
                provisional(m, n.provisional)
            );
            let _ = write!(
                out,
                "<li data-note-id=\"{}\">{} {} ({})</li>",
                esc(&n.id),
                m.fmt("common.label", &[("label", &title)]),
                esc(&n.text),
                cites(m, &n.refs)
            );
        }
        out.push_str("</ul></section>");
    }

    if !r.obligations.is_empty() {
        let _ = write!(
            out,
            "<section id=\"obligations\" data-testid=\"obligations\"><h2>{}</h2><p class=\"meta\">{}</p><ul class=\"meta\">",
            esc(m.text("report.heading.obligations")),
            label(m, "report.penalty_ceilings")
        );
        for p in r.penalty_ceilings() {
            let _ = write!(out, "<li>{}</li>", esc(p));
        }
        out.push_str("</ul>");
        let mut role = "";
        for o in &r.obligations {
            if o.role_name != role {
                role = &o.role_name;
                let _ = write!(
                    out,
                    "<h3>{}</h3>",
                    esc(&m.fmt("report.heading.as_role", &[("role", &role)]))
                );
            }
            obligation(out, m, o, r.common_penalty());
        }
        out.push_str("</section>");
    }

    plan_section(out, r);

    if !r.obligations.is_empty() {
        iso_section(out, r);
    }

    if !r.open_points.is_empty() {
        let _ = write!(
            out,
            "<section data-testid=\"unsure\"><h2>{}</h2><p>{}</p><ul>",
            esc(m.text("report.heading.open_points")),
            esc(m.text("open_points.intro"))
        );
        for p in &r.open_points {
            let _ = write!(out, "<li>{}<ul>", esc(&p.question));
            for alt in &p.alternatives {
                let _ = write!(out, "<li>{}</li>", esc(alt));
            }
            out.push_str("</ul></li>");
        }
        out.push_str("</ul></section>");
    }

    if !r.to_confirm.is_empty() {
        let _ = write!(
            out,
            "<section data-testid=\"to-confirm\"><h2>{}</h2><p>{}</p><ul>",
            esc(m.text("report.heading.to_confirm")),
            esc(m.text("to_confirm.intro"))
        );
        for t in &r.to_confirm {
            let _ = write!(out, "<li>{}</li>", esc(t));
        }
        out.push_str("</ul></section>");
    }

    if !with_answers {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"answers\"><h2>{}</h2>",
        esc(m.text("report.heading.answers"))
    );
    let mut section = "";
    let mut open = false;
    for a in &r.answers {
        if a.section != section {
            if open {
                out.push_str("</ul>");
            }
            section = &a.section;
            let _ = write!(out, "<h3>{}</h3><ul>", esc(section));
            open = true;
        }
        let _ = write!(
            out,
            "<li>{} <strong>{}</strong></li>",
            esc(&a.question),
            esc(&a.answer)
        );
    }
    if open {
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    references(out, r);
}
