//! Privacy (AVG/GDPR): the retention purge and its daily job, a pupil's erasure on request,
//! and the parent's export of everything held about their child.

pub mod erase;
pub mod export;
pub mod purge;
