//! English texts of the coordinator's placement pages.

use super::CoordinatorTexts;

fn attention_caption(count: usize) -> String {
    match count {
        1 => "1 pupil to phone".to_owned(),
        n => format!("{n} pupils to phone"),
    }
}

fn placed_at_rank(programme: &str, rank: u32) -> String {
    format!("Placed at {programme} (choice {rank})")
}

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

fn erase_found(name: &str, elk: &str, school: &str) -> String {
    format!("{name} (ELK number {elk}), {school}")
}

pub const COORDINATOR_EN: CoordinatorTexts = CoordinatorTexts {
    nav_label: "Parts of the coordination",
    nav_region: "Region and calendar",
    nav_runs: "Placement",
    nav_statistics: "Statistics",

    rounds_label: "Round",
    round_1: "Round 1",
    round_2: "Round 2",
    round2_explained: "Round 2 places the pupils without a place after round 1 (and those whose \
                       school withdrew the place at the parents' request) on the seats left, by \
                       the parents' new lists. Dry runs are possible once round 2 opens; the \
                       official run after it closes, and its result is published at once.",
    runs_title: "Lottery and placement",
    runs_intro: "After the registration week the system places every pupil with a definitive \
                 registration. Each run records what went in (a hash), the seed and what came \
                 out, so anyone can check it.",
    start_title: "Run the placement",
    dry_explained: "Run a dry run as often as you like, each time with a new seed. Parents and \
                    schools see nothing of it.",
    start_dry: "Start a dry run",
    commit_explained: "Before the official run, commit to the seed: you see only its hash (the \
                       commitment) now; the seed itself is revealed by the official run.",
    commit_seed: "Commit to a seed",
    commitment_made: "Seed committed on",
    official_explained: "The official run happens once per round, in the placement period. The \
                         result stays hidden until the publication moment.",
    start_official: "Start the official run",
    official_confirm: "The official run can be done only once. Start it now?",
    running: "The placement is running…",
    dry_done: "The dry run is done.",
    official_done: "The official run is done. Parents see the result from the publication \
                    moment.",
    official_conflict: "This round already has its official run, or this seed was already used.",
    commitment_required: "Commit to a seed first.",

    runs_list_title: "All runs",
    runs_caption: "Runs of this procedure, newest first",
    runs_empty: "No runs yet.",
    col_kind: "Kind",
    kind_dry: "Dry run",
    kind_official: "Official",
    col_started: "Started",
    started_by: "by",
    col_participants: "Participants",
    col_placed: "Placed",
    col_audit: "Audit facts",
    input_hash: "Input",
    output_hash: "Output",
    seed: "Seed",
    engine: "Version",
    show_attention: "Attention list",
    show_statistics: "Statistics",
    download_snapshot: "Download snapshot",

    attention_title: "Attention list",
    attention_intro: "Pupils placed at their 9th choice or lower, or not placed: phone these \
                      parents before the publication moment.",
    attention_caption,
    attention_empty: "Nobody: everyone was placed at one of their first eight choices.",
    col_outcome: "Outcome",
    placed_at_rank,
    unplaced: "Not placed",

    statistics_title: "Statistics",
    statistics_intro: "The outcome of the official run, or of the run you choose under \
                       Placement.",
    no_official_run: "There is no official run yet. Choose a dry run under",
    export_statistics: "Download as CSV",
    outcomes_title: "Outcome by choice",
    summary_caption: "Participants, seats and outcomes",
    col_measure: "Measure",
    col_count: "Number",
    col_share: "Share",
    seats: "Seats",
    top_3: "In the top 3",
    top_5: "In the top 5",
    part_first: "1st choice",
    part_second_third: "2nd or 3rd choice",
    part_fourth_fifth: "4th or 5th choice",
    part_lower: "Outside the top 5",
    part_unplaced: "Not placed",
    percent,
    outcome_chart_title: "Pupils by outcome",
    demand_title: "1st choices and seats",
    demand_chart_title: "Per school: 1st choices against seats",
    first_choices: "1st choices",
    programmes_caption: "Per programme: 1st choices against seats, and placed",
    erase_title: "Erase a pupil on request (GDPR)",
    erase_intro: "A parent asks to erase all data of their child? Look the pupil up by ELK \
                  number, check who it is, and erase. The audit log keeps the actions under a \
                  pseudonym. This is not possible between the placement date and the official \
                  run.",
    erase_elk_label: "ELK number",
    erase_find: "Find pupil",
    erase_not_found: "No pupil in this region has this ELK number.",
    erase_found,
    erase_button: "Erase all data",
    erase_confirm: "All data of this pupil and the parent will be erased for good. Continue?",
    erase_done: "The data has been erased.",
    erase_refused: "Erasing is not possible now: the region's official placement must run first.",
};
