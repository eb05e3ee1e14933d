//! Writes the bundled content (postcard) to a file, for the browser build to load after the
//! first screen. Usage: `cargo run -p aiact-core --example export_content -- OUT_FILE`.

fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "content.bin".into());
    std::fs::write(&out, aiact_core::bundled::CONTENT)?;
    println!(
        "wrote {} bytes to {out}",
        aiact_core::bundled::CONTENT.len()
    );
    Ok(())
}
