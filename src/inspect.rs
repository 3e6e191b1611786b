//! `reviewpipe inspect FILE`: the family detected and every field extracted from one file,
//! each with its evidence (line number and the text it came from).

use std::fmt::Write as _;
use std::path::Path;

use crate::config::Config;
use crate::error::Error;
use crate::extract::{self, decode};
use crate::model::RawReview;

/// Renders the inspection of one file as text.
///
/// # Errors
/// [`Error::Input`] when the file cannot be read.
pub fn inspect(path: &Path, config: &Config) -> Result<String, Error> {
    let meta = fs_err::metadata(path).map_err(|source| Error::Input {
        path: path.to_owned(),
        source,
    })?;
    let mut out = String::new();
    let _ = writeln!(out, "file: {}\nbytes: {}", path.display(), meta.len());
    if !meta.is_file() {
        let _ = writeln!(out, "rejected: not_regular: not a regular file");
        return Ok(out);
    }
    if meta.len() > config.max_file_bytes {
        let _ = writeln!(
            out,
            "rejected: too_large: over the limit of {} bytes",
            config.max_file_bytes
        );
        return Ok(out);
    }
    let bytes = fs_err::read(path).map_err(|source| Error::Input {
        path: path.to_owned(),
        source,
    })?;
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(r) => {
            let _ = writeln!(out, "rejected: {}: {}", r.reason, r.message);
            return Ok(out);
        }
    };
    let _ = writeln!(out, "encoding: {}", decoded.encoding);
    if let Some(le) = decoded.line_endings {
        let _ = writeln!(out, "line endings: {le} (read as LF)");
    }
    let _ = writeln!(out, "family: {}", extract::sniff(&decoded.text));
    match extract::extract_text(&decoded.text) {
        Err(r) => {
            let _ = writeln!(out, "rejected: {}: {}", r.reason, r.message);
        }
        Ok(reviews) => {
            for r in &reviews {
                render(&mut out, r, &decoded.text);
                render_people(&mut out, r);
            }
        }
    }
    Ok(out)
}

fn render(out: &mut String, r: &RawReview, text: &str) {
    let _ = writeln!(out, "\nreview {}:", r.source_record);
    let rating = r.rating.as_ref();
    let fields: [(&str, Option<String>); 14] = [
        ("film_title", r.film_title.clone()),
        ("film_year", r.film_year.map(|y| y.to_string())),
        ("headline", r.headline.clone()),
        ("author", r.author.clone()),
        ("publication", r.publication.clone()),
        (
            "published_date",
            r.published_date.map(|d| {
                let (y, m, dd) = crate::analyze::dates::civil_from_days(d);
                format!("{y:04}-{m:02}-{dd:02}")
            }),
        ),
        ("url", r.url.clone()),
        ("rating_raw", rating.map(|x| x.raw.clone())),
        (
            "rating",
            rating.map(|x| {
                let value = x.letter.map_or_else(
                    || x.value.map_or("?".into(), |v| v.to_string()),
                    str::to_owned,
                );
                let max = x.max.map_or("?".into(), |m| m.to_string());
                format!(
                    "{} {value} / {max}{}",
                    x.kind.as_str(),
                    if x.scale_inferred {
                        " (scale inferred)"
                    } else {
                        ""
                    }
                )
            }),
        ),
        ("verdict", r.verdict.clone()),
        ("runtime_minutes", r.runtime_minutes.map(|m| m.to_string())),
        (
            "directors",
            (!r.directors.is_empty()).then(|| r.directors.join(", ")),
        ),
        ("word_count", Some(r.word_count.to_string())),
        (
            "metadata keys",
            (!r.metadata.is_empty())
                .then(|| r.metadata.keys().cloned().collect::<Vec<_>>().join(", ")),
        ),
    ];
    for (name, value) in fields {
        let Some(value) = value else {
            let _ = writeln!(out, "  {name:<16} -");
            continue;
        };
        let _ = writeln!(out, "  {name:<16} {value}");
        let evidence_field = if name == "rating" { "rating_raw" } else { name };
        if name == "rating" {
            continue;
        }
        for e in r.evidence.iter().filter(|e| e.field == evidence_field) {
            let line = text[..e.start.min(text.len())].matches('\n').count() + 1;
            let ls = text[..e.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let le = text[e.start.min(text.len())..]
                .find('\n')
                .map_or(text.len(), |i| e.start + i);
            let _ = writeln!(out, "  {:<16}   line {line}: {}", "", text[ls..le].trim());
        }
    }
    let preview: String = r.body.chars().take(160).collect();
    let _ = writeln!(out, "  {:<16} {}", "body", preview.replace('\n', " ⏎ "));
}

/// The cast and crew the finder sees in a review: each mention with its pattern, where it is
/// in the body and the sentence it came from.
fn render_people(out: &mut String, r: &RawReview) {
    let people = crate::analyze::people::find_in_review(r);
    let _ = writeln!(out, "  cast mentions    {}", people.cast.len());
    for m in &people.cast {
        let at = place(m.span.as_ref());
        let _ = writeln!(
            out,
            "    {} as {} [{}, {at}]: {}",
            m.actor,
            m.character.as_deref().unwrap_or("-"),
            m.pattern.as_str(),
            m.sentence
        );
    }
    let _ = writeln!(out, "  crew mentions    {}", people.crew.len());
    for c in &people.crew {
        let at = place(c.span.as_ref());
        let _ = writeln!(
            out,
            "    {} ({}) [{at}]: {}",
            c.person,
            c.role.as_str(),
            c.sentence
        );
    }
}

/// Where a mention is: its byte range in the body, or `listed` for names outside it.
fn place(span: Option<&std::ops::Range<usize>>) -> String {
    span.map_or_else(
        || "listed".to_owned(),
        |s| format!("body {}..{}", s.start, s.end),
    )
}
