//! The app shell shared by both bundles: contexts, router, header and footer around the
//! bundle's route table, and the fallback that hands another bundle's path to the server.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use overstap_api_types::Role;
use overstap_api_types::spa::{Bundle, bundle_for};
use uuid::Uuid;

use crate::api;
use crate::components::school_switch::{SchoolSwitch, switch_error_text, switchable_schools};
use crate::components::site_header::SiteHeader;
use crate::i18n::{I18n, Lang, tx, use_i18n};
use crate::pages::not_found::NotFound;
use crate::session::{Session, SessionEnd, home_path, use_session};

/// The bundle's route table (a `<Routes>` view), rendered inside the shell's `<main>`.
pub type RouteTable = fn() -> AnyView;

/// Mounts the app on the page body with `routes` as its route table.
pub fn start(routes: RouteTable) {
    console_error_panic_hook::set_once();
    // The remembered language's texts first, so the first page is already in it. Leptos's own
    // `spawn_local` needs the executor that mounting starts, hence the plain browser one here.
    wasm_bindgen_futures::spawn_local(async move {
        crate::i18n::prepare().await;
        leptos::mount::mount_to_body(move || view! { <App routes /> });
    });
}

#[component]
fn App(routes: RouteTable) -> impl IntoView {
    I18n::provide();
    Session::provide();
    view! {
        <Router>
            <Layout routes />
        </Router>
    }
}

/// The route fallback: a path of the other bundle is loaded from the server (which answers it
/// with that bundle); a path of this bundle that no route matches is "not found".
#[component]
pub fn ElsewhereOrNotFound(bundle: Bundle) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if bundle_for(&path) == bundle {
        return view! { <NotFound /> }.into_any();
    }
    let target = format!(
        "{path}{}{}",
        location.search.get_untracked(),
        location.hash.get_untracked()
    );
    let browser = window().location();
    // A client-side navigation may already have pushed the new address; do not add it twice.
    let pushed = browser.pathname().is_ok_and(|current| current == path);
    let _ = if pushed {
        browser.replace(&target)
    } else {
        browser.assign(&target)
    };
    ().into_any()
}

#[component]
fn Layout(routes: RouteTable) -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    // Re-read whenever someone signs in or out, or finishes setting up two-step sign-in (until
    // then the server refuses `/me` to a coordinator or board admin).
    let me = LocalResource::new(move || {
        let signed_in = session.role().is_some() && !session.two_step_setup();
        async move {
            if signed_in {
                api::me().await.ok()
            } else {
                None
            }
        }
    });
    let t = crate::i18n::use_texts();
    // A parent is named after their child in the page's language; staff by their own name.
    let display_name = Signal::derive(move || {
        me.get().flatten().map(|me| match me.child {
            Some(child) => t.get().parent_of(&child.first_name),
            None => me.display_name,
        })
    });
    let home = Signal::derive(move || session.role().map_or("/", home_path));
    let signed_in = Signal::derive(move || session.role().is_some());
    let staff = Signal::derive(move || session.role().is_some_and(|role| role != Role::Parent));
    let sign_out = Callback::new(move |()| {
        // The tokens are dropped at once; the page leaves (often to another bundle, a full page
        // load) only once the server has ended the session and removed its cookie, so the next
        // page never starts with a cookie of a session that is gone.
        let revoke = api::sign_out();
        spawn_local(async move {
            // A failed revoke expires on its own; the session ends here either way.
            let _ = revoke.await;
            session.end(SessionEnd::SignedOut);
        });
    });

    // Staff at several schools: which one this session works on, and a switch to another.
    let schools = Signal::derive(move || {
        me.get()
            .flatten()
            .map(|me| switchable_schools(&me))
            .unwrap_or_default()
    });
    let current_school = Signal::derive(move || {
        me.get()
            .flatten()
            .and_then(|me| me.school.map(|school| school.id))
    });
    let switching = RwSignal::new(false);
    let switch_error = RwSignal::new(None::<api::ApiError>);
    let on_switch = Callback::new(move |school: Uuid| {
        switching.set(true);
        switch_error.set(None);
        spawn_local(async move {
            match api::switch_school(school).await {
                // A full page load at the workspace's start page: the header reads `/me` again
                // and no page keeps showing the previous school's data.
                Ok(()) => {
                    let home = session.role_untracked().map_or("/", home_path);
                    let _ = window().location().assign(home);
                }
                Err(error) => {
                    switching.set(false);
                    switch_error.set(Some(error));
                    me.refetch();
                }
            }
        });
    });
    // The session is this browser's: a switch in another tab leaves this one showing the
    // previous school while its requests already act on the new one. Start over here too.
    let other_tab_switched =
        window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(api::tokens::SCHOOL_SWITCHED) {
                let home = session.role_untracked().map_or("/", home_path);
                let _ = window().location().assign(home);
            }
        });
    on_cleanup(move || other_tab_switched.remove());
    let switch_error_message = Signal::derive(move || {
        switch_error.with(|error| error.as_ref().map(|e| switch_error_text(t.get(), e)))
    });

    // A parent's choice also goes to the server: the e-mails follow it.
    let on_language = Callback::new(move |lang: Lang| {
        if session.role_untracked() == Some(Role::Parent) {
            spawn_local(async move {
                // Remembered in this browser either way; the e-mails then stay in the old one.
                let _ = api::set_parent_language(lang.portal()).await;
            });
        }
    });

    // The router would treat `#main` as a navigation; move the focus there ourselves.
    let main = NodeRef::<leptos::html::Main>::new();
    let skip_to_main = move |event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = main.get() {
            let _ = main.focus();
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {tx(|t| t.skip_to_content())}
        </a>
        <SiteHeader home display_name signed_in staff on_sign_out=sign_out on_language>
            <SchoolSwitch
                schools
                current=current_school
                pending=switching
                error=switch_error_message
                on_switch
            />
        </SiteHeader>
        <main id="main" class="site-main" tabindex="-1" node_ref=main>
            {routes()}
        </main>
        <footer class="site-footer">
            <p>{tx(|t| t.footer())}</p>
            <p>
                <a href="/privacy" data-testid="privacy-link">
                    {move || i18n.lang().texts().privacy.link()}
                </a>
            </p>
        </footer>
    }
}
