//! Family 2: blog-platform exports as plain text (Medium-style): headline line (often
//! `Headline — Film`), author line, a reading-time + date line (`4 min readMar 3, 2022`),
//! prose, a grade line near the end, and a platform footer.

use super::{Line, lines};
use crate::analyze::boilerplate::{self, Body};
use crate::analyze::{dates, names, rating, title};
use crate::model::{RawReview, SourceFormat};

/// Parses a blog export.
pub(super) fn parse(text: &str) -> RawReview {
    let all = lines(text);
    let mut review = RawReview::new(SourceFormat::BlogExport);
    let content: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trimmed().is_empty())
        .collect();
    let Some(&head_i) = content.first() else {
        return review;
    };
    let head = all[head_i];
    review.headline = Some(boilerplate::strip_html(head.trimmed()).into_owned());
    review.cite("headline", head.span());

    // Header: author and reading-time/date lines right after the headline.
    let mut body_from = head_i + 1;
    for (n, &i) in content.iter().enumerate().skip(1).take(4) {
        let l = all[i];
        let before_reading_time = content
            .get(n + 1)
            .is_some_and(|&x| all[x].text.to_ascii_lowercase().contains(" read"));
        let t = l.trimmed();
        let lower = t.to_ascii_lowercase();
        if lower.contains("min read")
            || lower.contains("mins read")
            || lower.contains("minute read")
        {
            let after = lower.find("read").map_or(0, |p| p + 4);
            if let Some((d, span)) = dates::find_date(&t[after..]) {
                review.published_date = Some(d);
                let base = l.span_of(&t[after..]).start;
                review.cite("published_date", base + span.start..base + span.end);
            }
            review.keep("reading_time", t.to_owned());
            body_from = i + 1;
        } else if let Some(name) =
            author_line(t).filter(|_| review.author.is_none() || before_reading_time)
        {
            // The name line right above the reading time is the author; an earlier name-shaped
            // line was a subtitle ("Beautiful Yet Hollow").
            if let Some(earlier) = review.author.replace(name.to_owned()) {
                review.keep("subtitle", earlier);
                review.evidence.retain(|e| e.field != "author");
            }
            review.cite("author", l.span_of(name));
            body_from = i + 1;
        } else if let Some((d, _)) = dates::find_date(t).filter(|_| t.len() < 40) {
            review.published_date.get_or_insert(d);
            review.cite("published_date", l.span());
            body_from = i + 1;
        } else {
            break;
        }
    }

    // Footer and grade line, from the end.
    let mut body_to = all.len();
    let mut footer: Vec<String> = Vec::new();
    for &i in content.iter().rev().take(12) {
        if i < body_from {
            break;
        }
        let l = all[i];
        let t = l.trimmed();
        let lower = t.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("originally published") {
            parse_published_at(&mut review, l, t, rest.len());
        } else if let Some(value) = rating::labelled_value(t) {
            if review.rating.is_none()
                && let Some(r) =
                    rating::parse_rating(value).or_else(|| rating::first_rating_in(value))
            {
                review.rating = Some(r);
                review.cite("rating_raw", l.span_of(value));
            } else if rating::looks_like_verdict(value) && review.verdict.is_none() {
                review.verdict = Some(value.to_owned());
                review.cite("verdict", l.span_of(value));
            } else {
                break;
            }
        } else if is_footer_line(t, &lower, review.author.as_deref()) {
            if let Some(name) = lower.strip_prefix("written by ").map(|_| t[11..].trim())
                && review.author.is_none()
                && names::is_person_name(name)
            {
                review.author = Some(name.to_owned());
                review.cite("author", l.span_of(name));
            }
        } else {
            break;
        }
        footer.push(t.to_owned());
        body_to = i;
    }
    footer.reverse();
    if !footer.is_empty() {
        review.keep("footer", footer);
    }

    review.film_title = film_from_headline(
        head.trimmed(),
        &text[all[body_from.min(all.len() - 1)].start..],
    );
    if review.film_title.is_some() {
        review.cite("film_title", head.span());
    }

    let film = review.film_title.clone();
    let mut body = Body::with_capacity(text.len());
    for l in &all[body_from.min(body_to)..body_to] {
        body.push(l.text, film.as_deref());
    }
    body.finish(&mut review);
    review
}

/// `Jane Doe`, `By Jane Doe`, `Jane Doe · Follow`.
fn author_line(t: &str) -> Option<&str> {
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))
        .or_else(|| t.strip_prefix("Written by "))
        .unwrap_or(t);
    let t = t.split(['·', '|']).next().unwrap_or(t).trim();
    let t = t.strip_suffix("Follow").unwrap_or(t).trim();
    names::is_person_name(t).then_some(t)
}

