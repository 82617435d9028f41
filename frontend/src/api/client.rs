//! HTTP plumbing: JSON in and out, the bearer token, one shared refresh after a 401.

use std::cell::RefCell;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use overstap_api_types::{ErrorCode, ErrorResponse, RefreshRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::ApiError;
use super::tokens;

const BASE: &str = "/api/v1";
const JSON: &str = "application/json";

/// What a request carries.
#[derive(Clone, Copy)]
pub enum Body<'a> {
    Empty,
    Json(&'a str),
    /// A file as the person chose it (an import); the browser streams it.
    File {
        file: &'a web_sys::Blob,
        content_type: &'static str,
    },
}

type Renewal = Shared<LocalBoxFuture<'static, Result<(), ApiError>>>;

thread_local! {
    /// The refresh in flight: concurrent 401s must share it, as a refresh token works only once.
    static RENEWAL: RefCell<Option<Renewal>> = const { RefCell::new(None) };
    static ON_EXPIRED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    static ON_SETUP_REQUIRED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Registers what to do when the server refuses a request until two-step sign-in is set up
/// (the UI takes the person to its set-up page).
pub fn on_two_step_setup_required(hook: impl Fn() + 'static) {
    ON_SETUP_REQUIRED.with(|cell| *cell.borrow_mut() = Some(Rc::new(hook)));
}

/// Tells the UI when `result` is the refusal "set up two-step sign-in first".
fn notice_setup_required(result: Result<Response, ApiError>) -> Result<Response, ApiError> {
    if let Err(error) = &result
        && error.code() == Some(ErrorCode::OneTimePasswordSetupRequired)
        && let Some(hook) = ON_SETUP_REQUIRED.with(|cell| cell.borrow().clone())
    {
        hook();
    }
    result
}

/// Registers what to do when the session turns out to be over (the UI forgets the person).
pub fn on_session_expired(hook: impl Fn() + 'static) {
    ON_EXPIRED.with(|cell| *cell.borrow_mut() = Some(Rc::new(hook)));
}

/// POSTs JSON outside the refresh logic (sign-in, activation, refresh, sign-out), asking for
/// the refresh token as the HttpOnly cookie instead of in the JSON answer.
pub async fn post<B: Serialize>(
    path: &str,
    body: &B,
    bearer: Option<&str>,
) -> Result<Response, ApiError> {
    let body = to_json(body)?;
    let cookie = Some(("Overstap-Refresh-Cookie", "true"));
    checked(send(Method::POST, path, Body::Json(&body), JSON, bearer, cookie).await?).await
}

/// GETs `path` as the signed-in person and reads the JSON answer.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    read_json(authorized(Method::GET, path, Body::Empty).await?).await
}

/// Sends `body` as JSON as the signed-in person and reads the JSON answer.
pub async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let json = to_json(body)?;
    read_json(authorized(method, path, Body::Json(&json)).await?).await
}

/// Like `send_json`, with an `Idempotency-Key` header: a retry with the same key is answered
/// with the first outcome instead of acting twice.
pub async fn send_json_once<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: &B,
    idempotency_key: &str,
) -> Result<T, ApiError> {
    let json = to_json(body)?;
    let extra = Some(("Idempotency-Key", idempotency_key));
    let response = authorized_with(method, path, Body::Json(&json), JSON, extra).await?;
    read_json(response).await
}

/// GETs a file (an export) as the signed-in person: its bytes, whatever their type.
pub async fn download(path: &str, accept: &str) -> Result<Vec<u8>, ApiError> {
    let response = authorized_accepting(Method::GET, path, Body::Empty, accept).await?;
    let status = response.status();
    response
        .binary()
        .await
        .map_err(|_| ApiError::Unreadable { status })
}

/// Sends a request with the access token, renewing the token pair once if the server says the
/// access token expired.
pub async fn authorized(method: Method, path: &str, body: Body<'_>) -> Result<Response, ApiError> {
    authorized_with(method, path, body, JSON, None).await
}

async fn authorized_accepting(
    method: Method,
    path: &str,
    body: Body<'_>,
    accept: &str,
) -> Result<Response, ApiError> {
    authorized_with(method, path, body, accept, None).await
}

