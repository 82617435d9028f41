//! Sign-in throttling per client IP and per account from that client: a 429 with Retry-After,
//! never a lock-out.

use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpRequest;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;

/// The budget a client address draws on: an IPv4 address itself (also when written as an
/// IPv4-mapped IPv6 address); for IPv6 its /64, since one subscriber or host is given a whole
/// /64 and could otherwise change address at every attempt.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(network))
            }
        },
    }
}

/// An address as a forwarding header gives it: bare, or with a port (`1.2.3.4:5678`,
/// `[2001:db8::1]:443`).
fn parse_address(text: &str) -> Option<IpAddr> {
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<std::net::SocketAddr>().ok().map(|a| a.ip()))
        .or_else(|| {
            text.strip_prefix('[')
                .and_then(|t| t.strip_suffix(']'))
                .and_then(|t| t.parse().ok())
        })
}

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

    /// Counts one attempt for this client, and for this account name (known or not) from this
    /// client's network: a spray over many accounts from an attacker's addresses must not use up
    /// the budget of the parent signing in from home.
    pub fn check(&self, req: &HttpRequest, account: &str) -> Result<(), ApiError> {
        let ip = self.client_ip(req);
        if let Some(ip) = ip {
            check(&self.per_ip, &ip)?;
        }
        let network = ip.map(|ip| ip.to_string()).unwrap_or_default();
        check(
            &self.per_account,
            &format!("{}\u{0}{network}", account.to_lowercase()),
        )
    }

    /// Counts one attempt for this client only: for actions whose secret is an unguessable
    /// link token, so a parent retyping a refused password is never locked out by the token.
    pub fn check_client(&self, req: &HttpRequest) -> Result<(), ApiError> {
        match self.client_ip(req) {
            Some(ip) => check(&self.per_ip, &ip),
            None => Ok(()),
        }
    }

    /// The client's network as the budgets key it ([`client_key`]), from the forwarding header
    /// when the proxy is trusted.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        if self.trust_forwarded_for
            && let Some(ip) = req
                .connection_info()
                .realip_remote_addr()
                .and_then(parse_address)
        {
            return Some(client_key(ip));
        }
        req.peer_addr().map(|addr| client_key(addr.ip()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_share_the_budget_of_their_64_and_ipv4_keeps_its_own() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        assert_eq!(client_key(a), "2001:db8:1:2::".parse::<IpAddr>().unwrap());
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(client_key(v4), v4);
        assert_eq!(client_key("::ffff:192.0.2.7".parse().unwrap()), v4);
        assert_ne!(client_key("192.0.2.8".parse().unwrap()), client_key(v4));
    }

    #[test]
    fn forwarded_addresses_are_read_with_or_without_a_port() {
        let v6: IpAddr = "2001:db8::1".parse().unwrap();
        assert_eq!(parse_address("2001:db8::1"), Some(v6));
        assert_eq!(parse_address("[2001:db8::1]:443"), Some(v6));
        assert_eq!(parse_address("[2001:db8::1]"), Some(v6));
        assert_eq!(parse_address("192.0.2.7:5678"), "192.0.2.7".parse().ok());
        assert_eq!(parse_address("unknown"), None);
    }
}
