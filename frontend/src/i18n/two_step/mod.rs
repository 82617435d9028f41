//! The texts of two-step sign-in for staff: the code at sign-in, setting it up, recovery codes.

pub mod en;
pub mod nl;

#[derive(Debug, Clone, Copy)]
pub struct TwoStepTexts {
    // At sign-in
    pub code_label: &'static str,
    pub code_hint: &'static str,
    pub recovery_label: &'static str,
    pub use_recovery: &'static str,
    pub use_code: &'static str,
    pub code_required: &'static str,
    pub code_wrong: &'static str,
    pub setup_required: &'static str,

    // The page
    pub title: &'static str,
    pub link: &'static str,
    pub intro: &'static str,
    pub required_note: &'static str,
    pub off: &'static str,
    pub on: &'static str,
    pub recovery_left: fn(u64) -> String,
    pub start: &'static str,
    pub scan: &'static str,
    pub qr_alt: &'static str,
    pub secret_label: &'static str,
    pub confirm_label: &'static str,
    pub confirm: &'static str,
    pub codes_title: &'static str,
    pub codes_intro: &'static str,
    pub codes_saved: &'static str,
    pub renew_title: &'static str,
    pub renew: &'static str,
    pub disable_title: &'static str,
    pub disable: &'static str,
    pub disabled_done: &'static str,
}
