//! The rating finder: parses a rating as written (`B+`, `A minus`, `8.5 /10`, `4 out of 5`,
//! `★★★½`, `3.5 stars`, a bare `3.5`) and finds stated ratings in running text without taking
//! the other numbers of prose (fractions of the film, runtimes, ages, years, "top 10").
//! Normalization to 0-100 happens later, in polars (`transform::ratings`).

use std::sync::LazyLock;

use regex::Regex;

/// How a rating is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RatingKind {
    /// A letter grade (`B+`).
    Letter,
    /// A fraction (`7/10`, `87%`).
    Fraction,
    /// "x out of y" or "x of y".
    OutOf,
    /// Stars (`★★★½`, `***`, `3.5 stars`).
    Stars,
    /// A bare number whose scale comes from the source or is inferred.
    Number,
}

impl RatingKind {
    /// The value written to `rating_kind`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Letter => "letter",
            Self::Fraction => "fraction",
            Self::OutOf => "out_of",
            Self::Stars => "stars",
            Self::Number => "number",
        }
    }
}

/// A parsed, not yet normalized, rating.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Rating {
    /// The rating exactly as written.
    pub raw: String,
    /// How it is written.
    pub kind: RatingKind,
    /// The value on its own scale (`None` for letters: the grade table gives it).
    pub value: Option<f64>,
    /// The top of its scale (`None` for letters, or when no scale can be told).
    pub max: Option<f64>,
    /// The canonical letter grade (`B+`), for letters.
    pub letter: Option<&'static str>,
    /// True when the scale was guessed from the value, not stated.
    pub scale_inferred: bool,
}

impl Rating {
    /// A rating whose value and scale are both stated (`7/10`, `4 out of 5`).
    fn stated(raw: &str, kind: RatingKind, value: Option<f64>, max: Option<f64>) -> Self {
        Self {
            raw: raw.to_owned(),
            kind,
            value,
            max,
            letter: None,
            scale_inferred: false,
        }
    }
}

/// Letter grades on 0-100 (Metacritic's table).
pub const LETTER_GRADES: [(&str, f64); 15] = [
    ("A+", 100.0),
    ("A", 100.0),
    ("A-", 91.0),
    ("B+", 83.0),
    ("B", 75.0),
    ("B-", 67.0),
    ("C+", 58.0),
    ("C", 50.0),
    ("C-", 42.0),
    ("D+", 33.0),
    ("D", 25.0),
    ("D-", 16.0),
    ("F+", 8.0),
    ("F", 0.0),
    ("F-", 0.0),
];

const NUM: &str = r"(\d{1,2}\s+1/2|\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}\s*½|½|zero|one|two|three|four|five|six|seven|eight|nine|ten)(\s+and\s+a\s+half)?";

static LETTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^([a-f])\s*(\+|-|−|–|plus|minus|-plus|-minus|–plus|–minus)?$")
        .expect("valid regex")
});
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{NUM}\s*/\s*(\d{{1,3}}(?:[.,]\d)?)(?:\s*(?:stars?|points?|pts))?$"
    ))
    .expect("valid regex")
});
static OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{NUM}(?:\s+stars?)?\s+(?:out\s+of|of)\s+(\d{{1,3}}|four|five|ten|hundred)(?:\s+stars?)?$"))
        .expect("valid regex")
});
static STARS_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{NUM}\s*(?:stars?|★)$")).expect("valid regex"));
static PERCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3}(?:[.,]\d{1,2})?)\s*%$").expect("valid regex"));
static BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}\s*½)$").expect("valid regex"));

