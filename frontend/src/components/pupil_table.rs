//! The PO school's pupil list: a checkbox, name (with a badge for the paper route), class,
//! advice, ELK-nummer, status and a menu.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use overstap_api_types::{Advice, PupilResponse};
use uuid::Uuid;

use super::paper_route::PaperBadge;
use super::row_menu::RowMenu;
use super::status::StatusDot;
use crate::i18n::{tx, use_texts};

/// The advice as the school writes it, `+ lwoo` when the pupil has learning support.
pub fn advice_text(advice: Advice, lwoo: bool, lwoo_word: &str) -> String {
    let advice = advice.as_str();
    if lwoo {
        format!("{advice} + {lwoo_word}")
    } else {
        advice.to_owned()
    }
}

#[component]
pub fn PupilTable(
    pupils: Vec<PupilResponse>,
    /// Newer versions of some rows (a login was just sent), by id.
    #[prop(into)]
    updated: Signal<HashMap<Uuid, PupilResponse>>,
    selected: RwSignal<HashSet<Uuid>>,
    on_send_login: Callback<PupilResponse>,
    /// An earlier procedure year: nothing to select and no actions that change a pupil.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let t = use_texts();
    if pupils.is_empty() {
        return view! {
            <p class="empty" data-testid="pupils-empty">
                {tx(|t| t.staff.pupils_empty())}
            </p>
        }
        .into_any();
    }
    let count = pupils.len();
    let ids = StoredValue::new(pupils.iter().map(|p| p.id).collect::<Vec<_>>());
    let chosen = move || {
        ids.with_value(|ids| selected.with(|s| ids.iter().filter(|id| s.contains(id)).count()))
    };
    let select_all = move |on: bool| {
        ids.with_value(|ids| {
            selected.update(|s| {
                for id in ids {
                    if on {
                        s.insert(*id);
                    } else {
                        s.remove(id);
                    }
                }
            });
        });
    };
    let rows = pupils
        .into_iter()
        .map(|pupil| {
            let id = pupil.id;
            let name = format!("{} {}", pupil.first_name, pupil.last_name);
            let advice = advice_text(pupil.advice, pupil.lwoo, t.get_untracked().staff.lwoo());
            let elk_number = pupil.elk_number.clone();
            let data_elk = elk_number.clone();
            let class_name = pupil.class_name.clone();
            // The route changes on the pupil's own page only: this list shows it as loaded.
            let paper_route = pupil.paper_route.clone();
            let original = pupil;
            let current = Signal::derive(move || {
                updated
                    .with(|rows| rows.get(&id).cloned())
                    .unwrap_or_else(|| original.clone())
            });
            let select_label = {
                let name = name.clone();
                move || t.get().po.select_pupil(&name)
            };
            let menu_label = {
                let name = name.clone();
                Signal::derive(move || t.get().po.actions_for(&name))
            };
            let select = (!read_only).then(|| {
                view! {
                    <td class="select-cell" data-label=move || t.get().po.col_select()>
                        <input
                            type="checkbox"
                            data-testid="select-pupil"
                            aria-label=select_label
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
                    </td>
                }
            });
            view! {
                <tr data-testid="pupil-row" data-pupil-id=id.to_string() data-elk-number=data_elk>
                    {select}
                    <th scope="row" data-label=move || t.get().staff.col_name()>
                        {name}
                        {paper_route
                            .map(|route| {
                                view! { " " <PaperBadge route testid="paper-badge" /> }
                            })}
                    </th>
                    <td data-label=move || t.get().staff.col_class()>{class_name}</td>
                    <td data-label=move || t.get().staff.col_advice()>{advice}</td>
                    <td data-label=move || t.get().staff.col_elk_number()>{elk_number}</td>
                    <td data-label=move || t.get().staff.col_status()>
                        {move || view! { <StatusDot status=current.get().status /> }}
                    </td>
                    <td class="menu-cell" data-label=move || t.get().po.col_actions()>
                        <RowMenu
                            ident=id.to_string()
                            label=menu_label
                            on_send_login=Callback::new(move |()| {
                                on_send_login.run(current.get_untracked())
                            })
                            edit_href=format!("/po/leerling/{id}")
                            print_href=format!("/po/leerling/{id}/formulier")
                            read_only
                        />
                    </td>
                </tr>
            }
        })
        .collect_view();
    let select_all_box = (!read_only).then(|| {
        view! {
        // Above the table rather than in its head, which narrow screens hide.
        <div class="field field-checkbox select-all no-print">
            <input
                id="select-all"
                type="checkbox"
                data-testid="select-all"
                prop:checked=move || chosen() == count
                prop:indeterminate=move || { chosen() > 0 && chosen() < count }
                on:change:target=move |event| select_all(event.target().checked())
            />
            <label for="select-all">{tx(|t| t.po.select_all())}</label>
        </div>
        }
    });
    let select_header = (!read_only).then(|| {
        view! {
            <th scope="col" class="select-cell">
                <span class="visually-hidden">{tx(|t| t.po.col_select())}</span>
            </th>
        }
    });
    view! {
        {select_all_box}
        <table class="data-table pupil-table" data-testid="pupil-table">
                <caption>{move || t.get().po.pupils_caption(count)}</caption>
                <thead>
                    <tr>
                        {select_header}
                        <th scope="col">{tx(|t| t.staff.col_name())}</th>
                        <th scope="col">{tx(|t| t.staff.col_class())}</th>
                        <th scope="col">{tx(|t| t.staff.col_advice())}</th>
                        <th scope="col">{tx(|t| t.staff.col_elk_number())}</th>
                        <th scope="col">{tx(|t| t.staff.col_status())}</th>
                        <th scope="col">
                            <span class="visually-hidden">{tx(|t| t.po.col_actions())}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
