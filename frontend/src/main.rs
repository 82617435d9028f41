//! Overstap's single-page app for parents and school staff: mounts `App` on the page body.

mod api;
mod app;
mod components;
mod download;
mod i18n;
mod pages;
mod query;
mod session;
mod storage;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
