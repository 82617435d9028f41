//! Mapping records and domain values onto the JSON contract of `overstap-api-types`.

use overstap_api_types as api;
use overstap_domain::{
    Advice, OfferOutcome, PriorityRuleKind, PriorityVerdict, RegistrationStatus, Role, RunKind,
    SchoolKind,
};
use overstap_persistence::outbox::MailStatus;
use overstap_persistence::priority::Decision;
use overstap_persistence::{boards::Board, pupils::Pupil, schools};

pub fn role(role: Role) -> api::Role {
    match role {
        Role::Parent => api::Role::Parent,
        Role::PoStaff => api::Role::PoStaff,
        Role::VoStaff => api::Role::VoStaff,
        Role::BoardAdmin => api::Role::BoardAdmin,
        Role::Coordinator => api::Role::Coordinator,
    }
}

/// The role a request names, in the domain's terms.
pub fn role_of(role: api::Role) -> Role {
    match role {
        api::Role::Parent => Role::Parent,
        api::Role::PoStaff => Role::PoStaff,
        api::Role::VoStaff => Role::VoStaff,
        api::Role::BoardAdmin => Role::BoardAdmin,
        api::Role::Coordinator => Role::Coordinator,
    }
}

pub fn phase(phase: overstap_domain::Phase) -> api::Phase {
    use overstap_domain::Phase;
    match phase {
        Phase::LoginDispatch => api::Phase::LoginDispatch,
        Phase::Registration => api::Phase::Registration,
        Phase::PriorityVerification => api::Phase::PriorityVerification,
        Phase::Placement => api::Phase::Placement,
        Phase::Publication => api::Phase::Publication,
        Phase::Round2 => api::Phase::Round2,
    }
}

pub fn status(status: RegistrationStatus) -> api::RegistrationStatus {
    match status {
        RegistrationStatus::Wit => api::RegistrationStatus::Wit,
        RegistrationStatus::Blauw => api::RegistrationStatus::Blauw,
        RegistrationStatus::Groen => api::RegistrationStatus::Groen,
        RegistrationStatus::Ag => api::RegistrationStatus::Ag,
        RegistrationStatus::Av => api::RegistrationStatus::Av,
    }
}

pub fn status_in(status: api::RegistrationStatus) -> RegistrationStatus {
    match status {
        api::RegistrationStatus::Wit => RegistrationStatus::Wit,
        api::RegistrationStatus::Blauw => RegistrationStatus::Blauw,
        api::RegistrationStatus::Groen => RegistrationStatus::Groen,
        api::RegistrationStatus::Ag => RegistrationStatus::Ag,
        api::RegistrationStatus::Av => RegistrationStatus::Av,
    }
}

pub fn advice(advice: Advice) -> api::Advice {
    match advice {
        Advice::Pro => api::Advice::Pro,
        Advice::VmboB => api::Advice::VmboB,
        Advice::VmboBK => api::Advice::VmboBK,
        Advice::VmboK => api::Advice::VmboK,
        Advice::VmboGT => api::Advice::VmboGT,
        Advice::VmboGTHavo => api::Advice::VmboGTHavo,
        Advice::Havo => api::Advice::Havo,
        Advice::HavoVwo => api::Advice::HavoVwo,
        Advice::Vwo => api::Advice::Vwo,
    }
}

pub fn advice_in(advice: api::Advice) -> Advice {
    match advice {
        api::Advice::Pro => Advice::Pro,
        api::Advice::VmboB => Advice::VmboB,
        api::Advice::VmboBK => Advice::VmboBK,
        api::Advice::VmboK => Advice::VmboK,
        api::Advice::VmboGT => Advice::VmboGT,
        api::Advice::VmboGTHavo => Advice::VmboGTHavo,
        api::Advice::Havo => Advice::Havo,
        api::Advice::HavoVwo => Advice::HavoVwo,
        api::Advice::Vwo => Advice::Vwo,
    }
}

pub fn run_kind(kind: RunKind) -> api::RunKind {
    match kind {
        RunKind::Dry => api::RunKind::Dry,
        RunKind::Official => api::RunKind::Official,
    }
}

pub fn run_kind_in(kind: api::RunKind) -> RunKind {
    match kind {
        api::RunKind::Dry => RunKind::Dry,
        api::RunKind::Official => RunKind::Official,
    }
}

pub fn offer_outcome(outcome: OfferOutcome) -> api::OfferOutcome {
    match outcome {
        OfferOutcome::Accepted => api::OfferOutcome::Accepted,
        OfferOutcome::Declined => api::OfferOutcome::Declined,
    }
}

pub fn offer_outcome_in(outcome: api::OfferOutcome) -> OfferOutcome {
    match outcome {
        api::OfferOutcome::Accepted => OfferOutcome::Accepted,
        api::OfferOutcome::Declined => OfferOutcome::Declined,
    }
}

pub fn rule_kind(kind: PriorityRuleKind) -> api::PriorityRuleKind {
    match kind {
        PriorityRuleKind::Sibling => api::PriorityRuleKind::Sibling,
        PriorityRuleKind::StaffChild => api::PriorityRuleKind::StaffChild,
        PriorityRuleKind::Hardship => api::PriorityRuleKind::Hardship,
        PriorityRuleKind::Kopklas => api::PriorityRuleKind::Kopklas,
    }
}

pub fn rule_kind_in(kind: api::PriorityRuleKind) -> PriorityRuleKind {
    match kind {
        api::PriorityRuleKind::Sibling => PriorityRuleKind::Sibling,
        api::PriorityRuleKind::StaffChild => PriorityRuleKind::StaffChild,
        api::PriorityRuleKind::Hardship => PriorityRuleKind::Hardship,
        api::PriorityRuleKind::Kopklas => PriorityRuleKind::Kopklas,
    }
}

