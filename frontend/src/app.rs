//! The app shell: contexts, router, header, and the route table.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use overstap_api_types::Role;

use crate::api;
use crate::components::site_header::SiteHeader;
use crate::i18n::{I18n, Lang, tx};
use crate::pages::activate::Activate;
use crate::pages::board_home::BoardHome;
use crate::pages::coordinator_home::CoordinatorHome;
use crate::pages::forgot_password::ForgotPassword;
use crate::pages::landing::Landing;
use crate::pages::not_found::NotFound;
use crate::pages::parent_confirm::ParentConfirm;
use crate::pages::parent_data::ParentData;
use crate::pages::parent_home::ParentHome;
use crate::pages::parent_list::ParentList;
use crate::pages::parent_result::ParentResult;
use crate::pages::parent_sign_in::ParentSignIn;
use crate::pages::po_board::PoBoard;
use crate::pages::po_import::PoImport;
use crate::pages::po_paper_form::PoPaperForm;
use crate::pages::po_pupil_form::{PoPupilEdit, PoPupilNew};
use crate::pages::po_pupils::PoPupils;
use crate::pages::reset_password::ResetPassword;
use crate::pages::staff_sign_in::StaffSignIn;
use crate::pages::vo_home::VoHome;
use crate::session::{Session, SessionEnd, home_path, use_session};

#[component]
pub fn App() -> impl IntoView {
    I18n::provide();
    Session::provide();
    view! {
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let session = use_session();
    // Re-read whenever someone signs in or out.
    let me = LocalResource::new(move || {
        let signed_in = session.role().is_some();
        async move {
            if signed_in {
                api::me().await.ok()
            } else {
                None
            }
        }
    });
    let display_name = Signal::derive(move || me.get().flatten().map(|me| me.display_name));
    let home = Signal::derive(move || session.role().map_or("/", home_path));
    let signed_in = Signal::derive(move || session.role().is_some());
    let sign_out = Callback::new(move |()| {
        let revoke = api::sign_out();
        session.end(SessionEnd::SignedOut);
        spawn_local(async move {
            // The session is gone here either way; a failed revoke expires on its own.
            let _ = revoke.await;
        });
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
            {tx(|t| t.skip_to_content)}
        </a>
        <SiteHeader home display_name signed_in on_sign_out=sign_out on_language />
        <main id="main" class="site-main" tabindex="-1" node_ref=main>
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Landing />
                <Route path=path!("/inloggen/ouder") view=ParentSignIn />
                <Route path=path!("/inloggen/school") view=StaffSignIn />
                <Route path=path!("/activeren") view=Activate />
                <Route path=path!("/wachtwoord-vergeten") view=ForgotPassword />
                <Route path=path!("/wachtwoord-herstellen") view=ResetPassword />
                <Route path=path!("/ouder") view=ParentHome />
                <Route path=path!("/ouder/gegevens") view=ParentData />
                <Route path=path!("/ouder/voorkeurslijst") view=ParentList />
                <Route path=path!("/ouder/bevestigen") view=ParentConfirm />
                <Route path=path!("/ouder/uitslag") view=ParentResult />
                <Route path=path!("/po") view=PoPupils />
                <Route path=path!("/po/overzicht") view=PoBoard />
                <Route path=path!("/po/import") view=PoImport />
                <Route path=path!("/po/leerling/nieuw") view=PoPupilNew />
                <Route path=path!("/po/leerling/:id") view=PoPupilEdit />
                <Route path=path!("/po/leerling/:id/formulier") view=PoPaperForm />
                <Route path=path!("/vo") view=VoHome />
                <Route path=path!("/bestuur") view=BoardHome />
                <Route path=path!("/coordinator") view=CoordinatorHome />
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{tx(|t| t.footer)}</p>
        </footer>
    }
}
