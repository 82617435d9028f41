//! Offering bytes the app fetched (an export) to the person as a file download.

use std::time::Duration;

use leptos::prelude::set_timeout;
use web_sys::js_sys::{Array, Uint8Array};
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Saves `bytes` as `file_name` through an object URL and a temporary `<a download>`; `false`
/// when the browser refused.
pub fn save(bytes: &[u8], file_name: &str, mime: &str) -> bool {
    offer(bytes, file_name, mime).is_some()
}

fn offer(bytes: &[u8], file_name: &str, mime: &str) -> Option<()> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    document.body()?.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel the download in some browsers; the URL is only ours anyway.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Some(())
}
