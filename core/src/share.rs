//! Share links: an assessment's name, content date and answers, encoded into the URL fragment
//! (`#share=…`), which browsers never send to a server.
//!
//! The payload is compact JSON in unpadded base64url. Base64 is written out here (forty lines)
//! rather than taken from a crate, to keep the browser bundle small.

use crate::answers::Answers;
use crate::envelope::Envelope;
use serde::{Deserialize, Serialize};

/// Fragment prefix of share links.
pub const PREFIX: &str = "share=";
/// Longest payload accepted, in characters.
pub const MAX_LEN: usize = 64 * 1024;

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
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::TooLong(n) => write!(
                f,
                "the link is too long ({n} characters) to be a share link of this tool"
            ),
            ShareError::BadEncoding => {
                f.write_str("the link is damaged (it may have been cut off when copied)")
            }
            ShareError::BadContent(why) => {
                write!(f, "the link does not hold an assessment ({why})")
            }
            ShareError::Newer(v) => write!(
                f,
                "the link comes from a newer version of this tool (format {v})"
            ),
        }
    }
}

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

/// The fragment (without `#`) that shares this assessment.
pub fn encode(env: &Envelope) -> String {
    let shared = Shared {
        v: 1,
        n: env.name.clone(),
        c: env.content_date.clone(),
        a: env.answers.clone(),
    };
    let json = serde_json::to_string(&shared).unwrap_or_default();
    format!("{PREFIX}{}", base64url_encode(json.as_bytes()))
}

/// Reads a fragment (with or without `#`); `Ok(None)` if it is not a share link at all.
pub fn decode(fragment: &str) -> Result<Option<Shared>, ShareError> {
    let Some(payload) = fragment.trim_start_matches('#').strip_prefix(PREFIX) else {
        return Ok(None);
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
    Ok(Some(shared))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use proptest::prelude::*;

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

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn share_links_round_trip_any_answers(
            name in ".{0,40}",
            answers in prop::collection::btree_map("[a-z_.]{1,20}", prop_oneof![
                ".{0,30}".prop_map(Answer::One),
                prop::collection::vec("[a-z_]{1,10}", 0..5).prop_map(Answer::Many),
            ], 0..30),
        ) {
            let mut env = Envelope::new("2026-11-27", "now");
            env.name = name;
            env.answers = answers;
            let link = encode(&env);
            prop_assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "=-_".contains(c)));
            let shared = decode(&format!("#{link}")).unwrap().unwrap();
            prop_assert_eq!(shared.n, env.name);
            prop_assert_eq!(shared.a, env.answers);
        }

        #[test]
        fn random_fragments_never_panic(s in ".{0,200}") {
            let _ = decode(&format!("share={s}"));
        }
    }
}
