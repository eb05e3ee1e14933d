//! Calendar file (iCalendar, RFC 5545): one all-day event per open obligation on its due date,
//! with a reminder two weeks before, so that the dates can be dropped into any calendar. No
//! event links anywhere.

use super::Report;
use super::escape::plain_line;
use crate::envelope::Envelope;

/// Escapes a text value: backslash, semicolon and comma get a backslash; line breaks inside one
/// piece of text become spaces ([`plain_line`]), and pieces are joined with escaped newlines.
fn text(pieces: &[&str]) -> String {
    pieces
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut out = String::with_capacity(p.len());
            for c in plain_line(p).chars() {
                if matches!(c, '\\' | ';' | ',') {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\\n")
}

/// Writes one content line, folded at 75 octets without splitting a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// `YYYY-MM-DD` as `YYYYMMDD`, or `None` for anything else.
fn compact(date: &str) -> Option<String> {
    crate::flow::is_iso_date(date).then(|| date.replace('-', ""))
}

/// The day after a `YYYYMMDD` date (the end of an all-day event).
fn next_day(d: &str) -> String {
    let (y, m, day): (i32, u32, u32) = (
        d[..4].parse().unwrap_or(2000),
        d[4..6].parse().unwrap_or(1),
        d[6..].parse().unwrap_or(1),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let (y, m, day) = if day < days {
        (y, m, day + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    format!("{y:04}{m:02}{day:02}")
}

/// A stable id for the assessment, so that a calendar updates events on a new download instead
/// of adding them twice.
fn assessment_key(env: &Envelope) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in env.created.bytes().chain([0xff]).chain(env.name.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The calendar: one event per obligation still open (to do or in progress) on its due date.
pub fn render_ics(r: &Report, env: &Envelope) -> String {
    let m = &r.messages;
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        m.text("report.unnamed").to_owned()
    } else {
        plain_line(&r.system_name)
    };
    let stamp = format!(
        "{}T000000Z",
        compact(&r.date).unwrap_or_else(|| "20260101".into())
    );
    let key = assessment_key(env);
    let footer = m.fmt("calendar.footer", &[("content_date", &r.content_date)]);
    let language = r.content_language_line().unwrap_or_default();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//AI Act Check//Deadlines//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            text(&[&m.fmt("calendar.name", &[("name", &name)])])
        ),
    );
    for o in r.obligations.iter().filter(|o| o.plan.is_open()) {
        let Some(day) = compact(&o.plan.due) else {
            continue;
        };
        let articles: Vec<String> = o.refs.iter().map(|c| c.text(m)).collect();
        let when = if o.plan.due_is_default {
            o.when_line(m)
        } else {
            m.fmt(
                "calendar.due",
                &[("date", &o.plan.due_label(m)), ("when", &o.when_line(m))],
            )
        };
        let labelled = |key: &str, value: &str| {
            if value.is_empty() {
                String::new()
            } else {
                format!("{} {value}", m.label(key))
            }
        };
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}.{key}@ai-act-check", o.id));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{day}"));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", next_day(&day)));
        line(
            &mut out,
            &format!(
                "SUMMARY:{}",
                text(&[&m.fmt("calendar.event", &[("title", &o.title), ("name", &name)])])
            ),
        );
        line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                text(&[
                    &o.summary,
                    &m.fmt(
                        "duty.role_and_articles",
                        &[("role", &o.role_name), ("articles", &articles.join(", "))],
                    ),
                    &when,
                    &labelled("calendar.status", &o.plan.status_label),
                    &labelled("csv.owner", &o.plan.owner),
                    &labelled("csv.evidence", &o.plan.evidence),
                    &language,
                    &footer,
                ])
            ),
        );
        line(
            &mut out,
            &format!("CATEGORIES:{}", text(&[m.text("calendar.category")])),
        );
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, "TRIGGER:-P14D");
        line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                text(&[&m.fmt("calendar.reminder", &[("title", &o.title)])])
            ),
        );
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped_and_lines_folded_on_characters() {
        assert_eq!(text(&["a;b,c\\d", "", "e\nf"]), "a\\;b\\,c\\\\d\\ne f");
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "é".repeat(60))
        );
    }

    #[test]
    fn all_day_events_end_the_next_day() {
        assert_eq!(next_day("20271202"), "20271203");
        assert_eq!(next_day("20270228"), "20270301");
        assert_eq!(next_day("20280228"), "20280229");
        assert_eq!(next_day("20271231"), "20280101");
    }
}
