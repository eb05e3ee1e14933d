//! The screens of the questionnaire.

pub mod intro;
pub mod question;
pub mod result;
pub mod review;
