//! Share links: an assessment's name, content date and the answers that count, encoded into the
//! URL fragment (`#share=…`), which browsers never send to a server.
//!
//! The payload is compact JSON in unpadded base64url. Base64 is written out here (forty lines)
//! rather than taken from a crate, to keep the browser bundle small. A link carries only the
//! answers that count for the catalog it was made with, so its length is bounded by the content:
//! about 800 characters for the largest golden scenario plus the name (at most 1,067 for 200
//! four-byte characters), and about 5,400 with every question of today's content given its
//! longest answer, far under the decoder's [`MAX_LEN`]. Should content ever allow longer, [`encode`] refuses to make a link
//! that [`decode`] would not open.

use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::envelope::Envelope;
use crate::envelope::limits::{self, Item, LimitError, MAX_ANSWERS, MAX_NAME_CHARS};
use crate::flow::flow;
use crate::i18n::{Localized, Messages};
use serde::{Deserialize, Serialize};

/// Fragment prefix of share links.
pub const PREFIX: &str = "share=";
/// The prefix with its `=` percent-encoded, as some mail and chat apps rewrite it (any case).
pub const PREFIX_ENCODED: &str = "share%3D";
/// Longest payload accepted, in characters ([`limits::MAX_LINK_CHARS`]).
pub const MAX_LEN: usize = limits::MAX_LINK_CHARS;

/// What a share link carries.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Shared {
    /// Format version.
    pub v: u32,
    /// Name of the assessed system.
    #[serde(default)]
    pub n: String,
    /// Content date the answers were given against.
    pub c: String,
    /// The answers.
    pub a: Answers,
}

impl Shared {
    /// Checks the caps of [`limits`]: at most [`MAX_ANSWERS`] answers, a name of at most
    /// [`MAX_NAME_CHARS`] characters, a real content date and the per-answer caps.
    pub fn check(&self) -> Result<(), LimitError> {
        if self.a.len() > MAX_ANSWERS {
            return Err(LimitError {
                item: Item::Answers,
                found: self.a.len(),
                max: MAX_ANSWERS,
            });
        }
        limits::content_date(&self.c)?;
        limits::chars(Item::NameChars, &self.n, MAX_NAME_CHARS)?;
        limits::answers(&self.a)
    }
}

/// Why a share link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than [`MAX_LEN`].
    TooLong(usize),
    /// Not base64url.
    BadEncoding,
    /// Decoded, but not an assessment.
    BadContent(String),
    /// Made by a newer version of this tool.
    Newer(u32),
    /// An assessment, but over one of the caps in [`limits`].
    OverLimit(LimitError),
}

impl Localized for ShareError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            ShareError::TooLong(n) => m.fmt("error.link.too_long", &[("length", n)]),
            ShareError::BadEncoding => m.text("error.link.damaged").to_owned(),
            ShareError::BadContent(why) => m.fmt("error.link.not_an_assessment", &[("why", why)]),
            ShareError::Newer(v) => m.fmt("error.link.newer", &[("format", v)]),
            ShareError::OverLimit(e) => m.fmt("error.link.over_limit", &[("why", &e.localized(m))]),
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl std::error::Error for ShareError {}

/// Why an assessment could not be put into a share link. The page then offers the answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The payload would be longer than [`MAX_LEN`] characters.
    TooLong(usize),
    /// The assessment is over one of the caps a share link is read with.
    OverLimit(LimitError),
}

impl Localized for EncodeError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            EncodeError::TooLong(n) => m.fmt(
                "error.link.too_long_to_make",
                &[("length", n), ("max", &MAX_LEN)],
            ),
            EncodeError::OverLimit(e) => {
                m.fmt("error.link.does_not_fit", &[("why", &e.localized(m))])
            }
        }
    }
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl std::error::Error for EncodeError {}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes unpadded base64url; `None` on any character outside the alphabet or a bad length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) that shares this assessment: its name, the content date of
/// `catalog` and the answers that count for `catalog` (answers kept for hidden or unknown
/// questions and set-aside answers stay out). Every link it returns opens with [`decode`]: input
/// that [`decode`] would refuse is an [`EncodeError`] instead.
pub fn encode(catalog: &Catalog, env: &Envelope) -> Result<String, EncodeError> {
    let shared = Shared {
        v: 1,
        n: env.name.clone(),
        c: catalog.version.content_date.clone(),
        a: flow(catalog, &env.answers).effective,
    };
    shared.check().map_err(EncodeError::OverLimit)?;
    let json = serde_json::to_string(&shared).unwrap_or_default();
    let payload = base64url_encode(json.as_bytes());
    if payload.len() > MAX_LEN {
        return Err(EncodeError::TooLong(payload.len()));
    }
    Ok(format!("{PREFIX}{payload}"))
}

