//! The paper ELK registration form, for pupils going to VSO or praktijkonderwijs: the school,
//! the pupil's data, and empty fields for the parent to fill in and sign.

use leptos::prelude::*;
use overstap_api_types::{PupilResponse, SchoolResponse};

use crate::i18n::{tx, use_texts};

/// One filled-in line of the form.
#[component]
fn Line(
    #[prop(into)] label: Signal<&'static str>,
    value: String,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="paper-line">
            <dt>{move || label.get()}</dt>
            <dd data-testid=testid>{value}</dd>
        </div>
    }
}

/// One line left empty for the parent.
#[component]
fn Blank(#[prop(into)] label: Signal<&'static str>, #[prop(optional)] tall: bool) -> impl IntoView {
    view! {
        <div class="paper-line">
            <dt>{move || label.get()}</dt>
            <dd class="paper-blank" class:paper-blank-tall=tall></dd>
        </div>
    }
}

#[component]
pub fn PaperForm(
    pupil: PupilResponse,
    school: Option<SchoolResponse>,
    region: String,
) -> impl IntoView {
    let t = use_texts();
    let date = pupil.birth_date;
    let birth_date = move || t.get().calendar_date(date);
    let (advice, lwoo, version) = (pupil.advice.as_str(), pupil.lwoo, pupil.form_version);
    let name = format!("{} {}", pupil.first_name, pupil.last_name);
    let school_lines = school.map(|school| {
        let contact = format!("{} · {}", school.contact_email, school.contact_phone);
        view! {
            <Line label=tx(|t| t.po.paper_school_name()) value=school.name testid="paper-school" />
            <Line label=tx(|t| t.staff.col_code()) value=school.code testid="paper-school-code" />
            <Line label=tx(|t| t.staff.col_town()) value=school.town testid="paper-school-town" />
            <Line label=tx(|t| t.po.paper_contact()) value=contact testid="paper-school-contact" />
        }
    });
    view! {
        <article class="paper-form card" data-testid="paper-form">
            <header class="paper-header">
                <h1>{tx(|t| t.po.paper_title())}</h1>
                <p>{move || t.get().po.paper_intro(&region)}</p>
            </header>
            <section>
                <h2>{tx(|t| t.po.paper_school_heading())}</h2>
                <dl class="paper-lines">{school_lines}</dl>
            </section>
            <section>
                <h2>{tx(|t| t.po.paper_pupil_heading())}</h2>
                <dl class="paper-lines">
                    <Line label=tx(|t| t.staff.col_name()) value=name testid="paper-name" />
                    <Line label=tx(|t| t.elk_number_label()) value=pupil.elk_number testid="paper-elk-number" />
                    <div class="paper-line">
                        <dt>{tx(|t| t.child_birth_date())}</dt>
                        <dd data-testid="paper-birth-date">{birth_date}</dd>
                    </div>
                    <Line label=tx(|t| t.staff.col_class()) value=pupil.class_name testid="paper-class" />
                    <Line label=tx(|t| t.child_advice()) value=advice.to_owned() testid="paper-advice" />
                    <div class="paper-line">
                        <dt>{tx(|t| t.po.lwoo_label())}</dt>
                        <dd data-testid="paper-lwoo">
                            {move || if lwoo { t.get().po.yes() } else { t.get().po.no() }}
                        </dd>
                    </div>
                    <Line label=tx(|t| t.po.home_town()) value=pupil.home_town testid="paper-home-town" />
                    <Line label=tx(|t| t.po.parent_email_label()) value=pupil.parent_email testid="paper-parent-email" />
                </dl>
            </section>
            <section>
                <h2>{tx(|t| t.po.paper_choice_heading())}</h2>
                <dl class="paper-lines">
                    <Blank label=tx(|t| t.po.paper_chosen_school()) />
                    <Blank label=tx(|t| t.po.paper_route()) />
                    <Blank label=tx(|t| t.po.paper_parent_name()) />
                    <Blank label=tx(|t| t.po.paper_date()) />
                    <Blank label=tx(|t| t.po.paper_parent_signature()) tall=true />
                    <Blank label=tx(|t| t.po.paper_school_signature()) tall=true />
                </dl>
            </section>
            <p class="paper-footer">{move || t.get().po.paper_version(version)}</p>
        </article>
    }
}
