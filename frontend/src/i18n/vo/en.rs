//! English texts of the secondary school's workspace; Dutch terms staff know stay.

use overstap_api_types::PriorityRuleKind;

use super::VoTexts;

fn registrations_caption(count: usize) -> String {
    match count {
        1 => "1 definitive registration with a programme of your school as 1st choice".to_owned(),
        n => format!("{n} definitive registrations with a programme of your school as 1st choice"),
    }
}

fn claim_kind(kind: PriorityRuleKind) -> &'static str {
    match kind {
        PriorityRuleKind::Sibling => "Sibling at the school",
        PriorityRuleKind::StaffChild => "Child of a staff member",
        PriorityRuleKind::Hardship => "Hardship clause",
        PriorityRuleKind::Kopklas => "Kopklas (bridging class)",
    }
}

fn claim_sibling(name: &str, class: &str) -> String {
    format!("Sibling at the school: {name}, class {class}")
}

fn approve_for(name: &str) -> String {
    format!("Approve: priority claim of {name}")
}

fn reject_for(name: &str) -> String {
    format!("Reject: priority claim of {name}")
}

fn list_counts_caption(lists: u32) -> String {
    match lists {
        1 => "1 definitive preference list names your school".to_owned(),
        n => format!("{n} definitive preference lists name your school"),
    }
}

fn rank_short(rank: u32) -> String {
    let suffix = match (rank % 10, rank % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{rank}{suffix}")
}

fn capacity_until(moment: &str) -> String {
    format!("You can change the number of seats until the placement: {moment}.")
}

fn capacity_of(programme: &str) -> String {
    format!("New number of seats for {programme}")
}

fn capacity_saved(programme: &str, capacity: u32) -> String {
    format!("{programme} now has {capacity} seats.")
}

fn placements_not_yet(moment: &str) -> String {
    format!(
        "The placement has not been published yet. From {moment} you will find the placed pupils \
         and the reserve lists here."
    )
}

fn placed_caption(placed: usize, capacity: u32) -> String {
    format!("Placed: {placed} pupils ({capacity} seats)")
}

fn reserve_caption(count: usize) -> String {
    match count {
        1 => "Reserve list: 1 pupil, in order".to_owned(),
        n => format!("Reserve list: {n} pupils, in order"),
    }
}

fn offer_seat_for(programme: &str) -> String {
    format!("Offer a freed seat: {programme}")
}

fn withdraw_done(name: &str) -> String {
    format!(
        "The place of {name} is withdrawn. The seat is free for round 2, and {name} can make a \
         new list in round 2."
    )
}

fn offer_made(name: &str, programme: &str, position: u32) -> String {
    format!(
        "The seat at {programme} was offered to {name} (number {position} on the reserve list)."
    )
}

fn offer_accepted_for(name: &str) -> String {
    format!("Accepted: {name}")
}

fn offer_declined_for(name: &str) -> String {
    format!("Declined: {name}")
}

fn offer_outcome(outcome: &str) -> &'static str {
    match outcome {
        "accepted" => "Accepted",
        "declined" => "Declined",
        _ => "Answered",
    }
}

pub const VO_EN: VoTexts = VoTexts {
    nav_label: "Parts of the secondary school workspace",
    nav_registrations: "Registrations",
    nav_capacity: "Capacity",
    nav_placements: "Placement and reserve lists",

    registrations_title: "Registrations",
    registrations_intro: "The pupils with a programme of your school as 1st choice on their \
                          definitive preference list (AV), and how often your programmes appear on \
                          the lists.",
    first_choices_title: "1st choices and priority (voorrang)",
    registrations_caption,
    registrations_empty: "No definitive registrations with your school as 1st choice yet.",
    verification_until: "Priority claims can be decided until",
    verification_closed: "Priority claims could be decided until",
    col_claim: "Priority claim",
    col_decision: "Decision",
    no_claim: "None",
    claim_kind,
    claim_sibling,
    claim_approved: "Approved",
    claim_rejected: "Rejected",
    approve: "Approve",
    approve_for,
    reject: "Reject",
    reject_for,
    reject_reason: "Reason for the rejection",
    reject_reason_required: "Give the reason; the parents may ask for it.",
    reject_confirm: "Save the rejection",

    list_counts_title: "How many lists name your school",
    list_counts_intro: "Per programme the number of definitive preference lists that name it, by \
                        place on the list.",
    list_counts_caption,
    rank_short,
    col_lists_total: "Total",

    capacity_title: "Capacity",
    capacity_intro: "The number of seats per programme. The placement fills exactly these seats.",
    capacity_until,
    col_new_capacity: "New number",
    capacity_of,
    capacity_invalid: "Enter a whole number from 0 to 2000.",
    capacity_saved,

    placements_title: "Placement and reserve lists",
    placements_intro: "After publication: the placed pupils and the reserve list of each \
                       programme. When a seat comes free, offer it to the top of the reserve \
                       list.",
    placements_not_yet,
    published_at: "Published on",
    export_placements: "Download as CSV",
    placed_caption,
    placed_empty: "No pupils placed at this programme.",
    reserve_caption,
    reserve_empty: "This programme has no reserve list.",
    col_position: "No.",
    col_choice: "Choice",

    offer_seat: "Offer a freed seat",
    offer_seat_for,
    offer_made,
    reserve_exhausted: "Everybody on this reserve list has already had an offer.",
    withdraw_title: "Withdraw a place at the parents' request",
    withdraw_intro: "When parents ask to withdraw the place, record it here with the reason. \
                     The pupil then takes part in round 2 and the seat becomes free. This is \
                     written to the audit log and cannot be undone.",
    withdraw_pupil_label: "Pupil",
    withdraw_pupil_required: "Choose the pupil.",
    withdraw_reason_label: "Reason (the parents' request)",
    withdraw_reason_required: "Give the reason.",
    withdraw_submit: "Withdraw the place",
    withdraw_confirm: "Are you sure you want to withdraw this place? This cannot be undone.",
    withdraw_done,
    offers_title: "Offers of freed seats",
    offers_intro: "Record the parents' answer. An accepted seat moves the pupil from the reserve \
                   list to the placed pupils.",
    offers_empty: "No seats offered yet.",
    col_offered_at: "Offered on",
    col_answer: "The parents' answer",
    offer_accepted: "Accepted",
    offer_accepted_for,
    offer_declined: "Declined",
    offer_declined_for,
    offer_outcome,
};
