//! `questions/schema.json` is generated from the content model; this test fails when it is stale.
//! Regenerate with `UPDATE_SCHEMA=1 cargo test -p aiact-core --test schema`.

use aiact_core::model::ContentFile;

#[test]
fn committed_schema_matches_the_content_model() {
    let schema = schemars::schema_for!(ContentFile);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../questions/schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "questions/schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p aiact-core --test schema` and commit it"
    );
}

#[test]
fn every_content_file_points_at_the_schema() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../questions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") && name != "schema.json" {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                value["$schema"], "./schema.json",
                "{name} lacks \"$schema\": \"./schema.json\""
            );
        }
    }
}