/// Reads a fragment (with or without `#`); `Ok(None)` if it is not a share link at all. The
/// prefix is also recognised with its `=` percent-encoded ([`PREFIX_ENCODED`]).
pub fn decode(fragment: &str) -> Result<Option<Shared>, ShareError> {
    let fragment = fragment.trim_start_matches('#');
    let encoded = fragment
        .get(..PREFIX_ENCODED.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(PREFIX_ENCODED));
    let payload = match fragment.strip_prefix(PREFIX) {
        Some(p) => p,
        None if encoded => &fragment[PREFIX_ENCODED.len()..],
        None => return Ok(None),
    };
    if payload.len() > MAX_LEN {
        return Err(ShareError::TooLong(payload.len()));
    }
    let bytes = base64url_decode(payload.trim()).ok_or(ShareError::BadEncoding)?;
    let shared: Shared =
        serde_json::from_slice(&bytes).map_err(|e| ShareError::BadContent(e.to_string()))?;
    if shared.v > 1 {
        return Err(ShareError::Newer(shared.v));
    }
    shared.check().map_err(ShareError::OverLimit)?;
    Ok(Some(shared))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn hostile_links_are_typed_errors() {
        assert_eq!(decode("#something-else"), Ok(None));
        assert_eq!(decode("#share=%%%"), Err(ShareError::BadEncoding));
        assert_eq!(decode("#share=A"), Err(ShareError::BadEncoding));
        assert!(matches!(
            decode(&format!("#share={}", base64url_encode(b"[1,2]"))),
            Err(ShareError::BadContent(_))
        ));
        assert!(matches!(
            decode(&format!("#share={}", base64url_encode(b"\xff\xfe"))),
            Err(ShareError::BadContent(_))
        ));
        let newer = base64url_encode(br#"{"v":9,"c":"x","a":{}}"#);
        assert_eq!(decode(&format!("share={newer}")), Err(ShareError::Newer(9)));
        assert!(matches!(
            decode(&format!("share={}", "A".repeat(MAX_LEN + 1))),
            Err(ShareError::TooLong(_))
        ));
    }

    fn link(json: &str) -> String {
        base64url_encode(json.as_bytes())
    }

    #[test]
    fn a_link_whose_equals_sign_was_percent_encoded_still_opens() {
        let payload = link(r#"{"v":1,"n":"Chatbot","c":"2026-11-27","a":{"q.a":"yes"}}"#);
        let plain = decode(&format!("#share={payload}")).unwrap().unwrap();
        for prefix in ["share%3D", "share%3d", "SHARE%3D"] {
            assert_eq!(
                decode(&format!("#{prefix}{payload}")),
                Ok(Some(plain.clone())),
                "{prefix}"
            );
        }
        assert_eq!(decode("#share%3"), Ok(None), "too short to be the prefix");
        assert_eq!(decode("#share%3DA"), Err(ShareError::BadEncoding));
    }

    #[test]
    fn links_over_a_cap_are_refused_whole() {
        let over = |json: String| match decode(&format!("share={}", link(&json))) {
            Err(ShareError::OverLimit(e)) => e.item,
            other => panic!("{other:?}"),
        };
        let answers: Vec<String> = (0..=MAX_ANSWERS)
            .map(|i| format!(r#""q{i}":"yes""#))
            .collect();
        assert_eq!(
            over(format!(
                r#"{{"v":1,"c":"2026-11-27","a":{{{}}}}}"#,
                answers.join(",")
            )),
            Item::Answers
        );
        assert_eq!(
            over(format!(
                r#"{{"v":1,"n":"{}","c":"2026-11-27","a":{{}}}}"#,
                "n".repeat(201)
            )),
            Item::NameChars
        );
        assert_eq!(
            over(r#"{"v":1,"c":"../../etc","a":{}}"#.to_owned()),
            Item::ContentDate
        );
        let at_cap = format!(
            r#"{{"v":1,"n":"{}","c":"2026-11-27","a":{{}}}}"#,
            "é".repeat(200)
        );
        assert!(decode(&format!("share={}", link(&at_cap))).is_ok());
    }
}
