//! Share links as people paste them: a fragment whose `=` was percent-encoded on the way
//! (`#share%3D…`, as some mail and chat programs do) is recognised, and a link that would be too
//! long to open again is reported instead of made.

use std::borrow::Cow;

/// The fragment with a leading `#` removed and percent-escapes decoded when that turns it into
/// a share link; anything else is returned as it is.
pub fn normalize(fragment: &str) -> Cow<'_, str> {
    let bare = fragment.trim_start_matches('#');
    if bare.starts_with(aiact_core::share::PREFIX) || !bare.contains('%') {
        return Cow::Borrowed(bare);
    }
    match percent_decode(bare) {
        Some(decoded) if decoded.starts_with(aiact_core::share::PREFIX) => Cow::Owned(decoded),
        _ => Cow::Borrowed(bare),
    }
}

/// Whether a fragment is meant as a share link (even a damaged one), so that it is reported
/// rather than ignored when it cannot be read.
pub fn looks_like_share(fragment: &str) -> bool {
    let bare = normalize(fragment);
    bare.get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("share"))
}

/// Decodes `%XX` escapes; `None` if an escape is malformed or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A share link too long to be opened again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong(pub usize);

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "This assessment is too large for a share link ({} characters; a link can carry at most {}). Download the answers file instead and send that.",
            self.0,
            aiact_core::share::MAX_LEN
        )
    }
}

/// The whole link for a share fragment (as `share::encode` makes it) on the page at `page_url`,
/// or [`TooLong`] if the link could not be opened again.
pub fn link(page_url: &str, fragment: &str) -> Result<String, TooLong> {
    let payload = fragment
        .strip_prefix(aiact_core::share::PREFIX)
        .unwrap_or(fragment);
    if payload.len() > aiact_core::share::MAX_LEN {
        return Err(TooLong(payload.len()));
    }
    let base = page_url.split('#').next().unwrap_or_default();
    Ok(format!("{base}#{fragment}"))
}
