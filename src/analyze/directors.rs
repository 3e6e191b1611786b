//! Directors named in running text: `Directed by Ana Ruiz`, `director Ana Ruiz's`,
//! `writer-director Ana Ruiz`, `Director: Ana Ruiz`. Only names that read as a person's name
//! count; the rest of the credits come with the cast and credits finder.

use super::names;

const KEYS: [&str; 5] = [
    "directed by ",
    "writer-director ",
    "director ",
    "director: ",
    "director, ",
];

/// Directors stated in `text`, in order of first mention, without repeats.
#[must_use]
pub fn find_directors(text: &str) -> Vec<String> {
    let out: Vec<String> = Vec::new();
    if memchr::memmem::find(text.as_bytes(), b"irect").is_none() {
        return out;
    }
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lowercasing changed byte lengths (rare letters); fall back to an ASCII-only fold.
        return find_in(text, &text.to_ascii_lowercase());
    }
    find_in(text, &lower)
}

fn find_in(text: &str, lower: &str) -> Vec<String> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    for key in KEYS {
        for (i, _) in lower.match_indices(key) {
            let at = i + key.len();
            // "co-director", "the director of photography", "art director": not the director.
            let before = &lower[..i];
            if ["co-", "art ", "casting ", "music ", "photography "]
                .iter()
                .any(|b| before.ends_with(b))
                || (key == "director " && lower[at..].starts_with("of "))
            {
                continue;
            }
            if let Some(name) = name_at(&text[at..]) {
                found.push((at, name));
            }
        }
    }
    // "Ana Ruiz directs with …", "Ana Ruiz directed;" (but not "directed by").
    for verb in [" directs", " directed"] {
        for (i, _) in lower.match_indices(verb) {
            let after = &lower[i + verb.len()..];
            if after.starts_with(" by") || after.starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
            if let Some(name) = name_before(&text[..i]) {
                found.push((i - name.len(), name));
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, name) in found {
        if !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    }
    out
}

/// The person's name that ends `s` (two to four words).
fn name_before(s: &str) -> Option<&str> {
    let mut starts = vec![0];
    starts.extend(
        s.match_indices(char::is_whitespace)
            .map(|(i, w)| i + w.len()),
    );
    for &start in &starts[starts.len().saturating_sub(4)..] {
        let cand = s[start..].trim_start_matches(|c: char| !c.is_alphabetic());
        if names::is_person_name(cand) {
            return Some(cand);
        }
    }
    None
}

/// The person's name that starts `s` (up to four words), without a possessive `'s`.
fn name_at(s: &str) -> Option<&str> {
    let mut best = None;
    let mut words = 0;
    for (start, w) in s
        .split_whitespace()
        .map(|w| ((w.as_ptr() as usize) - (s.as_ptr() as usize), w))
    {
        words += 1;
        if words > 5 {
            break;
        }
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        if !bare.chars().next().is_some_and(char::is_uppercase)
            && !["van", "von", "de", "da", "del", "der", "le", "la"].contains(&bare)
        {
            break;
        }
        let end = start + bare.len();
        if names::is_person_name(&s[..end]) {
            best = Some(&s[..end]);
        }
        if bare.len() != w.len() {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_directors_in_prose() {
        let t = "Directed by Lotte Svendborg, who also wrote it. Writer-director Cormac Delahunt isn't subtle. \
                 It goes wrong in director Ivo Castellanos-Reid's comedy. Director Declan Fairhurst's drama.";
        assert_eq!(
            find_directors(t),
            [
                "Lotte Svendborg",
                "Cormac Delahunt",
                "Ivo Castellanos-Reid",
                "Declan Fairhurst"
            ]
        );
    }

    #[test]
    fn finds_name_then_directs() {
        let t = "Arlo Fitzwarren directed; I'll watch more. Struan MacAskill-Bey directs with an eye. Its director, Tancredi Halloran, was known.";
        assert_eq!(
            find_directors(t),
            [
                "Arlo Fitzwarren",
                "Struan MacAskill-Bey",
                "Tancredi Halloran"
            ]
        );
    }

    #[test]
    fn ignores_other_roles_and_non_names() {
        let t = "The director of photography Ana Ruiz; art director Tom Okafor; co-director Lee Park. \
                 The director is unnamed. Directed by committee.";
        assert!(find_directors(t).is_empty(), "{:?}", find_directors(t));
    }
}
