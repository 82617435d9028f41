//! The `Texts` struct: every string the interface shows, as one field per key.

use super::coordinator::CoordinatorTexts;
use super::parent::ParentTexts;
use super::po::PoTexts;
use super::two_step::TwoStepTexts;
use super::vo::VoTexts;

/// How a pupil status (the dot in ELK) is shown and explained.
#[derive(Debug, Clone, Copy)]
pub struct StatusText {
    /// Letters inside the dot (`AG`, `AV`), empty for a plain dot.
    pub letters: &'static str,
    pub label: &'static str,
    /// One sentence for the legend, written for school staff.
    pub help: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Texts {
    // Layout
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub language_label: &'static str,
    pub signed_in_as: &'static str,
    pub sign_out: &'static str,
    pub signed_out_notice: &'static str,
    pub footer: &'static str,
    pub loading: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_to_start: &'static str,

    // Landing
    pub landing_title: &'static str,
    pub landing_intro: &'static str,
    pub landing_parent: &'static str,
    pub landing_parent_hint: &'static str,
    pub landing_staff: &'static str,
    pub landing_staff_hint: &'static str,

    // Sign-in
    pub parent_sign_in_title: &'static str,
    pub parent_sign_in_intro: &'static str,
    pub staff_sign_in_title: &'static str,
    pub staff_sign_in_intro: &'static str,
    pub elk_number_label: &'static str,
    pub elk_number_hint: &'static str,
    pub email_label: &'static str,
    pub password_label: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub session_expired_notice: &'static str,
    pub staff_instead: &'static str,
    pub parent_instead: &'static str,

    // Errors
    pub error_invalid_credentials: &'static str,
    pub error_invalid_input: &'static str,
    pub error_rate_limited: fn(u64) -> String,
    pub error_rate_limited_later: &'static str,
    pub error_session_expired: &'static str,
    pub error_forbidden: &'static str,
    pub error_not_found: &'static str,
    pub error_conflict: &'static str,
    pub error_too_large: &'static str,
    pub error_unavailable: &'static str,
    pub error_unexpected: &'static str,
    pub error_network: &'static str,
    pub error_reference: fn(&str) -> String,
    /// The window's first and last moment, as the server's `details.facts` spell them.
    pub error_window_closed: fn(&str, &str) -> String,
    pub error_window_closed_now: &'static str,
    pub error_not_allowed_in_status: &'static str,
    pub error_unsupported_file: &'static str,
    pub error_stale_revision: &'static str,
    pub error_invalid_link: &'static str,
    /// Which of the server's display facts to use: `""` for Dutch, `"_en"` for English;
    /// a language the server does not spell falls back to English.
    pub facts_suffix: &'static str,
    pub field_required: &'static str,
    pub field_length: &'static str,
    pub field_too_long: &'static str,
    pub field_email: &'static str,
    pub field_invalid: &'static str,

    // Pupil status
    pub status_title: &'static str,
    pub status_wit: StatusText,
    pub status_blauw: StatusText,
    pub status_groen: StatusText,
    pub status_ag: StatusText,
    pub status_av: StatusText,

    // Parent home
    pub parent_home_title: &'static str,
    pub child_birth_date: &'static str,
    pub child_primary_school: &'static str,
    pub child_advice: &'static str,
    pub child_status: &'static str,
    pub parent_status_groen: &'static str,
    pub parent_status_ag: &'static str,
    pub parent_status_av: &'static str,
    pub date: fn(i32, u8, u8) -> String,

    // Staff only from here (pupil lists, VO, board, coordinator): Turkish and Arabic use the
    // English texts.
    // Pupil lists
    pub pupil_count: fn(u64) -> String,
    pub pupils_empty: &'static str,
    pub col_name: &'static str,
    pub col_class: &'static str,
    pub col_elk_number: &'static str,
    pub col_advice: &'static str,
    pub col_status: &'static str,
    pub lwoo: &'static str,

    // VO home
    pub vo_home_title: &'static str,
    pub vo_home_intro: &'static str,
    pub programmes_empty: &'static str,
    pub col_programme: &'static str,
    pub col_admitted_advice: &'static str,
    pub col_capacity: &'static str,

    // Board and region
    pub board_home_title: &'static str,
    pub board_home_intro: &'static str,
    pub schools_empty: &'static str,
    pub col_school: &'static str,
    pub col_kind: &'static str,
    pub col_town: &'static str,
    pub col_code: &'static str,
    pub kind_po: &'static str,
    pub kind_vo: &'static str,

    // Coordinator home
    pub coordinator_home_title: &'static str,
    pub procedure_heading: fn(&str, &str) -> String,
    pub region_schools_title: &'static str,
    pub col_phase: &'static str,
    pub col_opens: &'static str,
    pub col_phase_state: &'static str,
    pub phase_upcoming: &'static str,
    pub phase_open: &'static str,
    pub phase_closed: &'static str,
    pub phase_login_dispatch: &'static str,
    pub phase_registration: &'static str,
    pub phase_priority_verification: &'static str,
    pub phase_placement: &'static str,
    pub phase_publication: &'static str,
    pub phase_round2: &'static str,

    /// The parent portal (complete in every language).
    pub parent: ParentTexts,
    /// The primary school's workspace (Turkish and Arabic fall back to English).
    pub po: PoTexts,
    /// The secondary school's workspace (Turkish and Arabic fall back to English).
    pub vo: VoTexts,
    /// The coordinator's placement pages (Turkish and Arabic fall back to English).
    pub coordinator: CoordinatorTexts,
    /// Two-step sign-in for staff (Turkish and Arabic fall back to English).
    pub two_step: TwoStepTexts,
}
