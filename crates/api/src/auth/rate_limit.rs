//! Sign-in throttling per client IP and per account: a 429 with Retry-After, never a lock-out.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpRequest;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;

#[derive(Clone)]
pub struct SignInLimiter {
    per_ip: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    per_account: Arc<DefaultKeyedRateLimiter<String>>,
    trust_forwarded_for: bool,
}

fn quota(per_minute: u32) -> Quota {
    let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(n).allow_burst(n)
}

fn check<K: Hash + Eq + Clone>(
    limiter: &DefaultKeyedRateLimiter<K>,
    key: &K,
) -> Result<(), ApiError> {
    limiter.check_key(key).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        ApiError::RateLimited {
            retry_after_seconds: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
        }
    })
}

impl SignInLimiter {
    pub fn new(
        per_ip_per_minute: u32,
        per_account_per_minute: u32,
        trust_forwarded_for: bool,
    ) -> Self {
        SignInLimiter {
            per_ip: Arc::new(RateLimiter::keyed(quota(per_ip_per_minute))),
            per_account: Arc::new(RateLimiter::keyed(quota(per_account_per_minute))),
            trust_forwarded_for,
        }
    }

    /// Counts one attempt for this client and this account name (known or not).
    pub fn check(&self, req: &HttpRequest, account: &str) -> Result<(), ApiError> {
        if let Some(ip) = self.client_ip(req) {
            check(&self.per_ip, &ip)?;
        }
        check(&self.per_account, &account.to_lowercase())
    }

    /// Counts one attempt for this client only: for actions whose secret is an unguessable
    /// link token, so a parent retyping a refused password is never locked out by the token.
    pub fn check_client(&self, req: &HttpRequest) -> Result<(), ApiError> {
        match self.client_ip(req) {
            Some(ip) => check(&self.per_ip, &ip),
            None => Ok(()),
        }
    }

    fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        if self.trust_forwarded_for
            && let Some(ip) = req
                .connection_info()
                .realip_remote_addr()
                .and_then(|s| s.parse().ok())
        {
            return Some(ip);
        }
        req.peer_addr().map(|addr| addr.ip())
    }

    /// Forgets keys whose budget is full again, so memory stays bounded.
    pub fn spawn_housekeeping(&self) {
        let limiter = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                limiter.per_ip.retain_recent();
                limiter.per_account.retain_recent();
            }
        });
    }
}
