//! The school's programmes with their number of seats, each editable in its row.

use std::collections::HashMap;

use leptos::prelude::*;
use overstap_api_types::ProgrammeResponse;
use uuid::Uuid;

use super::programme_catalogue::advice_names;
use crate::i18n::{tx, use_texts};

/// The most seats a programme may have (the API's limit).
pub const MAX_CAPACITY: i64 = 2000;

/// A typed capacity: a whole number from 0 to `MAX_CAPACITY`, or `None`.
pub fn parse_capacity(text: &str) -> Option<i64> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (0..=MAX_CAPACITY).contains(n))
}

#[component]
pub fn VoCapacityTable(
    programmes: Vec<ProgrammeResponse>,
    /// Capacities saved on this page since the list was loaded, by programme id.
    saved: RwSignal<HashMap<Uuid, u32>>,
    /// The programme whose value is refused, with the message.
    #[prop(into)]
    error: Signal<Option<(Uuid, String)>>,
    #[prop(into)] pending: Signal<bool>,
    on_save: Callback<(Uuid, String)>,
) -> impl IntoView {
    let t = use_texts();
    if programmes.is_empty() {
        return view! { <p class="empty">{tx(|t| t.staff.programmes_empty())}</p> }.into_any();
    }
    let rows = programmes
        .into_iter()
        .map(|programme| {
            let id = programme.id;
            let loaded = programme.capacity;
            let current = move || saved.with(|s| s.get(&id).copied()).unwrap_or(loaded);
            let value = RwSignal::new(loaded.to_string());
            let input_id = format!("capacity-{id}");
            let error_id = format!("capacity-{id}-error");
            let row_error = move || error.get().filter(|(row, _)| *row == id).map(|(_, message)| message);
            let name = programme.name.clone();
            let described = error_id.clone();
            view! {
                <tr data-testid="capacity-row" data-programme-id=id.to_string()>
                    <th scope="row" data-label=tx(|t| t.staff.col_programme())>{programme.name}</th>
                    <td data-label=tx(|t| t.staff.col_admitted_advice())>{advice_names(&programme.admitted_advice)}</td>
                    <td class="numeric" data-label=tx(|t| t.staff.col_capacity()) data-testid="capacity-current">
                        {current}
                    </td>
                    <td data-label=tx(|t| t.vo.col_new_capacity())>
                        // Our own message at the row, not the browser's bubble for `max`.
                        <form
                            class="inline-form"
                            novalidate
                            on:submit=move |event| {
                                event.prevent_default();
                                on_save.run((id, value.get_untracked()));
                            }
                        >
                            <label for=input_id.clone() class="visually-hidden">
                                {move || t.get().vo.capacity_of(&name)}
                            </label>
                            <input
                                id=input_id
                                type="number"
                                inputmode="numeric"
                                min="0"
                                max=MAX_CAPACITY.to_string()
                                step="1"
                                class="capacity-input"
                                data-testid="capacity-input"
                                aria-invalid=move || row_error().map(|_| "true")
                                aria-describedby=move || row_error().map(|_| described.clone())
                                bind:value=value
                            />
                            <button
                                type="submit"
                                class="button button-secondary"
                                data-testid="capacity-save"
                                disabled=move || pending.get()
                            >
                                {tx(|t| t.po.save())}
                            </button>
                            {move || {
                                row_error()
                                    .map(|message| {
                                        view! {
                                            <p class="field-error" id=error_id.clone() data-testid="capacity-error">
                                                {message}
                                            </p>
                                        }
                                    })
                            }}
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="capacity-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.staff.col_programme())}</th>
                    <th scope="col">{tx(|t| t.staff.col_admitted_advice())}</th>
                    <th scope="col" class="numeric">{tx(|t| t.staff.col_capacity())}</th>
                    <th scope="col">{tx(|t| t.vo.col_new_capacity())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::parse_capacity;

    #[test]
    fn a_capacity_is_a_whole_number_from_zero_to_two_thousand() {
        assert_eq!(parse_capacity(" 120 "), Some(120));
        assert_eq!(parse_capacity("0"), Some(0));
        assert_eq!(parse_capacity("2000"), Some(2000));
        for refused in ["", "-1", "2001", "12.5", "twelve"] {
            assert_eq!(parse_capacity(refused), None, "{refused}");
        }
    }
}
