//! English texts of the parent portal.

use overstap_api_types::PriorityRuleKind;

use super::ParentTexts;
use super::round2::en::ROUND2_EN;

fn week_open(opens: &str, last: &str) -> String {
    format!("The registration week runs from {opens} until {last}.")
}

fn week_upcoming(opens: &str) -> String {
    format!("The registration week starts on {opens}.")
}

fn schools_count(min: u32, have: u32) -> String {
    let noun = if have == 1 { "school" } else { "schools" };
    format!("Put at least {min} different schools on the list. Now: {have} {noun}.")
}

fn rank(n: usize) -> String {
    format!("Choice {n}")
}

fn move_up(name: &str) -> String {
    format!("Move {name} up")
}

fn move_down(name: &str) -> String {
    format!("Move {name} down")
}

fn remove(name: &str) -> String {
    format!("Remove {name} from the list")
}

fn moved_to(name: &str, position: usize) -> String {
    format!("{name} is now in position {position}.")
}

fn added(name: &str) -> String {
    format!("{name} is on the list.")
}

fn removed(name: &str) -> String {
    format!("{name} was removed from the list.")
}

fn catalogue_intro(advice: &str) -> String {
    format!("Only programmes that admit the advice {advice} are shown here.")
}

fn results_count(count: usize) -> String {
    match count {
        1 => "1 programme".to_owned(),
        n => format!("{n} programmes"),
    }
}

fn priority_offered(rule: &str) -> String {
    format!("Priority at 1st choice: {rule}")
}

fn website_of(school: &str) -> String {
    format!("Website of {school}")
}

fn rule_name(rule: PriorityRuleKind) -> &'static str {
    match rule {
        PriorityRuleKind::Sibling => "brother or sister at this school",
        PriorityRuleKind::StaffChild | PriorityRuleKind::Hardship | PriorityRuleKind::Kopklas => {
            "the school's priority rule"
        }
    }
}

fn priority_claim(school: &str, rule: &str) -> String {
    format!("I claim priority at {school} ({rule})")
}

fn twin_link(name: &str) -> String {
    format!("Link the lists of my twin {name}")
}

fn twin_linked(name: &str) -> String {
    format!("The lists of your child and twin {name} are linked.")
}

fn entry_error(rank: usize, message: &str) -> String {
    format!("Choice {rank}: {message}")
}

fn list_too_short(min: u32) -> String {
    format!("Put at least {min} different schools on the list.")
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("Brother or sister: {name}, class {class}")
}

fn twin_not_linked(name: &str) -> String {
    format!("Not linked with twin {name}.")
}

fn confirmed(email: &str) -> String {
    format!("Your registration is complete. We sent a confirmation of receipt to {email}.")
}

fn withdraw_explained(last: &str) -> String {
    format!("Until {last} you can withdraw the registration, change the list and confirm again.")
}

fn result_not_yet(when: &str) -> String {
    format!("The result will be available from {when}. You will also get an e-mail then.")
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!(
        "Your child has been placed in {programme} at {school}: your {} choice.",
        ordinal(rank)
    )
}

fn reserve_position(programme: &str, school: &str, position: u32) -> String {
    format!("{programme} at {school}: position {position} on the reserve list")
}

