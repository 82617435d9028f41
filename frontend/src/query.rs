//! URL query strings, for API paths and for the app's own links (filters live in the URL).

/// `?name=value&…` from the pairs that have a value, percent-encoded; empty when none has.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<String>)>) -> String {
    let encode = |text: &str| String::from(web_sys::js_sys::encode_uri_component(text));
    let joined: Vec<String> = pairs
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| format!("{name}={}", encode(&value))))
        .collect();
    if joined.is_empty() {
        String::new()
    } else {
        format!("?{}", joined.join("&"))
    }
}
