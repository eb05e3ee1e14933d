//! Escaping user text for each output format.

/// Whether `c` ends a line or paragraph in some program a text may be pasted into: line feed,
/// carriage return, vertical tab, form feed, next line (U+0085), and the Unicode line and
/// paragraph separators (U+2028, U+2029).
pub fn breaks_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is an invisible bidirectional control (marks, embeddings, overrides and
/// isolates), which can make text display in another order than it was written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// User text for one line of plain text: line and paragraph breaks and every other control
/// character become spaces, and bidirectional controls are dropped, so that pasted text stays on
/// its line and reads in the order it was written.
pub fn plain_line(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_bidi_control(c))
        .map(|c| {
            if c.is_control() || breaks_line(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes user text for Markdown: only what would change the rendering gets a backslash, so
/// that pasted text reads as written (`'`, `(`, `-` or `:` in running text stay as they are).
/// Emphasis, code, links, images, HTML and tables are always neutralised; a character that
/// starts a heading, quote, list or rule is escaped where the text starts; `&` only where it
/// would start an entity; `@`, and `:` or `.` where they would make a bare address into a link.
/// Line breaks become spaces, so user text never starts a line of its own.
pub fn markdown(s: &str) -> String {
    let chars: Vec<char> = s
        .chars()
        .filter(|&c| !is_bidi_control(c))
        .map(|c| if breaks_line(c) { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(s.len() + 8);
    let first = chars.iter().position(|c| !c.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '@' => true,
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '#' | '+' | '-' | '=' => Some(i) == first,
            '.' | ')' => {
                // "1." or "1)" at the start would make an ordered list.
                Some(i) > first
                    && chars[first.unwrap_or(0)..i]
                        .iter()
                        .all(char::is_ascii_digit)
                    && next.is_none_or(char::is_whitespace)
                    || c == '.' && preceded_by(&chars, i, "www")
            }
            ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the letters before `i` end with `word` (case-insensitive) at a word start.
fn preceded_by(chars: &[char], i: usize, word: &str) -> bool {
    let n = word.len();
    i >= n
        && chars[i - n..i]
            .iter()
            .zip(word.chars())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b))
        && (i == n || !chars[i - n - 1].is_alphanumeric())
}

/// One CSV cell: always quoted, quotes doubled, bidirectional controls dropped, and cells that a
/// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) prefixed with `'`. Line breaks stay: a quoted cell may span lines.
pub fn csv(s: &str) -> String {
    let risky = matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    let mut out = String::with_capacity(s.len() + 4);
    out.push('"');
    if risky {
        out.push('\'');
    }
    for c in s.chars().filter(|&c| !is_bidi_control(c)) {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn markdown_neutralises_links_markup_and_blocks() {
        assert_eq!(
            markdown("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(markdown("# Title\n- item"), "\\# Title - item");
        assert_eq!(
            markdown("<img src=x onerror=y>"),
            "\\<img src=x onerror=y\\>"
        );
        assert_eq!(
            markdown("see https://evil.example"),
            "see https\\://evil.example"
        );
        assert_eq!(markdown("www.evil.example"), "www\\.evil.example");
        assert_eq!(markdown("me@evil.example"), "me\\@evil.example");
        assert_eq!(
            markdown("**bold** _it_ `code` ~~gone~~ a|b"),
            "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b"
        );
        assert_eq!(markdown("1. first"), "1\\. first");
        assert_eq!(markdown("+1 vote"), "\\+1 vote");
        assert_eq!(markdown("&amp; &#60; a & b"), "\\&amp; \\&#60; a & b");
    }

    #[test]
    fn markdown_leaves_ordinary_text_as_written() {
        for plain in [
            "Don't worry (really): it's a 3-step plan - fine.",
            "Version 2.1, 40 % of users; see the FAQ.",
            "Rank: 1 of 3 = top tier!",
        ] {
            assert_eq!(markdown(plain), plain);
        }
    }

    #[test]
    fn plain_text_stays_on_its_line_and_in_its_order() {
        let pasted = "a\nb\rc\u{0B}d\u{0C}e\u{85}f\u{2028}g\u{2029}h\u{7}i";
        assert_eq!(plain_line(pasted), "a b c d e f g h i");
        assert_eq!(
            plain_line("invoice\u{202e}fdp.exe \u{2067}x\u{2069}\u{200f}"),
            "invoicefdp.exe x"
        );
        assert_eq!(plain_line("中文 😀 é"), "中文 😀 é");
        assert_eq!(markdown("a\u{85}b\u{202e}c"), "a bc");
        assert_eq!(csv("a\u{202e}b"), "\"ab\"");
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv("plain"), "\"plain\"");
        assert_eq!(csv("say \"hi\", ok"), "\"say \"\"hi\"\", ok\"");
        assert_eq!(
            csv("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        for risky in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv(risky).starts_with("\"'"), "{risky}");
        }
        assert_eq!(csv("a\nb"), "\"a\nb\"");
    }
}
