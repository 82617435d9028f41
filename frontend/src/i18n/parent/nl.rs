//! Dutch texts of the parent portal.

use overstap_api_types::PriorityRuleKind;

use super::ParentTexts;
use super::round2::nl::ROUND2_NL;

fn week_open(opens: &str, last: &str) -> String {
    format!("De aanmeldingsweek loopt van {opens} tot en met {last}.")
}

fn week_upcoming(opens: &str) -> String {
    format!("De aanmeldingsweek begint op {opens}.")
}

fn schools_count(min: u32, have: u32) -> String {
    let noun = if have == 1 { "school" } else { "scholen" };
    format!("Zet minstens {min} verschillende scholen op de lijst. Nu: {have} {noun}.")
}

fn rank(n: usize) -> String {
    format!("Keuze {n}")
}

fn move_up(name: &str) -> String {
    format!("{name} omhoog")
}

fn move_down(name: &str) -> String {
    format!("{name} omlaag")
}

fn remove(name: &str) -> String {
    format!("{name} van de lijst halen")
}

fn moved_to(name: &str, position: usize) -> String {
    format!("{name} staat nu op plaats {position}.")
}

fn added(name: &str) -> String {
    format!("{name} staat op de lijst.")
}

fn removed(name: &str) -> String {
    format!("{name} is van de lijst gehaald.")
}

fn catalogue_intro(advice: &str) -> String {
    format!("Hier staan alleen opleidingen die het advies {advice} toelaten.")
}

fn results_count(count: usize) -> String {
    match count {
        1 => "1 opleiding".to_owned(),
        n => format!("{n} opleidingen"),
    }
}

fn priority_offered(rule: &str) -> String {
    format!("Voorrang bij 1e keus: {rule}")
}

fn website_of(school: &str) -> String {
    format!("Website van {school}")
}

fn rule_name(rule: PriorityRuleKind) -> &'static str {
    match rule {
        PriorityRuleKind::Sibling => "broer of zus op deze school",
        PriorityRuleKind::StaffChild | PriorityRuleKind::Hardship | PriorityRuleKind::Kopklas => {
            "voorrangsregel van de school"
        }
    }
}

fn priority_claim(school: &str, rule: &str) -> String {
    format!("Ik vraag voorrang bij {school} ({rule})")
}

fn twin_link(name: &str) -> String {
    format!("Koppel de lijsten van mijn tweeling {name}")
}

fn twin_linked(name: &str) -> String {
    format!("De lijsten van uw kind en tweeling {name} zijn gekoppeld.")
}

fn entry_error(rank: usize, message: &str) -> String {
    format!("Keuze {rank}: {message}")
}

fn list_too_short(min: u32) -> String {
    format!("Zet minstens {min} verschillende scholen op de lijst.")
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("Broer of zus: {name}, klas {class}")
}

fn twin_not_linked(name: &str) -> String {
    format!("Niet gekoppeld met tweeling {name}.")
}

fn confirmed(email: &str) -> String {
    format!("Uw aanmelding is voltooid. We hebben een ontvangstbevestiging gestuurd naar {email}.")
}

fn withdraw_explained(last: &str) -> String {
    format!(
        "Tot en met {last} kunt u de aanmelding intrekken, de lijst aanpassen en opnieuw bevestigen."
    )
}

