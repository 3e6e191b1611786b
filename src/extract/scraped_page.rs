//! Family 3: the text of a rendered review-site page: navigation debris, a lone year line,
//! the title line, a tagline, poster alt text, bullet metadata (runtime, director, billed
//! cast), a reading-time line, the review, a score line with a one-word verdict, page footer.

use super::{Line, lines};
use crate::analyze::boilerplate::{self, Body};
use crate::analyze::{dates, names, rating, title};
use crate::model::{RawReview, SourceFormat};

/// Parses a scraped page.
pub(super) fn parse(text: &str) -> RawReview {
    let all = lines(text);
    let mut review = RawReview::new(SourceFormat::ScrapedPage);
    let content: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trimmed().is_empty())
        .collect();

    // Header: everything up to the last header-shaped line among the first lines.
    let mut header_end = 0; // index into `all` of the first body line
    let mut year_at = None;
    let mut bullets = Vec::new();
    let mut nav = Vec::new();
    let mut unmatched: Vec<(usize, &str)> = Vec::new();
    for (n, &i) in content.iter().enumerate().take(30) {
        let l = all[i];
        let t = all[i].text.trim();
        let lower = t.to_ascii_lowercase();
        let words = t.split_whitespace().count();
        if let Some(item) = bullet(t) {
            read_bullet(&mut review, l, item, &mut bullets);
            header_end = i + 1;
        } else if year_at.is_none()
            && review.film_title.is_none()
            && t.len() == 4
            && t.parse::<i32>().is_ok_and(title::plausible_year)
        {
            year_at = Some(n);
            review.film_year = t.parse().ok();
            review.cite("film_year", l.span());
            header_end = i + 1;
        } else if year_at.is_some_and(|y| y + 1 == n) && review.film_title.is_none() {
            review.film_title = Some(title::clean_title(t));
            review.cite("film_title", l.span());
            header_end = i + 1;
        } else if is_quoted(t) && words <= 16 && n < 10 {
            review.keep("tagline", t.trim_matches(['"', '“', '”']).to_owned());
            header_end = i + 1;
        } else if let Some(kind) = boilerplate::noise_kind(t, review.film_title.as_deref()) {
            // The poster's alt text names the film, whatever line came before it.
            if kind == "alt_text" && lower.ends_with(" poster") {
                review.evidence.retain(|e| e.field != "film_title");
                review.film_title = Some(title::clean_title(&t[..t.len() - 7]));
                review.cite("film_title", l.span_of(&t[..t.len() - 7]));
            }
            nav.push(t.to_owned());
            header_end = i + 1;
        } else if let Some(name) = names::byline(t).or_else(|| {
            // A lone name line among the header's metadata is the byline.
            let prev = n.checked_sub(1).map(|p| all[content[p]].trimmed());
            let next = content.get(n + 1).map(|&x| all[x].trimmed());
            let beside_meta = prev.is_some_and(|p| bullet(p).is_some())
                || next.is_some_and(|x| {
                    x.starts_with('⏱') || boilerplate::noise_kind(x, None) == Some("reading_time")
                });
            (beside_meta && review.author.is_none() && names::is_person_name(t)).then_some(t)
        }) {
            review.author = Some(name.to_owned());
            review.cite("author", l.span_of(name));
            header_end = i + 1;
        } else if words <= 3
            && year_at.is_none()
            && review.film_title.is_none()
            && n < 6
            && !t.ends_with('.')
        {
            nav.push(t.to_owned());
            header_end = i + 1;
        } else if words > 12 {
            break;
        } else {
            unmatched.push((i, t));
        }
    }
    // No year line over the title: a title set out by the layout (`'Beit al-Zaytoun': Review`).
    if review.film_title.is_none()
        && let Some(t) = super::prose::layout_titles(text).first()
    {
        review.film_title = Some(title::clean_title(t));
        if let Some(i) = text.find(*t) {
            review.cite("film_title", i..i + t.len());
        }
    }
    // Header lines no rule claimed are kept, not dropped (an unquoted tagline, a kicker).
    let header_other: Vec<String> = unmatched
        .iter()
        .filter(|(i, _)| *i < header_end)
        .map(|(_, t)| (*t).to_owned())
        .collect();
    if !header_other.is_empty() {
        review.keep("header_lines", header_other);
    }
    if !bullets.is_empty() {
        review.keep("bullets", bullets);
    }
    if !nav.is_empty() {
        review.keep("_stripped_header", nav);
    }

    // Score and verdict near the end; everything after them is page footer.
    let mut body_to = all.len();
    let tail: Vec<usize> = content
        .iter()
        .rev()
        .take(40)
        .copied()
        .filter(|&i| i >= header_end)
        .collect();
    // Candidates: score lines (a bare number or letter only with a verdict line under it).
    // The page's own score is the top-most one with a verdict, else the top-most one: lists
    // of related reviews with their own stars come after it.
    // Each candidate: its place from the bottom, its line, the rating, the verdict line under it.
    let candidates: Vec<(usize, usize, rating::Rating, Option<usize>)> = tail
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let r = rating::parse_rating(all[i].trimmed())?;
            let verdict = k.checked_sub(1).map(|j| tail[j]).filter(|&v| {
                let v = all[v].trimmed();
                rating::looks_like_verdict(v) && boilerplate::noise_kind(v, None).is_none()
            });
            let bare = matches!(
                r.kind,
                rating::RatingKind::Number | rating::RatingKind::Letter
            );
            (verdict.is_some() || !bare).then_some((k, i, r, verdict))
        })
        .collect();
    let chosen = candidates
        .iter()
        .filter(|c| c.3.is_some())
        .max_by_key(|c| c.0)
        .or_else(|| candidates.iter().max_by_key(|c| c.0))
        .cloned();
    if let Some((_, i, r, verdict)) = chosen {
        review.rating = Some(rating::with_scale(r, None));
        review.cite("rating_raw", all[i].span());
        if let Some(v) = verdict {
            review.verdict = Some(all[v].trimmed().trim_end_matches(['!', '.']).to_owned());
            review.cite("verdict", all[v].span());
        }
        let footer: Vec<String> = content
            .iter()
            .filter(|&&j| j > i && Some(j) != verdict)
            .map(|&j| all[j].trimmed().to_owned())
            .collect();
        if !footer.is_empty() {
            review.keep("footer", footer);
        }
        body_to = i;
    }
    if body_to == all.len() {
        // No score: the page footer is the run of noise lines at the end; a verdict word
        // right above it is the page's verdict.
        let mut footer = Vec::new();
        for &i in content.iter().rev().take(12).filter(|&&i| i >= header_end) {
            let t = all[i].trimmed();
            if boilerplate::noise_kind(t, None).is_some() {
                footer.push(t.to_owned());
                body_to = i;
            } else {
                if rating::is_verdict_word(t) {
                    review.verdict = Some(t.trim_end_matches(['!', '.']).to_owned());
                    review.cite("verdict", all[i].span());
                    body_to = i;
                }
                break;
            }
        }
        if !footer.is_empty() {
            footer.reverse();
            review.keep("footer", footer);
        }
    }

    let film = review.film_title.clone();
    let mut body = Body::with_capacity(text.len());
    for l in &all[header_end.min(body_to)..body_to] {
        let t = l.trimmed();
        if review.author.is_none()
            && let Some(name) = names::byline(t)
        {
            review.author = Some(name.to_owned());
            review.cite("author", l.span_of(name));
            continue;
        }
        body.push(l.text, film.as_deref());
    }
    body.finish(&mut review);
    if review.film_title.is_none()
        && let Some((t, y, _)) = title::titled_year_mentions(&review.body).into_iter().next()
    {
        review.film_title = Some(t);
        review.film_year = review.film_year.or(Some(y));
    }
    review
}

