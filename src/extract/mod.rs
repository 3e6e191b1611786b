//! Extract: bytes → text → family → one or more [`RawReview`]s, or a [`Reject`].
//!
//! The family is told from the content, never the file name ([`sniff`]). Each family has its
//! own parser (one file each); the shared analyzers of [`crate::analyze`] then run on every
//! body (`finish`). Nothing here does I/O: the pipeline reads the bytes.

pub mod decode;

mod blog_export;
mod front_matter;
mod html;
pub(crate) use html::decode_entities;
mod magazine;
mod prose;
mod scraped_page;

use crate::analyze::{directors, rating, title};
use crate::model::{RawReview, Reject, RejectReason, SourceFormat};

/// A line of the decoded text and where it starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Byte offset of the line in the text.
    pub start: usize,
    /// The line without its `\n`.
    pub text: &'a str,
}

impl Line<'_> {
    /// Byte range of the trimmed line.
    pub fn span(&self) -> std::ops::Range<usize> {
        let lead = self.text.len() - self.text.trim_start().len();
        self.start + lead..self.start + lead + self.text.trim().len()
    }

    /// The trimmed text.
    pub fn trimmed(&self) -> &str {
        self.text.trim()
    }

    /// Byte range of `part`, a sub-slice of this line.
    pub fn span_of(&self, part: &str) -> std::ops::Range<usize> {
        let off = (part.as_ptr() as usize)
            .saturating_sub(self.text.as_ptr() as usize)
            .min(self.text.len());
        self.start + off..self.start + off + part.len()
    }
}

/// Splits text into lines with their offsets.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.len() / 60 + 1);
    let mut start = 0;
    for l in text.split('\n') {
        out.push(Line { start, text: l });
        start += l.len() + 1;
    }
    out
}

/// The first `n` lines of `text` that are not blank, trimmed.
pub(crate) fn first_lines(text: &str, n: usize) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(n)
        .collect()
}

/// Tells the family of a text from its content.
#[must_use]
pub fn sniff(text: &str) -> SourceFormat {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    if first == "---" || first == "+++" {
        return SourceFormat::FrontMatter;
    }
    if html::is_html_page(text) {
        return SourceFormat::Html;
    }
    let head = first_lines(text, 14);
    let tail: Vec<&str> = text
        .lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(14)
        .collect();
    let lower_first = first.to_lowercase();

    let mut blog = 0;
    let mut scraped = 0;
    let mut magazine = 0;
    for (i, l) in head.iter().enumerate() {
        if l.len() > 200 {
            continue; // every signal is a short line
        }
        let lower = l.to_lowercase();
        if i < 5
            && (lower.contains("min read") || lower.contains("mins read"))
            && !l.starts_with('⏱')
        {
            blog += 4;
        }
        if l.starts_with('⏱') || lower.ends_with("-minute read") {
            scraped += 3;
        }
        if i < 4 && l.len() == 4 && l.parse::<i32>().is_ok_and(title::plausible_year) {
            scraped += 3;
        }
        if l.starts_with(['•', '·', '▪']) {
            scraped += 1;
        }
        if lower.ends_with(" poster") {
            scraped += 1;
        }
        if lower == "advertisement" {
            magazine += 2;
        }
    }
    if i_starts_with_any(
        &lower_first,
        &["skip to", "jump to", "main navigation", "accessibility"],
    ) || ["menu", "home", "search", "sign in", "log in"].contains(&lower_first.as_str())
    {
        scraped += 3;
    }
    if lower_first.contains("star rating")
        || (first.len() < 60 && !first.contains(':') && rating::find_in_text(first).is_some())
    {
        magazine += 4;
    }
    if i_starts_with_any(&lower_first, &["rating:", "stars:", "verdict:"]) && first.len() < 40 {
        magazine += 2;
    }
    for l in &tail {
        if l.len() > 200 {
            continue;
        }
        let lower = l.to_lowercase();
        if lower.starts_with("originally published") {
            blog += 4;
        }
        if lower.starts_with("written by") {
            blog += 1;
        }
        if lower.starts_with("keep exploring") {
            scraped += 3;
        }
        if lower == "advertisement" {
            magazine += 2;
        }
        if lower.contains("in cinemas")
            || lower.contains("is released")
            || lower.contains("streaming on")
        {
            magazine += 2;
        }
    }
    if head.first().is_some_and(|h| h.contains(" — ")) {
        blog += 1;
    }
    let best = blog.max(scraped).max(magazine);
    if best < 3 {
        SourceFormat::Prose
    } else if best == scraped {
        SourceFormat::ScrapedPage
    } else if best == blog {
        SourceFormat::BlogExport
    } else {
        SourceFormat::Magazine
    }
}

