//! The code that the first question does not need, loaded as separate WebAssembly modules right
//! after the first screen is shown (feature `split`: the release build cuts them out of the main
//! module with wasm-split; other builds link them in and load nothing).
//!
//! Each module is reached through one split function that returns a table of plain function
//! pointers, so that everything it holds is called synchronously once loaded. This is Leptos'
//! `#[lazy]` mechanism (`wasm_split`) with its `fallible` option: a failed download is an error
//! the page reports and retries, never an abort of the whole module.

use crate::components;
use crate::state::{AppState, Offer};
use aiact_core::envelope::Envelope;
use aiact_core::report::{self, ImportError, Report};
use aiact_core::share::{EncodeError, ShareError, Shared};
use aiact_core::upgrade::UpgradeReport;
use aiact_core::{Answers, Assessment, Catalog};
use leptos::prelude::*;

/// A module could not be downloaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadFailed;

impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

impl std::fmt::Display for LoadFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("part of the page could not be downloaded")
    }
}

/// The screens after the first question, each built from the shared state in context.
pub struct Screens {
    /// Progress by section.
    pub progress: fn() -> AnyView,
    /// The likely result while answering.
    pub so_far: fn() -> AnyView,
    /// Every answer, with links to change it.
    pub review: fn() -> AnyView,
    /// The result with its downloads.
    pub result: fn() -> AnyView,
    /// The saved assessments.
    pub library: fn() -> AnyView,
    /// The decision logic in the open.
    pub method: fn() -> AnyView,
    /// What a content update changed.
    pub upgrade_notice: fn() -> AnyView,
    /// The confirmation of an import.
    pub import_panel: fn() -> AnyView,
    /// For a returning visitor: continue the open assessment or start a new one.
    pub way_back: fn() -> AnyView,
}

/// The planning screens, in a module of their own loaded when one of them is first opened.
pub struct Planning {
    /// The plan editor.
    pub plan: fn() -> AnyView,
    /// "Is our ISO/IEC 42001 enough?", with the clauses and controls in place.
    pub head_start: fn() -> AnyView,
    /// The register of every assessed system.
    pub register: fn() -> AnyView,
}

/// The engine's assessment, reports and readers of outside input, and the later screens.
pub struct Later {
    /// Assesses answers (`aiact_core::assess`).
    pub assess: fn(&Catalog, &Answers, &str) -> Assessment,
    /// Builds the report model.
    pub report: fn(&Catalog, &Envelope, &Assessment, &str) -> Report,
    /// Carries an assessment over to newer content.
    pub upgrade: fn(&Catalog, &mut Envelope, &str) -> UpgradeReport,
    /// The share-link fragment of an assessment.
    pub share_fragment: fn(&Catalog, &Envelope) -> Result<String, EncodeError>,
    /// Reads a share-link fragment.
    pub read_share: fn(&str) -> Result<Option<Shared>, ShareError>,
    /// Reads an answers file or JSON report; an error says why in words for the person
    /// (written here, so that the engine's texts stay out of the first download).
    pub import: fn(&str) -> Result<Envelope, String>,
    /// The content in the language of a translation file (its bytes as the build writes them).
    pub localize: fn(&Catalog, &[u8]) -> Result<Catalog, aiact_core::LoadError>,
    /// A tier's short name in the language of the content.
    pub tier_label: fn(&'static Catalog, aiact_core::model::Tier) -> &'static str,
    /// Reads back what is saved in the browser and starts following other tabs.
    pub restore: fn(AppState),
    /// Work that waited for the engine or the whole content (carrying over, stamping, the
    /// assessment "so far").
    pub catch_up: fn(AppState),
    /// Does what a notice about saved assessments offers.
    pub accept: fn(AppState, Offer),
    /// Reads a share link from the address.
    pub take_share_link: fn(AppState),
    /// The screens.
    pub screens: Screens,
}

/// A download format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Self-contained HTML report (prints to PDF).
    Html,
    /// Markdown report.
    Markdown,
    /// Obligations as CSV.
    Csv,
    /// ISO/IEC 42001 Statement of Applicability as CSV.
    Soa,
    /// JSON report, importable.
    Json,
    /// Procurement answer sheet.
    Procurement,
    /// The answers file.
    Answers,
    /// The plan's due dates as a calendar file (iCalendar).
    Calendar,
    /// The plan as CSV for issue trackers.
    Tracker,
}

