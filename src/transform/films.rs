//! Film keys: a stable `film_id` from the folded title (case, punctuation, accents, leading
//! article) plus the year when known.

/// The film key of a title and year: `night-harbour-2019`, or `night-harbour` without a year.
#[must_use]
pub fn film_key(title: Option<&str>, year: Option<i32>) -> Option<String> {
    let title = title?;
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in title.chars() {
        if let Some(base) = fold(c) {
            current.push(base);
        } else if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if c == '\'' || c == '’' {
            // "Harbour's" → "harbours"
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    if words.len() > 1 && matches!(words[0].as_str(), "the" | "a" | "an") {
        words.remove(0);
    }
    if words.is_empty() {
        return None;
    }
    let mut key = words.join("-");
    if let Some(y) = year {
        key.push('-');
        key.push_str(&y.to_string());
    }
    Some(key)
}

/// ASCII base letter of common accented Latin letters, lowercased.
fn fold(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let base = match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_punctuation_accents_and_articles() {
        assert_eq!(
            film_key(Some("The Night Harbour"), Some(2019)).as_deref(),
            Some("night-harbour-2019")
        );
        assert_eq!(
            film_key(Some("night harbour!"), Some(2019)).as_deref(),
            Some("night-harbour-2019")
        );
        assert_eq!(
            film_key(Some("Amélie's Café"), None).as_deref(),
            Some("amelies-cafe")
        );
        assert_eq!(film_key(Some("The"), None).as_deref(), Some("the"));
        assert_eq!(film_key(Some("!!"), None), None);
        assert_eq!(film_key(None, Some(2019)), None);
    }
}
