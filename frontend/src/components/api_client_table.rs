//! The API clients a manager sees: name, schools, rights, requests a minute, when last used,
//! where the client stands, and for a client that is not revoked a new secret or revoking it.

use leptos::prelude::*;
use overstap_api_types::{ApiClientResponse, SchoolResponse};
use uuid::Uuid;

use super::api_client_choices::scope_label;
use crate::i18n::{Texts, tx, use_texts};

/// The names of the client's schools, by name; a school the manager's list lacks is named as
/// unknown.
pub fn school_names(t: &Texts, ids: &[Uuid], schools: &[SchoolResponse]) -> Vec<String> {
    let mut names: Vec<String> = ids
        .iter()
        .map(|id| {
            schools.iter().find(|school| school.id == *id).map_or_else(
                || t.api_clients.unknown_school().to_owned(),
                |s| s.name.clone(),
            )
        })
        .collect();
    names.sort();
    names
}

/// What the state cell says under the badge: when it was revoked, or until when the secret
/// from before the latest rotation still works (the server sends that moment only while it
/// lies ahead, by its own clock).
pub fn state_note(t: &Texts, client: &ApiClientResponse) -> Option<String> {
    let a = &t.api_clients;
    match (client.revoked_at, client.previous_secret_until) {
        (Some(at), _) => Some(a.revoked_on(&t.moment(at))),
        (None, Some(until)) => Some(a.previous_secret_until(&t.moment(until))),
        (None, None) => None,
    }
}

