//! An uploaded CSV file: its content type and a size limit read while it streams in.

use actix_web::http::header;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

use crate::error::ApiError;

/// An import file may be at most this large.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

pub async fn read_limited(
    req: &HttpRequest,
    mut payload: web::Payload,
) -> Result<Vec<u8>, ApiError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_IMPORT_BYTES) {
        return Err(ApiError::PayloadTooLarge {
            limit: MAX_IMPORT_BYTES,
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| ApiError::Malformed(e.to_string()))?;
        if body.len() + chunk.len() > MAX_IMPORT_BYTES {
            return Err(ApiError::PayloadTooLarge {
                limit: MAX_IMPORT_BYTES,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

pub fn is_csv(req: &HttpRequest) -> bool {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    // Browsers label .csv files differently per platform; Excel's is the odd one.
    matches!(
        content_type.as_str(),
        "text/csv" | "text/plain" | "application/csv" | "application/vnd.ms-excel" | ""
    )
}
