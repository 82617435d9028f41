//! The closed sets the contract shares between endpoints: registration statuses, school
//! advice, calendar phases, run kinds, priority rules, mail statuses. Each is an enum in the OpenAPI document,
//! spelled as users and integrators know it (`AG`, `havo/vwo`, `official`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A closed set of names.
pub trait WireEnum: Copy + Sized + 'static {
    const MEMBERS: &'static [Self];
    fn name(&self) -> &'static str;

    fn from_name(name: &str) -> Option<Self> {
        Self::MEMBERS
            .iter()
            .copied()
            .find(|member| member.name() == name)
    }
}

/// A member of a closed set as a client submitted it. Requests carry this instead of the bare
/// enum so that an unknown name becomes a field error in the 422 that reports every field at
/// once, rather than a 400 for the whole body; the contract documents the enum itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted<T> {
    Known(T),
    /// Not a member of the set: the text as sent, so that it goes back as it came.
    Unknown(String),
}

impl<T: WireEnum> Submitted<T> {
    pub fn known(&self) -> Option<T> {
        match self {
            Submitted::Known(value) => Some(*value),
            Submitted::Unknown(_) => None,
        }
    }
}

impl<T: WireEnum> From<T> for Submitted<T> {
    fn from(value: T) -> Self {
        Submitted::Known(value)
    }
}

impl<T: WireEnum> Serialize for Submitted<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Submitted::Known(value) => serializer.serialize_str(value.name()),
            Submitted::Unknown(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de, T: WireEnum> Deserialize<'de> for Submitted<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(match T::from_name(text.trim()) {
            Some(value) => Submitted::Known(value),
            None => Submitted::Unknown(text),
        })
    }
}

/// Declares a wire enum with `ALL` and `as_str` from `Member = "name"` pairs.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $text:tt),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name on the wire.
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl WireEnum for $name {
            const MEMBERS: &'static [Self] = $name::ALL;
            fn name(&self) -> &'static str {
                self.as_str()
            }
        }
    };
}

wire_enum! {
    /// The registration status: the coloured dot PO staff see, with its letters.
    pub enum RegistrationStatus {
        /// White: the parent login e-mail has not been sent.
        Wit = "wit",
        /// Blue: the login e-mail was sent and not yet used.
        Blauw = "blauw",
        /// Green: the parent created the account.
        Groen = "groen",
        /// Aanmelding gestart: a preference list was started, not definitive.
        Ag = "AG",
        /// Aanmelding voltooid: the list is definitive.
        Av = "AV",
    }
}

wire_enum! {
    /// Why a pupil takes the paper route instead of the preference list.
    pub enum PaperReason {
        /// Praktijkonderwijs (advice `pro`).
        Pro = "pro",
        /// The primary school's advice is VSO (special secondary education).
        Vso = "vso",
        /// The parent registers on paper.
        Parent = "parent",
    }
}

wire_enum! {
    /// The primary school's advice (schooladvies), from low to high.
    pub enum Advice {
        Pro = "pro",
        VmboB = "vmbo-b",
        VmboBK = "vmbo-b/k",
        VmboK = "vmbo-k",
        VmboGT = "vmbo-(g)t",
        VmboGTHavo = "vmbo-gt/havo",
        Havo = "havo",
        HavoVwo = "havo/vwo",
        Vwo = "vwo",
    }
}

wire_enum! {
    /// A phase of the procedure calendar, in calendar order.
    pub enum Phase {
        /// PO schools send the parent login e-mails.
        LoginDispatch = "login_dispatch",
        /// The registration week (aanmeldweek).
        Registration = "registration",
        /// VO schools verify priority claims.
        PriorityVerification = "priority_verification",
        /// The coordinator runs the placement.
        Placement = "placement",
        /// Parents see the result; open-ended.
        Publication = "publication",
        /// The optional second round.
        Round2 = "round2",
    }
}

wire_enum! {
    /// The parents' answer to a seat offered from the reserve list.
    pub enum OfferOutcome {
        Accepted = "accepted",
        Declined = "declined",
    }
}

wire_enum! {
    /// A dry run changes nothing; the official run (one per round) is what parents are told.
    pub enum RunKind {
        Dry = "dry",
        Official = "official",
    }
}

wire_enum! {
    /// A priority rule (voorrangsregel) a school offers and a parent may claim at 1st choice.
    pub enum PriorityRuleKind {
        /// A brother or sister attends the school.
        Sibling = "sibling",
        /// A parent works at the school.
        StaffChild = "staff_child",
        /// The hardship clause (hardheidsclausule).
        Hardship = "hardship",
        /// A Kopklas pupil at the school that runs the Kopklas.
        Kopklas = "kopklas",
    }
}

wire_enum! {
    /// The parent's view of the round-1 placement.
    pub enum ResultState {
        /// Before the publication moment.
        NotYet = "not_yet",
        /// Published, but the official run has not been made.
        Pending = "pending",
        Placed = "placed",
        Unplaced = "unplaced",
        /// The child took no part in the official run (no definitive list).
        NotParticipating = "not_participating",
    }
}

wire_enum! {
    /// The round-2 window as the parent sees it now.
    pub enum Round2WindowState {
        NotPlanned = "not_planned",
        NotYetOpen = "not_yet_open",
        Open = "open",
        Closed = "closed",
    }
}

wire_enum! {
    /// The round-2 outcome: `none` until its official run.
    pub enum Round2Result {
        None = "none",
        Placed = "placed",
        Unplaced = "unplaced",
    }
}

wire_enum! {
    /// Why a child takes part in round 2.
    pub enum Round2Reason {
        /// No place in round 1.
        Unplaced = "unplaced",
        /// The round-1 place was withdrawn.
        Withdrawn = "withdrawn",
    }
}

wire_enum! {
    /// Where an e-mail is in its delivery.
    pub enum MailStatus {
        Pending = "pending",
        Sent = "sent",
        /// Given up after the last attempt.
        Failed = "failed",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_names_are_the_serde_names() {
        for status in RegistrationStatus::ALL {
            let json = serde_json::to_string(status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
        }
        for advice in Advice::ALL {
            let back: Advice = serde_json::from_str(&format!("\"{}\"", advice.as_str())).unwrap();
            assert_eq!(back, *advice);
        }
        assert!(serde_json::from_str::<RunKind>("\"Official\"").is_err());
        let lenient: Submitted<RunKind> = serde_json::from_str("\" official \"").unwrap();
        assert_eq!(lenient, Submitted::Known(RunKind::Official));
        let unknown: Submitted<RunKind> = serde_json::from_str("\"Official\"").unwrap();
        assert_eq!(unknown, Submitted::Unknown("Official".to_owned()));
        assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"Official\"");
    }
}

wire_enum! {
    /// How lottery ties are broken: one lot number per pupil for every school, or one per school.
    pub enum TieBreaking {
        Single = "single",
        Multiple = "multiple",
    }
}

wire_enum! {
    /// The placement mechanism: pupil-proposing deferred acceptance (losing at a 1st choice
    /// costs nothing at the 2nd) or immediate acceptance ("first choices first").
    pub enum PlacementMechanism {
        DeferredAcceptance = "deferred_acceptance",
        ImmediateAcceptance = "immediate_acceptance",
    }
}

wire_enum! {
    /// How pupils with one advice register: a preference list, or the paper form.
    pub enum ListRouteKind {
        List = "list",
        Paper = "paper",
    }
}
