//! Shapes of people's names, shared by the families that must tell an author line or a
//! standfirst's subject from other text.

// Lowercase particles inside names (`wa`, `van der`): the people finder's list.
use super::people::PARTICLES;

const NOT_NAME_WORDS: [&str; 50] = [
    "the",
    "a",
    "an",
    "review",
    "reviews",
    "film",
    "movie",
    "grade",
    "rating",
    "score",
    "verdict",
    "originally",
    "published",
    "advertisement",
    "posted",
    "updated",
    "read",
    "share",
    "written",
    "by",
    "in",
    "on",
    "of",
    "and",
    "at",
    "this",
    "that",
    "it",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "minutes",
    "staff",
    "our",
    "my",
];

/// True when `s` reads as a person's name: two to five words, capitalized (particles such as
/// `van` or `de` allowed), letters with `'`, `’`, `-` or an initial's `.`, no digits.
#[must_use]
pub fn is_person_name(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 60 || s.is_empty() {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let mut capitalized = 0;
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let initial =
            w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase());
        if !initial && NOT_NAME_WORDS.contains(&lower.trim_end_matches('.')) {
            return false;
        }
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            || w.ends_with("'s")
            || w.ends_with("’s")
        {
            return false;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() || super::tokens::glued_article(w.as_bytes()) {
            capitalized += 1;
        } else if !(PARTICLES.contains(&lower.as_str()) && i > 0 && i + 1 < words.len()) {
            return false;
        }
        if w.len() > 1 && w.chars().skip(1).all(char::is_uppercase) && w.chars().count() > 3 {
            return false; // SHOUTING headings are not names
        }
    }
    capitalized >= 2
}

/// `By Jane Doe`, `Reviewed by Jane Doe`, `Review by Jane Doe`, `Words by Jane Doe`.
#[must_use]
pub fn byline(t: &str) -> Option<&str> {
    let rest = [
        "reviewed by ",
        "review by ",
        "words by ",
        "written by ",
        "by ",
    ]
    .iter()
    .find(|p| {
        t.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    })
    .map(|p| &t[p.len()..])?;
    let name = rest
        .split([',', '|', '·', '—', '–'])
        .next()
        .unwrap_or(rest)
        .trim();
    let name = name.split(" on ").next().unwrap_or(name).trim();
    is_person_name(name).then_some(name)
}

/// Splits `Ana Ruiz, Tom Okafor and Lee Park` into names.
#[must_use]
pub fn split_names(s: &str) -> Vec<String> {
    s.split([',', ';', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_end_matches('.').to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A month or weekday name on its own: never a film title or a name by itself.
#[must_use]
pub fn is_calendar_word(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    !l.contains(' ') && NOT_NAME_WORDS[28..46].contains(&l.as_str()) || l == "may"
}

/// Verbs (and `on`) that follow the writer's name in a standfirst: `Maya Lindqvist revisits …`,
/// `… Ffion Rhys-Okoro on a daft skiing comedy`.
const STANDFIRST_VERBS: [&str; 40] = [
    "on",
    "revisits",
    "reviews",
    "considers",
    "returns",
    "picks",
    "spends",
    "looks",
    "watches",
    "reflects",
    "explores",
    "examines",
    "weighs",
    "finds",
    "argues",
    "asks",
    "writes",
    "recalls",
    "remembers",
    "discovers",
    "celebrates",
    "reassesses",
    "rewatches",
    "takes",
    "introduces",
    "presents",
    "selects",
    "chooses",
    "goes",
    "digs",
    "sits",
    "catches",
    "explains",
    "wonders",
    "salutes",
    "praises",
    "shares",
    "tells",
    "offers",
    "unpacks",
];

/// Role words a standfirst may put before the writer's name (`Critic Ana Ruiz on …`).
const ROLE_PREFIXES: [&str; 8] = [
    "Critic ",
    "Film critic ",
    "Our critic ",
    "Reviewer ",
    "Columnist ",
    "Editor ",
    "Contributor ",
    "Correspondent ",
];

/// The words of `s` between single spaces, each with its byte offset.
pub(crate) fn words_at(s: &str) -> Vec<(usize, &str)> {
    s.split(' ')
        .scan(0, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// The writer named in a standfirst sentence: a person's name followed by a standfirst verb,
/// anywhere in the sentence (`In this week's column, Orla Baptiste returns to …`). Returns the
/// name and the byte offset just after the verb.
#[must_use]
pub fn standfirst_author(sentence: &str) -> Option<(&str, usize)> {
    let words = words_at(sentence);
    for (k, &(start, _)) in words.iter().enumerate() {
        // `The Last Ferry on the Tisza`: after an article, a title's words, not a writer.
        if k > 0 && ["The", "the", "A", "a", "An", "an"].contains(&words[k - 1].1) {
            continue;
        }
        for len in (2..=5).rev() {
            let Some(&(vstart, verb)) = words.get(k + len) else {
                continue;
            };
            if !STANDFIRST_VERBS.contains(&verb.trim_end_matches([',', ':'])) {
                continue;
            }
            let (last_start, last) = words[k + len - 1];
            let mut name = sentence[start..last_start + last.len()]
                .trim_matches(|c: char| matches!(c, '*' | '_' | '"' | '“' | '”'));
            for role in ROLE_PREFIXES {
                name = name.strip_prefix(role).unwrap_or(name);
            }
            if is_person_name(name) && !name.ends_with(',') {
                return Some((name, vstart + verb.len()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for s in [
            "Maya Lindqvist",
            "Siobhan O'Hara",
            "Lee J. Park",
            "Maren A. Umarov",
            "Anya Nakamura-Reyes",
            "Élodie Ødegaard",
            "Ludo van der Berg",
            "Salma al-Khatib",
            "Omar bin Rashid al-Mansouri",
        ] {
            assert!(is_person_name(s), "{s}");
        }
        for s in [
            "Maya",
            "The Salt Acre",
            "4 min read",
            "Originally published at",
            "March 3 2022",
            "WHAT WORKS HERE",
            "Grade: B+",
            "Maya al-fresco",
        ] {
            assert!(!is_person_name(s), "{s}");
        }
    }

    #[test]
    fn standfirst_authors() {
        for (s, want) in [
            (
                "This issue: Ffion Rhys-Okoro on a daft skiing comedy",
                "Ffion Rhys-Okoro",
            ),
            (
                "A few thoughts from Gaspard Lemoine on The Cormorant Hour (1997)",
                "Gaspard Lemoine",
            ),
            (
                "In this week's column, Orla Fennimore-Baptiste returns to a family saga",
                "Orla Fennimore-Baptiste",
            ),
            (
                "*Critic Bartholomew Achebe-Lind on why a small film",
                "Bartholomew Achebe-Lind",
            ),
            (
                "The long read | Kwame Osterhagen-Díaz spends an evening",
                "Kwame Osterhagen-Díaz",
            ),
        ] {
            assert_eq!(standfirst_author(s).map(|x| x.0), Some(want), "{s}");
        }
        assert_eq!(
            standfirst_author("Ana Ruiz plays Mara in a film about grief"),
            None
        );
        // A title's words after an article, in a page's breadcrumbs.
        assert_eq!(
            standfirst_author("Home  >  Films  >  The Last Ferry on the Tisza"),
            None
        );
    }
}