fn i_starts_with_any(lower: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| lower.starts_with(p))
}

/// Extracts the reviews of one decoded text.
///
/// # Errors
/// A [`Reject`] when the text is not a review (`not_a_review`) or its front matter is broken
/// (`bad_front_matter`).
pub fn extract_text(text: &str) -> Result<Vec<RawReview>, Reject> {
    extract_as(text, sniff(text))
}

/// Extracts the reviews of a text whose family is already known.
///
/// # Errors
/// As [`extract_text`].
pub fn extract_as(text: &str, format: SourceFormat) -> Result<Vec<RawReview>, Reject> {
    if format == SourceFormat::Prose
        && let Some(kind) = unsupported_kind(text)
    {
        return Err(Reject::new(
            RejectReason::Unsupported,
            format!("looks like {kind}, a family reviewpipe does not read yet"),
        ));
    }
    let mut review = match format {
        SourceFormat::FrontMatter => front_matter::parse(text)?,
        SourceFormat::BlogExport => blog_export::parse(text),
        SourceFormat::ScrapedPage => scraped_page::parse(text),
        SourceFormat::Prose => prose::parse(text),
        SourceFormat::Magazine => magazine::parse(text),
        SourceFormat::Html => html::parse(text)?,
    };
    finish(&mut review, text);
    check_is_review(&review, format)?;
    Ok(vec![review])
}

/// Families of FORMATS.md section 6 that are recognizable but not parsed yet: rejecting them
/// clearly beats reading a data file as one prose review.
fn unsupported_kind(text: &str) -> Option<&'static str> {
    let t = text.trim_start();
    let end = t.trim_end();
    if (t.starts_with('{') && end.ends_with('}')) || (t.starts_with('[') && end.ends_with(']')) {
        return Some("a JSON or JSON Lines dump");
    }
    let rows: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).take(3).collect();
    for sep in [',', '\t'] {
        let n = rows.first().map_or(0, |h| h.matches(sep).count());
        // A header row: short fields, no sentence ending; the next rows at least as wide.
        let header_like = rows.first().is_some_and(|h| {
            !h.trim_end().ends_with(['.', '!', '?'])
                && h.split(sep).all(|f| (1..=40).contains(&f.trim().len()))
        });
        if n >= 2
            && rows.len() >= 2
            && header_like
            && rows.iter().all(|r| r.matches(sep).count() >= n)
        {
            return Some("a CSV/TSV export");
        }
    }
    None
}

/// The shared analyzers every body gets: the rating finder (when the family's metadata stated
/// none), the year next to the title, and a clean title.
pub(crate) fn finish(review: &mut RawReview, text: &str) {
    if review.rating.is_none()
        && let Some(found) = rating::find_in_text(&review.body)
    {
        if let Some(span) = find_sub(text, &review.body[found.span.clone()]) {
            review.cite("rating_raw", span);
        }
        review.rating = Some(found.rating);
    }
    // A bare number from a grade line or the body gets its scale inferred (and flagged).
    review.rating = review.rating.take().map(|r| rating::with_scale(r, None));
    if let Some(t) = review.film_title.take() {
        let t = title::clean_title(&t);
        if review.film_year.is_none()
            && let Some((year, span)) = title::year_after_title(text, &t)
        {
            review.film_year = Some(year);
            review.cite("film_year", span);
        }
        review.film_title = (!t.is_empty()).then_some(t);
    }
    if review
        .verdict
        .as_deref()
        .is_some_and(|v| v.trim().is_empty())
    {
        review.verdict = None;
    }
    if review.verdict.is_none() && memchr::memmem::find(text.as_bytes(), b"erdict").is_some() {
        find_verdict_line(review, text);
    }
    if review.directors.is_empty() {
        review.directors = directors::find_directors(&review.body);
    }
    review.word_count = i32::try_from(count_words(&review.body)).unwrap_or(i32::MAX);
}

