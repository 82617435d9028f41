//! The parent bundle: the signed-in parent's portal under `/ouder`. A parent arrives here from
//! the welcome bundle's sign-in or activation; any other path is handed to the server with a
//! full page load.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use overstap_api_types::spa::Bundle;
use overstap_frontend::app::{self, ElsewhereOrNotFound};
use overstap_frontend::pages::parent_confirm::ParentConfirm;
use overstap_frontend::pages::parent_data::ParentData;
use overstap_frontend::pages::parent_home::ParentHome;
use overstap_frontend::pages::parent_list::ParentList;
use overstap_frontend::pages::parent_result::ParentResult;
use overstap_frontend::pages::parent_round2::ParentRound2;

fn main() {
    app::start(|| {
        view! {
            <Routes fallback=|| view! { <ElsewhereOrNotFound bundle=Bundle::Parent /> }>
                <Route path=path!("/ouder") view=ParentHome />
                <Route path=path!("/ouder/gegevens") view=ParentData />
                <Route path=path!("/ouder/voorkeurslijst") view=ParentList />
                <Route path=path!("/ouder/bevestigen") view=ParentConfirm />
                <Route path=path!("/ouder/uitslag") view=ParentResult />
                <Route path=path!("/ouder/ronde-2") view=ParentRound2 />
            </Routes>
        }
        .into_any()
    });
}
