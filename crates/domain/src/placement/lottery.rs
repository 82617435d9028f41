//! The lottery: a seed, and lot numbers drawn from it with ChaCha20 by a procedure fixed
//! forever (changing it means a new [`super::ENGINE_VERSION`]).

use super::hash::{hex, sha256};
use crate::ids::ProgrammeId;
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// 32 bytes chosen before the run; written and read as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Seed([u8; 32]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a seed is 64 hexadecimal digits (32 bytes); got {given:?}")]
pub struct SeedError {
    pub given: String,
}

impl Seed {
    pub const fn from_bytes(bytes: [u8; 32]) -> Seed {
        Seed(bytes)
    }

    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub fn parse(text: &str) -> Result<Seed, SeedError> {
        let error = || SeedError {
            given: text.to_owned(),
        };
        let digits = text.as_bytes();
        if digits.len() != 64 {
            return Err(error());
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
            let pair = std::str::from_utf8(pair).map_err(|_| error())?;
            *byte = u8::from_str_radix(pair, 16).map_err(|_| error())?;
        }
        Ok(Seed(bytes))
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// The commitment to publish before the run: SHA-256 of the 32 raw seed bytes, in hex
    /// (`echo -n <seed hex> | xxd -r -p | sha256sum` reproduces it).
    pub fn commitment(&self) -> String {
        hex(&sha256(&[&self.0]))
    }

    /// The seed of one programme's lottery under multiple tie-breaking:
    /// SHA-256("overstap-lottery/programme\0" ‖ seed ‖ the programme's 16 UUID bytes).
    pub fn for_programme(&self, programme: ProgrammeId) -> Seed {
        Seed(sha256(&[
            b"overstap-lottery/programme\0",
            &self.0,
            programme.as_uuid().as_bytes(),
        ]))
    }
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Seed({})", self.to_hex())
    }
}

impl Serialize for Seed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Seed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Seed, D::Error> {
        let text = String::deserialize(deserializer)?;
        Seed::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Lot numbers for `n` entrants listed in a stable order (the caller sorts them by id): a
/// uniformly random permutation of `0..n`, entrant `k` gets `lots[k]`, lower wins.
///
/// The derivation, fixed forever: `ChaCha20Rng::from_seed(seed)` (rand_chacha, 20 rounds,
/// stream 0); start from the identity `[0, 1, …, n-1]`; for `i` from `n-1` down to `1`, draw
/// `j` uniformly from `0..=i` and swap positions `i` and `j` (Fisher–Yates). A uniform draw
/// below `bound` takes `x = next_u64()` until `x >= 2^64 mod bound` and returns `x % bound`
/// (rejection, so no bias and no dependence on any library's range sampling).
pub fn lot_numbers(seed: &Seed, n: u32) -> Vec<u32> {
    let mut rng = ChaCha20Rng::from_seed(seed.0);
    let mut lots: Vec<u32> = (0..n).collect();
    for i in (1..lots.len()).rev() {
        let j = uniform_below(&mut rng, i as u64 + 1) as usize;
        lots.swap(i, j);
    }
    lots
}

fn uniform_below(rng: &mut ChaCha20Rng, bound: u64) -> u64 {
    let threshold = bound.wrapping_neg() % bound;
    loop {
        let x = rng.next_u64();
        if x >= threshold {
            return x % bound;
        }
    }
}
