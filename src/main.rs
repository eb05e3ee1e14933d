//! Entry point of the web app: mounts [`aiact_app::App`] on the page body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(aiact_app::App);
}
