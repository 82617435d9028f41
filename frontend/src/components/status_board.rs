//! The status board's pieces: the counts per status and of the paper route (per class and in
//! total), and per class one dot per pupil (a "Papier" badge on the paper route), with a checkbox
//! for those a reminder can reach.

use std::collections::HashSet;

use leptos::prelude::*;
use overstap_api_types::{BoardPupil, ClassBoard, RegistrationStatus, StatusCounts};
use uuid::Uuid;

use super::paper_route::PaperBadge;
use super::status::StatusDot;
use crate::i18n::{tx, use_texts};

/// How many pupils of `counts` are in `status`.
pub fn count_of(counts: &StatusCounts, status: RegistrationStatus) -> u32 {
    match status {
        RegistrationStatus::Wit => counts.wit,
        RegistrationStatus::Blauw => counts.blauw,
        RegistrationStatus::Groen => counts.groen,
        RegistrationStatus::Ag => counts.ag,
        RegistrationStatus::Av => counts.av,
    }
}

/// Every pupil once: those on the paper route are counted there instead of under their status.
pub fn total_of(counts: &StatusCounts) -> u32 {
    counts.wit + counts.blauw + counts.groen + counts.ag + counts.av + counts.paper
}

/// Parents of pupils in these statuses can get a reminder: the login was sent, no list is final.
pub fn remindable(status: RegistrationStatus) -> bool {
    match status {
        RegistrationStatus::Blauw | RegistrationStatus::Groen | RegistrationStatus::Ag => true,
        RegistrationStatus::Wit | RegistrationStatus::Av => false,
    }
}

/// Whether a reminder can reach this pupil's parents: not on the paper route, which the server
/// passes by.
pub fn can_remind(pupil: &BoardPupil) -> bool {
    pupil.paper_route.is_none() && remindable(pupil.status)
}

/// A counts table's cells of one row, a count per status and then the paper route's; `testid`
/// prefixes each cell's id with the status (`board-count-AV`, `board-count-paper`).
pub fn count_cells(counts: StatusCounts, testid: Option<&'static str>) -> impl IntoView {
    let t = use_texts();
    let statuses = RegistrationStatus::ALL
        .iter()
        .map(|&status| {
            view! {
                <td
                    class="numeric"
                    data-label=move || t.get().status(status).label
                    data-testid=testid.map(|prefix| format!("{prefix}-{}", status.as_str()))
                >
                    {count_of(&counts, status)}
                </td>
            }
        })
        .collect_view();
    view! {
        {statuses}
        <td
            class="numeric"
            data-label=move || t.get().paper_route.count_label()
            data-testid=testid.map(|prefix| format!("{prefix}-paper"))
        >
            {counts.paper}
        </td>
    }
}

/// A counts table's header cells: the dot of each status, then the paper route.
pub fn status_header_cells() -> impl IntoView {
    let statuses = RegistrationStatus::ALL
        .iter()
        .map(|&status| {
            view! {
                <th scope="col" class="numeric">
                    <StatusDot status />
                </th>
            }
        })
        .collect_view();
    view! {
        {statuses}
        <th scope="col" class="numeric">
            {tx(|t| t.paper_route.count_label())}
        </th>
    }
}