/// A labelled verdict line anywhere in the file (`Verdict: Must see`, `Our verdict – Skip it`).
fn find_verdict_line(review: &mut RawReview, text: &str) {
    for l in lines(text) {
        if let Some((label, value)) = rating::labelled(l.text)
            && label.ends_with("verdict")
            && rating::parse_rating(value).is_none()
            && rating::looks_like_verdict(value)
        {
            review.verdict = Some(value.trim_end_matches(['.', '!']).to_owned());
            review.cite("verdict", l.span_of(value));
            return;
        }
    }
}

/// Words separated by ASCII whitespace (and control characters), counted on bytes: a word
/// starts where a byte above `' '` follows one at or below it, or at the start. Byte-wide
/// sums over blocks of 255, a shape the compiler turns into vector compares and adds.
pub(crate) fn count_words(s: &str) -> usize {
    let b = s.as_bytes();
    let Some(&first) = b.first() else { return 0 };
    let mut words = usize::from(first > b' ');
    for (prev, cur) in b.chunks(255).zip(b[1..].chunks(255)) {
        words += usize::from(prev.iter().zip(cur).fold(0u8, |acc, (&p, &c)| {
            acc.wrapping_add(u8::from(p <= b' ') & u8::from(c > b' '))
        }));
    }
    words
}

fn find_sub(text: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes()).map(|i| i..i + needle.len())
}

const REVIEW_WORDS: [&str; 40] = [
    "film",
    "films",
    "movie",
    "movies",
    "cinema",
    "director",
    "directed",
    "directs",
    "screen",
    "screenplay",
    "scene",
    "scenes",
    "performance",
    "performances",
    "cast",
    "actor",
    "actress",
    "plays",
    "character",
    "characters",
    "camera",
    "cinematography",
    "script",
    "plot",
    "story",
    "audience",
    "sequel",
    "documentary",
    "thriller",
    "drama",
    "comedy",
    "horror",
    "premiere",
    "festival",
    "shot",
    "frame",
    "editing",
    "soundtrack",
    "watch",
    "review",
];

