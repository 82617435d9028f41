//! `Idempotency-Key` on the `POST`s that create something or send e-mail (IETF httpapi
//! draft), for staff and API clients: a retry with the same key and the same request gets the
//! first answer again (with `Idempotent-Replayed: true`) instead of acting twice, so a client
//! that lost an answer can safely send again; the same key with another request is 422
//! `idempotency_key_reused`; a retry while the first still runs is 409. Keys are per caller
//! (the actor and the school it works on) and live 24 hours. The caller is checked in full
//! (revocation, scopes, rate limit) before anything is claimed or replayed, and the `Session`
//! found is handed on to the handler. Answers on the server's side (5xx) and refusals that may
//! pass (401, 403, 409, 429) are not kept: a retry runs again. Endpoints whose answer holds a
//! secret (API-client secrets, two-step set-up, tokens) take no key; the parent portal's
//! confirm and withdraw keep their own (`routes::parent_registration`).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpResponse, ResponseError, web};
use futures_util::StreamExt;
use overstap_persistence::idempotent_requests::{self, Answer, Claim};
use sha2::{Digest, Sha256};

use crate::auth::Session;
use crate::error::ApiError;
use crate::state::AppState;

pub const HEADER: &str = "idempotency-key";
const REPLAYED: &str = "idempotent-replayed";
/// The largest body a request with a key may have (the CSV imports' limit and then some).
const MAX_BODY: usize = 2 * 1024 * 1024;

/// The `POST`s that take a key: those that create something or send e-mail.
pub const KEYED_POSTS: &[&str] = &[
    "/api/v1/school/pupils",
    "/api/v1/school/pupils/import",
    "/api/v1/school/pupils/send-login",
    "/api/v1/school/pupils/{pupil_id}/send-login",
    "/api/v1/school/reminders",
    "/api/v1/school/programmes/{programme_id}/reserve-offers",
    "/api/v1/school/reserve-offers/{offer_id}/decision",
    "/api/v1/school/placements/{pupil_id}/withdrawal",
    "/api/v1/staff",
    "/api/v1/staff/{staff_id}/invitation",
    "/api/v1/procedures",
    "/api/v1/region/boards",
    "/api/v1/region/schools",
    "/api/v1/region/schools/import",
    "/api/v1/region/schools/{school_id}/programmes",
    "/api/v1/region/placement/runs",
    "/api/v1/region/placement/seed-commitments",
];

/// Whether `key` is a key: 1 to 255 visible ASCII characters.
pub fn is_valid_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| (0x21..=0x7e).contains(&b))
}

/// Answers kept for a replay: successes and refusals that a retry would meet again.
fn keeps(status: StatusCode) -> bool {
    status.is_success()
        || matches!(
            status,
            StatusCode::BAD_REQUEST
                | StatusCode::NOT_FOUND
                | StatusCode::PAYLOAD_TOO_LARGE
                | StatusCode::UNPROCESSABLE_ENTITY
        )
}

fn refuse(req: ServiceRequest, error: &ApiError) -> ServiceResponse<BoxBody> {
    req.into_response(error.error_response())
}

