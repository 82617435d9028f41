//! Dutch texts of the coordinator's placement pages.

use super::CoordinatorTexts;

fn attention_caption(count: usize) -> String {
    match count {
        1 => "1 leerling om te bellen".to_owned(),
        n => format!("{n} leerlingen om te bellen"),
    }
}

fn placed_at_rank(programme: &str, rank: u32) -> String {
    format!("Geplaatst bij {programme} ({rank}e keus)")
}

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0).replace('.', ",")
}

fn erase_found(name: &str, elk: &str, school: &str) -> String {
    format!("{name} (ELK-nummer {elk}), {school}")
}

pub const COORDINATOR_NL: CoordinatorTexts = CoordinatorTexts {
    nav_label: "Onderdelen van de coördinatie",
    nav_region: "Regio en kalender",
    nav_runs: "Plaatsing",
    nav_statistics: "Statistieken",

    rounds_label: "Ronde",
    round_1: "Ronde 1",
    round_2: "Ronde 2",
    round2_explained: "Ronde 2 plaatst de leerlingen zonder plek na ronde 1 (en die van wie de \
                       school de plaatsing op verzoek van de ouders introk) op de plaatsen die \
                       over zijn, na de nieuwe lijsten van de ouders. Proefplaatsingen kunnen \
                       zodra ronde 2 open is; de officiële plaatsing na de sluiting, en de \
                       uitslag is dan meteen bekend.",
    runs_title: "Loting en plaatsing",
    runs_intro: "Na de aanmeldweek plaatst het systeem alle leerlingen met een definitieve \
                 aanmelding. Elke plaatsing legt vast wat erin ging (hash), met welke seed en \
                 wat eruit kwam, zodat iedereen haar kan nagaan.",
    start_title: "Plaatsing uitvoeren",
    dry_explained: "Een proefplaatsing kan zo vaak als u wilt, elke keer met een nieuwe seed. \
                    Ouders en scholen zien er niets van.",
    start_dry: "Start een proefplaatsing",
    commit_explained: "Leg vóór de officiële plaatsing de seed vast: u ziet nu alleen de hash \
                       (commitment); de seed zelf wordt met de officiële plaatsing bekend.",
    commit_seed: "Leg de seed vast",
    commitment_made: "Seed vastgelegd op",
    official_explained: "De officiële plaatsing gebeurt één keer per ronde, in de \
                         plaatsingsperiode. De uitslag blijft verborgen tot de bekendmaking.",
    start_official: "Start de officiële plaatsing",
    official_confirm: "De officiële plaatsing kan maar één keer. Nu starten?",
    running: "De plaatsing loopt…",
    dry_done: "De proefplaatsing is klaar.",
    official_done: "De officiële plaatsing is klaar. Ouders zien de uitslag vanaf de \
                    bekendmaking.",
    official_conflict: "Deze ronde heeft al een officiële plaatsing, of deze seed is al \
                        gebruikt.",
    commitment_required: "Leg eerst de seed vast.",

    runs_list_title: "Alle plaatsingen",
    runs_caption: "Plaatsingen van deze procedure, nieuwste eerst",
    runs_empty: "Nog geen plaatsingen.",
    col_kind: "Soort",
    kind_dry: "Proef",
    kind_official: "Officieel",
    col_started: "Gestart",
    started_by: "door",
    col_participants: "Deelnemers",
    col_placed: "Geplaatst",
    col_audit: "Controlegegevens",
    input_hash: "Invoer",
    output_hash: "Uitkomst",
    seed: "Seed",
    engine: "Versie",
    show_attention: "Aandachtslijst",
    show_statistics: "Statistieken",
    download_snapshot: "Download snapshot",

    attention_title: "Aandachtslijst",
    attention_intro: "Leerlingen die bij hun 9e keus of lager zijn geplaatst, of niet geplaatst: \
                      bel deze ouders vóór de bekendmaking.",
    attention_caption,
    attention_empty: "Niemand: iedereen is bij een van de eerste acht keuzes geplaatst.",
    col_outcome: "Uitkomst",
    placed_at_rank,
    unplaced: "Niet geplaatst",

    statistics_title: "Statistieken",
    statistics_intro: "De uitkomst van de officiële plaatsing, of van de plaatsing die u kiest bij \
                       Plaatsing.",
    no_official_run: "Er is nog geen officiële plaatsing. Kies een proefplaatsing bij",
    export_statistics: "Download als CSV",
    outcomes_title: "Uitkomst per keus",
    summary_caption: "Deelnemers, plaatsen en uitkomsten",
    col_measure: "Wat",
    col_count: "Aantal",
    col_share: "Deel",
    seats: "Plaatsen",
    top_3: "In de top 3",
    top_5: "In de top 5",
    part_first: "1e keus",
    part_second_third: "2e of 3e keus",
    part_fourth_fifth: "4e of 5e keus",
    part_lower: "Buiten de top 5",
    part_unplaced: "Niet geplaatst",
    percent,
    outcome_chart_title: "Leerlingen per uitkomst",
    demand_title: "1e keuzes en plaatsen",
    demand_chart_title: "Per school: 1e keuzes tegenover plaatsen",
    first_choices: "1e keuzes",
    programmes_caption: "Per opleiding: 1e keuzes tegenover plaatsen, en geplaatst",
    erase_title: "Leerling verwijderen op verzoek (AVG)",
    erase_intro: "Vraagt een ouder om alle gegevens van het kind te wissen? Zoek de leerling op \
                  ELK-nummer, controleer wie het is en verwijder. Het auditlog bewaart de \
                  handelingen onder een pseudoniem. Tussen de plaatsingsdatum en de officiële \
                  plaatsing kan dit niet.",
    erase_elk_label: "ELK-nummer",
    erase_find: "Zoek leerling",
    erase_not_found: "Geen leerling in deze regio met dit ELK-nummer.",
    erase_found,
    erase_button: "Verwijder alle gegevens",
    erase_confirm: "Alle gegevens van deze leerling en de ouder worden definitief verwijderd. \
                    Doorgaan?",
    erase_done: "De gegevens zijn verwijderd.",
    erase_refused: "Verwijderen kan nu niet: de officiële plaatsing van de regio moet eerst \
                    gedraaid zijn.",
};