/// Rating phrases inside running text: "a star rating of 4 out of 5", "I give it 7/10",
/// "three stars out of five", "gets 3.5 stars".
static IN_TEXT_OUT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b){NUM}(?:\s+stars?)?\s+out\s+of\s+(\d{{1,3}}|four|five|ten|hundred)(?-u:\b)(?:\s+stars?)?"
    ))
    .expect("valid regex")
});
static IN_TEXT_FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,3}(?:\.\d{1,2})?|\d\s*½)\s*/\s*(4|5|10|20|100)(?-u:\b)(?:\s*stars?)?")
        .expect("valid regex")
});
static IN_TEXT_STARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b){NUM}\s+stars?(?-u:\b)")).expect("valid regex")
});
static GLYPHS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[★☆✩✭⭐✮✯]+(?:\s*½)?").expect("valid regex"));

/// Words that make a nearby number a rating ("I give it 7/10", "rating of 4 out of 5").
const CONTEXT_WORDS: [&str; 14] = [
    "rating", "rate", "rated", "score", "grade", "give", "gave", "gets", "award", "verdict",
    "deserves", "earns", "mark", "stars",
];

/// Labels of a rating line (`Grade: B+`, `My rating - 7/10`).
const LABELS: [&str; 10] = [
    "grade",
    "rating",
    "score",
    "verdict",
    "stars",
    "mark",
    "overall",
    "final grade",
    "my grade",
    "my rating",
];

fn word_number(s: &str) -> Option<f64> {
    Some(match s.to_ascii_lowercase().as_str() {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "hundred" => 100.0,
        _ => return None,
    })
}

/// Parses a number as ratings write it: `3.5`, `8,5`, `3½`, `½`, `four`.
fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Some(w) = word_number(s) {
        return Some(w);
    }
    if let Some(whole) = s
        .strip_suffix("1/2")
        .filter(|w| w.ends_with(char::is_whitespace))
    {
        return Some(whole.trim().parse::<f64>().ok()? + 0.5);
    }
    if let Some(whole) = s.strip_suffix('½') {
        let whole = whole.trim();
        return Some(
            if whole.is_empty() {
                0.0
            } else {
                whole.parse::<f64>().ok()?
            } + 0.5,
        );
    }
    s.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

fn with_half(v: f64, half: Option<regex::Match<'_>>) -> f64 {
    if half.is_some() { v + 0.5 } else { v }
}

fn canonical_letter(letter: char, modifier: Option<&str>) -> Option<&'static str> {
    let sign = match modifier.map(str::to_ascii_lowercase).as_deref() {
        None => "",
        Some(m) if m.ends_with('+') || m.ends_with("plus") => "+",
        Some(_) => "-",
    };
    let key = format!("{}{sign}", letter.to_ascii_uppercase());
    if key.starts_with('E') {
        return None;
    }
    LETTER_GRADES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(k, _)| *k)
}

fn trim_rating(s: &str) -> &str {
    s.trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '(' | ')' | '[' | ']'))
        .trim_end_matches(['.', '!', ',', ';'])
        .trim()
}

/// Parses a string that is a rating and nothing else. Returns `None` for anything else,
/// including verdict words. Bare numbers get `max: None`: see [`with_scale`].
#[must_use]
pub fn parse_rating(written: &str) -> Option<Rating> {
    let s = trim_rating(written);
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    // Every rating has a digit, a star glyph, "of"/"star" words, or is a short letter grade.
    let plain = !s
        .bytes()
        .any(|b| b.is_ascii_digit() || b == b'*' || b >= 0x80);
    if plain && s.len() > 8 && !s.contains(" of") && !s.to_ascii_lowercase().contains("star") {
        return None;
    }
    let rating = |kind, value, max| Rating::stated(s, kind, Some(value), max);
    if let Some(r) = parse_glyphs(s) {
        return Some(r);
    }
    if let Some(c) = LETTER.captures(s) {
        let letter = canonical_letter(c[1].chars().next()?, c.get(2).map(|m| m.as_str()))?;
        return Some(Rating {
            value: None,
            max: None,
            letter: Some(letter),
            ..rating(RatingKind::Letter, 0.0, None)
        });
    }
    if let Some(c) = FRACTION.captures(s) {
        let v = with_half(number(&c[1])?, c.get(2));
        return Some(rating(RatingKind::Fraction, v, Some(number(&c[3])?)));
    }
    if let Some(c) = OUT_OF.captures(s) {
        let v = with_half(number(&c[1])?, c.get(2));
        return Some(rating(RatingKind::OutOf, v, Some(number(&c[3])?)));
    }
    if let Some(c) = STARS_WORD.captures(s) {
        let v = with_half(number(&c[1])?, c.get(2));
        return Some(rating(RatingKind::Stars, v, Some(5.0)));
    }
    if let Some(c) = PERCENT.captures(s) {
        return Some(rating(RatingKind::Fraction, number(&c[1])?, Some(100.0)));
    }
    if let Some(c) = BARE.captures(s) {
        return Some(rating(RatingKind::Number, number(&c[1])?, None));
    }
    None
}

