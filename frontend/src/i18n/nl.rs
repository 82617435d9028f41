//! Dutch, the default language.

use super::coordinator::nl::COORDINATOR_NL;
use super::parent::nl::PARENT_NL;
use super::po::nl::PO_NL;
use super::texts::{StatusText, Texts};
use super::two_step::nl::TWO_STEP_NL;
use super::vo::nl::VO_NL;

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn rate_limited(seconds: u64) -> String {
    if seconds >= 120 {
        format!(
            "Te veel pogingen. Probeer het over {} minuten opnieuw.",
            seconds.div_ceil(60)
        )
    } else {
        format!("Te veel pogingen. Probeer het over {seconds} seconden opnieuw.")
    }
}

fn error_reference(request_id: &str) -> String {
    format!("Noem code {request_id} als u contact opneemt.")
}

fn window_closed(opens: &str, closes: &str) -> String {
    format!("Dit kan alleen van {opens} tot en met {closes}.")
}

fn date(year: i32, month: u8, day: u8) -> String {
    let month = usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i));
    format!("{day} {} {year}", month.copied().unwrap_or_default())
}

fn pupil_count(count: u64) -> String {
    match count {
        1 => "1 leerling".to_owned(),
        n => format!("{n} leerlingen"),
    }
}

fn procedure_heading(region: &str, school_year: &str) -> String {
    format!("Kalender {region}, schooljaar {school_year}")
}