async fn authorized_with(
    method: Method,
    path: &str,
    body: Body<'_>,
    accept: &str,
    extra: Option<(&str, &str)>,
) -> Result<Response, ApiError> {
    let token = tokens::access_token().ok_or_else(session_expired)?;
    let result =
        match checked(send(method.clone(), path, body, accept, Some(&token), extra).await?).await {
            Err(error) if error.code() == Some(ErrorCode::Unauthenticated) => {
                renew(&token).await?;
                let token = tokens::access_token().ok_or_else(session_expired)?;
                match checked(send(method, path, body, accept, Some(&token), extra).await?).await {
                    Err(error) if error.code() == Some(ErrorCode::Unauthenticated) => {
                        Err(session_expired())
                    }
                    other => other,
                }
            }
            other => other,
        };
    notice_setup_required(result)
}

pub async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    response
        .json::<T>()
        .await
        .map_err(|_| ApiError::Unreadable { status })
}

fn to_json<B: Serialize>(body: &B) -> Result<String, ApiError> {
    // The request DTOs always serialise; this only keeps the failure typed.
    serde_json::to_string(body).map_err(|_| ApiError::Unreadable { status: 0 })
}

async fn send(
    method: Method,
    path: &str,
    body: Body<'_>,
    accept: &str,
    bearer: Option<&str>,
    extra: Option<(&str, &str)>,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&format!("{BASE}{path}"))
        .method(method)
        .header("Accept", accept);
    if let Some(token) = bearer {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    if let Some((name, value)) = extra {
        builder = builder.header(name, value);
    }
    let request = match body {
        Body::Empty => builder.build(),
        Body::Json(json) => builder.header("Content-Type", JSON).body(json),
        Body::File { file, content_type } => builder
            .header("Content-Type", content_type)
            .body(file.clone()),
    };
    request
        .map_err(|_| ApiError::Network)?
        .send()
        .await
        .map_err(|_| ApiError::Network)
}

/// Passes a 2xx answer on and turns any other into `ApiError::Server`.
async fn checked(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let retry_after = response
        .headers()
        .get("Retry-After")
        .and_then(|value| value.trim().parse().ok());
    match response.json::<ErrorResponse>().await {
        Ok(error) => Err(ApiError::Server {
            status,
            error: Box::new(error),
            retry_after,
        }),
        Err(_) => Err(ApiError::Unreadable { status }),
    }
}

/// Exchanges the refresh token once, however many requests found `stale` expired at the same time.
async fn renew(stale: &str) -> Result<(), ApiError> {
    if tokens::access_token().as_deref() != Some(stale) {
        // Another request renewed the pair while this one was on its way.
        return Ok(());
    }
    let renewal = RENEWAL.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| exchange_refresh_token().boxed_local().shared())
            .clone()
    });
    let result = renewal.await;
    RENEWAL.with(|cell| cell.borrow_mut().take());
    result
}

async fn exchange_refresh_token() -> Result<(), ApiError> {
    // The refresh token is the HttpOnly cookie, sent by the browser; the page never sees it.
    let before = tokens::access_token().ok_or_else(session_expired)?;
    match super::refresh(&RefreshRequest {
        refresh_token: None,
    })
    .await
    {
        Ok(pair) => {
            tokens::store(&pair);
            Ok(())
        }
        // Another tab renewed the shared session first; its new access token is already stored.
        Err(ApiError::Server { .. })
            if tokens::access_token().is_some_and(|current| current != before) =>
        {
            Ok(())
        }
        // Refused (used, expired, revoked): the session is over. Anything else may pass.
        Err(ApiError::Server { status, .. }) if (400..500).contains(&status) && status != 429 => {
            Err(session_expired())
        }
        Err(other) => Err(other),
    }
}

/// Forgets the stored session, tells the UI, and returns the error to pass on.
fn session_expired() -> ApiError {
    tokens::clear();
    if let Some(hook) = ON_EXPIRED.with(|cell| cell.borrow().clone()) {
        hook();
    }
    ApiError::SessionExpired
}
