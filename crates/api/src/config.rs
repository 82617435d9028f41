//! Settings, each one an environment variable documented in `.env.example`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;

use time::OffsetDateTime;

use crate::metrics::MetricsAccess;
use time::format_description::well_known::Rfc3339;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// How the server reads the time; anything but `System` is for demos and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockSetting {
    System,
    /// Time stands still at this instant.
    Fixed(OffsetDateTime),
    /// Time starts at this instant when the server starts, then runs on.
    StartAt(OffsetDateTime),
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub environment: Environment,
    pub bind: SocketAddr,
    pub database_url: String,
    /// When set, migrations run over this URL (the schema owner) and the app uses
    /// `database_url` (an application role without UPDATE/DELETE/TRUNCATE on the audit log).
    pub database_migration_url: Option<String>,
    pub database_max_connections: u32,
    pub jwt_secret: String,
    pub access_token_ttl_seconds: u64,
    pub refresh_token_ttl_seconds: u64,
    /// A session ends this long after its sign-in, however often it is refreshed.
    pub session_max_seconds: u64,
    pub clock: ClockSetting,
    pub log_format: LogFormat,
    pub spa_dir: PathBuf,
    pub demo_data: bool,
    pub trust_forwarded_for: bool,
    pub sign_in_per_ip_per_minute: u32,
    pub sign_in_per_account_per_minute: u32,
    pub password_hashing_threads: usize,
    pub shutdown_timeout_seconds: u64,
    pub max_json_bytes: usize,
    pub workers: usize,
    /// Where parents open the portal; links in e-mails start with this.
    pub public_url: String,
    /// `smtp://host:port` (or `smtps://user:pass@host`); none keeps mail in the dev mailbox.
    pub smtp_url: Option<String>,
    /// The sender of every e-mail.
    pub mail_from: String,
    /// Who may scrape `/metrics` (`OVERSTAP_METRICS_TOKEN`).
    pub metrics: MetricsAccess,
    /// Whether the server runs the daily privacy purge (default: on in production only).
    pub purge_job: bool,
    /// Whether coordinators and board admins must sign in with a one-time password
    /// (`OVERSTAP_TWO_STEP_REQUIRED`): always in production; off by default in development, so
    /// the demo's accounts sign in with a password alone.
    pub two_step_required: bool,
}

#[derive(Debug, thiserror::Error)]
#[error("setting {name}: {problem}")]
pub struct SettingsError {
    pub name: &'static str,
    pub problem: String,
}