pub const PARENT_EN: ParentTexts = ParentTexts {
    nav_label: "Registration",
    nav_home: "Overview",
    nav_data: "Details",
    nav_list: "Preference list",
    nav_confirm: "Confirm",
    nav_result: "Result",

    activate_title: "Activate your account",
    activate_intro: "You are creating an account to register your child for secondary school.",
    activate_child: "Your child",
    activate_username_hint: "From now on you sign in with this ELK number.",
    new_password_label: "Choose a password",
    password_hint: "At least 8 and at most 64 characters. A sentence of a few words is strong and \
                    easy to remember.",
    activate_submit: "Activate account",
    activating: "Activating…",
    password_too_short: "This password is too short. Use at least 8 characters.",
    password_too_long: "This password is too long. Use at most 64 characters.",
    password_too_common: "This password is used a lot and is easy to guess. Choose another one.",
    invalid_link_title: "This link no longer works",
    invalid_link_body: "The link has expired, was already used or was replaced by a newer one. \
                        Ask your child's primary school for a new login.",
    invalid_reset_link_body: "The link to reset your password has expired or was already used. \
                              Ask for a new link. If that does not work, ask the primary school \
                              for a new login.",
    request_new_reset: "Ask for a new link",

    forgot_link: "Forgot your password?",
    forgot_title: "Forgot your password",
    forgot_intro: "Enter your child's ELK number. You will get an e-mail with a link to choose a \
                   new password.",
    forgot_submit: "Send me an e-mail",
    sending: "Sending…",
    forgot_sent: "If this ELK number is known, an e-mail was sent to the address your primary \
                  school has for you. Please also check your spam folder.",
    back_to_sign_in: "Back to sign in",
    reset_title: "Choose a new password",
    reset_intro: "Choose a new password. Then sign in with the ELK number and the new password.",
    reset_submit: "Save password",
    saving: "Saving…",
    password_changed_notice: "Your password has been changed. Sign in with the new password.",

    next_step_heading: "What is the next step?",
    next_groen: "Make the preference list: the programmes in order of preference.",
    next_ag: "Check the preference list and make the registration definitive.",
    next_av: "The registration is complete. There is nothing you need to do now.",
    next_closed: "The registration week is over. This is the state at the close.",
    week_open,
    week_upcoming,
    week_closed: "The registration week is over; the list can no longer change.",
    go_to_list: "Go to the preference list",
    go_to_confirm: "Check and confirm",
    go_to_result: "Go to the result",
    go_to_data: "See your child's details",

    data_title: "Your child's details",
    data_intro: "These details come from the primary school. You cannot change them here.",
    class_label: "Class",
    lwoo_label: "Learning support (lwoo)",
    home_town_label: "Home town",
    parent_email_label: "E-mail address for messages",
    yes: "Yes",
    no: "No",
    data_wrong_title: "Something wrong?",
    data_wrong_body: "Contact your primary school. Only the school can change these details.",
    contact_email: "E-mail",
    contact_phone: "Phone",
    contact_website: "Website",

    list_title: "Preference list",
    list_intro: "Put the programmes in order of preference, your first choice at the top. Every \
                 change is saved as a draft at once.",
    schools_count,
    my_list_heading: "Your list",
    list_empty: "Your list is still empty. Choose programmes below.",
    rank,
    move_up,
    move_down,
    remove,
    moved_to,
    added,
    removed,
    drag_hint: "Change the order by dragging, or with the up and down buttons.",
    save_saving: "Saving…",
    save_saved: "Draft saved.",
    save_failed: "The last change was not saved.",
    stale_notice: "The list was changed elsewhere in the meantime (in another window or by the \
                   other parent). You now see the current list. Make your change again if needed.",
    read_only_av: "Your registration is definitive. Do you want to change the list? Withdraw the \
                   registration first; the list is kept as a draft.",
    read_only_closed: "The list cannot change now.",
    catalogue_heading: "Choose programmes",
    catalogue_intro,
    search_label: "Search by programme, school or town",
    filter_town: "Town",
    filter_level: "Level",
    all_towns: "All towns",
    all_levels: "All levels",
    results_count,
    no_results: "No programmes found. Change the search words or filters.",
    add: "Add",
    on_list: "On your list",
    levels_label: "Levels",
    priority_offered,
    website_of,
    new_window: "(opens in a new window)",
    rule_name,

    priority_heading: "Priority",
    priority_claim,
    priority_explained: "Priority is possible only at the 1st choice. The school verifies it \
                         before placement.",
    sibling_name: "Name of the brother or sister",
    sibling_class: "Class of the brother or sister",
    twin_heading: "Twin",
    twin_link,
    twin_linked,
    twin_explained: "Linked twins have the same list and are placed together.",

    errors_heading: "Please correct this",
    entry_error,
    list_too_short,
    list_too_long: "The list is too long.",
    not_eligible: "This programme does not admit the advice.",
    duplicate: "This programme is already on the list.",
    unknown_programme: "This programme does not exist (any more).",
    priority_not_at_first_choice: "Priority is possible only at the 1st choice.",
    priority_rule_not_offered: "This school does not offer this priority.",
    priority_rule_not_in_region: "This priority rule does not apply in your region.",
    sibling_name_missing: "Enter the name of the brother or sister.",
    sibling_class_missing: "Enter the class of the brother or sister.",
    twin_list_differs: "The twin's list is different. Linked twins have the same list.",
    paper_route: "For this advice the primary school registers your child with a paper form.",
    list_empty_refused: "Put at least one programme on the list.",

    confirm_title: "Check and confirm",
    confirm_intro: "Check the list. After confirming, the registration is definitive. During the \
                    registration week you can still withdraw it.",
    summary_list: "Your preference list",
    summary_claim: "Priority",
    summary_no_claim: "No priority claimed.",
    claim_sibling,
    summary_twin: "Twin",
    twin_not_linked,
    confirm_button: "Make the registration definitive",
    confirming: "Confirming…",
    confirmed,
    edit_list: "Change the list",
    withdraw_button: "Withdraw the registration",
    withdrawing: "Withdrawing…",
    withdrawn: "The registration was withdrawn. The list is kept as a draft: change it and \
                confirm again.",
    withdraw_explained,
    confirm_empty: "There is nothing on the list yet.",

    result_title: "Result",
    result_not_yet,
    result_placed,
    result_placed_heading: "Placed",
    result_unplaced: "Your child has not been placed. The primary school will help you with the \
                      second round.",
    result_pending: "The result is still being determined. Please look again later.",
    reserve_heading: "Reserve lists",
    reserve_position,

    round2: ROUND2_EN,
};
