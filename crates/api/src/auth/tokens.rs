//! Access tokens (short-lived JWTs, HS256 only) and opaque refresh tokens (stored hashed).

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::error::ApiError;

const ISSUER: &str = "overstap";
const AUDIENCE: &str = "overstap-api";

/// What an access token says. The tenant ids are the only source of tenancy in handlers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims {
    /// The staff user or parent account.
    pub sub: Uuid,
    pub role: String,
    pub region: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pupil: Option<Uuid>,
    /// The sign-in session (refresh-token family); revoked sessions are refused.
    pub sid: Uuid,
    /// The staff member signs in with a one-time password (set from the database at every
    /// sign-in and refresh, never from a request).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub two_step: bool,
    /// An API client's token: its granted scopes, space-separated (RFC 8693 `scope`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub access_ttl_seconds: u64,
    pub refresh_ttl_seconds: u64,
    /// A session (a family of refresh tokens) ends this long after its sign-in.
    pub session_max_seconds: u64,
}

impl TokenKeys {
    pub fn new(
        secret: &str,
        access_ttl_seconds: u64,
        refresh_ttl_seconds: u64,
    ) -> Result<Self, ApiError> {
        // One pinned algorithm: a token claiming any other (or `none`) is refused.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[AUDIENCE]);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "aud", "iss", "sub"]);
        validation.leeway = 5;
        Ok(TokenKeys {
            encoding: EncodingKey::from_secret(secret.as_bytes()).map_err(ApiError::internal)?,
            decoding: DecodingKey::from_secret(secret.as_bytes()).map_err(ApiError::internal)?,
            validation,
            access_ttl_seconds,
            refresh_ttl_seconds,
            session_max_seconds: 14 * 24 * 3600,
        })
    }

    /// Sets the absolute lifetime of a session.
    pub fn with_session_max(mut self, seconds: u64) -> Self {
        self.session_max_seconds = seconds;
        self
    }

    /// Signs an access token; `claims` gets its issuer, audience and times here.
    pub fn issue(&self, mut claims: Claims, now: OffsetDateTime) -> Result<String, ApiError> {
        claims.iss = ISSUER.to_owned();
        claims.aud = AUDIENCE.to_owned();
        claims.iat = now.unix_timestamp();
        claims.exp = now.unix_timestamp()
            + i64::try_from(self.access_ttl_seconds).map_err(ApiError::internal)?;
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(ApiError::internal)
    }

    /// Checks signature, algorithm, audience, issuer and expiry against the server's clock.
    pub fn verify(&self, token: &str, now: OffsetDateTime) -> Result<Claims, ApiError> {
        let mut validation = self.validation.clone();
        // jsonwebtoken checks `exp` against the system time; ours may be fixed or shifted.
        validation.validate_exp = false;
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|_| ApiError::Unauthenticated)?
            .claims;
        if claims.exp + i64::try_from(validation.leeway).unwrap_or(0) < now.unix_timestamp() {
            return Err(ApiError::Unauthenticated);
        }
        Ok(claims)
    }
}

/// A new opaque token (256 random bits, hex) and the SHA-256 hash to store: refresh tokens
/// and activation links.
pub fn new_opaque_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex(&bytes);
    let hash = hash_opaque_token(&token);
    (token, hash)
}

pub fn hash_opaque_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn claims() -> Claims {
        Claims {
            sub: Uuid::new_v4(),
            role: "po_staff".to_owned(),
            region: Uuid::new_v4(),
            school: Some(Uuid::new_v4()),
            board: None,
            pupil: None,
            sid: Uuid::new_v4(),
            two_step: false,
            scope: None,
            iss: String::new(),
            aud: String::new(),
            iat: 0,
            exp: 0,
        }
    }

    #[test]
    fn a_token_is_valid_until_it_expires_by_the_servers_clock() {
        let keys = TokenKeys::new("a-secret-of-sufficient-length-0123456789", 900, 3600).unwrap();
        let now = datetime!(2026-03-25 10:00 UTC);
        let token = keys.issue(claims(), now).unwrap();
        assert!(keys.verify(&token, now).is_ok());
        assert!(
            keys.verify(&token, now + time::Duration::seconds(900))
                .is_ok()
        );
        assert!(matches!(
            keys.verify(&token, now + time::Duration::seconds(906)),
            Err(ApiError::Unauthenticated)
        ));
    }

    #[test]
    fn a_token_signed_with_another_key_or_algorithm_is_refused() {
        let keys = TokenKeys::new("a-secret-of-sufficient-length-0123456789", 900, 3600).unwrap();
        let other = TokenKeys::new("another-secret-of-sufficient-length-0123", 900, 3600).unwrap();
        let now = datetime!(2026-03-25 10:00 UTC);
        let token = other.issue(claims(), now).unwrap();
        assert!(keys.verify(&token, now).is_err());

        let mut c = claims();
        c.iss = ISSUER.to_owned();
        c.aud = AUDIENCE.to_owned();
        c.exp = now.unix_timestamp() + 60;
        let hs512 = jsonwebtoken::encode(
            &Header::new(Algorithm::HS512),
            &c,
            &EncodingKey::from_secret(b"a-secret-of-sufficient-length-0123456789").unwrap(),
        )
        .unwrap();
        assert!(keys.verify(&hs512, now).is_err());
    }

    #[test]
    fn refresh_tokens_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = new_opaque_token();
        let (b, _) = new_opaque_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash_opaque_token(&a), hash_a);
        assert_ne!(hash_a, a);
    }
}
