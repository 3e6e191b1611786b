//! Transform (polars): records of a batch become DataFrames; ratings are normalized by a pure
//! `LazyFrame → LazyFrame` function. No I/O here.

pub mod cast;
pub mod films;
pub mod ratings;

use polars::prelude::*;

use crate::model::{RejectRecord, ReviewRecord, SourceFormat};

/// Column names of the `reviews` table.
pub mod col {
    #![allow(missing_docs)]
    pub const REVIEW_ID: &str = "review_id";
    pub const SOURCE_PATH: &str = "source_path";
    pub const SOURCE_RECORD: &str = "source_record";
    pub const SOURCE_FORMAT: &str = "source_format";
    pub const FILM_ID: &str = "film_id";
    pub const FILM_TITLE: &str = "film_title";
    pub const FILM_YEAR: &str = "film_year";
    pub const HEADLINE: &str = "headline";
    pub const AUTHOR: &str = "author";
    pub const PUBLICATION: &str = "publication";
    pub const PUBLISHED_DATE: &str = "published_date";
    pub const URL: &str = "url";
    pub const RATING_RAW: &str = "rating_raw";
    pub const RATING_VALUE: &str = "rating_value";
    pub const RATING_MAX: &str = "rating_max";
    pub const RATING_KIND: &str = "rating_kind";
    pub const RATING_LETTER: &str = "rating_letter";
    pub const RATING_SCALE_INFERRED: &str = "rating_scale_inferred";
    pub const RATING_100: &str = "rating_100";
    pub const VERDICT: &str = "verdict";
    pub const RUNTIME_MINUTES: &str = "runtime_minutes";
    pub const DIRECTORS: &str = "directors";
    pub const WORD_COUNT: &str = "word_count";
    pub const BODY: &str = "body";
    pub const METADATA: &str = "metadata";
    pub const SOURCE_BYTES: &str = "source_bytes";
    pub const SOURCE_HASH: &str = "source_hash";
    pub const SOURCE_ENCODING: &str = "source_encoding";
    pub const REASON: &str = "reason";
    pub const MESSAGE: &str = "message";
    pub const BYTES: &str = "bytes";
}

fn strs<'a, T>(rows: &'a [T], f: impl Fn(&'a T) -> Option<&'a str>) -> Vec<Option<&'a str>> {
    rows.iter().map(f).collect()
}

/// A named column from anything polars builds a Series from.
fn column<V, T: ?Sized>(name: &str, values: V) -> Column
where
    Series: NamedFrom<V, T>,
{
    Series::new(name.into(), values).into()
}

