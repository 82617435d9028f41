//! The parent bundle: the landing page, parent sign-in, activation, password reset and the
//! parent portal. Any other path is handed to the server with a full page load.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use overstap_api_types::spa::Bundle;
use overstap_frontend::app::{self, ElsewhereOrNotFound};
use overstap_frontend::pages::activate::Activate;
use overstap_frontend::pages::forgot_password::ForgotPassword;
use overstap_frontend::pages::landing::Landing;
use overstap_frontend::pages::parent_confirm::ParentConfirm;
use overstap_frontend::pages::parent_data::ParentData;
use overstap_frontend::pages::parent_home::ParentHome;
use overstap_frontend::pages::parent_list::ParentList;
use overstap_frontend::pages::parent_result::ParentResult;
use overstap_frontend::pages::parent_round2::ParentRound2;
use overstap_frontend::pages::parent_sign_in::ParentSignIn;
use overstap_frontend::pages::privacy::Privacy;
use overstap_frontend::pages::reset_password::ResetPassword;

fn main() {
    app::start(|| {
        view! {
            <Routes fallback=|| view! { <ElsewhereOrNotFound bundle=Bundle::Parent /> }>
                <Route path=path!("/") view=Landing />
                <Route path=path!("/inloggen/ouder") view=ParentSignIn />
                <Route path=path!("/activeren") view=Activate />
                <Route path=path!("/wachtwoord-vergeten") view=ForgotPassword />
                <Route path=path!("/wachtwoord-herstellen") view=ResetPassword />
                <Route path=path!("/ouder") view=ParentHome />
                <Route path=path!("/ouder/gegevens") view=ParentData />
                <Route path=path!("/ouder/voorkeurslijst") view=ParentList />
                <Route path=path!("/ouder/bevestigen") view=ParentConfirm />
                <Route path=path!("/ouder/uitslag") view=ParentResult />
                <Route path=path!("/ouder/ronde-2") view=ParentRound2 />
                <Route path=path!("/privacy") view=Privacy />
            </Routes>
        }
        .into_any()
    });
}
