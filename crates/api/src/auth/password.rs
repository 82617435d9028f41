//! Argon2id password hashing on a bounded blocking pool, never on the async workers.

use std::sync::Arc;

use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Params, PasswordHasher as _, PasswordVerifier, Version};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// OWASP's minimum for Argon2id: 19 MiB memory, 2 iterations, 1 lane.
const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const LANES: u32 = 1;

#[derive(Clone)]
pub struct PasswordHasher {
    /// At most this many hashes run at once; the rest queue here, not on the blocking pool.
    permits: Arc<Semaphore>,
    /// Verified against when the account is unknown, so both answers take as long.
    dummy_hash: Arc<str>,
}

fn argon2() -> Result<Argon2<'static>, ApiError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).map_err(ApiError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(password: &str) -> Result<String, ApiError> {
    Ok(argon2()?
        .hash_password(password.as_bytes())
        .map_err(ApiError::internal)?
        .to_string())
}

fn verify_blocking(hash: &str, password: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

impl PasswordHasher {
    pub fn new(threads: usize) -> Result<PasswordHasher, ApiError> {
        Ok(PasswordHasher {
            permits: Arc::new(Semaphore::new(threads.max(1))),
            dummy_hash: hash_blocking("not-a-real-password-only-for-equal-timing")?.into(),
        })
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        let _permit = self.permits.acquire().await.map_err(ApiError::internal)?;
        tokio::task::spawn_blocking(move || hash_blocking(&password))
            .await
            .map_err(ApiError::internal)?
    }

    /// Checks a password; with no stored hash it does the same work and answers false.
    pub async fn verify(&self, hash: Option<String>, password: String) -> Result<bool, ApiError> {
        let _permit = self.permits.acquire().await.map_err(ApiError::internal)?;
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.to_string());
        let matches = tokio::task::spawn_blocking(move || verify_blocking(&hash, &password))
            .await
            .map_err(ApiError::internal)?;
        Ok(known && matches)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_uses_argon2id_with_at_least_the_owasp_minimum() {
        let hash = hash_blocking("correct horse").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_blocking(&hash, "correct horse"));
        assert!(!verify_blocking(&hash, "wrong horse"));
        assert!(!verify_blocking("not a hash", "correct horse"));
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies_even_with_the_dummy_password() {
        let hasher = PasswordHasher::new(1).unwrap();
        let ok = hasher
            .verify(None, "not-a-real-password-only-for-equal-timing".to_owned())
            .await
            .unwrap();
        assert!(!ok);
    }
}
