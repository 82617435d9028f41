//! The values of a staff account form (invite and change) and the element ids of its fields;
//! the page owns the values, so that it can fill and clear them.

use leptos::prelude::*;
use overstap_api_types::{
    InviteStaffRequest, Role, SchoolResponse, StaffLanguage, StaffMemberResponse,
};
use uuid::Uuid;

use super::staff_other_schools::{HeldSchools, chosen_others, other_school_choices};
use super::staff_roles::{draft, language_key, role_key};

#[derive(Debug, Clone, Copy)]
pub struct StaffFormState {
    pub email: RwSignal<String>,
    pub display_name: RwSignal<String>,
    pub role: RwSignal<String>,
    pub school: RwSignal<String>,
    pub board: RwSignal<String>,
    /// The other schools chosen (PO and VO staff).
    pub others: RwSignal<Vec<Uuid>>,
    /// The other schools the account has now (none for an invitation).
    pub held: RwSignal<HeldSchools>,
    pub language: RwSignal<String>,
}

impl StaffFormState {
    pub fn new(role: Role) -> Self {
        StaffFormState {
            email: RwSignal::new(String::new()),
            display_name: RwSignal::new(String::new()),
            role: RwSignal::new(role_key(role).to_owned()),
            school: RwSignal::new(String::new()),
            board: RwSignal::new(String::new()),
            others: RwSignal::new(Vec::new()),
            held: RwSignal::new(HeldSchools::default()),
            language: RwSignal::new(language_key(StaffLanguage::Nl).to_owned()),
        }
    }

    /// Empty again, with `role` chosen.
    pub fn clear(&self, role: Role) {
        self.email.set(String::new());
        self.display_name.set(String::new());
        self.role.set(role_key(role).to_owned());
        self.school.set(String::new());
        self.board.set(String::new());
        self.others.set(Vec::new());
        self.held.set(HeldSchools::default());
        self.language
            .set(language_key(StaffLanguage::Nl).to_owned());
    }

    /// The values of `member`, to change them.
    pub fn fill(&self, member: &StaffMemberResponse) {
        let id = |id: Option<Uuid>| id.map(|id| id.to_string()).unwrap_or_default();
        self.email.set(member.email.clone());
        self.display_name.set(member.display_name.clone());
        self.role.set(role_key(member.role).to_owned());
        self.school.set(id(member.school_id));
        self.board.set(id(member.board_id));
        self.others.set(
            member
                .other_schools
                .iter()
                .map(|school| school.id)
                .collect(),
        );
        self.held.set(HeldSchools {
            role: Some(member.role),
            schools: member.other_schools.clone(),
        });
        self.language.set(language_key(member.language).to_owned());
    }

    /// The request the values make; `schools` are the manager's, as the form offers them.
    pub fn request(&self, schools: &[SchoolResponse]) -> Option<InviteStaffRequest> {
        let school = self.school.get_untracked();
        let mut request = draft(
            &self.email.get_untracked(),
            &self.display_name.get_untracked(),
            &self.role.get_untracked(),
            &school,
            &self.board.get_untracked(),
            &self.language.get_untracked(),
        )?;
        let offered = self.held.with_untracked(|held| {
            other_school_choices(Some(request.role), &school, schools, held)
        });
        request.other_school_ids = self
            .others
            .with_untracked(|chosen| chosen_others(&offered, chosen));
        Some(request)
    }
}

/// The element ids (and test ids) of one form's fields: two forms share the page.
#[derive(Debug, Clone, Copy)]
pub struct FormIds {
    pub email: &'static str,
    pub display_name: &'static str,
    pub role: &'static str,
    pub school: &'static str,
    pub board: &'static str,
    pub others: &'static str,
    pub language: &'static str,
}

pub const INVITE_IDS: FormIds = FormIds {
    email: "staff-invite-email",
    display_name: "staff-invite-name",
    role: "staff-invite-role",
    school: "staff-invite-school",
    board: "staff-invite-board",
    others: "staff-invite-others",
    language: "staff-invite-language",
};

pub const EDIT_IDS: FormIds = FormIds {
    email: "staff-edit-email",
    display_name: "staff-edit-name",
    role: "staff-edit-role",
    school: "staff-edit-school",
    board: "staff-edit-board",
    others: "staff-edit-others",
    language: "staff-edit-language",
};

#[cfg(test)]
mod tests {
    use overstap_api_types::{SchoolKind, SchoolSummary, StaffAccountState};

    use super::*;

    fn school(kind: SchoolKind, name: &str) -> SchoolResponse {
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

    fn teacher(own: &SchoolResponse, others: Vec<SchoolSummary>) -> StaffMemberResponse {
        StaffMemberResponse {
            id: Uuid::new_v4(),
            email: "karim@example.org".to_owned(),
            display_name: "Meester Karim".to_owned(),
            role: Role::PoStaff,
            school_id: Some(own.id),
            school_name: Some(own.name.clone()),
            other_schools: others,
            board_id: None,
            board_name: None,
            state: StaffAccountState::Active,
            language: StaffLanguage::Nl,
            invitation_expires_at: None,
        }
    }

    #[test]
    fn a_change_sends_the_whole_list_with_the_schools_kept_from_outside() {
        Owner::new().with(|| {
            let schools = [
                school(SchoolKind::Po, "Het Kompas"),
                school(SchoolKind::Po, "De Zonnewijzer"),
                school(SchoolKind::Po, "De Regenboog"),
            ];
            let outside = SchoolSummary {
                id: Uuid::new_v4(),
                name: "Het Palet".to_owned(),
            };
            let state = StaffFormState::new(Role::PoStaff);
            state.fill(&teacher(&schools[0], vec![outside.clone()]));
            let request = state.request(&schools).expect("a role");
            assert_eq!(request.other_school_ids, [outside.id]);
            // One more; the own school ticked as well is not sent twice.
            state
                .others
                .update(|chosen| chosen.extend([schools[2].id, schools[0].id]));
            let request = state.request(&schools).expect("a role");
            assert_eq!(request.other_school_ids, [schools[2].id, outside.id]);
        });
    }

    #[test]
    fn other_schools_go_only_with_a_role_that_has_them_and_an_invitation_starts_empty() {
        Owner::new().with(|| {
            let schools = [
                school(SchoolKind::Po, "Het Kompas"),
                school(SchoolKind::Po, "De Zonnewijzer"),
            ];
            let state = StaffFormState::new(Role::PoStaff);
            state.fill(&teacher(&schools[0], Vec::new()));
            state.others.set(vec![schools[1].id]);
            assert_eq!(
                state.request(&schools).expect("a role").other_school_ids,
                [schools[1].id]
            );
            for role in ["vo_staff", "board_admin", "coordinator"] {
                state.role.set(role.to_owned());
                let request = state.request(&schools).expect("a role");
                assert!(request.other_school_ids.is_empty(), "{role}");
            }
            // Back to the role that has them: the choice was kept.
            state.role.set("po_staff".to_owned());
            assert_eq!(
                state
                    .request(&schools)
                    .expect("a role")
                    .other_school_ids
                    .len(),
                1
            );
            state.clear(Role::PoStaff);
            assert_eq!(state.held.get_untracked(), HeldSchools::default());
            assert!(
                state
                    .request(&schools)
                    .expect("a role")
                    .other_school_ids
                    .is_empty()
            );
        });
    }
}
