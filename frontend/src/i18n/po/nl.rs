//! Dutch texts of the primary school's workspace, in the words of the ELK instruction.

use super::PoTexts;

fn pupils_caption(count: usize) -> String {
    match count {
        1 => "1 leerling met de stand van de aanmelding".to_owned(),
        n => format!("{n} leerlingen met de stand van hun aanmelding"),
    }
}

fn select_pupil(name: &str) -> String {
    format!("Selecteer {name}")
}

fn actions_for(name: &str) -> String {
    format!("Acties voor {name}")
}

fn send_login_heading(name: &str) -> String {
    format!("Verstuur ouder inlog voor {name}")
}

fn login_sent(name: &str, email: &str) -> String {
    format!("De ouder inlog van {name} is verstuurd naar {email}.")
}

fn bulk_send_selection(count: usize) -> String {
    format!("Verstuur ouder inlog aan selectie ({count})")
}

fn bulk_result(done: usize, skipped: usize) -> String {
    format!("{done} verstuurd, {skipped} overgeslagen.")
}

fn new_form_version(version: u32) -> String {
    format!("Opgeslagen. Nieuwe versie van het aanmeldformulier (versie {version}).")
}

fn import_done(created: u32, updated: u32, unchanged: u32) -> String {
    format!("Geïmporteerd: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.")
}

fn import_rejected(count: usize) -> String {
    let problems = match count {
        1 => "1 fout".to_owned(),
        n => format!("{n} fouten"),
    };
    format!(
        "Er is niets geïmporteerd: het bestand bevat {problems}. Verbeter het bestand en upload \
         het opnieuw."
    )
}

fn row_error_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "unknown_column" => "De kopregel bevat een kolom die niet in de lijst hieronder staat.",
        "missing_column" => "Deze verplichte kolom ontbreekt in de kopregel.",
        "duplicate_column" => "Deze kolom staat twee keer in de kopregel.",
        "wrong_field_count" => {
            "Deze regel heeft meer of minder cellen dan de kopregel (vaak een aanhalingsteken \
             dat niet is gesloten)."
        }
        "required" => "Deze cel is leeg.",
        "too_long" | "length" => "Deze waarde is te lang.",
        "date" => "Geen geldige datum; schrijf 2014-05-17 of 17-05-2014.",
        "implausible_date" => "Dit is geen geboortedatum van een leerling in groep 8.",
        "advice" => "Onbekend advies; gebruik een van de negen adviezen.",
        "lwoo" => "Vul ja of nee in (of laat de cel leeg).",
        "email" => "Dit is geen geldig e-mailadres.",
        "duplicate" => "Dit leerlingnummer staat al op een eerdere regel.",
        "twin_self" => "Een leerling kan niet zijn eigen tweeling zijn.",
        "twin_not_found" => {
            "Er is geen leerling met dit leerlingnummer in het bestand of op school."
        }
        "too_many_rows" => "Het bestand heeft meer dan 5.000 leerlingen.",
        _ => return None,
    })
}

fn column_help_text(column: &str) -> &'static str {
    match column {
        "external_id" => "het leerlingnummer in uw administratie (verplicht, uniek)",
        "first_name" => "voornaam",
        "last_name" => "achternaam, met tussenvoegsel",
        "class_name" => "groep, bijvoorbeeld 8A",
        "birth_date" => "geboortedatum als 2014-05-17 of 17-05-2014",
        "advice" => {
            "schooladvies: pro, vmbo-b, vmbo-b/k, vmbo-k, vmbo-(g)t, vmbo-gt/havo, havo, \
             havo/vwo of vwo"
        }
        "lwoo" => "leerwegondersteuning: ja of nee (leeg is nee; kolom mag ontbreken)",
        "home_town" => "woonplaats",
        "parent_email" => "e-mailadres van de ouder/verzorger",
        "twin_external_id" => {
            "leerlingnummer van de tweelingbroer of -zus (mag leeg; kolom mag ontbreken)"
        }
        _ => "",
    }
}

fn class_heading(class_name: &str) -> String {
    format!("Groep {class_name}")
}

fn send_reminders(count: usize) -> String {
    format!("Stuur herinnering ({count})")
}

fn reminder_result(done: usize, skipped: usize) -> String {
    format!("{done} herinneringen verstuurd, {skipped} overgeslagen.")
}

fn paper_intro(region: &str) -> String {
    format!(
        "Voor de aanmelding bij het voortgezet speciaal onderwijs (VSO) of het \
         praktijkonderwijs in de regio {region}. Deze leerlingen gebruiken geen voorkeurslijst."
    )
}

fn paper_version(version: u32) -> String {
    format!("Aanmeldformulier versie {version}")
}

