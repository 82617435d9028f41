//! Helpers for the primary-school workspace tests: any-method requests, the outbox, and
//! putting a registration into a given status.

use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{PupilId, RegistrationStatus};
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::{pupils, schools};
use reqwest::{Method, Response};
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;

use crate::helpers::TestApp;

impl TestApp {
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        request.send().await.unwrap()
    }

    /// Tenant a's PO staff corrects `pupil`: the stored record, changed by `change`, sent back
    /// with PUT (fields of the response that the request does not have are ignored).
    pub async fn correct_pupil(&self, pupil: PupilId, change: impl FnOnce(&mut Value)) -> Response {
        let staff = self.access_token(&self.a.po_staff).await;
        let path = format!("/api/v1/school/pupils/{pupil}");
        let mut body: Value = self
            .call(Method::GET, &path, Some(&staff), None)
            .await
            .json()
            .await
            .unwrap();
        change(&mut body);
        self.call(Method::PUT, &path, Some(&staff), Some(&body))
            .await
    }

    /// The outbox messages to `recipient`, oldest first.
    /// (Messages stored as template parameters are rendered, as the worker would; those whose
    /// link is minted at delivery are delivered into the mailbox first, as the development
    /// mailbox does.)
    pub async fn outbox_to(&self, recipient: &str) -> Vec<mail_outbox::Model> {
        let all = mail_outbox::Entity::find()
            .order_by_asc(mail_outbox::Column::CreatedAt)
            .all(&self.db)
            .await
            .unwrap();
        let now = self.clock.now();
        let delivered =
            overstap_api::mail::mailbox::deliver(&self.db, all, "http://localhost:8080", now)
                .await
                .unwrap();
        let mut rows: Vec<_> = delivered
            .into_iter()
            .filter(|row| row.recipient == recipient)
            .collect();
        for row in &mut rows {
            overstap_api::mail::deferred::render(row).unwrap();
        }
        rows
    }

    /// Forces a pupil's registration into `status` (AG and AV get a one-programme draft).
    pub async fn put_in_status(&self, pupil: PupilId, status: RegistrationStatus) {
        let stored = registrations::find_for_pupil(&self.db, pupil)
            .await
            .unwrap()
            .unwrap();
        let record = pupils::find(&self.db, pupil).await.unwrap().unwrap();
        let programme = schools::list_programmes(&self.db, self.a.vo_school_id)
            .await
            .unwrap()[0]
            .id;
        let draft =
            matches!(status, RegistrationStatus::Ag | RegistrationStatus::Av).then(|| ListDraft {
                entries: vec![ListEntry {
                    programme,
                    priority_claim: None,
                }],
                twin: None,
            });
        let next = Registration::restore(RegistrationParts {
            status,
            login_version: u32::from(status != RegistrationStatus::Wit),
            draft,
            ..stored.registration.to_parts()
        })
        .unwrap();
        let cell = BoardCell {
            school: record.school_id,
            class_name: &record.class_name,
        };
        assert!(
            registrations::save(&self.db, &stored, &next, cell, self.clock.now())
                .await
                .unwrap()
        );
    }
}

/// A valid pupil body for the create and correct endpoints.
pub fn pupil_body(external_id: &str, email: &str) -> Value {
    serde_json::json!({
        "external_id": external_id,
        "first_name": "Noor",
        "last_name": "van Dam",
        "class_name": "8B",
        "birth_date": "2014-02-28",
        "advice": "havo/vwo",
        "lwoo": false,
        "home_town": "Uithoorn",
        "parent_email": email,
        "twin_pupil_id": null
    })
}

impl TestApp {
    /// POSTs a CSV file the way a browser or an administration system does.
    pub async fn upload_csv(&self, path: &str, token: Option<&str>, csv: String) -> Response {
        let mut request = self
            .client
            .post(self.url(path))
            .header("content-type", "text/csv")
            .body(csv);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }
}
