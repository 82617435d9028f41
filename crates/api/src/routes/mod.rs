//! The API's routes under `/api/v1`, one module per resource.

pub mod auth;
pub mod board;
pub mod health;
pub mod me;
pub mod parent;
pub mod procedure;
pub mod region;
pub mod school;

use utoipa_actix_web::service_config::ServiceConfig;

/// Registers every `/api/v1` handler; utoipa collects their OpenAPI paths from here.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(auth::sign_in_staff)
        .service(auth::sign_in_parent)
        .service(auth::refresh_session)
        .service(auth::sign_out)
        .service(me::get_me)
        .service(procedure::get_procedure)
        .service(school::list_pupils)
        .service(school::get_pupil)
        .service(school::list_programmes)
        .service(board::list_board_schools)
        .service(region::list_region_schools)
        .service(parent::get_child);
}
