//! What parents see of the placement: nothing before the publication moment; from then on the
//! official run's programme, rank and (where the region publishes them) reserve positions, and
//! one e-mail each, queued with the official run and due at the publication moment.

use std::collections::HashMap;

use overstap_api_types::{ReservePosition, ResultResponse, ResultState};
use overstap_domain::i18n::format_date_time;
use overstap_domain::{Language, PlacementRunId, ProgrammeId};
use overstap_persistence::entities::{parent_account, pupil};
use overstap_persistence::outbox::{self, ResultMails, ResultProgramme};
use overstap_persistence::procedures::Procedure;
use overstap_persistence::{placement_runs, reserve_offers};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::error::ApiError;
use crate::mail::deferred::placement_result;
use crate::mail::messages::{ConfirmedProgramme, PlacementResult};
use crate::parent::ParentContext;
use crate::parent::catalogue::RegionCatalogue;
use crate::state::AppState;

/// The parent's result page.
pub async fn view<C: ConnectionTrait>(
    db: &C,
    context: &ParentContext,
    now: OffsetDateTime,
) -> Result<ResultResponse, ApiError> {
    let publication_at = context.calendar.instants().publication_at;
    let mut response = ResultResponse {
        state: ResultState::NotYet,
        publication_at,
        publication_text: format_date_time(publication_at, context.language()),
        placed: None,
        placed_rank: None,
        reserve: Vec::new(),
        round: None,
    };
    if now < publication_at {
        return Ok(response);
    }
    let Some(run) = placement_runs::latest_official(db, context.stored.procedure_id).await? else {
        response.state = ResultState::Pending;
        return Ok(response);
    };
    // The run's placement, or where a later change (an accepted reserve offer) moved the pupil.
    let Some(current) = reserve_offers::current_programme(db, run.id, context.pupil.id).await?
    else {
        response.state = ResultState::NotParticipating;
        return Ok(response);
    };
    match current {
        Some(programme) => {
            response.state = ResultState::Placed;
            response.placed = context.offer.programme(programme).cloned();
            response.placed_rank = context
                .stored
                .registration
                .draft()
                .and_then(|d| d.entries.iter().position(|e| e.programme == programme))
                .and_then(|i| u32::try_from(i + 1).ok());
        }
        None => response.state = ResultState::Unplaced,
    }
    // A place from the round-2 run (a change of round 1): its rank is on the round-2 list.
    if let Some(programme) = current
        && let Some(round2) =
            placement_runs::official_run(db, context.stored.procedure_id, 2).await?
        && let Some(placed) = placement_runs::placements_of(db, round2.id, &[context.pupil.id])
            .await?
            .remove(&context.pupil.id)
        && placed.programme == Some(programme)
    {
        response.round = Some(2);
        response.placed_rank = placed.choice_rank;
    }
    if context.offer.profile.publishes_lot_numbers() {
        response.reserve = placement_runs::reserve_positions(db, run.id, context.pupil.id)
            .await?
            .into_iter()
            .filter_map(|(programme, position)| {
                Some(ReservePosition {
                    programme: context.offer.programme(programme)?.clone(),
                    position,
                })
            })
            .collect();
    }
    Ok(response)
}