pub async fn replay_or_run(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let keyed = req.method() == Method::POST
        && req.headers().contains_key(HEADER)
        && req
            .match_pattern()
            .is_some_and(|pattern| KEYED_POSTS.contains(&pattern.as_str()));
    let Some(state) = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .filter(|_| keyed)
    else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    // The caller in full, as the handler would check it; handed on so it is checked once.
    let session = match Session::extract(req.request()).await {
        Ok(session) => session,
        Err(error) => return Ok(refuse(req, &error)),
    };
    req.extensions_mut().insert(session.clone());
    let key = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|k| is_valid_key(k))
        .map(str::to_owned);
    let Some(key) = key else {
        let error = ApiError::field(
            "Idempotency-Key",
            "invalid",
            "An Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID.",
        );
        return Ok(refuse(req, &error));
    };
    let actor = session.actor();
    let caller = format!(
        "{}:{}:{}",
        actor.role(),
        actor.id().map(|id| id.to_string()).unwrap_or_default(),
        session
            .working_school()
            .map(|s| s.to_string())
            .unwrap_or_default()
    );

    let mut payload = req.take_payload();
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return Ok(refuse(
                req,
                &ApiError::Malformed("the body was cut off".to_owned()),
            ));
        };
        if body.len() + chunk.len() > MAX_BODY {
            return Ok(refuse(req, &ApiError::PayloadTooLarge { limit: MAX_BODY }));
        }
        body.extend_from_slice(&chunk);
    }
    let body = body.freeze();
    let mut hash = Sha256::new();
    hash.update(req.method().as_str());
    hash.update(b" ");
    hash.update(req.uri().path_and_query().map_or("", |p| p.as_str()));
    hash.update(b"\n");
    hash.update(&body);
    let hash = format!("{:x}", hash.finalize());
    req.set_payload(actix_web::dev::Payload::from(body));

    let now = state.clock.now();
    let claim = match idempotent_requests::claim(&state.db, &caller, &key, &hash, now).await {
        Ok(claim) => claim,
        Err(e) => return Ok(refuse(req, &ApiError::from(e))),
    };
    let claim_id = match claim {
        Claim::Run(claim_id) => claim_id,
        Claim::Replay(row) => {
            let mut response = HttpResponse::build(
                StatusCode::from_u16(u16::try_from(row.status.unwrap_or(200)).unwrap_or(200))
                    .unwrap_or(StatusCode::OK),
            );
            if let Some(content_type) = &row.content_type {
                response.insert_header((header::CONTENT_TYPE, content_type.as_str()));
            }
            if let Some(location) = &row.location {
                response.insert_header((header::LOCATION, location.as_str()));
            }
            response.insert_header((REPLAYED, "true"));
            let response = response.body(row.body.unwrap_or_default());
            return Ok(req.into_response(response));
        }
        Claim::OtherRequest => return Ok(refuse(req, &ApiError::IdempotencyKeyReused)),
        Claim::Running => {
            let error = ApiError::Conflict {
                message: "The first request with this Idempotency-Key is still running; try \
                          again in a moment."
                    .to_owned(),
                facts: None,
            };
            return Ok(refuse(req, &error));
        }
    };

    let response = next.call(req).await?;
    let status = response.status();
    if !keeps(status) {
        // The key goes back, so that a retry runs (nothing was done, or it must be redone).
        if let Err(e) = idempotent_requests::release(&state.db, &caller, &key, &claim_id).await {
            tracing::warn!(cause = %e, "an idempotency key was not given back");
        }
        return Ok(response.map_into_boxed_body());
    }
    let (request, response) = response.into_parts();
    let (head, body) = response.into_parts();
    let bytes = match actix_web::body::to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(_) => {
            let _ = idempotent_requests::release(&state.db, &caller, &key, &claim_id).await;
            return Ok(ServiceResponse::new(
                request,
                ApiError::internal("the answer could not be read").error_response(),
            ));
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let header_text = |name: header::HeaderName| {
        head.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = header_text(header::CONTENT_TYPE);
    let location = header_text(header::LOCATION);
    let kept = idempotent_requests::finish(
        &state.db,
        &caller,
        &key,
        &claim_id,
        Answer {
            status: status.as_u16(),
            content_type: content_type.as_deref(),
            location: location.as_deref(),
            body: &text,
        },
    )
    .await;
    if let Err(e) = kept {
        // The work is done and answered; a retry meets 409 until the key counts as
        // abandoned (`ABANDONED_AFTER`), and then runs again.
        tracing::warn!(cause = %e, "an idempotent answer was not kept");
    }
    Ok(ServiceResponse::new(
        request,
        head.set_body(bytes).map_into_boxed_body(),
    ))
}
