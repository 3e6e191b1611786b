//! Noise to strip from bodies (FORMATS.md "Noise to strip"): navigation, ad slots, promo
//! lines, share prompts, alt text, reading-time lines, platform footers. Stripped lines are
//! returned so the caller can keep them in `metadata`: nothing is dropped silently.

/// Why a line is noise, when it is.
#[must_use]
pub fn noise_kind(line: &str, film: Option<&str>) -> Option<&'static str> {
    let t = line.trim().trim_matches(['*', '_', '#', '>', ' ']).trim();
    // Every kind of noise is a short line; review paragraphs are not.
    if t.is_empty() || t.len() > 300 {
        return None;
    }
    // ASCII-lowercase into a stack buffer: every pattern below is ASCII.
    let mut buf = [0u8; 300];
    buf[..t.len()].copy_from_slice(t.as_bytes());
    buf[..t.len()].make_ascii_lowercase();
    let lower = std::str::from_utf8(&buf[..t.len()]).unwrap_or(t);
    let words = crate::extract::count_words(t);
    let starts = |p: &str| lower.starts_with(p);
    if matches!(
        lower,
        "advertisement"
            | "advert"
            | "ad"
            | "sponsored"
            | "sponsored content"
            | "story continues below advertisement"
            | "continue reading below"
    ) {
        return Some("ad");
    }
    if (starts("read more")
        || starts("more like this")
        || starts("keep exploring")
        || starts("related:")
        || starts("related reviews")
        || starts("recommended for you")
        || starts("you might also like")
        || starts("more reviews")
        || starts("see also:")
        || starts("also read")
        || starts("watch the trailer"))
        && words <= 16
    {
        return Some("promo");
    }
    if (starts("subscribe")
        || starts("sign up")
        || starts("newsletter")
        || starts("get our newsletter")
        || lower.contains("subscription")
        || starts("try it free")
        || starts("join now"))
        && words <= 24
    {
        return Some("subscription");
    }
    if (starts("share this")
        || starts("share on")
        || starts("share:")
        || starts("follow us")
        || starts("follow me")
        || starts("tweet this")
        || starts("like this post")
        || starts("leave a comment")
        || starts("comments (")
        || lower == "share"
        || lower == "tweet"
        || lower == "print"
        || lower == "email")
        && words <= 14
    {
        return Some("share");
    }
    if matches!(
        lower,
        "skip to main content"
            | "skip to content"
            | "jump to content"
            | "menu"
            | "main menu"
            | "search"
            | "home"
            | "sign in"
            | "log in"
            | "login"
            | "close"
            | "toggle navigation"
            | "back to top"
    ) {
        return Some("navigation");
    }
    if t.starts_with('⏱') || is_reading_time(lower) {
        return Some("reading_time");
    }
    if words <= 14 && is_alt_text(t, lower, film) {
        return Some("alt_text");
    }
    None
}

fn is_reading_time(lower: &str) -> bool {
    let rest = lower.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < lower.len()
        && [
            "-minute read",
            " minute read",
            " min read",
            "-min read",
            " mins read",
            " minutes read",
        ]
        .iter()
        .any(|p| rest.starts_with(p) && rest.len() <= p.len() + 2)
}

fn is_alt_text(t: &str, lower: &str, film: Option<&str>) -> bool {
    let prefixes = [
        "scene from ",
        "still from ",
        "a still from ",
        "image: ",
        "image from ",
        "photo: ",
        "pictured: ",
        "poster for ",
    ];
    if prefixes.iter().any(|p| lower.starts_with(p)) && !t.ends_with(['.', '!', '?']) {
        return true;
    }
    if lower.ends_with(" poster") || lower.ends_with(" (poster)") || lower.ends_with(" key art") {
        let head = &t[..t.len()
            - if lower.ends_with(" (poster)") {
                9
            } else if lower.ends_with(" poster") {
                7
            } else {
                8
            }];
        return film.is_none_or(|f| head.trim().eq_ignore_ascii_case(f))
            || head.split_whitespace().count() <= 6;
    }
    false
}

/// Builds a review body line by line: inline HTML removed, noise lines stripped (and kept
/// aside for `metadata`), trailing spaces trimmed, runs of blank lines collapsed to one.
#[derive(Debug, Default)]
pub struct Body {
    text: String,
    stripped: Vec<serde_json::Value>,
    blank: bool,
}

