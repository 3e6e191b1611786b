//! Dates as reviews write them (`2022-03-03`, `March 3, 2022`, `Mar 3, 2022`,
//! `Friday 26th January 2024`, `3 Mar. 2022`), as days since 1970-01-01 (Arrow's Date32).

use std::sync::LazyLock;

use regex::Regex;

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T|(?-u:\b))").expect("valid regex")
});
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i){MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(\d{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});

/// Days since 1970-01-01 for a proleptic Gregorian date, or `None` when it does not exist.
#[must_use]
pub fn days_from_civil(year: i32, month: u32, day: u32) -> Option<i32> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    // Howard Hinnant's algorithm.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

/// The (year, month, day) of a day count since 1970-01-01.
#[must_use]
pub fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (y as i32, m as u32, d as u32)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_number(name: &str) -> Option<u32> {
    let n = name.get(..3)?.to_ascii_lowercase();
    let i = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == n)?;
    u32::try_from(i + 1).ok()
}

fn plausible(year: i32) -> bool {
    (1870..=2100).contains(&year)
}

/// The first date written in `s`, with its byte range in `s`.
#[must_use]
pub fn find_date(s: &str) -> Option<(i32, std::ops::Range<usize>)> {
    let mut best: Option<(i32, std::ops::Range<usize>)> = None;
    let mut consider = |days: Option<i32>, range: std::ops::Range<usize>| {
        if let Some(d) = days
            && best.as_ref().is_none_or(|(_, r)| range.start < r.start)
        {
            best = Some((d, range));
        }
    };
    if s.bytes().any(|b| b == b'-' || b == b'/' || b == b'.') {
        for c in ISO.captures_iter(s) {
            let y: i32 = c[1].parse().unwrap_or(0);
            let m: u32 = c[2].parse().unwrap_or(0);
            let d: u32 = c[3].parse().unwrap_or(0);
            if plausible(y) {
                let whole = c.get(0).expect("group 0");
                consider(days_from_civil(y, m, d), whole.range());
                break;
            }
        }
    }
    // A month glued to a word counts only after a lowercase → uppercase change
    // (`4 min readMar 3, 2022`), never inside a word (`primary 3, 2022`).
    if let Some(c) = MDY.captures_iter(s).find(|c| {
        let start = c.get(0).map_or(0, |m| m.start());
        let before = s[..start].chars().next_back();
        let first = s[start..].chars().next().unwrap_or(' ');
        before.is_none_or(|b| !b.is_alphabetic() || (b.is_lowercase() && first.is_uppercase()))
    }) {
        let (mo, d, y) = (c.get(1).expect("group"), &c[2], &c[3]);
        let y: i32 = y.parse().unwrap_or(0);
        if plausible(y) {
            let days = month_number(mo.as_str())
                .and_then(|m| days_from_civil(y, m, d.parse().unwrap_or(0)));
            consider(days, mo.start()..c.get(0).expect("group 0").end());
        }
    }
    if let Some(c) = DMY.captures(s) {
        let y: i32 = c[3].parse().unwrap_or(0);
        if plausible(y) {
            let days =
                month_number(&c[2]).and_then(|m| days_from_civil(y, m, c[1].parse().unwrap_or(0)));
            consider(days, c.get(0).expect("group 0").range());
        }
    }
    best
}

/// Parses a value that should be a date and nothing much else (a front matter `date:`).
#[must_use]
pub fn parse_date(s: &str) -> Option<i32> {
    find_date(s).map(|(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_civil_dates() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (1899, 3, 1)] {
            let days = days_from_civil(y, m, d).unwrap();
            assert_eq!(civil_from_days(days), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(2023, 2, 29), None);
    }

    #[test]
    fn finds_dates_in_many_spellings() {
        let want = days_from_civil(2022, 3, 3);
        for s in [
            "2022-03-03",
            "2022-03-03T10:00:00Z",
            "Mar 3, 2022",
            "March 3rd, 2022",
            "4 min readMar 3, 2022",
            "Originally published at on March 3, 2022.",
            "3 March 2022",
            "Thursday 3rd March 2022",
            "Mar. 3 2022",
        ] {
            assert_eq!(parse_date(s), want, "{s}");
        }
        assert_eq!(parse_date("in 1994 it was"), None);
        assert_eq!(parse_date("February 30, 2022"), None);
    }
}

/// Running time in minutes from `98 minutes`, `98 min`, `1h 38m`, `1 hr 38 mins`,
/// `2 hours 10 minutes`, `PT1H38M` or a bare `98`.
#[must_use]
pub fn parse_runtime(s: &str) -> Option<i32> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.strip_prefix("pt").unwrap_or(&t);
    let mut minutes = 0i32;
    let mut seen = false;
    let mut num = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if c.is_whitespace() && !num.is_empty() && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            continue;
        }
        if num.is_empty() {
            if c.is_alphabetic() {
                // words between numbers ("hours and 10") are fine; text before any number is not
                if !seen && !matches!(c, 'r' | 'u' | 'n' | 't' | 'i' | 'm' | 'e' | ':') {
                    return None;
                }
            }
            continue;
        }
        let n: i32 = num.parse().ok()?;
        num.clear();
        match c {
            'h' => minutes = minutes.checked_add(n.checked_mul(60)?)?,
            'm' => minutes = minutes.checked_add(n)?,
            _ => return None,
        }
        seen = true;
        while chars.peek().is_some_and(|n| n.is_alphabetic() || *n == '.') {
            chars.next();
        }
    }
    if !num.is_empty() {
        if seen {
            return None;
        }
        minutes = num.parse().ok()?;
        seen = true;
    }
    (seen && (1..=1500).contains(&minutes)).then_some(minutes)
}

#[cfg(test)]
mod runtime_tests {
    use super::parse_runtime;

    #[test]
    fn runtimes() {
        for (s, m) in [
            ("98 minutes", 98),
            ("98 min", 98),
            ("1h 38m", 98),
            ("1 hr 38 mins", 98),
            ("2 hours 10 minutes", 130),
            ("PT1H38M", 98),
            ("98", 98),
            ("Runtime: 98 min", 98),
        ] {
            assert_eq!(parse_runtime(s), Some(m), "{s}");
        }
        for s in ["Directed by Ana Ruiz", "", "soon", "98 pages"] {
            assert_eq!(parse_runtime(s), None, "{s}");
        }
    }
}
