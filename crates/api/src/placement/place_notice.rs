//! The e-mail to the parent when a VO school changes the child's place after publication (a
//! withdrawal, a reserve-offer answer), queued in the transaction of the change.

use overstap_domain::{PupilId, SchoolId};
use overstap_persistence::{outbox, parents, pupils, schools};
use sea_orm::ConnectionTrait;
use time::OffsetDateTime;

use crate::error::ApiError;
use crate::mail::messages::{self, PlaceChange, PlacementChanged};

/// Queues the notice of `change` at the programme named `programme_name` of `school` to the
/// parent of `pupil`.
pub async fn tell_parent<C: ConnectionTrait>(
    db: &C,
    pupil: PupilId,
    change: PlaceChange,
    (school, programme_name): (SchoolId, &str),
    public_url: &str,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let record = pupils::find(db, pupil).await?.ok_or(ApiError::NotFound)?;
    let school = schools::find(db, school)
        .await?
        .ok_or_else(|| ApiError::internal("the session's school is missing"))?;
    let language = parents::language_for_pupil(db, pupil).await?;
    let portal_link = format!("{}/ouder/uitslag", public_url.trim_end_matches('/'));
    let mail = messages::placement_changed(
        &record.parent_email,
        &PlacementChanged {
            language,
            child_first_name: &record.first_name,
            change,
            programme_name,
            school_name: &school.name,
            portal_link: &portal_link,
        },
    );
    outbox::enqueue(db, mail.in_region(school.region_id), now).await?;
    Ok(())
}
