//! Who is signed in (as a context signal), each role's home, and the route guards built on them.

use leptos::prelude::{
    ChildrenFn, Get, GetUntracked, IntoAny, IntoView, RwSignal, Set, component, expect_context,
    provide_context, view,
};
use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;
use overstap_api_types::Role;

use crate::{api, storage};

/// Why the last session ended, kept over the full page load that a move to the other bundle
/// makes (a staff member who signs out lands on the welcome bundle's landing page).
const ENDED_KEY: &str = "overstap.session_ended";

/// Why the last session ended; the next page tells the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    SignedOut,
    Expired,
}

impl SessionEnd {
    const fn as_str(self) -> &'static str {
        match self {
            SessionEnd::SignedOut => "signed_out",
            SessionEnd::Expired => "expired",
        }
    }
}

/// How long a stored reason stays news: the page load that follows it, not a later visit.
const ENDED_FRESH_MS: f64 = 30_000.0;

fn store_end(why: SessionEnd) {
    storage::set(
        ENDED_KEY,
        &format!("{} {}", why.as_str(), js_sys::Date::now()),
    );
}

/// The reason stored just before this page load, told once.
fn take_stored_end() -> Option<SessionEnd> {
    let stored = storage::get(ENDED_KEY)?;
    storage::remove(ENDED_KEY);
    let (why, at) = stored.split_once(' ')?;
    let at: f64 = at.parse().ok()?;
    if js_sys::Date::now() - at > ENDED_FRESH_MS {
        return None;
    }
    match why {
        "signed_out" => Some(SessionEnd::SignedOut),
        "expired" => Some(SessionEnd::Expired),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Session {
    role: RwSignal<Option<Role>>,
    ended: RwSignal<Option<SessionEnd>>,
    /// The server refuses this staff member everything until two-step sign-in is set up.
    two_step_setup: RwSignal<bool>,
}

impl Session {
    /// Restores a stored session and provides it to the whole app.
    pub fn provide() -> Self {
        let session = Session {
            role: RwSignal::new(api::stored_role()),
            ended: RwSignal::new(take_stored_end()),
            two_step_setup: RwSignal::new(false),
        };
        api::on_session_expired(move || {
            if session.role.get_untracked().is_some() {
                session.end(SessionEnd::Expired);
            }
        });
        api::on_two_step_setup_required(move || session.two_step_setup.set(true));
        provide_context(session);
        session
    }

    pub fn role(&self) -> Option<Role> {
        self.role.get()
    }

    pub fn role_untracked(&self) -> Option<Role> {
        self.role.get_untracked()
    }

    pub fn ended(&self) -> Option<SessionEnd> {
        self.ended.get()
    }

    pub fn start(&self, role: Role) {
        storage::remove(ENDED_KEY);
        self.ended.set(None);
        self.role.set(Some(role));
    }

    /// Whether the person must set up two-step sign-in before anything else.
    pub fn two_step_setup(&self) -> bool {
        self.two_step_setup.get()
    }

    pub fn set_two_step_setup(&self, required: bool) {
        self.two_step_setup.set(required);
    }

    pub fn end(&self, why: SessionEnd) {
        store_end(why);
        self.ended.set(Some(why));
        self.role.set(None);
        self.two_step_setup.set(false);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// The page each role lands on after signing in.
pub const fn home_path(role: Role) -> &'static str {
    match role {
        Role::Parent => "/ouder",
        Role::PoStaff => "/po",
        Role::VoStaff => "/vo",
        Role::BoardAdmin => "/bestuur",
        Role::Coordinator => "/coordinator",
    }
}

/// Where staff set up and manage two-step sign-in.
pub const TWO_STEP_PATH: &str = "/inloggen/school/tweestaps";

pub const fn sign_in_path(role: Role) -> &'static str {
    match role {
        Role::Parent => "/inloggen/ouder",
        _ => "/inloggen/school",
    }
}

fn replace() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        ..NavigateOptions::default()
    }
}

/// Shows `children` to a person signed in as `role`; sends anyone else where they belong.
#[component]
pub fn RequireRole(role: Role, children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    move || match session.role() {
        Some(_) if session.two_step_setup() => {
            view! { <Redirect path=TWO_STEP_PATH options=replace() /> }.into_any()
        }
        Some(current) if current == role => children().into_any(),
        Some(other) => view! { <Redirect path=home_path(other) options=replace() /> }.into_any(),
        None if session.ended() == Some(SessionEnd::SignedOut) => {
            view! { <Redirect path="/" options=replace() /> }.into_any()
        }
        None => view! { <Redirect path=sign_in_path(role) options=replace() /> }.into_any(),
    }
}

/// Shows `children` to any signed-in staff member (their own account pages); parents go home,
/// a signed-out person to the staff sign-in.
#[component]
pub fn RequireStaff(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    move || match session.role() {
        Some(Role::Parent) => {
            view! { <Redirect path=home_path(Role::Parent) options=replace() /> }.into_any()
        }
        Some(_) => children().into_any(),
        None => view! { <Redirect path="/inloggen/school" options=replace() /> }.into_any(),
    }
}

/// Shows `children` (landing, sign-in) only without a session; a signed-in person goes home.
#[component]
pub fn GuestOnly(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    move || match session.role() {
        Some(role) => view! { <Redirect path=home_path(role) options=replace() /> }.into_any(),
        None => children().into_any(),
    }
}
