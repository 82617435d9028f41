//! Dry runs and the official run, and the answers to the reserve offers that follow it.

crate::names::closed_set! {
    /// A dry run draws a fresh seed and changes nothing; the official run (one per round) uses
    /// a committed seed and its outcome is what parents and schools are told.
    pub enum RunKind ("run kind") {
        Dry = "dry",
        Official = "official",
    }
}

crate::names::closed_set! {
    /// The parents' answer to a seat offered from a reserve list.
    pub enum OfferOutcome ("offer outcome") {
        Accepted = "accepted",
        Declined = "declined",
    }
}
