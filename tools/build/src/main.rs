//! Build-time steps of AI Act Check, run by `scripts/build.sh`:
//!
//! - `aiact-build prerender TEMPLATE OUT_DIR`: renders the first screen (intro and first
//!   question) with the app's own components into the page template, at the `<!--app-->` mark,
//!   once per language: `index.html` in English and `index.<lang>.html` for each translation,
//!   each with its `lang`, the list of the pages and, for a translation, its start file
//!   (`./start-<lang>.bin`, which the build then names by its hash).
//! - `aiact-build css STYLE`: adds to the stylesheet the words it shows (the mark on a chosen
//!   answer, the line while saved assessments open) in each translation's language.
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
        ["prerender", template, out_dir] => prerender(Path::new(template), Path::new(out_dir)),
        ["split", wasm, out] => split(Path::new(wasm), Path::new(out)),
        ["css", style] => language_css(Path::new(style)),
        _ => Err(
            "usage: aiact-build prerender TEMPLATE OUT_DIR | split WASM OUT_DIR | css STYLE".into(),
        ),
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
/// Where the list of pages and the start file go, in the template's head (before `early.js`,
/// which reads them).
const LANGUAGES: &str = "<!--languages-->";
/// The template's `lang`, replaced by each page's.
const HTML_LANG: &str = "<html lang=\"en\">";
const ENGLISH: &str = "en";

/// The file name of the page in `lang`.
fn page_name(lang: &str) -> String {
    if lang == ENGLISH {
        "index.html".to_owned()
    } else {
        format!("index.{lang}.html")
    }
}

/// The address of the page in `lang`, relative to any of them.
fn page_url(lang: &str) -> String {
    if lang == ENGLISH {
        "./".to_owned()
    } else {
        format!("./{}", page_name(lang))
    }
}

/// The content of the first screen in `lang`: the English start the app embeds, or the start
/// file of a translation, decoded as the app decodes it.
fn start_catalog(lang: &str) -> Result<aiact_core::Catalog, String> {
    let why = |e: aiact_core::LoadError| format!("the first screen's content in {lang}: {e}");
    if lang == ENGLISH {
        return aiact_core::bundled::start_catalog().map_err(why);
    }
    let bytes = aiact_core::bundled::start_in(lang).map_err(why)?;
    let mut catalog = aiact_core::bundled::decode(&bytes).map_err(why)?;
    catalog.messages.set_lang(lang);
    catalog.language.code = lang.to_owned();
    Ok(catalog)
}

/// The page in `lang`: the template with the first screen, the language and, for a
/// translation, its start file; `langs` are every page's languages, English first.
fn page(template: &str, lang: &str, langs: &[&str]) -> Result<String, String> {
    for mark in [MARK, LANGUAGES, HTML_LANG] {
        if template.matches(mark).count() != 1 {
            return Err(format!("the template must hold {mark} exactly once"));
        }
    }
    let catalog: &'static aiact_core::Catalog = Box::leak(Box::new(start_catalog(lang)?));
    let html = without_markers(&aiact_app::first_screen_html(catalog, lang));
    let pages: Vec<String> = langs
        .iter()
        .map(|l| format!("{l}={}", page_url(l)))
        .collect();
    let mut head = format!(
        "<meta name=\"aiact-pages\" content=\"{}\">",
        pages.join(" ")
    );
    for l in langs {
        head.push_str(&format!(
            "\n  <link rel=\"alternate\" hreflang=\"{l}\" href=\"{}\">",
            page_url(l)
        ));
    }
    head.push_str(&format!(
        "\n  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        page_url(ENGLISH)
    ));
    if lang != ENGLISH {
        let start = format!("./start-{lang}.bin");
        head.push_str(&format!(
            "\n  <meta name=\"aiact-start\" content=\"{start}\">\n  <link rel=\"preload\" href=\"{start}\" as=\"fetch\" crossorigin>"
        ));
    }
    let words = words_in(lang)?;
    let kept = escape(aiact_app::text::EARLY_KEPT.of(&words));
    let mut out = template
        .replace(
            HTML_LANG,
            &format!("<html lang=\"{lang}\" data-kept=\"{kept}\">"),
        )
        .replace(LANGUAGES, &head)
        .replace(MARK, &format!("<div id=\"app\">{html}</div>"));
    for t in PAGE_TEXTS {
        out = out.replace(&escape(t.english), &escape(t.of(&words)));
    }
    Ok(out)
}

/// The page's texts outside the app that the template holds in English.
const PAGE_TEXTS: [aiact_app::text::Text; 3] = [
    aiact_app::PAGE_WORDS[0],
    aiact_app::PAGE_WORDS[1],
    aiact_app::PAGE_WORDS[2],
];

/// The whole content in `lang`, for the words of the page around the app.
fn words_in(lang: &str) -> Result<aiact_core::Catalog, String> {
    aiact_core::bundled::catalog_in(lang).map_err(|e| format!("the content in {lang}: {e}"))
}

