//! The rules' table of list routes: per advice the preference list (with the fewest distinct
//! schools it must name) or the paper form.

use leptos::prelude::*;
use overstap_api_types::{ListRouteKind, WireEnum};

use super::region_settings_form::{RegionSettingsState, RouteState, field_problem, valid_minimum};
use crate::api::ApiError;
use crate::i18n::{tx, use_texts};

const ERROR_ID: &str = "routes-error";

#[component]
pub fn RegionRoutesTable(
    state: RegionSettingsState,
    #[prop(into)] locked: Signal<bool>,
    #[prop(into)] error: Signal<Option<ApiError>>,
) -> impl IntoView {
    let t = use_texts();
    let routes_error = Signal::derive(move || {
        error.with(|error| {
            error
                .as_ref()?
                .field_error("rules.list_routes")
                .map(|problem| field_problem(t.get(), problem))
        })
    });
    let rows = state
        .routes
        .into_iter()
        .enumerate()
        .map(|(n, row)| view! { <RouteRow n row locked routes_error /> })
        .collect_view();
    view! {
        <div>
            <h3 id="routes-title">{tx(|t| t.region_settings.routes_title())}</h3>
            <p class="field-hint" id="routes-hint">{tx(|t| t.region_settings.routes_hint())}</p>
            <table
                class="data-table"
                data-testid="route-table"
                aria-labelledby="routes-title"
                aria-describedby="routes-hint"
            >
                <thead>
                    <tr>
                        <th scope="col">{tx(|t| t.region_settings.col_advice())}</th>
                        <th scope="col">{tx(|t| t.region_settings.col_route())}</th>
                        <th scope="col">{tx(|t| t.region_settings.col_minimum())}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {move || {
                routes_error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=ERROR_ID data-testid="rules-routes-error">
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// One advice: its route and, for the list route, its minimum. A minimum the server cannot take
/// is marked while the table shows the problem.
#[component]
fn RouteRow(
    n: usize,
    row: RouteState,
    locked: Signal<bool>,
    routes_error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_texts();
    let advice = row.advice.as_str();
    let route_id = format!("route-{n}");
    let minimum_id = format!("minimum-{n}");
    let is_list = move || row.route.get() == ListRouteKind::List;
    let invalid = move || {
        routes_error.get().is_some() && is_list() && row.minimum.with(|text| !valid_minimum(text))
    };
    let options = [ListRouteKind::List, ListRouteKind::Paper]
        .into_iter()
        .map(|route| {
            view! {
                <option value=route.as_str() prop:selected=move || row.route.get() == route>
                    {move || t.get().region_settings.route(route.as_str())}
                </option>
            }
        })
        .collect_view();
    let minimum = {
        let minimum_id = minimum_id.clone();
        move || {
            if !is_list() {
                return view! {
                    <span data-testid="route-no-minimum">
                        {tx(|t| t.region_settings.no_minimum())}
                    </span>
                }
                .into_any();
            }
            view! {
                <label for=minimum_id.clone() class="visually-hidden">
                    {move || t.get().region_settings.minimum_of(advice)}
                </label>
                <input
                    id=minimum_id.clone()
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="30"
                    step="1"
                    class="capacity-input"
                    data-testid="route-minimum"
                    disabled=move || locked.get()
                    aria-invalid=move || invalid().then_some("true")
                    aria-describedby=move || invalid().then_some(ERROR_ID)
                    bind:value=row.minimum
                />
            }
            .into_any()
        }
    };
    view! {
        <tr data-testid="route-row" data-advice=advice>
            <th scope="row" data-label=tx(|t| t.region_settings.col_advice())>
                {advice}
            </th>
            <td data-label=tx(|t| t.region_settings.col_route())>
                <label for=route_id.clone() class="visually-hidden">
                    {move || t.get().region_settings.route_of(advice)}
                </label>
                <select
                    id=route_id
                    data-testid="route-select"
                    disabled=move || locked.get()
                    on:change:target=move |event| {
                        let chosen = ListRouteKind::from_name(&event.target().value());
                        row.route.set(chosen.unwrap_or(ListRouteKind::Paper));
                    }
                >
                    {options}
                </select>
            </td>
            <td
                data-label=tx(|t| t.region_settings.col_minimum())
                class:field-invalid=invalid
            >
                {minimum}
            </td>
        </tr>
    }
}
