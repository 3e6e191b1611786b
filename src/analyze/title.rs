//! Film titles: `Title (2019)` splitting, "Review:" affixes, and finding the year a body
//! states next to the title.

/// A plausible film year.
#[must_use]
pub fn plausible_year(y: i32) -> bool {
    (1878..=2100).contains(&y)
}

/// Splits `Night Harbour (2019)` or `Night Harbour [2019]` into title and year.
#[must_use]
pub fn split_title_year(s: &str) -> (String, Option<i32>) {
    let t = s.trim();
    // `Thanneer Thiruvizha (2023) – full recap + review`: the year ends the title, a blog's
    // subtitle follows.
    for sep in [" – ", " — ", " - ", ": ", " | "] {
        if let Some(k) = t.find(sep)
            && let Some(head) = t[..k].trim_end().strip_suffix(')')
            && let Some(i) = head.rfind('(')
            && let Ok(year) = head[i + 1..].trim().parse::<i32>()
            && head[i + 1..].trim().len() == 4
            && plausible_year(year)
        {
            return (clean_title(&head[..i]), Some(year));
        }
    }
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let Some(inner) = t.strip_suffix(close)
            && let Some(i) = inner.rfind(open)
        {
            let y = inner[i + 1..].trim();
            if y.len() == 4
                && let Ok(year) = y.parse::<i32>()
                && plausible_year(year)
            {
                return (clean_title(&inner[..i]), Some(year));
            }
        }
    }
    (clean_title(t), None)
}

