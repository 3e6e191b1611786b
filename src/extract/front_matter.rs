//! Family 1: static-site posts with YAML (`---`) or TOML (`+++`) front matter, then Markdown
//! that may hold inline HTML. Every front matter key is kept in `metadata`.

use serde_json::{Map, Value};

use super::{Line, lines};
use crate::analyze::boilerplate::{self, Body};
use crate::analyze::{dates, names, rating, title};
use crate::model::{RawReview, Reject, RejectReason, SourceFormat};

const FILM_KEYS: [&str; 7] = [
    "film",
    "film_title",
    "movie",
    "movie_title",
    "filmtitle",
    "reviewed_film",
    "work",
];
const YEAR_KEYS: [&str; 6] = [
    "year",
    "film_year",
    "release_year",
    "movie_year",
    "released",
    "releaseyear",
];
const AUTHOR_KEYS: [&str; 7] = [
    "author",
    "reviewer",
    "by",
    "critic",
    "author_name",
    "authors",
    "reviewed_by",
];
const PUBLICATION_KEYS: [&str; 8] = [
    "publication",
    "outlet",
    "site",
    "site_name",
    "publisher",
    "source",
    "blog",
    "magazine",
];
const DATE_KEYS: [&str; 10] = [
    "date",
    "published",
    "pubdate",
    "publish_date",
    "publishdate",
    "published_at",
    "date_published",
    "posted",
    "created",
    "review_date",
];
const URL_KEYS: [&str; 7] = [
    "url",
    "permalink",
    "canonical_url",
    "canonical",
    "link",
    "source_url",
    "letterboxd_url",
];
const RATING_KEYS: [&str; 11] = [
    "rating",
    "my_rating",
    "stars",
    "score",
    "grade",
    "letter_grade",
    "review_score",
    "rating_value",
    "letterboxd_rating",
    "mark",
    "star_rating",
];
const MAX_KEYS: [&str; 8] = [
    "rating_max",
    "max_rating",
    "out_of",
    "best_rating",
    "rating_scale",
    "scale",
    "rating_out_of",
    "max_score",
];
const RUNTIME_KEYS: [&str; 5] = [
    "runtime",
    "running_time",
    "runtime_minutes",
    "length",
    "duration",
];
const DIRECTOR_KEYS: [&str; 3] = ["director", "directors", "directed_by"];
const VERDICT_KEYS: [&str; 3] = ["verdict", "recommendation", "recommended"];

/// Parses a front matter post.
pub(super) fn parse(text: &str) -> Result<RawReview, Reject> {
    let all = lines(text);
    let open = all
        .iter()
        .position(|l| !l.trimmed().is_empty())
        .unwrap_or(0);
    let delim = all[open].trimmed();
    let toml = delim == "+++";
    let close = all[open + 1..]
        .iter()
        .position(|l| {
            let t = l.text.trim_end();
            if toml {
                t == "+++"
            } else {
                t == "---" || t == "..."
            }
        })
        .map(|i| open + 1 + i)
        .ok_or_else(|| {
            Reject::new(
                RejectReason::BadFrontMatter,
                format!(
                    "front matter opened with `{delim}` on line {} is never closed",
                    open + 1
                ),
            )
        })?;
    let fm_start = all[open + 1].start;
    let fm_end = all[close].start;
    let source = &text[fm_start..fm_end];
    let map = if toml {
        parse_toml(source)?
    } else {
        parse_yaml(source)?
    };

    let mut review = RawReview::new(SourceFormat::FrontMatter);
    let fm = FrontMatter::new(&map, &all[open + 1..close]);
    fill(&mut review, &fm);
    drop(fm);
    review.metadata = map;

    let body_lines = &all[close + 1..];
    let film = review.film_title.clone();
    let mut body = Body::with_capacity(text.len());
    for l in body_lines {
        body.push(l.text, film.as_deref());
    }
    body.finish(&mut review);
    if review.film_title.is_none() {
        title_from_body(&mut review, body_lines);
    }
    Ok(review)
}

/// The front matter as parsed, with the lines it came from (for evidence).
struct FrontMatter<'a> {
    map: &'a Map<String, Value>,
    lines: &'a [Line<'a>],
    /// Every key of the top level and of `params`/`extra`/`review` tables, normalized
    /// (lowercase, `-` and spaces as `_`), in lookup order.
    keys: Vec<(String, &'a str, &'a Value)>,
}

