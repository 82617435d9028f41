//! Which roles a manager gives out and where each works: the choices of the staff forms, and
//! the request their values make.

use overstap_api_types::{
    BoardSummary, InviteStaffRequest, Role, SchoolKind, SchoolResponse, StaffLanguage,
};
use uuid::Uuid;

/// The roles a manager may give out, in the order the select offers them (the server's rule:
/// a coordinator every staff role, a board admin the staff of the board's schools).
pub const fn assignable_roles(manager: Role) -> &'static [Role] {
    match manager {
        Role::Coordinator => &[
            Role::PoStaff,
            Role::VoStaff,
            Role::BoardAdmin,
            Role::Coordinator,
        ],
        Role::BoardAdmin => &[Role::PoStaff, Role::VoStaff],
        Role::Parent | Role::PoStaff | Role::VoStaff => &[],
    }
}

/// Where a role works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workplace {
    School(SchoolKind),
    Board,
    Region,
}

pub const fn workplace(role: Role) -> Workplace {
    match role {
        Role::PoStaff => Workplace::School(SchoolKind::Po),
        Role::VoStaff => Workplace::School(SchoolKind::Vo),
        Role::BoardAdmin => Workplace::Board,
        // Parents never get here: the selects offer staff roles only.
        Role::Coordinator | Role::Parent => Workplace::Region,
    }
}

/// A role's value in the select.
pub const fn role_key(role: Role) -> &'static str {
    match role {
        Role::Parent => "parent",
        Role::PoStaff => "po_staff",
        Role::VoStaff => "vo_staff",
        Role::BoardAdmin => "board_admin",
        Role::Coordinator => "coordinator",
    }
}

pub fn role_of_key(key: &str) -> Option<Role> {
    [
        Role::Parent,
        Role::PoStaff,
        Role::VoStaff,
        Role::BoardAdmin,
        Role::Coordinator,
    ]
    .into_iter()
    .find(|role| role_key(*role) == key)
}

/// The active schools `role` can work at, as `(id, "name, town")` choices by name; none for a
/// role that does not work at a school.
pub fn school_choices(role: Option<Role>, schools: &[SchoolResponse]) -> Vec<(String, String)> {
    let Some(Workplace::School(kind)) = role.map(workplace) else {
        return Vec::new();
    };
    let mut choices: Vec<(String, String)> = schools
        .iter()
        .filter(|school| school.kind == kind && school.active)
        .map(|school| {
            (
                school.id.to_string(),
                format!("{}, {}", school.name, school.town),
            )
        })
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    choices
}

/// The boards a coordinator can choose for a board admin (every active board of the region,
/// also one without an admin yet), by name.
pub fn board_choices(boards: &[BoardSummary]) -> Vec<(Uuid, String)> {
    let mut choices: Vec<(Uuid, String)> = boards
        .iter()
        .filter(|b| b.active)
        .map(|b| (b.id, b.name.clone()))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    choices
}

pub const fn language_key(language: StaffLanguage) -> &'static str {
    match language {
        StaffLanguage::Nl => "nl",
        StaffLanguage::En => "en",
    }
}

