//! The typed test client: one method per endpoint, named after its operation id, sending the
//! `overstap-api-types` requests and reading their responses. Paths are spelled only here.

mod api_clients;
mod audit_log;
mod auth;
mod coordinator;
mod parent;
mod po;
mod procedures;
mod region_settings;
mod reply;
mod school_directory;
mod staff;
mod vo;

pub use reply::{Reply, Text, facts, field_codes};

use std::fmt::Write as _;

use overstap_domain::{ProgrammeId, PupilId, RegistrationId, SchoolId};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::helpers::TestApp;

impl TestApp {
    /// The API as the holder of `token` calls it.
    pub fn api<'a>(&'a self, token: &'a str) -> Api<'a> {
        Api {
            app: self,
            token: Some(token),
            headers: Vec::new(),
        }
    }

    /// The API as someone who is not signed in calls it.
    pub fn anonymous(&self) -> Api<'_> {
        Api {
            app: self,
            token: None,
            headers: Vec::new(),
        }
    }
}

/// A caller of the API: the app, a bearer token (or none) and extra request headers.
#[derive(Clone)]
pub struct Api<'a> {
    app: &'a TestApp,
    token: Option<&'a str>,
    headers: Vec<(&'static str, String)>,
}

/// What a request carries.
enum Payload {
    Empty,
    Json(Value),
    Csv(String),
    /// `application/x-www-form-urlencoded`, already encoded.
    Form(String),
}

impl Payload {
    fn json(body: &impl Serialize) -> Self {
        Payload::Json(serde_json::to_value(body).expect("a request body serialises"))
    }
}

impl Api<'_> {
    /// Sends `name: value` with every request of this caller.
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sends `payload` to `method path`, whose success status is `success`.
    async fn send<T>(
        &self,
        method: Method,
        path: &str,
        payload: Payload,
        success: StatusCode,
    ) -> Reply<T> {
        let mut request = self.app.client.request(method.clone(), self.app.url(path));
        if let Some(token) = self.token {
            request = request.bearer_auth(token);
        }
        for (name, value) in &self.headers {
            request = request.header(*name, value);
        }
        request = match payload {
            Payload::Empty => request,
            Payload::Json(body) => request.json(&body),
            Payload::Csv(text) => request.header("content-type", "text/csv").body(text),
            Payload::Form(text) => request
                .header("content-type", "application/x-www-form-urlencoded")
                .body(text),
        };
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap();
        Reply::new(format!("{method} {path}"), status, headers, body, success)
    }

    async fn get<T>(&self, path: &str) -> Reply<T> {
        self.send(Method::GET, path, Payload::Empty, StatusCode::OK)
            .await
    }

    async fn post<T>(&self, path: &str, body: &impl Serialize, success: StatusCode) -> Reply<T> {
        self.send(Method::POST, path, Payload::json(body), success)
            .await
    }

    async fn post_empty<T>(&self, path: &str, success: StatusCode) -> Reply<T> {
        self.send(Method::POST, path, Payload::Empty, success).await
    }

    async fn put<T>(&self, path: &str, body: &impl Serialize, success: StatusCode) -> Reply<T> {
        self.send(Method::PUT, path, Payload::json(body), success)
            .await
    }

    async fn delete<T>(&self, path: &str, success: StatusCode) -> Reply<T> {
        self.send(Method::DELETE, path, Payload::Empty, success)
            .await
    }

    async fn post_csv<T>(&self, path: &str, csv: String) -> Reply<T> {
        self.send(Method::POST, path, Payload::Csv(csv), StatusCode::OK)
            .await
    }
}

/// `path` with the set fields of `query` (an api-types query struct) as its query string.
fn with_query(path: &str, query: &impl Serialize) -> String {
    let Value::Object(fields) = serde_json::to_value(query).expect("a query serialises") else {
        panic!("a query is a struct");
    };
    let mut url = path.to_owned();
    for (n, (name, value)) in fields.iter().filter(|(_, v)| !v.is_null()).enumerate() {
        let text = match value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let separator = if n == 0 { '?' } else { '&' };
        write!(url, "{separator}{name}={}", encode(&text)).unwrap();
    }
    url
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// An id as it travels in a path: the wire's UUID, from any typed id the tests hold.
pub trait WireId: Copy {
    fn wire(self) -> Uuid;
}

impl WireId for Uuid {
    fn wire(self) -> Uuid {
        self
    }
}

macro_rules! wire_ids {
    ($($id:ty),+) => {$(
        impl WireId for $id {
            fn wire(self) -> Uuid {
                self.as_uuid()
            }
        }
    )+};
}

wire_ids!(PupilId, SchoolId, ProgrammeId, RegistrationId);