impl<'a> FrontMatter<'a> {
    fn new(map: &'a Map<String, Value>, lines: &'a [Line<'a>]) -> Self {
        let mut keys = Vec::new();
        for scope in [
            Some(map),
            sub(map, "params"),
            sub(map, "extra"),
            sub(map, "review"),
        ]
        .into_iter()
        .flatten()
        {
            keys.extend(
                scope
                    .iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (norm_key(k), k.as_str(), v)),
            );
        }
        Self { map, lines, keys }
    }

    /// The first of `keys` present (keys compared lowercased, `-` as `_`), looking into
    /// `params`/`extra` tables too. Returns the key as written and its value.
    fn get(&self, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
        keys.iter().find_map(|want| {
            self.keys
                .iter()
                .find(|(n, _, _)| n == want)
                .map(|(_, k, v)| (*k, *v))
        })
    }

    /// The byte range of the line that sets `key`.
    fn span(&self, key: &str) -> Option<std::ops::Range<usize>> {
        self.lines
            .iter()
            .find(|l| {
                let t = l.trimmed();
                t.strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with([':', '=']))
                    || t.strip_prefix('"')
                        .and_then(|r| r.strip_prefix(key))
                        .is_some_and(|r| r.starts_with('"'))
            })
            .map(Line::span)
    }
}

fn sub<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Map<String, Value>> {
    map.iter()
        .find(|(k, _)| norm_key(k) == key)
        .and_then(|(_, v)| v.as_object())
}

fn norm_key(k: &str) -> String {
    k.trim().to_lowercase().replace(['-', ' '], "_")
}

/// A scalar as text (numbers and booleans too); the first element of a list.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(a) => a.first().and_then(text_of),
        Value::Object(o) => o.get("name").or_else(|| o.get("title")).and_then(text_of),
        Value::Null => None,
    }
}

fn list_of(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().filter_map(text_of).collect(),
        other => text_of(other)
            .map(|s| names::split_names(&s))
            .unwrap_or_default(),
    }
}

fn fill(review: &mut RawReview, fm: &FrontMatter<'_>) {
    let cite = |review: &mut RawReview, field, key: &str| {
        if let Some(span) = fm.span(key) {
            review.cite(field, span);
        }
    };
    let title_value = fm.get(&["title"]).and_then(|(k, v)| Some((k, text_of(v)?)));
    if let Some((key, t)) = &title_value {
        review.headline = Some(boilerplate::strip_html(t).into_owned());
        cite(review, "headline", key);
    }
    if let Some((key, v)) = fm.get(&FILM_KEYS) {
        let (film, year) = match v {
            Value::Object(o) => (
                o.get("title").or_else(|| o.get("name")).and_then(text_of),
                o.get("year").and_then(text_of).and_then(|y| y.parse().ok()),
            ),
            other => (text_of(other), None),
        };
        if let Some(f) = film {
            let (t, y) = title::split_title_year(&f);
            review.film_title = Some(t);
            review.film_year = year.or(y);
            cite(review, "film_title", key);
        }
    }
    if review.film_title.is_none()
        && let Some((key, t)) = &title_value
    {
        let (t, y) = title::split_title_year(t);
        review.film_title = Some(t);
        review.film_year = review.film_year.or(y);
        cite(review, "film_title", key);
    }
    if let Some((key, v)) = fm.get(&YEAR_KEYS) {
        let y = text_of(v)
            .and_then(|s| s.get(..4).and_then(|y| y.parse::<i32>().ok()))
            .filter(|y| title::plausible_year(*y));
        if y.is_some() {
            review.film_year = y;
            cite(review, "film_year", key);
        }
    }
    if let Some((key, v)) = fm.get(&AUTHOR_KEYS) {
        review.author = text_of(v);
        cite(review, "author", key);
    }
    if let Some((key, v)) = fm.get(&PUBLICATION_KEYS) {
        review.publication = text_of(v);
        cite(review, "publication", key);
    }
    if let Some((key, v)) = fm.get(&DATE_KEYS) {
        review.published_date = text_of(v).and_then(|s| dates::parse_date(&s));
        cite(review, "published_date", key);
    }
    if let Some((key, v)) = fm.get(&URL_KEYS) {
        review.url = text_of(v).filter(|u| u.contains("://") || u.starts_with('/'));
        cite(review, "url", key);
    }
    if let Some((key, v)) = fm.get(&RUNTIME_KEYS) {
        review.runtime_minutes = text_of(v).and_then(|s| dates::parse_runtime(&s));
        cite(review, "runtime_minutes", key);
    }
    if let Some((key, v)) = fm.get(&DIRECTOR_KEYS) {
        review.directors = list_of(v);
        cite(review, "directors", key);
    }
    if let Some((key, v)) = fm.get(&VERDICT_KEYS) {
        review.verdict = text_of(v).filter(|s| s != "true" && s != "false");
        cite(review, "verdict", key);
    }
    fill_rating(review, fm);
}