fn result_not_yet(when: &str) -> String {
    format!("De uitslag is bekend vanaf {when}. U krijgt dan ook een e-mail.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!("Uw kind is geplaatst bij {programme} van {school}: uw {rank}e keus.")
}

fn reserve_position(programme: &str, school: &str, position: u32) -> String {
    format!("{programme} van {school}: plaats {position} op de reservelijst")
}

pub const PARENT_NL: ParentTexts = ParentTexts {
    nav_label: "Aanmelding",
    nav_home: "Overzicht",
    nav_data: "Gegevens",
    nav_list: "Voorkeurslijst",
    nav_confirm: "Bevestigen",
    nav_result: "Uitslag",

    activate_title: "Account activeren",
    activate_intro: "U maakt een account aan om uw kind aan te melden bij het voortgezet onderwijs.",
    activate_child: "Uw kind",
    activate_username_hint: "Met dit ELK-nummer logt u voortaan in.",
    new_password_label: "Kies een wachtwoord",
    password_hint: "Minimaal 8 en maximaal 64 tekens. Een zin van een paar woorden is sterk en \
                    makkelijk te onthouden.",
    activate_submit: "Account activeren",
    activating: "Bezig met activeren…",
    password_too_short: "Dit wachtwoord is te kort. Gebruik minstens 8 tekens.",
    password_too_long: "Dit wachtwoord is te lang. Gebruik hoogstens 64 tekens.",
    password_too_common: "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een \
                          ander wachtwoord.",
    invalid_link_title: "Deze link werkt niet meer",
    invalid_link_body: "De link is verlopen, al gebruikt of vervangen door een nieuwere. Vraag de \
                        basisschool van uw kind om een nieuwe inlog.",
    invalid_reset_link_body: "De link om uw wachtwoord te herstellen is verlopen of al gebruikt. \
                              Vraag een nieuwe link aan. Lukt dat niet, vraag de basisschool dan \
                              om een nieuwe inlog.",
    request_new_reset: "Nieuwe link aanvragen",

    forgot_link: "Wachtwoord vergeten?",
    forgot_title: "Wachtwoord vergeten",
    forgot_intro: "Vul het ELK-nummer van uw kind in. U krijgt dan een e-mail met een link om een \
                   nieuw wachtwoord te kiezen.",
    forgot_submit: "Stuur mij een e-mail",
    sending: "Bezig met versturen…",
    forgot_sent: "Als dit ELK-nummer bekend is, is er een e-mail gestuurd naar het adres dat de \
                  basisschool van u heeft. Kijk ook in de map met ongewenste e-mail.",
    back_to_sign_in: "Terug naar inloggen",
    reset_title: "Nieuw wachtwoord kiezen",
    reset_intro: "Kies een nieuw wachtwoord. Daarna logt u in met het ELK-nummer en het nieuwe \
                  wachtwoord.",
    reset_submit: "Wachtwoord opslaan",
    saving: "Bezig met opslaan…",
    password_changed_notice: "Uw wachtwoord is gewijzigd. Log in met het nieuwe wachtwoord.",

    next_step_heading: "Wat is de volgende stap?",
    next_groen: "Stel de voorkeurslijst samen: de opleidingen in volgorde van voorkeur.",
    next_ag: "Controleer de voorkeurslijst en maak de aanmelding definitief.",
    next_av: "De aanmelding is voltooid. U hoeft nu niets te doen.",
    next_closed: "De aanmeldingsweek is voorbij. U ziet hier de stand bij het sluiten.",
    week_open,
    week_upcoming,
    week_closed: "De aanmeldingsweek is voorbij; de lijst kan niet meer veranderen.",
    go_to_list: "Naar de voorkeurslijst",
    go_to_confirm: "Controleren en bevestigen",
    go_to_result: "Naar de uitslag",
    go_to_data: "Gegevens van uw kind bekijken",

    data_title: "Gegevens van uw kind",
    data_intro: "Deze gegevens komen van de basisschool. U kunt ze hier niet wijzigen.",
    class_label: "Groep",
    lwoo_label: "Leerwegondersteuning (lwoo)",
    home_town_label: "Woonplaats",
    parent_email_label: "E-mailadres voor berichten",
    yes: "Ja",
    no: "Nee",
    data_wrong_title: "Klopt er iets niet?",
    data_wrong_body: "Neem contact op met de basisschool. Alleen de school kan deze gegevens \
                      aanpassen.",
    contact_email: "E-mail",
    contact_phone: "Telefoon",
    contact_website: "Website",

    list_title: "Voorkeurslijst",
    list_intro: "Zet de opleidingen in volgorde van voorkeur, met uw eerste keus bovenaan. Elke \
                 wijziging wordt meteen als concept bewaard.",
    schools_count,
    my_list_heading: "Uw lijst",
    list_empty: "Uw lijst is nog leeg. Kies hieronder opleidingen.",
    rank,
    move_up,
    move_down,
    remove,
    moved_to,
    added,
    removed,
    drag_hint: "Verander de volgorde door te slepen of met de knoppen omhoog en omlaag.",
    save_saving: "Bezig met bewaren…",
    save_saved: "Concept bewaard.",
    save_failed: "De laatste wijziging is niet bewaard.",
    stale_notice: "De lijst is intussen ergens anders gewijzigd (in een ander venster of door de \
                   andere ouder). U ziet nu de actuele lijst. Doe uw wijziging zo nodig opnieuw.",
    read_only_av: "Uw aanmelding is definitief. Wilt u de lijst nog veranderen? Trek de \
                   aanmelding dan in; de lijst blijft bewaard als concept.",
    read_only_closed: "De lijst kan nu niet veranderen.",
    catalogue_heading: "Opleidingen kiezen",
    catalogue_intro,
    search_label: "Zoek op opleiding, school of plaats",
    filter_town: "Plaats",
    filter_level: "Niveau",
    all_towns: "Alle plaatsen",
    all_levels: "Alle niveaus",
    results_count,
    no_results: "Geen opleidingen gevonden. Pas de zoekwoorden of filters aan.",
    add: "Toevoegen",
    on_list: "Op uw lijst",
    levels_label: "Niveaus",
    priority_offered,
    website_of,
    new_window: "(opent in een nieuw venster)",
    rule_name,

    priority_heading: "Voorrang",
    priority_claim,
    priority_explained: "Voorrang kan alleen bij de 1e keus. De school controleert de voorrang \
                         voor de plaatsing.",
    sibling_name: "Naam van de broer of zus",
    sibling_class: "Klas van de broer of zus",
    twin_heading: "Tweeling",
    twin_link,
    twin_linked,
    twin_explained: "Gekoppelde tweelingen hebben dezelfde lijst en worden samen geplaatst.",

    errors_heading: "Dit moet nog anders",
    entry_error,
    list_too_short,
    list_too_long: "De lijst is te lang.",
    not_eligible: "Deze opleiding past niet bij het advies.",
    duplicate: "Deze opleiding staat al op de lijst.",
    unknown_programme: "Deze opleiding bestaat niet (meer).",
    priority_not_at_first_choice: "Voorrang kan alleen bij de 1e keus.",
    priority_rule_not_offered: "Deze school biedt deze voorrang niet.",
    priority_rule_not_in_region: "Deze voorrangsregel geldt niet in uw regio.",
    sibling_name_missing: "Vul de naam van de broer of zus in.",
    sibling_class_missing: "Vul de klas van de broer of zus in.",
    twin_list_differs: "De lijst van de tweeling is anders. Gekoppelde tweelingen hebben dezelfde \
                        lijst.",
    paper_route: "Bij dit advies meldt de basisschool uw kind aan met een papieren formulier.",
    list_empty_refused: "Zet minstens één opleiding op de lijst.",

    confirm_title: "Controleren en bevestigen",
    confirm_intro: "Controleer de lijst. Na het bevestigen is de aanmelding definitief. Tijdens \
                    de aanmeldingsweek kunt u haar nog intrekken.",
    summary_list: "Uw voorkeurslijst",
    summary_claim: "Voorrang",
    summary_no_claim: "Geen voorrang gevraagd.",
    claim_sibling,
    summary_twin: "Tweeling",
    twin_not_linked,
    confirm_button: "Aanmelding definitief maken",
    confirming: "Bezig met bevestigen…",
    confirmed,
    edit_list: "Lijst aanpassen",
    withdraw_button: "Aanmelding intrekken",
    withdrawing: "Bezig met intrekken…",
    withdrawn: "De aanmelding is ingetrokken. De lijst is bewaard als concept: pas hem aan en \
                bevestig opnieuw.",
    withdraw_explained,
    confirm_empty: "Er staat nog niets op de lijst.",

    result_title: "Uitslag",
    result_not_yet,
    result_placed,
    result_placed_heading: "Geplaatst",
    result_unplaced: "Uw kind is niet geplaatst. De basisschool helpt u met de tweede ronde.",
    result_pending: "De uitslag wordt nog vastgesteld. Kijk later nog eens.",
    reserve_heading: "Reservelijsten",
    reserve_position,

    round2: ROUND2_NL,
};