/// Star glyphs (`★★★½`, `★★☆☆☆`, `***`, `**½`, `****1/2`), whole string.
fn parse_glyphs(s: &str) -> Option<Rating> {
    let (body, half_text) = match s.strip_suffix("1/2") {
        Some(b) if b.ends_with('*') || b.ends_with('★') => (b.trim_end(), true),
        _ => (s, false),
    };
    if body.contains('*') && body.contains(' ') {
        return None; // `* * *` is a scene break, not three stars
    }
    let mut full = 0u32;
    let mut empty = 0u32;
    let mut half = u32::from(half_text);
    for c in body.chars() {
        match c {
            '★' | '⭐' | '*' | '✭' | '✮' | '✯' => full += 1,
            '☆' | '✩' => empty += 1,
            '½' => half += 1,
            ' ' => {}
            _ => return None,
        }
    }
    if full + half == 0 && empty == 0 || half > 1 {
        return None;
    }
    let slots = full + half + empty;
    let max = if slots > 5 && empty > 0 {
        f64::from(slots)
    } else if full + half > 5 {
        10.0
    } else {
        5.0
    };
    Some(Rating::stated(
        s,
        RatingKind::Stars,
        Some(f64::from(full) + 0.5 * f64::from(half)),
        Some(max),
    ))
}

/// Gives a bare number its scale: the declared `max` when there is one, else one inferred
/// from the value (≤ 5 in half steps → 5, ≤ 10 → 10, ≤ 100 → 100) and flagged.
#[must_use]
pub fn with_scale(mut rating: Rating, declared_max: Option<f64>) -> Rating {
    if rating.kind != RatingKind::Number || rating.max.is_some() {
        return rating;
    }
    if let Some(max) = declared_max {
        rating.max = Some(max);
        return rating;
    }
    let v = rating.value.unwrap_or(0.0);
    rating.max = if v <= 5.0 && (v * 2.0).fract() == 0.0 {
        Some(5.0)
    } else if v <= 10.0 {
        Some(10.0)
    } else if v <= 100.0 {
        Some(100.0)
    } else {
        None
    };
    rating.scale_inferred = rating.max.is_some();
    rating
}

/// If `line` is a labelled rating line (`Grade: B+`, `My rating – 7/10`, `Verdict: Must see`),
/// returns the value text.
#[must_use]
pub fn labelled_value(line: &str) -> Option<&str> {
    labelled(line).map(|(_, v)| v)
}

