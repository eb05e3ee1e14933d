//! The screens of the questionnaire.

pub mod question;
pub mod result;
