//! Extraction on fixtures: one snapshot per quirk fixture, and the samples against their
//! independently written expectations.

use reviewpipe::extract::{self, decode};
use reviewpipe::model::Reject;

use crate::util;

/// What a snapshot shows of one file: the outcome without evidence offsets.
#[derive(serde::Serialize)]
struct Outcome {
    encoding: Option<&'static str>,
    family: Option<String>,
    result: Result<Vec<reviewpipe::model::RawReview>, Reject>,
}

fn outcome(bytes: &[u8]) -> Outcome {
    match decode::decode(bytes) {
        Err(r) => Outcome {
            encoding: None,
            family: None,
            result: Err(r),
        },
        Ok(d) => Outcome {
            encoding: Some(d.encoding),
            family: Some(extract::sniff(&d.text).to_string()),
            result: extract::extract_text(&d.text),
        },
    }
}

#[test]
fn quirk_fixtures() {
    insta::glob!("../fixtures/quirks", "*.*", |path| {
        if path.extension().is_some_and(|e| e == "md")
            && path.file_stem().is_some_and(|s| s == "README")
        {
            return;
        }
        let bytes = fs_err::read(path).unwrap();
        insta::assert_yaml_snapshot!(outcome(&bytes));
    });
}

/// Extraction through the library agrees with the expectations written for each sample
/// (family or reject reason, title, year, author, rating as written, verdict, directors).
#[test]
fn samples_match_their_expectations() {
    let mut failures = Vec::new();
    for e in util::expected_samples() {
        let bytes = fs_err::read(util::root().join("data/samples").join(&e.path)).unwrap();
        let o = outcome(&bytes);
        let mut check = |what: &str, got: String, want: String| {
            if got != want {
                failures.push(format!("{}: {what}: got {got}, want {want}", e.path));
            }
        };
        match (&o.result, &e.reject) {
            (Err(r), Some(want)) => check("reject", r.reason.to_string(), want.clone()),
            (Err(r), None) => check(
                "reject",
                format!("{} ({})", r.reason, r.message),
                "a review".into(),
            ),
            (Ok(_), Some(want)) => check("reject", "a review".into(), want.clone()),
            (Ok(reviews), None) => {
                let r = &reviews[0];
                check(
                    "family",
                    format!("{:?}", o.family),
                    format!("{:?}", e.family),
                );
                check(
                    "film_title",
                    format!("{:?}", r.film_title),
                    format!("{:?}", e.film_title),
                );
                check(
                    "film_year",
                    format!("{:?}", r.film_year),
                    format!("{:?}", e.film_year),
                );
                check(
                    "author",
                    format!("{:?}", r.author),
                    format!("{:?}", e.author),
                );
                check(
                    "rating_raw",
                    format!("{:?}", r.rating.as_ref().map(|x| x.raw.clone())),
                    format!("{:?}", e.rating_raw),
                );
                check(
                    "verdict",
                    format!("{:?}", r.verdict),
                    format!("{:?}", e.verdict),
                );
                check(
                    "directors",
                    format!("{:?}", r.directors),
                    format!("{:?}", e.directors),
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