/// Like [`labelled_value`], with the label lowercased (`our verdict`, `grade`).
#[must_use]
pub fn labelled(line: &str) -> Option<(String, &str)> {
    let t = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '#' | '>' | '-' | '•')
    });
    let colon = t.find([':', '：', '=', '–', '—', '-', '|'])?;
    let label = t[..colon].trim().trim_matches(['*', '_']).to_lowercase();
    if label.is_empty() || label.len() > 24 {
        return None;
    }
    // Age certificates are not ratings; "the score" is prose ("The score: a wash of cellos").
    if [
        "age",
        "certificate",
        "bbfc",
        "mpaa",
        "parental",
        "content",
        "the ",
    ]
    .iter()
    .any(|w| label.starts_with(w) || label.contains(&format!(" {w}")))
    {
        return None;
    }
    let known = LABELS
        .iter()
        .any(|l| label == *l || label.ends_with(&format!(" {l}")));
    if !known {
        return None;
    }
    let value = t[colon..]
        .trim_start_matches([':', '：', '=', '–', '—', '-', '|'])
        .trim();
    // `**B+**` is emphasis around a grade; `***` or `**½` is the grade itself.
    let value = if parse_glyphs(value).is_some() {
        value
    } else {
        value.trim_matches(['*', '_']).trim()
    };
    (!value.is_empty()).then_some((label, value))
}

/// Verdict words and phrases review sites print on their own line.
const VERDICT_WORDS: [&str; 34] = [
    "masterpiece",
    "essential",
    "must see",
    "must-see",
    "skip it",
    "skip",
    "fresh",
    "rotten",
    "certified fresh",
    "recommended",
    "highly recommended",
    "not recommended",
    "avoid",
    "worth a look",
    "worth watching",
    "see it",
    "stream it",
    "great",
    "good",
    "mixed",
    "poor",
    "excellent",
    "classic",
    "bad",
    "awful",
    "terrible",
    "brilliant",
    "solid",
    "decent",
    "unmissable",
    "wait for streaming",
    "pass",
    "watch it",
    "instant classic",
];

/// True for a known verdict word or phrase (`Masterpiece`, `Skip it`, `Fresh`).
#[must_use]
pub fn is_verdict_word(s: &str) -> bool {
    let t = s.trim().trim_end_matches(['!', '.']).to_lowercase();
    VERDICT_WORDS.contains(&t.as_str())
}

/// A verdict phrase: short, no sentence punctuation inside, not a number.
#[must_use]
pub fn looks_like_verdict(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['!', '.']);
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.len() <= 32
        && s.chars().next().is_some_and(char::is_alphabetic)
        && !s.contains([',', ';', ':', '?', '.'])
        && !s.bytes().any(|b| b.is_ascii_digit())
}

/// A rating found in running text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The parsed rating.
    pub rating: Rating,
    /// Byte range in the searched text.
    pub span: std::ops::Range<usize>,
}

