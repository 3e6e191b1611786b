//! Family 5: magazine or newspaper syndication: the rating as a sentence on the first line,
//! ad slots and promo lines through the body, photo captions with a credit, and release
//! information in prose (`<Film> is released in UK cinemas on Friday 26th January 2024.`).

use std::sync::LazyLock;

use regex::Regex;

use super::lines;
use crate::analyze::boilerplate::Body;
use crate::analyze::{dates, names, rating, title};
use crate::model::{RawReview, SourceFormat};

/// `<Film> is released in UK cinemas on …`, `<Film> is in cinemas from …`, `<Film> is streaming on …`.
static RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.{1,120}?)\s+(?:is|will be|arrives|opens|comes)\s+(?:released|out|in\s+(?:uk\s+|us\s+|irish\s+)?cinemas|available|streaming|showing|in\s+theaters|on\s+(?:netflix|digital))(?-u:\b)")
        .expect("valid regex")
});
/// Words every release sentence has one of: a cheap test before [`RELEASE`].
static RELEASE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)released|cinemas|streaming|theat(?:er|re)s|available|showing|netflix|digital|out on|out now")
        .expect("valid regex")
});
/// The photo credit closing a caption, as a byte range of the line: `… in <Film>. Jo
/// Bloggs/Northlight Pictures` gives `Jo Bloggs/Northlight Pictures`. After `. ` or a label
/// (`Photograph:`, `Photo:`, `Picture:`, `Credit:` after a space) come the photographer (a
/// first character that is no space, digit or punctuation, then 1 to 60 with no digit or
/// punctuation but `.`), a `/`, and the agency (a first character that is no space or
/// punctuation, then 1 to 60 with no punctuation but `.`) closing the line, a full stop after
/// it aside. The earliest start wins. Written out by hand: as a regex
/// (`(?:\.[ \t]+|[ \t]+(?:Photograph|…):[ \t]*)([^\s\d/.,;:!?()][^\d/,;:!?()\n]{1,60}/…)\.?$`)
/// its counted Unicode classes cost about 30 µs a caption.
fn credit_at(t: &str) -> Option<std::ops::Range<usize>> {
    const PUNCT: &[char] = &['/', ',', ';', ':', '!', '?', '(', ')', '\n'];
    let digit = |c: char| c.is_ascii_digit() || !c.is_ascii() && c.is_numeric();
    let slash = t.rfind('/')?;
    // The agency: one character, then 1 to 60 more; a full stop closing the line is left out
    // when at least one character stays before it.
    let after = &t[slash + 1..];
    let first = after.chars().next()?;
    if first.is_whitespace() || PUNCT.contains(&first) {
        return None;
    }
    let rest = &after[first.len_utf8()..];
    if rest.contains(PUNCT) {
        return None;
    }
    let n = rest.chars().count();
    let end = if n >= 2 && rest.ends_with('.') && n - 1 <= 60 {
        t.len() - 1
    } else if (1..=60).contains(&n) {
        t.len()
    } else {
        return None;
    };
    // The photographer, from each place a delimiter ends, earliest first.
    let head = &t[..slash];
    let valid = |p: usize| {
        let who = &head[p..];
        let mut chars = who.chars();
        let Some(c1) = chars.next() else {
            return false;
        };
        let more: Vec<char> = chars.collect();
        !(c1.is_whitespace() || digit(c1) || c1 == '.' || PUNCT.contains(&c1))
            && (1..=60).contains(&more.len())
            && more.iter().all(|&c| !digit(c) && !PUNCT.contains(&c))
    };
    let spaces_from = |i: usize| {
        i + head[i..]
            .bytes()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    };
    let mut starts: Vec<usize> = Vec::new();
    for (i, _) in head.match_indices('.') {
        let p = spaces_from(i + 1);
        if p > i + 1 {
            starts.push(p);
        }
    }
    for label in ["Photograph:", "Photo:", "Picture:", "Credit:"] {
        for (i, _) in head.match_indices(label) {
            if i > 0 && matches!(head.as_bytes()[i - 1], b' ' | b'\t') {
                starts.push(spaces_from(i + label.len()));
            }
        }
    }
    starts.sort_unstable();
    starts.into_iter().find(|&p| valid(p)).map(|p| p..end)
}

