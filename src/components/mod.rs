//! Small reusable pieces of the page.

pub mod focus;
pub mod legal_refs;
pub mod notice;
pub mod progress;
