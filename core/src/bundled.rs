//! The content of `questions/`, checked and compiled into the crate by `build.rs`.

use crate::catalog::{Catalog, LoadError};
use crate::model::ContentFile;

/// The content files as `(name, content)`, postcard-encoded.
static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// Loads the bundled catalog.
pub fn catalog() -> Result<Catalog, LoadError> {
    let files: Vec<(String, ContentFile)> =
        postcard::from_bytes(CONTENT).map_err(|e| LoadError {
            file: "bundled content".into(),
            path: String::new(),
            message: e.to_string(),
        })?;
    Catalog::from_contents(files)
}
