//! The API's routes under `/api/v1`, one module per resource.

pub mod api_clients;
pub mod audit_log;
pub mod auth;
pub mod board;
pub mod dev;
pub mod health;
pub mod me;
pub mod oauth;
pub mod paper_route;
pub mod parent;
pub mod parent_activation;
pub mod parent_registration;
pub mod password;
pub mod placement;
pub mod priority;
pub mod privacy;
pub mod procedures;
pub mod pupil_import;
pub mod pupils;
pub mod region_settings;
pub mod reserve_offers;
pub mod round2;
pub mod school;
pub mod school_directory;
pub mod staff;
pub mod staff_links;
pub mod statistics;
pub mod status_board;
pub mod two_step;
pub mod vo_capacity;
pub mod vo_placements;
pub mod vo_registrations;

use utoipa_actix_web::service_config::ServiceConfig;

/// Registers every `/api/v1` handler; utoipa collects their OpenAPI paths from here.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(auth::sign_in_staff)
        .service(oauth::issue_client_token)
        .service(api_clients::list_api_clients)
        .service(api_clients::create_api_client)
        .service(api_clients::rotate_api_client_secret)
        .service(api_clients::revoke_api_client)
        .service(auth::sign_in_parent)
        .service(auth::refresh_session)
        .service(auth::sign_out)
        .service(password::change_password)
        .service(two_step::get_two_step)
        .service(two_step::set_up_two_step)
        .service(two_step::confirm_two_step)
        .service(two_step::renew_recovery_codes)
        .service(two_step::disable_two_step)
        .service(staff_links::preview_invitation)
        .service(staff_links::accept_invitation)
        .service(staff_links::request_staff_password_reset)
        .service(staff_links::complete_staff_password_reset)
        .service(staff::list_staff)
        .service(staff::invite_staff)
        .service(staff::update_staff)
        .service(staff::set_staff_active)
        .service(staff::resend_invitation)
        .service(me::get_me)
        .service(me::switch_school)
        .service(procedures::get_procedure)
        .service(procedures::list_procedures)
        .service(procedures::propose_procedure)
        .service(procedures::create_procedure)
        .service(procedures::update_procedure)
        .service(procedures::get_one_procedure)
        .service(pupils::send_logins)
        .service(pupil_import::import_pupils)
        .service(pupil_import::export_pupils)
        .service(pupils::list_pupils)
        .service(pupils::create_pupil)
        .service(paper_route::set_paper_route)
        .service(pupils::get_pupil)
        .service(pupils::correct_pupil)
        .service(pupils::send_login)
        .service(status_board::get_status_board)
        .service(status_board::send_reminders)
        .service(school::list_programmes)
        .service(board::list_board_schools)
        .service(board::get_board_overview)
        .service(board::get_board_school_status_board)
        .service(board::search_board_pupils)
        .service(audit_log::list_audit_log)
        .service(audit_log::export_audit_log)
        .service(region_settings::get_region_settings)
        .service(region_settings::update_region_settings)
        .service(region_settings::list_region_templates)
        .service(school_directory::list_region_schools)
        .service(school_directory::create_board)
        .service(school_directory::update_board)
        .service(school_directory::set_board_active)
        .service(school_directory::create_school)
        .service(school_directory::import_schools)
        .service(school_directory::update_school)
        .service(school_directory::set_school_active)
        .service(school_directory::list_school_programmes)
        .service(school_directory::create_programme)
        .service(school_directory::update_programme)
        .service(school_directory::delete_programme)
        .service(privacy::find_region_pupil)
        .service(privacy::erase_pupil)
        .service(privacy::export_parent_data)
        .service(vo_registrations::list_school_registrations)
        .service(priority::decide_priority)
        .service(vo_capacity::set_programme_capacity)
        .service(vo_placements::get_school_placements)
        .service(vo_placements::export_school_placements)
        .service(statistics::get_region_statistics)
        .service(statistics::export_region_statistics)
        .service(parent_activation::preview_activation)
        .service(parent_activation::activate)
        .service(parent_activation::request_password_reset)
        .service(parent_activation::complete_password_reset)
        .service(parent::get_child)
        .service(parent::put_language)
        .service(parent::get_programmes)
        .service(parent::get_result)
        .service(parent_registration::get_registration)
        .service(parent_registration::save_draft)
        .service(parent_registration::confirm_registration)
        .service(parent_registration::withdraw_registration)
        .service(placement::commit_seed)
        .service(placement::list_runs)
        .service(placement::start_run)
        .service(placement::export_snapshot)
        .service(placement::attention)
        .service(reserve_offers::list_offers)
        .service(reserve_offers::make_offer)
        .service(reserve_offers::decide_offer)
        .service(round2::get_round2)
        .service(round2::save_round2_list)
        .service(round2::confirm_round2_list)
        .service(round2::withdraw_placement);
}
