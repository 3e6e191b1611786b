//! Cast and credits (polars): each review's mentions arrive as list columns, one row per
//! review; a row index is added and the lists are exploded into one row per mention. Credits
//! are grouped per review first (a review's few people, in a plain loop: cheaper than a
//! batch-wide polars `group_by` on string keys), then exploded the same way.

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

/// One review's credits, in the order they are first met: its cast (in mention order), then
/// its crew, then the cast credited outside the prose but never mentioned. A person named
/// under one role many times is one credit: the first character stated, or the first name
/// stated after a role noun (`as a widow` then `plays Brigid Folan` credits Brigid Folan), the
/// mentions counted (a credited-only row counts 0).
fn review_credits(r: &crate::model::RawReview) -> Vec<(&str, &str, Option<&str>, i32)> {
    let mut out: Vec<(&str, &str, Option<&str>, i32)> = Vec::new();
    let cast = r
        .cast
        .iter()
        .map(|m| (m.actor.as_str(), "cast", m.character.as_deref(), 1));
    let crew = r
        .crew
        .iter()
        .map(|m| (m.person.as_str(), m.role.as_str(), None, 1));
    let credited = r
        .credited
        .iter()
        .map(|(p, c)| (p.as_str(), "cast", c.as_deref(), 0));
    for (person, role, character, n) in cast.chain(crew).chain(credited) {
        if let Some(c) = out.iter_mut().find(|c| c.0 == person && c.1 == role) {
            let named = |x: Option<&str>| x.is_some_and(|x| x.starts_with(char::is_uppercase));
            if c.2.is_none() || !named(c.2) && named(character) {
                c.2 = character.or(c.2);
            }
            c.3 += n;
        } else {
            out.push((person, role, character, n));
        }
    }
    out
}

/// One row per review with its credits ([`review_credits`]) as list columns.
fn credit_lists(rows: &[ReviewRecord]) -> PolarsResult<DataFrame> {
    let n = rows.len();
    let credits: Vec<_> = rows.iter().map(|r| review_credits(&r.review)).collect();
    let m: usize = credits.iter().map(Vec::len).sum();
    let mut person = ListStringChunkedBuilder::new(PERSON.into(), n, m);
    let mut role = ListStringChunkedBuilder::new(ROLE.into(), n, m);
    let mut character = ListStringChunkedBuilder::new(CHARACTER.into(), n, m);
    let mut mentions =
        ListPrimitiveChunkedBuilder::<Int32Type>::new(MENTIONS.into(), n, m, DataType::Int32);
    for c in &credits {
        person.append_values_iter(c.iter().map(|x| x.0));
        role.append_values_iter(c.iter().map(|x| x.1));
        character.append_trusted_len_iter(c.iter().map(|x| x.2));
        mentions.append_iter(c.iter().map(|x| Some(x.3)));
    }
    with_ids(
        rows,
        vec![
            person.finish().into_series().into(),
            role.finish().into_series().into(),
            character.finish().into_series().into(),
            mentions.finish().into_series().into(),
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

/// The `cast_mentions` table of a batch: one row per mention, in review order then text
/// order, columns in contract order.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn cast_mentions_frame(rows: &[ReviewRecord]) -> PolarsResult<LazyFrame> {
    let mentions = explode_lists(
        cast_lists(rows)?,
        &[ACTOR, CHARACTER, PATTERN, START, END, SENTENCE],
    );
    Ok(mentions.select([
        polars::prelude::col(REVIEW_ID),
        polars::prelude::col(FILM_ID),
        polars::prelude::col(ACTOR),
        polars::prelude::col(CHARACTER),
        polars::prelude::col(PATTERN),
        polars::prelude::col(START),
        polars::prelude::col(END),
        polars::prelude::col(SENTENCE),
        polars::prelude::col(SOURCE_PATH),
    ]))
}

/// The `credits` table of a batch: one row per review × person × role (grouped per review),
/// exploded from per-review list columns, in review order.
///
/// # Errors
/// A polars error when the columns cannot be assembled.
pub fn credits_frame(rows: &[ReviewRecord]) -> PolarsResult<LazyFrame> {
    use polars::prelude::col as c;
    Ok(
        explode_lists(credit_lists(rows)?, &[PERSON, ROLE, CHARACTER, MENTIONS]).select([
            c(REVIEW_ID),
            c(FILM_ID),
            c(PERSON),
            c(ROLE),
            c(CHARACTER),
            c(MENTIONS),
            c(SOURCE_PATH),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use crate::analyze::people::{CastMention, CastPattern, CrewMention, CrewRole};
    use crate::model::RawReview;

    fn cast(actor: &str, character: Option<&str>) -> CastMention {
        CastMention {
            actor: actor.into(),
            character: character.map(Into::into),
            pattern: CastPattern::Plays,
            span: None,
            sentence: String::new(),
        }
    }

    fn crew(person: &str, role: CrewRole) -> CrewMention {
        CrewMention {
            person: person.into(),
            role,
            span: None,
            sentence: String::new(),
        }
    }

    #[test]
    fn credits_group_a_review_by_person_and_role_in_first_seen_order() {
        let r = RawReview {
            cast: vec![
                cast("Ana Ruiz", None),
                cast("Tom Okafor", Some("Dev")),
                cast("Ana Ruiz", Some("Mara")),
                cast("Ana Ruiz", Some("the aunt")),
                cast("Ines Vidal", Some("widow")),
                cast("Ines Vidal", Some("Brigid Folan")),
                cast("Ines Vidal", Some("Nora")),
            ],
            crew: vec![
                crew("Lee Park", CrewRole::Director),
                crew("Lee Park", CrewRole::Writer),
                crew("Lee Park", CrewRole::Director),
            ],
            credited: vec![
                ("Sam Ode".into(), Some("Grandad".into())),
                ("Tom Okafor".into(), Some("Devendra".into())),
            ],
            ..RawReview::default()
        };
        let got = super::review_credits(&r);
        assert_eq!(
            got,
            vec![
                // The first character stated, every mention counted.
                ("Ana Ruiz", "cast", Some("Mara"), 3),
                // Credited as well: still one credit, its mentions unchanged.
                ("Tom Okafor", "cast", Some("Dev"), 1),
                // A name stated after a role noun: the name.
                ("Ines Vidal", "cast", Some("Brigid Folan"), 3),
                ("Lee Park", "director", None, 2),
                ("Lee Park", "writer", None, 1),
                // Listed but never named in the prose.
                ("Sam Ode", "cast", Some("Grandad"), 0),
            ]
        );
    }
}
