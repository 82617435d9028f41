//! The other schools PO and VO staff also work at (a teacher at two locations): which the
//! staff form offers, what it sends, and the checkboxes that choose them.

use leptos::prelude::*;
use overstap_api_types::{FieldError, Role, SchoolResponse, SchoolSummary};
use uuid::Uuid;

use super::staff_roles::school_choices;
use crate::i18n::{Texts, tx};

/// The other schools an account has now, and the role it has them in: a school outside the
/// manager's reach (another board's) stays with the account, so it stays in the form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeldSchools {
    pub role: Option<Role>,
    pub schools: Vec<SchoolSummary>,
}

/// The schools an account working as `role` at `own` can also work at, as `(id, label)` by
/// label: the manager's active schools of the role's kind, and those the account has now while
/// its role stays the one it has them in; never its own school. None for a role that does not
/// work at a school.
pub fn other_school_choices(
    role: Option<Role>,
    own: &str,
    schools: &[SchoolResponse],
    held: &HeldSchools,
) -> Vec<(Uuid, String)> {
    let mut choices: Vec<(Uuid, String)> = school_choices(role, schools)
        .into_iter()
        .filter_map(|(id, label)| Some((Uuid::parse_str(&id).ok()?, label)))
        .collect();
    if role.is_some() && role == held.role {
        for school in &held.schools {
            if !choices.iter().any(|(id, _)| *id == school.id) {
                choices.push((school.id, school.name.clone()));
            }
        }
    }
    let own = Uuid::parse_str(own).ok();
    choices.retain(|(id, _)| Some(*id) != own);
    choices.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    choices
}

/// What the form sends: the chosen schools it offers now, in the order it shows them (a school
/// chosen under another role, or chosen as the own school since, is left out).
pub fn chosen_others(choices: &[(Uuid, String)], chosen: &[Uuid]) -> Vec<Uuid> {
    choices
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| chosen.contains(id))
        .collect()
}

/// The message for a refusal at `other_school_ids`, by the server's rule code.
pub fn other_schools_error(t: &Texts, field: &FieldError) -> &'static str {
    let s = &t.staff;
    match field.code.as_str() {
        "primary_school_required" => s.other_schools_primary_only(),
        "secondary_school_required" => s.other_schools_secondary_only(),
        "one_workplace_only" => s.other_schools_one_workplace(),
        "inactive" => s.other_schools_inactive(),
        "too_many" => s.other_schools_too_many(),
        _ => t.field_error(field),
    }
}

/// A checkbox per school in `choices`, each with the id `<id>-<n>` and the test id `id`, the
/// school's id as its value; `error` under them, linked for screen readers.
#[component]
pub fn OtherSchoolsField(
    id: &'static str,
    #[prop(into)] choices: Signal<Vec<(Uuid, String)>>,
    chosen: RwSignal<Vec<Uuid>>,
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
            .map(|(n, (school, label))| {
                let box_id = format!("{id}-{n}");
                view! {
                    <div class="field-checkbox">
                        <input
                            id=box_id.clone()
                            type="checkbox"
                            value=school.to_string()
                            data-testid=id
                            prop:checked=move || chosen.with(|chosen| chosen.contains(&school))
                            on:change:target=move |event| {
                                let on = event.target().checked();
                                chosen
                                    .update(|chosen| {
                                        chosen.retain(|other| *other != school);
                                        if on {
                                            chosen.push(school);
                                        }
                                    });
                            }
                        />
                        <label for=box_id>{label}</label>
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
            <legend>{tx(|t| t.staff.other_schools_legend())}</legend>
            <p class="field-hint" id=hint_id>
                {tx(|t| t.staff.other_schools_hint())}
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
    use overstap_api_types::SchoolKind;

    use super::*;
    use crate::components::staff_roles::tests::school;
    use crate::i18n::Lang;

    fn labels(choices: &[(Uuid, String)]) -> Vec<&str> {
        choices.iter().map(|(_, label)| label.as_str()).collect()
    }

    #[test]
    fn the_schools_of_the_roles_kind_are_offered_without_the_own_school() {
        let schools = [
            school(SchoolKind::Po, "Het Kompas"),
            school(SchoolKind::Vo, "Amstelland Lyceum"),
            school(SchoolKind::Po, "De Regenboog"),
            SchoolResponse {
                active: false,
                ..school(SchoolKind::Po, "De Gesloten School")
            },
        ];
        let own = schools[0].id.to_string();
        let none = HeldSchools::default();
        let po = other_school_choices(Some(Role::PoStaff), &own, &schools, &none);
        assert_eq!(labels(&po), ["De Regenboog, Amstelveen"]);
        assert_eq!(po[0].0, schools[2].id);
        let po = other_school_choices(Some(Role::PoStaff), "", &schools, &none);
        assert_eq!(
            labels(&po),
            ["De Regenboog, Amstelveen", "Het Kompas, Amstelveen"]
        );
        let vo = other_school_choices(Some(Role::VoStaff), &own, &schools, &none);
        assert_eq!(labels(&vo), ["Amstelland Lyceum, Amstelveen"]);
        for role in [Some(Role::BoardAdmin), Some(Role::Coordinator), None] {
            assert!(other_school_choices(role, "", &schools, &none).is_empty());
        }
    }

    #[test]
    fn a_school_the_account_has_outside_the_managers_reach_stays_while_the_role_does() {
        let schools = [school(SchoolKind::Po, "Het Kompas")];
        let (outside, closed) = (Uuid::new_v4(), schools[0].id);
        let held = HeldSchools {
            role: Some(Role::PoStaff),
            schools: vec![
                SchoolSummary {
                    id: outside,
                    name: "De Zonnewijzer".to_owned(),
                },
                // Already offered: listed once, as the manager's list names it.
                SchoolSummary {
                    id: closed,
                    name: "Het Kompas".to_owned(),
                },
            ],
        };
        let po = other_school_choices(Some(Role::PoStaff), "", &schools, &held);
        assert_eq!(labels(&po), ["De Zonnewijzer", "Het Kompas, Amstelveen"]);
        assert_eq!(po[0].0, outside);
        // Under another role the account cannot keep them.
        assert!(other_school_choices(Some(Role::VoStaff), "", &schools, &held).is_empty());
        // Made its own school, it is no longer an other school.
        let own = outside.to_string();
        let po = other_school_choices(Some(Role::PoStaff), &own, &schools, &held);
        assert_eq!(labels(&po), ["Het Kompas, Amstelveen"]);
    }

    #[test]
    fn only_the_chosen_schools_on_offer_are_sent_in_the_order_shown() {
        let (a, b, c) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let choices = [(a, "A".to_owned()), (b, "B".to_owned())];
        assert_eq!(chosen_others(&choices, &[c, b, a]), [a, b]);
        assert!(chosen_others(&choices, &[]).is_empty());
        assert!(chosen_others(&[], &[a]).is_empty());
    }

    #[test]
    fn each_refusal_of_the_other_schools_has_its_own_words() {
        let t = Lang::Nl.texts();
        let problem = |code: &str| FieldError {
            field: "other_school_ids".to_owned(),
            code: code.to_owned(),
            message: String::new(),
        };
        let texts: Vec<&str> = [
            "primary_school_required",
            "secondary_school_required",
            "one_workplace_only",
            "inactive",
            "too_many",
        ]
        .into_iter()
        .map(|code| other_schools_error(t, &problem(code)))
        .collect();
        let mut distinct = texts.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), texts.len(), "{texts:?}");
        assert!(!texts.contains(&t.field_invalid()));
        assert_eq!(other_schools_error(t, &problem("odd")), t.field_invalid());
    }
}
