//! The staff bundle: school sign-in and the workspaces of PO schools, VO schools, school boards
//! and the region's coordinator. Any other path is handed to the server with a full page load.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;
use overstap_api_types::spa::Bundle;
use overstap_frontend::app::{self, ElsewhereOrNotFound};
use overstap_frontend::pages::api_clients::{BoardApiClients, CoordinatorApiClients};
use overstap_frontend::pages::audit_log::{BoardAuditLog, CoordinatorAuditLog};
use overstap_frontend::pages::board_home::BoardHome;
use overstap_frontend::pages::board_school::BoardSchool;
use overstap_frontend::pages::board_search::BoardSearch;
use overstap_frontend::pages::coordinator_home::CoordinatorHome;
use overstap_frontend::pages::coordinator_runs::CoordinatorRuns;
use overstap_frontend::pages::coordinator_statistics::CoordinatorStatistics;
use overstap_frontend::pages::po_board::PoBoard;
use overstap_frontend::pages::po_import::PoImport;
use overstap_frontend::pages::po_paper_form::PoPaperForm;
use overstap_frontend::pages::po_pupil_form::{PoPupilEdit, PoPupilNew};
use overstap_frontend::pages::po_pupils::PoPupils;
use overstap_frontend::pages::procedures::Procedures;
use overstap_frontend::pages::region_settings::RegionSettings;
use overstap_frontend::pages::school_directory::SchoolDirectory;
use overstap_frontend::pages::school_directory_programmes::SchoolDirectoryProgrammes;
use overstap_frontend::pages::staff_accounts::{BoardStaff, CoordinatorStaff};
use overstap_frontend::pages::staff_forgot_password::StaffForgotPassword;
use overstap_frontend::pages::staff_invitation::StaffInvitation;
use overstap_frontend::pages::staff_reset_password::StaffResetPassword;
use overstap_frontend::pages::staff_sign_in::StaffSignIn;
use overstap_frontend::pages::two_step::TwoStep;
use overstap_frontend::pages::vo_capacity::VoCapacity;
use overstap_frontend::pages::vo_home::VoHome;
use overstap_frontend::pages::vo_placements::VoPlacements;

fn main() {
    app::start(|| {
        view! {
            <Routes fallback=|| view! { <ElsewhereOrNotFound bundle=Bundle::Staff /> }>
                <Route path=path!("/inloggen/school") view=StaffSignIn />
                <Route path=path!("/inloggen/school/tweestaps") view=TwoStep />
                <Route path=path!("/inloggen/school/uitnodiging") view=StaffInvitation />
                <Route path=path!("/inloggen/school/wachtwoord-vergeten") view=StaffForgotPassword />
                <Route path=path!("/inloggen/school/nieuw-wachtwoord") view=StaffResetPassword />
                <Route path=path!("/po") view=PoPupils />
                <Route path=path!("/po/overzicht") view=PoBoard />
                <Route path=path!("/po/import") view=PoImport />
                <Route path=path!("/po/leerling/nieuw") view=PoPupilNew />
                <Route path=path!("/po/leerling/:id") view=PoPupilEdit />
                <Route path=path!("/po/leerling/:id/formulier") view=PoPaperForm />
                <Route path=path!("/vo") view=VoHome />
                <Route path=path!("/vo/capaciteit") view=VoCapacity />
                <Route path=path!("/vo/plaatsing") view=VoPlacements />
                <Route path=path!("/bestuur") view=BoardHome />
                <Route path=path!("/bestuur/school/:id") view=BoardSchool />
                <Route path=path!("/bestuur/zoeken") view=BoardSearch />
                <Route path=path!("/bestuur/medewerkers") view=BoardStaff />
                <Route path=path!("/bestuur/api-koppelingen") view=BoardApiClients />
                <Route path=path!("/bestuur/auditlog") view=BoardAuditLog />
                <Route path=path!("/coordinator") view=CoordinatorHome />
                <Route path=path!("/coordinator/regio") view=RegionSettings />
                <Route path=path!("/coordinator/procedures") view=Procedures />
                <Route path=path!("/coordinator/plaatsing") view=CoordinatorRuns />
                <Route path=path!("/coordinator/statistieken") view=CoordinatorStatistics />
                <Route path=path!("/coordinator/medewerkers") view=CoordinatorStaff />
                <Route path=path!("/coordinator/api-koppelingen") view=CoordinatorApiClients />
                <Route path=path!("/coordinator/auditlog") view=CoordinatorAuditLog />
                <Route path=path!("/coordinator/scholen") view=SchoolDirectory />
                <Route path=path!("/coordinator/scholen/:id") view=SchoolDirectoryProgrammes />
            </Routes>
        }
        .into_any()
    });
}