/// Finds the rating a body states: a labelled rating line, a rating alone on its line, star
/// glyphs, or a rating phrase with a rating word nearby ("I give it 7/10", "a star rating of
/// 4 out of 5", "three stars out of five"). Other numbers in prose never count. When several
/// are found the strongest kind wins, then the last one.
#[must_use]
pub fn find_in_text(text: &str) -> Option<Found> {
    let mut best: Option<(u8, Found)> = None;
    let mut offer = |priority: u8, found: Found| {
        if best.as_ref().is_none_or(|(p, b)| {
            priority > *p || (priority == *p && found.span.start > b.span.start)
        }) {
            best = Some((priority, found));
        }
    };
    // 1. Line-level: labelled lines and lines that are only a rating.
    let mut offset = 0;
    for line in text.split('\n') {
        let start = offset;
        offset += line.len() + 1;
        let t = line.trim();
        if t.is_empty() || t.len() > 80 {
            continue;
        }
        if let Some(value) = labelled_value(t) {
            let vstart = start + line.find(value).unwrap_or(0);
            let span = vstart..vstart + value.len();
            if let Some(r) = parse_rating(value).or_else(|| first_rating_in(value)) {
                offer(4, Found { rating: r, span });
            }
            continue;
        }
        if let Some(r) = parse_rating(t).filter(standalone_rating) {
            let s = start + line.find(t).unwrap_or(0);
            offer(
                3,
                Found {
                    rating: r,
                    span: s..s + t.len(),
                },
            );
        }
    }
    // 2. Star glyphs anywhere.
    if has_star_glyph(text) {
        for m in GLYPHS.find_iter(text) {
            if let Some(r) = parse_glyphs(m.as_str().trim()) {
                let glyphs = m.as_str().chars().filter(|c| !c.is_whitespace()).count();
                if glyphs >= 2 || line_is_only(text, m.range()) {
                    offer(
                        2,
                        Found {
                            rating: r,
                            span: m.range(),
                        },
                    );
                }
            }
        }
    }
    // 3. Phrases with a rating word nearby.
    if memchr::memmem::find(text.as_bytes(), b"out of").is_some() {
        for c in IN_TEXT_OUT_OF.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            let max = number(&c[3]).unwrap_or(0.0);
            let stars = m.as_str().to_ascii_lowercase().contains("star");
            if ![4.0, 5.0, 10.0, 20.0, 100.0].contains(&max)
                || !(stars || has_context(text, m.start()))
            {
                continue;
            }
            if let Some(v) = number(&c[1]) {
                let r = Rating::stated(
                    m.as_str(),
                    RatingKind::OutOf,
                    Some(with_half(v, c.get(2))),
                    Some(max),
                );
                offer(
                    1,
                    Found {
                        rating: r,
                        span: m.range(),
                    },
                );
            }
        }
    }
    if memchr::memchr(b'/', text.as_bytes()).is_some() {
        for c in IN_TEXT_FRACTION.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            // Dates (3/4/2022), URLs and "24/7" are not ratings: demand a clean boundary.
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '/' | '.' | '-' | ':'))
                || after.is_some_and(|a| a.is_alphanumeric() || a == '/')
                || !has_context(text, m.start())
            {
                continue;
            }
            if let (Some(v), Some(max)) = (number(&c[1]), number(&c[2])) {
                let kind = if m.as_str().contains("star") {
                    RatingKind::Stars
                } else {
                    RatingKind::Fraction
                };
                let r = Rating::stated(m.as_str(), kind, Some(v), Some(max));
                offer(
                    1,
                    Found {
                        rating: r,
                        span: m.range(),
                    },
                );
            }
        }
    }
    if memchr::memmem::find(text.as_bytes(), b"star ").is_some()
        || memchr::memmem::find(text.as_bytes(), b"stars").is_some()
    {
        for c in IN_TEXT_STARS.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            if text[m.end()..]
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("out of")
                || !has_context(text, m.start())
            {
                continue;
            }
            if let Some(v) = number(&c[1]) {
                let r = Rating::stated(
                    m.as_str(),
                    RatingKind::Stars,
                    Some(with_half(v, c.get(2))),
                    Some(5.0),
                );
                offer(
                    1,
                    Found {
                        rating: r,
                        span: m.range(),
                    },
                );
            }
        }
    }
    best.map(|(_, f)| f)
}

/// A line holding only this can stand as a rating: not a bare number or letter, not `***`
/// (a Markdown rule), not a percentage or a counter such as `(2 of 3)` or `1 of 12`.
fn standalone_rating(r: &Rating) -> bool {
    match r.kind {
        RatingKind::Number | RatingKind::Letter => false,
        RatingKind::Stars => !r.raw.starts_with('*'),
        RatingKind::Fraction | RatingKind::OutOf => {
            !r.raw.ends_with('%')
                && !r.raw.starts_with('(')
                && r.max
                    .is_some_and(|m| [4.0, 5.0, 10.0, 20.0, 100.0].contains(&m))
        }
    }
}

/// True when `text` holds a star glyph (★ ☆ ✩ ✭ ⭐, all `E2 ..` in UTF-8): a byte search, not
/// a char-by-char one.
fn has_star_glyph(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xE2, b).any(|i| {
        matches!(
            b.get(i + 1..i + 3),
            Some([0x98, 0x85 | 0x86] | [0x9C, 0xA9 | 0xAD] | [0xAD, 0x90])
        )
    })
}

