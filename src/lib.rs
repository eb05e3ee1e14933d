//! AI Act Check web shell over the `aiact-core` engine: state, storage, downloads, and the page
//! rendered from the state by pure functions. No legal logic here.

#![forbid(unsafe_code)]

mod app;
mod content;
mod download;
mod events;
mod state;
pub mod storage;
pub mod view;

pub use app::App;
