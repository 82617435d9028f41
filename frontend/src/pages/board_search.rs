//! `/bestuur/zoeken?q=…`: a board admin finds a pupil of the board's primary schools by ELK
//! number or name, to answer a parent's question. The server records every search.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use overstap_api_types::{BoardPupilMatch, BoardPupilSearchResponse, FieldError, Role};

use super::board_home::school_board_path;
use super::use_page_title;
use crate::api;
use crate::components::alert::{LoadFailed, Loading};
use crate::components::board_nav::BoardNav;
use crate::components::field::TextField;
use crate::components::status::StatusDot;
use crate::i18n::{Texts, tx, use_texts};
use crate::query::query_string;
use crate::session::RequireRole;

#[component]
pub fn BoardSearch() -> impl IntoView {
    view! {
        <RequireRole role=Role::BoardAdmin>
            <Search />
        </RequireRole>
    }
}

/// What to search for: the words as typed, trimmed; nothing to search for when empty.
pub fn search_term(raw: &str) -> Option<String> {
    let term = raw.trim();
    (!term.is_empty()).then(|| term.to_owned())
}

/// The message under the search field for the server's refusal of `q`.
fn q_error(t: &'static Texts, field: &FieldError) -> &'static str {
    match field.code.as_str() {
        "length" => t.staff.board_search_too_short(),
        _ => t.field_error(field),
    }
}

#[component]
fn Search() -> impl IntoView {
    let t = use_texts();
    use_page_title(|t| t.staff.board_search_title());
    let navigate = use_navigate();
    let query = use_query_map();
    let term = Memo::new(move |_| search_term(query.get().get_str("q").unwrap_or_default()));
    let typed = RwSignal::new(String::new());
    Effect::new(move || typed.set(term.get().unwrap_or_default()));
    let results = LocalResource::new(move || {
        let term = term.get();
        async move {
            match term {
                Some(q) => Some(api::board_pupils(&q).await),
                None => None,
            }
        }
    });
    let field_error = Signal::derive(move || {
        let answer = results.get().flatten()?;
        let error = answer.err()?;
        error.field_error("q").map(|field| q_error(t.get(), field))
    });
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let q = search_term(&typed.get_untracked());
        navigate(
            &format!("/bestuur/zoeken{}", query_string([("q", q)])),
            Default::default(),
        );
    };
    view! {
        <h1 data-testid="board-search-title">{tx(|t| t.staff.board_search_title())}</h1>
        <BoardNav />
        <p class="lead">{tx(|t| t.staff.board_search_intro())}</p>
        <form class="filters" role="search" on:submit=on_submit>
            <TextField
                id="board-search-q"
                label=tx(|t| t.staff.board_search_label())
                hint=tx(|t| t.staff.board_search_hint())
                value=typed
                error=field_error
                autocomplete="off"
                testid="board-search-q"
            />
            <button type="submit" class="button button-primary" data-testid="board-search-submit">
                {tx(|t| t.staff.board_search_submit())}
            </button>
        </form>
        <p class="field-hint" data-testid="board-search-audit">
            {tx(|t| t.staff.board_search_audit())}
        </p>
        <Transition fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match results.await {
                    None => ().into_any(),
                    Some(Ok(found)) => view! { <SearchResults found /> }.into_any(),
                    Some(Err(error)) if error.field_error("q").is_some() => ().into_any(),
                    Some(Err(error)) => view! { <LoadFailed error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SearchResults(found: BoardPupilSearchResponse) -> impl IntoView {
    if found.pupils.is_empty() {
        return view! {
            <p class="empty" role="status" data-testid="board-search-empty">
                {tx(|t| t.staff.board_search_empty())}
            </p>
        }
        .into_any();
    }
    let rows = found
        .pupils
        .into_iter()
        .map(|pupil| view! { <ResultRow pupil /> })
        .collect_view();
    view! {
        <table class="data-table" data-testid="board-search-results">
            <caption>{tx(|t| t.staff.board_search_caption())}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_name())}</th>
                    <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                    <th scope="col">{tx(|t| t.staff.col_school())}</th>
                    <th scope="col">{tx(|t| t.staff.col_class())}</th>
                    <th scope="col">{tx(|t| t.staff.col_status())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {found
            .more
            .then(|| {
                view! {
                    <p class="notice" role="status" data-testid="board-search-more">
                        {tx(|t| t.staff.board_search_more())}
                    </p>
                }
            })}
    }
    .into_any()
}

#[component]
fn ResultRow(pupil: BoardPupilMatch) -> impl IntoView {
    let t = use_texts();
    let name = format!("{} {}", pupil.first_name, pupil.last_name);
    let data_elk = pupil.elk_number.clone();
    view! {
        <tr data-testid="board-search-row" data-elk-number=data_elk>
            <th scope="row" data-label=move || t.get().staff.col_name()>{name}</th>
            <td data-label=move || t.get().staff.col_elk_number()>{pupil.elk_number}</td>
            <td data-label=move || t.get().staff.col_school()>
                <a href=school_board_path(pupil.school_id)>{pupil.school_name}</a>
            </td>
            <td data-label=move || t.get().staff.col_class()>{pupil.class_name}</td>
            <td data-label=move || t.get().staff.col_status()>
                <StatusDot status=pupil.status />
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::FieldError;

    use super::{q_error, search_term};
    use crate::i18n::Lang;

    #[test]
    fn the_search_term_is_trimmed_and_blank_means_no_search() {
        assert_eq!(search_term("  de Vries "), Some("de Vries".to_owned()));
        assert_eq!(search_term("1234567890"), Some("1234567890".to_owned()));
        assert_eq!(search_term("   "), None);
        assert_eq!(search_term(""), None);
    }

    #[test]
    fn a_too_short_search_says_what_is_enough() {
        let refusal = |code: &str| FieldError {
            field: "q".to_owned(),
            code: code.to_owned(),
            message: String::new(),
        };
        for lang in [Lang::Nl, Lang::En] {
            let t = lang.texts();
            assert_eq!(
                q_error(t, &refusal("length")),
                t.staff.board_search_too_short()
            );
            assert_eq!(q_error(t, &refusal("something_new")), t.field_invalid());
        }
    }
}
