//! Small reusable pieces of the page.

pub mod downloads;
pub mod focus;
pub mod legal_refs;
pub mod notice;
pub mod progress;
pub mod share_import;
pub mod so_far;
pub mod upgrade_notice;