/// A text is a review when its family gave it a film or a rating, or when its body reads like
/// one (enough words, three of them about films; two when the text names a film with its
/// year, `The Tallyman's Ball (1974)`).
fn check_is_review(review: &RawReview, format: SourceFormat) -> Result<(), Reject> {
    let words = usize::try_from(review.word_count).unwrap_or(0);
    // A page names its film in its title whatever it is: only a rating or data stating a
    // review make one structured.
    let structured = match format {
        SourceFormat::Prose => false,
        SourceFormat::Html => review.rating.is_some() || html::states_a_review(review),
        _ => review.rating.is_some() || review.film_title.is_some(),
    } && words >= 5;
    if structured || format == SourceFormat::FrontMatter && review.film_title.is_some() {
        return Ok(());
    }
    let needed = if review.film_title.is_some() && review.film_year.is_some() {
        2
    } else {
        3
    };
    let mut hits: Vec<&str> = Vec::new();
    for w in review.body.split(|c: char| !c.is_alphabetic()) {
        if (4..=14).contains(&w.len())
            && let Some(k) = REVIEW_WORDS.iter().find(|k| k.eq_ignore_ascii_case(w))
            && !hits.contains(k)
        {
            hits.push(k);
            if hits.len() >= needed && words >= 40 {
                return Ok(());
            }
        }
    }
    Err(Reject::new(
        RejectReason::NotAReview,
        format!(
            "text of {words} words with {} film-review words and no film or rating found (detected as {format})",
            hits.len()
        ),
    ))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Pieces of every family's furniture, so random texts reach deep into the parsers.
    const PIECES: [&str; 24] = [
        "---\n",
        "+++\n",
        "title: \"X (2019)\"\n",
        "rating: \"3.5\"\n",
        "Skip to main content\n",
        "2019\n",
        "  • 98 minutes\n",
        "  • Directed by Ana Ruiz\n",
        "⏱ 6-minute read\n",
        "8.5 /10\n",
        "Masterpiece\n",
        "A star rating of 4 out of 5.\n",
        "Advertisement\n",
        "Grade: B+\n",
        "4 min readMar 3, 2022\n",
        "Originally published at x on March 3, 2022.\n",
        "Ana Ruiz and Tom Okafor in X. J/K\n",
        "X is released in UK cinemas on Friday 26th January 2024.\n",
        "Maya Lindqvist revisits X.\n",
        "(",
        ")",
        "★½☆",
        "é—’\u{a0}",
        "<i>X</i> (2019) ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn no_bytes_panic_the_extractor(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
            if let Ok(d) = decode::decode(&bytes) {
                let _ = extract_text(&d.text);
            }
        }

        #[test]
        fn no_arrangement_of_family_furniture_panics(parts in prop::collection::vec((0..PIECES.len(), "[ -~]{0,40}"), 0..40)) {
            let text: String = parts.iter().flat_map(|(i, s)| [PIECES[*i], s.as_str()]).collect();
            if let Ok(reviews) = extract_text(&text) {
                for r in reviews {
                    for e in &r.evidence {
                        prop_assert!(e.start <= e.end && e.end <= text.len());
                        prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
                    }
                }
            }
        }
    }

    #[test]
    fn families_are_told_from_content() {
        assert_eq!(sniff("---\ntitle: x\n---\nbody"), SourceFormat::FrontMatter);
        assert_eq!(
            sniff("Skip to main content\n2019\nSalt Acre\n  • 98 minutes\n"),
            SourceFormat::ScrapedPage
        );
        assert_eq!(
            sniff("Hook — Salt Acre\nAna Ruiz\n4 min readMar 3, 2022\n\nText.\n"),
            SourceFormat::BlogExport
        );
        assert_eq!(
            sniff("A star rating of 4 out of 5.\n\nText.\n\nAdvertisement\n"),
            SourceFormat::Magazine
        );
        assert_eq!(
            sniff("Maya Lindqvist revisits Salt Acre.\n\nMore text.\n"),
            SourceFormat::Prose
        );
    }

    #[test]
    fn data_files_are_rejected_as_unsupported() {
        let reason = |t: &str| extract_text(t).err().map(|r| r.reason);
        let csv = "Date,Name,Year,Letterboxd URI,Rating,Review\n2024-01-02,Salt Acre,2019,https://boxd.it/x,3.5,\"Slow, kind.\"\n";
        assert_eq!(reason(csv), Some(RejectReason::Unsupported));
        // An HTML page is read (its own family); two words of text are no review.
        let page =
            "<!DOCTYPE html><html><head><title>Salt Acre</title></head><body>A film.</body></html>";
        assert_eq!(sniff(page), SourceFormat::Html);
        assert_eq!(reason(page), Some(RejectReason::NotAReview));
        assert_eq!(
            reason("{\"film\": \"Salt Acre\", \"rating\": 4}\n"),
            Some(RejectReason::Unsupported)
        );
    }

    #[test]
    fn prose_naming_a_film_with_its_year_needs_fewer_review_words() {
        // Two review words (`film`, `director`) in sixty: a film named with its year tells a
        // review; without the year the text is no review.
        let text = |film: &str| {
            format!(
                "Nobody set out to make a cult film. {film} was meant to be a cheerful vehicle \
                 for a soap star, put together on a shoestring in a disused mill by a director \
                 nobody remembers, and it sank without trace on release. Its songs are daft, \
                 its sets are cardboard and its one great idea is that the debt collector \
                 sings to every customer who cannot pay. Nobody else has made anything like it.\n"
            )
        };
        let with_year = extract_as(&text("The Tallyman's Ball (1974)"), SourceFormat::Prose);
        let review = with_year.as_deref().map(|r| &r[0]);
        assert_eq!(
            review.ok().map(|r| (r.film_title.as_deref(), r.film_year)),
            Some((Some("The Tallyman's Ball"), Some(1974))),
            "{with_year:?}"
        );
        let without = extract_as(&text("The Tallyman's Ball"), SourceFormat::Prose);
        assert_eq!(
            without.err().map(|r| r.reason),
            Some(RejectReason::NotAReview)
        );
    }

    #[test]
    fn word_counts() {
        assert_eq!(count_words(""), 0);
        let long = "word ".repeat(100) + "end\tx";
        assert_eq!(count_words(&long), long.split_whitespace().count());
        let edge = "a".repeat(63) + " " + &"b".repeat(64) + " c";
        assert_eq!(count_words(&edge), 3);
        assert_eq!(count_words("  one two\n\nthree\t"), 3);
        assert_eq!(count_words("héllo—wörld x"), 2);
    }
}
