//! The fields of a school (add and change): kind, board, BRIN number, name, town, the contact
//! details parents see, and a VO school's priority rule; the page owns their values.

use leptos::prelude::*;
use overstap_api_types::{
    BoardSummary, ErrorCode, PriorityRuleKind, SchoolKind, SchoolRequest, SchoolResponse, WireEnum,
};
use uuid::Uuid;

use super::field::{SelectField, TextField};
use crate::api::ApiError;
use crate::i18n::{Texts, tx, use_texts};

const PO: &str = "po";
const VO: &str = "vo";

/// The form's values, owned by the page so that it can fill and clear them.
#[derive(Debug, Clone, Copy)]
pub struct SchoolFormState {
    pub kind: RwSignal<String>,
    pub board: RwSignal<String>,
    pub code: RwSignal<String>,
    pub name: RwSignal<String>,
    pub town: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub website: RwSignal<String>,
    pub priority_rule: RwSignal<String>,
}

impl SchoolFormState {
    pub fn new() -> Self {
        let empty = || RwSignal::new(String::new());
        SchoolFormState {
            kind: RwSignal::new(PO.to_owned()),
            board: empty(),
            code: empty(),
            name: empty(),
            town: empty(),
            email: empty(),
            phone: empty(),
            website: empty(),
            priority_rule: empty(),
        }
    }

    /// Empty again; the kind chosen stays, as the next school is often of the same kind.
    pub fn clear(&self) {
        for value in [
            self.board,
            self.code,
            self.name,
            self.town,
            self.email,
            self.phone,
            self.website,
            self.priority_rule,
        ] {
            value.set(String::new());
        }
    }

    /// The values of `school`, to change them.
    pub fn fill(&self, school: &SchoolResponse) {
        let kind = if school.kind == SchoolKind::Vo {
            VO
        } else {
            PO
        };
        self.kind.set(kind.to_owned());
        self.board.set(school.board_id.to_string());
        self.code.set(school.code.clone());
        self.name.set(school.name.clone());
        self.town.set(school.town.clone());
        self.email.set(school.contact_email.clone());
        self.phone.set(school.contact_phone.clone());
        self.website.set(school.website.clone().unwrap_or_default());
        self.priority_rule.set(
            school
                .priority_rule
                .map(|rule| rule.as_str().to_owned())
                .unwrap_or_default(),
        );
    }

    /// The request as typed; the server checks every field and names the ones that are wrong
    /// (no board chosen is the nil id, which it calls unknown).
    pub fn request(&self) -> SchoolRequest {
        let kind = if self.kind.get_untracked() == VO {
            SchoolKind::Vo
        } else {
            SchoolKind::Po
        };
        let website = self.website.get_untracked().trim().to_owned();
        SchoolRequest {
            kind,
            board_id: Uuid::parse_str(&self.board.get_untracked()).unwrap_or(Uuid::nil()),
            code: self.code.get_untracked(),
            name: self.name.get_untracked(),
            town: self.town.get_untracked(),
            contact_email: self.email.get_untracked(),
            contact_phone: self.phone.get_untracked(),
            website: (!website.is_empty()).then_some(website),
            priority_rule: (kind == SchoolKind::Vo)
                .then(|| PriorityRuleKind::from_name(&self.priority_rule.get_untracked()))
                .flatten(),
        }
    }
}

impl Default for SchoolFormState {
    fn default() -> Self {
        Self::new()
    }
}

/// The element ids (and test ids) of one form's fields: the add form and the dialog share the
/// page.
#[derive(Debug, Clone, Copy)]
pub struct SchoolFormIds {
    pub kind: &'static str,
    pub board: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub town: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    pub website: &'static str,
    pub priority_rule: &'static str,
}

pub const ADD_IDS: SchoolFormIds = SchoolFormIds {
    kind: "school-add-kind",
    board: "school-add-board",
    code: "school-add-code",
    name: "school-add-name",
    town: "school-add-town",
    email: "school-add-email",
    phone: "school-add-phone",
    website: "school-add-website",
    priority_rule: "school-add-priority-rule",
};

