//! English texts of two-step sign-in.

use super::TwoStepTexts;

fn recovery_left(count: u64) -> String {
    match count {
        1 => "You have 1 recovery code left.".to_owned(),
        n => format!("You have {n} recovery codes left."),
    }
}

pub const TWO_STEP_EN: TwoStepTexts = TwoStepTexts {
    code_label: "Code from your authenticator app",
    code_hint: "Six digits; the app shows a new code every 30 seconds.",
    recovery_label: "Recovery code",
    use_recovery: "Lost your phone? Use a recovery code",
    use_code: "Use the code from the app",
    code_required: "Your password is right. Now enter the code from your authenticator app.",
    code_wrong: "This code is wrong, expired or already used. Try the code the app shows now.",
    setup_required: "Your role signs in in two steps. Set it up first.",

    title: "Two-step sign-in",
    link: "Two-step sign-in",
    intro: "After your password, Overstap asks for a code from an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Nobody gets to pupils' data with your password alone.",
    required_note: "Coordinators and board admins must use it.",
    off: "Two-step sign-in is off.",
    on: "Two-step sign-in is on.",
    recovery_left,
    start: "Set up",
    scan: "Scan this QR code with your authenticator app, or type the key below.",
    qr_alt: "QR code for your authenticator app",
    secret_label: "Key",
    confirm_label: "Code the app shows now",
    confirm: "Confirm",
    codes_title: "Keep your recovery codes",
    codes_intro: "A recovery code signs you in when you have lost your phone. Each code works once. Print them or keep them in a password manager: they are shown only once.",
    codes_saved: "I have kept them, continue",
    renew_title: "New recovery codes",
    renew: "Make new recovery codes",
    disable_title: "Turn off",
    disable: "Turn two-step sign-in off",
    disabled_done: "Two-step sign-in is off now.",
};
