//! English texts of the primary school's workspace; ELK's Dutch terms stay, with a gloss.

use super::PoTexts;

fn pupils_caption(count: usize) -> String {
    match count {
        1 => "1 pupil with the state of the registration".to_owned(),
        n => format!("{n} pupils with the state of their registration"),
    }
}

fn select_pupil(name: &str) -> String {
    format!("Select {name}")
}

fn actions_for(name: &str) -> String {
    format!("Actions for {name}")
}

fn send_login_heading(name: &str) -> String {
    format!("Send the parent login for {name}")
}

fn login_sent(name: &str, email: &str) -> String {
    format!("The parent login of {name} has been sent to {email}.")
}

fn bulk_send_selection(count: usize) -> String {
    format!("Send the parent login to the selection ({count})")
}

fn bulk_result(done: usize, skipped: usize) -> String {
    format!("{done} sent, {skipped} skipped.")
}

fn new_form_version(version: u32) -> String {
    format!("Saved. New version of the registration form (version {version}).")
}

fn import_done(created: u32, updated: u32, unchanged: u32) -> String {
    format!("Imported: {created} new, {updated} updated, {unchanged} unchanged.")
}

fn import_rejected(count: usize) -> String {
    let problems = match count {
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    format!("Nothing was imported: the file has {problems}. Correct the file and upload it again.")
}

/// The server's own messages are English and name the values; they are shown as they are.
fn row_error_text(_code: &str) -> Option<&'static str> {
    None
}

fn column_help_text(column: &str) -> &'static str {
    match column {
        "external_id" => "the pupil number in your administration (required, unique)",
        "first_name" => "first name",
        "last_name" => "last name, with any prefix",
        "class_name" => "class (groep), for example 8A",
        "birth_date" => "date of birth as 2014-05-17 or 17-05-2014",
        "advice" => {
            "school advice: pro, vmbo-b, vmbo-b/k, vmbo-k, vmbo-(g)t, vmbo-gt/havo, havo, \
             havo/vwo or vwo"
        }
        "lwoo" => "learning support: ja or nee (empty is nee; the column may be left out)",
        "home_town" => "home town",
        "parent_email" => "e-mail address of the parent/guardian",
        "twin_external_id" => {
            "pupil number of the twin brother or sister (may be empty; the column may be left out)"
        }
        _ => "",
    }
}

fn class_heading(class_name: &str) -> String {
    format!("Class {class_name}")
}

fn send_reminders(count: usize) -> String {
    format!("Send reminder ({count})")
}

fn reminder_result(done: usize, skipped: usize) -> String {
    format!("{done} reminders sent, {skipped} skipped.")
}

fn paper_intro(region: &str) -> String {
    format!(
        "For registration with special secondary education (VSO) or praktijkonderwijs \
         (practical education) in the {region} region. These pupils do not use a voorkeurslijst."
    )
}

fn paper_version(version: u32) -> String {
    format!("Registration form version {version}")
}

pub const PO_EN: PoTexts = PoTexts {
    nav_label: "Primary school workspace",
    nav_pupils: "Pupils",
    nav_board: "Registration overview",
    nav_new_pupil: "New pupil",
    nav_import: "Import",
    back_to_pupils: "Back to the pupils",

    pupils_title: "Pupils",
    pupils_intro: "Check the data and send the parent login through the three dots behind a \
                   pupil. The dot shows where the registration stands.",
    pupils_caption,
    export: "Export (CSV)",
    export_failed: "The file could not be saved.",
    filters_label: "Search and filter pupils",
    filter_all_classes: "All classes",
    filter_all_statuses: "All statuses",
    filter_search: "Search by name, ELK-nummer or e-mail address",
    filter_search_button: "Search",
    filter_needs_attention: "Only those not yet registered (everything but AV)",
    filter_clear: "Clear filters",
    col_select: "Select",
    col_actions: "Actions",
    select_all: "Select all pupils in the list",
    select_pupil,
    actions_for,
    action_send_login: "Send parent login",
    action_correct: "Correct the data",
    action_paper_form: "Paper form",

    send_login_heading,
    send_login_intro: "The parent/guardian gets an e-mail with the link to the parent portal and \
                       the ELK-nummer as user name. A link sent earlier stops working.",
    send_login_email_hint: "Check that the e-mail address is right. You can still change it here.",
    parent_email_label: "E-mail address of the parent/guardian",
    sending: "Sending…",
    cancel: "Cancel",
    login_sent,
    bulk_title: "Parent login for several pupils at once",
    bulk_send_selection,
    bulk_send_all_wit: "Send the parent login to everyone still white",
    bulk_send_all_wit_confirm: "The parents of every pupil with a white dot will now get the \
                                parent login e-mail. Continue?",
    bulk_result,

    new_title: "New pupil",
    edit_title: "Correct the data",
    pupil_created: "The pupil has been added.",
    first_name: "First name",
    last_name: "Last name",
    external_id: "Pupil number",
    external_id_hint: "The pupil's number in your own administration.",
    home_town: "Home town",
    lwoo_label: "Learning support (lwoo)",
    twin_label: "Twin of",
    no_twin: "No twin",
    choose: "Choose…",
    field_date: "Please enter a valid date.",
    save: "Save",
    saving: "Saving…",
    saved_unchanged: "Saved; nothing has changed.",
    new_form_version,
    form_version_label: "Registration form version",

    import_title: "Import pupils",
    import_intro: "Upload a CSV file from your pupil administration. New pupils are added and \
                   existing ones updated. If the file has a problem, nothing is imported and you \
                   see every problem at once.",
    import_file_label: "CSV file",
    import_file_hint: "Columns separated by ; or , with the header line below. In Excel, save \
                       the file as ‘CSV UTF-8’.",
    import_choose_file: "Please choose a file first.",
    import_submit: "Import",
    importing: "Importing…",
    import_done,
    import_rejected,
    import_errors_caption: "Problems in the file",
    col_line: "Line",
    col_column: "Column",
    col_problem: "What is wrong",
    row_error_text,
    import_columns_title: "The columns",
    import_columns_intro: "The first line is the header with these names; then one pupil per \
                           line.",
    column_help_text,

    board_title: "Registration overview",
    board_intro: "One dot per pupil, per class. You see at a glance who has not had the parent \
                  login yet and who is not registered yet.",
    board_counts_caption: "Number of pupils per status",
    col_total: "Total",
    whole_school: "Whole school",
    class_heading,
    class_all_registered: "All pupils of this class are registered.",
    reminders_title: "Reminders",
    reminders_intro: "Select pupils with a blue or green dot (including AG) and send their \
                      parents a reminder. Ask whether they need help, too.",
    reminders_closed: "Reminders can only be sent during the registration week.",
    select_remindable: "Select everyone not registered yet",
    clear_selection: "Clear selection",
    send_reminders,
    reminder_result,

    print: "Print",
    paper_title: "ELK registration form (ELK-aanmeldingsformulier)",
    paper_intro,
    paper_school_heading: "Primary school",
    paper_school_name: "Name",
    paper_contact: "Contact",
    paper_pupil_heading: "Pupil",
    paper_choice_heading: "Registration",
    paper_chosen_school: "Chosen school",
    paper_route: "Type of education (VSO or praktijkonderwijs)",
    paper_parent_name: "Name of the parent/guardian",
    paper_date: "Date",
    paper_parent_signature: "Signature of the parent/guardian",
    paper_school_signature: "Signature and stamp of the primary school",
    paper_version,
    yes: "yes",
    no: "no",
};
