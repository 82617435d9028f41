//! The programmes the advice admits, with search (name, school, town) and filters (town, level);
//! each can be added to the list once.

use std::collections::BTreeSet;

use leptos::prelude::*;
use overstap_api_types::{Advice, PortalProgramme};
use uuid::Uuid;

use crate::i18n::{tx, use_texts};

/// Advice levels as they are written, e.g. `havo, havo/vwo, vwo`.
pub fn advice_names(levels: &[Advice]) -> String {
    levels
        .iter()
        .map(Advice::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `programme` matches every word of `query` (name, school or town) and the filters.
pub fn matches(programme: &PortalProgramme, query: &str, town: &str, level: &str) -> bool {
    let haystack = format!(
        "{} {} {}",
        programme.name, programme.school_name, programme.town
    )
    .to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
        && (town.is_empty() || programme.town == town)
        && (level.is_empty() || programme.levels.iter().any(|l| l.as_str() == level))
}

#[component]
pub fn ProgrammeCatalogue(
    programmes: Vec<PortalProgramme>,
    advice: Advice,
    /// The programmes already on the list.
    #[prop(into)]
    on_list: Signal<Vec<Uuid>>,
    on_add: Callback<PortalProgramme>,
) -> impl IntoView {
    let t = use_texts();
    let query = RwSignal::new(String::new());
    let town = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let towns: Vec<String> = programmes
        .iter()
        .map(|p| p.town.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let levels: Vec<String> = programmes
        .iter()
        .flat_map(|p| p.levels.iter().map(Advice::as_str))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let programmes = StoredValue::new(programmes);
    let shown = Memo::new(move |_| {
        let (query, town, level) = (query.get(), town.get(), level.get());
        programmes.with_value(|all| {
            all.iter()
                .filter(|p| matches(p, &query, &town, &level))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let options = |values: Vec<String>, selected: RwSignal<String>| {
        values
            .into_iter()
            .map(|value| {
                let is_selected = {
                    let value = value.clone();
                    move || selected.get() == value
                };
                view! { <option value=value.clone() prop:selected=is_selected>{value.clone()}</option> }
            })
            .collect_view()
    };
    let card = move |programme: PortalProgramme| {
        let id = programme.id;
        let listed = move || on_list.with(|ids| ids.contains(&id));
        let hidden_label = format!(" {} – {}", programme.name, programme.school_name);
        let rule = programme.priority_rule;
        let website = programme.website.clone();
        let school = programme.school_name.clone();
        let add = {
            let programme = programme.clone();
            move |_| on_add.run(programme.clone())
        };
        view! {
            <li class="programme" data-testid="catalogue-item" data-programme-id=id.to_string()
                data-school-id=programme.school_id.to_string()
                data-priority-rule=rule.map_or("", |rule| rule.as_str())
                data-town=programme.town.clone()>
                <h3 class="programme-name">{programme.name.clone()}</h3>
                <p class="programme-school">
                    {programme.school_name.clone()} ", " {programme.town.clone()}
                </p>
                <p class="programme-levels">
                    {tx(|t| t.parent.levels_label())} ": " {advice_names(&programme.levels)}
                </p>
                {rule
                    .map(|rule| {
                        view! {
                            <p class="badge" data-testid="priority-offered">
                                {move || t.get().parent.priority_offered(&t.get().parent.rule_name(rule))}
                            </p>
                        }
                    })}
                <p class="programme-actions">
                    {website
                        .map(|href| {
                            let school = school.clone();
                            view! {
                                <a href=href target="_blank" rel="noopener">
                                    {move || t.get().parent.website_of(&school)}
                                    <span class="visually-hidden">" " {tx(|t| t.parent.new_window())}</span>
                                </a>
                            }
                        })}
                    // Stays in place when added (aria-disabled), so the keyboard focus stays too.
                    <button
                        type="button"
                        class="button button-secondary"
                        class:button-done=listed
                        data-testid="add-programme"
                        aria-disabled=move || listed().then_some("true")
                        on:click=move |event| {
                            if !listed() {
                                add(event);
                            }
                        }
                    >
                        {move || {
                            if listed() { t.get().parent.on_list() } else { t.get().parent.add() }
                        }}
                        <span class="visually-hidden">{hidden_label.clone()}</span>
                    </button>
                </p>
            </li>
        }
    };
    view! {
        <section class="card catalogue" aria-labelledby="catalogue-heading">
            <h2 id="catalogue-heading">{tx(|t| t.parent.catalogue_heading())}</h2>
            <p>{move || t.get().parent.catalogue_intro(advice.as_str())}</p>
            <div class="catalogue-filters" role="search">
                <div class="field">
                    <label for="catalogue-search">{tx(|t| t.parent.search_label())}</label>
                    <input
                        id="catalogue-search"
                        type="search"
                        data-testid="catalogue-search"
                        bind:value=query
                    />
                </div>
                <div class="field">
                    <label for="catalogue-town">{tx(|t| t.parent.filter_town())}</label>
                    <select
                        id="catalogue-town"
                        data-testid="catalogue-town"
                        on:change:target=move |event| town.set(event.target().value())
                    >
                        <option value="">{tx(|t| t.parent.all_towns())}</option>
                        {options(towns, town)}
                    </select>
                </div>
                <div class="field">
                    <label for="catalogue-level">{tx(|t| t.parent.filter_level())}</label>
                    <select
                        id="catalogue-level"
                        data-testid="catalogue-level"
                        on:change:target=move |event| level.set(event.target().value())
                    >
                        <option value="">{tx(|t| t.parent.all_levels())}</option>
                        {options(levels, level)}
                    </select>
                </div>
            </div>
            <p class="results-count" role="status" data-testid="catalogue-count">
                {move || t.get().parent.results_count(shown.with(Vec::len))}
            </p>
            <Show
                when=move || shown.with(|list| !list.is_empty())
                fallback=move || view! { <p class="empty">{tx(|t| t.parent.no_results())}</p> }
            >
                <ul class="programmes" data-testid="catalogue">
                    {move || shown.get().into_iter().map(card).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
