//! The two kinds of school in the procedure.

use crate::names::closed_set;

closed_set! {
    /// PO (primary) schools register their pupils; VO (secondary) schools receive them.
    pub enum SchoolKind ("school kind") {
        Po = "po",
        Vo = "vo",
    }
}
