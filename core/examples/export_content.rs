//! Writes the bundled content (postcard) to a file, for the browser build to load after the
//! first screen, and into a folder, for each bundled translation, `i18n-<lang>.bin` (the whole
//! translation, loaded by a visitor who uses that language) and `start-<lang>.bin` (the first
//! screen's content and words in that language, loaded before the page in that language starts).
//! Usage: `cargo run -p aiact-core --example export_content -- OUT_FILE [TRANSLATIONS_DIR]`.

use std::path::Path;

fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)?;
    println!("wrote {} bytes to {}", bytes.len(), path.display());
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "content.bin".into());
    write(Path::new(&out), aiact_core::bundled::CONTENT)?;
    if let Some(dir) = args.next() {
        let dir = Path::new(&dir);
        for (lang, bytes) in aiact_core::bundled::TRANSLATIONS {
            write(&dir.join(format!("i18n-{lang}.bin")), bytes)?;
            let start = aiact_core::bundled::start_in(lang)
                .map_err(|e| format!("the start of the content in {lang}: {e}"))?;
            write(&dir.join(format!("start-{lang}.bin")), &start)?;
        }
    }
    Ok(())
}
