//! Entry point of the web app: takes over the pre-rendered first screen.

fn main() {
    aiact_app::start();
}