/// Text for HTML, in an element or in a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A CSS string with `text` in it, in ASCII (other characters as escapes).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || !c.is_ascii() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The stylesheet's words in each translation's language, as rules for `html[lang=…]`.
fn css_rules(langs: &[&str]) -> Result<String, String> {
    let mut out = String::from("\n/* The stylesheet's words in each language of the page. */\n");
    for lang in langs {
        let words = words_in(lang)?;
        let yours = css_string(aiact_app::text::CHOICE_YOURS.of(&words));
        let opening = css_string(aiact_app::text::INTRO_RESTORING.of(&words));
        out.push_str(&format!(
            "html[lang=\"{lang}\"] button.choice[aria-pressed=\"true\"] .label::after {{ content: \"  \\2714 \" {yours}; }}\n\
             html[lang=\"{lang}\"].returning #app:not(.live) [data-testid=\"intro\"]::before {{ content: {opening}; }}\n"
        ));
    }
    Ok(out)
}

fn language_css(style: &Path) -> Result<(), String> {
    let mut text = std::fs::read_to_string(style)
        .map_err(|e| format!("cannot read {}: {e}", style.display()))?;
    let langs: Vec<&str> = aiact_core::bundled::TRANSLATIONS
        .iter()
        .map(|(l, _)| *l)
        .collect();
    text.push_str(&css_rules(&langs)?);
    std::fs::write(style, text).map_err(|e| format!("cannot write {}: {e}", style.display()))
}

fn prerender(template: &Path, out_dir: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(template)
        .map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    let mut langs = vec![ENGLISH];
    langs.extend(aiact_core::bundled::TRANSLATIONS.iter().map(|(l, _)| *l));
    for lang in &langs {
        let html = page(&text, lang, &langs).map_err(|e| format!("{}: {e}", template.display()))?;
        let out = out_dir.join(page_name(lang));
        std::fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    Ok(())
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

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <!--languages-->\n  <script src=\"./early.js\"></script>\n</head>\n<body>\n<!--app-->\n</body>\n</html>";

    #[test]
    fn the_first_screen_holds_the_intro_the_first_question_and_the_baseline() {
        let catalog: &'static aiact_core::Catalog =
            Box::leak(Box::new(aiact_core::bundled::start_catalog().unwrap()));
        let html = without_markers(&aiact_app::first_screen_html(catalog, ENGLISH));
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

    #[test]
    fn each_language_has_its_page_with_its_first_screen_and_start_file() {
        let langs = ["en", "de", "fr"];
        let en = page(TEMPLATE, "en", &langs).unwrap();
        let de = page(TEMPLATE, "de", &langs).unwrap();
        let pages =
            "<meta name=\"aiact-pages\" content=\"en=./ de=./index.de.html fr=./index.fr.html\">";
        for p in [&en, &de] {
            assert!(p.contains(pages), "every page lists every page");
            assert!(p.contains("hreflang=\"de\" href=\"./index.de.html\""));
            assert!(
                p.find(pages) < p.find("early.js"),
                "before early.js, which reads it"
            );
        }
        assert!(en.contains("<html lang=\"en\" data-kept=") && !en.contains("aiact-start"));
        assert!(de.contains("<html lang=\"de\" data-kept="));
        assert!(de.contains("<meta name=\"aiact-start\" content=\"./start-de.bin\">"));
        let text = |lang: &str| {
            let c = start_catalog(lang).unwrap();
            c.questions().next().unwrap().text.clone()
        };
        assert!(en.contains(&text("en")) && !en.contains(&text("de")));
        assert!(de.contains(&text("de")) && !de.contains(&text("en")));
        // The page's own words and the answers in German, the switch on German.
        for word in ["Ja", "Nein", "Nicht sicher", "Sprache"] {
            assert!(
                de.contains(&format!(">{word}<")),
                "the German page says {word}"
            );
        }
        assert!(
            de.contains("value=\"de\" lang=\"de\" selected"),
            "Deutsch is chosen"
        );
        assert!(page("<html lang=\"en\"><!--app-->", "en", &langs).is_err());
    }

    #[test]
    fn each_page_has_its_title_description_and_notes_in_its_language() {
        let template =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../index.html"))
                .unwrap();
        for t in PAGE_TEXTS {
            assert_eq!(
                template.matches(&escape(t.english)).count(),
                1,
                "index.html holds {:?} once",
                t.english
            );
        }
        let de = page(&template, "de", &["en", "de", "fr"]).unwrap();
        let words = words_in("de").unwrap();
        for t in PAGE_TEXTS {
            assert!(!de.contains(&escape(t.english)), "{}", t.key);
            assert!(de.contains(&escape(t.of(&words))), "{}", t.key);
        }
        let kept = escape(aiact_app::text::EARLY_KEPT.of(&words));
        assert!(de.contains(&format!("<html lang=\"de\" data-kept=\"{kept}\">")));
        // The stylesheet's English is the messages', and each translation gets its own.
        let style = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/style.css"),
        )
        .unwrap();
        for t in [
            aiact_app::text::CHOICE_YOURS,
            aiact_app::text::INTRO_RESTORING,
        ] {
            let english = css_string(t.english);
            let inner = &english[1..english.len() - 1];
            assert!(style.contains(inner), "style.css holds {:?}", t.english);
        }
        let rules = css_rules(&["de"]).unwrap();
        assert!(rules.contains(&css_string(aiact_app::text::CHOICE_YOURS.of(&words))));
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
