//! A request body: one JSON object of the documented shape. `web::Json` alone would also take
//! a JSON array for a struct (serde reads a struct from its fields in order), so `[]` would be
//! an empty sign-out request; here anything but an object is a 400 `malformed_request`, as the
//! contract says. Size limit and error codes are the JSON extractor's (`startup::json_error`).

use std::future::Future;
use std::ops::Deref;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::JsonPayloadError;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T> JsonBody<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for JsonBody<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<JsonBody<T>, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let value = web::Json::<serde_json::Value>::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let web::Json(value) = value.await?;
            if !value.is_object() {
                return Err(
                    ApiError::Malformed("send the body as a JSON object".to_owned()).into(),
                );
            }
            serde_json::from_value(value)
                .map(JsonBody)
                .map_err(|e| crate::startup::json_error(JsonPayloadError::Deserialize(e), &req))
        })
    }
}