/// Removes "Review:"-style affixes, markup and wrapping quotes from a title.
#[must_use]
pub fn clean_title(s: &str) -> String {
    let mut t = crate::analyze::boilerplate::strip_html(s.trim()).into_owned();
    // `Night Harbour review: a slow, salty tide`, `Salt Acre review – a tender drama`.
    let lower = t.to_ascii_lowercase();
    if let Some(i) = [
        " review:",
        " review –",
        " review —",
        " review -",
        " review |",
    ]
    .iter()
    .filter_map(|p| lower.find(p))
    .min()
        && i > 0
    {
        t.truncate(i);
    }
    for _ in 0..2 {
        let lower = t.to_ascii_lowercase();
        let mut changed = false;
        for p in [
            "film review:",
            "movie review:",
            "review:",
            "film review -",
            "movie review -",
            "review -",
            "review –",
            "review —",
            "review |",
        ] {
            if lower.starts_with(p) {
                t = t[p.len()..].trim().to_owned();
                changed = true;
                break;
            }
        }
        let lower = t.to_ascii_lowercase();
        for s in [
            " review",
            " (review)",
            " – review",
            " — review",
            " - review",
            ": review",
            " | review",
            " film review",
            " movie review",
        ] {
            if lower.ends_with(s) && t.len() > s.len() {
                t = t[..t.len() - s.len()].trim().to_owned();
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    let t = t.trim().trim_matches(['*', '_']).trim();
    let t = without_episode_label(t);
    let unquoted = ['"', '“', '\'', '‘']
        .iter()
        .zip(['"', '”', '\'', '’'])
        .find_map(|(o, c)| t.strip_prefix(*o).and_then(|x| x.strip_suffix(c)))
        .unwrap_or(t);
    unquoted.trim().to_owned()
}

/// A title without a podcast's or a series' episode label before it: `Episode 212: Sing It
/// Slow` → `Sing It Slow`, `Ep. 9 – Low Water` → `Low Water`. A title that is only the label
/// stays as it is.
fn without_episode_label(t: &str) -> &str {
    let lower = t.to_ascii_lowercase();
    let Some(rest) = ["episode ", "ep. ", "ep "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
    else {
        return t;
    };
    let rest = rest.strip_prefix('#').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return t;
    }
    let after = &rest[digits..];
    let Some(title) = [": ", " – ", " — ", " - ", ". ", " | "]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
    else {
        return t;
    };
    let title = &t[t.len() - title.len()..];
    if title.trim().is_empty() {
        t
    } else {
        title.trim()
    }
}

/// The year a text states right after the title: `Title (2019)`, `<i>Title</i> (2019)`,
/// `*Title* (2019)`. Returns the year and the byte range of the `(2019)`.
#[must_use]
pub fn year_after_title(text: &str, title: &str) -> Option<(i32, std::ops::Range<usize>)> {
    if title.is_empty() {
        return None;
    }
    let mut from = 0;
    let finder = memchr::memmem::Finder::new(title);
    while let Some(i) = finder.find(&text.as_bytes()[from..]) {
        let start = from + i;
        let end = start + title.len();
        if !starts_a_title(&text[..start]) {
            from = end;
            continue;
        }
        let rest = &text[end..];
        let skipped = rest.len() - rest.trim_start_matches(['*', '_', '"', '”', '’']).len();
        let rest2 = &rest[skipped..];
        let rest2 = rest2
            .strip_prefix("</i>")
            .or_else(|| rest2.strip_prefix("</em>"))
            .unwrap_or(rest2);
        let skipped = rest.len() - rest2.len();
        let rest3 = rest2.trim_start_matches(' ');
        let gap = rest2.len() - rest3.len();
        if gap <= 1
            && let Some(inner) = rest3.strip_prefix('(')
            && inner.len() >= 5
            && inner.as_bytes()[4] == b')'
            && let Ok(y) = inner[..4].parse::<i32>()
            && plausible_year(y)
        {
            let s = end + skipped + gap;
            return Some((y, s..s + 6));
        }
        from = end;
    }
    None
}

/// False when the text before a title match makes it part of something longer: inside a
/// word (`Kite` in `Kitesurf`), or after a title-cased word that does not open a sentence
/// (`Meridian` in `Fans of The Meridian (1984)`).
fn starts_a_title(before: &str) -> bool {
    let b = before.trim_end_matches(['*', '_', '"', '“', '‘']);
    let b = b
        .strip_suffix("<i>")
        .or_else(|| b.strip_suffix("<em>"))
        .unwrap_or(b);
    if b.len() == before.len() && b.chars().next_back().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let trimmed = b.trim_end();
    if b[trimmed.len()..].contains('\n') {
        return true; // a title opening a line or paragraph
    }
    let mut b = trimmed;
    // Skip lowercase connectors: `Signal of the Aviary` is one title, `a review of Aviary` is not.
    let mut connectors = 0;
    let (prev_start, prev) = loop {
        let start = b
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
        let word = &b[start..];
        // Only the connectors that sit inside titles; "Ana Ruiz in X" or "Lemoine on X" name
        // a person before the title.
        let inner = [
            "of", "the", "and", "&", "a", "an", "de", "del", "la", "le", "les", "des", "di", "da",
            "von", "van", "der", "y", "et",
        ];
        if connectors < 3 && inner.contains(&word) && start > 0 {
            connectors += 1;
            b = b[..start].trim_end();
            continue;
        }
        break (start, word);
    };
    if !prev.chars().next().is_some_and(char::is_uppercase)
        || prev.ends_with([',', ';', ':', '.', '!', '?', ')'])
    {
        return true;
    }
    if connectors > 0 {
        return false; // `The Choir and the Quarry (1971)`
    }
    // A capitalized word right before: fine only when it opens a sentence.
    let earlier = b[..prev_start].trim_end();
    earlier.is_empty() || earlier.ends_with(['.', '!', '?', '\n', ':', '"', '”'])
}

/// Candidate `Title (YYYY)` mentions in a text: capitalized words right before a `(YYYY)`.
#[must_use]
pub fn titled_year_mentions(text: &str) -> Vec<(String, i32, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b'(', &bytes[from..]) {
        let at = from + i;
        from = at + 1;
        if bytes.len() < at + 6 || bytes[at + 5] != b')' {
            continue;
        }
        let Ok(year) = text[at + 1..at + 5].parse::<i32>() else {
            continue;
        };
        if !plausible_year(year) {
            continue;
        }
        // A title sits within 200 bytes of its year: bound the look-back (no quadratic scans).
        let floor = text.floor_char_boundary(at.saturating_sub(200));
        let from = text[floor..at]
            .rfind(['\n', '.', '!', '?', ';'])
            .map_or(floor, |i| floor + i + 1);
        let cleaned = crate::analyze::boilerplate::strip_html(&text[from..at]);
        let before = cleaned.trim_end().trim_end_matches(['*', '_']);
        let title = trailing_title(before);
        // `Next in this digest: a review of the comedy Shou Ya Jar (2023)`: a pointer to
        // another review.
        let pointer = {
            let lead = before.trim_start().as_bytes();
            [
                "next ",
                "coming up",
                "elsewhere",
                "also this week",
                "also showing",
                "up next",
            ]
            .iter()
            .any(|p| lead.len() >= p.len() && lead[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        };
        if !title.is_empty()
            && !pointer
            && !names_another_film(&before[..before.len() - title.len()])
        {
            out.push((clean_title(title), year, at));
        }
    }
    out
}

/// True when the words before a `Title (YYYY)` mention say it is another film than the one
/// reviewed: `the sequel to Nightjar (2021)`, `a remake of`, `the follow-up to`.
fn names_another_film(before: &str) -> bool {
    let lower = before.trim_end().to_ascii_lowercase();
    [
        "sequel to",
        "prequel to",
        "follow-up to",
        "followup to",
        "successor to",
        "remake of",
        "spin-off of",
        "spinoff of",
        "the original",
    ]
    .iter()
    .any(|cue| lower.ends_with(cue))
        // `the teleserye Puso sa Puso (2019)`: a work of another kind.
        || lower.rsplit(' ').next().is_some_and(|w| {
            [
                "album",
                "novel",
                "play",
                "serial",
                "series",
                "show",
                "sitcom",
                "soap",
                "teleserye",
                "telenovela",
            ]
            .contains(&w)
        })
}

const CONNECTORS: [&str; 38] = [
    "of", "the", "and", "in", "a", "an", "on", "at", "to", "for", "with", "from", "&", "or", "de",
    "del", "la", "le", "les", "des", "di", "da", "von", "van", "der", "y", "et", "ng", "sa", "du",
    "do", "dos", "das", "e", "ka", "ki", "ke", "na",
];

/// What follows `part` in `s`, `part` being a sub-slice of `s` (as [`leading_title`] gives,
/// which may start after an opening quote): empty when `part` is not inside `s`.
#[must_use]
pub fn after_in<'a>(s: &'a str, part: &str) -> &'a str {
    (part.as_ptr() as usize)
        .checked_sub(s.as_ptr() as usize)
        .and_then(|o| s.get(o + part.len()..))
        .unwrap_or("")
}

/// The run of title-cased words (with lowercase connectors inside) that starts `s`, up to the
/// first punctuation: `Halcyon Drift, the sci-fi romance` → `Halcyon Drift`.
#[must_use]
pub fn leading_title(s: &str) -> &str {
    let s = s.trim_start();
    // A title never runs onto the next line (`Eastside Sundays\n2021 · 104 min`).
    let s = &s[..s.find('\n').unwrap_or(s.len())];
    let mut end = 0;
    let mut last_cap_end = 0;
    for (n, w) in s.split(' ').enumerate() {
        if n > 12 || w.is_empty() {
            break;
        }
        let bare = w.trim_end_matches([',', ';', ':', '.', '!', '?', ')']);
        let bare_q =
            bare.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '*' | '_' | '‘' | '’'));
        // `Bab al-Bahr`: an article glued to a capitalized word counts as a capital.
        let cap = bare_q
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || crate::analyze::tokens::glued_article(bare_q.as_bytes());
        let start = end + usize::from(n > 0);
        if cap {
            last_cap_end = start + bare.len();
        } else if !(CONNECTORS.contains(&bare_q) && n > 0) {
            break;
        }
        end = start + w.len();
        if bare.len() != w.len() {
            break;
        }
    }
    s[..last_cap_end].trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '*' | '_'))
}

