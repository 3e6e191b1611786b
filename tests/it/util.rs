//! Shared helpers: the binary under test, Parquet readers, the samples' expectations.

use std::path::{Path, PathBuf};

use arrow::array::{Array, RecordBatch};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command running the built `reviewpipe` binary.
pub fn reviewpipe() -> assert_cmd::Command {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_reviewpipe"))
}

/// Every record batch of every part file of `out/<table>/`, with each file's metadata.
pub fn read_table(
    out: &Path,
    table: &str,
) -> (
    Vec<RecordBatch>,
    Vec<parquet::file::metadata::ParquetMetaData>,
) {
    let mut batches = Vec::new();
    let mut metas = Vec::new();
    let mut parts: Vec<PathBuf> = fs_err::read_dir(out.join(table))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    parts.sort();
    assert!(!parts.is_empty(), "no part files in {table}");
    for part in parts {
        assert!(
            part.extension().is_some_and(|e| e == "parquet"),
            "stray file {}",
            part.display()
        );
        let builder = ParquetRecordBatchReaderBuilder::try_new(
            fs_err::File::open(&part).unwrap().into_parts().0,
        )
        .unwrap();
        metas.push(builder.metadata().as_ref().clone());
        for b in builder.build().unwrap() {
            batches.push(b.unwrap());
        }
    }
    (batches, metas)
}

/// A column of string values (nulls as `None`) across batches.
pub fn strings(batches: &[RecordBatch], name: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    for b in batches {
        let a = b
            .column_by_name(name)
            .unwrap_or_else(|| panic!("no column {name}"));
        let a = a
            .as_any()
            .downcast_ref::<arrow::array::StringArray>()
            .unwrap_or_else(|| panic!("{name} is not Utf8"));
        out.extend((0..a.len()).map(|i| a.is_valid(i).then(|| a.value(i).to_owned())));
    }
    out
}

/// A float64 column across batches.
pub fn floats(batches: &[RecordBatch], name: &str) -> Vec<Option<f64>> {
    let mut out = Vec::new();
    for b in batches {
        let a = b
            .column_by_name(name)
            .unwrap()
            .as_any()
            .downcast_ref::<arrow::array::Float64Array>()
            .unwrap();
        out.extend((0..a.len()).map(|i| a.is_valid(i).then(|| a.value(i))));
    }
    out
}

/// An int32 column across batches.
pub fn ints(batches: &[RecordBatch], name: &str) -> Vec<Option<i32>> {
    let mut out = Vec::new();
    for b in batches {
        let a = b
            .column_by_name(name)
            .unwrap()
            .as_any()
            .downcast_ref::<arrow::array::Int32Array>()
            .unwrap();
        out.extend((0..a.len()).map(|i| a.is_valid(i).then(|| a.value(i))));
    }
    out
}

/// One line of tests/fixtures/samples_expected.jsonl.
#[derive(Debug, serde::Deserialize)]
pub struct Expected {
    pub path: String,
    pub family: Option<String>,
    pub reject: Option<String>,
    pub film_title: Option<String>,
    pub film_year: Option<i32>,
    pub author: Option<String>,
    pub rating_raw: Option<String>,
    pub rating_100: Option<f64>,
    pub verdict: Option<String>,
    pub directors: Vec<String>,
}

/// The samples' expected outcomes.
pub fn expected_samples() -> Vec<Expected> {
    let text =
        fs_err::read_to_string(root().join("tests/fixtures/samples_expected.jsonl")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