/// Queues the result e-mail of every pupil in the official run, due at the publication moment
/// (round 2: at once, as its run publishes it; an unplaced pupil is then not pointed to it).
pub async fn schedule_result_mails<C: ConnectionTrait>(
    txn: &C,
    state: &AppState,
    procedure: &Procedure,
    run: PlacementRunId,
    round: u32,
) -> Result<(), ApiError> {
    let now = state.clock.now();
    let offer = state
        .catalogues
        .get(txn, procedure.region_id, procedure.id)
        .await?;
    let portal_link = format!("{}/ouder/uitslag", state.public_url);
    let round2 = procedure.instants.round2_opens_at.filter(|_| round == 1);
    let due = procedure.instants.publication_at;
    if txn.get_database_backend() == DbBackend::Postgres {
        let shared = shared_parameters(&portal_link, round2)?;
        return queue_in_database(txn, procedure, run, &offer, &shared, due, now).await;
    }
    let pupils: HashMap<Uuid, pupil::Model> = pupil::Entity::find()
        .filter(pupil::Column::ProcedureId.eq(procedure.id.as_uuid()))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let languages: HashMap<Uuid, Language> = parent_account::Entity::find()
        .filter(
            parent_account::Column::PupilId.in_subquery(
                Query::select()
                    .column(pupil::Column::Id)
                    .from(pupil::Entity)
                    .and_where(pupil::Column::ProcedureId.eq(procedure.id.as_uuid()))
                    .to_owned(),
            ),
        )
        .all(txn)
        .await?
        .into_iter()
        .map(|a| (a.pupil_id, a.language.0))
        .collect();
    let mut mails = Vec::new();
    for (pupil_id, placed) in placement_runs::placements(txn, run).await? {
        let Some(record) = pupils.get(&pupil_id.as_uuid()) else {
            continue;
        };
        let programme = placed
            .programme
            .and_then(|id| offer.programme(id))
            .map(|p| ConfirmedProgramme {
                rank: placed.choice_rank.unwrap_or(0),
                programme_name: &p.name,
                school_name: &p.school_name,
                town: &p.town,
            });
        mails.push(
            placement_result(
                &record.parent_email,
                &PlacementResult {
                    language: languages
                        .get(&pupil_id.as_uuid())
                        .copied()
                        .unwrap_or(Language::Nl),
                    child_first_name: &record.first_name,
                    placed: programme,
                    reserve: &[],
                    round2_opens_at: round2,
                    portal_link: &portal_link,
                },
            )
            .in_region(procedure.region_id),
        );
    }
    outbox::enqueue_many_due(txn, mails, due, now).await?;
    Ok(())
}

/// The parameters every result e-mail of a run shares, as `placement_result` stores them:
/// its template without the per-pupil `language`, `child_first_name` and `placed`.
fn shared_parameters(
    portal_link: &str,
    round2_opens_at: Option<OffsetDateTime>,
) -> Result<serde_json::Value, ApiError> {
    let sample = placement_result(
        "",
        &PlacementResult {
            language: Language::Nl,
            child_first_name: "",
            placed: None,
            reserve: &[],
            round2_opens_at,
            portal_link,
        },
    );
    let mut shared = sample
        .template
        .ok_or_else(|| ApiError::internal("the result e-mail has no template"))?;
    let fields = shared
        .as_object_mut()
        .ok_or_else(|| ApiError::internal("the result e-mail's template is not an object"))?;
    for per_pupil in ["language", "child_first_name", "placed"] {
        fields.remove(per_pupil);
    }
    Ok(shared)
}

/// PostgreSQL: the database builds the messages from the run's placements in one statement
/// (200,000 rows never travel to the application and back); the programme names come from
/// the region's catalogue, as above.
async fn queue_in_database<C: ConnectionTrait>(
    txn: &C,
    procedure: &Procedure,
    run: PlacementRunId,
    offer: &RegionCatalogue,
    shared: &serde_json::Value,
    due: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(), ApiError> {
    let programmes: Vec<ResultProgramme<'_>> = offer
        .programmes
        .iter()
        .map(|p| ResultProgramme {
            id: ProgrammeId::from_uuid(p.id),
            programme_name: &p.name,
            school_name: &p.school_name,
            town: &p.town,
        })
        .collect();
    let languages: Vec<&str> = Language::ALL.iter().map(|l| l.as_str()).collect();
    outbox::enqueue_result_mails_postgres(
        txn,
        ResultMails {
            run,
            procedure: procedure.id,
            shared,
            languages: &languages,
            fallback_language: Language::Nl.as_str(),
            programmes: &programmes,
        },
        due,
        now,
    )
    .await?;
    Ok(())
}
