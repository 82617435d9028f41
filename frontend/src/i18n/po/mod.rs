//! The texts of the primary school's workspace: pupils, status board, import, paper form.

pub mod en;
pub mod nl;

#[derive(Debug, Clone, Copy)]
pub struct PoTexts {
    // Navigation
    pub nav_label: &'static str,
    pub nav_pupils: &'static str,
    pub nav_board: &'static str,
    pub nav_new_pupil: &'static str,
    pub nav_import: &'static str,
    pub back_to_pupils: &'static str,

    // Pupil list
    pub pupils_title: &'static str,
    pub pupils_intro: &'static str,
    pub pupils_caption: fn(usize) -> String,
    pub export: &'static str,
    pub export_failed: &'static str,
    pub filters_label: &'static str,
    pub filter_all_classes: &'static str,
    pub filter_all_statuses: &'static str,
    pub filter_search: &'static str,
    pub filter_search_button: &'static str,
    pub filter_needs_attention: &'static str,
    pub filter_clear: &'static str,
    pub col_select: &'static str,
    pub col_actions: &'static str,
    pub select_all: &'static str,
    pub select_pupil: fn(&str) -> String,
    pub actions_for: fn(&str) -> String,
    pub action_send_login: &'static str,
    pub action_correct: &'static str,
    pub action_paper_form: &'static str,

    // Sending the parent login
    pub send_login_heading: fn(&str) -> String,
    pub send_login_intro: &'static str,
    pub send_login_email_hint: &'static str,
    pub parent_email_label: &'static str,
    pub sending: &'static str,
    pub cancel: &'static str,
    pub login_sent: fn(&str, &str) -> String,
    pub bulk_title: &'static str,
    pub bulk_send_selection: fn(usize) -> String,
    pub bulk_send_all_wit: &'static str,
    pub bulk_send_all_wit_confirm: &'static str,
    pub bulk_result: fn(usize, usize) -> String,

    // Pupil form
    pub new_title: &'static str,
    pub edit_title: &'static str,
    pub pupil_created: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub external_id: &'static str,
    pub external_id_hint: &'static str,
    pub home_town: &'static str,
    pub lwoo_label: &'static str,
    pub twin_label: &'static str,
    pub no_twin: &'static str,
    pub choose: &'static str,
    pub field_date: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub saved_unchanged: &'static str,
    pub new_form_version: fn(u32) -> String,
    pub form_version_label: &'static str,

    // Import
    pub import_title: &'static str,
    pub import_intro: &'static str,
    pub import_file_label: &'static str,
    pub import_file_hint: &'static str,
    pub import_choose_file: &'static str,
    pub import_submit: &'static str,
    pub importing: &'static str,
    pub import_done: fn(u32, u32, u32) -> String,
    pub import_rejected: fn(usize) -> String,
    pub import_errors_caption: &'static str,
    pub col_line: &'static str,
    pub col_column: &'static str,
    pub col_problem: &'static str,
    /// A row problem by its stable code; `None` shows the server's (English) message alone.
    pub row_error_text: fn(&str) -> Option<&'static str>,
    pub import_columns_title: &'static str,
    pub import_columns_intro: &'static str,
    pub column_help_text: fn(&str) -> &'static str,

    // Status board
    pub board_title: &'static str,
    pub board_intro: &'static str,
    pub board_counts_caption: &'static str,
    pub col_total: &'static str,
    pub whole_school: &'static str,
    pub class_heading: fn(&str) -> String,
    pub class_all_registered: &'static str,
    pub reminders_title: &'static str,
    pub reminders_intro: &'static str,
    pub reminders_closed: &'static str,
    pub select_remindable: &'static str,
    pub clear_selection: &'static str,
    pub send_reminders: fn(usize) -> String,
    pub reminder_result: fn(usize, usize) -> String,

    // Paper form
    pub print: &'static str,
    pub paper_title: &'static str,
    pub paper_intro: fn(&str) -> String,
    pub paper_school_heading: &'static str,
    pub paper_school_name: &'static str,
    pub paper_contact: &'static str,
    pub paper_pupil_heading: &'static str,
    pub paper_choice_heading: &'static str,
    pub paper_chosen_school: &'static str,
    pub paper_route: &'static str,
    pub paper_parent_name: &'static str,
    pub paper_date: &'static str,
    pub paper_parent_signature: &'static str,
    pub paper_school_signature: &'static str,
    pub paper_version: fn(u32) -> String,
    pub yes: &'static str,
    pub no: &'static str,
}

impl PoTexts {
    pub fn column_help(&self, column: &str) -> &'static str {
        (self.column_help_text)(column)
    }
}
