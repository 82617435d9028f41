//! The texts of the coordinator's placement pages: runs and their audit facts, the attention
//! list, and the statistics with their charts.

pub mod en;
pub mod nl;

#[derive(Debug, Clone, Copy)]
pub struct CoordinatorTexts {
    // Navigation
    pub nav_label: &'static str,
    pub nav_region: &'static str,
    pub nav_runs: &'static str,
    pub nav_statistics: &'static str,

    // Starting runs
    pub runs_title: &'static str,
    pub runs_intro: &'static str,
    pub start_title: &'static str,
    pub dry_explained: &'static str,
    pub start_dry: &'static str,
    pub commit_explained: &'static str,
    pub commit_seed: &'static str,
    pub commitment_made: &'static str,
    pub official_explained: &'static str,
    pub start_official: &'static str,
    pub official_confirm: &'static str,
    pub running: &'static str,
    pub dry_done: &'static str,
    pub official_done: &'static str,
    pub official_conflict: &'static str,
    pub commitment_required: &'static str,
    pub rounds_label: &'static str,
    pub round_1: &'static str,
    pub round_2: &'static str,
    pub round2_explained: &'static str,

    // The runs
    pub runs_list_title: &'static str,
    pub runs_caption: &'static str,
    pub runs_empty: &'static str,
    pub col_kind: &'static str,
    pub kind_dry: &'static str,
    pub kind_official: &'static str,
    pub col_started: &'static str,
    pub started_by: &'static str,
    pub col_participants: &'static str,
    pub col_placed: &'static str,
    pub col_audit: &'static str,
    pub input_hash: &'static str,
    pub output_hash: &'static str,
    pub seed: &'static str,
    pub engine: &'static str,
    pub show_attention: &'static str,
    pub show_statistics: &'static str,
    pub download_snapshot: &'static str,

    // Attention list
    pub attention_title: &'static str,
    pub attention_intro: &'static str,
    pub attention_caption: fn(usize) -> String,
    pub attention_empty: &'static str,
    pub col_outcome: &'static str,
    pub placed_at_rank: fn(&str, u32) -> String,
    pub unplaced: &'static str,

    // Statistics
    pub statistics_title: &'static str,
    pub statistics_intro: &'static str,
    pub no_official_run: &'static str,
    pub export_statistics: &'static str,
    pub outcomes_title: &'static str,
    pub summary_caption: &'static str,
    pub col_measure: &'static str,
    pub col_count: &'static str,
    pub col_share: &'static str,
    pub seats: &'static str,
    pub top_3: &'static str,
    pub top_5: &'static str,
    pub part_first: &'static str,
    pub part_second_third: &'static str,
    pub part_fourth_fifth: &'static str,
    pub part_lower: &'static str,
    pub part_unplaced: &'static str,
    /// A share from 0 to 1 as a percentage with one decimal.
    pub percent: fn(f64) -> String,
    pub outcome_chart_title: &'static str,
    pub demand_title: &'static str,
    pub demand_chart_title: &'static str,
    pub first_choices: &'static str,
    pub programmes_caption: &'static str,

    // Erasing one pupil on request (AVG)
    pub erase_title: &'static str,
    pub erase_intro: &'static str,
    pub erase_elk_label: &'static str,
    pub erase_find: &'static str,
    pub erase_not_found: &'static str,
    pub erase_found: fn(&str, &str, &str) -> String,
    pub erase_button: &'static str,
    pub erase_confirm: &'static str,
    pub erase_done: &'static str,
    pub erase_refused: &'static str,
}
