//! Share links as people paste them: a fragment that starts like a share link is reported when
//! it cannot be read (rather than ignored), and a link that would be too long to open again is
//! refused with the reason (the engine's `share::encode` bounds it).

use aiact_core::share::EncodeError;

/// Whether a fragment is meant as a share link (even a damaged one, or one whose `=` was
/// percent-encoded on the way), so that it is reported rather than ignored when it cannot be
/// read.
pub fn looks_like_share(fragment: &str) -> bool {
    fragment
        .trim_start_matches('#')
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("share"))
}

/// The whole link on the page at `page_url` for a share fragment as `share::encode` makes it,
/// or why none can be made.
pub fn link(page_url: &str, fragment: Result<String, EncodeError>) -> Result<String, EncodeError> {
    let base = page_url.split('#').next().unwrap_or_default();
    fragment.map(|f| format!("{base}#{f}"))
}
