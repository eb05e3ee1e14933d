//! Build-time steps of AI Act Check, run by `scripts/build.sh`:
//!
//! - `aiact-build prerender TEMPLATE OUT`: renders the first screen (intro and first question)
//!   with the app's own components into the page template, at the `<!--app-->` mark.
//! - `aiact-build split WASM OUT_DIR`: cuts the code beyond the first screen out of the wasm
//!   module (the split points of `src/later.rs`) into modules loaded after it, with the
//!   loader `__wasm_split.js`; the main module is written to `OUT_DIR/main.wasm`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["prerender", template, out] => prerender(Path::new(template), Path::new(out)),
        ["split", wasm, out] => split(Path::new(wasm), Path::new(out)),
        _ => Err("usage: aiact-build prerender TEMPLATE OUT | split WASM OUT_DIR".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("aiact-build: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where the first screen goes in the template.
const MARK: &str = "<!--app-->";

fn prerender(template: &Path, out: &Path) -> Result<(), String> {
    let page = std::fs::read_to_string(template)
        .map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    if page.matches(MARK).count() != 1 {
        return Err(format!(
            "{} must hold {MARK} exactly once",
            template.display()
        ));
    }
    let catalog = aiact_core::bundled::start_catalog()
        .map_err(|e| format!("the first screen's content does not load: {e}"))?;
    let html = without_markers(&aiact_app::first_screen_html(Box::leak(Box::new(catalog))));
    let page = page.replace(MARK, &format!("<div id=\"app\">{html}</div>"));
    std::fs::write(out, page).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// The HTML without the comments that mark dynamic parts for hydration: the app replaces this
/// markup rather than hydrating it. (Text is escaped, so `<!` only ever starts a comment.)
fn without_markers(html: &str) -> String {
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

fn split(wasm: &Path, out_dir: &Path) -> Result<(), String> {
    let input = std::fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    let main_out: PathBuf = out_dir.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = out_dir;
    options.main_out_path = &main_out;
    options.main_module = "./app.js";
    options.link_name = "./__wasm_split.js";
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("{e:#}"))?;
    let mut names: Vec<String> = split
        .split_modules
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    names.sort();
    println!("split modules: {}", names.join(", "));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_holds_the_intro_the_first_question_and_the_baseline() {
        let catalog: &'static aiact_core::Catalog =
            Box::leak(Box::new(aiact_core::bundled::start_catalog().unwrap()));
        let html = without_markers(&aiact_app::first_screen_html(catalog));
        let first = catalog.questions().next().unwrap();
        for part in [
            "data-testid=\"intro\"",
            "data-testid=\"question-text\"",
            "data-testid=\"baseline\"",
            "nothing is sent anywhere",
            &catalog.version.legal_baseline,
        ] {
            assert!(html.contains(part), "the first screen holds {part}");
        }
        assert!(html.contains(&format!("data-question-id=\"{}\"", first.id)));
        assert!(
            !html.contains("<!>") && !html.contains("<!--"),
            "no hydration markers"
        );
        assert!(!html.contains("<script"), "no script");
    }
}
