//! A small open-addressing table from programme id to index: the snapshot looks up every
//! choice once, and a branchy binary search over 16-byte ids dominated that.

use crate::ids::ProgrammeId;

pub(crate) struct IdIndex {
    /// `(id, index + 1)`; 0 marks an empty slot.
    slots: Vec<(u128, u32)>,
    shift: u32,
}

impl IdIndex {
    /// `ids` must be distinct; index `i` maps to `ids[i]`.
    pub(crate) fn new(ids: &[ProgrammeId]) -> IdIndex {
        let bits = (ids.len().max(1) * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        let mut index = IdIndex {
            slots: vec![(0, 0); 1 << bits],
            shift: 64 - bits,
        };
        for (position, id) in (1u32..).zip(ids) {
            let key = id.as_uuid().as_u128();
            let mut slot = index.slot(key);
            while index.slots[slot].1 != 0 {
                slot = (slot + 1) & (index.slots.len() - 1);
            }
            index.slots[slot] = (key, position);
        }
        index
    }

    fn slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    pub(crate) fn get(&self, id: ProgrammeId) -> Option<u32> {
        let key = id.as_uuid().as_u128();
        let mut slot = self.slot(key);
        loop {
            let (found, position) = self.slots[slot];
            if position == 0 {
                return None;
            }
            if found == key {
                return Some(position - 1);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }
}
