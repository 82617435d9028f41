//! A client's `client_id` and new `client_secret`, shown once after making the client or a new
//! secret: each in a read-only field with a copy button, the warning that the secret will not
//! be shown again, and a button that closes the panel.

use leptos::prelude::*;
use overstap_api_types::{ApiClientResponse, ApiClientSecretResponse};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{tx, use_texts};

/// The element id of the panel, which gets the focus when it appears.
pub const PANEL_ID: &str = "api-client-secret";

/// A secret to show, and whether it replaced one (a rotation) or came with a new client.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownSecret {
    pub client: ApiClientResponse,
    pub secret: String,
    pub rotated: bool,
}

impl ShownSecret {
    pub fn new(answer: ApiClientSecretResponse, rotated: bool) -> Self {
        ShownSecret {
            client: answer.client,
            secret: answer.client_secret,
            rotated,
        }
    }
}

/// `navigator.clipboard.writeText(text)`, when the browser offers it. Through `Reflect`: the
/// crate's `web-sys` has no clipboard feature, and the field's own selection is the fallback.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = js_sys::Reflect::get(&JsValue::from(window()), &"navigator".into()).ok()?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// A labelled read-only field holding `value`, selected when it gets the focus, and a button
/// that copies it; a polite line says whether the copy worked.
#[component]
fn CopyField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    value: String,
    /// The technical name, read after "Copy" by screen readers (two copy buttons on the panel).
    name: &'static str,
) -> impl IntoView {
    let t = use_texts();
    let input = NodeRef::<leptos::html::Input>::new();
    // `None` until the button is used; then whether the clipboard took the text.
    let copied = RwSignal::new(None::<bool>);
    let text = value.clone();
    let copy = move |_| {
        if let Some(field) = input.get_untracked() {
            field.select();
        }
        let Some(promise) = clipboard_write(&text) else {
            copied.set(Some(false));
            return;
        };
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(done));
        });
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input
                id=id
                name=id
                type="text"
                readonly=true
                autocomplete="off"
                spellcheck="false"
                data-testid=id
                node_ref=input
                prop:value=value
                on:focus:target=move |event| event.target().select()
            />
        </div>
        <div class="button-row">
            <button
                type="button"
                class="button button-secondary"
                data-testid=format!("{id}-copy")
                on:click=copy
            >
                {tx(|t| t.api_clients.copy())}
                <span class="visually-hidden">" " {name}</span>
            </button>
            <span role="status" class="result" data-testid=format!("{id}-copied")>
                {move || {
                    copied
                        .get()
                        .map(|done| {
                            if done {
                                t.get().api_clients.copied()
                            } else {
                                t.get().api_clients.copy_failed()
                            }
                        })
                }}
            </span>
        </div>
    }
}

#[component]
pub fn SecretPanel(shown: ShownSecret, on_close: Callback<()>) -> impl IntoView {
    let t = use_texts();
    let ShownSecret {
        client,
        secret,
        rotated,
    } = shown;
    let name = client.name.clone();
    let previous = client.previous_secret_until.filter(|_| rotated);
    view! {
        <section
            id=PANEL_ID
            class="card section"
            tabindex="-1"
            aria-labelledby="api-client-secret-title"
            data-testid="api-client-secret-panel"
            data-client-id=client.id.to_string()
        >
            <h2 id="api-client-secret-title">
                {move || {
                    if rotated {
                        t.get().api_clients.secret_title_rotated(&name)
                    } else {
                        t.get().api_clients.secret_title_created(&name)
                    }
                }}
            </h2>
            <p class="alert alert-info" data-testid="api-client-secret-warning">
                <strong>{tx(|t| t.api_clients.secret_warning())}</strong>
            </p>
            <div class="form">
                <CopyField
                    id="api-client-id"
                    label=tx(|t| t.api_clients.client_id_label())
                    value=client.id.to_string()
                    name="client_id"
                />
                <CopyField
                    id="api-client-secret-value"
                    label=tx(|t| t.api_clients.client_secret_label())
                    value=secret
                    name="client_secret"
                />
                {previous
                    .map(|until| {
                        view! {
                            <p class="field-hint" data-testid="api-client-secret-previous">
                                {move || {
                                    t.get()
                                        .api_clients
                                        .previous_secret_until(&t.get().moment(until))
                                }}
                            </p>
                        }
                    })}
                <div class="button-row">
                    <button
                        type="button"
                        class="button button-primary"
                        data-testid="api-client-secret-close"
                        on:click=move |_| on_close.run(())
                    >
                        {tx(|t| t.api_clients.secret_close())}
                    </button>
                </div>
            </div>
        </section>
    }
}
