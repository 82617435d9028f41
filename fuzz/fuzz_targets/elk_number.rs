//! `ElkNumber::parse` on any UTF-8 text: never panics, and an accepted number survives a round
//! trip through both of its printed forms.

#![no_main]

use libfuzzer_sys::fuzz_target;
use overstap_domain::{ElkNumber, ElkNumberError};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    match ElkNumber::parse(input) {
        Ok(number) => {
            let canonical = number.to_string();
            assert_eq!(canonical.len(), 10, "{canonical:?}");
            assert_eq!(ElkNumber::parse(&canonical), Ok(number), "{canonical:?}");
            assert_eq!(ElkNumber::parse(&number.grouped()), Ok(number));
            assert_eq!(canonical.parse::<u64>().ok(), Some(number.as_u64()));
            // The accepted text holds exactly the canonical digits, with separators between.
            let digits: String = input.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(digits, canonical, "{input:?}");
        }
        Err(ElkNumberError::WrongLength { given }) => {
            assert_ne!(given, 10);
            assert_eq!(given, input.chars().filter(char::is_ascii_digit).count());
        }
        Err(_) => {}
    }
});
