//! What a parent sees of their child: name, ELK-nummer, school, advice and registration status.

use leptos::prelude::*;
use overstap_api_types::ChildResponse;

use super::status::StatusDot;
use crate::i18n::{Texts, use_texts};

/// A sentence for the parent about where the registration stands, if there is one to say.
fn status_sentence(t: &Texts, status: &str) -> Option<&'static str> {
    match status {
        "groen" => Some(t.parent_status_groen),
        "AG" => Some(t.parent_status_ag),
        "AV" => Some(t.parent_status_av),
        _ => None,
    }
}

#[component]
pub fn ChildCard(child: ChildResponse) -> impl IntoView {
    let t = use_texts();
    let birth_date = child.birth_date;
    let status = child.status;
    let sentence = {
        let status = status.clone();
        move || status_sentence(t.get(), &status)
    };
    view! {
        <article class="card child-card">
            <h2 data-testid="child-name">{child.first_name} " " {child.last_name}</h2>
            <dl class="facts">
                <div>
                    <dt>{move || t.get().elk_number_label}</dt>
                    <dd data-testid="child-elk-number">{child.elk_number}</dd>
                </div>
                <div>
                    <dt>{move || t.get().child_birth_date}</dt>
                    <dd>
                        {move || (t.get().date)(
                            birth_date.year(),
                            u8::from(birth_date.month()),
                            birth_date.day(),
                        )}
                    </dd>
                </div>
                <div>
                    <dt>{move || t.get().child_primary_school}</dt>
                    <dd data-testid="child-school">{child.primary_school_name}</dd>
                </div>
                <div>
                    <dt>{move || t.get().child_advice}</dt>
                    <dd>{child.advice}</dd>
                </div>
                <div>
                    <dt>{move || t.get().child_status}</dt>
                    <dd data-testid="child-status">
                        <StatusDot status />
                        {move || sentence().map(|text| view! { <p class="status-sentence">{text}</p> })}
                    </dd>
                </div>
            </dl>
            <p class="aside">{move || t.get().parent_next_step}</p>
        </article>
    }
}
