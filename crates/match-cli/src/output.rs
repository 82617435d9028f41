//! The assignment file: one row per pupil, in pupil id order.

use crate::error::CliError;
use std::cmp::Ordering;
use std::path::Path;

/// Numeric order when every id is a whole number (`2` before `10`; equal numbers such as `7`
/// and `007` by their text), otherwise plain text (byte) order.
pub fn sort_ids(rows: &mut [(String, String)]) {
    let numeric = rows.iter().all(|(id, _)| id.parse::<u128>().is_ok());
    if numeric {
        rows.sort_by(|(a, _), (b, _)| {
            let by_number = a.parse::<u128>().ok().cmp(&b.parse::<u128>().ok());
            match by_number {
                Ordering::Equal => a.cmp(b),
                other => other,
            }
        });
    } else {
        rows.sort_by(|(a, _), (b, _)| a.cmp(b));
    }
}

pub fn write_assignment(
    path: &Path,
    header: [&str; 2],
    rows: &[(String, String)],
) -> Result<(), CliError> {
    let mut writer = csv::Writer::from_path(path).map_err(|error| CliError::csv(path, error))?;
    writer
        .write_record(header)
        .map_err(|error| CliError::csv(path, error))?;
    for (pupil, place) in rows {
        writer
            .write_record([pupil, place])
            .map_err(|error| CliError::csv(path, error))?;
    }
    writer.flush().map_err(|error| CliError::io(path, error))
}
