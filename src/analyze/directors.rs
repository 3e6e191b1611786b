//! Directors named in running text: `Directed by Ana Ruiz`, `director Ana Ruiz's`,
//! `writer-director Ana Ruiz`, `Director: Ana Ruiz`. Only names that read as a person's name
//! count; the rest of the credits come with the cast and credits finder.

use super::names;

/// Phrases a director's name follows, lowercase (matched ASCII-case-insensitively).
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
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, &str)> = Vec::new();
    // Every form contains "irect": find those, then look around each hit.
    for hit in memchr::memmem::find_iter(bytes, b"irect") {
        let Some(start) = hit.checked_sub(1) else {
            continue;
        };
        if !bytes[start].eq_ignore_ascii_case(&b'd') {
            continue;
        }
        let word_start =
            start == 0 || !bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-';
        if !word_start {
            continue;
        }
        for key in KEYS {
            let key_start = if key.starts_with("writer-") {
                start.saturating_sub(7)
            } else {
                start
            };
            let Some(window) = bytes.get(key_start..key_start + key.len()) else {
                continue;
            };
            if !window.eq_ignore_ascii_case(key.as_bytes()) {
                continue;
            }
            let before = &bytes[..key_start];
            // Directors of something else: `art director`, `festival artistic director`.
            let other_role = [
                b"co-".as_slice(),
                b"art ",
                b"artistic ",
                b"assistant ",
                b"casting ",
                b"creative ",
                b"festival ",
                b"music ",
                b"photography ",
                b"programme ",
                b"program ",
            ]
            .iter()
            .any(|b| {
                before.len() >= b.len() && before[before.len() - b.len()..].eq_ignore_ascii_case(b)
            });
            let at = key_start + key.len();
            let of = bytes
                .get(at..at + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"of "));
            if other_role || (key == "director " && of) || !text.is_char_boundary(at) {
                continue;
            }
            if let Some(name) = name_at(&text[at..]) {
                found.push((at, name));
            }
        }
        // "Ana Ruiz directs with …", "Ana Ruiz directed;" (but not "directed by"); "Ana Ruiz,
        // making her feature debut, directs": the name before an appositive.
        for verb in ["directs", "directed"] {
            let end = start + verb.len();
            let Some(window) = bytes.get(start..end) else {
                continue;
            };
            let after = &bytes[end..];
            if window.eq_ignore_ascii_case(verb.as_bytes())
                && start > 0
                && bytes[start - 1] == b' '
                && !after.first().is_some_and(u8::is_ascii_alphabetic)
                && !(after.len() >= 3 && after[..3].eq_ignore_ascii_case(b" by"))
                && let Some(name) = name_before(&text[..start - 1])
                    .or_else(|| name_before_appositive(&text[..start - 1]))
            {
                let at = name.as_ptr() as usize - text.as_ptr() as usize;
                found.push((at, name));
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

/// The person's name before an appositive that closes `s` (`Ana Ruiz, making her feature
/// debut,`): the appositive opens on a lowercase word, within 80 bytes and one clause.
fn name_before_appositive(s: &str) -> Option<&str> {
    let inner = s.strip_suffix(',')?;
    let tail_from = inner.len().saturating_sub(80);
    let open = inner.rfind(',').filter(|&o| o >= tail_from)?;
    let appositive = inner[open + 1..].trim_start();
    if !appositive.starts_with(|c: char| c.is_lowercase())
        || appositive.starts_with("as ")
        || appositive.starts_with("playing")
        || appositive.contains(['.', ';', '!', '?', '\n'])
    {
        return None;
    }
    // The name opens its sentence or line (never the object of an earlier clause).
    let head = &inner[..open];
    let name = name_before(head)?;
    let before = head[..head.len() - name.len()].trim_end();
    (before.is_empty() || before.ends_with(['.', '!', '?', '\n'])).then_some(name)
}

/// The person's name that ends `s` (two to four words, on its last line).
fn name_before(s: &str) -> Option<&str> {
    let s = &s[s.rfind('\n').map_or(0, |n| n + 1)..];
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

/// The person's name that starts `s` (up to four words, on its first line), without a
/// possessive `'s`.
fn name_at(s: &str) -> Option<&str> {
    let s = &s[..s.find('\n').unwrap_or(s.len())];
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
    fn a_name_never_runs_onto_the_next_line() {
        assert_eq!(
            find_directors("Director: Sharifah Nadia Syed Alwi\nCast: Ana Ruiz, Tom Okafor"),
            vec!["Sharifah Nadia Syed Alwi"]
        );
        assert_eq!(
            find_directors("Credits\nMira Osei Tandoh\ndirected the second unit."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn finds_name_before_an_appositive_then_directs() {
        let t = "Lee Park, making her feature debut, directs with confidence. The film, set in \
                 Lagos, directs our eyes. Mara, the innkeeper, directs traffic.";
        assert_eq!(find_directors(t), ["Lee Park"]);
        let t = "The cinematography by Ruth Ode, all grey skies, directs the eye. Tom Okafor, as \
                 the father, directs his rage at everyone.";
        assert!(find_directors(t).is_empty());
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
                 The director is unnamed. Directed by committee. Festival artistic director \
                 Irena Maier spoke.";
        assert!(find_directors(t).is_empty(), "{:?}", find_directors(t));
    }
}