#[component]
pub fn StatusCountsTable(
    total: StatusCounts,
    classes: Vec<(String, StatusCounts)>,
) -> impl IntoView {
    let t = use_texts();
    let rows = classes
        .into_iter()
        .map(|(class_name, counts)| {
            let data_class = class_name.clone();
            view! {
                <tr data-testid="board-class-counts" data-class=data_class>
                    <th scope="row" data-label=move || t.get().staff.col_class()>{class_name}</th>
                    {count_cells(counts, None)}
                    <td class="numeric" data-label=move || t.get().po.col_total()>{total_of(&counts)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table counts-table" data-testid="board-counts">
            <caption>{tx(|t| t.po.board_counts_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_class())}</th>
                    {status_header_cells()}
                    <th scope="col" class="numeric">{tx(|t| t.po.col_total())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row" data-label=move || t.get().staff.col_class()>
                        {tx(|t| t.po.whole_school())}
                    </th>
                    {count_cells(total, Some("board-count"))}
                    <td class="numeric" data-label=tx(|t| t.po.col_total()) data-testid="board-count-total">
                        {total_of(&total)}
                    </td>
                </tr>
            </tfoot>
        </table>
    }
}

/// One class: a heading with its counts and a dot per pupil. With `needs_attention`, pupils
/// whose registration is complete (AV) are left out; `read_only` (a board admin's view) offers
/// nothing to select.
#[component]
pub fn ClassDots(
    board: ClassBoard,
    /// Unique on the page; names the heading.
    index: usize,
    #[prop(into)] needs_attention: Signal<bool>,
    selected: RwSignal<HashSet<Uuid>>,
    #[prop(optional)] read_only: bool,
) -> impl IntoView {
    let t = use_texts();
    let heading_id = format!("board-class-{index}");
    let counts = board.counts;
    let class_name = board.class_name;
    let summary = move || {
        let t = t.get();
        let mut parts: Vec<String> = RegistrationStatus::ALL
            .iter()
            .map(|&status| {
                format!(
                    "{} {}",
                    count_of(&counts, status),
                    t.status(status).label.to_lowercase()
                )
            })
            .collect();
        parts.push(format!(
            "{} {}",
            counts.paper,
            t.paper_route.count_label().to_lowercase()
        ));
        format!(
            "{}: {}",
            t.staff.pupil_count(u64::from(total_of(&counts))),
            parts.join(", ")
        )
    };
    let all_done = counts.av == total_of(&counts);
    let dots = board
        .pupils
        .into_iter()
        .map(|pupil| {
            let id = pupil.id;
            let name = format!("{} {}", pupil.first_name, pupil.last_name);
            let complete = pupil.status == RegistrationStatus::Av;
            let hidden = move || complete && needs_attention.get();
            // On the paper route the badge takes the dot's place, as the counts do.
            let dot = match pupil.paper_route.clone() {
                Some(route) => view! { <PaperBadge route testid="paper-marker" /> }.into_any(),
                None => view! { <StatusDot status=pupil.status compact=true /> }.into_any(),
            };
            let body = if can_remind(&pupil) && !read_only {
                let input_id = format!("remind-{id}");
                view! {
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        data-testid="select-pupil"
                        data-pupil-id=id.to_string()
                        prop:checked=move || selected.with(|s| s.contains(&id))
                        on:change:target=move |event| {
                            let on = event.target().checked();
                            selected
                                .update(|s| {
                                    if on {
                                        s.insert(id);
                                    } else {
                                        s.remove(&id);
                                    }
                                });
                        }
                    />
                    <label for=input_id>{dot} <span class="board-name">{name}</span></label>
                }
                .into_any()
            } else {
                view! { {dot} <span class="board-name">{name}</span> }.into_any()
            };
            view! {
                <li class="board-pupil" data-testid="board-pupil" data-elk-number=pupil.elk_number hidden=hidden>
                    {body}
                </li>
            }
        })
        .collect_view();
    let (data_class, labelled_by) = (class_name.clone(), heading_id.clone());
    view! {
        <section
            class="board-class card"
            data-testid="board-class"
            data-class=data_class
            aria-labelledby=labelled_by
        >
            <h2 id=heading_id>{move || t.get().po.class_heading(&class_name)}</h2>
            <p class="count">{summary}</p>
            <Show when=move || all_done && needs_attention.get()>
                <p class="empty">{tx(|t| t.po.class_all_registered())}</p>
            </Show>
            <ul class="board-dots">{dots}</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{
        BoardPupil, PaperReason, PaperRouteBody, RegistrationStatus, StatusCounts,
    };
    use uuid::Uuid;

    use super::{can_remind, total_of};

    #[test]
    fn the_total_counts_paper_route_pupils_once() {
        let counts = StatusCounts {
            wit: 3,
            blauw: 2,
            groen: 1,
            ag: 1,
            av: 4,
            paper: 2,
        };
        assert_eq!(total_of(&counts), 13);
    }

    #[test]
    fn a_paper_route_pupil_gets_no_reminder_whatever_the_status() {
        let pupil = |status, paper: bool| BoardPupil {
            id: Uuid::nil(),
            first_name: "Sanne".to_owned(),
            last_name: "de Vries".to_owned(),
            elk_number: "1234567890".to_owned(),
            status,
            placement: None,
            paper_route: paper.then_some(PaperRouteBody {
                reason: PaperReason::Vso,
                handed_in_on: None,
                handed_in_to: None,
            }),
        };
        assert!(can_remind(&pupil(RegistrationStatus::Groen, false)));
        assert!(!can_remind(&pupil(RegistrationStatus::Groen, true)));
        assert!(!can_remind(&pupil(RegistrationStatus::Wit, false)));
    }
}