pub fn verdict(verdict: PriorityVerdict) -> api::vo::PriorityVerdict {
    match verdict {
        PriorityVerdict::Approved => api::vo::PriorityVerdict::Approved,
        PriorityVerdict::Rejected => api::vo::PriorityVerdict::Rejected,
    }
}

/// The school's verdict on a priority claim, as the VO school sees it.
pub fn priority_decision(decision: Decision) -> api::vo::PriorityDecisionResponse {
    api::vo::PriorityDecisionResponse {
        registration_id: decision.registration_id.as_uuid(),
        decision: verdict(decision.verdict),
        reason: decision.reason,
        decided_by: decision.decided_by.as_uuid(),
        decided_at: decision.decided_at,
    }
}

pub fn verdict_in(verdict: api::vo::PriorityVerdict) -> PriorityVerdict {
    match verdict {
        api::vo::PriorityVerdict::Approved => PriorityVerdict::Approved,
        api::vo::PriorityVerdict::Rejected => PriorityVerdict::Rejected,
    }
}

pub fn round2_reason(reason: overstap_domain::round2::Round2Reason) -> api::Round2Reason {
    use overstap_domain::round2::Round2Reason;
    match reason {
        Round2Reason::Unplaced => api::Round2Reason::Unplaced,
        Round2Reason::Withdrawn => api::Round2Reason::Withdrawn,
    }
}

pub fn mail_status(status: MailStatus) -> api::MailStatus {
    match status {
        MailStatus::Pending => api::MailStatus::Pending,
        MailStatus::Sent => api::MailStatus::Sent,
        MailStatus::Failed => api::MailStatus::Failed,
    }
}

pub fn school(school: schools::School) -> api::SchoolResponse {
    api::SchoolResponse {
        id: school.id.as_uuid(),
        kind: match school.kind {
            SchoolKind::Po => api::SchoolKind::Po,
            SchoolKind::Vo => api::SchoolKind::Vo,
        },
        name: school.name,
        town: school.town,
        code: school.code,
        contact_email: school.contact_email,
        contact_phone: school.contact_phone,
        website: school.website,
        board_id: school.board_id.as_uuid(),
        priority_rule: school.priority_rule.map(rule_kind),
        active: school.active,
    }
}

pub fn board(board: Board) -> api::BoardSummary {
    api::BoardSummary {
        id: board.id.as_uuid(),
        name: board.name,
        active: board.active,
    }
}

pub fn programme(p: schools::Programme) -> api::ProgrammeResponse {
    api::ProgrammeResponse {
        id: p.id.as_uuid(),
        school_id: p.school_id.as_uuid(),
        name: p.name,
        admitted_advice: p.admitted_advice.into_iter().map(advice).collect(),
        capacity: p.capacity,
        info_url: p.info_url,
    }
}

pub fn pupil(p: Pupil, form_version: u32) -> api::PupilResponse {
    api::PupilResponse {
        id: p.id.as_uuid(),
        external_id: p.external_id,
        twin_pupil_id: p.twin_pupil_id.map(|t| t.as_uuid()),
        form_version,
        elk_number: p.elk_number,
        first_name: p.first_name,
        last_name: p.last_name,
        class_name: p.class_name,
        birth_date: p.birth_date,
        advice: advice(p.advice),
        lwoo: p.lwoo,
        home_town: p.home_town,
        parent_email: p.parent_email,
        status: status(p.status),
        paper_route: p.paper_route.as_ref().map(paper_route),
    }
}

pub fn paper_reason(reason: overstap_domain::pupil::paper_route::PaperReason) -> api::PaperReason {
    use overstap_domain::pupil::paper_route::PaperReason;
    match reason {
        PaperReason::Pro => api::PaperReason::Pro,
        PaperReason::Vso => api::PaperReason::Vso,
        PaperReason::Parent => api::PaperReason::Parent,
    }
}

pub fn paper_reason_in(
    reason: api::PaperReason,
) -> overstap_domain::pupil::paper_route::PaperReason {
    use overstap_domain::pupil::paper_route::PaperReason;
    match reason {
        api::PaperReason::Pro => PaperReason::Pro,
        api::PaperReason::Vso => PaperReason::Vso,
        api::PaperReason::Parent => PaperReason::Parent,
    }
}

pub fn paper_route(route: &overstap_domain::pupil::paper_route::PaperRoute) -> api::PaperRouteBody {
    api::PaperRouteBody {
        reason: paper_reason(route.reason),
        handed_in_on: route.handed_in.as_ref().map(|h| h.on),
        handed_in_to: route.handed_in.as_ref().map(|h| h.to_school.clone()),
    }
}

pub fn child(
    p: Pupil,
    school: &overstap_persistence::schools::School,
    region: &overstap_persistence::regions::Region,
    language: api::PortalLanguage,
) -> api::ChildResponse {
    api::ChildResponse {
        elk_number: p.elk_number,
        first_name: p.first_name,
        last_name: p.last_name,
        birth_date: p.birth_date,
        advice: advice(p.advice),
        primary_school_name: school.name.clone(),
        status: status(p.status),
        class_name: p.class_name,
        lwoo: p.lwoo,
        home_town: p.home_town,
        parent_email: p.parent_email,
        primary_school: api::SchoolContact {
            name: school.name.clone(),
            town: school.town.clone(),
            email: school.contact_email.clone(),
            phone: school.contact_phone.clone(),
            website: school.website.clone(),
        },
        region: api::RegionContact {
            name: region.name.clone(),
            email: region.contact.email.clone(),
            phone: region.contact.phone.clone(),
            website: region.contact.website.clone(),
        },
        language,
    }
}
