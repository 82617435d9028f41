//! The paper route: pupils who do not register through the preference list (praktijkonderwijs,
//! a VSO advice, or a parent who registers on paper). The primary school records the route,
//! prints the ELK form, and marks when it was handed in and to which school.

use std::fmt;
use std::str::FromStr;

use time::Date;

use crate::advice::Advice;
use crate::status::RegistrationStatus;

/// Why a pupil takes the paper route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaperReason {
    /// Praktijkonderwijs: a `pro` advice.
    Pro,
    /// Special secondary education: the school's VSO advice.
    Vso,
    /// The parent chose to register on paper.
    Parent,
}

impl PaperReason {
    pub const ALL: [PaperReason; 3] = [PaperReason::Pro, PaperReason::Vso, PaperReason::Parent];

    pub const fn as_str(&self) -> &'static str {
        match self {
            PaperReason::Pro => "pro",
            PaperReason::Vso => "vso",
            PaperReason::Parent => "parent",
        }
    }
}

impl fmt::Display for PaperReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PaperReason {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        PaperReason::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(())
    }
}

/// The handed-in paper form: when, and the secondary school it went to (by name, as a VSO
/// school need not take part in the procedure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedIn {
    pub on: Date,
    pub to_school: String,
}

/// A pupil's paper route as recorded by the primary school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperRoute {
    pub reason: PaperReason,
    pub handed_in: Option<HandedIn>,
}

/// Why a paper route cannot be recorded as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaperRouteError {
    #[error("the praktijkonderwijs route needs the advice pro")]
    ProNeedsProAdvice,
    #[error("the parent confirmed a preference list (AV); it must be withdrawn first")]
    ListConfirmed,
    #[error("a handed-in form needs the school it went to")]
    SchoolMissing,
    #[error("the form cannot have been handed in after today ({today})")]
    HandedInLater { today: Date },
    #[error("the route of a handed-in form stays until the hand-in is undone")]
    HandedInStays,
}

impl PaperRoute {
    /// Whether the pupil's advice may become `advice` while this route stands: the
    /// praktijkonderwijs route stays with the advice pro (change the route first).
    pub fn allows_advice(&self, advice: Advice) -> bool {
        self.reason != PaperReason::Pro || advice == Advice::Pro
    }

