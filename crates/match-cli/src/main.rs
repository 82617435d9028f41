//! `overstap-match`: runs the placement engine on CSV files, or replays an exported snapshot.

mod error;
mod input;
mod memory;
mod output;
mod replay;
mod solve;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "overstap-match", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Pupil-proposing deferred acceptance with single tie-breaking by the given lottery.
    Solve {
        /// `school_id,capacity`
        #[arg(long)]
        schools: PathBuf,
        /// `pupil_id,lottery,pref1,...,prefN` (lottery: a permutation of 0..pupils-1, lower wins)
        #[arg(long)]
        pupils: PathBuf,
        /// `pupil_id,school_id,class` (higher class wins at that school)
        #[arg(long)]
        priorities: Option<PathBuf>,
        /// Written as `pupil_id,school_id`, school_id empty when unplaced.
        #[arg(long)]
        out: PathBuf,
    },
    /// Re-runs a placement from an exported PlacementSnapshot (JSON) and prints its hashes.
    Replay {
        #[arg(long)]
        snapshot: PathBuf,
        /// Also write the assignment as `pupil_id,programme_id`.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Solves a synthetic instance and reports the time and peak resident memory (VmHWM).
    BenchMemory {
        #[arg(long, default_value_t = 200_000)]
        pupils: u32,
        #[arg(long, default_value_t = 600)]
        programmes: u32,
        #[arg(long, default_value_t = 12)]
        choices: u32,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Solve {
            schools,
            pupils,
            priorities,
            out,
        } => solve::run(&schools, &pupils, priorities.as_deref(), &out),
        Command::Replay { snapshot, out } => replay::run(&snapshot, out.as_deref()),
        Command::BenchMemory {
            pupils,
            programmes,
            choices,
        } => memory::run(pupils, programmes, choices),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("overstap-match: {error}");
            ExitCode::FAILURE
        }
    }
}
