//! Family 4: plain prose (essay, newsletter, syndicated column) with no metadata block. The
//! author may appear only in a standfirst sentence or a byline; the film is found from the
//! standfirst, `Title (YEAR)` mentions and emphasis, whichever the text repeats.

use super::lines;
use crate::analyze::{boilerplate, names, title};
use crate::extract::scraped_page::byline;
use crate::model::{RawReview, SourceFormat};

/// Parses plain prose.
pub(super) fn parse(text: &str) -> RawReview {
    let all = lines(text);
    let mut review = RawReview::new(SourceFormat::Prose);
    let mut kept = Vec::new();
    let mut stripped = Vec::new();
    let content: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trimmed().is_empty())
        .collect();
    let first = content.first().copied();
    let last = content.last().copied();
    for (n, l) in all.iter().enumerate() {
        let t = l.trimmed();
        let edge = Some(n) == first || Some(n) == last || content.iter().take(3).any(|&c| c == n);
        if edge && review.author.is_none() {
            let sign = t
                .strip_prefix(['—', '–'])
                .or_else(|| t.strip_prefix("--"))
                .map(str::trim);
            if let Some(name) = byline(t).or(sign.filter(|s| names::is_person_name(s))) {
                review.author = Some(name.to_owned());
                review.cite("author", l.span_of(name));
                review.keep("byline", t.to_owned());
                continue;
            }
        }
        let clean = boilerplate::strip_html(l.text);
        if boilerplate::noise_kind(&clean, None).is_some() {
            stripped.push(serde_json::Value::String(t.to_owned()));
        } else {
            kept.push(clean);
        }
    }
    review.body = boilerplate::join_body(kept.iter().flat_map(|s| s.split('\n')));
    if !stripped.is_empty() {
        review.keep("_stripped_lines", stripped);
    }

    let standfirst = first_sentence(&review.body).to_owned();
    if review.author.is_none()
        && let Some(name) = names::leading_name(&standfirst)
    {
        if let Some(i) = text.find(&standfirst) {
            review.cite("author", i..i + name.len());
        }
        review.author = Some(name.to_owned());
    }
    if let Some(film) = find_film(&review.body, &standfirst) {
        if let Some(i) = memchr::memmem::find(text.as_bytes(), film.as_bytes()) {
            review.cite("film_title", i..i + film.len());
        }
        review.film_title = Some(film);
    }
    review
}

fn first_sentence(body: &str) -> &str {
    let para = body.split("\n\n").next().unwrap_or(body);
    let mut end = para.len();
    for (i, c) in para.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = para[i + 1..].chars().next();
            if next.is_none_or(char::is_whitespace) && !abbreviation(&para[..i]) {
                end = i;
                break;
            }
        }
    }
    &para[..end]
}

fn abbreviation(before: &str) -> bool {
    let w = before.rsplit(' ').next().unwrap_or("");
    w.len() <= 2 && w.chars().next().is_some_and(char::is_uppercase)
        || ["Mr", "Mrs", "Ms", "Dr", "St", "vs"].contains(&w)
}

/// The film this text reviews: candidates from the standfirst's closing title, `Title (YEAR)`
/// mentions and emphasized titles, scored by how often the text repeats them.
fn find_film(body: &str, standfirst: &str) -> Option<String> {
    let mut candidates: Vec<(String, usize, u32)> = Vec::new();
    let lead = title::trailing_title(standfirst);
    if !lead.is_empty() && !names::is_person_name(lead) {
        candidates.push((lead.to_owned(), 0, 3));
    }
    for (t, _, at) in title::titled_year_mentions(body).into_iter().take(3) {
        let bonus = if candidates.is_empty() { 3 } else { 2 };
        candidates.push((t, at, bonus));
    }
    for (open, close) in [
        ("<i>", "</i>"),
        ("<em>", "</em>"),
        ("*", "*"),
        ("_", "_"),
        ("“", "”"),
    ] {
        if let Some(s) = body.find(open)
            && let Some(e) = body[s + open.len()..].find(close)
        {
            let t = &body[s + open.len()..s + open.len() + e];
            if (1..=8).contains(&t.split_whitespace().count())
                && t.chars().next().is_some_and(char::is_uppercase)
            {
                candidates.push((t.to_owned(), s, 1));
            }
        }
    }
    candidates
        .into_iter()
        .filter(|(t, _, _)| !t.is_empty())
        .map(|(t, at, bonus)| {
            let hits = memchr::memmem::find_iter(body.as_bytes(), t.as_bytes()).count();
            let score = u32::try_from(hits.min(50)).unwrap_or(50) + bonus;
            (score, t, at)
        })
        .max_by_key(|(score, _, at)| (*score, std::cmp::Reverse(*at)))
        .map(|(_, t, _)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standfirst_names_author_and_film() {
        let text = "Maya Lindqvist revisits the quiet thriller at the heart of Salt Acre. Salt Acre (2014) is a drama about grief.\n\nIt is patient. Salt Acre never hurries.\n";
        let r = parse(text);
        assert_eq!(r.author.as_deref(), Some("Maya Lindqvist"));
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
    }

    #[test]
    fn byline_and_titled_mention() {
        let text = "By Osei Brannigan\n\nThere is a moment in The Glass Ferry (2003) where nothing happens. It echoes Dry Season (1999). The Glass Ferry is better.\n";
        let r = parse(text);
        assert_eq!(r.author.as_deref(), Some("Osei Brannigan"));
        assert_eq!(r.film_title.as_deref(), Some("The Glass Ferry"));
        assert!(!r.body.contains("By Osei"));
    }
}
