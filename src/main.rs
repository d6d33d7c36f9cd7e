//! Entry point of the web app: install the panic hook and mount. Everything else is in the
//! library so that tests can import it.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(rungs::App);
}
