//! The pupil list's filters: class, status, search words and "needs attention", kept in the URL.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use overstap_api_types::{PupilListQuery, RegistrationStatus, Submitted, WireEnum};
use uuid::Uuid;

use super::procedure_year_select::{YEAR_KEY, year_from_query};
use crate::i18n::{tx, use_texts};
use crate::query::query_string;

/// The filters as the URL query holds them: `?class=8A&status=wit&q=…&needs_attention=true`,
/// with the procedure year (`&jaar=<id>`) when an earlier one is shown. The status is kept as written there (a `RegistrationStatus` wire name when the select set
/// it), so the server judges a hand-written one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PupilFilter {
    pub class: String,
    pub status: String,
    pub q: String,
    pub needs_attention: bool,
    /// An earlier procedure year; `None` for the current one.
    pub year: Option<Uuid>,
}

impl PupilFilter {
    pub fn from_query(query: &ParamsMap) -> Self {
        let text = |key| {
            query
                .get_str(key)
                .map(|value| value.trim().to_owned())
                .unwrap_or_default()
        };
        PupilFilter {
            class: text("class"),
            status: text("status"),
            q: text("q"),
            needs_attention: query.get_str("needs_attention") == Some("true"),
            year: year_from_query(query),
        }
    }

    /// The query string of a link to the list with these filters; empty without filters.
    pub fn to_query_string(&self) -> String {
        let year = (YEAR_KEY, self.year.map(|id| id.to_string()));
        query_string(
            crate::api::pupil_list_params(&self.to_api())
                .into_iter()
                .chain([year]),
        )
    }

    pub fn to_api(&self) -> PupilListQuery {
        let given = |value: &String| (!value.is_empty()).then(|| value.clone());
        PupilListQuery {
            class: given(&self.class),
            status: given(&self.status).map(|name| {
                RegistrationStatus::from_name(&name)
                    .map_or(Submitted::Unknown(name), Submitted::Known)
            }),
            q: given(&self.q),
            needs_attention: self.needs_attention.then_some(true),
            procedure_id: self.year,
        }
    }

    /// Whether nothing narrows the list (the year chooses which list, it filters nothing).
    pub fn is_empty(&self) -> bool {
        *self
            == PupilFilter {
                year: self.year,
                ..PupilFilter::default()
            }
    }

    /// The same year without filters.
    pub fn cleared(&self) -> Self {
        PupilFilter {
            year: self.year,
            ..PupilFilter::default()
        }
    }
}

#[component]
pub fn PupilFilters(
    #[prop(into)] filter: Signal<PupilFilter>,
    #[prop(into)] classes: Signal<Vec<String>>,
    on_change: Callback<PupilFilter>,
) -> impl IntoView {
    let t = use_texts();
    let search = RwSignal::new(String::new());
    Effect::new(move || search.set(filter.get().q));
    let change = move |edit: &dyn Fn(&mut PupilFilter)| {
        let mut next = filter.get_untracked();
        edit(&mut next);
        on_change.run(next);
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        change(&|next| next.q = search.get_untracked().trim().to_owned());
    };
    let status_name = move |status: RegistrationStatus| {
        let text = t.get().status(status);
        if text.letters.is_empty() {
            text.label.to_owned()
        } else {
            format!("{}: {}", text.letters, text.label)
        }
    };

    view! {
        <form
            class="filters no-print"
            role="search"
            aria-label=tx(|t| t.po.filters_label())
            on:submit=on_submit
        >
            <div class="filter">
                <label for="filter-class">{tx(|t| t.staff.col_class())}</label>
                <select
                    id="filter-class"
                    data-testid="filter-class"
                    on:change:target=move |event| {
                        let value = event.target().value();
                        change(&|next| next.class = value.clone());
                    }
                >
                    <option value="" prop:selected=move || filter.get().class.is_empty()>
                        {tx(|t| t.po.filter_all_classes())}
                    </option>
                    {move || {
                        classes
                            .get()
                            .into_iter()
                            .map(|class| {
                                let selected = {
                                    let class = class.clone();
                                    move || filter.get().class == class
                                };
                                view! {
                                    <option value=class.clone() prop:selected=selected>
                                        {class.clone()}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="filter">
                <label for="filter-status">{tx(|t| t.staff.col_status())}</label>
                <select
                    id="filter-status"
                    data-testid="filter-status"
                    on:change:target=move |event| {
                        let value = event.target().value();
                        change(&|next| next.status = value.clone());
                    }
                >
                    <option value="" prop:selected=move || filter.get().status.is_empty()>
                        {tx(|t| t.po.filter_all_statuses())}
                    </option>
                    {RegistrationStatus::ALL
                        .iter()
                        .map(|&status| {
                            view! {
                                <option
                                    value=status.as_str()
                                    prop:selected=move || filter.get().status == status.as_str()
                                >
                                    {move || status_name(status)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="filter filter-search">
                <label for="filter-q">{tx(|t| t.po.filter_search())}</label>
                <div class="filter-search-row">
                    <input
                        id="filter-q"
                        type="search"
                        data-testid="filter-search"
                        bind:value=search
                    />
                    <button type="submit" class="button button-quiet">
                        {tx(|t| t.po.filter_search_button())}
                    </button>
                </div>
            </div>
            <div class="filter filter-toggle">
                <input
                    id="filter-attention"
                    type="checkbox"
                    data-testid="filter-needs-attention"
                    prop:checked=move || filter.get().needs_attention
                    on:change:target=move |event| {
                        let on = event.target().checked();
                        change(&|next| next.needs_attention = on);
                    }
                />
                <label for="filter-attention">{tx(|t| t.po.filter_needs_attention())}</label>
            </div>
            {move || {
                let filter = filter.get();
                (!filter.is_empty())
                    .then(|| {
                        let href = format!("/po{}", filter.cleared().to_query_string());
                        view! {
                            <a class="filter-clear" href=href>
                                {tx(|t| t.po.filter_clear())}
                            </a>
                        }
                    })
            }}
        </form>
    }
}

#[cfg(test)]
mod tests {
    use leptos_router::params::ParamsMap;
    use overstap_api_types::PupilListQuery;

    use super::PupilFilter;

    #[test]
    fn only_the_filters_set_reach_the_api() {
        let filter = PupilFilter {
            class: "8A".to_owned(),
            q: "de Vries".to_owned(),
            needs_attention: true,
            ..PupilFilter::default()
        };
        assert_eq!(
            filter.to_api(),
            PupilListQuery {
                class: Some("8A".to_owned()),
                status: None,
                q: Some("de Vries".to_owned()),
                needs_attention: Some(true),
                procedure_id: None,
            }
        );
    }

    #[test]
    fn the_year_reaches_the_api_but_filters_nothing() {
        let year = Some(uuid::Uuid::from_u128(1));
        let filter = PupilFilter {
            year,
            ..PupilFilter::default()
        };
        assert!(filter.is_empty());
        assert_eq!(filter.to_api().procedure_id, year);
        let filtered = PupilFilter {
            class: "8A".to_owned(),
            ..filter.clone()
        };
        assert!(!filtered.is_empty());
        assert_eq!(filtered.cleared(), filter);
    }

    #[test]
    fn no_query_means_no_filter() {
        let filter = PupilFilter::from_query(&ParamsMap::new());
        assert!(filter.is_empty());
        assert_eq!(filter.to_api(), PupilListQuery::default());
    }
}
