//! AI Act Check engine: the content model, loading, validation, questionnaire flow and
//! assessment. Pure Rust with no web dependencies; the web shell and tests build on it.

#![forbid(unsafe_code)]

pub mod answers;
pub mod assess;
pub mod bundled;
pub mod catalog;
pub mod envelope;
pub mod eval;
pub mod flow;
pub mod i18n;
pub mod iso;
pub mod labels;
pub mod model;
pub mod plan;
pub mod refs;
pub mod register;
pub mod report;
pub mod search;
pub mod share;
pub mod upgrade;
pub mod validate;

pub use answers::{Answer, Answers};
pub use assess::{Assessment, assess};
pub use catalog::{Catalog, LoadError};
pub use flow::{Flow, flow};
pub use validate::{Diagnostic, validate};