/// Parses a magazine review.
pub(super) fn parse(text: &str) -> RawReview {
    let all = lines(text);
    let mut review = RawReview::new(SourceFormat::Magazine);
    let content: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trimmed().is_empty())
        .collect();
    let mut skip = std::collections::HashSet::new();

    let mut under_headline: Option<String> = None;
    // The opening lines: a rating sentence, a headline, a byline.
    for &i in content.iter().take(4) {
        let l = all[i];
        let t = l.trimmed();
        if review.rating.is_none()
            && t.len() < 90
            && let Some(found) = rating::find_in_text(t)
        {
            review.keep("rating_line", t.to_owned());
            review.cite("rating_raw", l.span_of(&t[found.span.clone()]));
            review.rating = Some(found.rating);
            skip.insert(i);
        } else if let Some(name) = names::byline(t) {
            review.author = Some(name.to_owned());
            review.cite("author", l.span_of(name));
            skip.insert(i);
        } else if review.headline.is_none()
            && rating::labelled(t).is_none()
            && t.split_whitespace().count() <= 16
            && !t.ends_with(['.', '?', '!'])
            // The first line, or the first after a rating line and a masthead's particulars
            // (`NUSANTARA SKIES · Issue 88 · June–July 2024`).
            && (i == content[0]
                || content
                    .iter()
                    .take_while(|&&c| c < i)
                    .all(|&c| skip.contains(&c) || particulars(all[c].trimmed())))
            && !particulars(t)
        {
            review.headline = Some(t.to_owned());
            review.cite("headline", l.span());
            skip.insert(i);
            // `FROM THE ARCHIVE` over `The Diver's Widow`: a kicker in capitals, the line
            // right under it in title case.
            if !t.contains(char::is_lowercase)
                && let Some(&n) = content.iter().find(|&&c| c > i)
            {
                under_headline = Some(all[n].trimmed().to_owned());
            }
        }
    }

    let mut captions = Vec::new();
    let mut body = Body::with_capacity(text.len());
    let mut release_film = None;
    for (i, l) in all.iter().enumerate() {
        if skip.contains(&i) {
            continue;
        }
        let t = l.trimmed();
        if review.author.is_none()
            && let Some(name) = names::byline(t)
        {
            review.author = Some(name.to_owned());
            review.cite("author", l.span_of(name));
            continue;
        }
        if let Some(credit) =
            (t.contains('/') && t.len() < 400 && t.split_whitespace().count() <= 40)
                .then(|| credit_at(t))
                .flatten()
                .filter(|c| is_credit(&t[c.clone()]))
        {
            let caption =
                t[..credit.start].trim_end_matches(|c: char| c == '.' || c.is_whitespace());
            captions.push(serde_json::json!({ "caption": caption, "credit": &t[credit] }));
            continue;
        }
        if release_film.is_none()
            && RELEASE_CUE.is_match(t)
            && let Some(c) = RELEASE.captures(t)
        {
            let film = title::trailing_title(c.get(1).expect("group 1").as_str());
            if !film.is_empty() {
                let year = dates::find_date(t)
                    .map(|(d, _)| dates::civil_from_days(d).0)
                    .or_else(|| year_in(t));
                release_film = Some((film.to_owned(), year, l.span_of(film)));
                review.keep("release", t.to_owned());
            }
        }
        body.push(l.text, None);
    }
    body.finish(&mut review);
    if !captions.is_empty() {
        review.keep("captions", captions.clone());
    }

    // The film: the release sentence, then a `Title (YEAR)` mention, then the caption's "in <Film>".
    if let Some((film, year, span)) = release_film {
        review.film_title = Some(film.clone());
        review.cite("film_title", span.clone());
        if title::year_after_title(text, &film).is_none()
            && let Some(y) = year
        {
            review.film_year = Some(y);
            review.cite("film_year", span);
        }
    } else if let Some(h) = review
        .headline
        .as_deref()
        .into_iter()
        .chain(under_headline.as_deref())
        .find(|h| {
            // `Rain Over Bandung` over its deck: a headline in title case that the text
            // repeats (in the body or a caption) names the film before another film's `Title
            // (YEAR)`; so does the line under a kicker in capitals.
            super::prose::title_cased(h)
                && h.contains(char::is_lowercase)
                && h.split_whitespace().count() <= 12
                && !h.ends_with(['.', '?', '!', ':'])
                && memchr::memmem::find_iter(text.as_bytes(), h.as_bytes()).count() >= 3
        })
    {
        review.film_title = Some(title::clean_title(h));
    } else if let Some((t, y, _)) = title::titled_year_mentions(&review.body).into_iter().next() {
        review.film_title = Some(t);
        review.film_year = Some(y);
    } else if let Some(film) = captions.iter().find_map(|c| {
        let cap = c["caption"].as_str()?;
        // `A and B in La stagione dei limoni. Photograph: …`: the title runs from `in` to the
        // caption's first stop, whatever its case.
        cap.rfind(" in ").map(|i| {
            let rest = &cap[i + 4..];
            let end = [". ", ", ", " (", " — ", " – "]
                .iter()
                .filter_map(|p| rest.find(p))
                .min()
                .unwrap_or(rest.len());
            title::clean_title(rest[..end].trim_end_matches('.'))
        })
    }) {
        review.film_title = (!film.is_empty()).then_some(film);
    } else if let Some(h) = review.headline.as_deref() {
        let film = h.split([':', '–', '—']).next().unwrap_or(h);
        review.film_title = Some(title::clean_title(film));
    }
    review
}

