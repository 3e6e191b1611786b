//! The CLI as a newcomer uses it: the README's command on data/samples, then the tables.

use std::collections::HashMap;

use crate::util::{self, floats, ints, read_table, reviewpipe, strings};

/// `reviewpipe run --out DIR` with no input runs on data/samples: every sample ends in
/// `reviews` or `rejects`, files match the YAML contract, and ratings agree with the
/// expectations written for each sample.
#[test]
fn run_on_bundled_samples() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let assert = reviewpipe().args(["run", "--out"]).arg(&out).assert();
    let output = assert.get_output();
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty(), "stdout carries data only");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("files/s"), "summary on stderr: {stderr}");

    let success: serde_json::Value =
        serde_json::from_str(&fs_err::read_to_string(out.join("_SUCCESS")).unwrap()).unwrap();
    let expected = util::expected_samples();
    let want_reviews = expected.iter().filter(|e| e.reject.is_none()).count();
    assert_eq!(success["files_found"], expected.len() as u64);
    assert_eq!(success["files_with_reviews"], want_reviews as u64);

    for table in ["reviews", "rejects", "cast_mentions", "credits"] {
        let (batches, metas) = read_table(&out, table);
        let contract = reviewpipe::load::schema::TableSchema::load(table)
            .unwrap()
            .arrow()
            .unwrap();
        for b in &batches {
            assert_eq!(
                b.schema().fields(),
                contract.fields(),
                "{table} matches schemas/{table}.yaml"
            );
        }
        for m in &metas {
            let kv = m.file_metadata().key_value_metadata().unwrap();
            let get = |k: &str| kv.iter().find(|x| x.key == k).and_then(|x| x.value.clone());
            assert_eq!(
                get("reviewpipe.run_id").as_deref(),
                success["run_id"].as_str()
            );
            assert_eq!(get("reviewpipe.schema_version").as_deref(), Some("1"));
        }
        let rows: usize = batches
            .iter()
            .map(arrow::array::RecordBatch::num_rows)
            .sum();
        assert_eq!(success["tables"][table]["rows"], rows as u64);
    }

    let (reviews, _) = read_table(&out, "reviews");
    let paths = strings(&reviews, "source_path");
    let rating = floats(&reviews, "rating_100");
    let years = ints(&reviews, "film_year");
    let formats = strings(&reviews, "source_format");
    let by_path: HashMap<&str, usize> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_deref().unwrap(), i))
        .collect();
    let (rejects, _) = read_table(&out, "rejects");
    let reject_paths = strings(&rejects, "source_path");
    let reasons = strings(&rejects, "reason");
    let mut failures = Vec::new();
    for e in &expected {
        if let Some(reason) = &e.reject {
            let i = reject_paths
                .iter()
                .position(|p| p.as_deref() == Some(e.path.as_str()));
            if i.and_then(|i| reasons[i].as_deref()) != Some(reason.as_str()) {
                failures.push(format!("{}: want reject {reason}", e.path));
            }
            continue;
        }
        let Some(&i) = by_path.get(e.path.as_str()) else {
            failures.push(format!("{}: no review row", e.path));
            continue;
        };
        let close = match (rating[i], e.rating_100) {
            (Some(a), Some(b)) => (a - b).abs() < 0.01,
            (None, None) => true,
            _ => false,
        };
        if !close {
            failures.push(format!(
                "{}: rating_100 {:?}, want {:?}",
                e.path, rating[i], e.rating_100
            ));
        }
        if years[i] != e.film_year {
            failures.push(format!(
                "{}: film_year {:?}, want {:?}",
                e.path, years[i], e.film_year
            ));
        }
        if formats[i] != e.family {
            failures.push(format!(
                "{}: source_format {:?}, want {:?}",
                e.path, formats[i], e.family
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Cast and credits of the samples, one line per row, pinned by snapshot (reviewed by hand
    // when written: every actor and character below is stated in the sample it comes from).
    let (cast, _) = read_table(&out, "cast_mentions");
    assert!(
        strings(&cast, "sentence").iter().all(Option::is_some),
        "every mention has its sentence"
    );
    let starts = ints(&cast, "start");
    let lines = table_lines(
        &cast,
        &["source_path", "actor", "character", "pattern"],
        |i| starts[i].map_or("listed".into(), |x| x.to_string()),
    );
    insta::assert_snapshot!("samples_cast_mentions", lines);
    let (credits, _) = read_table(&out, "credits");
    let mentions = ints(&credits, "mentions");
    let lines = table_lines(
        &credits,
        &["source_path", "person", "role", "character"],
        |i| mentions[i].unwrap_or(-1).to_string(),
    );
    insta::assert_snapshot!("samples_credits", lines);
}

#[test]
fn schema_prints_the_contract_on_stdout() {
    let out = reviewpipe()
        .args(["schema", "reviews"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("table: reviews") && text.contains("rating_100"),
        "{text}"
    );
    reviewpipe().args(["schema", "nope"]).assert().code(2);
}

#[test]
fn inspect_shows_fields_with_evidence() {
    let file = util::root().join("tests/fixtures/quirks/blog_em_dash_glued_read_date.txt");
    let out = reviewpipe()
        .arg("inspect")
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("family: blog_export"), "{text}");
    assert!(
        text.contains("line 1:"),
        "evidence with line numbers: {text}"
    );
    assert!(text.contains("rating_raw"), "{text}");
}

#[test]
fn fatal_errors_exit_2_and_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let a = reviewpipe()
        .arg("run")
        .arg(&missing)
        .arg("--out")
        .arg(dir.path().join("o"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(stderr.contains("no-such-folder"), "{stderr}");
    reviewpipe().args(["run", "--bogus-flag"]).assert().code(2);
}

#[test]
fn rejects_over_the_threshold_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs_err::create_dir_all(&input).unwrap();
    fs_err::write(input.join("a.txt"), "").unwrap();
    fs_err::write(input.join("b.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let out = dir.path().join("out");
    reviewpipe()
        .arg("run")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1);
    let (rejects, _) = read_table(&out, "rejects");
    assert_eq!(
        strings(&rejects, "reason"),
        [Some("empty".to_owned()), Some("not_text".to_owned())]
    );
}

/// One sorted line per row: the string columns `cols` (nulls as `-`) and `last(row)`.
fn table_lines(
    batches: &[arrow::array::RecordBatch],
    cols: &[&str],
    last: impl Fn(usize) -> String,
) -> String {
    let values: Vec<Vec<Option<String>>> = cols.iter().map(|c| strings(batches, c)).collect();
    let rows = values.first().map_or(0, Vec::len);
    let mut lines: Vec<String> = (0..rows)
        .map(|i| {
            let mut parts: Vec<String> = values
                .iter()
                .map(|v| v[i].clone().unwrap_or_else(|| "-".into()))
                .collect();
            parts.push(last(i));
            parts.join(" | ")
        })
        .collect();
    lines.sort();
    lines.join("\n")
}