/// A file ready to download.
pub struct File {
    /// File name.
    pub name: String,
    /// Media type.
    pub mime: &'static str,
    /// Content.
    pub text: String,
}

/// The report renderers.
pub struct Downloads {
    /// Renders the report (or the answers) in a format.
    pub render: fn(Format, &Report, &Envelope) -> File,
}

fn render(format: Format, r: &Report, env: &Envelope) -> File {
    let (what, ext, mime, text) = match format {
        Format::Html => ("report", "html", "text/html", report::render_html(r)),
        Format::Markdown => ("report", "md", "text/markdown", report::render_markdown(r)),
        Format::Csv => ("obligations", "csv", "text/csv", report::render_csv(r)),
        Format::Soa => ("iso42001-soa", "csv", "text/csv", report::render_soa_csv(r)),
        Format::Json => (
            "report",
            "json",
            "application/json",
            report::render_json(r, env),
        ),
        Format::Procurement => (
            "procurement",
            "txt",
            "text/plain",
            report::render_procurement(r),
        ),
        Format::Answers => ("answers", "json", "application/json", env.encode()),
        Format::Calendar => (
            "deadlines",
            "ics",
            "text/calendar",
            report::render_ics(r, env),
        ),
        Format::Tracker => ("plan", "csv", "text/csv", report::render_tracker_csv(r)),
    };
    File {
        name: report::file_name(r, what, ext),
        mime,
        text,
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn later() -> Result<&'static Later, LoadFailed> {
    static LATER: Later = Later {
        assess: aiact_core::assess,
        report: report::build,
        upgrade: aiact_core::upgrade::upgrade,
        share_fragment: aiact_core::share::encode,
        read_share: aiact_core::share::decode,
        import: |text| report::import(text).map_err(|e: ImportError| e.to_string()),
        localize: |cat, bytes| {
            let translation = aiact_core::bundled::decode_translation(bytes)?;
            Ok(aiact_core::i18n::localize(cat, &translation))
        },
        tier_label: |cat, tier| tier.label_in(&cat.messages),
        restore: |s| s.restore(),
        catch_up: |s| s.catch_up(),
        accept: |s, offer| s.accept(offer),
        take_share_link: crate::app::take_share_link,
        screens: Screens {
            progress: || view! { <components::progress::Progress /> }.into_any(),
            so_far: || view! { <components::progress::SoFar /> }.into_any(),
            review: || view! { <components::review::Review /> }.into_any(),
            result: || view! { <components::result::ResultScreen /> }.into_any(),
            library: || view! { <components::library::Library /> }.into_any(),
            method: || view! { <components::library::Method /> }.into_any(),
            upgrade_notice: || view! { <components::dialogs::UpgradeNotice /> }.into_any(),
            import_panel: || view! { <components::dialogs::ImportPanel /> }.into_any(),
            way_back: || view! { <components::library::WayBack /> }.into_any(),
        },
    };
    Ok(&LATER)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(downloads, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn downloads() -> Result<&'static Downloads, LoadFailed> {
    static DOWNLOADS: Downloads = Downloads { render };
    Ok(&DOWNLOADS)
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(planning, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn planning() -> Result<&'static Planning, LoadFailed> {
    static PLANNING: Planning = Planning {
        plan: || view! { <components::plan::PlanScreen /> }.into_any(),
        head_start: || view! { <components::headstart::HeadStartScreen /> }.into_any(),
        register: || view! { <components::register::Register /> }.into_any(),
    };
    Ok(&PLANNING)
}

/// Loads the planning screens.
pub async fn load_planning() -> Result<&'static Planning, LoadFailed> {
    #[cfg(feature = "split")]
    {
        planning().await
    }
    #[cfg(not(feature = "split"))]
    {
        planning()
    }
}

/// Loads the engine and the later screens.
pub async fn load_later() -> Result<&'static Later, LoadFailed> {
    #[cfg(feature = "split")]
    {
        later().await
    }
    #[cfg(not(feature = "split"))]
    {
        later()
    }
}

/// Loads the report renderers.
pub async fn load_downloads() -> Result<&'static Downloads, LoadFailed> {
    #[cfg(feature = "split")]
    {
        downloads().await
    }
    #[cfg(not(feature = "split"))]
    {
        downloads()
    }
}