pub const EDIT_IDS: SchoolFormIds = SchoolFormIds {
    kind: "school-edit-kind",
    board: "school-edit-board",
    code: "school-edit-code",
    name: "school-edit-name",
    town: "school-edit-town",
    email: "school-edit-email",
    phone: "school-edit-phone",
    website: "school-edit-website",
    priority_rule: "school-edit-priority-rule",
};

/// The request's fields the form shows problems at (the kind only when it asks for it).
const FIELDS: [&str; 9] = [
    "kind",
    "board_id",
    "code",
    "name",
    "town",
    "contact_email",
    "contact_phone",
    "website",
    "priority_rule",
];

/// Whether the form shows `error` at a field; if not, it belongs above the form.
pub fn shown_at_field(error: &ApiError, with_kind: bool) -> bool {
    error.code() == Some(ErrorCode::BrinTaken)
        || error.field_errors().iter().any(|field| {
            FIELDS.contains(&field.field.as_str()) && (with_kind || field.field != "kind")
        })
}

/// The boards a school can be put in, by name: the active ones, and `current` (the school's
/// own board) even when it was deactivated, so that the form shows where the school is.
pub fn board_choices(
    t: &Texts,
    boards: &[BoardSummary],
    current: Option<Uuid>,
) -> Vec<(String, String)> {
    let mut chosen: Vec<&BoardSummary> = boards
        .iter()
        .filter(|board| board.active || Some(board.id) == current)
        .collect();
    chosen.sort_by_key(|board| board.name.to_lowercase());
    chosen
        .into_iter()
        .map(|board| {
            let label = if board.active {
                board.name.clone()
            } else {
                t.school_directory.board_inactive_choice(&board.name)
            };
            (board.id.to_string(), label)
        })
        .collect()
}

