//! English texts of round 2.

use super::Round2Texts;

fn window_open(opens: &str, last: &str) -> String {
    format!("You can make the round-2 list from {opens} until {last} inclusive.")
}

fn window_not_yet(opens: &str, last: &str) -> String {
    format!("Round 2 runs from {opens} until {last} inclusive. You can make the list from {opens}.")
}

fn window_closed(last: &str) -> String {
    format!("Round 2 has closed. Lists could be submitted until {last}.")
}

fn result_placed(programme: &str, school: &str, rank: u32) -> String {
    format!(
        "In round 2 your child has a place at {programme} of {school}: choice {rank} on the \
         round-2 list."
    )
}

pub const ROUND2_EN: Round2Texts = Round2Texts {
    nav: "Round 2",
    title: "Round 2",
    intro: "In round 2 you choose again, from the programmes that still have seats and fit the \
            advice. After the closing date all lists are placed at once; you get the result by \
            e-mail.",
    reason_unplaced: "Your child takes part because it did not get a place in round 1.",
    reason_withdrawn: "Your child takes part because the school withdrew the place at your \
                       request.",
    not_taking_part: "Your child does not take part in round 2. Only children without a place \
                      after round 1 take part. You do not need to do anything.",
    home_taking_part: "Your child takes part in round 2. Make a new list and confirm it.",
    go_to_round2: "Go to round 2",

    window_open,
    window_not_yet,
    window_closed,
    window_not_planned: "No round 2 is planned.",

    list_heading: "Your round-2 list",
    no_programmes: "No programme that fits the advice has seats left. Please contact the \
                    primary school.",
    save_button: "Save the list",
    saved: "The list is saved. Confirm it below; only a confirmed list takes part.",
    unsaved: "There are changes that have not been saved yet.",
    read_only: "The list cannot be changed now.",

    confirm_heading: "Check and confirm",
    confirm_intro: "Check the order. Once confirmed, the list is final and cannot be changed.",
    confirm_button: "Make the list final",
    confirmed_heading: "Confirmed",
    confirmed: "Your round-2 list is final. You will receive a confirmation by e-mail. You get \
                the result after round 2 closes.",

    list_empty: "Put at least one programme on the list.",
    duplicate_programme: "This programme is already on the list.",
    programme_not_offered: "This programme has no seats left or does not fit the advice. Remove \
                            it from the list.",

    result_heading: "Result of round 2",
    result_placed,
    result_unplaced: "Your child did not get a place in round 2. Please contact the primary \
                      school.",
    result_placed_heading: "Placed in round 2",
};
