//! `/bestuur`: a school board's home: where registrations stand per primary school, and the
//! schools of the board.

use leptos::prelude::*;
use overstap_api_types::{Role, SchoolCounts, StatusCounts};
use uuid::Uuid;

use super::{loaded, use_page_title};
use crate::api;
use crate::components::board_nav::BoardNav;
use crate::components::school_table::SchoolTable;
use crate::components::status_board::{count_cells, status_header_cells, total_of};
use crate::i18n::{tx, use_texts};
use crate::session::RequireRole;

#[component]
pub fn BoardHome() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <BoardSchools />
        </RequireRole>
    }
}

#[component]
fn BoardSchools() -> impl IntoView {
    use_page_title(|t| t.staff.board_home_title());
    let overview = LocalResource::new(api::board_overview);
    let schools = LocalResource::new(api::board_schools);
    view! {
        <h1 data-testid="home-title">{tx(|t| t.staff.board_home_title())}</h1>
        <BoardNav />
        <p class="lead">{tx(|t| t.staff.board_home_intro())}</p>
        <section class="section" aria-labelledby="board-overview-title">
            <h2 id="board-overview-title">{tx(|t| t.staff.board_overview_title())}</h2>
            {loaded(
                overview,
                |overview| view! { <BoardCountsTable schools=overview.schools total=overview.total /> },
            )}
        </section>
        {loaded(schools, |list| view! { <SchoolTable schools=list.schools /> })}
    }
}

/// The link to a primary school's status board.
pub fn school_board_path(school_id: Uuid) -> String {
    format!("/bestuur/school/{school_id}")
}

/// Per primary school of the board its counts per status, with the board's total below.
#[component]
fn BoardCountsTable(schools: Vec<SchoolCounts>, total: StatusCounts) -> impl IntoView {
    let t = use_texts();
    if schools.is_empty() {
        return view! {
            <p class="empty" data-testid="board-overview-empty">
                {tx(|t| t.staff.board_overview_empty())}
            </p>
        }
        .into_any();
    }
    let rows = schools
        .into_iter()
        .map(|school| {
            view! {
                <tr data-testid="board-school-counts" data-school-id=school.school_id.to_string()>
                    <th scope="row" data-label=move || t.get().staff.col_school()>
                        <a href=school_board_path(school.school_id) data-testid="board-school-link">
                            {school.school_name}
                        </a>
                    </th>
                    {count_cells(school.counts, None)}
                    <td class="numeric" data-label=move || t.get().po.col_total()>
                        {total_of(&school.counts)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table counts-table" data-testid="board-overview">
            <caption>{tx(|t| t.staff.board_overview_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_school())}</th>
                    {status_header_cells()}
                    <th scope="col" class="numeric">{tx(|t| t.po.col_total())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row" data-label=move || t.get().staff.col_school()>
                        {tx(|t| t.staff.whole_board())}
                    </th>
                    {count_cells(total, Some("board-total"))}
                    <td class="numeric" data-label=tx(|t| t.po.col_total()) data-testid="board-total">
                        {total_of(&total)}
                    </td>
                </tr>
            </tfoot>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::school_board_path;
    use uuid::Uuid;

    #[test]
    fn a_school_links_to_its_status_board_under_bestuur() {
        let id = Uuid::from_u128(7);
        assert_eq!(
            school_board_path(id),
            "/bestuur/school/00000000-0000-0000-0000-000000000007"
        );
    }
}
