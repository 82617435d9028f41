//! The school's pupil CSV upload: `pupil_csv::parse` on any bytes never panics, and a file it
//! accepts yields rows with distinct external ids in increasing line order.

#![no_main]

use libfuzzer_sys::fuzz_target;
use overstap_api::pupil_csv::{self, ImportError, MAX_ROWS};
use std::collections::BTreeSet;

fuzz_target!(|data: &[u8]| {
    match pupil_csv::parse(data) {
        Ok(rows) => {
            assert!(rows.len() <= MAX_ROWS);
            let ids: BTreeSet<&str> = rows
                .iter()
                .map(|row| row.data.external_id.as_str())
                .collect();
            assert_eq!(ids.len(), rows.len(), "duplicate external_id accepted");
            assert!(rows.windows(2).all(|pair| pair[0].line < pair[1].line));
            assert!(
                rows.iter().all(|row| row.line >= 2),
                "a data row on the header's line"
            );
        }
        Err(ImportError::Rows(errors)) => assert!(!errors.is_empty()),
        Err(ImportError::NotCsv(message)) => assert!(!message.is_empty()),
    }
});