fn is_footer_line(t: &str, lower: &str, author: Option<&str>) -> bool {
    author.is_some_and(|a| t == a)
        || lower.starts_with("written by")
        || lower.starts_with("published in")
        || lower.starts_with("follow ")
        || lower.starts_with("more from")
        || lower.starts_with("share this")
        || lower.starts_with("responses")
        || lower.starts_with("sign up")
        || lower.starts_with("get an email")
        || lower.starts_with("thanks for reading")
        || lower.contains("claps")
        || lower.starts_with("twitter")
        || lower.starts_with("instagram")
        || lower.starts_with("letterboxd:")
        || lower.starts_with('@')
        || (lower.starts_with('—') || lower.starts_with("- ")) && t.split_whitespace().count() <= 6
        || boilerplate::noise_kind(t, None).is_some()
}

/// `Originally published at reelnotes.blog on March 3, 2022.` (the site may be missing).
fn parse_published_at(review: &mut RawReview, l: Line<'_>, t: &str, rest_len: usize) {
    let rest = &t[t.len() - rest_len..];
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("at").unwrap_or(rest).trim_start();
    let (site, date_part) = match rest
        .rfind(" on ")
        .or_else(|| rest.strip_prefix("on ").map(|_| 0))
    {
        Some(0) if rest.starts_with("on ") => ("", &rest[3..]),
        Some(i) => (rest[..i].trim(), &rest[i + 4..]),
        None => (rest.trim_end_matches('.'), ""),
    };
    if !site.is_empty() && review.publication.is_none() {
        let site = site.trim_end_matches('.');
        review.publication = Some(site.to_owned());
        review.cite("publication", l.span_of(site));
        if site.starts_with("http") {
            review.url = Some(site.to_owned());
        }
    }
    if let Some((d, _)) = dates::find_date(date_part) {
        review.published_date.get_or_insert(d);
        review.cite("published_date", l.span_of(date_part));
    }
}

/// The film named by a headline: `Hook — Film`, `Review: Film`, `Film (2019) review`. When the
/// headline has several parts, the part the body mentions most wins.
fn film_from_headline(headline: &str, body: &str) -> Option<String> {
    let h = boilerplate::strip_html(headline);
    let parts: Vec<&str> = h
        .split(" — ")
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" | "))
        .flat_map(|p| p.split(" - "))
        .collect();
    let candidates: Vec<String> = if parts.len() > 1 {
        parts
            .iter()
            .map(|p| title::clean_title(p))
            .filter(|p| !p.is_empty())
            .collect()
    } else if let Some((a, b)) = h.split_once(": ") {
        vec![title::clean_title(a), title::clean_title(b)]
    } else {
        vec![title::clean_title(&h)]
    };
    let count = |c: &str| {
        let (t, _) = title::split_title_year(c);
        memchr::memmem::find_iter(body.as_bytes(), t.as_bytes()).count()
    };
    let best = candidates
        .iter()
        .filter(|c| {
            c.chars()
                .next()
                .is_some_and(|f| f.is_uppercase() || f.is_ascii_digit())
        })
        .enumerate()
        .max_by_key(|(i, c)| (count(c), *i))
        .map(|(_, c)| c.clone())?;
    let (t, _) = title::split_title_year(&best);
    (!t.is_empty()).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medium_style_export() {
        let text = "A Small, Strange Miracle — The Copper Tide\nRhea Vance\n4 min readMar 3, 2022\n\nThe Copper Tide (2019) is a drama. The Copper Tide lingers.\n\nGrade: B+\n\nOriginally published at reelnotes.blog on March 3, 2022.\n\nRhea Vance\nWritten by Rhea Vance\n";
        let r = parse(text);
        assert_eq!(r.film_title.as_deref(), Some("The Copper Tide"));
        assert_eq!(r.author.as_deref(), Some("Rhea Vance"));
        assert_eq!(r.rating.as_ref().unwrap().letter, Some("B+"));
        assert_eq!(r.publication.as_deref(), Some("reelnotes.blog"));
        assert_eq!(r.published_date, dates::days_from_civil(2022, 3, 3));
        assert_eq!(
            r.body,
            "The Copper Tide (2019) is a drama. The Copper Tide lingers."
        );
    }

    #[test]
    fn subtitle_line_before_the_author() {
        let text = "Salt Acre — Beautiful Yet Hollow\nBeautiful Yet Hollow\nRhea Vance\n4 min read · Jan 9, 2021\n\nSalt Acre is long.\n\nGrade: B\n";
        let r = parse(text);
        assert_eq!(r.author.as_deref(), Some("Rhea Vance"));
        assert_eq!(r.published_date, dates::days_from_civil(2021, 1, 9));
        assert_eq!(r.body, "Salt Acre is long.");
    }

    #[test]
    fn missing_site_and_verdict_line() {
        let text = "Salt Acre: a review\nLee Park\n6 min read · Jan 9, 2021\n\nSalt Acre is long.\n\nVerdict: Must see\nRating: 7/10\n\nOriginally published at on January 9, 2021.\n";
        let r = parse(text);
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
        assert_eq!(r.publication, None);
        assert_eq!(r.verdict.as_deref(), Some("Must see"));
        assert_eq!(r.rating.as_ref().unwrap().value, Some(7.0));
        assert_eq!(r.body, "Salt Acre is long.");
    }
}
