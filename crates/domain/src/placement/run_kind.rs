//! Dry runs and the official run.

crate::names::closed_set! {
    /// A dry run draws a fresh seed and changes nothing; the official run (one per round) uses
    /// a committed seed and its outcome is what parents and schools are told.
    pub enum RunKind ("run kind") {
        Dry = "dry",
        Official = "official",
    }
}
