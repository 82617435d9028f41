//! What an API client is given: the rights (scopes) in words, with their technical names, and
//! the schools a manager can choose; and the group of checkboxes the form chooses them with.

use leptos::prelude::*;
use overstap_api_types::{ApiScope, SchoolKind, SchoolResponse};

use crate::i18n::Texts;

/// A right's short name, as managers read it.
pub fn scope_label(t: &Texts, scope: ApiScope) -> &'static str {
    let a = &t.api_clients;
    match scope {
        ApiScope::PupilsRead => a.scope_pupils_read(),
        ApiScope::PupilsWrite => a.scope_pupils_write(),
        ApiScope::RegistrationsRead => a.scope_registrations_read(),
        ApiScope::PlacementsRead => a.scope_placements_read(),
    }
}

/// One line on what a right allows.
pub fn scope_help(t: &Texts, scope: ApiScope) -> &'static str {
    let a = &t.api_clients;
    match scope {
        ApiScope::PupilsRead => a.scope_pupils_read_help(),
        ApiScope::PupilsWrite => a.scope_pupils_write_help(),
        ApiScope::RegistrationsRead => a.scope_registrations_read_help(),
        ApiScope::PlacementsRead => a.scope_placements_read_help(),
    }
}

/// The scope with this wire name (`pupils:read`).
pub fn scope_of_name(name: &str) -> Option<ApiScope> {
    ApiScope::ALL
        .into_iter()
        .find(|scope| scope.as_str() == name)
}

/// One checkbox: the value it sends, its label, optionally a technical name shown after the
/// label (in `<code>`) and a line of explanation under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub code: Option<&'static str>,
    pub help: Option<&'static str>,
}

/// Every right, in the order the API lists them.
pub fn scope_choices(t: &Texts) -> Vec<Choice> {
    ApiScope::ALL
        .into_iter()
        .map(|scope| Choice {
            value: scope.as_str().to_owned(),
            label: scope_label(t, scope).to_owned(),
            code: Some(scope.as_str()),
            help: Some(scope_help(t, scope)),
        })
        .collect()
}

/// The manager's active schools, "name, town (kind)" by name.
pub fn school_choices(t: &Texts, schools: &[SchoolResponse]) -> Vec<Choice> {
    let mut active: Vec<&SchoolResponse> = schools.iter().filter(|s| s.active).collect();
    active.sort_by(|a, b| a.name.cmp(&b.name).then(a.town.cmp(&b.town)));
    active
        .into_iter()
        .map(|school| {
            let kind = match school.kind {
                SchoolKind::Po => t.api_clients.kind_po(),
                SchoolKind::Vo => t.api_clients.kind_vo(),
            };
            Choice {
                value: school.id.to_string(),
                label: t
                    .api_clients
                    .school_choice(&school.name, &school.town, kind),
                code: None,
                help: None,
            }
        })
        .collect()
}

/// A checkbox per choice, each with the id `<id>-<n>`, the test id `id` and the choice's value;
/// `hint` and `error` under the legend, linked for screen readers as in the other forms.
#[component]
pub fn CheckboxGroup(
    id: &'static str,
    #[prop(into)] legend: Signal<&'static str>,
    #[prop(into)] hint: Signal<&'static str>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    chosen: RwSignal<Vec<String>>,
    #[prop(into)] error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let boxes = move || {
        choices
            .get()
            .into_iter()
            .enumerate()
            .map(|(n, choice)| {
                let box_id = format!("{id}-{n}");
                let help_id = format!("{box_id}-help");
                let value = choice.value;
                let checked = {
                    let value = value.clone();
                    move || chosen.with(|chosen| chosen.contains(&value))
                };
                let toggled = value.clone();
                view! {
                    <div class="field-checkbox">
                        <input
                            id=box_id.clone()
                            type="checkbox"
                            value=value
                            data-testid=id
                            aria-describedby=choice.help.map(|_| help_id.clone())
                            prop:checked=checked
                            on:change:target=move |event| {
                                let on = event.target().checked();
                                chosen
                                    .update(|chosen| {
                                        chosen.retain(|other| *other != toggled);
                                        if on {
                                            chosen.push(toggled.clone());
                                        }
                                    });
                            }
                        />
                        <div>
                            <label for=box_id>
                                {choice.label}
                                {choice.code.map(|code| view! { " " <code>{code}</code> })}
                            </label>
                            {choice
                                .help
                                .map(|help| {
                                    view! {
                                        <p class="field-hint" id=help_id>
                                            {help}
                                        </p>
                                    }
                                })}
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset
            class="field"
            class:field-invalid=move || error.get().is_some()
            aria-describedby=described_by
            data-testid=format!("{id}-field")
        >
            <legend>{move || legend.get()}</legend>
            <p class="field-hint" id=hint_id>
                {move || hint.get()}
            </p>
            {boxes}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::i18n::Lang;

    fn school(kind: SchoolKind, name: &str, active: bool) -> SchoolResponse {
        SchoolResponse {
            id: Uuid::new_v4(),
            kind,
            name: name.to_owned(),
            town: "Amstelveen".to_owned(),
            code: "00AA".to_owned(),
            contact_email: String::new(),
            contact_phone: String::new(),
            website: None,
            board_id: Uuid::nil(),
            priority_rule: None,
            active,
        }
    }

    #[test]
    fn the_active_schools_are_offered_by_name_with_their_kind() {
        let schools = [
            school(SchoolKind::Vo, "Amstelland Lyceum", true),
            school(SchoolKind::Po, "De Regenboog", true),
            school(SchoolKind::Po, "De Gesloten School", false),
        ];
        let choices = school_choices(Lang::Nl.texts(), &schools);
        let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Amstelland Lyceum, Amstelveen (vo-school)",
                "De Regenboog, Amstelveen (basisschool)"
            ]
        );
        assert_eq!(choices[1].value, schools[1].id.to_string());
        let english = school_choices(Lang::En.texts(), &schools);
        assert_eq!(
            english[1].label,
            "De Regenboog, Amstelveen (primary school)"
        );
    }

    #[test]
    fn every_scope_has_its_own_words_and_its_wire_name() {
        for lang in [Lang::Nl, Lang::En] {
            let choices = scope_choices(lang.texts());
            assert_eq!(choices.len(), ApiScope::ALL.len());
            let mut labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
            labels.sort_unstable();
            labels.dedup();
            assert_eq!(labels.len(), ApiScope::ALL.len(), "{lang:?}");
            for (choice, scope) in choices.iter().zip(ApiScope::ALL) {
                assert_eq!(choice.code, Some(scope.as_str()));
                assert_eq!(scope_of_name(&choice.value), Some(scope));
                assert!(choice.help.is_some_and(|help| !help.is_empty()));
            }
        }
        assert_eq!(scope_of_name("pupils:delete"), None);
    }
}
