//! Two-step sign-in for staff: one-time passwords (RFC 6238: HMAC-SHA-1, 6 digits, 30-second
//! steps, one step of clock skew either way, each step accepted once) and single-use recovery
//! codes for a lost phone. Time is a parameter; secrets and codes come from the OS generator.

use overstap_domain::Role;
use rand::Rng;
use time::OffsetDateTime;
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::auth::tokens::hash_opaque_token;
use crate::error::ApiError;

/// The name authenticator apps show above the code.
pub const ISSUER: &str = "Overstap";
/// Recovery codes handed out at once.
pub const RECOVERY_CODES: usize = 10;
/// Letters and digits that cannot be mistaken for each other when typed from paper.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Whether `role` must sign in with a one-time password when the server requires two steps.
pub const fn required_for(role: Role) -> bool {
    matches!(role, Role::Coordinator | Role::BoardAdmin)
}

/// A new secret of 160 random bits (RFC 4226's recommendation), base32 as apps expect it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill(&mut bytes);
    Secret::new(Box::new(bytes)).to_base32()
}

fn totp(secret: &str, account: &str) -> Result<Totp, ApiError> {
    let secret = Secret::try_from_base32(secret).map_err(ApiError::internal)?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(account.replace(':', " "))
        .build()
        .map_err(ApiError::internal)
}

fn unix(now: OffsetDateTime) -> u64 {
    u64::try_from(now.unix_timestamp()).unwrap_or(0)
}

/// The time step of `code` when it is valid at `now` (within one step either way), to be
/// accepted only once by the caller. Spaces in the code are ignored.
pub fn matching_step(
    secret: &str,
    code: &str,
    now: OffsetDateTime,
) -> Result<Option<i64>, ApiError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let step = totp(secret, "-")?.check(&code, unix(now));
    Ok(step.and_then(|s| i64::try_from(s).ok()))
}

/// The code an app shows at `now` (tests and the development tools).
pub fn code_at(secret: &str, now: OffsetDateTime) -> Result<String, ApiError> {
    Ok(totp(secret, "-")?.generate(unix(now)).to_string())
}

/// The `otpauth://` URI an app reads (from the QR code) to add the account.
pub fn provisioning_uri(secret: &str, account: &str) -> Result<String, ApiError> {
    totp(secret, account)?.to_url().map_err(ApiError::internal)
}

/// The provisioning URI as an SVG QR code.
pub fn qr_svg(uri: &str) -> Result<String, ApiError> {
    let code = qrcode::QrCode::new(uri.as_bytes()).map_err(ApiError::internal)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// New recovery codes (`xxxxx-xxxxx`, about 50 bits each) and the hashes to store.
pub fn new_recovery_codes() -> (Vec<String>, Vec<String>) {
    let mut rng = rand::rng();
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let mut code = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    code.push('-');
                }
                let index = rng.random_range(0..RECOVERY_ALPHABET.len());
                code.push(char::from(RECOVERY_ALPHABET[index]));
            }
            code
        })
        .collect();
    let hashes = codes.iter().map(|c| recovery_code_hash(c)).collect();
    (codes, hashes)
}

/// The stored form of a recovery code as typed: case, spaces and dashes do not matter.
pub fn recovery_code_hash(typed: &str) -> String {
    let normal: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hash_opaque_token(&normal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_rfc_6238_test_vectors() {
        // Appendix B gives 8 digits; the 6-digit code is their last six.
        for (at, eight) in [
            (datetime!(1970-01-01 00:00:59 UTC), "94287082"),
            (datetime!(2005-03-18 01:58:29 UTC), "07081804"),
            (datetime!(2009-02-13 23:31:30 UTC), "89005924"),
            (datetime!(2033-05-18 03:33:20 UTC), "69279037"),
        ] {
            assert_eq!(code_at(RFC_SECRET, at).unwrap(), eight[2..], "{at}");
        }
    }

    #[test]
    fn a_code_is_valid_one_step_either_way_and_names_its_step() {
        let now = datetime!(2026-03-26 10:00:15 UTC);
        let code = code_at(RFC_SECRET, now).unwrap();
        let step = now.unix_timestamp() / 30;
        assert_eq!(matching_step(RFC_SECRET, &code, now).unwrap(), Some(step));
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(matching_step(RFC_SECRET, &spaced, now).unwrap(), Some(step));
        let later = now + time::Duration::seconds(30);
        assert_eq!(matching_step(RFC_SECRET, &code, later).unwrap(), Some(step));
        let too_late = now + time::Duration::seconds(75);
        assert_eq!(matching_step(RFC_SECRET, &code, too_late).unwrap(), None);
        assert_eq!(matching_step(RFC_SECRET, "12345", now).unwrap(), None);
        assert_eq!(matching_step(RFC_SECRET, "abcdef", now).unwrap(), None);
    }

    #[test]
    fn secrets_are_160_bits_and_the_uri_names_the_issuer_and_account() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32, "{secret}");
        assert_ne!(secret, new_secret());
        let uri = provisioning_uri(&secret, "coordinator@regio.example").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Overstap:coordinator%40regio.example?"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={secret}")), "{uri}");
        assert!(uri.contains("issuer=Overstap"), "{uri}");
        assert!(qr_svg(&uri).unwrap().starts_with("<?xml"));
    }

    #[test]
    fn recovery_codes_are_distinct_and_typed_in_any_case_with_or_without_the_dash() {
        let (codes, hashes) = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        let code = &codes[0];
        assert_eq!(code.len(), 11);
        assert_eq!(recovery_code_hash(code), hashes[0]);
        let retyped = code.replace('-', " ").to_uppercase();
        assert_eq!(recovery_code_hash(&retyped), hashes[0]);
        assert!(!hashes[0].contains(&code[..5]));
    }

    #[test]
    fn coordinators_and_board_admins_need_the_second_step() {
        assert!(required_for(Role::Coordinator));
        assert!(required_for(Role::BoardAdmin));
        assert!(!required_for(Role::PoStaff));
        assert!(!required_for(Role::VoStaff));
        assert!(!required_for(Role::Parent));
    }
}
