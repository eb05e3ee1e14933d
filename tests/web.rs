//! The app mounted in headless Chromium (wasm-bindgen-test): the first question renders and can
//! be answered, and the answer is saved at once.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn by_testid(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .map(|e| e.dyn_into().unwrap())
}

#[wasm_bindgen_test]
async fn first_question_renders_and_answer_is_saved() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let catalog = aiact_core::bundled::catalog().expect("bundled content loads");
    let first = catalog.questions().next().expect("a first question");

    let _handle = leptos::mount::mount_to_body(aiact_app::App);
    leptos::task::tick().await;

    by_testid("intro").expect("the intro is shown first");
    assert!(
        by_testid("start").is_none(),
        "a first visit needs no start click"
    );
    let text = by_testid("question-text").expect("the first question is shown");
    assert_eq!(text.text_content().unwrap(), first.text);
    let baseline = by_testid("baseline").expect("the legal baseline is shown");
    assert!(baseline.text_content().unwrap().contains("2026/1744"));

    by_testid("answer-no").expect("a No button").click();
    leptos::task::tick().await;

    let tier = by_testid("tier").expect("the result is shown after answering");
    assert_eq!(
        tier.get_attribute("data-tier").as_deref(),
        Some("not_ai_system")
    );
    let id = storage
        .get_item(aiact_app::storage::CURRENT_KEY)
        .unwrap()
        .expect("the open assessment is recorded");
    let key = format!("{}{id}", aiact_app::storage::ASSESSMENT_PREFIX);
    let saved = storage.get_item(&key).unwrap().expect("saved at once");
    let env = aiact_core::envelope::Envelope::decode(&saved).expect("a readable envelope");
    assert_eq!(
        env.answers.get(&first.id),
        Some(&aiact_core::Answer::One("no".into()))
    );
}
