//! Helpers for the primary-school workspace tests: pupil data and corrections, the outbox,
//! putting a registration into a given status, and raw requests for bodies outside the contract.

use overstap_api_types::{Advice, PupilDataRequest, PupilResponse};
use overstap_domain::preference::{ListDraft, ListEntry};
use overstap_domain::registration::{Registration, RegistrationParts};
use overstap_domain::{PupilId, RegistrationStatus};
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::registrations::{self, BoardCell};
use overstap_persistence::{pupils, schools};
use reqwest::{Method, Response};
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;
use time::macros::date;

use crate::client::Reply;
use crate::helpers::TestApp;

impl TestApp {
    /// A raw request, for what the typed client cannot send (bodies outside the contract).
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
    /// with PUT.
    pub async fn correct_pupil(
        &self,
        pupil: PupilId,
        change: impl FnOnce(&mut PupilDataRequest),
    ) -> Reply<PupilResponse> {
        let staff = self.access_token(&self.a.po_staff).await;
        let api = self.api(&staff);
        let mut body = pupil_data(api.get_pupil(pupil).await.ok());
        change(&mut body);
        api.correct_pupil(pupil, &body).await
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
        let programme =
            schools::list_programmes(&self.db, self.a.vo_school_id, record.procedure_id)
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
pub fn pupil_body(external_id: &str, email: &str) -> PupilDataRequest {
    PupilDataRequest {
        external_id: external_id.to_owned(),
        first_name: "Noor".to_owned(),
        last_name: "van Dam".to_owned(),
        class_name: "8B".to_owned(),
        birth_date: date!(2014 - 02 - 28),
        advice: Advice::HavoVwo.into(),
        lwoo: false,
        home_town: "Uithoorn".to_owned(),
        parent_email: email.to_owned(),
        twin_pupil_id: None,
    }
}

/// The data of a stored pupil as the correct endpoint takes it back.
pub fn pupil_data(pupil: PupilResponse) -> PupilDataRequest {
    PupilDataRequest {
        external_id: pupil.external_id,
        first_name: pupil.first_name,
        last_name: pupil.last_name,
        class_name: pupil.class_name,
        birth_date: pupil.birth_date,
        advice: pupil.advice.into(),
        lwoo: pupil.lwoo,
        home_town: pupil.home_town,
        parent_email: pupil.parent_email,
        twin_pupil_id: pupil.twin_pupil_id,
    }
}