/// The rating opening a short value such as `7/10 - a keeper` or `4 out of 5, easily`.
#[must_use]
pub fn first_rating_in(value: &str) -> Option<Rating> {
    let words: Vec<&str> = value.split_whitespace().take(4).collect();
    (1..=words.len()).rev().find_map(|n| {
        let r = parse_rating(&words[..n].join(" "))?;
        let last = words[n - 1];
        let rest = value
            .split_whitespace()
            .skip(n)
            .collect::<Vec<_>>()
            .join(" ");
        // A lone letter counts only as the whole value or before a separator: `B+ (a keeper)`,
        // `A - great`, `B+, a keeper`; never the article of `A mess` or the initial of `A. R. Rahman`.
        let letter_ok = r.kind != RatingKind::Letter
            || (words[0].starts_with(|c: char| c.is_ascii_uppercase())
                && !last.ends_with('.')
                && (rest.is_empty()
                    || last.ends_with(',')
                    || rest.starts_with(['(', '-', '–', '—', '|'])));
        letter_ok.then_some(r)
    })
}

fn line_is_only(text: &str, range: std::ops::Range<usize>) -> bool {
    let ls = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let le = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    text[ls..range.start].trim().is_empty() && text[range.end..le].trim().is_empty()
}

/// True when a rating word occurs in the same sentence, shortly before `at`.
fn has_context(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    let sentence = window
        .rfind(['.', '!', '?', '\n'])
        .map_or(window, |i| &window[i + 1..]);
    let lower = sentence.to_lowercase();
    CONTEXT_WORDS
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm(s: &str) -> (Option<f64>, Option<f64>, RatingKind) {
        let r = parse_rating(s).unwrap_or_else(|| panic!("no rating in {s:?}"));
        (r.value, r.max, r.kind)
    }

    #[test]
    fn letter_grades_with_spacing_and_words() {
        for (s, want) in [
            ("B+", "B+"),
            ("B +", "B+"),
            ("A minus", "A-"),
            ("c-", "C-"),
            ("A–", "A-"),
            ("F", "F"),
            ("b plus", "B+"),
        ] {
            assert_eq!(parse_rating(s).unwrap().letter, Some(want), "{s}");
        }
        assert!(parse_rating("E").is_none());
        assert!(parse_rating("G+").is_none());
    }

    #[test]
    fn fractions_out_of_stars_and_numbers() {
        assert_eq!(vm("8.5 /10"), (Some(8.5), Some(10.0), RatingKind::Fraction));
        assert_eq!(vm("3.5/4"), (Some(3.5), Some(4.0), RatingKind::Fraction));
        assert_eq!(
            vm("87/100"),
            (Some(87.0), Some(100.0), RatingKind::Fraction)
        );
        assert_eq!(vm("8,5/10"), (Some(8.5), Some(10.0), RatingKind::Fraction));
        assert_eq!(vm("4 out of 5"), (Some(4.0), Some(5.0), RatingKind::OutOf));
        assert_eq!(vm("3 of 4"), (Some(3.0), Some(4.0), RatingKind::OutOf));
        assert_eq!(
            vm("three and a half out of five"),
            (Some(3.5), Some(5.0), RatingKind::OutOf)
        );
        assert_eq!(vm("★★★½"), (Some(3.5), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("★★☆☆☆"), (Some(2.0), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("***"), (Some(3.0), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("**1/2"), (Some(2.5), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("3.5 stars"), (Some(3.5), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("3½ stars"), (Some(3.5), Some(5.0), RatingKind::Stars));
        assert_eq!(vm("\"3.5\""), (Some(3.5), None, RatingKind::Number));
        assert_eq!(vm("87%"), (Some(87.0), Some(100.0), RatingKind::Fraction));
        assert_eq!(vm("12/10"), (Some(12.0), Some(10.0), RatingKind::Fraction));
    }

    #[test]
    fn verdicts_are_not_ratings() {
        for s in [
            "Masterpiece",
            "Must see",
            "Skip it",
            "Fresh",
            "",
            "The film is good",
        ] {
            assert!(parse_rating(s).is_none(), "{s}");
        }
        assert!(looks_like_verdict("Must see"));
        assert!(!looks_like_verdict("It is good, mostly."));
    }

    #[test]
    fn inferred_scales() {
        let inf = |s: &str| with_scale(parse_rating(s).unwrap(), None);
        assert_eq!(
            (inf("3.5").max, inf("3.5").scale_inferred),
            (Some(5.0), true)
        );
        assert_eq!(inf("7").max, Some(10.0));
        assert_eq!(inf("4.2").max, Some(10.0));
        assert_eq!(inf("72").max, Some(100.0));
        assert_eq!(inf("450").max, None);
        let declared = with_scale(parse_rating("8").unwrap(), Some(10.0));
        assert_eq!((declared.max, declared.scale_inferred), (Some(10.0), false));
    }

    #[test]
    fn finds_stated_ratings_in_text() {
        let f = |t: &str| find_in_text(t).map(|f| (f.rating.value, f.rating.max));
        assert_eq!(
            f("A star rating of 4 out of 5.\n\nThe film..."),
            Some((Some(4.0), Some(5.0)))
        );
        assert_eq!(f("Long review.\n\nGrade: B+\n"), Some((None, None)));
        assert_eq!(
            f("It is fine. I'd give it three stars out of five."),
            Some((Some(3.0), Some(5.0)))
        );
        assert_eq!(
            f("All told, I give it 7/10 and a shrug."),
            Some((Some(7.0), Some(10.0)))
        );
        assert_eq!(f("Some text.\n★★★½\n"), Some((Some(3.5), Some(5.0))));
        assert_eq!(f("Rating: 12/10\n"), Some((Some(12.0), Some(10.0))));
    }

    #[test]
    fn review_round_two_cases() {
        let f = |t: &str| find_in_text(t).map(|f| (f.rating.value, f.rating.max, f.rating.letter));
        // Articles and initials in labelled lines are not letter grades.
        for t in [
            "Verdict: A mess, but an honest one\n",
            "Mark: A bit long\n",
            "Score: A. R. Rahman\n",
            "Stars: F. Murray Abraham\n",
            "The score: a droning wash of cellos.\n",
        ] {
            assert_eq!(f(t), None, "{t}");
        }
        assert_eq!(f("Grade: B+ (a keeper)\n"), Some((None, None, Some("B+"))));
        assert_eq!(f("Grade: A-minus\n"), Some((None, None, Some("A-"))));
        // Sentence-initial numbers, scene breaks, counters and percentages are not ratings.
        for t in [
            "Nine out of ten viewers will find it slow.",
            "3/4 of the way through, it turns.",
            "Text.\n\n* * *\n\nMore.",
            "Text.\n***\nMore.",
            "(2 of 3)\n",
            "1 of 12\n",
            "10%\n",
            "Age rating: 15\n",
        ] {
            assert_eq!(f(t), None, "{t}");
        }
        assert_eq!(
            f("I give it 3 1/2 stars."),
            Some((Some(3.5), Some(5.0), None))
        );
        assert_eq!(
            f("Rating: 3 1/2 stars\n"),
            Some((Some(3.5), Some(5.0), None))
        );
    }

    #[test]
    fn prose_numbers_are_not_ratings() {
        for t in [
            "The final 20 minutes drag, and a 1/3 of the film is flashback.",
            "She is 12 and it was released in 1994; it made my top 10.",
            "A 6-minute read. It runs 2 hours 10 minutes.",
            "Two out of three sisters leave town on 3/4/2022.",
            "It opened 24/7 for a week in 4 out of 5 cinemas.",
        ] {
            assert_eq!(find_in_text(t), None, "{t}");
        }
    }
}