fn bullet(t: &str) -> Option<&str> {
    let rest = t.strip_prefix(['•', '·', '▪', '◦', '‣'])?;
    Some(rest.trim())
}

fn is_quoted(t: &str) -> bool {
    (t.starts_with('"') && t.ends_with('"') || t.starts_with('“') && t.ends_with('”'))
        && t.len() > 2
}

fn read_bullet(review: &mut RawReview, l: Line<'_>, item: &str, bullets: &mut Vec<String>) {
    bullets.push(item.to_owned());
    let lower = item.to_ascii_lowercase();
    if let Some(rest) = ["directed by ", "director: ", "directors: ", "dir. "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| &item[p.len()..]))
    {
        review.directors = names::split_names(rest);
        review.cite("directors", l.span_of(rest));
    } else if review.runtime_minutes.is_none()
        && (lower.contains("min") || lower.contains("hr") || lower.contains('h'))
        && let Some(m) = dates::parse_runtime(
            item.trim_start_matches(|c: char| c.is_alphabetic() || c == ':' || c == ' ')
                .trim(),
        )
        .or_else(|| dates::parse_runtime(item))
    {
        review.runtime_minutes = Some(m);
        review.cite("runtime_minutes", l.span_of(item));
    } else if let Some(rest) = lower.strip_prefix("starring ").map(|_| &item[9..]) {
        // Before the plain list: `Starring Joel Manalastas, …` would pass as names, the verb
        // taken for a first name.
        review.keep("billed_cast", names::split_names(rest));
    } else if names::split_names(item)
        .iter()
        .all(|n| names::is_person_name(n))
        && item.contains(',')
    {
        review.keep("billed_cast", names::split_names(item));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_reviews_after_the_score_do_not_win() {
        let text = "Skip to main content\n2019\nThe Copper Tide\n  • 98 minutes\n\nThe Copper Tide is slow and careful, and the sea does most of the acting here.\n\n8.5 /10\nMasterpiece\n\nMore reviews\nDry Season\n★★☆☆☆\nThe Glass Ferry\n★★★★☆\n";
        let r = parse(text);
        let rating = r.rating.as_ref().unwrap();
        assert_eq!((rating.value, rating.max), (Some(8.5), Some(10.0)));
        assert_eq!(r.verdict.as_deref(), Some("Masterpiece"));
        assert!(!r.body.contains("Glass Ferry"), "{}", r.body);
    }

    #[test]
    fn rendered_page() {
        let text = "Skip to main content\n2019\nThe Copper Tide\n\u{201c}Some tides never turn.\u{201d}\nThe Copper Tide poster\n  • 98 minutes\n  • Directed by Ana Ruiz\n  • Tom Okafor, Lee Park, Sam Ode\n⏱ 6-minute read\n\nThe Story\n\nThe Copper Tide is slow and careful, and the sea does most of the acting here.\n\nScene from The Copper Tide\n\n8.5 /10\nMasterpiece\n\nKeep Exploring...\n";
        let r = parse(text);
        assert_eq!(r.film_title.as_deref(), Some("The Copper Tide"));
        assert_eq!(r.film_year, Some(2019));
        assert_eq!(r.runtime_minutes, Some(98));
        assert_eq!(r.directors, ["Ana Ruiz"]);
        let rating = r.rating.as_ref().unwrap();
        assert_eq!(
            (rating.raw.as_str(), rating.value, rating.max),
            ("8.5 /10", Some(8.5), Some(10.0))
        );
        assert_eq!(r.verdict.as_deref(), Some("Masterpiece"));
        assert_eq!(
            r.body,
            "The Story\n\nThe Copper Tide is slow and careful, and the sea does most of the acting here."
        );
        assert_eq!(r.metadata["billed_cast"][1], "Lee Park");
        // `Starring` opens the billing line; it is no part of the first name.
        let starring = text.replace("Tom Okafor, Lee Park", "Starring Tom Okafor, Lee Park");
        let r = parse(&starring);
        assert_eq!(r.metadata["billed_cast"][0], "Tom Okafor");
        assert_eq!(r.metadata["billed_cast"][2], "Sam Ode");
        // Particles and a closing apostrophe inside names.
        let particles = text.replace(
            "Tom Okafor, Lee Park, Sam Ode",
            "Brian Otieno, Achieng' Awuor, Mwangi wa Kamau, Halima Abdi-Farah",
        );
        let r = parse(&particles);
        assert_eq!(r.metadata["billed_cast"][3], "Halima Abdi-Farah");
    }
}
