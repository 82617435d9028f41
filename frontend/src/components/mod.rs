//! Presentational pieces: they render what they are given and never call the API.

pub mod alert;
pub mod child_card;
pub mod field;
pub mod language_switch;
pub mod phase_table;
pub mod programme_table;
pub mod pupil_table;
pub mod school_table;
pub mod site_header;
pub mod status;
