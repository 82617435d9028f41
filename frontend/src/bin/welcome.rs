//! The welcome bundle, a parent's first download: the landing page, parent sign-in, activation,
//! password reset and the privacy statement. The portal (`/ouder`) and the staff pages are other
//! bundles, loaded from the server with a full page load.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use overstap_api_types::spa::Bundle;
use overstap_frontend::app::{self, ElsewhereOrNotFound};
use overstap_frontend::pages::activate::Activate;
use overstap_frontend::pages::forgot_password::ForgotPassword;
use overstap_frontend::pages::landing::Landing;
use overstap_frontend::pages::parent_sign_in::ParentSignIn;
use overstap_frontend::pages::privacy::Privacy;
use overstap_frontend::pages::reset_password::ResetPassword;

fn main() {
    app::start(|| {
        view! {
            <Routes fallback=|| view! { <ElsewhereOrNotFound bundle=Bundle::Welcome /> }>
                <Route path=path!("/") view=Landing />
                <Route path=path!("/inloggen/ouder") view=ParentSignIn />
                <Route path=path!("/activeren") view=Activate />
                <Route path=path!("/wachtwoord-vergeten") view=ForgotPassword />
                <Route path=path!("/wachtwoord-herstellen") view=ResetPassword />
                <Route path=path!("/privacy") view=Privacy />
            </Routes>
        }
        .into_any()
    });
}