pub const PO_NL: PoTexts = PoTexts {
    nav_label: "Werkruimte basisschool",
    nav_pupils: "Leerlingen",
    nav_board: "Overzicht aanmeldingen",
    nav_new_pupil: "Nieuwe leerling",
    nav_import: "Importeren",
    back_to_pupils: "Terug naar de leerlingen",

    pupils_title: "Leerlingen",
    pupils_intro: "Controleer de gegevens en verstuur de ouder inlog via de drie puntjes achter \
                   een leerling. De stip toont de stand van de aanmelding.",
    pupils_caption,
    export: "Exporteren (CSV)",
    export_failed: "Het bestand kon niet worden opgeslagen.",
    filters_label: "Leerlingen zoeken en filteren",
    filter_all_classes: "Alle groepen",
    filter_all_statuses: "Alle statussen",
    filter_search: "Zoeken op naam, ELK-nummer of e-mailadres",
    filter_search_button: "Zoeken",
    filter_needs_attention: "Alleen wie nog niet is aangemeld (alles behalve AV)",
    filter_clear: "Filters wissen",
    col_select: "Selecteren",
    col_actions: "Acties",
    select_all: "Selecteer alle leerlingen in de lijst",
    select_pupil,
    actions_for,
    action_send_login: "Verstuur ouder inlog",
    action_correct: "Gegevens corrigeren",
    action_paper_form: "Papieren formulier",

    send_login_heading,
    send_login_intro: "De ouder/verzorger krijgt een e-mail met de link naar het ouderportaal \
                       en het ELK-nummer als gebruikersnaam. Een eerder verstuurde link werkt \
                       daarna niet meer.",
    send_login_email_hint: "Controleer of het e-mailadres klopt. U kunt het hier nog wijzigen.",
    parent_email_label: "E-mailadres ouder/verzorger",
    sending: "Bezig met versturen…",
    cancel: "Annuleren",
    login_sent,
    bulk_title: "Ouder inlog aan meer leerlingen tegelijk",
    bulk_send_selection,
    bulk_send_all_wit: "Verstuur ouder inlog aan iedereen die nog wit is",
    bulk_send_all_wit_confirm: "De ouders van alle leerlingen met een witte stip krijgen nu de \
                                e-mail met de ouder inlog. Doorgaan?",
    bulk_result,

    new_title: "Nieuwe leerling",
    edit_title: "Gegevens corrigeren",
    pupil_created: "De leerling is toegevoegd.",
    first_name: "Voornaam",
    last_name: "Achternaam",
    external_id: "Leerlingnummer",
    external_id_hint: "Het nummer van de leerling in uw eigen administratie.",
    home_town: "Woonplaats",
    lwoo_label: "Leerwegondersteuning (lwoo)",
    twin_label: "Tweeling met",
    no_twin: "Geen tweeling",
    choose: "Kies…",
    field_date: "Vul een geldige datum in.",
    save: "Opslaan",
    saving: "Bezig met opslaan…",
    saved_unchanged: "Opgeslagen; er is niets gewijzigd.",
    new_form_version,
    form_version_label: "Versie aanmeldformulier",

    import_title: "Leerlingen importeren",
    import_intro: "Upload een CSV-bestand uit uw leerlingadministratie. Nieuwe leerlingen \
                   worden toegevoegd en bestaande bijgewerkt. Bevat het bestand een fout, dan \
                   wordt niets geïmporteerd en ziet u alle fouten tegelijk.",
    import_file_label: "CSV-bestand",
    import_file_hint: "Kolommen gescheiden door ; of , met de kopregel hieronder. Sla het \
                       bestand in Excel op als ‘CSV UTF-8’.",
    import_choose_file: "Kies eerst een bestand.",
    import_submit: "Importeren",
    importing: "Bezig met importeren…",
    import_done,
    import_rejected,
    import_errors_caption: "Fouten in het bestand",
    col_line: "Regel",
    col_column: "Kolom",
    col_problem: "Wat is er mis",
    row_error_text,
    import_columns_title: "De kolommen",
    import_columns_intro: "De eerste regel is de kopregel met deze namen; daarna één leerling per \
                           regel.",
    column_help_text,

    board_title: "Overzicht aanmeldingen",
    board_intro: "Per groep een stip per leerling. Zo ziet u wie de ouder inlog nog niet heeft \
                  gekregen en wie nog niet is aangemeld.",
    board_counts_caption: "Aantal leerlingen per status",
    col_total: "Totaal",
    whole_school: "Hele school",
    class_heading,
    class_all_registered: "Alle leerlingen van deze groep zijn aangemeld.",
    reminders_title: "Herinneren",
    reminders_intro: "Selecteer leerlingen met een blauwe of groene stip (ook AG) en stuur hun \
                      ouders een herinnering. Vraag ook of zij hulp nodig hebben.",
    reminders_closed: "Herinneringen kunnen alleen tijdens de aanmeldweek worden verstuurd.",
    select_remindable: "Selecteer iedereen die nog niet is aangemeld",
    clear_selection: "Selectie wissen",
    send_reminders,
    reminder_result,

    print: "Afdrukken",
    paper_title: "ELK-aanmeldingsformulier",
    paper_intro,
    paper_school_heading: "Basisschool",
    paper_school_name: "Naam",
    paper_contact: "Contact",
    paper_pupil_heading: "Leerling",
    paper_choice_heading: "Aanmelding",
    paper_chosen_school: "Gekozen school",
    paper_route: "Soort onderwijs (VSO of praktijkonderwijs)",
    paper_parent_name: "Naam ouder/verzorger",
    paper_date: "Datum",
    paper_parent_signature: "Handtekening ouder/verzorger",
    paper_school_signature: "Handtekening en stempel basisschool",
    paper_version,
    yes: "ja",
    no: "nee",
};
