//! Self-contained HTML: inline CSS for screens of any width, a dark scheme that follows the
//! system, and a print stylesheet that reads like a document (no forced page breaks, one list of
//! references at the end); no scripts, no remote resources.

use super::escape::html as esc;
use super::{AnswerLine, Cite, ObligationPart, Report};
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

fn cites(c: &[Cite]) -> String {
    c.iter()
        .map(|c| {
            let tbc = if c.to_confirm {
                " <span class=\"tbc\">(to be confirmed)</span>"
            } else {
                ""
            };
            match &c.url {
                Some(u) => format!("<a href=\"{}\">{}</a>{tbc}", esc(u), esc(&c.label)),
                None => format!("{}{tbc}", esc(&c.label)),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The answers that decided a conclusion, folded away, or nothing when there are none beyond
/// those shown for the tier and the roles.
fn because(lines: &[AnswerLine]) -> String {
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
        "<details class=\"why\" open><summary>Why</summary><ul>{}</ul></details>",
        items.join("")
    )
}

fn summary(out: &mut String, r: &Report, with_downloads: bool) {
    let s = &r.summary;
    let _ = write!(
        out,
        "<section id=\"summary\" class=\"summary\" data-testid=\"summary\"><h2>Summary</h2><ul><li><strong>Result:</strong> {}</li><li data-testid=\"high-risk\" data-high-risk=\"{}\"><strong>{}</strong></li>",
        esc(&s.headline),
        esc(&s.high_risk),
        esc(&s.high_risk_label)
    );
    if !s.roles.is_empty() {
        let _ = write!(
            out,
            "<li><strong>Your roles:</strong> {}</li>",
            esc(&s.roles.join(", "))
        );
    }
    let next = s
        .next_date
        .as_ref()
        .map(|d| format!("; next date: {}", esc(&d.describe())))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<li><strong>Obligations:</strong> {}{next}</li>",
        s.obligations
    );
    if s.open_points > 0 {
        let _ = write!(
            out,
            "<li><strong>Open points:</strong> {}</li>",
            s.open_points
        );
    }
    if r.plan.started {
        let _ = write!(
            out,
            "<li><strong>Plan:</strong> {}</li>",
            esc(&r.plan.counts())
        );
    }
    out.push_str("</ul>");
    if !s.checklist.is_empty() {
        out.push_str("<h3>Checklist, by the date each duty bites</h3><ul class=\"check\">");
        for c in &s.checklist {
            let _ = write!(
                out,
                "<li>{} {} {}</li>",
                if c.ticked() { '\u{2611}' } else { '\u{2610}' },
                esc(&c.title),
                esc(&c.details())
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("<p class=\"jump\">");
    if !r.obligations.is_empty() {
        out.push_str("<a href=\"#obligations\">Obligations</a><a href=\"#iso\">ISO/IEC 42001</a>");
    }
    if with_downloads {
        out.push_str("<a href=\"#downloads\">Downloads</a>");
    }
    out.push_str("</p></section>");
}

/// Every provision the report cites, once: printed pages show link texts only, so the addresses
/// follow here, as one base address and each provision's anchor.
fn references(out: &mut String, r: &Report) {
    let mut seen: Vec<(&str, &str)> = vec![];
    for c in r.all_cites() {
        if let Some(u) = &c.url
            && !seen.iter().any(|(l, _)| *l == c.label)
        {
            seen.push((&c.label, u.rsplit('#').next().unwrap_or(u)));
        }
    }
    if seen.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"refs\" data-testid=\"references\"><h2>References</h2><p>Regulation (EU) 2024/1689 on EUR-Lex: {}, followed by each provision\u{2019}s anchor: ",
        esc(crate::labels::EUR_LEX_BASE)
    );
    let items: Vec<String> = seen
        .iter()
        .map(|(label, anchor)| format!("{} #{}", esc(label), esc(anchor)))
        .collect();
    out.push_str(&items.join("; "));
    out.push_str(".</p></section>");
}

fn obligation(out: &mut String, o: &ObligationPart, common_penalty: Option<&str>) {
    let prov = if o.provisional {
        " <span class=\"prov\">(provisional)</span>"
    } else {
        ""
    };
    let note = if o.date_note.is_empty() {
        String::new()
    } else {
        let refs = if o.date_refs.is_empty() {
            String::new()
        } else {
            format!(" ({})", cites(&o.date_refs))
        };
        format!("<dt>Note</dt><dd>{}{refs}</dd>", esc(&o.date_note))
    };
    let _ = write!(
        out,
        "<div class=\"ob\" data-testid=\"obligation\" data-obligation-id=\"{}\"><h4>{}{prov}</h4><p>{}</p><dl><dt>When</dt><dd>{}</dd>{note}<dt>Articles</dt><dd>{}</dd>{}<dt>ISO/IEC 42001</dt><dd>{}</dd>{}</dl>{}</div>",
        esc(&o.id),
        esc(&o.title),
        esc(&o.summary),
        esc(&o.when_line()),
        cites(&o.refs),
        if common_penalty == Some(o.penalty_short.as_str()) {
            String::new()
        } else {
            format!("<dt>Penalty ceiling</dt><dd>{}</dd>", esc(&o.penalty_short))
        },
        esc(&o.iso_short()),
        if o.plan.recorded {
            format!(
                "<dt>Plan</dt><dd data-testid=\"plan-line\">{}</dd>",
                o.plan.line(&|s| esc(s))
            )
        } else {
            String::new()
        },
        because(&o.because),
    );
}

fn plan_section(out: &mut String, r: &Report) {
    if !r.plan.started && r.plan.set_aside.is_empty() {
        return;
    }
    out.push_str("<section id=\"plan\" data-testid=\"plan\"><h2>Plan</h2>");
    if r.plan.started {
        let _ = write!(
            out,
            "<p>{}. Each obligation shows its status, owner, due date and evidence.</p>",
            esc(&r.plan.counts())
        );
    }
    if !r.plan.set_aside.is_empty() {
        out.push_str("<p>Set aside: recorded for obligations that no longer follow from the answers or the content, kept in case they apply again:</p><ul data-testid=\"plan-aside\">");
        for x in &r.plan.set_aside {
            let _ = write!(
                out,
                "<li><strong>{}</strong>: {}</li>",
                esc(&x.title),
                x.plan.line(&|s| esc(s))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn head_start(out: &mut String, r: &Report) {
    let h = &r.head_start;
    let _ = write!(
        out,
        "<h3>Is your ISO/IEC 42001 enough for this system?</h3><p data-testid=\"iso-verdict\">{}</p>",
        esc(&h.verdict())
    );
    if h.remaining().next().is_some() {
        out.push_str("<table class=\"stack\" data-testid=\"head-start\"><thead><tr><th>Obligation</th><th>Standing</th><th class=\"when\">Applies</th><th>What remains</th></tr></thead><tbody>");
        for l in h.remaining() {
            let _ = write!(
                out,
                "<tr data-standing=\"{}\"><td data-label=\"Obligation\">{}</td><td data-label=\"Standing\">{}</td><td class=\"when\" data-label=\"Applies\">{}</td><td data-label=\"What remains\">{}</td></tr>",
                esc(&l.standing),
                esc(&l.title),
                esc(&l.standing_label),
                esc(&l.timing),
                esc(&l.remaining())
            );
        }
        out.push_str("</tbody></table>");
    }
    let covered: Vec<String> = h.covered_lines().map(|l| esc(&l.title)).collect();
    if !covered.is_empty() {
        let _ = write!(
            out,
            "<p>Covered by what you have: {}.</p>",
            covered.join("; ")
        );
    }
}

fn iso_section(out: &mut String, r: &Report) {
    out.push_str("<section id=\"iso\"><h2>ISO/IEC 42001 coverage and gaps</h2>");
    if r.head_start.known {
        head_start(out, r);
    } else if r.iso_gaps.is_empty() {
        out.push_str("<p>ISO/IEC 42001 covers every obligation listed.</p>");
    } else {
        let _ = write!(
            out,
            "<p>{}</p><table class=\"stack\" data-testid=\"iso-gaps\"><thead><tr><th>Obligation</th><th>Fit</th><th class=\"when\">Applies</th><th>Beyond ISO/IEC 42001</th></tr></thead><tbody>",
            esc(r.iso_gap_intro())
        );
        for g in &r.iso_gaps {
            let _ = write!(
                out,
                "<tr><td data-label=\"Obligation\">{}</td><td data-label=\"Fit\">{}</td><td class=\"when\" data-label=\"Applies\">{}</td><td data-label=\"Beyond ISO/IEC 42001\">{}</td></tr>",
                esc(&g.title),
                esc(&g.iso.fit_label),
                esc(&g.timing),
                esc(&g.iso.gap)
            );
        }
        out.push_str("</tbody></table>");
    }
    let relevant: Vec<_> = r.soa.iter().filter(|s| s.relevant).collect();
    let _ = write!(
        out,
        "<h3>Draft Statement of Applicability (Annex A)</h3><p>{} of the {} Annex A controls support this system\u{2019}s obligations{}; the others are not required by the AI Act for this system (the Statement of Applicability download lists all {} with a justification).</p>",
        relevant.len(),
        r.soa.len(),
        if relevant.is_empty() { "" } else { ":" },
        r.soa.len()
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
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        "Unnamed system".to_owned()
    } else {
        esc(&r.system_name)
    };
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>EU AI Act self-assessment: {name}</title><style>{STYLE}</style></head><body>"
    );
    let _ = write!(out, "<header><h1>EU AI Act self-assessment: {name}</h1>");
    if !r.description.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&r.description));
    }
    let _ = write!(
        out,
        "<p class=\"meta\">Assessed on {}. Legal baseline: {} (content of {}). {}{}</p></header>",
        esc(&r.date),
        esc(&r.legal_baseline),
        esc(&r.content_date),
        if r.complete {
            "All questions answered."
        } else {
            "Incomplete: some questions are unanswered."
        },
        if r.provisional {
            " <span class=\"prov\">Provisional: some conclusions rest on \u{201c}not sure\u{201d} answers.</span>"
        } else {
            ""
        },
    );

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
    summary(out, r, !with_answers);
    if !r.review.is_empty() {
        out.push_str(
            "<section class=\"review\" data-testid=\"review\"><h2>To review first</h2><ul>",
        );
        for p in &r.review {
            let _ = write!(
                out,
                "<li data-tier=\"{}\"><strong>{}.</strong> {} ({})</li>",
                esc(&p.tier),
                esc(&p.headline),
                esc(&p.sentence()),
                cites(&p.refs)
            );
        }
        out.push_str("</ul></section>");
    }
    let _ = write!(
        out,
        "<section><h2>Classification</h2><p><span class=\"badge tier-{}\" data-testid=\"tier\" data-tier=\"{}\">{}</span>{} <span data-testid=\"scope\">{}</span></p><h3 data-testid=\"conclusion\">{}</h3><p>{}</p><p>Articles: {}</p>",
        esc(&r.tier.id),
        esc(&r.tier.id),
        esc(&r.tier.label),
        if r.tier.provisional {
            " <span class=\"prov\">(provisional)</span>"
        } else {
            ""
        },
        if r.in_scope {
            "The EU AI Act applies."
        } else {
            "The EU AI Act does not apply."
        },
        esc(&r.tier.title),
        esc(&r.tier.explanation),
        cites(&r.tier.refs),
    );
    out.push_str(&because(&r.tier.because));
    if !r.roles.is_empty() {
        out.push_str("<h3>Roles</h3><ul data-testid=\"roles\">");
        for role in &r.roles {
            let _ = write!(
                out,
                "<li data-role-id=\"{}\"><strong>{}</strong>{}: {} ({}){}</li>",
                esc(&role.id),
                esc(&role.name),
                if role.provisional {
                    " <span class=\"prov\">(provisional)</span>"
                } else {
                    ""
                },
                esc(&role.explanation),
                cites(&role.refs),
                because(&role.because),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");

    if !r.notes.is_empty() {
        out.push_str("<section data-testid=\"notes\"><h2>Good to know</h2><ul>");
        for n in &r.notes {
            let _ = write!(
                out,
                "<li data-note-id=\"{}\"><strong>{}</strong>{}: {} ({})</li>",
                esc(&n.id),
                esc(&n.title),
                if n.provisional {
                    " <span class=\"prov\">(provisional)</span>"
                } else {
                    ""
                },
                esc(&n.text),
                cites(&n.refs)
            );
        }
        out.push_str("</ul></section>");
    }

    if !r.obligations.is_empty() {
        out.push_str("<section id=\"obligations\" data-testid=\"obligations\"><h2>Obligations</h2><p class=\"meta\">Penalty ceilings:</p><ul class=\"meta\">");
        for p in r.penalty_ceilings() {
            let _ = write!(out, "<li>{}</li>", esc(p));
        }
        out.push_str("</ul>");
        let mut role = "";
        for o in &r.obligations {
            if o.role_name != role {
                role = &o.role_name;
                let _ = write!(out, "<h3>As {}</h3>", esc(role));
            }
            obligation(out, o, r.common_penalty());
        }
        out.push_str("</section>");
    }

    plan_section(out, r);

    if !r.obligations.is_empty() {
        iso_section(out, r);
    }

    if !r.open_points.is_empty() {
        out.push_str("<section data-testid=\"unsure\"><h2>Open points</h2><p>These answers were \u{201c}not sure\u{201d}; each alternative would change the result as follows:</p><ul>");
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
        out.push_str("<section data-testid=\"to-confirm\"><h2>To check on EUR-Lex</h2><p>This result relies on points of the 2026 amendment that were reported but not verified against the Official Journal; they are marked \u{201c}to be confirmed\u{201d} above:</p><ul>");
        for t in &r.to_confirm {
            let _ = write!(out, "<li>{}</li>", esc(t));
        }
        out.push_str("</ul></section>");
    }

    if !with_answers {
        return;
    }
    out.push_str("<section class=\"answers\"><h2>Answers</h2>");
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