#[component]
pub fn ApiClientTable(
    clients: Vec<ApiClientResponse>,
    /// The manager's schools, to name a client's schools.
    schools: StoredValue<Vec<SchoolResponse>>,
    /// An action on a row is under way: the buttons wait.
    #[prop(into)]
    busy: Signal<bool>,
    on_rotate: Callback<ApiClientResponse>,
    on_revoke: Callback<ApiClientResponse>,
) -> impl IntoView {
    let t = use_texts();
    if clients.is_empty() {
        return view! {
            <p class="empty" data-testid="api-client-empty">
                {tx(|t| t.api_clients.empty())}
            </p>
        }
        .into_any();
    }
    let count = clients.len();
    let rows = clients
        .into_iter()
        .map(|client| {
            let revoked = client.revoked_at.is_some();
            let ids = client.school_ids.clone();
            let names = move || schools.with_value(|schools| school_names(t.get(), &ids, schools));
            let scopes = client.scopes.clone();
            let last_used = client.last_used_at;
            let noted = client.clone();
            let (rotated, revoking) = (client.clone(), client.clone());
            let name = client.name.clone();
            view! {
                <tr
                    data-testid="api-client-row"
                    data-client-id=client.id.to_string()
                    data-name=client.name.clone()
                    data-state=if revoked { "revoked" } else { "active" }
                >
                    <th scope="row" data-label=move || t.get().api_clients.col_name()>
                        {client.name.clone()}
                    </th>
                    <td data-label=move || t.get().api_clients.col_schools()>
                        <ul data-testid="api-client-school-names">
                            {move || {
                                names()
                                    .into_iter()
                                    .map(|name| view! { <li>{name}</li> })
                                    .collect_view()
                            }}
                        </ul>
                    </td>
                    <td data-label=move || t.get().api_clients.col_scopes()>
                        <ul data-testid="api-client-scopes">
                            {scopes
                                .into_iter()
                                .map(|scope| {
                                    view! {
                                        <li>
                                            {move || scope_label(t.get(), scope)}
                                            " "
                                            <code>{scope.as_str()}</code>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </td>
                    <td class="numeric" data-label=move || t.get().api_clients.col_rate()>
                        {client.requests_per_minute}
                    </td>
                    <td
                        data-label=move || t.get().api_clients.col_last_used()
                        data-testid="api-client-last-used"
                    >
                        {move || match last_used {
                            Some(at) => t.get().moment(at),
                            None => t.get().api_clients.never_used().to_owned(),
                        }}
                    </td>
                    <td data-label=move || t.get().api_clients.col_state()>
                        <span
                            class=if revoked { "badge badge-closed" } else { "badge badge-open" }
                            data-testid="api-client-state"
                        >
                            {move || {
                                if revoked {
                                    t.get().api_clients.state_revoked()
                                } else {
                                    t.get().api_clients.state_active()
                                }
                            }}
                        </span>
                        {move || {
                            state_note(t.get(), &noted)
                                .map(|note| {
                                    view! {
                                        <p class="field-hint" data-testid="api-client-state-note">
                                            {note}
                                        </p>
                                    }
                                })
                        }}
                    </td>
                    <td data-label=move || t.get().api_clients.col_actions()>
                        {(!revoked)
                            .then(|| {
                                let other_name = name.clone();
                                view! {
                                    <div class="button-row">
                                        <button
                                            type="button"
                                            class="button button-secondary"
                                            data-testid="api-client-rotate"
                                            disabled=move || busy.get()
                                            on:click=move |_| on_rotate.run(rotated.clone())
                                        >
                                            {tx(|t| t.api_clients.action_rotate())}
                                            <span class="visually-hidden">" " {name.clone()}</span>
                                        </button>
                                        <button
                                            type="button"
                                            class="button button-quiet"
                                            data-testid="api-client-revoke"
                                            disabled=move || busy.get()
                                            on:click=move |_| on_revoke.run(revoking.clone())
                                        >
                                            {tx(|t| t.api_clients.action_revoke())}
                                            <span class="visually-hidden">" " {other_name}</span>
                                        </button>
                                    </div>
                                }
                            })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="results-count" data-testid="api-client-count">
            {move || t.get().api_clients.count(count)}
        </p>
        <table class="data-table" data-testid="api-client-table">
            <thead>
                <tr>
                    <th scope="col">{tx(|t| t.api_clients.col_name())}</th>
                    <th scope="col">{tx(|t| t.api_clients.col_schools())}</th>
                    <th scope="col">{tx(|t| t.api_clients.col_scopes())}</th>
                    <th scope="col" class="numeric">
                        {tx(|t| t.api_clients.col_rate())}
                    </th>
                    <th scope="col">{tx(|t| t.api_clients.col_last_used())}</th>
                    <th scope="col">{tx(|t| t.api_clients.col_state())}</th>
                    <th scope="col">{tx(|t| t.api_clients.col_actions())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ApiScope, SchoolKind};
    use time::macros::datetime;

    use super::*;
    use crate::i18n::Lang;

    fn client() -> ApiClientResponse {
        ApiClientResponse {
            id: Uuid::new_v4(),
            name: "ParnasSys De Regenboog".to_owned(),
            school_ids: Vec::new(),
            scopes: vec![ApiScope::PupilsRead],
            requests_per_minute: 600,
            board_id: None,
            created_at: datetime!(2026-03-26 09:00 UTC),
            revoked_at: None,
            last_used_at: None,
            previous_secret_until: None,
        }
    }

    #[test]
    fn the_schools_are_named_by_name_and_an_unknown_one_says_so() {
        let school = |name: &str| SchoolResponse {
            id: Uuid::new_v4(),
            kind: SchoolKind::Po,
            name: name.to_owned(),
            town: "Amstelveen".to_owned(),
            code: "00AA".to_owned(),
            contact_email: String::new(),
            contact_phone: String::new(),
            website: None,
            board_id: Uuid::nil(),
            priority_rule: None,
            active: true,
        };
        let schools = [school("Het Kompas"), school("De Regenboog")];
        let ids = [schools[0].id, Uuid::new_v4(), schools[1].id];
        let t = Lang::Nl.texts();
        assert_eq!(
            school_names(t, &ids, &schools),
            ["De Regenboog", "Het Kompas", t.api_clients.unknown_school()]
        );
    }

    #[test]
    fn the_state_says_when_it_was_revoked_or_until_when_the_previous_secret_works() {
        let t = Lang::Nl.texts();
        let mut shown = client();
        assert_eq!(state_note(t, &shown), None);
        shown.previous_secret_until = Some(datetime!(2026-03-27 09:00 UTC));
        assert_eq!(
            state_note(t, &shown).as_deref(),
            Some("Het vorige geheim werkt nog tot vrijdag 27 maart 2026 om 10:00")
        );
        shown.revoked_at = Some(datetime!(2026-03-26 11:30 UTC));
        assert_eq!(
            state_note(Lang::En.texts(), &shown).as_deref(),
            Some("Revoked on Thursday 26 March 2026 at 12:30")
        );
    }
}
