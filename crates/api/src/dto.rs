//! Mapping records and domain values onto the JSON contract of `overstap-api-types`.

use overstap_api_types as api;
use overstap_domain::Role;
use overstap_persistence::{pupils::Pupil, regions::Board, schools};

pub fn role(role: Role) -> api::Role {
    match role {
        Role::Parent => api::Role::Parent,
        Role::PoStaff => api::Role::PoStaff,
        Role::VoStaff => api::Role::VoStaff,
        Role::BoardAdmin => api::Role::BoardAdmin,
        Role::Coordinator => api::Role::Coordinator,
    }
}

pub fn school(school: schools::School) -> api::SchoolResponse {
    api::SchoolResponse {
        id: school.id.as_uuid(),
        kind: match school.kind {
            schools::SchoolKind::Po => api::SchoolKind::Po,
            schools::SchoolKind::Vo => api::SchoolKind::Vo,
        },
        name: school.name,
        town: school.town,
        code: school.code,
        contact_email: school.contact_email,
        contact_phone: school.contact_phone,
        website: school.website,
    }
}

pub fn board(board: Board) -> api::BoardSummary {
    api::BoardSummary {
        id: board.id.as_uuid(),
        name: board.name,
    }
}

pub fn programme(p: schools::Programme) -> api::ProgrammeResponse {
    api::ProgrammeResponse {
        id: p.id.as_uuid(),
        school_id: p.school_id.as_uuid(),
        name: p.name,
        admitted_advice: p.admitted_advice,
        capacity: p.capacity,
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
        advice: p.advice,
        lwoo: p.lwoo,
        home_town: p.home_town,
        parent_email: p.parent_email,
        status: p.status,
    }
}

pub fn child(
    p: Pupil,
    school: &overstap_persistence::schools::School,
    language: api::PortalLanguage,
) -> api::ChildResponse {
    api::ChildResponse {
        elk_number: p.elk_number,
        first_name: p.first_name,
        last_name: p.last_name,
        birth_date: p.birth_date,
        advice: p.advice,
        primary_school_name: school.name.clone(),
        status: p.status,
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
        language,
    }
}
