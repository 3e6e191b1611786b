//! Cast and credits (polars): each review's mentions arrive as list columns, one row per
//! review; a row index is added, the lists are exploded into one row per mention, and the
//! credits are grouped from the exploded mentions and crew.

use polars::prelude::*;

use crate::model::ReviewRecord;

use super::films;

/// Column names of the `cast_mentions` and `credits` tables.
pub mod col {
    #![allow(missing_docs)]
    pub const ACTOR: &str = "actor";
    pub const CHARACTER: &str = "character";
    pub const PATTERN: &str = "pattern";
    pub const START: &str = "start";
    pub const END: &str = "end";
    pub const SENTENCE: &str = "sentence";
    pub const PERSON: &str = "person";
    pub const ROLE: &str = "role";
    pub const MENTIONS: &str = "mentions";
    /// The review's row in its batch, kept through `explode` to order the rows.
    pub const ROW: &str = "review_row";
}

use super::col::{FILM_ID, REVIEW_ID, SOURCE_PATH};
use col::{ACTOR, CHARACTER, END, MENTIONS, PATTERN, PERSON, ROLE, ROW, SENTENCE, START};

fn offset(x: usize) -> i32 {
    i32::try_from(x).unwrap_or(i32::MAX)
}

/// One row per review with the mentions as list columns.
fn cast_lists(rows: &[ReviewRecord]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    let m: usize = rows.iter().map(|r| r.review.cast.len()).sum();
    let mut actor = ListStringChunkedBuilder::new(ACTOR.into(), n, m);
    let mut character = ListStringChunkedBuilder::new(CHARACTER.into(), n, m);
    let mut pattern = ListStringChunkedBuilder::new(PATTERN.into(), n, m);
    let mut sentence = ListStringChunkedBuilder::new(SENTENCE.into(), n, m);
    let mut start =
        ListPrimitiveChunkedBuilder::<Int32Type>::new(START.into(), n, m, DataType::Int32);
    let mut end = ListPrimitiveChunkedBuilder::<Int32Type>::new(END.into(), n, m, DataType::Int32);
    for r in rows {
        let c = &r.review.cast;
        actor.append_values_iter(c.iter().map(|x| x.actor.as_str()));
        character.append_trusted_len_iter(c.iter().map(|x| x.character.as_deref()));
        pattern.append_values_iter(c.iter().map(|x| x.pattern.as_str()));
        sentence.append_values_iter(c.iter().map(|x| x.sentence.as_str()));
        start.append_iter(c.iter().map(|x| x.span.as_ref().map(|s| offset(s.start))));
        end.append_iter(c.iter().map(|x| x.span.as_ref().map(|s| offset(s.end))));
    }
    with_ids(
        rows,
        vec![
            actor.finish().into_series().into(),
            character.finish().into_series().into(),
            pattern.finish().into_series().into(),
            start.finish().into_series().into(),
            end.finish().into_series().into(),
            sentence.finish().into_series().into(),
        ],
    )
}

/// One row per review with the crew mentions as list columns.
fn crew_lists(rows: &[ReviewRecord]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    let m: usize = rows.iter().map(|r| r.review.crew.len()).sum();
    let mut person = ListStringChunkedBuilder::new(PERSON.into(), n, m);
    let mut role = ListStringChunkedBuilder::new(ROLE.into(), n, m);
    for r in rows {
        let c = &r.review.crew;
        person.append_values_iter(c.iter().map(|x| x.person.as_str()));
        role.append_values_iter(c.iter().map(|x| x.role.as_str()));
    }
    with_ids(
        rows,
        vec![
            person.finish().into_series().into(),
            role.finish().into_series().into(),
        ],
    )
}

/// One row per review with the cast credited but never mentioned as list columns.
fn credited_lists(rows: &[ReviewRecord]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    let m: usize = rows.iter().map(|r| r.review.credited.len()).sum();
    let mut person = ListStringChunkedBuilder::new(PERSON.into(), n, m);
    let mut character = ListStringChunkedBuilder::new(CHARACTER.into(), n, m);
    for r in rows {
        let c = &r.review.credited;
        person.append_values_iter(c.iter().map(|x| x.0.as_str()));
        character.append_trusted_len_iter(c.iter().map(|x| x.1.as_deref()));
    }
    with_ids(
        rows,
        vec![
            person.finish().into_series().into(),
            character.finish().into_series().into(),
        ],
    )
}

