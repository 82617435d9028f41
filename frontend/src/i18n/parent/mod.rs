//! The texts of the parent portal: activation, password reset, data, preference list, result.
//! Every language defines all of them: a parent may use nl, en, tr or ar.

pub mod ar;
pub mod en;
pub mod nl;
pub mod round2;
pub mod tr;

use overstap_api_types::PriorityRuleKind;

#[derive(Debug, Clone, Copy)]
pub struct ParentTexts {
    // Navigation
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_data: &'static str,
    pub nav_list: &'static str,
    pub nav_confirm: &'static str,
    pub nav_result: &'static str,

    // Activation
    pub activate_title: &'static str,
    pub activate_intro: &'static str,
    pub activate_child: &'static str,
    pub activate_username_hint: &'static str,
    pub new_password_label: &'static str,
    pub password_hint: &'static str,
    pub activate_submit: &'static str,
    pub activating: &'static str,
    pub password_too_short: &'static str,
    pub password_too_long: &'static str,
    pub password_too_common: &'static str,
    pub invalid_link_title: &'static str,
    pub invalid_link_body: &'static str,
    pub invalid_reset_link_body: &'static str,
    pub request_new_reset: &'static str,

    // Forgotten password
    pub forgot_link: &'static str,
    pub forgot_title: &'static str,
    pub forgot_intro: &'static str,
    pub forgot_submit: &'static str,
    pub sending: &'static str,
    pub forgot_sent: &'static str,
    pub back_to_sign_in: &'static str,
    pub reset_title: &'static str,
    pub reset_intro: &'static str,
    pub reset_submit: &'static str,
    pub saving: &'static str,
    pub password_changed_notice: &'static str,

    // Home
    pub next_step_heading: &'static str,
    pub next_groen: &'static str,
    pub next_ag: &'static str,
    pub next_av: &'static str,
    pub next_closed: &'static str,
    pub week_open: fn(&str, &str) -> String,
    pub week_upcoming: fn(&str) -> String,
    pub week_closed: &'static str,
    pub go_to_list: &'static str,
    pub go_to_confirm: &'static str,
    pub go_to_result: &'static str,
    pub go_to_data: &'static str,

    // The child's data
    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub class_label: &'static str,
    pub lwoo_label: &'static str,
    pub home_town_label: &'static str,
    pub parent_email_label: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub data_wrong_title: &'static str,
    pub data_wrong_body: &'static str,
    pub contact_email: &'static str,
    pub contact_phone: &'static str,
    pub contact_website: &'static str,

    // The preference list
    pub list_title: &'static str,
    pub list_intro: &'static str,
    pub schools_count: fn(u32, u32) -> String,
    pub my_list_heading: &'static str,
    pub list_empty: &'static str,
    pub rank: fn(usize) -> String,
    pub move_up: fn(&str) -> String,
    pub move_down: fn(&str) -> String,
    pub remove: fn(&str) -> String,
    pub moved_to: fn(&str, usize) -> String,
    pub added: fn(&str) -> String,
    pub removed: fn(&str) -> String,
    pub drag_hint: &'static str,
    pub save_saving: &'static str,
    pub save_saved: &'static str,
    pub save_failed: &'static str,
    pub stale_notice: &'static str,
    pub read_only_av: &'static str,
    pub read_only_closed: &'static str,
    pub catalogue_heading: &'static str,
    pub catalogue_intro: fn(&str) -> String,
    pub search_label: &'static str,
    pub filter_town: &'static str,
    pub filter_level: &'static str,
    pub all_towns: &'static str,
    pub all_levels: &'static str,
    pub results_count: fn(usize) -> String,
    pub no_results: &'static str,
    pub add: &'static str,
    pub on_list: &'static str,
    pub levels_label: &'static str,
    pub priority_offered: fn(&str) -> String,
    pub website_of: fn(&str) -> String,
    pub new_window: &'static str,
    /// The name of a priority rule as the parent reads it.
    pub rule_name: fn(PriorityRuleKind) -> &'static str,

    // Priority and twins
    pub priority_heading: &'static str,
    pub priority_claim: fn(&str, &str) -> String,
    pub priority_explained: &'static str,
    pub sibling_name: &'static str,
    pub sibling_class: &'static str,
    pub twin_heading: &'static str,
    pub twin_link: fn(&str) -> String,
    pub twin_linked: fn(&str) -> String,
    pub twin_explained: &'static str,

    // Refusals of a list, by the server's rule code
    pub errors_heading: &'static str,
    pub entry_error: fn(usize, &str) -> String,
    pub list_too_short: fn(u32) -> String,
    pub list_too_long: &'static str,
    pub not_eligible: &'static str,
    pub duplicate: &'static str,
    pub unknown_programme: &'static str,
    pub priority_not_at_first_choice: &'static str,
    pub priority_rule_not_offered: &'static str,
    pub priority_rule_not_in_region: &'static str,
    pub sibling_name_missing: &'static str,
    pub sibling_class_missing: &'static str,
    pub twin_list_differs: &'static str,
    pub paper_route: &'static str,
    pub list_empty_refused: &'static str,

    // Confirmation and withdrawal
    pub confirm_title: &'static str,
    pub confirm_intro: &'static str,
    pub summary_list: &'static str,
    pub summary_claim: &'static str,
    pub summary_no_claim: &'static str,
    pub claim_sibling: fn(&str, &str) -> String,
    pub summary_twin: &'static str,
    pub twin_not_linked: fn(&str) -> String,
    pub confirm_button: &'static str,
    pub confirming: &'static str,
    pub confirmed: fn(&str) -> String,
    pub edit_list: &'static str,
    pub withdraw_button: &'static str,
    pub withdrawing: &'static str,
    pub withdrawn: &'static str,
    pub withdraw_explained: fn(&str) -> String,
    pub confirm_empty: &'static str,

    // Result
    pub result_title: &'static str,
    pub result_not_yet: fn(&str) -> String,
    pub result_placed: fn(&str, &str, u32) -> String,
    pub result_placed_heading: &'static str,
    pub result_unplaced: &'static str,
    pub result_pending: &'static str,
    pub reserve_heading: &'static str,
    pub reserve_position: fn(&str, &str, u32) -> String,

    // Round 2 (`/ouder/ronde-2`)
    pub round2: round2::Round2Texts,
}
