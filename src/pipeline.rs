//! The run: discover → extract (parallel, per file) → transform (polars) → load (Parquet),
//! batch by batch, with every file accounted for in `reviews` or `rejects`.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use polars::prelude::IntoLazy;
use rayon::prelude::*;

use crate::analyze::people;
use crate::config::Config;
use crate::discover::{Entry, EntryKind, Walk};
use crate::error::Error;
use crate::extract::{self, decode};
use crate::load::arrow_bridge;
use crate::load::output::Staging;
use crate::load::parquet::{ParquetSink, SinkOptions};
use crate::load::schema::{SCHEMA_VERSION, TableSchema};
use crate::model::{RawReview, Reject, RejectReason, RejectRecord, ReviewRecord, SourceFormat};
use crate::transform::{self, cast, ratings};

/// How this run behaves (flags, not configuration).
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Input files and folders.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Worker threads for extraction (0: one per core).
    pub jobs: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

/// Rows and part files of one written table.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TableReport {
    /// Rows written.
    pub rows: u64,
    /// Part files, relative to the table folder.
    pub parts: Vec<String>,
}

/// The run summary, printed at the end and written as `_SUCCESS`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// reviewpipe's version.
    pub tool_version: String,
    /// Output contract version.
    pub schema_version: String,
    /// This run's id.
    pub run_id: String,
    /// Files discovered.
    pub files_found: u64,
    /// Files that gave at least one review.
    pub files_with_reviews: u64,
    /// Files that gave no review (each has a reject row).
    pub files_rejected: u64,
    /// Review rows.
    pub reviews: u64,
    /// Reject rows by reason code.
    pub rejects_by_reason: BTreeMap<String, u64>,
    /// Reviews per detected family.
    pub reviews_by_format: BTreeMap<String, u64>,
    /// Ratings whose value is above their maximum (kept raw, `rating_100` null).
    pub ratings_over_max: u64,
    /// Ratings whose scale was inferred from the value.
    pub ratings_scale_inferred: u64,
    /// Reviews with no rating at all.
    pub reviews_without_rating: u64,
    /// Cast mentions found (rows made for `cast_mentions`).
    pub cast_mentions: u64,
    /// Tables written.
    pub tables: BTreeMap<String, TableReport>,
    /// Wall time of the run.
    pub seconds: f64,
    /// Files per second.
    pub files_per_second: f64,
}

impl Report {
    /// Share of files found that were rejected.
    #[must_use]
    pub fn reject_share(&self) -> f64 {
        if self.files_found == 0 {
            0.0
        } else {
            self.files_rejected as f64 / self.files_found as f64
        }
    }
}

/// One file after extraction.
struct FileOutcome {
    rel: Arc<str>,
    bytes: u64,
    hash: Option<Arc<str>>,
    encoding: &'static str,
    format: Option<SourceFormat>,
    result: Result<Vec<(u64, RawReview)>, Reject>,
}