/// The run of title-cased words (with lowercase connectors inside) that ends `s`:
/// `... the long shadow of The Orchard of the Tide` → `The Orchard of the Tide`.
#[must_use]
pub fn trailing_title(s: &str) -> &str {
    let s = s.trim_end();
    let mut start = s.len();
    let mut first_cap = None;
    let mut words = 0;
    for (i, w) in rsplit_words(s) {
        if w.ends_with([',', ';', ':', '.', '!', '?']) && i + w.len() < s.len() {
            break;
        }
        let bare = w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '*' | '_' | '‘' | '’'));
        let cap = bare
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || crate::analyze::tokens::glued_article(bare.as_bytes());
        if cap {
            start = i;
            first_cap = Some(i);
        } else if CONNECTORS.contains(&bare) && words > 0 {
            start = i;
        } else {
            break;
        }
        words += 1;
        if words > 12 {
            break;
        }
    }
    match first_cap {
        Some(c) if c >= start => {
            s[c..].trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '*' | '_'))
        }
        _ => "",
    }
}

fn rsplit_words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = s.len();
    std::iter::from_fn(move || {
        let t = s[..end].trim_end();
        if t.is_empty() {
            return None;
        }
        let start = t
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let w = &t[start..];
        end = start;
        Some((start, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subtitle_after_the_year_is_cut() {
        assert_eq!(
            split_title_year("Thanneer Thiruvizha (2023) – full recap + review"),
            ("Thanneer Thiruvizha".to_owned(), Some(2023))
        );
        assert_eq!(
            split_title_year("Mission: Ember (2014)"),
            ("Mission: Ember".to_owned(), Some(2014))
        );
    }

    #[test]
    fn splits_title_and_year() {
        assert_eq!(
            split_title_year("Night Harbour review: a slow, salty tide"),
            ("Night Harbour".into(), None)
        );
        assert_eq!(
            split_title_year("Salt Acre review – a tender drama"),
            ("Salt Acre".into(), None)
        );
        assert_eq!(
            split_title_year("Night Harbour (2019)"),
            ("Night Harbour".into(), Some(2019))
        );
        assert_eq!(
            split_title_year("Review: Night Harbour"),
            ("Night Harbour".into(), None)
        );
        assert_eq!(
            split_title_year("\"Salt Acre\" [1987]"),
            ("Salt Acre".into(), Some(1987))
        );
        assert_eq!(split_title_year("1917"), ("1917".into(), None));
        assert_eq!(
            split_title_year("Blade Runner 2049 review"),
            ("Blade Runner 2049".into(), None)
        );
    }

    #[test]
    fn finds_year_after_title() {
        let t = "We open on <i>Salt Acre</i> (2021), a slow film.";
        assert_eq!(year_after_title(t, "Salt Acre").map(|x| x.0), Some(2021));
        assert_eq!(
            year_after_title("Salt Acre is (2021) odd", "Salt Acre"),
            None
        );
        assert_eq!(
            year_after_title("Fans of The Kite (1984) will like Kite.", "Kite"),
            None
        );
        assert_eq!(year_after_title("a SkyKite (1984)", "Kite"), None);
        assert_eq!(
            year_after_title("It was fine. In Kite (1984) we see", "Kite").map(|x| x.0),
            Some(1984)
        );
        assert_eq!(
            year_after_title("Kite (1984) opens", "Kite").map(|x| x.0),
            Some(1984)
        );
        assert_eq!(
            year_after_title("a cousin of Signal of the Kite (1994)", "Kite"),
            None
        );
        assert_eq!(
            year_after_title("a cousin of The Choir and the Kite (1971)", "Kite"),
            None
        );
        assert_eq!(
            year_after_title("I loved the Kite (1994) a lot", "Kite").map(|x| x.0),
            Some(1994)
        );
        assert_eq!(
            year_after_title("Ana Lemoine on Kite (1994)", "Kite").map(|x| x.0),
            Some(1994)
        );
    }

    #[test]
    fn leading_titles_stop_at_punctuation_and_the_line_end() {
        assert_eq!(
            leading_title("Halcyon Drift, the sci-fi romance"),
            "Halcyon Drift"
        );
        assert_eq!(
            leading_title("The Weight of Lagos Rain is long"),
            "The Weight of Lagos Rain"
        );
        assert_eq!(
            leading_title("Eastside Sundays\n2021 · Drama · 104 min"),
            "Eastside Sundays"
        );
    }

    #[test]
    fn episode_labels_and_other_films_are_no_titles() {
        assert_eq!(clean_title("Episode 212: Sing It Slow"), "Sing It Slow");
        assert_eq!(clean_title("Ep. 9 – Low Water"), "Low Water");
        assert_eq!(clean_title("EPISODE #4 | The Quiet Year"), "The Quiet Year");
        assert_eq!(clean_title("Episode 212"), "Episode 212");
        assert_eq!(clean_title("Episodes of Grace"), "Episodes of Grace");
        let m = titled_year_mentions(
            "Nightjar Rising is the sequel to Nightjar (2021). It echoes Quiet Harbour (2016), \
             as did the remake of Dry Season (1999).",
        );
        let titles: Vec<&str> = m.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(titles, ["Quiet Harbour"]);
        // Another kind of work, a pointer to the next review; particles inside a title and an
        // article glued to a capital.
        let m = titled_year_mentions(
            "They met in the teleserye Puso sa Puso (2019). Next in this digest: the comedy \
             Shou Ya (2023). It recalls Bab al-Bahr (2021) and Ilog ng Buhay (2020).",
        );
        let titles: Vec<&str> = m.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(titles, ["Bab al-Bahr", "Ilog ng Buhay"]);
    }

    #[test]
    fn trailing_titles() {
        assert_eq!(
            trailing_title("revisits the long shadow of The Orchard of the Tide"),
            "The Orchard of the Tide"
        );
        assert_eq!(
            trailing_title("the quiet thriller at the heart of Salt Acre"),
            "Salt Acre"
        );
        assert_eq!(trailing_title("nothing here"), "");
        let m =
            titled_year_mentions("It echoes Quiet Harbour (2016) and <i>Dry Season</i> (1999).");
        assert_eq!(
            m.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [("Quiet Harbour", 2016), ("Dry Season", 1999)]
        );
    }
}
