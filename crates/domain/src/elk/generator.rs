//! Issues unique, non-sequential ELK numbers: a keyed Feistel permutation of the index.

use super::{BODY_OFFSET, CAPACITY, ElkNumber};

const HALF_BITS: u32 = 15;
const HALF_MASK: u64 = (1 << HALF_BITS) - 1;
const ROUNDS: u64 = 6;

/// Turns a running index (0, 1, 2, …) into an ELK number. The mapping is a permutation of
/// `0..CAPACITY` chosen by `key`, so distinct indexes below [`CAPACITY`] give distinct
/// numbers, while neighbouring indexes give unrelated-looking numbers: a parent cannot guess
/// a classmate's username from their own.
///
/// The key is not a cryptographic secret in any strong sense; it only makes the order
/// unpredictable. Store the key and the next index with the procedure so numbers are never
/// issued twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElkNumberGenerator {
    key: u64,
}

impl ElkNumberGenerator {
    pub const fn new(key: u64) -> Self {
        Self { key }
    }

    /// The ELK number for `index`. Indexes are taken modulo [`CAPACITY`]
    /// (900 000 000), so only indexes below it are guaranteed distinct numbers.
    pub fn number(&self, index: u64) -> ElkNumber {
        ElkNumber::from_body(BODY_OFFSET + self.permute(index % CAPACITY))
    }

    /// Like [`ElkNumberGenerator::number`], but `None` past the capacity instead of wrapping.
    pub fn try_number(&self, index: u64) -> Option<ElkNumber> {
        (index < CAPACITY).then(|| self.number(index))
    }

    /// A permutation of `0..CAPACITY`: the Feistel network permutes `0..2^30`, and cycle
    /// walking applies it again until the value falls back inside the smaller domain.
    fn permute(&self, value: u64) -> u64 {
        let mut x = value;
        loop {
            x = self.feistel(x);
            if x < CAPACITY {
                return x;
            }
        }
    }

    fn feistel(&self, value: u64) -> u64 {
        let mut left = (value >> HALF_BITS) & HALF_MASK;
        let mut right = value & HALF_MASK;
        for round in 0..ROUNDS {
            let next = left ^ (self.round_function(round, right) & HALF_MASK);
            left = right;
            right = next;
        }
        (left << HALF_BITS) | right
    }

    /// SplitMix64's finaliser: cheap, well mixed and fixed forever, so a stored key keeps
    /// producing the same numbers across versions.
    fn round_function(&self, round: u64, half: u64) -> u64 {
        let mut z = self
            .key
            .wrapping_add(round.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .wrapping_add(half.wrapping_mul(0xD1B5_4A32_D192_ED03));
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_first_hundred_thousand_numbers_are_distinct_and_valid() {
        let generator = ElkNumberGenerator::new(0x5EED);
        let mut seen = HashSet::new();
        for index in 0..100_000 {
            let number = generator.number(index);
            assert_eq!(ElkNumber::parse(&number.to_string()), Ok(number));
            assert!(seen.insert(number), "index {index} repeats a number");
        }
    }

    #[test]
    fn the_last_indexes_before_capacity_are_distinct_too() {
        let generator = ElkNumberGenerator::new(7);
        let numbers: HashSet<_> = (CAPACITY - 50_000..CAPACITY)
            .map(|index| generator.number(index))
            .collect();
        assert_eq!(numbers.len(), 50_000);
        assert_eq!(generator.try_number(CAPACITY), None);
        assert_eq!(generator.number(CAPACITY), generator.number(0));
    }

    #[test]
    fn neighbouring_indexes_do_not_give_neighbouring_numbers() {
        let generator = ElkNumberGenerator::new(42);
        let close = (0..1_000)
            .filter(|&index| {
                let a = generator.number(index).as_u64() / 10;
                let b = generator.number(index + 1).as_u64() / 10;
                a.abs_diff(b) < 1_000
            })
            .count();
        assert!(close < 5, "{close} of 1000 neighbours are close");
    }

    #[test]
    fn the_same_key_gives_the_same_numbers_and_another_key_other_numbers() {
        let a = ElkNumberGenerator::new(1);
        let b = ElkNumberGenerator::new(2);
        assert_eq!(a.number(12), ElkNumberGenerator::new(1).number(12));
        let differing = (0..100).filter(|&i| a.number(i) != b.number(i)).count();
        assert!(differing > 95);
    }
}
