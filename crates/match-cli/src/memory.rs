//! `bench-memory`: the time and peak memory of a whole run on a synthetic instance.

use crate::error::CliError;
use overstap_domain::placement::synthetic::{SyntheticShape, synthetic_snapshot};
use overstap_domain::placement::{deferred_acceptance, place};
use std::path::Path;
use std::time::Instant;

pub fn run(pupils: u32, programmes: u32, choices: u32) -> Result<(), CliError> {
    let started = Instant::now();
    let snapshot = synthetic_snapshot(SyntheticShape::new(pupils, programmes, choices), 2026);
    println!(
        "snapshot: {} units, {} programmes, {} choices each; built in {:.1} ms; VmHWM {} kB",
        snapshot.units.len(),
        programmes,
        choices,
        started.elapsed().as_secs_f64() * 1e3,
        peak_kb()?
    );
    let started = Instant::now();
    let run = place(&snapshot).map_err(|source| CliError::Snapshot {
        path: "<synthetic>".into(),
        source,
    })?;
    let elapsed = started.elapsed();
    let placed = run
        .assignment
        .placements
        .iter()
        .filter(|row| row.programme.is_some())
        .count();
    let waiting: usize = run
        .reserve_lists
        .iter()
        .map(|list| list.entries.len())
        .sum();
    println!(
        "place (hash, lottery, deferred acceptance, reserve lists): {:.1} ms; {placed} of {} placed; {waiting} reserve entries",
        elapsed.as_secs_f64() * 1e3,
        run.assignment.placements.len()
    );
    println!("peak resident memory (VmHWM): {} kB", peak_kb()?);
    drop(run);
    let instance = snapshot
        .prepare_instance()
        .map_err(|source| CliError::Snapshot {
            path: "<synthetic>".into(),
            source,
        })?;
    let fastest = (0..5)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(deferred_acceptance(&instance));
            started.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min);
    println!("deferred acceptance alone, fastest of 5: {fastest:.1} ms");
    Ok(())
}

fn peak_kb() -> Result<u64, CliError> {
    let path = Path::new("/proc/self/status");
    let status = std::fs::read_to_string(path).map_err(|error| CliError::io(path, error))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| CliError::line(path, 0, "no VmHWM line"))
}