/// A frame of `rows`' review_id, film_id and source_path, then `lists`.
fn with_ids(rows: &[ReviewRecord], lists: Vec<Column>) -> PolarsResult<DataFrame> {
    let mut columns = vec![
        ids(rows, REVIEW_ID, |r| Some(r.review_id.as_str())),
        film_ids(rows),
        ids(rows, SOURCE_PATH, |r| Some(&*r.source_path)),
    ];
    columns.extend(lists);
    DataFrame::new(rows.len(), columns)
}

fn ids<'a>(
    rows: &'a [ReviewRecord],
    name: &str,
    f: impl Fn(&'a ReviewRecord) -> Option<&'a str>,
) -> Column {
    Series::new(name.into(), rows.iter().map(f).collect::<Vec<_>>()).into()
}

fn film_ids(rows: &[ReviewRecord]) -> Column {
    Series::new(
        FILM_ID.into(),
        rows.iter()
            .map(|x| films::film_key(x.review.film_title.as_deref(), x.review.film_year))
            .collect::<Vec<_>>(),
    )
    .into()
}

/// Explodes list columns `lists` of `df` into one row per element, keeping each row's
/// review (reviews with no elements give no rows).
fn explode_lists(df: DataFrame, lists: &[&str]) -> LazyFrame {
    df.lazy().with_row_index(ROW, None).explode(
        cols(lists.iter().copied()),
        ExplodeOptions {
            empty_as_null: false,
            keep_nulls: false,
        },
    )
}

/// The `cast_mentions` rows of a batch, in review order then text order, with the batch
/// row index (`review_row`) still attached.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn mentions(rows: &[ReviewRecord]) -> PolarsResult<LazyFrame> {
    let df = cast_lists(rows)?;
    Ok(explode_lists(
        df,
        &[ACTOR, CHARACTER, PATTERN, START, END, SENTENCE],
    ))
}

/// The `cast_mentions` table of a batch, in contract order.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn cast_mentions_frame(mentions: LazyFrame) -> LazyFrame {
    mentions.select([
        polars::prelude::col(REVIEW_ID),
        polars::prelude::col(FILM_ID),
        polars::prelude::col(ACTOR),
        polars::prelude::col(CHARACTER),
        polars::prelude::col(PATTERN),
        polars::prelude::col(START),
        polars::prelude::col(END),
        polars::prelude::col(SENTENCE),
        polars::prelude::col(SOURCE_PATH),
    ])
}

/// The `credits` table of a batch: one row per review × person × role, cast from the exploded
/// mentions (character: the first one stated), crew from the crew mentions; `mentions` counts
/// the rows behind each credit.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn credits_frame(rows: &[ReviewRecord], mentions: LazyFrame) -> PolarsResult<LazyFrame> {
    use polars::prelude::col as c;
    let cast = mentions.select([
        c(ROW),
        c(REVIEW_ID),
        c(FILM_ID),
        c(SOURCE_PATH),
        c(ACTOR).alias(PERSON),
        lit("cast").alias(ROLE),
        c(CHARACTER),
    ]);
    let crew = explode_lists(crew_lists(rows)?, &[PERSON, ROLE]).select([
        c(ROW),
        c(REVIEW_ID),
        c(FILM_ID),
        c(SOURCE_PATH),
        c(PERSON),
        c(ROLE),
        lit(NULL).cast(DataType::String).alias(CHARACTER),
    ]);
    let all = concat([cast, crew], UnionArgs::default())?.with_column(lit(1i32).alias(MENTIONS));
    let credited = explode_lists(credited_lists(rows)?, &[PERSON, CHARACTER]).select([
        c(ROW),
        c(REVIEW_ID),
        c(FILM_ID),
        c(SOURCE_PATH),
        c(PERSON),
        lit("cast").alias(ROLE),
        c(CHARACTER),
        lit(0i32).alias(MENTIONS),
    ]);
    let all = concat([all, credited], UnionArgs::default())?;
    Ok(all
        .group_by_stable([c(ROW), c(REVIEW_ID), c(PERSON), c(ROLE)])
        .agg([
            c(FILM_ID).first(),
            c(SOURCE_PATH).first(),
            c(CHARACTER).drop_nulls().first(),
            c(MENTIONS).sum().cast(DataType::Int32),
        ])
        .sort(
            [ROW],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .select([
            c(REVIEW_ID),
            c(FILM_ID),
            c(PERSON),
            c(ROLE),
            c(CHARACTER),
            c(MENTIONS),
            c(SOURCE_PATH),
        ]))
}