const DEV_JWT_SECRET: &str = "development-only-secret-change-me-in-production-0123456789";

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Settings, SettingsError> {
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
        let get = |name: &'static str, default: &str| -> String {
            lookup(name)
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| default.to_owned())
        };
        fn parse<T: FromStr>(name: &'static str, value: String) -> Result<T, SettingsError>
        where
            T::Err: std::fmt::Display,
        {
            value.trim().parse().map_err(|e: T::Err| SettingsError {
                name,
                problem: format!("{value:?} is not valid: {e}"),
            })
        }
        // Production unless told otherwise: a forgotten setting must never start a server with the
        // development key, a shifted clock, demo data or the development mailbox.
        let environment = match get("OVERSTAP_ENV", "production").as_str() {
            "development" => Environment::Development,
            "production" => Environment::Production,
            other => {
                return Err(SettingsError {
                    name: "OVERSTAP_ENV",
                    problem: format!("{other:?} is neither development nor production"),
                });
            }
        };
        let instant = |name: &'static str| -> Result<Option<OffsetDateTime>, SettingsError> {
            lookup(name)
                .filter(|v| !v.trim().is_empty())
                .map(|v| {
                    OffsetDateTime::parse(v.trim(), &Rfc3339).map_err(|e| SettingsError {
                        name,
                        problem: format!("{v:?} is not an RFC 3339 instant: {e}"),
                    })
                })
                .transpose()
        };
        let clock = match (
            instant("OVERSTAP_CLOCK_FIXED")?,
            instant("OVERSTAP_CLOCK_START")?,
        ) {
            (None, None) => ClockSetting::System,
            (Some(at), None) => ClockSetting::Fixed(at),
            (None, Some(at)) => ClockSetting::StartAt(at),
            (Some(_), Some(_)) => {
                return Err(SettingsError {
                    name: "OVERSTAP_CLOCK_FIXED",
                    problem: "set either OVERSTAP_CLOCK_FIXED or OVERSTAP_CLOCK_START, not both"
                        .to_owned(),
                });
            }
        };
        let jwt_secret = get("OVERSTAP_JWT_SECRET", DEV_JWT_SECRET);
        let metrics = match lookup("OVERSTAP_METRICS_TOKEN").filter(|v| !v.trim().is_empty()) {
            Some(token) => MetricsAccess::Token(token.trim().to_owned()),
            None if environment == Environment::Development => MetricsAccess::Open,
            None => MetricsAccess::Disabled,
        };
        let settings = Settings {
            environment,
            bind: parse("OVERSTAP_BIND", get("OVERSTAP_BIND", "127.0.0.1:8080"))?,
            database_url: get("DATABASE_URL", "sqlite://data/overstap.db?mode=rwc"),
            database_migration_url: lookup("OVERSTAP_DATABASE_MIGRATION_URL")
                .filter(|v| !v.trim().is_empty()),
            database_max_connections: parse(
                "OVERSTAP_DB_MAX_CONNECTIONS",
                get("OVERSTAP_DB_MAX_CONNECTIONS", "16"),
            )?,
            jwt_secret,
            access_token_ttl_seconds: parse(
                "OVERSTAP_ACCESS_TOKEN_TTL_SECONDS",
                get("OVERSTAP_ACCESS_TOKEN_TTL_SECONDS", "900"),
            )?,
            refresh_token_ttl_seconds: parse(
                "OVERSTAP_REFRESH_TOKEN_TTL_SECONDS",
                get("OVERSTAP_REFRESH_TOKEN_TTL_SECONDS", "604800"),
            )?,
            session_max_seconds: parse(
                "OVERSTAP_SESSION_MAX_SECONDS",
                get("OVERSTAP_SESSION_MAX_SECONDS", "1209600"),
            )?,
            clock,
            log_format: match get("OVERSTAP_LOG_FORMAT", "pretty").as_str() {
                "json" => LogFormat::Json,
                "pretty" => LogFormat::Pretty,
                other => {
                    return Err(SettingsError {
                        name: "OVERSTAP_LOG_FORMAT",
                        problem: format!("{other:?} is neither pretty nor json"),
                    });
                }
            },
            spa_dir: PathBuf::from(get("OVERSTAP_SPA_DIR", "frontend/dist")),
            demo_data: parse("OVERSTAP_DEMO_DATA", get("OVERSTAP_DEMO_DATA", "false"))?,
            trust_forwarded_for: parse(
                "OVERSTAP_TRUST_FORWARDED_FOR",
                get("OVERSTAP_TRUST_FORWARDED_FOR", "false"),
            )?,
            sign_in_per_ip_per_minute: parse(
                "OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE",
                get("OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE", "30"),
            )?,
            sign_in_per_account_per_minute: parse(
                "OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE",
                get("OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE", "5"),
            )?,
            password_hashing_threads: parse(
                "OVERSTAP_PASSWORD_HASHING_THREADS",
                get("OVERSTAP_PASSWORD_HASHING_THREADS", &cores().to_string()),
            )?,
            shutdown_timeout_seconds: parse(
                "OVERSTAP_SHUTDOWN_TIMEOUT_SECONDS",
                get("OVERSTAP_SHUTDOWN_TIMEOUT_SECONDS", "30"),
            )?,
            max_json_bytes: parse(
                "OVERSTAP_MAX_JSON_BYTES",
                get("OVERSTAP_MAX_JSON_BYTES", "65536"),
            )?,
            workers: parse(
                "OVERSTAP_WORKERS",
                get("OVERSTAP_WORKERS", &cores().to_string()),
            )?,
            public_url: get("OVERSTAP_PUBLIC_URL", "http://localhost:8080")
                .trim_end_matches('/')
                .to_owned(),
            smtp_url: lookup("SMTP_URL").filter(|v| !v.trim().is_empty()),
            mail_from: get("OVERSTAP_MAIL_FROM", "Overstap <noreply@overstap.example>"),
            metrics,
            purge_job: parse(
                "OVERSTAP_PURGE_JOB",
                get(
                    "OVERSTAP_PURGE_JOB",
                    if environment == Environment::Production {
                        "true"
                    } else {
                        "false"
                    },
                ),
            )?,
            two_step_required: parse(
                "OVERSTAP_TWO_STEP_REQUIRED",
                get(
                    "OVERSTAP_TWO_STEP_REQUIRED",
                    if environment == Environment::Production {
                        "true"
                    } else {
                        "false"
                    },
                ),
            )?,
        };
        settings.check()?;
        Ok(settings)
    }

    /// Refuses combinations that are unsafe in production.
    fn check(&self) -> Result<(), SettingsError> {
        if self.environment == Environment::Production {
            if self.clock != ClockSetting::System {
                return Err(SettingsError {
                    name: "OVERSTAP_CLOCK_FIXED",
                    problem: "a fixed or shifted clock is refused in production".to_owned(),
                });
            }
            if self.jwt_secret == DEV_JWT_SECRET || self.jwt_secret.len() < 32 {
                return Err(SettingsError {
                    name: "OVERSTAP_JWT_SECRET",
                    problem: "production needs its own secret of at least 32 bytes".to_owned(),
                });
            }
            if let MetricsAccess::Token(token) = &self.metrics
                && token.len() < 16
            {
                return Err(SettingsError {
                    name: "OVERSTAP_METRICS_TOKEN",
                    problem: "production needs a token of at least 16 characters".to_owned(),
                });
            }
            if self.demo_data {
                return Err(SettingsError {
                    name: "OVERSTAP_DEMO_DATA",
                    problem: "demo data is refused in production".to_owned(),
                });
            }
            if !self.two_step_required {
                return Err(SettingsError {
                    name: "OVERSTAP_TWO_STEP_REQUIRED",
                    problem: "coordinators and board admins always sign in with a one-time \
                              password in production"
                        .to_owned(),
                });
            }
        }
        if self.password_hashing_threads == 0 {
            return Err(SettingsError {
                name: "OVERSTAP_PASSWORD_HASHING_THREADS",
                problem: "must be at least 1".to_owned(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Settings::from_lookup(|name| map.get(name).cloned())
    }

    const SECRET: &str = "a-long-enough-secret-for-production-use-1234";

    #[test]
    fn without_an_environment_setting_the_server_is_production() {
        let s = settings(&[("OVERSTAP_JWT_SECRET", SECRET)]).unwrap();
        assert_eq!(s.environment, Environment::Production);
        assert!(s.database_url.starts_with("sqlite://"));
        assert_eq!(s.clock, ClockSetting::System);
    }

    #[test]
    fn a_production_server_without_a_secret_refuses_to_start() {
        let err = settings(&[]).unwrap_err();
        assert_eq!(err.name, "OVERSTAP_JWT_SECRET");
        let err = settings(&[("OVERSTAP_JWT_SECRET", "short")]).unwrap_err();
        assert_eq!(err.name, "OVERSTAP_JWT_SECRET");
    }

    #[test]
    fn demo_data_and_a_shifted_clock_are_refused_without_development() {
        let err = settings(&[
            ("OVERSTAP_JWT_SECRET", SECRET),
            ("OVERSTAP_DEMO_DATA", "true"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_DEMO_DATA");
        let err = settings(&[
            ("OVERSTAP_JWT_SECRET", SECRET),
            ("OVERSTAP_CLOCK_START", "2026-03-25T10:00:00+01:00"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_CLOCK_FIXED");
    }

    #[test]
    fn two_step_sign_in_is_required_in_production_and_cannot_be_turned_off_there() {
        let prod = settings(&[("OVERSTAP_JWT_SECRET", SECRET)]).unwrap();
        assert!(prod.two_step_required);
        let err = settings(&[
            ("OVERSTAP_JWT_SECRET", SECRET),
            ("OVERSTAP_TWO_STEP_REQUIRED", "false"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_TWO_STEP_REQUIRED");
        let dev = settings(&[("OVERSTAP_ENV", "development")]).unwrap();
        assert!(!dev.two_step_required);
        let dev = settings(&[
            ("OVERSTAP_ENV", "development"),
            ("OVERSTAP_TWO_STEP_REQUIRED", "true"),
        ])
        .unwrap();
        assert!(dev.two_step_required);
    }

    #[test]
    fn metrics_are_open_in_development_and_need_a_token_in_production() {
        let dev = settings(&[("OVERSTAP_ENV", "development")]).unwrap();
        assert_eq!(dev.metrics, MetricsAccess::Open);
        let prod = settings(&[("OVERSTAP_JWT_SECRET", SECRET)]).unwrap();
        assert_eq!(prod.metrics, MetricsAccess::Disabled);
        let scraped = settings(&[
            ("OVERSTAP_JWT_SECRET", SECRET),
            ("OVERSTAP_METRICS_TOKEN", "a-scraper-token-0123"),
        ])
        .unwrap();
        assert_eq!(
            scraped.metrics,
            MetricsAccess::Token("a-scraper-token-0123".to_owned())
        );
        let err = settings(&[
            ("OVERSTAP_JWT_SECRET", SECRET),
            ("OVERSTAP_METRICS_TOKEN", "short"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_METRICS_TOKEN");
    }

    #[test]
    fn development_is_chosen_explicitly_and_keeps_the_development_key() {
        let s = settings(&[("OVERSTAP_ENV", "development")]).unwrap();
        assert_eq!(s.environment, Environment::Development);
        assert_eq!(s.jwt_secret, DEV_JWT_SECRET);
    }

    #[test]
    fn a_fixed_clock_is_refused_in_production() {
        let err = settings(&[
            ("OVERSTAP_ENV", "production"),
            (
                "OVERSTAP_JWT_SECRET",
                "a-long-enough-secret-for-production-use-1234",
            ),
            ("OVERSTAP_CLOCK_FIXED", "2026-03-25T10:00:00+01:00"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_CLOCK_FIXED");
    }

    #[test]
    fn production_needs_its_own_jwt_secret() {
        let err = settings(&[("OVERSTAP_ENV", "production")]).unwrap_err();
        assert_eq!(err.name, "OVERSTAP_JWT_SECRET");
    }

    #[test]
    fn a_clock_setting_is_parsed_as_rfc3339() {
        let s = settings(&[
            ("OVERSTAP_ENV", "development"),
            ("OVERSTAP_CLOCK_START", "2026-03-25T10:00:00+01:00"),
        ])
        .unwrap();
        assert!(
            matches!(s.clock, ClockSetting::StartAt(at) if at.unix_timestamp() == 1_774_429_200)
        );
        let err = settings(&[
            ("OVERSTAP_ENV", "development"),
            ("OVERSTAP_CLOCK_FIXED", "25 maart"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "OVERSTAP_CLOCK_FIXED");
    }
}