impl Body {
    /// An empty body with room for `capacity` bytes.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            text: String::with_capacity(capacity),
            ..Self::default()
        }
    }

    /// Adds a source line unless it is noise (`film` helps recognize alt text).
    pub fn push(&mut self, line: &str, film: Option<&str>) {
        let clean = strip_html(line);
        if noise_kind(&clean, film).is_some() {
            self.stripped
                .push(serde_json::Value::String(line.trim().to_owned()));
            return;
        }
        for l in clean.split('\n') {
            self.push_clean(l);
        }
    }

    /// Keeps a line that is not noise, as it is.
    pub fn push_clean(&mut self, line: &str) {
        let l = line.trim_end();
        if l.trim().is_empty() {
            self.blank = !self.text.is_empty();
            return;
        }
        if self.blank {
            self.text.push_str("\n\n");
        } else if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.blank = false;
        self.text.push_str(l);
    }

    /// Puts the body into `review` and the stripped lines into its `metadata`.
    pub fn finish(self, review: &mut crate::model::RawReview) {
        review.body = self.text;
        if !self.stripped.is_empty() {
            review.keep("_stripped_lines", self.stripped);
        }
    }
}

/// Removes inline HTML tags (`<i>`, `<em>`, `<br>`) and decodes the common entities, turning
/// `<br>` and `<p>` into line breaks.
#[must_use]
pub fn strip_html(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr2(b'<', b'&', s.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            // A tag closes within 200 bytes; looking further makes long lines quadratic.
            let window = &rest.as_bytes()[..rest.len().min(201)];
            match memchr::memchr(b'>', window) {
                Some(end) if end <= 200 && is_tag(&rest[1..end]) => {
                    let tag = rest[1..end].trim_start_matches('/').to_ascii_lowercase();
                    if tag.starts_with("br")
                        || tag.starts_with('p') && (tag.len() == 1 || tag.as_bytes()[1] == b' ')
                    {
                        out.push('\n');
                    }
                    rest = &rest[end + 1..];
                }
                _ => {
                    out.push('<');
                    rest = &rest[1..];
                }
            }
        } else {
            let entity = [
                ("&amp;", "&"),
                ("&quot;", "\""),
                ("&#39;", "'"),
                ("&apos;", "'"),
                ("&nbsp;", " "),
                ("&lt;", "<"),
                ("&gt;", ">"),
                ("&mdash;", "—"),
                ("&ndash;", "–"),
                ("&rsquo;", "’"),
                ("&lsquo;", "‘"),
                ("&hellip;", "…"),
            ]
            .iter()
            .find(|(e, _)| rest.starts_with(e));
            if let Some((e, r)) = entity {
                out.push_str(r);
                rest = &rest[e.len()..];
            } else {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn is_tag(inner: &str) -> bool {
    let name = inner.trim_start_matches('/');
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().take_while(char::is_ascii_alphanumeric).count() <= 10
        || inner.starts_with("!--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_noise() {
        let n = |s| noise_kind(s, Some("Salt Acre"));
        assert_eq!(n("Advertisement"), Some("ad"));
        assert_eq!(n("Read more: the best thrillers of 2023"), Some("promo"));
        assert_eq!(n("Keep Exploring..."), Some("promo"));
        assert_eq!(n("⏱ 6-minute read"), Some("reading_time"));
        assert_eq!(n("Salt Acre poster"), Some("alt_text"));
        assert_eq!(n("Scene from Salt Acre"), Some("alt_text"));
        assert_eq!(n("Skip to main content"), Some("navigation"));
        assert_eq!(n("Subscribe for £1 a week"), Some("subscription"));
        assert_eq!(n("The film reads more like a poem than a thriller."), None);
        assert_eq!(
            n("Advertising executives drive the plot of this satire."),
            None
        );
    }

    #[test]
    fn strips_inline_html_and_joins() {
        assert_eq!(
            strip_html("<i>Salt Acre</i> is &amp; was<br>good"),
            "Salt Acre is & was\ngood"
        );
        assert_eq!(strip_html("3 < 4 and x<y"), "3 < 4 and x<y");
        let mut b = Body::default();
        for l in ["", "a ", "", "", "b", "c", "Advertisement", ""] {
            b.push(l, None);
        }
        assert_eq!(b.text, "a\n\nb\nc");
        assert_eq!(b.stripped, ["Advertisement"]);
    }
}
