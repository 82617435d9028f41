//! The PO workspace's school-year choice (`?jaar=<procedure id>`) and the notice that an earlier
//! year is read only.

use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use overstap_api_types::ProcedureSummary;
use uuid::Uuid;

use crate::i18n::{tx, use_texts};

/// The URL query key of the chosen procedure year.
pub const YEAR_KEY: &str = "jaar";

/// One procedure year as the choice shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureYear {
    pub id: Uuid,
    pub school_year: String,
    pub is_current: bool,
}

impl From<&ProcedureSummary> for ProcedureYear {
    fn from(procedure: &ProcedureSummary) -> Self {
        ProcedureYear {
            id: procedure.id,
            school_year: procedure.school_year.clone(),
            is_current: procedure.is_current,
        }
    }
}

/// The procedure year the URL asks for; `None` (the current year) without a readable one.
pub fn year_from_query(query: &ParamsMap) -> Option<Uuid> {
    parse_year(query.get_str(YEAR_KEY))
}

/// The procedure id in a `jaar` value.
fn parse_year(value: Option<&str>) -> Option<Uuid> {
    value.and_then(|value| Uuid::parse_str(value.trim()).ok())
}

/// What the URL keeps for a chosen year: nothing for the current one.
pub fn year_choice(years: &[ProcedureYear], id: Uuid) -> Option<Uuid> {
    let current = years.iter().any(|year| year.id == id && year.is_current);
    (!current).then_some(id)
}

/// The years to choose from; none when there is only one, so the choice stays out of sight.
pub fn year_options(years: &[ProcedureYear]) -> &[ProcedureYear] {
    if years.len() > 1 { years } else { &[] }
}

/// The id of the year shown: the one chosen, or the current one.
pub fn shown_year(years: &[ProcedureYear], chosen: Option<Uuid>) -> Option<Uuid> {
    chosen.or_else(|| {
        years
            .iter()
            .find(|year| year.is_current)
            .map(|year| year.id)
    })
}

/// Whether the year shown is read only: any chosen year that is not known to be the current
/// one (while the years load, a chosen year counts as earlier, so no action flashes up).
pub fn is_earlier(years: Option<&[ProcedureYear]>, chosen: Option<Uuid>) -> bool {
    match (years, chosen) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(years), Some(id)) => year_choice(years, id).is_some(),
    }
}

#[component]
pub fn ProcedureYearSelect(
    /// The region's procedure years, latest first.
    #[prop(into)]
    years: Signal<Vec<ProcedureYear>>,
    /// The year in the URL; `None` for the current one.
    #[prop(into)]
    chosen: Signal<Option<Uuid>>,
    /// Whether the year shown is an earlier, read-only one.
    #[prop(into)]
    earlier: Signal<bool>,
    /// The year to show; `None` for the current one.
    on_change: Callback<Option<Uuid>>,
) -> impl IntoView {
    let t = use_texts();
    let select = move || {
        let all = years.get();
        let options = year_options(&all);
        if options.is_empty() {
            return None;
        }
        let options = options
            .iter()
            .map(|year| {
                let label = if year.is_current {
                    t.get().po.year_current(&year.school_year)
                } else {
                    year.school_year.clone()
                };
                let id = year.id;
                // Only the selection follows the URL: the select stays, and with it the focus.
                let selected =
                    move || years.with(|years| shown_year(years, chosen.get())) == Some(id);
                view! {
                    <option value=year.id.to_string() prop:selected=selected>
                        {label}
                    </option>
                }
            })
            .collect_view();
        let on_select = move |value: String| {
            if let Ok(id) = Uuid::parse_str(&value) {
                on_change.run(year_choice(&years.get_untracked(), id));
            }
        };
        Some(view! {
            <div class="field procedure-year no-print">
                <label for="procedure-year">{tx(|t| t.po.year_label())}</label>
                <select
                    id="procedure-year"
                    data-testid="procedure-year"
                    on:change:target=move |event| on_select(event.target().value())
                >
                    {options}
                </select>
            </div>
        })
    };
    let notice = move || {
        let id = chosen.get()?;
        if !earlier.get() {
            return None;
        }
        let school_year = years
            .with(|years| years.iter().find(|year| year.id == id).cloned())
            .map(|year| year.school_year)?;
        Some(view! {
            <p class="alert alert-info" role="status" data-testid="earlier-year-notice">
                {move || t.get().po.earlier_year_notice(&school_year)}
            </p>
        })
    };
    view! {
        {select}
        {notice}
    }
}

#[cfg(test)]
mod tests {
    use leptos_router::params::ParamsMap;
    use uuid::Uuid;

    use super::{
        ProcedureYear, is_earlier, parse_year, shown_year, year_choice, year_from_query,
        year_options,
    };

    fn year(n: u128, school_year: &str, is_current: bool) -> ProcedureYear {
        ProcedureYear {
            id: Uuid::from_u128(n),
            school_year: school_year.to_owned(),
            is_current,
        }
    }

    fn two_years() -> Vec<ProcedureYear> {
        vec![year(2, "2026-2027", true), year(1, "2025-2026", false)]
    }

    #[test]
    fn the_url_names_a_year_by_its_procedure_id() {
        let id = Uuid::from_u128(7);
        assert_eq!(parse_year(Some(&id.to_string())), Some(id));
        assert_eq!(parse_year(Some(&format!(" {id} "))), Some(id));
    }

    #[test]
    fn no_or_an_unreadable_year_in_the_url_means_the_current_one() {
        assert_eq!(year_from_query(&ParamsMap::new()), None);
        assert_eq!(parse_year(Some("2025-2026")), None);
        assert_eq!(parse_year(Some("")), None);
    }

    #[test]
    fn choosing_the_current_year_leaves_it_out_of_the_url() {
        let years = two_years();
        assert_eq!(year_choice(&years, Uuid::from_u128(2)), None);
        assert_eq!(
            year_choice(&years, Uuid::from_u128(1)),
            Some(Uuid::from_u128(1))
        );
    }

    #[test]
    fn one_year_offers_no_choice() {
        assert!(year_options(&[year(1, "2025-2026", true)]).is_empty());
        assert!(year_options(&[]).is_empty());
        assert_eq!(year_options(&two_years()).len(), 2);
    }

    #[test]
    fn without_a_choice_the_current_year_is_shown() {
        let years = two_years();
        assert_eq!(shown_year(&years, None), Some(Uuid::from_u128(2)));
        let earlier = Some(Uuid::from_u128(1));
        assert_eq!(shown_year(&years, earlier), earlier);
    }

    #[test]
    fn only_a_year_other_than_the_current_one_is_read_only() {
        let years = two_years();
        assert!(!is_earlier(Some(&years), None));
        assert!(!is_earlier(Some(&years), Some(Uuid::from_u128(2))));
        assert!(is_earlier(Some(&years), Some(Uuid::from_u128(1))));
        assert!(is_earlier(None, Some(Uuid::from_u128(1))));
        assert!(!is_earlier(None, None));
    }
}
