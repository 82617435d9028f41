//! Withdraw a pupil's place at the parents' request (after publication): choose the pupil,
//! give the reason, and the seat is free for round 2. The page sends it and reports back.

use leptos::prelude::*;
use overstap_api_types::vo::PlacementPupil;
use uuid::Uuid;

use super::field::{SelectField, TextField};
use crate::i18n::{tx, use_texts};

/// The choices of the pupil select: `(pupil id, "name (ELK-nummer) – programme")`, by name.
pub fn pupil_options(placed: &[(String, PlacementPupil)]) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = placed
        .iter()
        .map(|(programme, pupil)| {
            (
                pupil.pupil_id.to_string(),
                format!(
                    "{} {} ({}) – {programme}",
                    pupil.first_name, pupil.last_name, pupil.elk_number
                ),
            )
        })
        .collect();
    options.sort_by(|a, b| a.1.cmp(&b.1));
    options
}

#[component]
pub fn VoWithdrawalForm(
    /// Every placed pupil with the name of the programme they hold a place at.
    placed: Vec<(String, PlacementPupil)>,
    #[prop(into)] pending: Signal<bool>,
    /// Called with the pupil and the reason once both are given.
    on_withdraw: Callback<(Uuid, String)>,
) -> impl IntoView {
    let t = use_texts();
    let pupil = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let mut options = vec![(String::new(), String::new())];
    options.extend(pupil_options(&placed));
    let pupil_error = Signal::derive(move || {
        (tried.get() && pupil.with(String::is_empty)).then(|| t.get().vo.withdraw_pupil_required())
    });
    let reason_error = Signal::derive(move || {
        (tried.get() && reason.with(|r| r.trim().is_empty()))
            .then(|| t.get().vo.withdraw_reason_required())
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        tried.set(true);
        let Ok(id) = Uuid::parse_str(&pupil.get_untracked()) else {
            return;
        };
        let text = reason.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        let sure = window()
            .confirm_with_message(t.get_untracked().vo.withdraw_confirm())
            .unwrap_or(false);
        if sure {
            on_withdraw.run((id, text));
            tried.set(false);
            pupil.set(String::new());
            reason.set(String::new());
        }
    };
    view! {
        <section class="section" aria-labelledby="withdraw-title" data-testid="withdrawal">
            <h2 id="withdraw-title">{tx(|t| t.vo.withdraw_title())}</h2>
            <p>{tx(|t| t.vo.withdraw_intro())}</p>
            <form class="form narrow" novalidate on:submit=submit>
                <SelectField
                    id="withdraw-pupil"
                    label=Signal::derive(move || t.get().vo.withdraw_pupil_label())
                    value=pupil
                    options=Signal::derive(move || options.clone())
                    error=pupil_error
                    testid="withdraw-pupil"
                />
                <TextField
                    id="withdraw-reason"
                    label=Signal::derive(move || t.get().vo.withdraw_reason_label())
                    value=reason
                    error=reason_error
                    autocomplete="off"
                    testid="withdraw-reason"
                />
                <button
                    type="submit"
                    class="button button-secondary"
                    data-testid="withdraw-submit"
                    disabled=move || pending.get()
                >
                    {tx(|t| t.vo.withdraw_submit())}
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use overstap_api_types::vo::PlacementPupil;
    use uuid::Uuid;

    use super::pupil_options;

    fn pupil(n: u128, first: &str) -> PlacementPupil {
        serde_json::from_value(serde_json::json!({
            "position": null,
            "pupil_id": Uuid::from_u128(n),
            "first_name": first,
            "last_name": "Jansen",
            "elk_number": format!("{n:010}"),
            "advice": "havo",
            "primary_school_name": "De Regenboog",
            "choice_rank": 1,
        }))
        .unwrap()
    }

    #[test]
    fn the_pupils_are_listed_by_name_with_elk_number_and_programme() {
        let placed = vec![
            ("havo/vwo".to_owned(), pupil(2, "Sem")),
            ("technasium".to_owned(), pupil(1, "Noor")),
        ];
        let options = pupil_options(&placed);
        assert_eq!(
            options,
            vec![
                (
                    Uuid::from_u128(1).to_string(),
                    "Noor Jansen (0000000001) – technasium".to_owned()
                ),
                (
                    Uuid::from_u128(2).to_string(),
                    "Sem Jansen (0000000002) – havo/vwo".to_owned()
                ),
            ]
        );
    }
}