fn fill_rating(review: &mut RawReview, fm: &FrontMatter<'_>) {
    let Some((key, v)) = fm.get(&RATING_KEYS) else {
        return;
    };
    let Some(written) = text_of(v) else { return };
    let declared = fm
        .get(&MAX_KEYS)
        .and_then(|(_, m)| text_of(m))
        .and_then(|m| {
            m.trim_start_matches("0-")
                .trim_start_matches("1-")
                .parse::<f64>()
                .ok()
        })
        .filter(|m| *m > 0.0);
    let letterboxd = fm
        .map
        .keys()
        .any(|k| k.to_lowercase().contains("letterboxd"))
        || fm
            .get(&URL_KEYS)
            .and_then(|(_, u)| u.as_str())
            .is_some_and(|u| u.contains("letterboxd.com"));
    let stars_key = norm_key(key).contains("star");
    let Some(mut parsed) = rating::parse_rating(&written) else {
        if rating::looks_like_verdict(&written) && review.verdict.is_none() {
            review.verdict = Some(written);
            if let Some(span) = fm.span(key) {
                review.cite("verdict", span);
            }
        }
        return;
    };
    if parsed.kind == rating::RatingKind::Number {
        let max = declared.or(if letterboxd || stars_key {
            Some(5.0)
        } else {
            None
        });
        if stars_key {
            parsed.kind = rating::RatingKind::Stars;
            parsed.max = max;
        }
        parsed = rating::with_scale(parsed, max);
    }
    review.rating = Some(parsed);
    if let Some(span) = fm.span(key) {
        review.cite("rating_raw", span);
    }
}

fn title_from_body(review: &mut RawReview, body: &[Line<'_>]) {
    let heading = body.iter().find_map(|l| {
        l.trimmed()
            .strip_prefix('#')
            .map(|h| h.trim_start_matches('#').trim())
    });
    if let Some(h) = heading.filter(|h| !h.is_empty()) {
        let (t, y) = title::split_title_year(h);
        review.film_title = Some(t);
        review.film_year = review.film_year.or(y);
    } else if let Some((t, y, _)) = title::titled_year_mentions(&review.body).into_iter().next() {
        review.film_title = Some(t);
        review.film_year = review.film_year.or(Some(y));
    }
}

fn parse_yaml(source: &str) -> Result<Map<String, Value>, Reject> {
    let bad = |msg: String| Reject::new(RejectReason::BadFrontMatter, msg);
    if source.trim().is_empty() {
        return Ok(Map::new());
    }
    let value: crate::yaml::Value = match crate::yaml::from_str(source) {
        Ok(v) => v,
        // Static-site generators keep the last of a repeated key; so do we, and say so.
        Err(e) if e.contains("duplicate entry") => {
            let (deduped, dropped) = last_keys_win(source);
            let Ok(Value::Object(mut m)) = crate::yaml::from_str(&deduped).map(yaml_to_json) else {
                return Err(bad(format!("front matter is not valid YAML: {e}")));
            };
            m.insert("_duplicate_keys".to_owned(), Value::from(dropped));
            return Ok(m);
        }
        Err(e) => return Err(bad(format!("front matter is not valid YAML: {e}"))),
    };
    match yaml_to_json(value) {
        Value::Object(m) => Ok(m),
        Value::Null => Ok(Map::new()),
        other => Err(bad(format!(
            "front matter is YAML but not a mapping of keys (found {})",
            kind_name(&other)
        ))),
    }
}

/// The front matter with every top-level key kept only at its last occurrence (its value
/// lines included), and the keys that were repeated.
fn last_keys_win(source: &str) -> (String, Vec<String>) {
    let top_key = |l: &str| {
        (!l.starts_with([' ', '\t', '-', '#']))
            .then(|| l.split_once(':').map(|(k, _)| k.trim().to_owned()))
            .flatten()
            .filter(|k| !k.is_empty())
    };
    // Blocks: a top-level key line and the indented or list lines under it.
    let mut blocks: Vec<(Option<String>, Vec<&str>)> = Vec::new();
    for l in source.lines() {
        match top_key(l) {
            Some(k) => blocks.push((Some(k), vec![l])),
            None => match blocks.last_mut() {
                Some(b) => b.1.push(l),
                None => blocks.push((None, vec![l])),
            },
        }
    }
    let mut dropped = Vec::new();
    let mut out = String::with_capacity(source.len());
    for (i, (key, lines)) in blocks.iter().enumerate() {
        if let Some(k) = key
            && blocks[i + 1..].iter().any(|(k2, _)| k2.as_ref() == Some(k))
        {
            if !dropped.contains(k) {
                dropped.push(k.clone());
            }
            continue;
        }
        for l in lines {
            out.push_str(l);
            out.push('\n');
        }
    }
    (out, dropped)
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "a list",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        _ => "something else",
    }
}

