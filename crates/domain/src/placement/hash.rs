//! SHA-256 in hex, and the length-prefixed big-endian byte encoding the canonical hashes use.

use sha2::{Digest, Sha256};

pub(crate) fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// Feeds a canonical encoding to SHA-256 without building it in memory: fixed-width
/// big-endian integers, UUIDs as their 16 bytes, every sequence preceded by its length.
pub(crate) struct Canonical(Sha256);

impl Canonical {
    pub(crate) fn new(domain: &str) -> Canonical {
        let mut canonical = Canonical(Sha256::new());
        canonical.bytes(domain.as_bytes());
        canonical
    }

    pub(crate) fn u8(&mut self, value: u8) {
        self.0.update([value]);
    }

    pub(crate) fn u16(&mut self, value: u16) {
        self.0.update(value.to_be_bytes());
    }

    pub(crate) fn u32(&mut self, value: u32) {
        self.0.update(value.to_be_bytes());
    }

    pub(crate) fn u64(&mut self, value: u64) {
        self.0.update(value.to_be_bytes());
    }

    pub(crate) fn raw(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// A length (u64) followed by the bytes.
    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        self.u64(bytes.len() as u64);
        self.0.update(bytes);
    }

    pub(crate) fn finish(self) -> String {
        hex(&self.0.finalize())
    }
}
