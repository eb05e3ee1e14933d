//! The content of `questions/`, compiled into the crate.

use crate::catalog::{Catalog, LoadError};

include!(concat!(env!("OUT_DIR"), "/bundled_files.rs"));

/// Loads the bundled catalog.
pub fn catalog() -> Result<Catalog, LoadError> {
    Catalog::from_files(FILES.iter().copied())
}
