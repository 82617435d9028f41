//! Who may hold a staff account, where, and who may manage whom.
//!
//! A PO teacher works at a primary school, a VO admissions officer at a secondary school, a
//! board admin for a board, a coordinator for the whole region. A coordinator manages every
//! staff account of the region; a board admin manages the PO and VO staff of the board's
//! schools and nobody else.

use crate::role::Role;
use crate::school::SchoolKind;

/// Where an account works, as the manager named it (checked against the region by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workplace {
    /// Neither a school nor a board.
    Region,
    /// A school of this kind.
    School(SchoolKind),
    Board,
    /// Both a school and a board: never valid.
    SchoolAndBoard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentError {
    #[error("parents do not get staff accounts")]
    NotAStaffRole,
    #[error("a {0} works at a primary school")]
    NeedsPrimarySchool(Role),
    #[error("a {0} works at a secondary school")]
    NeedsSecondarySchool(Role),
    #[error("a board admin works for a board")]
    NeedsBoard,
    #[error("a coordinator works for the region, not a school or board")]
    RegionWide,
    #[error("only PO and VO staff work at more than one school")]
    OneWorkplaceOnly,
}

impl AssignmentError {
    /// The field the manager has to change, and its stable code.
    pub const fn field_and_code(self) -> (&'static str, &'static str) {
        match self {
            AssignmentError::NotAStaffRole => ("role", "not_a_staff_role"),
            AssignmentError::NeedsPrimarySchool(_) => ("school_id", "primary_school_required"),
            AssignmentError::NeedsSecondarySchool(_) => ("school_id", "secondary_school_required"),
            AssignmentError::NeedsBoard => ("board_id", "board_required"),
            AssignmentError::RegionWide => ("role", "region_wide_role"),
            AssignmentError::OneWorkplaceOnly => ("other_school_ids", "one_workplace_only"),
        }
    }
}

/// Whether `role` can work at `workplace`.
pub fn check_assignment(role: Role, workplace: Workplace) -> Result<(), AssignmentError> {
    match (role, workplace) {
        (Role::Parent, _) => Err(AssignmentError::NotAStaffRole),
        (Role::PoStaff, Workplace::School(SchoolKind::Po))
        | (Role::VoStaff, Workplace::School(SchoolKind::Vo))
        | (Role::BoardAdmin, Workplace::Board)
        | (Role::Coordinator, Workplace::Region) => Ok(()),
        (Role::PoStaff, _) => Err(AssignmentError::NeedsPrimarySchool(role)),
        (Role::VoStaff, _) => Err(AssignmentError::NeedsSecondarySchool(role)),
        (Role::BoardAdmin, _) => Err(AssignmentError::NeedsBoard),
        (Role::Coordinator, _) => Err(AssignmentError::RegionWide),
    }
}

/// Whether `role` can also work at schools of these kinds, besides its own school: PO staff
/// at other primary schools, VO staff at other secondary schools, nobody else.
pub fn check_other_schools(role: Role, kinds: &[SchoolKind]) -> Result<(), AssignmentError> {
    if kinds.is_empty() {
        return Ok(());
    }
    if !matches!(role, Role::PoStaff | Role::VoStaff) {
        return Err(AssignmentError::OneWorkplaceOnly);
    }
    kinds
        .iter()
        .try_for_each(|kind| check_assignment(role, Workplace::School(*kind)))
}

/// Which roles a manager may give out (and whose accounts they may change).
pub fn may_manage(manager: Role, role: Role) -> bool {
    match manager {
        Role::Coordinator => role.is_staff(),
        Role::BoardAdmin => matches!(role, Role::PoStaff | Role::VoStaff),
        Role::Parent | Role::PoStaff | Role::VoStaff => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_has_exactly_one_kind_of_workplace() {
        let workplaces = [
            Workplace::Region,
            Workplace::School(SchoolKind::Po),
            Workplace::School(SchoolKind::Vo),
            Workplace::Board,
            Workplace::SchoolAndBoard,
        ];
        for role in Role::ALL {
            let valid: Vec<_> = workplaces
                .iter()
                .filter(|w| check_assignment(role, **w).is_ok())
                .collect();
            let expected = usize::from(role.is_staff());
            assert_eq!(valid.len(), expected, "{role}: {valid:?}");
        }
        assert_eq!(
            check_assignment(Role::PoStaff, Workplace::School(SchoolKind::Vo)),
            Err(AssignmentError::NeedsPrimarySchool(Role::PoStaff))
        );
        assert_eq!(
            check_assignment(Role::Coordinator, Workplace::Board)
                .map_err(AssignmentError::field_and_code),
            Err(("role", "region_wide_role"))
        );
    }

    #[test]
    fn only_school_staff_work_at_other_schools_and_only_of_their_kind() {
        assert_eq!(check_other_schools(Role::Coordinator, &[]), Ok(()));
        assert_eq!(
            check_other_schools(Role::PoStaff, &[SchoolKind::Po, SchoolKind::Po]),
            Ok(())
        );
        assert_eq!(
            check_other_schools(Role::PoStaff, &[SchoolKind::Po, SchoolKind::Vo]),
            Err(AssignmentError::NeedsPrimarySchool(Role::PoStaff))
        );
        assert_eq!(
            check_other_schools(Role::VoStaff, &[SchoolKind::Po]),
            Err(AssignmentError::NeedsSecondarySchool(Role::VoStaff))
        );
        for role in [Role::BoardAdmin, Role::Coordinator] {
            assert_eq!(
                check_other_schools(role, &[SchoolKind::Po])
                    .map_err(AssignmentError::field_and_code),
                Err(("other_school_ids", "one_workplace_only"))
            );
        }
    }

    #[test]
    fn a_board_admin_manages_school_staff_only_and_nobody_manages_parents() {
        assert!(may_manage(Role::BoardAdmin, Role::PoStaff));
        assert!(may_manage(Role::BoardAdmin, Role::VoStaff));
        assert!(!may_manage(Role::BoardAdmin, Role::BoardAdmin));
        assert!(!may_manage(Role::BoardAdmin, Role::Coordinator));
        assert!(may_manage(Role::Coordinator, Role::Coordinator));
        for manager in Role::ALL {
            assert!(!may_manage(manager, Role::Parent));
        }
        assert!(!may_manage(Role::PoStaff, Role::PoStaff));
    }
}
