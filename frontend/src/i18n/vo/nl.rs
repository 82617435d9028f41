//! Dutch texts of the secondary school's workspace.

use overstap_api_types::PriorityRuleKind;

use super::VoTexts;

fn registrations_caption(count: usize) -> String {
    match count {
        1 => "1 definitieve aanmelding met een opleiding van uw school als 1e keus".to_owned(),
        n => format!("{n} definitieve aanmeldingen met een opleiding van uw school als 1e keus"),
    }
}

fn claim_kind(kind: PriorityRuleKind) -> &'static str {
    match kind {
        PriorityRuleKind::Sibling => "Broer of zus op school",
        PriorityRuleKind::StaffChild => "Kind van een medewerker",
        PriorityRuleKind::Hardship => "Hardheidsclausule",
        PriorityRuleKind::Kopklas => "Kopklas",
    }
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("Broer of zus op school: {name}, klas {class}")
}

fn approve_for(name: &str) -> String {
    format!("Goedkeuren: voorrang van {name}")
}

fn reject_for(name: &str) -> String {
    format!("Afwijzen: voorrang van {name}")
}

fn list_counts_caption(lists: u32) -> String {
    match lists {
        1 => "1 definitieve voorkeurslijst noemt uw school".to_owned(),
        n => format!("{n} definitieve voorkeurslijsten noemen uw school"),
    }
}

fn rank_short(rank: u32) -> String {
    format!("{rank}e")
}

fn capacity_until(moment: &str) -> String {
    format!("U kunt het aantal plaatsen wijzigen tot de plaatsing: {moment}.")
}

fn capacity_of(programme: &str) -> String {
    format!("Nieuw aantal plaatsen voor {programme}")
}

fn capacity_saved(programme: &str, capacity: u32) -> String {
    format!("{programme} heeft nu {capacity} plaatsen.")
}

fn placements_not_yet(moment: &str) -> String {
    format!(
        "De plaatsing is nog niet bekendgemaakt. Vanaf {moment} ziet u hier de geplaatste \
         leerlingen en de reservelijsten."
    )
}

fn placed_caption(placed: usize, capacity: u32) -> String {
    format!("Geplaatst: {placed} leerlingen ({capacity} plaatsen)")
}

fn reserve_caption(count: usize) -> String {
    match count {
        1 => "Reservelijst: 1 leerling, in volgorde".to_owned(),
        n => format!("Reservelijst: {n} leerlingen, in volgorde"),
    }
}

fn offer_seat_for(programme: &str) -> String {
    format!("Bied vrijgekomen plek aan: {programme}")
}

fn withdraw_done(name: &str) -> String {
    format!(
        "De plaatsing van {name} is ingetrokken. De plek is vrij voor ronde 2, en {name} kan in \
         ronde 2 een nieuwe lijst maken."
    )
}

fn offer_made(name: &str, programme: &str, position: u32) -> String {
    format!(
        "De plek bij {programme} is aangeboden aan {name} (nummer {position} op de reservelijst)."
    )
}

fn offer_accepted_for(name: &str) -> String {
    format!("Geaccepteerd: {name}")
}

fn offer_declined_for(name: &str) -> String {
    format!("Afgeslagen: {name}")
}

fn offer_outcome(outcome: &str) -> &'static str {
    match outcome {
        "accepted" => "Geaccepteerd",
        "declined" => "Afgeslagen",
        _ => "Beantwoord",
    }
}

pub const VO_NL: VoTexts = VoTexts {
    nav_label: "Onderdelen van de VO-school",
    nav_registrations: "Aanmeldingen",
    nav_capacity: "Capaciteit",
    nav_placements: "Plaatsing en reservelijsten",

    registrations_title: "Aanmeldingen",
    registrations_intro: "De leerlingen die een opleiding van uw school als 1e keus hebben op hun \
                          definitieve voorkeurslijst (AV), en hoe vaak uw opleidingen op de lijsten \
                          staan.",
    first_choices_title: "1e keus en voorrang",
    registrations_caption,
    registrations_empty: "Nog geen definitieve aanmeldingen met uw school als 1e keus.",
    verification_until: "Voorrang beoordelen kan tot",
    verification_closed: "Voorrang beoordelen kon tot",
    col_claim: "Voorrang",
    col_decision: "Beoordeling",
    no_claim: "Geen",
    claim_kind,
    claim_sibling,
    claim_approved: "Goedgekeurd",
    claim_rejected: "Afgewezen",
    approve: "Goedkeuren",
    approve_for,
    reject: "Afwijzen",
    reject_for,
    reject_reason: "Reden van de afwijzing",
    reject_reason_required: "Vul de reden in; de ouders kunnen ernaar vragen.",
    reject_confirm: "Afwijzing opslaan",

    list_counts_title: "Op hoeveel lijsten staat uw school",
    list_counts_intro: "Per opleiding het aantal definitieve voorkeurslijsten dat haar noemt, per \
                        plaats op de lijst.",
    list_counts_caption,
    rank_short,
    col_lists_total: "Totaal",

    capacity_title: "Capaciteit",
    capacity_intro: "Het aantal plaatsen per opleiding. De plaatsing verdeelt precies deze \
                     plaatsen.",
    capacity_until,
    col_new_capacity: "Nieuw aantal",
    capacity_of,
    capacity_invalid: "Vul een heel getal van 0 tot en met 2000 in.",
    capacity_saved,

    placements_title: "Plaatsing en reservelijsten",
    placements_intro: "Na de bekendmaking: de geplaatste leerlingen en de reservelijst per \
                       opleiding. Komt er een plek vrij, bied die dan aan de eerste op de \
                       reservelijst aan.",
    placements_not_yet,
    published_at: "Bekendgemaakt op",
    export_placements: "Download als CSV",
    placed_caption,
    placed_empty: "Geen leerlingen geplaatst bij deze opleiding.",
    reserve_caption,
    reserve_empty: "Deze opleiding heeft geen reservelijst.",
    col_position: "Nr.",
    col_choice: "Keus",

    offer_seat: "Bied vrijgekomen plek aan",
    offer_seat_for,
    offer_made,
    reserve_exhausted: "Iedereen op deze reservelijst heeft al een aanbod gehad.",
    withdraw_title: "Plaatsing intrekken op verzoek van de ouders",
    withdraw_intro: "Vragen ouders de plaatsing in te trekken, leg dat hier vast met de reden. \
                     De leerling doet dan mee aan ronde 2 en de plek komt vrij. Dit wordt \
                     vastgelegd in het logboek en kan niet ongedaan worden gemaakt.",
    withdraw_pupil_label: "Leerling",
    withdraw_pupil_required: "Kies de leerling.",
    withdraw_reason_label: "Reden (verzoek van de ouders)",
    withdraw_reason_required: "Geef de reden.",
    withdraw_submit: "Plaatsing intrekken",
    withdraw_confirm: "Weet u zeker dat u deze plaatsing wilt intrekken? Dit kan niet ongedaan \
                       worden gemaakt.",
    withdraw_done,
    offers_title: "Aanbiedingen van vrijgekomen plekken",
    offers_intro: "Noteer het antwoord van de ouders. Bij een acceptatie gaat de leerling van de \
                   reservelijst naar de geplaatste leerlingen.",
    offers_empty: "Nog geen plekken aangeboden.",
    col_offered_at: "Aangeboden op",
    col_answer: "Antwoord van de ouders",
    offer_accepted: "Geaccepteerd",
    offer_accepted_for,
    offer_declined: "Afgeslagen",
    offer_declined_for,
    offer_outcome,
};