fn yaml_to_json(v: crate::yaml::Value) -> Value {
    use crate::yaml::Value as Y;
    match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::String(n.to_string()), Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(seq) => Value::Array(seq.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let key = match yaml_to_json(k) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (key, yaml_to_json(v))
                })
                .collect(),
        ),
        Y::Tagged(t) => yaml_to_json(t.value),
    }
}

fn parse_toml(source: &str) -> Result<Map<String, Value>, Reject> {
    let table: toml::Table = toml::from_str(source).map_err(|e| {
        Reject::new(
            RejectReason::BadFrontMatter,
            format!("front matter is not valid TOML: {}", e.message()),
        )
    })?;
    Ok(table
        .into_iter()
        .map(|(k, v)| (k, toml_to_json(v)))
        .collect())
}

fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jekyll_post_with_letterboxd_scale() {
        let text = "---\nlayout: review\ntitle: \"Night Harbour (2019)\"\nrating: \"3.5\"\nletterboxd_url: https://letterboxd.com/x/film/night-harbour/\nmst3k: false\ndate: 2021-04-02\n---\n\nWe watch <i>Night Harbour</i> at sea.<br>It is slow.\n";
        let r = parse(text).unwrap();
        assert_eq!(r.film_title.as_deref(), Some("Night Harbour"));
        assert_eq!(r.film_year, Some(2019));
        let rating = r.rating.unwrap();
        assert_eq!(
            (rating.value, rating.max, rating.scale_inferred),
            (Some(3.5), Some(5.0), false)
        );
        assert_eq!(r.body, "We watch Night Harbour at sea.\nIt is slow.");
        assert_eq!(r.metadata["mst3k"], Value::Bool(false));
        assert_eq!(r.published_date, dates::days_from_civil(2021, 4, 2));
    }

    #[test]
    fn hugo_toml_with_grade_and_lists() {
        let text = "+++\ntitle = \"Review: Salt Acre\"\ngrade = \"B+\"\ndirector = [\"Ana Ruiz\", \"Tom Okafor\"]\nruntime = \"1h 38m\"\n[params]\nauthor = \"Lee Park\"\n+++\nBody text.\n";
        let r = parse(text).unwrap();
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
        assert_eq!(r.rating.unwrap().letter, Some("B+"));
        assert_eq!(r.directors, ["Ana Ruiz", "Tom Okafor"]);
        assert_eq!(r.runtime_minutes, Some(98));
        assert_eq!(r.author.as_deref(), Some("Lee Park"));
    }

    #[test]
    fn declared_scale_and_stars_key() {
        let r = parse("---\nfilm: Salt Acre\nrating: 8\nrating_max: 10\n---\nx\n")
            .unwrap()
            .rating
            .unwrap();
        assert_eq!(
            (r.value, r.max, r.scale_inferred),
            (Some(8.0), Some(10.0), false)
        );
        let r = parse("---\ntitle: Salt Acre\nstars: 4\n---\nx\n")
            .unwrap()
            .rating
            .unwrap();
        assert_eq!((r.kind, r.max), (rating::RatingKind::Stars, Some(5.0)));
        let r = parse("---\ntitle: Salt Acre\nscore: 7/10\n---\nx\n")
            .unwrap()
            .rating
            .unwrap();
        assert_eq!((r.value, r.max), (Some(7.0), Some(10.0)));
    }

    #[test]
    fn repeated_keys_keep_the_last_value() {
        let r = parse("---\ntags:\n  - a\ntitle: \"Salt Acre (2019)\"\ntags: [b, c]\n---\nbody\n")
            .unwrap();
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
        assert_eq!(r.metadata["tags"], serde_json::json!(["b", "c"]));
        assert_eq!(r.metadata["_duplicate_keys"], serde_json::json!(["tags"]));
    }

    #[test]
    fn broken_front_matter_is_rejected() {
        assert_eq!(
            parse("---\ntitle: x\nno end\n").unwrap_err().reason,
            RejectReason::BadFrontMatter
        );
        assert_eq!(
            parse("---\ntitle: \"Unclosed\n---\nbody\n")
                .unwrap_err()
                .reason,
            RejectReason::BadFrontMatter
        );
        assert_eq!(
            parse("---\n- a\n- b\n---\nbody\n").unwrap_err().reason,
            RejectReason::BadFrontMatter
        );
    }
}