/// The raw `reviews` frame of a batch: one row per record, ratings not yet normalized
/// (`rating_letter` holds letter grades for [`ratings::normalize_ratings`]).
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn reviews_frame(rows: &[ReviewRecord]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    let mut directors = ListStringChunkedBuilder::new(col::DIRECTORS.into(), n, n);
    for row in rows {
        directors.append_values_iter(row.review.directors.iter().map(String::as_str));
    }
    let metadata: Vec<String> = rows
        .iter()
        .map(|x| serde_json::to_string(&x.review.metadata).unwrap_or_else(|_| "{}".to_owned()))
        .collect();
    let film_ids: Vec<Option<String>> = rows
        .iter()
        .map(|x| films::film_key(x.review.film_title.as_deref(), x.review.film_year))
        .collect();
    let columns: Vec<Column> = vec![
        column(col::REVIEW_ID, strs(rows, |x| Some(x.review_id.as_str()))),
        column(col::SOURCE_PATH, strs(rows, |x| Some(&*x.source_path))),
        column(
            col::SOURCE_RECORD,
            rows.iter()
                .map(|x| x.review.source_record)
                .collect::<Vec<i32>>(),
        ),
        column(
            col::SOURCE_FORMAT,
            strs(rows, |x| x.review.format.map(SourceFormat::as_str)),
        ),
        column(col::FILM_ID, film_ids),
        column(
            col::FILM_TITLE,
            strs(rows, |x| x.review.film_title.as_deref()),
        ),
        column(
            col::FILM_YEAR,
            rows.iter().map(|x| x.review.film_year).collect::<Vec<_>>(),
        ),
        column(col::HEADLINE, strs(rows, |x| x.review.headline.as_deref())),
        column(col::AUTHOR, strs(rows, |x| x.review.author.as_deref())),
        column(
            col::PUBLICATION,
            strs(rows, |x| x.review.publication.as_deref()),
        ),
        Series::new(
            col::PUBLISHED_DATE.into(),
            rows.iter()
                .map(|x| x.review.published_date)
                .collect::<Vec<_>>(),
        )
        .cast(&DataType::Date)?
        .into(),
        column(col::URL, strs(rows, |x| x.review.url.as_deref())),
        column(
            col::RATING_RAW,
            strs(rows, |x| x.review.rating.as_ref().map(|v| v.raw.as_str())),
        ),
        column(
            col::RATING_VALUE,
            rows.iter()
                .map(|x| x.review.rating.as_ref().and_then(|v| v.value))
                .collect::<Vec<_>>(),
        ),
        column(
            col::RATING_MAX,
            rows.iter()
                .map(|x| x.review.rating.as_ref().and_then(|v| v.max))
                .collect::<Vec<_>>(),
        ),
        column(
            col::RATING_KIND,
            strs(rows, |x| x.review.rating.as_ref().map(|v| v.kind.as_str())),
        ),
        column(
            col::RATING_LETTER,
            strs(rows, |x| x.review.rating.as_ref().and_then(|v| v.letter)),
        ),
        column(
            col::RATING_SCALE_INFERRED,
            rows.iter()
                .map(|x| x.review.rating.as_ref().is_some_and(|v| v.scale_inferred))
                .collect::<Vec<bool>>(),
        ),
        column(col::VERDICT, strs(rows, |x| x.review.verdict.as_deref())),
        column(
            col::RUNTIME_MINUTES,
            rows.iter()
                .map(|x| x.review.runtime_minutes)
                .collect::<Vec<_>>(),
        ),
        directors.finish().into_series().into(),
        column(
            col::WORD_COUNT,
            rows.iter()
                .map(|x| x.review.word_count)
                .collect::<Vec<i32>>(),
        ),
        column(col::BODY, strs(rows, |x| Some(x.review.body.as_str()))),
        column(col::METADATA, metadata),
        column(
            col::SOURCE_BYTES,
            rows.iter()
                .map(|x| i64::try_from(x.source_bytes).unwrap_or(i64::MAX))
                .collect::<Vec<i64>>(),
        ),
        column(col::SOURCE_HASH, strs(rows, |x| Some(&*x.source_hash))),
        column(
            col::SOURCE_ENCODING,
            strs(rows, |x| Some(x.source_encoding)),
        ),
    ];
    DataFrame::new(n, columns)
}

/// The `rejects` frame of a batch.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn rejects_frame(rows: &[RejectRecord]) -> PolarsResult<DataFrame> {
    let columns: Vec<Column> = vec![
        column(col::SOURCE_PATH, strs(rows, |x| Some(&*x.source_path))),
        column(
            col::SOURCE_RECORD,
            rows.iter().map(|x| x.source_record).collect::<Vec<i32>>(),
        ),
        column(col::REASON, strs(rows, |x| Some(x.reject.reason.as_str()))),
        column(
            col::MESSAGE,
            strs(rows, |x| Some(x.reject.message.as_str())),
        ),
        column(
            col::BYTES,
            rows.iter()
                .map(|x| i64::try_from(x.bytes).unwrap_or(i64::MAX))
                .collect::<Vec<i64>>(),
        ),
        column(
            col::SOURCE_FORMAT,
            strs(rows, |x| x.source_format.map(SourceFormat::as_str)),
        ),
        column(col::SOURCE_HASH, strs(rows, |x| x.source_hash.as_deref())),
    ];
    DataFrame::new(rows.len(), columns)
}
