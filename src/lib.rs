//! AI Act Check web shell: Leptos components over the `aiact-core` engine. No legal logic here.

#![forbid(unsafe_code)]

mod app;
mod components;
mod download;
mod pages;
mod state;
pub mod storage;

pub use app::App;
