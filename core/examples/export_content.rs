//! Writes the bundled content (postcard) to a file, for the browser build to load after the
//! first screen, and each bundled translation to `i18n-<lang>.bin` in a folder, for the browser
//! to load when a visitor chooses that language.
//! Usage: `cargo run -p aiact-core --example export_content -- OUT_FILE [TRANSLATIONS_DIR]`.

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "content.bin".into());
    std::fs::write(&out, aiact_core::bundled::CONTENT)?;
    println!(
        "wrote {} bytes to {out}",
        aiact_core::bundled::CONTENT.len()
    );
    if let Some(dir) = args.next() {
        for (lang, bytes) in aiact_core::bundled::TRANSLATIONS {
            let path = std::path::Path::new(&dir).join(format!("i18n-{lang}.bin"));
            std::fs::write(&path, bytes)?;
            println!("wrote {} bytes to {}", bytes.len(), path.display());
        }
    }
    Ok(())
}
