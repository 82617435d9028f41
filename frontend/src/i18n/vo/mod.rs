//! The texts of the secondary school's workspace: registrations and priority claims,
//! capacities, the published placement, reserve lists and offers of freed seats.

pub mod en;
pub mod nl;

use overstap_api_types::PriorityRuleKind;

#[derive(Debug, Clone, Copy)]
pub struct VoTexts {
    // Navigation
    pub nav_label: &'static str,
    pub nav_registrations: &'static str,
    pub nav_capacity: &'static str,
    pub nav_placements: &'static str,

    // Registrations and priority claims
    pub registrations_title: &'static str,
    pub registrations_intro: &'static str,
    pub first_choices_title: &'static str,
    pub registrations_caption: fn(usize) -> String,
    pub registrations_empty: &'static str,
    pub verification_until: &'static str,
    pub verification_closed: &'static str,
    pub col_claim: &'static str,
    pub col_decision: &'static str,
    pub no_claim: &'static str,
    /// A claim by its rule.
    pub claim_kind: fn(PriorityRuleKind) -> &'static str,
    /// A sibling claim with the sibling's name and class.
    pub claim_sibling: fn(&str, &str) -> String,
    pub claim_approved: &'static str,
    pub claim_rejected: &'static str,
    pub approve: &'static str,
    pub approve_for: fn(&str) -> String,
    pub reject: &'static str,
    pub reject_for: fn(&str) -> String,
    pub reject_reason: &'static str,
    pub reject_reason_required: &'static str,
    pub reject_confirm: &'static str,

    // Lists naming the school
    pub list_counts_title: &'static str,
    pub list_counts_intro: &'static str,
    pub list_counts_caption: fn(u32) -> String,
    /// A rank as a short column heading: "1e", "1st".
    pub rank_short: fn(u32) -> String,
    pub col_lists_total: &'static str,

    // Capacities
    pub capacity_title: &'static str,
    pub capacity_intro: &'static str,
    pub capacity_until: fn(&str) -> String,
    pub col_new_capacity: &'static str,
    pub capacity_of: fn(&str) -> String,
    pub capacity_invalid: &'static str,
    pub capacity_saved: fn(&str, u32) -> String,

    // Placement and reserve lists
    pub placements_title: &'static str,
    pub placements_intro: &'static str,
    pub placements_not_yet: fn(&str) -> String,
    pub published_at: &'static str,
    pub export_placements: &'static str,
    pub placed_caption: fn(usize, u32) -> String,
    pub placed_empty: &'static str,
    pub reserve_caption: fn(usize) -> String,
    pub reserve_empty: &'static str,
    pub col_position: &'static str,
    pub col_choice: &'static str,

    // Offers of freed seats
    pub offer_seat: &'static str,
    pub offer_seat_for: fn(&str) -> String,
    pub offer_made: fn(&str, &str, u32) -> String,
    pub reserve_exhausted: &'static str,
    pub withdraw_title: &'static str,
    pub withdraw_intro: &'static str,
    pub withdraw_pupil_label: &'static str,
    pub withdraw_pupil_required: &'static str,
    pub withdraw_reason_label: &'static str,
    pub withdraw_reason_required: &'static str,
    pub withdraw_submit: &'static str,
    pub withdraw_confirm: &'static str,
    pub withdraw_done: fn(&str) -> String,
    pub offers_title: &'static str,
    pub offers_intro: &'static str,
    pub offers_empty: &'static str,
    pub col_offered_at: &'static str,
    pub col_answer: &'static str,
    pub offer_accepted: &'static str,
    pub offer_accepted_for: fn(&str) -> String,
    pub offer_declined: &'static str,
    pub offer_declined_for: fn(&str) -> String,
    /// A recorded answer by its code (`accepted`, `declined`).
    pub offer_outcome: fn(&str) -> &'static str,
}
