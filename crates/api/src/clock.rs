//! The server's clock: the system time, or a fixed or shifted one for demos and tests.

use std::sync::{Arc, RwLock};

use time::{Duration, OffsetDateTime};

use crate::config::ClockSetting;

#[derive(Debug, Clone)]
pub struct Clock {
    /// Added to the system time; zero for the real clock.
    offset: Duration,
    /// When set, time stands still here (tests may move it).
    fixed: Option<Arc<RwLock<OffsetDateTime>>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock {
            offset: Duration::ZERO,
            fixed: None,
        }
    }

    pub fn fixed(at: OffsetDateTime) -> Clock {
        Clock {
            offset: Duration::ZERO,
            fixed: Some(Arc::new(RwLock::new(at))),
        }
    }

    pub fn from_setting(setting: ClockSetting) -> Clock {
        match setting {
            ClockSetting::System => Clock::system(),
            ClockSetting::Fixed(at) => Clock::fixed(at),
            ClockSetting::StartAt(at) => Clock {
                offset: at - OffsetDateTime::now_utc(),
                fixed: None,
            },
        }
    }

    pub fn now(&self) -> OffsetDateTime {
        match &self.fixed {
            Some(at) => *at.read().unwrap_or_else(std::sync::PoisonError::into_inner),
            None => OffsetDateTime::now_utc() + self.offset,
        }
    }

    /// Moves a fixed clock; a running clock ignores this.
    pub fn set(&self, at: OffsetDateTime) {
        if let Some(fixed) = &self.fixed {
            *fixed
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = at;
        }
    }

    pub fn is_real(&self) -> bool {
        self.fixed.is_none() && self.offset == Duration::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_fixed_clock_stands_still_until_moved() {
        let clock = Clock::fixed(datetime!(2026-03-25 10:00 UTC));
        assert_eq!(clock.now(), datetime!(2026-03-25 10:00 UTC));
        clock.clone().set(datetime!(2026-04-15 14:00 UTC));
        assert_eq!(clock.now(), datetime!(2026-04-15 14:00 UTC));
    }

    #[test]
    fn a_started_clock_runs_from_its_start() {
        let clock = Clock::from_setting(ClockSetting::StartAt(datetime!(2026-03-25 10:00 UTC)));
        let now = clock.now();
        assert!(now >= datetime!(2026-03-25 10:00 UTC));
        assert!(now < datetime!(2026-03-25 10:01 UTC));
        assert!(!clock.is_real());
    }
}