/// The fields; the page supplies the `<form>`, the general error and the buttons.
#[component]
pub fn SchoolFields(
    state: SchoolFormState,
    ids: SchoolFormIds,
    /// `(id, label)` of the boards to choose from.
    #[prop(into)]
    boards: Signal<Vec<(String, String)>>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    /// Ask for the kind (a new school); it cannot be changed afterwards.
    #[prop(optional)]
    with_kind: bool,
) -> impl IntoView {
    let t = use_texts();
    let field_error = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|error| {
                let error = error.as_ref()?;
                if field == "code" && error.code() == Some(ErrorCode::BrinTaken) {
                    return Some(t.get().school_directory.field_brin_taken());
                }
                error
                    .field_error(field)
                    .map(|problem| t.get().school_field_error(problem))
            })
        })
    };
    let kind_options = Signal::derive(move || {
        let s = &t.get().school_directory;
        vec![
            (PO.to_owned(), s.kind_po_long().to_owned()),
            (VO.to_owned(), s.kind_vo_long().to_owned()),
        ]
    });
    let board_options = Signal::derive(move || {
        let mut options = vec![(
            String::new(),
            t.get().school_directory.choose_board().to_owned(),
        )];
        options.extend(boards.get());
        options
    });
    let rule_options = Signal::derive(move || {
        let s = &t.get().school_directory;
        let mut options = vec![(String::new(), s.priority_rule_none().to_owned())];
        options.extend(
            PriorityRuleKind::ALL
                .iter()
                .map(|rule| (rule.as_str().to_owned(), s.priority_rule(*rule))),
        );
        options
    });
    let is_vo = move || state.kind.with(|kind| kind == VO);
    view! {
        <div class="form-grid">
            {with_kind
                .then(|| {
                    view! {
                        <SelectField
                            id=ids.kind
                            label=tx(|t| t.school_directory.kind_label())
                            value=state.kind
                            options=kind_options
                            error=field_error("kind")
                            testid=ids.kind
                        />
                    }
                })}
            <SelectField
                id=ids.board
                label=tx(|t| t.school_directory.board_label())
                value=state.board
                options=board_options
                error=field_error("board_id")
                testid=ids.board
            />
            <TextField
                id=ids.code
                label=tx(|t| t.school_directory.code_label())
                value=state.code
                error=field_error("code")
                autocomplete="off"
                testid=ids.code
                hint=tx(|t| t.school_directory.code_hint())
            />
            <TextField
                id=ids.name
                label=tx(|t| t.school_directory.name_label())
                value=state.name
                error=field_error("name")
                autocomplete="off"
                testid=ids.name
            />
            <TextField
                id=ids.town
                label=tx(|t| t.school_directory.town_label())
                value=state.town
                error=field_error("town")
                autocomplete="off"
                testid=ids.town
            />
            <TextField
                id=ids.email
                label=tx(|t| t.school_directory.email_label())
                value=state.email
                error=field_error("contact_email")
                input_type="email"
                autocomplete="off"
                testid=ids.email
            />
            <TextField
                id=ids.phone
                label=tx(|t| t.school_directory.phone_label())
                value=state.phone
                error=field_error("contact_phone")
                input_type="tel"
                autocomplete="off"
                testid=ids.phone
            />
            <TextField
                id=ids.website
                label=tx(|t| t.school_directory.website_label())
                value=state.website
                error=field_error("website")
                input_type="url"
                autocomplete="off"
                testid=ids.website
                hint=tx(|t| t.school_directory.website_hint())
                optional=true
            />
            <Show when=is_vo>
                <SelectField
                    id=ids.priority_rule
                    label=tx(|t| t.school_directory.priority_rule_label())
                    value=state.priority_rule
                    options=rule_options
                    error=field_error("priority_rule")
                    testid=ids.priority_rule
                    hint=tx(|t| t.school_directory.priority_rule_hint())
                />
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::{ErrorDetails, ErrorResponse, FieldError};

    use super::*;
    use crate::i18n::Lang;

    fn refusal(code: ErrorCode, field: Option<&str>) -> ApiError {
        ApiError::Server {
            status: 422,
            error: Box::new(ErrorResponse {
                problem: Default::default(),
                code,
                message: String::new(),
                details: field.map(|field| ErrorDetails {
                    fields: vec![FieldError {
                        field: field.to_owned(),
                        code: "x".to_owned(),
                        message: String::new(),
                    }],
                    ..ErrorDetails::default()
                }),
                request_id: None,
            }),
            retry_after: None,
        }
    }

    fn board(name: &str, active: bool) -> BoardSummary {
        BoardSummary {
            id: Uuid::new_v4(),
            name: name.to_owned(),
            active,
        }
    }

    #[test]
    fn field_problems_stay_at_their_fields_and_the_rest_goes_on_top() {
        assert!(shown_at_field(&refusal(ErrorCode::BrinTaken, None), false));
        assert!(shown_at_field(
            &refusal(ErrorCode::InvalidInput, Some("contact_phone")),
            false
        ));
        // The change form does not ask for the kind: `fixed` goes on top there.
        assert!(shown_at_field(
            &refusal(ErrorCode::InvalidInput, Some("kind")),
            true
        ));
        assert!(!shown_at_field(
            &refusal(ErrorCode::InvalidInput, Some("kind")),
            false
        ));
        assert!(!shown_at_field(&refusal(ErrorCode::InUse, None), true));
    }

    #[test]
    fn a_school_chooses_among_active_boards_and_keeps_its_own_deactivated_one() {
        let t = Lang::Nl.texts();
        let boards = [
            board("Zuid", true),
            board("Oud", false),
            board("Amstel", true),
        ];
        let names = |choices: Vec<(String, String)>| {
            choices
                .into_iter()
                .map(|(_, name)| name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(board_choices(t, &boards, None)), ["Amstel", "Zuid"]);
        assert_eq!(
            names(board_choices(t, &boards, Some(boards[1].id))),
            ["Amstel", "Oud (gedeactiveerd)", "Zuid"]
        );
    }
}
