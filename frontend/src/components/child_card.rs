//! The child's data as the primary school keeps it, read-only for the parent.

use leptos::prelude::*;
use overstap_api_types::ChildResponse;

use crate::i18n::{tx, use_texts};

#[component]
pub fn ChildCard(child: ChildResponse) -> impl IntoView {
    let t = use_texts();
    let birth_date = child.birth_date;
    let lwoo = child.lwoo;
    let name = format!("{} {}", child.first_name, child.last_name);
    view! {
        <section class="card child-card" aria-labelledby="child-data-heading">
            <h2 id="child-data-heading" data-testid="child-name">{name}</h2>
            <dl class="facts" data-testid="child-data">
                <div>
                    <dt>{tx(|t| t.elk_number_label())}</dt>
                    <dd data-testid="child-elk-number">{child.elk_number}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.child_birth_date())}</dt>
                    <dd>
                        {move || t.get().calendar_date(birth_date)}
                    </dd>
                </div>
                <div>
                    <dt>{tx(|t| t.child_primary_school())}</dt>
                    <dd data-testid="child-school">{child.primary_school_name}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.parent.class_label())}</dt>
                    <dd data-testid="child-class">{child.class_name}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.child_advice())}</dt>
                    <dd data-testid="child-advice">{child.advice.as_str()}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.parent.lwoo_label())}</dt>
                    <dd>{move || if lwoo { t.get().parent.yes() } else { t.get().parent.no() }}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.parent.home_town_label())}</dt>
                    <dd data-testid="child-home-town">{child.home_town}</dd>
                </div>
                <div>
                    <dt>{tx(|t| t.parent.parent_email_label())}</dt>
                    <dd data-testid="child-parent-email" class="break">{child.parent_email}</dd>
                </div>
            </dl>
        </section>
    }
}