pub const NL: Texts = Texts {
    app_name: "Overstap",
    app_tagline: "Van de basisschool naar het voortgezet onderwijs",
    skip_to_content: "Naar de inhoud",
    language_label: "Taal",
    signed_in_as: "Ingelogd als",
    sign_out: "Uitloggen",
    signed_out_notice: "U bent uitgelogd.",
    footer: "Overstap: aanmelden bij het voortgezet onderwijs in uw regio.",
    loading: "Bezig met laden…",
    not_found_title: "Pagina niet gevonden",
    not_found_body: "Deze pagina bestaat niet (meer).",
    back_to_start: "Terug naar het begin",

    landing_title: "Welkom bij Overstap",
    landing_intro: "Hier vullen ouders en verzorgers de voorkeurslijst in en doen zij de aanmelding \
                    bij een school voor voortgezet onderwijs. Scholen volgen hier de aanmeldingen.",
    landing_parent: "Ik ben ouder/verzorger",
    landing_parent_hint: "Log in met het ELK-nummer van uw kind.",
    landing_staff: "Ik werk op een school",
    landing_staff_hint: "Basisschool, middelbare school, schoolbestuur of coördinatie.",

    parent_sign_in_title: "Inloggen voor ouders en verzorgers",
    parent_sign_in_intro: "Log in met het ELK-nummer van uw kind en het wachtwoord dat u bij \
                           het activeren van het account koos.",
    staff_sign_in_title: "Inloggen voor scholen",
    staff_sign_in_intro: "Log in met het e-mailadres van uw school-account.",
    elk_number_label: "ELK-nummer",
    elk_number_hint: "Spaties en streepjes mag u weglaten.",
    email_label: "E-mailadres",
    password_label: "Wachtwoord",
    sign_in: "Inloggen",
    signing_in: "Bezig met inloggen…",
    session_expired_notice: "Uw sessie is verlopen. Log opnieuw in.",
    staff_instead: "Werkt u op een school? Log hier in.",
    parent_instead: "Bent u ouder of verzorger? Log hier in.",

    error_invalid_credentials: "Deze combinatie van gebruikersnaam en wachtwoord klopt niet.",
    error_invalid_input: "Controleer de gemarkeerde velden.",
    error_rate_limited: rate_limited,
    error_rate_limited_later: "Te veel pogingen. Probeer het later opnieuw.",
    error_session_expired: "Uw sessie is verlopen. Log opnieuw in.",
    error_forbidden: "U heeft geen toegang tot deze gegevens.",
    error_not_found: "Deze gegevens zijn niet gevonden.",
    error_conflict: "Dit kan nu niet; de gegevens zijn intussen gewijzigd.",
    error_too_large: "Dit is te groot om te versturen.",
    error_unavailable: "Overstap is even niet bereikbaar. Probeer het later opnieuw.",
    error_unexpected: "Er ging iets mis aan onze kant.",
    error_network: "Geen verbinding met Overstap. Controleer uw internetverbinding.",
    error_reference,
    error_window_closed: window_closed,
    error_window_closed_now: "Dit kan nu niet volgens de kalender van de procedure.",
    error_not_allowed_in_status: "Dit kan niet in de huidige stand van de aanmelding.",
    error_unsupported_file: "Dit bestand kunnen we niet lezen. Upload een CSV-bestand met de \
                             kolommen hieronder.",
    error_stale_revision: "De lijst is intussen ergens anders gewijzigd. Bekijk de actuele stand en probeer het opnieuw.",
    error_invalid_link: "Deze link werkt niet meer. Vraag de basisschool om een nieuwe inlog.",
    facts_suffix: "",
    field_required: "Vul dit veld in.",
    field_length: "Dit veld is leeg of te lang.",
    field_too_long: "Dit is te lang.",
    field_email: "Vul een geldig e-mailadres in.",
    field_invalid: "Deze waarde klopt niet.",

    status_title: "Betekenis van de status",
    status_wit: StatusText {
        letters: "",
        label: "Wit",
        help: "Witte stip: de e-mail met de ouder inlog is nog niet verstuurd.",
    },
    status_blauw: StatusText {
        letters: "",
        label: "Blauw",
        help: "Blauwe stip: de e-mail met de ouder inlog is verstuurd (en nog niet gebruikt).",
    },
    status_groen: StatusText {
        letters: "",
        label: "Groen",
        help: "Groene stip: de ouder heeft de link geopend en een account aangemaakt.",
    },
    status_ag: StatusText {
        letters: "AG",
        label: "Aanmelding gestart",
        help: "Groen met de letters AG: de ouder is aan een voorkeurslijst begonnen, maar die is \
               nog niet definitief.",
    },
    status_av: StatusText {
        letters: "AV",
        label: "Aanmelding voltooid",
        help: "Groen met de letters AV: de lijst is ingevuld en definitief gemaakt; de leerling \
               is aangemeld.",
    },

    parent_home_title: "De overstap van uw kind",
    child_birth_date: "Geboortedatum",
    child_primary_school: "Basisschool",
    child_advice: "Schooladvies",
    child_status: "Stand van de aanmelding",
    parent_status_groen: "U heeft een account. U kunt de voorkeurslijst invullen zodra de \
                          aanmelding opent.",
    parent_status_ag: "U bent aan de voorkeurslijst begonnen, maar de aanmelding is nog niet \
                       definitief.",
    parent_status_av: "Uw aanmelding is volledig: de voorkeurslijst is definitief.",
    date,

    pupil_count,
    pupils_empty: "Er staan nog geen leerlingen in de lijst.",
    col_name: "Naam",
    col_class: "Groep",
    col_elk_number: "ELK-nummer",
    col_advice: "Advies",
    col_status: "Status",
    lwoo: "lwoo",

    vo_home_title: "Onze opleidingen",
    vo_home_intro: "Na de aanmeldingsweek ziet u hier de aanmeldingen en de gevraagde voorrang.",
    programmes_empty: "Er zijn nog geen opleidingen ingevoerd.",
    col_programme: "Opleiding",
    col_admitted_advice: "Toelaatbare adviezen",
    col_capacity: "Plaatsen",

    board_home_title: "Scholen van het bestuur",
    board_home_intro: "De scholen die onder uw bestuur vallen.",
    schools_empty: "Er zijn geen scholen gevonden.",
    col_school: "School",
    col_kind: "Soort",
    col_town: "Plaats",
    col_code: "BRIN",
    kind_po: "Basisschool",
    kind_vo: "Voortgezet onderwijs",

    coordinator_home_title: "Procedure in de regio",
    procedure_heading,
    region_schools_title: "Scholen in de regio",
    col_phase: "Fase",
    col_opens: "Begint op",
    col_phase_state: "Stand",
    phase_upcoming: "Nog niet begonnen",
    phase_open: "Nu open",
    phase_closed: "Afgelopen",
    phase_login_dispatch: "Inloggegevens naar ouders versturen",
    phase_registration: "Aanmeldingsweek",
    phase_priority_verification: "Voorrang controleren",
    phase_placement: "Loting en plaatsing",
    phase_publication: "Uitslag bekend",
    phase_round2: "Tweede ronde",

    parent: PARENT_NL,
    po: PO_NL,
    vo: VO_NL,
    coordinator: COORDINATOR_NL,
    two_step: TWO_STEP_NL,
};
