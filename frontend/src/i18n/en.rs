//! English; the Dutch terms parents meet in letters and at school stay, with a gloss.

use super::coordinator::en::COORDINATOR_EN;
use super::parent::en::PARENT_EN;
use super::po::en::PO_EN;
use super::texts::{StatusText, Texts};
use super::two_step::en::TWO_STEP_EN;
use super::vo::en::VO_EN;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn rate_limited(seconds: u64) -> String {
    if seconds >= 120 {
        format!(
            "Too many attempts. Try again in {} minutes.",
            seconds.div_ceil(60)
        )
    } else {
        format!("Too many attempts. Try again in {seconds} seconds.")
    }
}

fn error_reference(request_id: &str) -> String {
    format!("Please quote code {request_id} when you contact us.")
}

fn window_closed(opens: &str, closes: &str) -> String {
    format!("This is only possible from {opens} until {closes}.")
}

fn date(year: i32, month: u8, day: u8) -> String {
    let month = usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i));
    format!("{day} {} {year}", month.copied().unwrap_or_default())
}

fn pupil_count(count: u64) -> String {
    match count {
        1 => "1 pupil".to_owned(),
        n => format!("{n} pupils"),
    }
}

fn procedure_heading(region: &str, school_year: &str) -> String {
    format!("Calendar {region}, school year {school_year}")
}

pub const EN: Texts = Texts {
    app_name: "Overstap",
    app_tagline: "From primary to secondary school",
    skip_to_content: "Skip to content",
    language_label: "Language",
    signed_in_as: "Signed in as",
    sign_out: "Sign out",
    signed_out_notice: "You have signed out.",
    footer: "Overstap: registration for secondary school in your region.",
    loading: "Loading…",
    not_found_title: "Page not found",
    not_found_body: "This page does not exist (any more).",
    back_to_start: "Back to the start",

    landing_title: "Welcome to Overstap",
    landing_intro: "Here parents and guardians fill in the voorkeurslijst (list of preferred \
                    schools) and complete the aanmelding (registration) with a secondary school. \
                    Schools follow the registrations here.",
    landing_parent: "I am a parent/guardian",
    landing_parent_hint: "Sign in with your child's ELK-nummer.",
    landing_staff: "I work at a school",
    landing_staff_hint: "Primary school, secondary school, school board or coordination.",

    parent_sign_in_title: "Sign in for parents and guardians",
    parent_sign_in_intro: "Sign in with your child's ELK-nummer and the password you chose \
                           when activating the account.",
    staff_sign_in_title: "Sign in for schools",
    staff_sign_in_intro: "Sign in with the e-mail address of your school account.",
    elk_number_label: "ELK-nummer (pupil number)",
    elk_number_hint: "You may leave out spaces and dashes.",
    email_label: "E-mail address",
    password_label: "Password",
    sign_in: "Sign in",
    signing_in: "Signing in…",
    session_expired_notice: "Your session has expired. Please sign in again.",
    staff_instead: "Do you work at a school? Sign in here.",
    parent_instead: "Are you a parent or guardian? Sign in here.",

    error_invalid_credentials: "This combination of user name and password is not correct.",
    error_invalid_input: "Please check the marked fields.",
    error_rate_limited: rate_limited,
    error_rate_limited_later: "Too many attempts. Please try again later.",
    error_session_expired: "Your session has expired. Please sign in again.",
    error_forbidden: "You have no access to this information.",
    error_not_found: "This information was not found.",
    error_conflict: "This is not possible now; the information has changed in the meantime.",
    error_too_large: "This is too large to send.",
    error_unavailable: "Overstap cannot be reached right now. Please try again later.",
    error_unexpected: "Something went wrong on our side.",
    error_network: "No connection to Overstap. Please check your internet connection.",
    error_reference,
    error_window_closed: window_closed,
    error_window_closed_now: "This is not possible now, according to the procedure calendar.",
    error_not_allowed_in_status: "This is not possible in the current state of the registration.",
    error_unsupported_file: "We cannot read this file. Please upload a CSV file with the \
                             columns below.",
    error_stale_revision: "This was changed elsewhere in the meantime. Look at the current state and try again.",
    error_invalid_link: "This link no longer works. Ask the primary school for a new login.",
    facts_suffix: "_en",
    field_required: "Please fill in this field.",
    field_length: "This field is empty or too long.",
    field_too_long: "This is too long.",
    field_email: "Please enter a valid e-mail address.",
    field_invalid: "This value is not valid.",

    status_title: "What the status means",
    status_wit: StatusText {
        letters: "",
        label: "White (wit)",
        help: "White dot: the parent login e-mail has not been sent.",
    },
    status_blauw: StatusText {
        letters: "",
        label: "Blue (blauw)",
        help: "Blue dot: the login e-mail was sent (and not yet used).",
    },
    status_groen: StatusText {
        letters: "",
        label: "Green (groen)",
        help: "Green dot: the parent opened the link and created the account.",
    },
    status_ag: StatusText {
        letters: "AG",
        label: "Registration started (aanmelding gestart)",
        help: "Green, letters AG: the parent started a preference list but it is not \
               definitive.",
    },
    status_av: StatusText {
        letters: "AV",
        label: "Registration complete (aanmelding voltooid)",
        help: "Green, letters AV: the list is filled in and made definitive: the pupil is \
               registered.",
    },

    parent_home_title: "Your child's transfer",
    child_birth_date: "Date of birth",
    child_primary_school: "Primary school",
    child_advice: "School advice",
    child_status: "Registration status",
    parent_status_groen: "You have an account. You can fill in the voorkeurslijst as soon as the \
                          aanmelding (registration) opens.",
    parent_status_ag: "You have started the voorkeurslijst, but the registration is not final \
                       yet.",
    parent_status_av: "Your registration is complete: the voorkeurslijst is final.",
    date,

    pupil_count,
    pupils_empty: "There are no pupils in the list yet.",
    col_name: "Name",
    col_class: "Class",
    col_elk_number: "ELK-nummer",
    col_advice: "Advice",
    col_status: "Status",
    lwoo: "lwoo",

    vo_home_title: "Our programmes",
    vo_home_intro: "After the registration week you will see the registrations and the requested \
                    voorrang (priority) here.",
    programmes_empty: "No programmes have been entered yet.",
    col_programme: "Programme",
    col_admitted_advice: "Admitted advice",
    col_capacity: "Places",

    board_home_title: "The board's schools",
    board_home_intro: "The schools that belong to your board.",
    schools_empty: "No schools were found.",
    col_school: "School",
    col_kind: "Type",
    col_town: "Town",
    col_code: "BRIN",
    kind_po: "Primary school",
    kind_vo: "Secondary school",

    coordinator_home_title: "The procedure in the region",
    procedure_heading,
    region_schools_title: "Schools in the region",
    col_phase: "Phase",
    col_opens: "Starts on",
    col_phase_state: "State",
    phase_upcoming: "Not started",
    phase_open: "Open now",
    phase_closed: "Finished",
    phase_login_dispatch: "Sending login details to parents",
    phase_registration: "Registration week (aanmelding)",
    phase_priority_verification: "Checking voorrang (priority)",
    phase_placement: "Lottery and placement",
    phase_publication: "Results published",
    phase_round2: "Second round",

    parent: PARENT_EN,
    po: PO_EN,
    vo: VO_EN,
    coordinator: COORDINATOR_EN,
    two_step: TWO_STEP_EN,
};