/// Reads, decodes and extracts one file. Never panics outward and never blocks on special
/// files: every outcome is a list of reviews or a reject.
fn process(entry: &Entry, config: &Config) -> FileOutcome {
    let rel: Arc<str> = Arc::from(entry.rel.as_str());
    let mut outcome = FileOutcome {
        rel,
        bytes: 0,
        hash: None,
        encoding: "",
        format: None,
        result: Ok(Vec::new()),
    };
    let bytes = match &entry.kind {
        EntryKind::NotRegular(what) => {
            outcome.result = Err(Reject::new(
                RejectReason::NotRegular,
                format!("not a regular file: {what}"),
            ));
            return outcome;
        }
        EntryKind::Unreadable(why) => {
            outcome.result = Err(Reject::new(RejectReason::Unreadable, why.clone()));
            return outcome;
        }
        EntryKind::File => match read_limited(entry, config.max_file_bytes) {
            Ok(b) => b,
            Err((reject, len)) => {
                outcome.bytes = len;
                outcome.result = Err(reject);
                return outcome;
            }
        },
    };
    outcome.bytes = bytes.len() as u64;
    outcome.hash = Some(Arc::from(format!(
        "{:016x}",
        xxhash_rust::xxh3::xxh3_64(&bytes)
    )));
    let decoded = match decode::decode_owned(bytes) {
        Ok(d) => d,
        Err(r) => {
            outcome.result = Err(r);
            return outcome;
        }
    };
    outcome.encoding = decoded.encoding;
    let text = decoded.text.as_str();
    let (format, result) = std::panic::catch_unwind(|| {
        let format = extract::sniff(text);
        let mut result = extract::extract_as(text, format);
        if config.find_cast
            && let Ok(reviews) = result.as_mut()
        {
            for r in reviews {
                let people = people::find_in_review(r);
                r.cast = people.cast;
                r.crew = people.crew;
                r.credited = people.credited;
            }
        }
        (Some(format), result)
    })
    .unwrap_or_else(|_| {
        let bug = "the extractor failed on this file (a reviewpipe bug; please report it)";
        (None, Err(Reject::new(RejectReason::Internal, bug)))
    });
    outcome.format = format;
    outcome.result = result.map(|reviews| {
        reviews
            .into_iter()
            .map(|mut r| {
                if let Some(max) = config.rating_scale_for(&entry.rel)
                    && let Some(rating) = r.rating.as_mut().filter(|x| x.scale_inferred)
                {
                    rating.max = Some(max);
                    rating.scale_inferred = false;
                }
                if decoded.nul_removed > 0 {
                    r.keep("_nul_bytes_removed", decoded.nul_removed);
                }
                if let Some(le) = decoded.line_endings {
                    r.keep("_line_endings", le);
                }
                let id = xxhash_rust::xxh3::xxh3_64_with_seed(
                    text.as_bytes(),
                    u64::try_from(r.source_record).unwrap_or(0),
                );
                (id, r)
            })
            .collect()
    });
    outcome
}

