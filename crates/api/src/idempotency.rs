//! `Idempotency-Key` on signed-in `POST`s (IETF httpapi draft): a retry with the same key and
//! the same request gets the first answer again (with `Idempotent-Replayed: true`) instead of
//! acting twice, so a client that lost an answer can safely send again; the same key with
//! another request is 422 `idempotency_key_reused`; a retry while the first still runs is 409.
//! Keys are per caller (the token's role and subject) and live 24 hours. Parents' requests
//! are left to the portal's own keys (`routes::parent_registration`). Answers on the
//! server's side (5xx) and passing refusals (401, 409, 429) are not kept: a retry runs again.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpResponse, ResponseError, web};
use futures_util::StreamExt;
use overstap_persistence::idempotent_requests::{self, Answer, Claim};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;

pub const HEADER: &str = "idempotency-key";
const REPLAYED: &str = "idempotent-replayed";
/// The largest body a request with a key may have (the CSV imports' limit and then some).
const MAX_BODY: usize = 2 * 1024 * 1024;

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
                | StatusCode::FORBIDDEN
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
    let key = req
        .headers()
        .get(HEADER)
        .map(|v| v.to_str().map(str::to_owned));
    let (Some(key), true) = (key, req.method() == Method::POST) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let Ok(key) = key
        .map_err(|_| ())
        .and_then(|k| if is_valid_key(&k) { Ok(k) } else { Err(()) })
    else {
        let error = ApiError::field(
            "Idempotency-Key",
            "invalid",
            "An Idempotency-Key is 1 to 255 visible ASCII characters, e.g. a UUID.",
        );
        return Ok(refuse(req, &error));
    };
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    // Only a signed-in caller has keys; without a valid token the route answers 401 itself.
    let claims = crate::auth::session::bearer(req.request())
        .and_then(|token| state.tokens.verify(&token, state.clock.now()).ok());
    // The parent portal's confirm and withdraw keep their own keys (per registration action,
    // answering the current registration), documented on those operations.
    let Some(claims) = claims.filter(|c| c.role != overstap_domain::Role::Parent.as_str()) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let caller = format!("{}:{}", claims.role, claims.sub);

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
    match claim {
        Claim::Run => {}
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
    }

    let response = next.call(req).await?;
    let status = response.status();
    if !keeps(status) {
        // The key goes back, so that a retry runs (nothing was done, or it must be redone).
        if let Err(e) = idempotent_requests::release(&state.db, &caller, &key).await {
            tracing::warn!(cause = %e, "an idempotency key was not given back");
        }
        return Ok(response.map_into_boxed_body());
    }
    let (request, response) = response.into_parts();
    let (head, body) = response.into_parts();
    let bytes = match actix_web::body::to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(_) => {
            let _ = idempotent_requests::release(&state.db, &caller, &key).await;
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
        Answer {
            status: status.as_u16(),
            content_type: content_type.as_deref(),
            location: location.as_deref(),
            body: &text,
        },
    )
    .await;
    if let Err(e) = kept {
        // The work is done and answered; a retry within a minute meets 409, later it runs
        // again (the key counts as abandoned).
        tracing::warn!(cause = %e, "an idempotent answer was not kept");
    }
    Ok(ServiceResponse::new(
        request,
        head.set_body(bytes).map_into_boxed_body(),
    ))
}
