//! Shared test fixtures: a small catalogue of schools and a pupil who can make a valid list.

use crate::advice::Advice;
use crate::ids::{ProgrammeId, PupilId, SchoolId};
use crate::preference::{
    Catalogue, ListContext, ListDraft, ListEntry, ProgrammeOffer, SchoolOffer,
};
use crate::priority::PriorityRuleKind;
use crate::region::RegionProfile;
use uuid::Uuid;

pub(crate) fn school(n: u128) -> SchoolId {
    SchoolId::from_uuid(Uuid::from_u128(0x5c00_0000 + n))
}

pub(crate) fn programme(n: u128) -> ProgrammeId {
    ProgrammeId::from_uuid(Uuid::from_u128(0x9900_0000 + n))
}

pub(crate) fn pupil(n: u128) -> PupilId {
    PupilId::from_uuid(Uuid::from_u128(0x7700_0000 + n))
}

/// Six Amstelland schools, each with one havo/vwo programme (`programme(n)` at `school(n)`);
/// school 0 offers the sibling rule.
pub(crate) struct World {
    pub catalogue: Catalogue,
    pub region: RegionProfile,
    pub pupil: PupilId,
}

impl World {
    pub fn amstelland() -> World {
        let programmes = (0..6).map(|n| ProgrammeOffer {
            id: programme(n),
            school: school(n),
            admitted: vec![Advice::Havo, Advice::Vwo],
        });
        let schools = [SchoolOffer {
            id: school(0),
            priority_rules: vec![PriorityRuleKind::Sibling],
        }];
        World {
            catalogue: Catalogue::new(programmes, schools),
            region: RegionProfile::amstelland(),
            pupil: pupil(1),
        }
    }

    pub fn context(&self) -> ListContext<'_> {
        ListContext {
            pupil: self.pupil,
            advice: Advice::HavoVwo,
            catalogue: &self.catalogue,
            region: &self.region,
            twin_programmes: None,
        }
    }

    /// The first `schools` programmes in order: 5 or more is a valid list.
    pub fn draft(&self, schools: u128) -> ListDraft {
        ListDraft {
            entries: (0..schools).map(|n| ListEntry::new(programme(n))).collect(),
            twin: None,
        }
    }
}
