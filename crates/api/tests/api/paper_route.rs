//! The paper route: a pupil who registers on paper gets no login by the bulk send and no
//! reminder, and the status board counts them apart instead of as "not registered".

use overstap_api_types::{
    Advice, AuditLogQuery, BulkSendLoginRequest, ErrorCode, PaperReason, PaperRouteBody,
    PaperRouteRequest, PupilListQuery, RegistrationStatus, ReminderRequest,
};
use reqwest::StatusCode;
use time::macros::{date, datetime};

use crate::client::{facts, field_codes};
use crate::helpers::spawn_app;
use crate::po_support::pupil_body;

fn route(reason: PaperReason, handed_in: Option<(time::Date, Option<&str>)>) -> PaperRouteRequest {
    PaperRouteRequest {
        paper_route: Some(PaperRouteBody {
            reason,
            handed_in_on: handed_in.map(|(on, _)| on),
            handed_in_to: handed_in.and_then(|(_, to)| to.map(str::to_owned)),
        }),
    }
}

#[tokio::test]
async fn a_paper_route_pupil_is_passed_by_and_counted_apart() {
    let app = spawn_app().await;
    // During the login dispatch (17–24 March 2026).
    app.clock.set(datetime!(2026-03-20 10:00 +01:00));
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let pupil = school
        .create_pupil(&pupil_body("papier-1", "papier@ouders.example"))
        .await
        .ok();
    let before = school.get_status_board().await.ok().counts;

    let refusal = school
        .set_paper_route(pupil.id, &route(PaperReason::Pro, None))
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&refusal), ["pro_needs_pro_advice"]);
    let recorded = school
        .set_paper_route(pupil.id, &route(PaperReason::Vso, None))
        .await
        .ok();
    assert_eq!(
        recorded.paper_route.as_ref().map(|r| r.reason),
        Some(PaperReason::Vso)
    );

    // Not "not registered": out of the attention list, counted under paper on the board.
    let attention = school
        .list_pupils(&PupilListQuery {
            needs_attention: Some(true),
            ..PupilListQuery::default()
        })
        .await
        .ok();
    assert!(attention.pupils.iter().all(|p| p.id != pupil.id));
    let board = school.get_status_board().await.ok();
    assert_eq!(board.counts.paper, before.paper + 1);
    assert_eq!(board.counts.wit, before.wit - 1);
    let on_board = board
        .classes
        .iter()
        .flat_map(|c| &c.pupils)
        .find(|p| p.id == pupil.id)
        .unwrap();
    assert_eq!(
        on_board.paper_route.as_ref().map(|r| r.reason),
        Some(PaperReason::Vso)
    );
    let board_token = app.access_token(&app.a.board_admin).await;
    let overview = app.api(&board_token).get_board_overview().await.ok();
    assert_eq!(overview.total.paper, 1);

    // The bulk send passes the pupil by, whether selected or "all not sent".
    let selected = school
        .send_logins(&BulkSendLoginRequest {
            pupil_ids: vec![pupil.id],
            all_not_sent: false,
        })
        .await
        .ok();
    assert!(selected.done.is_empty());
    assert_eq!(selected.skipped.len(), 1);
    assert_eq!(selected.skipped[0].code, ErrorCode::PaperRoute);
    let all = school
        .send_logins(&BulkSendLoginRequest {
            pupil_ids: Vec::new(),
            all_not_sent: true,
        })
        .await
        .ok();
    assert!(!all.done.contains(&pupil.id));
    assert_eq!(
        school.get_pupil(pupil.id).await.ok().status,
        RegistrationStatus::Wit
    );
    let after_send = school.get_status_board().await.ok().counts;
    assert_eq!(after_send.paper, 1);

    // Handed in: not after today, and at a named school; then the route stays until undone.
    let tomorrow = school
        .set_paper_route(
            pupil.id,
            &route(
                PaperReason::Vso,
                Some((date!(2026 - 03 - 21), Some("De Bascule"))),
            ),
        )
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        tomorrow.details.unwrap().fields[0].field,
        "paper_route.handed_in_on"
    );
    let nowhere = school
        .set_paper_route(
            pupil.id,
            &route(PaperReason::Vso, Some((date!(2026 - 03 - 20), None))),
        )
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&nowhere), ["required"]);
    let handed_in = school
        .set_paper_route(
            pupil.id,
            &route(
                PaperReason::Vso,
                Some((date!(2026 - 03 - 20), Some(" De Bascule "))),
            ),
        )
        .await
        .ok();
    let stored = handed_in.paper_route.unwrap();
    assert_eq!(stored.handed_in_on, Some(date!(2026 - 03 - 20)));
    assert_eq!(stored.handed_in_to.as_deref(), Some("De Bascule"));
    let ended = school
        .set_paper_route(pupil.id, &PaperRouteRequest::default())
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::Conflict);
    assert_eq!(facts(&ended)["reason"], "handed_in");

    // In the registration week no reminder goes to the paper-route pupil.
    app.clock.set(datetime!(2026-03-26 10:00 +01:00));
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let reminded = school
        .send_reminders(&ReminderRequest {
            pupil_ids: vec![pupil.id],
        })
        .await
        .ok();
    assert!(reminded.done.is_empty());
    assert_eq!(reminded.skipped[0].code, ErrorCode::PaperRoute);

    // Undo the hand-in, then end the route: the pupil counts as wit again.
    school
        .set_paper_route(pupil.id, &route(PaperReason::Vso, None))
        .await
        .ok();
    let back = school
        .set_paper_route(pupil.id, &PaperRouteRequest::default())
        .await
        .ok();
    assert_eq!(back.paper_route, None);
    let board = school.get_status_board().await.ok();
    assert_eq!(
        (board.counts.paper, board.counts.wit),
        (after_send.paper - 1, after_send.wit + 1)
    );

    // A confirmed list stays: the parent must withdraw it first.
    let confirmed = app.a.pupil_ids[1];
    app.put_in_status(confirmed, overstap_domain::RegistrationStatus::Av)
        .await;
    school
        .set_paper_route(confirmed.as_uuid(), &route(PaperReason::Parent, None))
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::NotAllowedInStatus);

    // A parent whose child the school put on the paper route cannot register online.
    let parent_token = app.access_token(&app.a.parent).await;
    school
        .set_paper_route(
            app.a.pupil_ids[0].as_uuid(),
            &route(PaperReason::Parent, None),
        )
        .await
        .ok();
    app.save_list(&parent_token, &[app.a.vo_programme_id], None)
        .await
        .refused(StatusCode::CONFLICT, ErrorCode::PaperRoute);

    let audit = app
        .api(&app.access_token(&app.coordinator).await)
        .list_audit_log(&AuditLogQuery {
            action: Some("pupil.paper_route_set".to_owned()),
            ..AuditLogQuery::default()
        })
        .await
        .ok();
    // Recorded, handed in, undone, ended (four changes; refusals write nothing), then the
    // parent's child.
    assert_eq!(audit.entries.len(), 5);
    let own: Vec<_> = audit
        .entries
        .iter()
        .filter(|e| e.pupil_id == Some(pupil.id))
        .collect();
    assert_eq!(own.len(), 4);
    assert!(own.iter().all(|e| e.details.get("handed_in_to").is_none()));
}

#[tokio::test]
async fn the_advice_of_a_pupil_on_the_pro_paper_route_stays_pro_until_the_route_changes() {
    let app = spawn_app().await;
    app.clock.set(datetime!(2026-03-20 10:00 +01:00));
    let token = app.access_token(&app.a.po_staff).await;
    let school = app.api(&token);
    let mut body = pupil_body("pro-1", "pro@ouders.example");
    body.advice = Advice::Pro.into();
    let pupil = school.create_pupil(&body).await.ok();
    school
        .set_paper_route(pupil.id, &route(PaperReason::Pro, None))
        .await
        .ok();
    let mut havo = body.clone();
    havo.advice = Advice::Havo.into();
    let refusal = school
        .correct_pupil(pupil.id, &havo)
        .await
        .refusal(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&refusal), ["paper_route_pro"]);
    let unchanged = school.get_pupil(pupil.id).await.ok();
    assert_eq!(unchanged.advice, Advice::Pro);
    // Another reason (the parent's choice) lets the advice change.
    school
        .set_paper_route(pupil.id, &route(PaperReason::Parent, None))
        .await
        .ok();
    let corrected = school.correct_pupil(pupil.id, &havo).await.ok();
    assert_eq!(corrected.advice, Advice::Havo);
}
