//! Entry point of the web app: install the panic hook and start. Everything else is in the
//! library so that tests can import it.

fn main() {
    // A panic's message goes to the console, where a bug report can quote it. (Smaller than the
    // console_error_panic_hook crate, which also builds a JS stack trace.)
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Rungs stopped: {info}").into());
    }));
    rungs::shell::app::start();
}
