//! The one error type of the tool; every message names the file and, for bad input, the line.

use overstap_domain::placement::{InstanceError, SnapshotError};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Csv { path: PathBuf, source: csv::Error },
    #[error("{}: line {line}: {message}", path.display())]
    Line {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{}: not a placement snapshot: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{}: the snapshot is inconsistent: {source}", path.display())]
    Snapshot {
        path: PathBuf,
        source: SnapshotError,
    },
    #[error("the input cannot be placed: {0}")]
    Instance(#[from] InstanceError),
}

impl CliError {
    pub fn io(path: &Path, source: std::io::Error) -> CliError {
        CliError::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub fn csv(path: &Path, source: csv::Error) -> CliError {
        CliError::Csv {
            path: path.to_owned(),
            source,
        }
    }

    pub fn line(path: &Path, line: u64, message: impl Into<String>) -> CliError {
        CliError::Line {
            path: path.to_owned(),
            line,
            message: message.into(),
        }
    }
}
