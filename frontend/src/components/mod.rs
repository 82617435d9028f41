//! Presentational pieces: they render what they are given and never call the API.

pub mod alert;
pub mod child_card;
pub mod field;
pub mod import_errors;
pub mod language_switch;
pub mod paper_form;
pub mod phase_table;
pub mod po_nav;
pub mod programme_table;
pub mod pupil_filters;
pub mod pupil_form;
pub mod pupil_table;
pub mod row_menu;
pub mod school_table;
pub mod send_login_dialog;
pub mod site_header;
pub mod status;
pub mod status_board;