/// The request the form's values make: the school only for a role at a school, the board only
/// for a board admin (a value left from another role is dropped). `None` for an unknown role.
pub fn draft(
    email: &str,
    display_name: &str,
    role: &str,
    school: &str,
    board: &str,
    language: &str,
) -> Option<InviteStaffRequest> {
    let role = role_of_key(role)?;
    let place = workplace(role);
    let id = |value: &str| Uuid::parse_str(value).ok();
    Some(InviteStaffRequest {
        email: email.trim().to_owned(),
        display_name: display_name.trim().to_owned(),
        role,
        school_id: matches!(place, Workplace::School(_))
            .then(|| id(school))
            .flatten(),
        board_id: (place == Workplace::Board).then(|| id(board)).flatten(),
        other_school_ids: vec![],
        language: if language == "en" {
            StaffLanguage::En
        } else {
            StaffLanguage::Nl
        },
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A school of `kind` named `name`, as the staff forms' tests need one.
    pub(crate) fn school(kind: SchoolKind, name: &str) -> SchoolResponse {
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
            active: true,
        }
    }

    #[test]
    fn a_board_admin_gives_out_school_staff_roles_only() {
        assert_eq!(
            assignable_roles(Role::BoardAdmin),
            [Role::PoStaff, Role::VoStaff]
        );
        assert_eq!(assignable_roles(Role::Coordinator).len(), 4);
        assert!(!assignable_roles(Role::Coordinator).contains(&Role::Parent));
        for manager in [Role::Parent, Role::PoStaff, Role::VoStaff] {
            assert!(assignable_roles(manager).is_empty(), "{manager:?}");
        }
    }

    #[test]
    fn every_role_round_trips_through_its_key() {
        for role in assignable_roles(Role::Coordinator) {
            assert_eq!(role_of_key(role_key(*role)), Some(*role));
        }
        assert_eq!(role_of_key(""), None);
    }

    #[test]
    fn a_role_is_offered_the_active_schools_of_its_kind_by_name() {
        let schools = [
            school(SchoolKind::Vo, "Veenlanden College"),
            school(SchoolKind::Po, "De Zonnewijzer"),
            school(SchoolKind::Po, "De Aquamarijn"),
            SchoolResponse {
                active: false,
                ..school(SchoolKind::Po, "De Gesloten School")
            },
        ];
        let po = school_choices(Some(Role::PoStaff), &schools);
        let names: Vec<&str> = po.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(
            names,
            ["De Aquamarijn, Amstelveen", "De Zonnewijzer, Amstelveen"]
        );
        assert_eq!(po[0].0, schools[2].id.to_string());
        let vo = school_choices(Some(Role::VoStaff), &schools);
        assert_eq!(vo.len(), 1);
        assert_eq!(vo[0].0, schools[0].id.to_string());
        assert!(school_choices(Some(Role::BoardAdmin), &schools).is_empty());
        assert!(school_choices(Some(Role::Coordinator), &schools).is_empty());
        assert!(school_choices(None, &schools).is_empty());
    }

    #[test]
    fn the_boards_are_every_active_board_of_the_region_by_name() {
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        let boards = [
            BoardSummary {
                id: b,
                name: "Stichting Veenland".to_owned(),
                active: true,
            },
            BoardSummary {
                id: a,
                name: "Stichting Amstelkring".to_owned(),
                active: true,
            },
            BoardSummary {
                id: Uuid::new_v4(),
                name: "Stichting Opgeheven".to_owned(),
                active: false,
            },
        ];
        assert_eq!(
            board_choices(&boards),
            [
                (a, "Stichting Amstelkring".to_owned()),
                (b, "Stichting Veenland".to_owned())
            ]
        );
    }

    #[test]
    fn the_request_keeps_only_the_workplace_of_its_role() {
        let (school, board) = (Uuid::new_v4().to_string(), Uuid::new_v4().to_string());
        let po = draft(
            " j@example.org ",
            " Jan ",
            "po_staff",
            &school,
            &board,
            "en",
        )
        .expect("a role");
        assert_eq!(po.email, "j@example.org");
        assert_eq!(po.display_name, "Jan");
        assert_eq!(po.school_id.map(|id| id.to_string()), Some(school.clone()));
        assert_eq!(po.board_id, None);
        assert_eq!(po.language, StaffLanguage::En);
        let admin = draft("", "", "board_admin", &school, &board, "nl").expect("a role");
        assert_eq!(admin.school_id, None);
        assert_eq!(admin.board_id.map(|id| id.to_string()), Some(board.clone()));
        let coordinator = draft("", "", "coordinator", &school, &board, "nl").expect("a role");
        assert_eq!((coordinator.school_id, coordinator.board_id), (None, None));
        // Not chosen yet: no school, and the server says which field to fill in.
        let unchosen = draft("", "", "vo_staff", "", "", "nl").expect("a role");
        assert_eq!(unchosen.school_id, None);
        assert!(draft("", "", "janitor", "", "", "nl").is_none());
    }
}
