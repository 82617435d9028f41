//! The canonical order of a snapshot's rows and its input hash.

use super::hash::Canonical;
use super::snapshot::{PlacementSnapshot, SnapshotUnit};
use crate::region::{PlacementMechanism, TieBreaking};

impl PlacementSnapshot {
    /// SHA-256 (hex) of the canonical encoding, described in `docs/matching.md`: the domain
    /// tag, mechanism, tie-breaking, seed, programmes by id with capacities, units by first
    /// pupil with their pupils and ranked choices, priorities by (pupil, programme).
    pub fn input_hash(&self) -> String {
        let mut canonical = Canonical::new("overstap-snapshot-v1");
        canonical.u8(match self.mechanism {
            PlacementMechanism::DeferredAcceptance => 0,
            PlacementMechanism::ImmediateAcceptance => 1,
        });
        canonical.u8(match self.tie_breaking {
            TieBreaking::Single => 0,
            TieBreaking::Multiple => 1,
        });
        canonical.raw(self.seed.as_bytes());
        let mut programmes: Vec<_> = self.programmes.iter().map(|p| (p.id, p.capacity)).collect();
        programmes.sort_unstable();
        canonical.u64(programmes.len() as u64);
        for (id, capacity) in programmes {
            canonical.raw(id.as_uuid().as_bytes());
            canonical.u32(capacity);
        }
        canonical.u64(self.units.len() as u64);
        for unit in self.canonical_units() {
            let (first, twin) = unit.members();
            canonical.u8(if twin.is_some() { 2 } else { 1 });
            canonical.raw(first.as_uuid().as_bytes());
            if let Some(twin) = twin {
                canonical.raw(twin.as_uuid().as_bytes());
            }
            canonical.u64(unit.choices.len() as u64);
            for choice in &unit.choices {
                canonical.raw(choice.as_uuid().as_bytes());
            }
        }
        let mut priorities: Vec<_> = self
            .priorities
            .iter()
            .map(|p| (p.pupil, p.programme, p.class))
            .collect();
        priorities.sort_unstable();
        canonical.u64(priorities.len() as u64);
        for (pupil, programme, class) in priorities {
            canonical.raw(pupil.as_uuid().as_bytes());
            canonical.raw(programme.as_uuid().as_bytes());
            canonical.u16(class);
        }
        canonical.finish()
    }

    pub(crate) fn canonical_units(&self) -> Vec<&SnapshotUnit> {
        let mut units: Vec<(u128, &SnapshotUnit)> = self
            .units
            .iter()
            .map(|unit| (unit.members().0.as_uuid().as_u128(), unit))
            .collect();
        // First pupils are unique in a valid snapshot; the full comparison only orders the
        // duplicates of an invalid one, so that its hash is still well defined.
        units.sort_unstable_by(|(a_first, a), (b_first, b)| {
            a_first
                .cmp(b_first)
                .then_with(|| (a.members(), &a.choices).cmp(&(b.members(), &b.choices)))
        });
        units.into_iter().map(|(_, unit)| unit).collect()
    }
}