/// A line of a masthead's or a section's particulars, never a headline: a section label, or
/// items set apart by `·` or `|` (`NUSANTARA SKIES · Issue 88 · June–July 2024`).
fn particulars(t: &str) -> bool {
    super::prose::label_line(t) || t.contains(['·', '|'])
}

/// `Jo Bloggs/Northlight Pictures`: capitalized words on both sides of the slash (so
/// `the writer/director was a treat` is not a photo credit).
fn is_credit(s: &str) -> bool {
    s.split_once('/').is_some_and(|(who, whose)| {
        let capitalized = |p: &str| {
            let words: Vec<&str> = p.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= 6
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
        };
        capitalized(who) && capitalized(whose)
    })
}

fn year_in(t: &str) -> Option<i32> {
    t.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .find(|y| title::plausible_year(*y))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The credit as the regex the hand-written matcher replaces finds it.
    fn credit_by_regex(t: &str) -> Option<std::ops::Range<usize>> {
        static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:\.[ \t]+|[ \t]+(?:Photograph|Photo|Picture|Credit):[ \t]*)([^\s\d/.,;:!?()][^\d/,;:!?()\n]{1,60}/[^\s/,;:!?()][^/,;:!?()\n]{1,60}?)\.?$")
                .expect("valid regex")
        });
        CREDIT.captures(t).and_then(|c| c.get(1)).map(|m| m.range())
    }

    #[test]
    fn photo_credits_close_captions() {
        for (line, credit) in [
            (
                "Ana Ruiz in Salt Acre. Jo Bloggs/Northlight Pictures",
                Some("Jo Bloggs/Northlight Pictures"),
            ),
            (
                "Ana Ruiz in Salt Acre. Jo Bloggs/Northlight Pictures.",
                Some("Jo Bloggs/Northlight Pictures"),
            ),
            ("Ana Ruiz. Photograph: Jo Bloggs/AP", Some("Jo Bloggs/AP")),
            (
                "A. B. Ruiz in Dry Season. Lee Park/Ember Films",
                Some("B. Ruiz in Dry Season. Lee Park/Ember Films"),
            ),
            (
                "Ana Ruiz in Salt Acre (2019). Jo Bloggs/AP",
                Some("Jo Bloggs/AP"),
            ),
            ("Ana Ruiz in Salt Acre. 4 Bloggs/AP", None),
            ("Ruiz and/or Park", None),
        ] {
            let found = credit_at(line);
            assert_eq!(found.clone().map(|r| &line[r]), credit, "{line}");
            assert_eq!(found, credit_by_regex(line), "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_matcher_agrees_with_the_regex(
            line in "[A-Za-z .:/,é’0-9()\t]{0,90}(\\. |  Photo: |Photograph:)[A-Za-z .é/’0-9]{0,80}"
        ) {
            proptest::prop_assert_eq!(credit_at(&line), credit_by_regex(&line));
        }
    }

    #[test]
    fn a_title_cased_headline_after_the_particulars_names_the_film() {
        let text = "A star rating of 4 out of 5.\n\nSKIES · Issue 88 · June 2024\nIN-FLIGHT · WORLD CINEMA\n\nRain Over Malang\nA forecaster and a city that will not stop raining\n\nRain Over Malang is a warm comedy. It beats Jakarta Nights (2021).\n\nAna Sari in Rain Over Malang. Photo: Ayu Lestari/Kembang Pictures\n";
        let r = parse(text);
        assert_eq!(r.headline.as_deref(), Some("Rain Over Malang"));
        assert_eq!(r.film_title.as_deref(), Some("Rain Over Malang"));
    }

    #[test]
    fn the_title_cased_line_under_a_kicker_in_capitals_names_the_film() {
        let text = "FROM THE ARCHIVE\n\nThe Diver's Widow\n\nAn island picture of uncommon \
                    intelligence.\n\nMr. Anagnostou's The Diver's Widow is as shrewd a picture as \
                    his earlier Bitter Oranges (1959). See The Diver's Widow twice.\n";
        let r = parse(text);
        assert_eq!(r.headline.as_deref(), Some("FROM THE ARCHIVE"));
        assert_eq!(r.film_title.as_deref(), Some("The Diver's Widow"));
    }

    #[test]
    fn slashes_in_prose_are_not_photo_credits() {
        assert!(is_credit("Jo Bloggs/Northlight Pictures"));
        assert!(!is_credit("the writer/director was a treat"));
        let r = parse(
            "A star rating of 3 out of 5.\n\nIt is tender and odd. The Q&A afterwards with the writer/director was a treat.\n",
        );
        assert!(r.body.contains("writer/director"), "{}", r.body);
    }

    #[test]
    fn the_caption_names_the_film_whatever_its_case() {
        let text = "A star rating of 4 out of 5.\n\nThe Lemon Season: the old man and the sea\n\nLorenzo D'Alessandro and Bianca Ferrante-Sala in La stagione dei limoni. Photograph: Davide Strambi/Cinefilo Distribuzione\n\nThe terraces are steep. The pickers carry lemons.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("La stagione dei limoni")
        );
    }

    #[test]
    fn syndicated_review() {
        let text = "A star rating of 4 out of 5.\n\nThe Salt Acre opens in fog.\n\nAna Ruiz and Tom Okafor in The Salt Acre. Jo Bloggs/Northlight Pictures\n\nAdvertisement\n\nIt is tender.\n\nRead more: the best dramas of 2024\n\nThe Salt Acre is released in UK cinemas on Friday 26th January 2024.\n\nAdvertisement\n";
        let r = parse(text);
        let rating = r.rating.as_ref().unwrap();
        assert_eq!((rating.value, rating.max), (Some(4.0), Some(5.0)));
        assert_eq!(r.film_title.as_deref(), Some("The Salt Acre"));
        assert_eq!(r.film_year, Some(2024));
        assert_eq!(
            r.body,
            "The Salt Acre opens in fog.\n\nIt is tender.\n\nThe Salt Acre is released in UK cinemas on Friday 26th January 2024."
        );
        assert_eq!(
            r.metadata["captions"][0]["credit"],
            "Jo Bloggs/Northlight Pictures"
        );
    }
}
