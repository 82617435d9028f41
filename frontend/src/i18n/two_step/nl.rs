//! Dutch texts of two-step sign-in.

use super::TwoStepTexts;

fn recovery_left(count: u64) -> String {
    match count {
        1 => "Je hebt nog 1 herstelcode.".to_owned(),
        n => format!("Je hebt nog {n} herstelcodes."),
    }
}

pub const TWO_STEP_NL: TwoStepTexts = TwoStepTexts {
    code_label: "Code uit je authenticator-app",
    code_hint: "Zes cijfers; de app toont elke 30 seconden een nieuwe code.",
    recovery_label: "Herstelcode",
    use_recovery: "Telefoon kwijt? Gebruik een herstelcode",
    use_code: "Gebruik de code uit de app",
    code_required: "Je wachtwoord klopt. Vul nu de code uit je authenticator-app in.",
    code_wrong: "Deze code klopt niet, is verlopen of al gebruikt. Probeer de code die de app nu toont.",
    setup_required: "Voor jouw rol is inloggen in twee stappen verplicht. Stel het eerst in.",

    title: "Inloggen in twee stappen",
    link: "Inloggen in twee stappen",
    intro: "Na je wachtwoord vraagt Overstap om een code uit een authenticator-app op je telefoon (bijvoorbeeld Google Authenticator, Microsoft Authenticator of FreeOTP). Zo kan niemand met alleen je wachtwoord bij de gegevens van leerlingen.",
    required_note: "Voor coördinatoren en bestuursbeheerders is dit verplicht.",
    off: "Inloggen in twee stappen staat uit.",
    on: "Inloggen in twee stappen staat aan.",
    recovery_left,
    start: "Instellen",
    scan: "Scan deze QR-code met je authenticator-app, of typ de sleutel hieronder over.",
    qr_alt: "QR-code voor je authenticator-app",
    secret_label: "Sleutel",
    confirm_label: "Code die de app nu toont",
    confirm: "Bevestigen",
    codes_title: "Bewaar je herstelcodes",
    codes_intro: "Met een herstelcode log je in als je je telefoon kwijt bent. Elke code werkt één keer. Print ze of bewaar ze in een wachtwoordkluis: je ziet ze maar één keer.",
    codes_saved: "Ik heb ze bewaard, verder",
    renew_title: "Nieuwe herstelcodes",
    renew: "Maak nieuwe herstelcodes",
    disable_title: "Uitzetten",
    disable: "Zet inloggen in twee stappen uit",
    disabled_done: "Inloggen in twee stappen staat nu uit.",
};
