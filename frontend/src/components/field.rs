//! A labelled text input with an optional hint and the server's error for that field.

use leptos::prelude::*;

/// One form field. `error` is shown under the input and linked to it for screen readers.
#[component]
pub fn TextField(
    /// The element id; also names the hint and error elements.
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
    #[prop(default = "text")] input_type: &'static str,
    autocomplete: &'static str,
    testid: &'static str,
    #[prop(optional, into)] hint: Option<Signal<&'static str>>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// The field may stay empty (it is then not marked required).
    #[prop(optional)]
    optional: bool,
    /// Shown but not changeable while this holds.
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                has_hint.then_some(hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{move || hint.get()}</p> })}
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                required=!optional
                disabled=move || disabled.is_some_and(|disabled| disabled.get())
                data-testid=testid
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
                bind:value=value
            />
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A labelled select; `options` are `(value, label)` pairs, `hint` and `error` as in `TextField`.
#[component]
pub fn SelectField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] error: Signal<Option<&'static str>>,
    testid: &'static str,
    #[prop(optional, into)] hint: Option<Signal<&'static str>>,
    /// Shown but not changeable while this holds.
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                has_hint.then_some(hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{move || hint.get()}</p> })}
            <select
                id=id
                name=id
                data-testid=testid
                disabled=move || disabled.is_some_and(|disabled| disabled.get())
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
                on:change:target=move |event| value.set(event.target().value())
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(option, text)| {
                            let selected = {
                                let option = option.clone();
                                move || value.get() == option
                            };
                            view! {
                                <option value=option prop:selected=selected>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckboxField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    checked: RwSignal<bool>,
    testid: &'static str,
    /// Shown but not changeable while this holds.
    #[prop(optional, into)]
    disabled: Option<Signal<bool>>,
) -> impl IntoView {
    view! {
        <div class="field field-checkbox">
            <input
                id=id
                name=id
                type="checkbox"
                disabled=move || disabled.is_some_and(|disabled| disabled.get())
                data-testid=testid
                prop:checked=move || checked.get()
                on:change:target=move |event| checked.set(event.target().checked())
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
