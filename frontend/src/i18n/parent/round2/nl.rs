//! Dutch texts of round 2.

use super::Round2Texts;

fn window_open(opens: &str, last: &str) -> String {
    format!("U kunt de lijst voor de tweede ronde maken van {opens} tot en met {last}.")
}

fn window_not_yet(opens: &str, last: &str) -> String {
    format!(
        "De tweede ronde loopt van {opens} tot en met {last}. Vanaf {opens} kunt u de lijst maken."
    )
}

fn window_closed(last: &str) -> String {
    format!("De tweede ronde is gesloten. Lijsten konden worden ingediend tot en met {last}.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!(
        "Uw kind is in de tweede ronde geplaatst bij {programme} van {school}: keuze {rank} op de \
         lijst van de tweede ronde."
    )
}

pub const ROUND2_NL: Round2Texts = Round2Texts {
    nav: "Tweede ronde",
    title: "Tweede ronde",
    intro: "In de tweede ronde kiest u opnieuw, uit de opleidingen die nog plaatsen vrij hebben \
            en bij het advies passen. Na de sluiting worden alle lijsten in één keer geplaatst; \
            de uitslag krijgt u per e-mail.",
    reason_unplaced: "Uw kind doet mee, omdat het in de eerste ronde geen plaats heeft gekregen.",
    reason_withdrawn: "Uw kind doet mee, omdat de school de plaats op uw verzoek heeft \
                       ingetrokken.",
    not_taking_part: "Uw kind doet niet mee aan de tweede ronde. Alleen kinderen die na de eerste \
                      ronde geen plaats hebben, doen mee. U hoeft niets te doen.",
    home_taking_part: "Uw kind doet mee aan de tweede ronde. Maak een nieuwe lijst en bevestig \
                       hem.",
    go_to_round2: "Naar de tweede ronde",

    window_open,
    window_not_yet,
    window_closed,
    window_not_planned: "Er is geen tweede ronde gepland.",

    list_heading: "Uw lijst voor de tweede ronde",
    no_programmes: "Er zijn geen opleidingen met vrije plaatsen die bij het advies passen. Neem \
                    contact op met de basisschool.",
    save_button: "Lijst opslaan",
    saved: "De lijst is opgeslagen. Bevestig hem hieronder; alleen een bevestigde lijst doet mee.",
    unsaved: "Er zijn wijzigingen die nog niet zijn opgeslagen.",
    read_only: "De lijst kan nu niet worden gewijzigd.",

    confirm_heading: "Controleren en bevestigen",
    confirm_intro: "Controleer de volgorde. Na het bevestigen is de lijst definitief en kunt u \
                    hem niet meer wijzigen.",
    confirm_button: "Lijst definitief maken",
    confirmed_heading: "Bevestigd",
    confirmed: "Uw lijst voor de tweede ronde is definitief. U krijgt een bevestiging per e-mail. \
                Na de sluiting van de tweede ronde krijgt u de uitslag.",

    list_empty: "Zet minstens één opleiding op de lijst.",
    duplicate_programme: "Deze opleiding staat al op de lijst.",
    programme_not_offered: "Deze opleiding heeft geen vrije plaatsen meer of past niet bij het \
                            advies. Haal haar van de lijst.",

    result_heading: "Uitslag van de tweede ronde",
    result_placed,
    result_unplaced: "Uw kind is in de tweede ronde niet geplaatst. Neem contact op met de \
                      basisschool.",
    result_placed_heading: "Geplaatst in de tweede ronde",
};
