//! The content of `questions/`, checked and compiled into the crate by `build.rs`, in two forms:
//! everything, and just what the first screen needs (the version and the first section), so
//! that a browser build can show the first question at once and load the rest alongside.

use crate::catalog::{Catalog, LoadError};
use crate::model::ContentFile;

/// All content files as `(name, content)`, postcard-encoded.
pub static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The version and the first section only, postcard-encoded.
pub static START: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-start.bin"));

/// Decodes content encoded like [`CONTENT`] (e.g. fetched as a file) into a catalog.
pub fn decode(bytes: &[u8]) -> Result<Catalog, LoadError> {
    let files: Vec<(String, ContentFile)> = postcard::from_bytes(bytes).map_err(|e| LoadError {
        file: "content".into(),
        path: String::new(),
        message: e.to_string(),
    })?;
    Catalog::from_contents(files)
}

/// The whole bundled catalog.
pub fn catalog() -> Result<Catalog, LoadError> {
    decode(CONTENT)
}

/// The catalog of the first screen: the version and the first section, no rules.
pub fn start_catalog() -> Result<Catalog, LoadError> {
    decode(START)
}
