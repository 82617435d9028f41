//! The development mailbox: the outbox, readable when no SMTP server is configured, so a
//! newcomer can open the login link of the demo. Not part of the OpenAPI contract.

use std::fmt::Write;

use actix_web::ResponseError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::{Next, from_fn};
use actix_web::{HttpResponse, web};
use overstap_api_types::{MailMessageResponse, MailboxResponse};
use overstap_persistence::entities::mail_outbox;
use overstap_persistence::outbox;

use crate::error::ApiError;
use crate::mail::render::escape_html as escape;
use crate::state::AppState;

const SHOWN: u64 = 200;

/// Whether the mailbox may be shown: development, and no SMTP server.
#[derive(Debug, Clone, Copy)]
struct Enabled(bool);

/// Registers `/api/v1/dev/mailbox` and `/dev/mailbox`; both answer 404 unless `enabled`, and
/// to any client that is not on this machine (loopback), since the mailbox shows every login link.
/// Register before the `/api/v1` scope, which would otherwise answer the first.
pub fn configure(cfg: &mut web::ServiceConfig, enabled: bool) {
    let enabled = web::Data::new(Enabled(enabled));
    cfg.service(
        web::resource("/api/v1/dev/mailbox")
            .app_data(enabled.clone())
            .wrap(from_fn(loopback_only))
            .route(web::get().to(get_mailbox)),
    )
    .service(
        web::resource("/dev/mailbox")
            .app_data(enabled)
            .wrap(from_fn(loopback_only))
            .route(web::get().to(mailbox_page)),
    );
}

/// 404 unless the connection comes from loopback and no proxy says it forwards someone else.
async fn loopback_only(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody + 'static>>, actix_web::Error> {
    let peer_is_loopback = req.peer_addr().is_some_and(|addr| addr.ip().is_loopback());
    let forwarded = req.headers().contains_key("x-forwarded-for")
        || req
            .headers()
            .contains_key(actix_web::http::header::FORWARDED);
    if peer_is_loopback && !forwarded {
        Ok(next.call(req).await?.map_into_left_body())
    } else {
        // A response, not an `Err`, so the outer middlewares (security headers) still see it.
        Ok(req
            .into_response(ApiError::NotFound.error_response())
            .map_into_right_body())
    }
}

async fn messages(state: &AppState, enabled: Enabled) -> Result<Vec<mail_outbox::Model>, ApiError> {
    if !enabled.0 {
        return Err(ApiError::NotFound);
    }
    let latest = outbox::latest(&state.db, SHOWN).await?;
    let mut rows =
        crate::mail::mailbox::deliver(&state.db, latest, &state.public_url, state.clock.now())
            .await?;
    for row in &mut rows {
        if let Err(error) = crate::mail::deferred::render(row) {
            row.subject = error;
        }
    }
    Ok(rows)
}

/// The newest messages first (at most 200).
async fn get_mailbox(
    state: web::Data<AppState>,
    enabled: web::Data<Enabled>,
) -> Result<web::Json<MailboxResponse>, ApiError> {
    let messages = messages(&state, **enabled).await?;
    Ok(web::Json(MailboxResponse {
        messages: messages
            .into_iter()
            .map(|m| MailMessageResponse {
                id: m.id,
                recipient: m.recipient,
                subject: m.subject,
                body_text: m.body_text,
                body_html: m.body_html,
                status: crate::dto::mail_status(m.status.0),
                created_at: m.created_at,
            })
            .collect(),
    }))
}

/// The same messages as a page; each body in a sandboxed frame whose links open a new tab.
async fn mailbox_page(
    state: web::Data<AppState>,
    enabled: web::Data<Enabled>,
) -> Result<HttpResponse, ApiError> {
    let messages = messages(&state, **enabled).await?;
    let mut page = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Development mailbox · Overstap</title>\n</head>\n\
         <body style=\"margin:0 auto;max-width:760px;padding:16px;\
         font-family:Arial,Helvetica,sans-serif;\">\n\
         <h1 style=\"font-size:22px;\">Development mailbox</h1>\n\
         <p>E-mail the server would have sent; no SMTP server is configured. Newest first. \
         <a href=\"/dev/mailbox\">Refresh</a></p>\n",
    );
    if messages.is_empty() {
        page.push_str("<p data-testid=\"mailbox-empty\">No messages yet.</p>\n");
    }
    for m in &messages {
        let body = m
            .body_html
            .replacen("<head>", "<head><base target=\"_blank\">", 1);
        let _ = write!(
            page,
            "<article data-testid=\"mail\" style=\"border:1px solid #d1d5db;border-radius:8px;\
             margin:0 0 24px;padding:12px;\">\n\
             <h2 style=\"font-size:18px;margin:0 0 4px;\" data-testid=\"mail-subject\">\
             {subject}</h2>\n\
             <p style=\"margin:0 0 8px;color:#4b5563;font-size:14px;\">\
             To <span data-testid=\"mail-recipient\">{recipient}</span> \
             · {created} UTC · {status}</p>\n\
             <iframe title=\"{subject}\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\" \
             srcdoc=\"{body}\" style=\"width:100%;height:560px;border:0;\"></iframe>\n\
             <details><summary>Plain text</summary>\
             <pre style=\"white-space:pre-wrap;\">{text}</pre></details>\n\
             </article>\n",
            subject = escape(&m.subject),
            recipient = escape(&m.recipient),
            created = m
                .created_at
                .to_offset(time::UtcOffset::UTC)
                .format(&time::macros::format_description!(
                    "[year]-[month]-[day] [hour]:[minute]:[second]"
                ))
                .unwrap_or_default(),
            status = m.status.0.as_str(),
            body = escape(&body),
            text = escape(&m.body_text),
        );
    }
    page.push_str("</body>\n</html>\n");
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(page))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use actix_web::{App, http::StatusCode, test};

    use super::{Enabled, loopback_only};
    use actix_web::middleware::from_fn;
    use actix_web::{HttpResponse, web};

    #[actix_web::test]
    async fn the_mailbox_guard_refuses_a_client_from_another_machine() {
        let app = test::init_service(
            App::new().app_data(web::Data::new(Enabled(true))).service(
                web::resource("/dev/mailbox")
                    .wrap(from_fn(loopback_only))
                    .route(web::get().to(HttpResponse::Ok)),
            ),
        )
        .await;
        for (peer, expected) in [
            ("127.0.0.1:40000", StatusCode::OK),
            ("[::1]:40000", StatusCode::OK),
            ("192.0.2.10:40000", StatusCode::NOT_FOUND),
            ("[2001:db8::1]:40000", StatusCode::NOT_FOUND),
        ] {
            let request = test::TestRequest::get()
                .uri("/dev/mailbox")
                .peer_addr(peer.parse().unwrap())
                .to_request();
            let response = test::call_service(&app, request).await;
            assert_eq!(response.status(), expected, "{peer}");
        }
    }
}
