//! Server errors leave with an opaque body that carries the request id, and nothing else.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpResponse};
use overstap_api_types::{ErrorCode, ErrorResponse, Problem};
use tracing_actix_web::RequestId;

const REQUEST_ID_HEADER: &str = "x-request-id";

pub async fn opaque_server_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut response = next.call(req).await?.map_into_boxed_body();
    if response.status().is_server_error() {
        let code = if response.status().as_u16() == 503 {
            ErrorCode::Unavailable
        } else {
            ErrorCode::Internal
        };
        let message = "Something went wrong on our side; quote the request id when reporting it.";
        let body = ErrorResponse {
            problem: Problem::of(code, response.status().as_u16(), message),
            code,
            message: message.to_owned(),
            details: None,
            request_id: Some(request_id.clone()),
        };
        let status = response.status();
        let retry_after = response.headers().get("retry-after").cloned();
        response = response.into_response({
            let mut r = HttpResponse::build(status);
            if let Some(value) = retry_after {
                r.insert_header(("retry-after", value));
            }
            crate::error::problem_json(&mut r, &body)
        });
    }
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response
            .headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    Ok(response)
}