    /// The route `next` (or none) replacing `current`, for a pupil with `advice` and `status`,
    /// checked on `today` (Europe/Amsterdam).
    pub fn change(
        current: Option<&PaperRoute>,
        next: Option<PaperRoute>,
        advice: Advice,
        status: RegistrationStatus,
        today: Date,
    ) -> Result<Option<PaperRoute>, PaperRouteError> {
        let Some(next) = next else {
            if current.is_some_and(|c| c.handed_in.is_some()) {
                return Err(PaperRouteError::HandedInStays);
            }
            return Ok(None);
        };
        if status == RegistrationStatus::Av {
            return Err(PaperRouteError::ListConfirmed);
        }
        if next.reason == PaperReason::Pro && advice != Advice::Pro {
            return Err(PaperRouteError::ProNeedsProAdvice);
        }
        if let Some(handed_in) = &next.handed_in {
            if handed_in.to_school.trim().is_empty() {
                return Err(PaperRouteError::SchoolMissing);
            }
            if handed_in.on > today {
                return Err(PaperRouteError::HandedInLater { today });
            }
        }
        Ok(Some(PaperRoute {
            reason: next.reason,
            handed_in: next.handed_in.map(|h| HandedIn {
                on: h.on,
                to_school: h.to_school.trim().to_owned(),
            }),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2027 - 03 - 25);

    fn route(reason: PaperReason, handed_in: Option<(Date, &str)>) -> PaperRoute {
        PaperRoute {
            reason,
            handed_in: handed_in.map(|(on, to)| HandedIn {
                on,
                to_school: to.to_owned(),
            }),
        }
    }

    #[test]
    fn a_pro_pupil_takes_the_pro_route_and_others_the_vso_or_parent_route() {
        let pro = route(PaperReason::Pro, None);
        assert_eq!(
            PaperRoute::change(
                None,
                Some(pro.clone()),
                Advice::Pro,
                RegistrationStatus::Wit,
                TODAY
            ),
            Ok(Some(pro.clone()))
        );
        assert_eq!(
            PaperRoute::change(
                None,
                Some(pro),
                Advice::Havo,
                RegistrationStatus::Wit,
                TODAY
            ),
            Err(PaperRouteError::ProNeedsProAdvice)
        );
        for reason in [PaperReason::Vso, PaperReason::Parent] {
            assert!(
                PaperRoute::change(
                    None,
                    Some(route(reason, None)),
                    Advice::VmboB,
                    RegistrationStatus::Blauw,
                    TODAY
                )
                .is_ok()
            );
        }
    }

    #[test]
    fn a_confirmed_list_or_a_form_from_the_future_is_refused() {
        let vso = route(PaperReason::Vso, None);
        assert_eq!(
            PaperRoute::change(
                None,
                Some(vso),
                Advice::VmboB,
                RegistrationStatus::Av,
                TODAY
            ),
            Err(PaperRouteError::ListConfirmed)
        );
        let tomorrow = route(
            PaperReason::Vso,
            Some((date!(2027 - 03 - 26), "De Bascule")),
        );
        assert_eq!(
            PaperRoute::change(
                None,
                Some(tomorrow),
                Advice::VmboB,
                RegistrationStatus::Wit,
                TODAY
            ),
            Err(PaperRouteError::HandedInLater { today: TODAY })
        );
        let nowhere = route(PaperReason::Vso, Some((TODAY, "  ")));
        assert_eq!(
            PaperRoute::change(
                None,
                Some(nowhere),
                Advice::VmboB,
                RegistrationStatus::Wit,
                TODAY
            ),
            Err(PaperRouteError::SchoolMissing)
        );
    }

    #[test]
    fn a_handed_in_form_keeps_its_route_until_the_hand_in_is_undone() {
        let handed_in = route(PaperReason::Vso, Some((TODAY, " De Bascule ")));
        let stored = PaperRoute::change(
            None,
            Some(handed_in),
            Advice::VmboB,
            RegistrationStatus::Wit,
            TODAY,
        )
        .unwrap()
        .unwrap();
        assert_eq!(stored.handed_in.as_ref().unwrap().to_school, "De Bascule");
        assert_eq!(
            PaperRoute::change(
                Some(&stored),
                None,
                Advice::VmboB,
                RegistrationStatus::Wit,
                TODAY
            ),
            Err(PaperRouteError::HandedInStays)
        );
        let undone = route(PaperReason::Vso, None);
        let open = PaperRoute::change(
            Some(&stored),
            Some(undone),
            Advice::VmboB,
            RegistrationStatus::Wit,
            TODAY,
        )
        .unwrap();
        assert_eq!(
            PaperRoute::change(
                open.as_ref(),
                None,
                Advice::VmboB,
                RegistrationStatus::Wit,
                TODAY
            ),
            Ok(None)
        );
    }

    #[test]
    fn reasons_read_back_from_their_names() {
        for reason in PaperReason::ALL {
            assert_eq!(reason.as_str().parse(), Ok(reason));
        }
        assert_eq!("papier".parse::<PaperReason>(), Err(()));
    }

    #[test]
    fn the_pro_route_keeps_the_advice_pro_and_other_routes_any_advice() {
        let pro = route(PaperReason::Pro, None);
        assert!(pro.allows_advice(Advice::Pro));
        assert!(!pro.allows_advice(Advice::VmboB));
        let parent = route(PaperReason::Parent, None);
        assert!(parent.allows_advice(Advice::Vwo));
    }
}
