//! `replay`: re-runs an exported snapshot and prints the hashes an auditor compares.

use crate::error::CliError;
use crate::output::write_assignment;
use overstap_domain::placement::{ENGINE_VERSION, PlacementSnapshot, place};
use std::path::Path;

pub fn run(snapshot_path: &Path, out: Option<&Path>) -> Result<(), CliError> {
    let text = std::fs::read_to_string(snapshot_path)
        .map_err(|error| CliError::io(snapshot_path, error))?;
    let snapshot: PlacementSnapshot =
        serde_json::from_str(&text).map_err(|source| CliError::Json {
            path: snapshot_path.to_owned(),
            source,
        })?;
    let run = place(&snapshot).map_err(|source| CliError::Snapshot {
        path: snapshot_path.to_owned(),
        source,
    })?;
    if let Some(out) = out {
        let rows: Vec<(String, String)> = run
            .assignment
            .placements
            .iter()
            .map(|row| {
                (
                    row.pupil.to_string(),
                    row.programme.map(|p| p.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        write_assignment(out, ["pupil_id", "programme_id"], &rows)?;
    }
    let placed = run
        .assignment
        .placements
        .iter()
        .filter(|row| row.programme.is_some())
        .count();
    println!("engine_version: {ENGINE_VERSION}");
    println!("seed_commitment: {}", snapshot.seed.commitment());
    println!("input_hash: {}", run.input_hash);
    println!("output_hash: {}", run.output_hash);
    println!("placed: {placed} of {}", run.assignment.placements.len());
    Ok(())
}