/// Reads a regular file, refusing more than `limit` bytes without reading them. Opened
/// non-blocking so a file swapped for a FIFO cannot hang the run.
fn read_limited(entry: &Entry, limit: u64) -> Result<Vec<u8>, (Reject, u64)> {
    use std::os::unix::fs::OpenOptionsExt;
    let unreadable = |e: std::io::Error| {
        (
            Reject::new(RejectReason::Unreadable, format!("cannot read: {e}")),
            0,
        )
    };
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits().cast_signed())
        .open(&entry.path)
        .map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if !meta.is_file() {
        return Err((
            Reject::new(RejectReason::NotRegular, "not a regular file when opened"),
            0,
        ));
    }
    if meta.len() > limit {
        return Err((
            Reject::new(
                RejectReason::TooLarge,
                format!("{} bytes is over the limit of {limit} bytes", meta.len()),
            ),
            meta.len(),
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err((
            Reject::new(
                RejectReason::TooLarge,
                format!("grew past the limit of {limit} bytes while read"),
            ),
            bytes.len() as u64,
        ));
    }
    Ok(bytes)
}

/// A batch's frames on their way to the writer.
struct Batch {
    reviews: Vec<ReviewRecord>,
    rejects: Vec<RejectRecord>,
}

/// Transforms one batch (polars) and appends it to the tables' Parquet files. Runs on the
/// writer thread while the next batch is extracted.
fn write_batch(
    batch: &Batch,
    sinks: &mut [(ParquetSink, arrow::datatypes::SchemaRef)],
) -> Result<(), Error> {
    let transform_error = |table| move |source| Error::Transform { table, source };
    let reviews = transform::reviews_frame(&batch.reviews)
        .map(IntoLazy::lazy)
        .and_then(ratings::normalize_ratings)
        .and_then(polars::prelude::LazyFrame::collect)
        .map_err(transform_error("reviews"))?;
    let rejects = transform::rejects_frame(&batch.rejects).map_err(transform_error("rejects"))?;
    let cast_mentions = cast::cast_mentions_frame(&batch.reviews)
        .and_then(polars::prelude::LazyFrame::collect)
        .map_err(transform_error("cast_mentions"))?;
    let credits = cast::credits_frame(&batch.reviews)
        .and_then(polars::prelude::LazyFrame::collect)
        .map_err(transform_error("credits"))?;
    let frames = [reviews, rejects, cast_mentions, credits];
    for (mut df, (sink, schema)) in frames.into_iter().zip(sinks.iter_mut()) {
        if df.height() == 0 {
            continue;
        }
        let batches =
            arrow_bridge::to_record_batches(&mut df, schema).map_err(|e| Error::output(PART, e))?;
        sink.append(&batches)?;
    }
    Ok(())
}

/// Per-run bookkeeping, updated in discovery order (so results do not depend on threads).
#[derive(Default)]
struct Ledger {
    report: Report,
    seen: HashMap<u64, u32>,
    file_no: u32,
}

impl Ledger {
    fn record(
        &mut self,
        outcome: FileOutcome,
        reviews: &mut Vec<ReviewRecord>,
        rejects: &mut Vec<RejectRecord>,
    ) {
        let r = &mut self.report;
        r.files_found += 1;
        self.file_no += 1;
        let reject = |reject: Reject, record: i32| RejectRecord {
            source_path: Arc::clone(&outcome.rel),
            source_record: record,
            reject,
            bytes: outcome.bytes,
            source_format: outcome.format,
            source_hash: outcome.hash.clone(),
        };
        match outcome.result {
            Err(e) => {
                *r.rejects_by_reason
                    .entry(e.reason.as_str().to_owned())
                    .or_default() += 1;
                r.files_rejected += 1;
                rejects.push(reject(e, 0));
            }
            Ok(found) => {
                let mut kept = 0;
                for (id, review) in found {
                    if let Some(first) = self.seen.get(&id) {
                        let e = Reject::new(
                            RejectReason::Duplicate,
                            format!(
                                "same content as review `{id:016x}` (file #{first} of this run)"
                            ),
                        );
                        *r.rejects_by_reason
                            .entry(e.reason.as_str().to_owned())
                            .or_default() += 1;
                        rejects.push(reject(e, review.source_record));
                        continue;
                    }
                    self.seen.insert(id, self.file_no);
                    kept += 1;
                    if let Some(rating) = &review.rating {
                        r.ratings_over_max += u64::from(
                            matches!((rating.value, rating.max), (Some(v), Some(m)) if v > m || v < 0.0),
                        );
                        r.ratings_scale_inferred += u64::from(rating.scale_inferred);
                    } else {
                        r.reviews_without_rating += 1;
                    }
                    r.cast_mentions += review.cast.len() as u64;
                    *r.reviews_by_format
                        .entry(review.format.map_or("", SourceFormat::as_str).to_owned())
                        .or_default() += 1;
                    reviews.push(ReviewRecord {
                        review_id: format!("{id:016x}"),
                        source_path: Arc::clone(&outcome.rel),
                        source_bytes: outcome.bytes,
                        source_hash: outcome.hash.clone().unwrap_or_else(|| Arc::from("")),
                        source_encoding: outcome.encoding,
                        review,
                    });
                }
                r.reviews += kept;
                if kept > 0 {
                    r.files_with_reviews += 1;
                } else {
                    r.files_rejected += 1;
                }
            }
        }
    }
}

const TABLE_NAMES: [&str; 4] = ["reviews", "rejects", "cast_mentions", "credits"];
/// Tables whose rows are a few short strings, written in row groups of many batches.
const SMALL_ROW_TABLES: [&str; 2] = ["cast_mentions", "credits"];
/// Rows per row group of [`SMALL_ROW_TABLES`] (also cut at 32 MiB of encoded data).
const CAST_ROWS_PER_GROUP: usize = 65_536;
const PART: &str = "part-00000.parquet";

/// Runs the job: every file under the inputs ends in `reviews` or `rejects`, written to a
/// staging folder and published into `options.out` at the end.
///
/// # Errors
/// Fatal errors only: unreadable input roots, unwritable output, a failed accounting check.
pub fn run(config: &Config, options: &RunOptions) -> Result<Report, Error> {
    let started = Instant::now();
    let run_id = new_run_id();
    let mut walk = Walk::new(&options.inputs)?;
    let staging = Staging::create(&options.out, &run_id)?;
    let sink_options = SinkOptions {
        key_value: vec![
            (
                "reviewpipe.version".into(),
                env!("CARGO_PKG_VERSION").into(),
            ),
            ("reviewpipe.schema_version".into(), SCHEMA_VERSION.into()),
            ("reviewpipe.run_id".into(), run_id.clone()),
        ],
        free_text: vec![
            transform::col::BODY,
            transform::col::METADATA,
            transform::col::MESSAGE,
            cast::col::SENTENCE,
        ],
        rows_per_group: None,
    };
    let mut sinks = Vec::new();
    for table in TABLE_NAMES {
        let schema = TableSchema::load(table)?.arrow()?;
        let path = staging.table_dir(table)?.join(PART);
        // The cast tables' rows are small (a name, a sentence): several batches make one row
        // group, bounded by `CAST_ROWS_PER_GROUP`.
        let options = SinkOptions {
            rows_per_group: SMALL_ROW_TABLES
                .contains(&table)
                .then_some(CAST_ROWS_PER_GROUP),
            ..sink_options.clone()
        };
        sinks.push((
            ParquetSink::create(&path, Arc::clone(&schema), &options)?,
            schema,
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .thread_name(|i| format!("extract-{i}"))
        .build()
        .map_err(|e| Error::output(&options.out, e))?;
    let bar = progress_bar(options.progress);

    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
    let writer = std::thread::Builder::new()
        .name("writer".into())
        .spawn(move || -> Result<Vec<(ParquetSink, _)>, Error> {
            for batch in rx {
                write_batch(&batch, &mut sinks)?;
            }
            Ok(sinks)
        })
        .map_err(|e| Error::output(&options.out, e))?;

    let mut ledger = Ledger::default();
    loop {
        let entries: Vec<Entry> = walk.by_ref().take(config.batch_size).collect();
        if entries.is_empty() {
            break;
        }
        let outcomes: Vec<FileOutcome> =
            pool.install(|| entries.par_iter().map(|e| process(e, config)).collect());
        let mut reviews = Vec::with_capacity(outcomes.len());
        let mut rejects = Vec::new();
        for o in outcomes {
            ledger.record(o, &mut reviews, &mut rejects);
        }
        bar.inc(entries.len() as u64);
        if tx.send(Batch { reviews, rejects }).is_err() {
            break; // the writer stopped: its error is reported below
        }
    }
    drop(tx);
    let sinks = writer
        .join()
        .map_err(|_| Error::output(&options.out, "the writer thread panicked"))??;
    bar.finish_and_clear();

    let mut report = ledger.report;
    for ((sink, _), table) in sinks.into_iter().zip(TABLE_NAMES) {
        let rows = sink.finish()?;
        report.tables.insert(
            table.to_owned(),
            TableReport {
                rows,
                parts: vec![PART.to_owned()],
            },
        );
    }
    check_accounting(&report)?;
    env!("CARGO_PKG_VERSION").clone_into(&mut report.tool_version);
    SCHEMA_VERSION.clone_into(&mut report.schema_version);
    report.run_id = run_id;
    report.seconds = started.elapsed().as_secs_f64();
    report.files_per_second = if report.seconds > 0.0 {
        report.files_found as f64 / report.seconds
    } else {
        0.0
    };
    let json = serde_json::to_string_pretty(&report).map_err(|e| Error::output(&options.out, e))?;
    staging.publish(&TABLE_NAMES, &json)?;
    Ok(report)
}

fn check_accounting(report: &Report) -> Result<(), Error> {
    let reviews = report.tables.get("reviews").map_or(0, |t| t.rows);
    let rejects = report.tables.get("rejects").map_or(0, |t| t.rows);
    let reject_rows: u64 = report.rejects_by_reason.values().sum();
    let mentions = report.tables.get("cast_mentions").map_or(0, |t| t.rows);
    if report.files_found != report.files_with_reviews + report.files_rejected
        || reviews != report.reviews
        || rejects != reject_rows
        || mentions != report.cast_mentions
    {
        return Err(Error::Accounting(format!(
            "files found {} != with reviews {} + rejected {}, or rows written (reviews {reviews}, rejects {rejects}, cast_mentions {mentions}) != rows made ({}, {reject_rows}, {})",
            report.files_found,
            report.files_with_reviews,
            report.files_rejected,
            report.reviews,
            report.cast_mentions
        )));
    }
    Ok(())
}

fn new_run_id() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!(
        "{}-{:016x}",
        now.as_secs(),
        xxhash_rust::xxh3::xxh3_64_with_seed(
            &now.as_nanos().to_le_bytes(),
            u64::from(std::process::id())
        )
    )
}

fn progress_bar(show: bool) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} files  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}
