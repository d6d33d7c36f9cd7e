//! Thin adapters over browser APIs: the only place outside components that touches `web-sys`.
//! Each one degrades to a harmless default when the API is missing, so the app still starts in
//! unusual embeddings (sandboxed frames, test harnesses).

pub mod local_store;

/// The current URL fragment, including the leading `#`, or an empty string.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The viewport's width in CSS pixels, if the browser says.
pub fn viewport_width() -> Option<f64> {
    web_sys::window()?.inner_width().ok()?.as_f64()
}

/// Sets a `performance.mark` once, so the benchmark can read the time from navigation start to
/// a milestone such as the first rendered radar. Later calls with the same name are ignored.
pub fn mark_once(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}

/// Replaces the URL fragment without adding a history entry or firing `hashchange`, so that a
/// search field can keep its URL current while the user types without losing focus.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Today's date in the browser's time zone, as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// How long a download's object URL lives after the click. Revoking it at once makes some
/// browsers cancel the download; a minute is ample for any to start it.
const DOWNLOAD_URL_LIFETIME_MS: i32 = 60_000;

/// Offers `blob` as a download named `file_name`.
fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "the browser refused to create a download")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .dyn_into()
        .map_err(|_| "cannot create a link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Freed after the download has started; the callback frees itself once called.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        DOWNLOAD_URL_LIFETIME_MS,
    );
    Ok(())
}

/// Offers `text` as a download named `file_name` with the MIME type `mime`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser refused to create a file")?;
    download_blob(file_name, &blob)
}

/// Renders `svg` onto a canvas of `width`×`height` pixels (white background) and offers it as a
/// PNG download. Resolves once the download is offered, or with why it could not be: the image
/// must load and the canvas be encoded first, and either can fail.
pub async fn download_svg_as_png(
    file_name: &str,
    svg: &str,
    width: u32,
    height: u32,
) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| "cannot create an image")?;
    let encoded: String = js_sys::encode_uri_component(svg).into();
    let loading = image.clone();
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        loading.set_onload(Some(&resolve));
        loading.set_onerror(Some(&reject));
    });
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(loaded)
        .await
        .map_err(|_| "the chart could not be turned into an image")?;
    image.set_onload(None);
    image.set_onerror(None);
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| "cannot create a canvas")?
        .dyn_into()
        .map_err(|_| "cannot create a canvas")?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("the browser cannot draw here")?;
    context.set_fill_style_str("#ffffff");
    let (w, h) = (f64::from(width), f64::from(height));
    context.fill_rect(0.0, 0.0, w, h);
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)
        .map_err(|_| "the chart could not be drawn")?;
    let encoding = canvas.clone();
    let blob = js_sys::Promise::new(&mut |resolve, reject| {
        if encoding.to_blob(&resolve).is_err() {
            let _ = reject.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let blob: web_sys::Blob = JsFuture::from(blob)
        .await
        .ok()
        .and_then(|b| b.dyn_into().ok())
        .ok_or("the browser could not make the PNG file")?;
    download_blob(file_name, &blob)
}

/// Fetches a text file from the app's own origin.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the answer was not a response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| "the answer has no text".to_string())?;
    JsFuture::from(text)
        .await
        .map_err(|_| "the answer could not be read".to_string())?
        .as_string()
        .ok_or_else(|| "the answer is not text".to_string())
}

/// The page's address without its fragment.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}{}",
                location.origin().ok()?,
                location.pathname().ok()?,
                location.search().ok()?
            ))
        })
        .unwrap_or_default()
}

/// Puts `text` on the clipboard. Fails where the Clipboard API is missing (pages served over
/// plain HTTP from another host) or the browser refuses; the caller then shows the text to copy
/// by hand.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .map_err(|_| "no clipboard")?;
    if clipboard.is_undefined() {
        return Err("this page cannot use the clipboard".into());
    }
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "the browser refused to copy".into())
}

/// Reads the first file chosen in the file input that fired `event` and hands `then` its name
/// and text, or why it could not be read. A file larger than `max_bytes` is refused by its size,
/// before any of it is read. The input is cleared afterwards, so that choosing the same file
/// again (after fixing it) reads it again.
pub fn read_chosen_file_then(
    event: &web_sys::Event,
    max_bytes: usize,
    then: impl FnOnce(Result<(String, String), String>) + 'static,
) {
    use wasm_bindgen::JsCast;
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let file = input.files().and_then(|files| files.get(0));
    read_file_then(file, max_bytes, move |result| {
        input.set_value("");
        then(result);
    });
}

/// As [`read_chosen_file_then`], for the first file dropped by a drag-and-drop `event`.
pub fn read_dropped_file_then(
    event: &web_sys::DragEvent,
    max_bytes: usize,
    then: impl FnOnce(Result<(String, String), String>) + 'static,
) {
    let file = event
        .data_transfer()
        .and_then(|transfer| transfer.files())
        .and_then(|files| files.get(0));
    read_file_then(file, max_bytes, then);
}

fn read_file_then(
    file: Option<web_sys::File>,
    max_bytes: usize,
    then: impl FnOnce(Result<(String, String), String>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let read = async {
            let file = file.ok_or("no file was chosen")?;
            if file.size() > max_bytes as f64 {
                let megabytes = (file.size() as u64).div_ceil(1_000_000);
                return Err(format!(
                    "{} is too large to open (about {megabytes} MB; the limit is {} MB).",
                    file.name(),
                    max_bytes / 1_000_000
                ));
            }
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .map_err(|_| "the file could not be read".to_string())?
                .as_string()
                .ok_or("the file is not text")?;
            Ok::<_, String>((file.name(), text))
        };
        then(read.await);
    });
}

/// The address that opens `fragment` (starting with `#`) in this app, wherever it is hosted.
pub fn address_of(fragment: &str) -> String {
    format!("{}{fragment}", page_address())
}

/// The current time as an ISO 8601 string in UTC.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}
