//! Family 6: an HTML page (FORMATS.md section 6). One pass over the markup reads the
//! schema.org JSON-LD blocks, the `<meta>` tags (OpenGraph and the rest), the canonical link,
//! the `<title>` and the page's text. The text keeps its paragraphs (block elements give line
//! breaks), drops the page's furniture (scripts, styles, navigation, forms, asides, and any
//! header and footer outside `<article>` and `<main>`) and has its entities decoded; the article's own text is
//! preferred when the page marks one (`<article>`, else `<main>`). The text family parsers read
//! that text as they read any rendered page, then what the page states as data (a `Review`,
//! its `itemReviewed` `Movie`, then the `<meta>` tags) overrides what they found in the text.
//! Every JSON-LD block and `<meta>` tag is kept in `metadata`.

use serde_json::{Map, Value};

use crate::analyze::{dates, rating, title};
use crate::model::{RawReview, Reject, RejectReason, SourceFormat};

/// What a page holds, read in one pass over its markup.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// The `<title>` text.
    pub title: Option<String>,
    /// `<meta>` tags as (`property`, `name` or `itemprop`; `content`), in order.
    pub meta: Vec<(String, String)>,
    /// `<link rel="canonical" href="…">`.
    pub canonical: Option<String>,
    /// Every JSON-LD block that parsed.
    pub json_ld: Vec<Value>,
    /// JSON-LD blocks that did not parse.
    pub json_ld_errors: usize,
    /// The text of the whole page, furniture dropped.
    pub text: String,
    /// The text of the page's longest `<article>` (not nested in another, not a comment), else
    /// its longest `<main>`, when it holds at least 20 words and two fifths of the page's.
    pub article: Option<String>,
    /// The lines of the furniture dropped from the text (a fact box in an `<aside>` still
    /// states the runtime).
    pub furniture: String,
}

/// Elements whose content is never text: skipped whole.
const RAW_ELEMENTS: &[&str] = &["noscript", "script", "style", "svg", "template", "textarea"];

/// Page furniture: skipped whole, with anything nested in it.
const FURNITURE: &[&str] = &[
    "aside", "button", "dialog", "form", "iframe", "menu", "nav", "object", "select",
];

/// Microdata properties kept from any element (`itemprop`).
const MICRODATA: &[&str] = &[
    "author",
    "bestRating",
    "datePublished",
    "ratingValue",
    "worstRating",
];

/// True when the `<form>` opened before `from` holds the page's content (ASP.NET wraps the
/// whole body in one): an `<article>`, a `<main>` or an `<h1>` inside it.
fn wraps_content(b: &[u8], from: usize, budget: &std::cell::Cell<usize>) -> bool {
    let end = matching_close(b, from, "form", budget).unwrap_or(b.len());
    let inner = &b[from..end];
    [
        &b"<article"[..],
        b"<main",
        b"<h1",
        b"<ARTICLE",
        b"<MAIN",
        b"<H1",
    ]
    .iter()
    .any(|t| memchr::memmem::find(inner, t).is_some())
}

/// A fragment of markup as lines: each tag ends a line, entities decoded.
fn block_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        out.push('\n');
        rest = rest[k..].find('>').map_or("", |g| &rest[k + g + 1..]);
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// The text of the element `name` whose opening tag ends just before `from`, up to its
/// closing tag: tags dropped, entities decoded, whitespace collapsed.
fn element_text(
    html: &str,
    from: usize,
    name: &str,
    budget: &std::cell::Cell<usize>,
) -> Option<String> {
    let end = matching_close(html.as_bytes(), from, name, budget)?;
    let inner = html.get(from..end)?;
    Some(collapse(&strip_tags(
        &inner[..inner.rfind("</").unwrap_or(inner.len())],
    )))
}

/// The text of a fragment of markup: tags dropped, entities decoded.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        out.push(' ');
        rest = rest[k..].find('>').map_or("", |g| &rest[k + g + 1..]);
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// Elements that start a new block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "caption",
    "center",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// True when `text` is an HTML page: it opens with markup and a page-level tag comes early.
pub(crate) fn is_html_page(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if !t.starts_with('<') {
        return false;
    }
    let head = t[..t.floor_char_boundary(1024)].to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<article",
    ]
    .iter()
    .any(|m| head.contains(m))
}

/// Parses an HTML page.
///
/// # Errors
/// [`RejectReason::NotAReview`] when the page's data lists several films and reviews none
/// (a cinema's listings, a festival's programme).
pub(super) fn parse(text: &str) -> Result<RawReview, Reject> {
    let page = read_page(text);
    let nodes = graph_nodes(&page.json_ld);
    let review_ld = page
        .json_ld
        .iter()
        .find_map(find_review)
        .map(|r| resolve_refs(r, &nodes));
    let films = count_movies(&page.json_ld);
    if review_ld.is_none() && films >= 2 {
        return Err(Reject::new(
            RejectReason::NotAReview,
            format!("an HTML page whose data lists {films} films and reviews none (a listing)"),
        ));
    }
    let movie_ld = review_ld
        .as_ref()
        .and_then(|r| r.get("itemReviewed").filter(|m| m.is_object()).cloned())
        .or_else(|| {
            page.json_ld
                .iter()
                .find_map(|v| find_typed(v, &["Movie", "Film"]))
        });
    let mut page_text = page.article.clone().unwrap_or_else(|| page.text.clone());
    // A page whose review is only in its data (`reviewBody`).
    if super::count_words(&page_text) < 40
        && let Some(body) = review_ld
            .as_ref()
            .and_then(|r| r.get("reviewBody"))
            .and_then(Value::as_str)
    {
        page_text = decode_entities(body);
    }
    let mut review = match super::sniff(&page_text) {
        SourceFormat::BlogExport => super::blog_export::parse(&page_text),
        SourceFormat::Magazine => super::magazine::parse(&page_text),
        SourceFormat::Prose => super::prose::parse(&page_text),
        _ => super::scraped_page::parse(&page_text),
    };
    // The article's text is the review: a layout reading that keeps less than half of it
    // (a page's share bars taken for a header, its tags for a footer) gives way to prose's.
    let page_words = super::count_words(&page_text);
    if super::count_words(&review.body) * 2 < page_words {
        let prose = super::prose::parse(&page_text);
        if super::count_words(&prose.body) > super::count_words(&review.body) {
            review = prose;
        }
    }
    review.format = Some(SourceFormat::Html);
    // The text parsers cite offsets into the page's text, not into the file.
    review.evidence.clear();
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            page.meta
                .iter()
                .find(|(n, v)| n.eq_ignore_ascii_case(k) && !v.trim().is_empty())
                .map(|(_, v)| v.trim().to_owned())
        })
    };

    if let Some(m) = &movie_ld {
        if let Some(name) = str_field(m, &["name", "alternateName"]) {
            review.film_title = Some(name);
        }
        if let Some(y) = [
            "dateCreated",
            "datePublished",
            "releaseDate",
            "copyrightYear",
        ]
        .iter()
        .find_map(|k| m.get(*k).and_then(year_of))
        {
            review.film_year = Some(y);
        }
        let directors = names_of(m.get("director"));
        if !directors.is_empty() {
            review.directors = directors;
        }
        if let Some(minutes) = m
            .get("duration")
            .and_then(Value::as_str)
            .and_then(dates::parse_runtime)
        {
            review.runtime_minutes = Some(minutes);
        }
    }
    if let Some(r) = &review_ld {
        fill_byline(&mut review, r);
        if let Some(u) = str_field(r, &["url", "@id"]).filter(|u| u.starts_with("http")) {
            review.url = Some(u);
        }
        if let Some(found) = r.get("reviewRating").and_then(rating_of) {
            review.rating = Some(found);
        }
    }
    // No `Review`: an `Article`, `BlogPosting` or `NewsArticle` still gives the byline, the
    // outlet and the date.
    if review_ld.is_none()
        && let Some(a) = page
            .json_ld
            .iter()
            .find_map(|v| find_typed(v, ARTICLE_TYPES))
            .map(|a| resolve_refs(a, &nodes))
    {
        fill_byline(&mut review, &a);
    }
    // Microdata (`<span itemprop="ratingValue">7</span> out of <span itemprop="bestRating">`),
    // never over a rating the text states (a readers' `aggregateRating` widget is no review's).
    if review.rating.is_none() {
        review.rating = rating::find_in_text(&review.body).map(|f| f.rating);
    }
    if review.rating.is_none() {
        let rating = Value::Object(
            ["ratingValue", "bestRating"]
                .iter()
                .filter_map(|k| {
                    meta(&[&format!("itemprop:{k}"), k])
                        .map(|v| ((*k).to_owned(), Value::String(v)))
                })
                .collect(),
        );
        if let Some(found) = rating_of(&rating) {
            review.rating = Some(found);
        }
    }
    if review_ld.is_none()
        && review.author.is_none()
        && let Some(a) = meta(&["itemprop:author"])
    {
        review.author = Some(a.trim_start_matches("Posted by ").trim().to_owned());
    }
    if review.published_date.is_none()
        && let Some(d) = meta(&["itemprop:datePublished"]).and_then(|d| date_of(&d))
    {
        review.published_date = Some(d);
    }
    if review.headline.is_none() {
        review.headline = meta(&["og:title", "twitter:title"]).or_else(|| page.title.clone());
    }
    // `article:author` is often a profile's address: the next key then (`byl`: `By Name`).
    if (review.author.is_none() || review_ld.is_none())
        && let Some(a) = [
            "author",
            "article:author",
            "byl",
            "parsely-author",
            "sailthru.author",
        ]
        .iter()
        .filter_map(|k| meta(&[k]))
        .find(|a| !a.starts_with("http"))
    {
        let by = a.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "));
        review.author = Some(if by { a[3..].trim().to_owned() } else { a });
    }
    if let Some(site) = meta(&["og:site_name", "application-name"]).or_else(|| {
        review
            .publication
            .is_none()
            .then(|| meta(&["feed:site"]))
            .flatten()
    }) && (review.publication.is_none()
        || review_ld
            .as_ref()
            .is_none_or(|r| r.get("publisher").is_none()))
    {
        review.publication = Some(site);
    }
    if review_ld
        .as_ref()
        .is_none_or(|r| r.get("datePublished").is_none())
        && let Some(d) = meta(&["article:published_time", "date", "pubdate", "dc.date"])
            .and_then(|d| date_of(&d))
    {
        review.published_date = Some(d);
    }
    if review.url.is_none() {
        review.url = meta(&["og:url"]).or_else(|| page.canonical.clone());
    }
    if review.runtime_minutes.is_none() {
        review.runtime_minutes =
            labelled_runtime(&page_text).or_else(|| labelled_runtime(&page.furniture));
    }
    // A capsule's particulars line: `Title (South Korea, 2023) · dir. Park Seo-yeon · 127 min`.
    let facts = particulars(&page_text);
    if let Some(p) = &facts {
        if review.directors.is_empty() {
            review.directors = p.director.iter().cloned().collect();
        }
        if review.runtime_minutes.is_none() {
            review.runtime_minutes = p.minutes;
        }
    }
    // Twitter card labels: `twitter:label1` `Directed by` with `twitter:data1` `Name`.
    for n in 1..=4 {
        let (Some(label), Some(data)) = (
            meta(&[&format!("twitter:label{n}")]),
            meta(&[&format!("twitter:data{n}")]),
        ) else {
            continue;
        };
        let label = label.to_ascii_lowercase();
        if label.starts_with("directed") && review.directors.is_empty() {
            review.directors = crate::analyze::names::split_names(&data);
        } else if label == "rating" && review.rating.is_none() {
            review.rating = rating::parse_rating(&data);
        }
    }
    // The page's own title naming a film with its year beats a guess from the text (never
    // the data's `Movie`).
    if movie_ld.is_none()
        && let Some((t, year)) = [meta(&["og:title"]), page.title.clone()]
            .into_iter()
            .flatten()
            .find_map(|h| titled_year(&h))
    {
        review.film_title = Some(t);
        review.film_year = Some(year);
    }
    // A section label the layout set out first (`Reviews`, `Film`) names no film.
    if review.film_title.as_deref().is_some_and(|t| {
        [
            "review", "reviews", "film", "films", "movie", "movies", "cinema", "culture", "arts",
        ]
        .contains(&t.to_lowercase().as_str())
    }) {
        review.film_title = None;
    }
    if movie_ld.is_none()
        && let Some(t) = review.film_title.take()
    {
        review.film_title = Some(narrower_title(t, page.title.as_deref(), &review.body));
    }
    if review.film_title.is_none()
        && let Some((t, year)) = facts.and_then(|p| p.film)
    {
        review.film_title = Some(t);
        review.film_year = review.film_year.or(Some(year));
    }
    if review.film_title.is_none()
        && let Some(h) = &review.headline
    {
        // `Review: Salt Acre (2023)`, `Salt Acre review – …`: the film named by the headline.
        let t = title::clean_title(h);
        if !t.is_empty() && t.len() < h.len() {
            review.film_title = Some(t);
        }
    }
    cite_found(&mut review, text);
    keep_page(&mut review, &page);
    Ok(review)
}

/// What a `Review` or an article node states of its own publication: `author` (several
/// joined by `, `), `publisher`, `datePublished` (else `dateCreated`), `headline` (else
/// `name`).
fn fill_byline(review: &mut RawReview, node: &Value) {
    let authors = names_of(node.get("author"));
    if !authors.is_empty() {
        review.author = Some(authors.join(", "));
    }
    if let Some(p) = names_of(node.get("publisher")).into_iter().next() {
        review.publication = Some(p);
    }
    if let Some(d) = str_field(node, &["datePublished", "dateCreated"]).and_then(|d| date_of(&d)) {
        review.published_date = Some(d);
    }
    if let Some(h) = str_field(node, &["headline", "name"]) {
        review.headline = Some(h);
    }
}

/// The film a title guessed from the page's text names, when the guess holds more than the
/// film: a possessor the page's `<title>` leaves out (`Rāwiri Ngata’s Long Acre` under `Film:
/// Long Acre | The Lakeland Monthly`), or a headline's sentence after its subject (`The
/// Monsoon Ledger Is the Bengali Period Drama I Didn’t Know I Needed`, when the text names
/// `The Monsoon Ledger` twice more on its own). Otherwise the guess as it is.
fn narrower_title(guess: String, page_title: Option<&str>, body: &str) -> String {
    let lead = page_title.map(|p| {
        let cut = [" | ", " – ", " — ", " - "]
            .iter()
            .filter_map(|sep| p.find(sep))
            .min()
            .unwrap_or(p.len());
        let p = &p[..cut];
        // `Film: Long Acre`: a one-word label before a colon.
        match p.split_once(": ") {
            Some((label, rest)) if !label.trim().contains(' ') => rest.trim(),
            _ => p.trim(),
        }
    });
    for mark in ["’s ", "'s "] {
        if let Some(at) = guess.find(mark) {
            let rest = &guess[at + mark.len()..];
            if lead.is_some_and(|l| !rest.is_empty() && l.eq_ignore_ascii_case(rest)) {
                return rest.to_owned();
            }
        }
    }
    let words: Vec<&str> = guess.split(' ').collect();
    if let Some(k) = words
        .iter()
        .position(|w| ["Is", "Was", "Isn’t", "Isn't"].contains(w))
        .filter(|&k| k >= 1 && words.len() - k > 4)
    {
        let subject = words[..k].join(" ");
        let alone = body
            .match_indices(subject.as_str())
            .filter(|(i, _)| {
                let after = &body[i + subject.len()..];
                !after.starts_with(" Is ") && !after.starts_with(" Was ")
            })
            .count();
        if alone >= 2 {
            return subject;
        }
    }
    guess
}

/// True when the review's kept JSON-LD holds a `Review`: the page says outright it is one.
pub(crate) fn states_a_review(review: &RawReview) -> bool {
    review
        .metadata
        .get("json_ld")
        .and_then(find_review)
        .is_some()
}

/// The distinct films (by name) of the `Movie` nodes the page's JSON-LD blocks hold at any
/// depth (a listing's `ScreeningEvent`s each hold one; a film named twice, in one block or in
/// two, or referenced by `@id`, is one).
fn count_movies(blocks: &[Value]) -> usize {
    fn walk(v: &Value, names: &mut Vec<String>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| walk(x, names)),
            Value::Object(o) => {
                if has_type(v, &["Movie", "Film"])
                    && let Some(n) = o.get("name").and_then(Value::as_str)
                {
                    let n = n.trim().to_lowercase();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                for (k, x) in o {
                    if !k.starts_with('@') || k == "@graph" {
                        walk(x, names);
                    }
                }
            }
            _ => {}
        }
    }
    // Counted across the page's blocks: one film described in two blocks (a `Movie` block and
    // a breadcrumb's) is one film.
    let mut names = Vec::new();
    for v in blocks {
        walk(v, &mut names);
    }
    names.len()
}

/// A runtime on a labelled line of the page's text (`Running time: 96 minutes`, `Runtime:
/// 1h 38m`, `Length – 104 min`), as fact boxes write it.
fn labelled_runtime(text: &str) -> Option<i32> {
    text.lines().find_map(|l| {
        let l = l.trim_start_matches(['•', ' ', '*']);
        let at = l.find([':', '–', '—', '|'])?;
        let label = l[..at].trim().to_lowercase();
        let value = l[at..].trim_start_matches([':', '–', '—', '|']).trim();
        ["runtime", "running time", "run time", "length", "duration"]
            .contains(&label.as_str())
            .then(|| dates::parse_runtime(value))
            .flatten()
    })
}

/// What a particulars line states.
struct Particulars {
    /// `Title (Country, YEAR)` opening the line.
    film: Option<(String, i32)>,
    director: Option<String>,
    minutes: Option<i32>,
}

/// The site a feed's title names: `Harmattan Horrors - Atom`, `Reel Heart » Feed`, never a
/// comments feed.
fn feed_site(title: &str) -> Option<String> {
    let t = title.trim();
    if t.to_lowercase().contains("comment") {
        return None;
    }
    let site = [
        " - Atom",
        " - RSS",
        " » Feed",
        " » RSS",
        " RSS Feed",
        " - Feed",
    ]
    .iter()
    .find_map(|s| t.strip_suffix(s))?
    .trim();
    (!site.is_empty() && site.len() <= 80).then(|| site.to_owned())
}

/// A particulars line's film, director and runtime: segments set apart by `·`, `|` or `•`, one
/// `dir. Name` (or `Dir: Name`), one `127 min`, and maybe the film with its year first
/// (`Night Ferry to Mokpo (South Korea, 2023) · dir. Park Seo-yeon · 127 min`).
fn particulars(text: &str) -> Option<Particulars> {
    text.lines().take(60).find_map(|l| {
        if !l.contains(['·', '|', '•']) || l.len() > 300 {
            return None;
        }
        let parts: Vec<&str> = l.split(['·', '|', '•']).map(str::trim).collect();
        let director = parts.iter().find_map(|p| {
            let rest = [
                "dir. ",
                "Dir. ",
                "dir: ",
                "Dir: ",
                "Directed by ",
                "directed by ",
            ]
            .iter()
            .find_map(|d| p.strip_prefix(d))?;
            crate::analyze::names::is_person_name(rest.trim()).then(|| rest.trim().to_owned())
        });
        let minutes = parts.iter().find_map(|p| {
            let (n, unit) = p.split_once(' ')?;
            (["min", "mins", "minutes"].contains(&unit))
                .then(|| n.parse::<i32>().ok())
                .flatten()
                .filter(|m| (20..=600).contains(m))
        });
        let film = parts.first().and_then(|first| {
            let inner = first.strip_suffix(')')?;
            let open = inner.rfind('(')?;
            let year: i32 = inner[open + 1..].rsplit([',', ' ']).next()?.parse().ok()?;
            let t = title::clean_title(inner[..open].trim());
            (title::plausible_year(year) && !t.is_empty()).then_some((t, year))
        });
        (director.is_some() || minutes.is_some()).then_some(Particulars {
            film,
            director,
            minutes,
        })
    })
}

/// `Title (2024)` opening a page title or an OpenGraph title (`Red Dust Lullaby (2024)
/// directed by … • Reviewed by …`, `A ★★★½ review of Red Dust Lullaby (2024)`): the film and
/// its year, the year making it sure.
fn titled_year(h: &str) -> Option<(String, i32)> {
    let h = h.split(" review of ").nth(1).unwrap_or(h);
    let close = h.find(')')?;
    let open = h[..close].rfind('(')?;
    let year: i32 = h[open + 1..close].trim().parse().ok()?;
    let t = title::clean_title(h[..open].trim());
    (title::plausible_year(year) && !t.is_empty() && h[open + 1..close].trim().len() == 4)
        .then_some((t, year))
}

/// Every JSON-LD node that has an `@id`, from every block and its `@graph`.
fn graph_nodes(blocks: &[Value]) -> Vec<&Map<String, Value>> {
    fn walk<'v>(v: &'v Value, out: &mut Vec<&'v Map<String, Value>>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => {
                if o.contains_key("@id") && o.len() > 1 {
                    out.push(o);
                }
                if let Some(g) = o.get("@graph") {
                    walk(g, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for b in blocks {
        walk(b, &mut out);
    }
    out
}

/// The review with its `author`, `publisher` and `itemReviewed` given by reference (`{"@id":
/// "…#organization"}`, as Yoast's graph writes them) replaced by the nodes they name.
fn resolve_refs(mut review: Value, nodes: &[&Map<String, Value>]) -> Value {
    let lookup = |v: &Value| -> Option<Value> {
        let o = v.as_object().filter(|o| o.len() == 1)?;
        let id = o.get("@id")?;
        nodes
            .iter()
            .find(|n| n.get("@id") == Some(id))
            .map(|n| Value::Object((*n).clone()))
    };
    if let Some(r) = review.as_object_mut() {
        for key in ["author", "publisher", "itemReviewed"] {
            let resolved = match r.get(key) {
                Some(Value::Array(a)) => Some(Value::Array(
                    a.iter()
                        .map(|x| lookup(x).unwrap_or_else(|| x.clone()))
                        .collect(),
                )),
                Some(v) => lookup(v),
                None => None,
            };
            if let Some(v) = resolved {
                r.insert(key.to_owned(), v);
            }
        }
    }
    review
}

/// Records where each field read from the page's data is written in the file, when it is
/// written there as it reads.
fn cite_found(review: &mut RawReview, text: &str) {
    let fields: [(&'static str, Option<String>); 4] = [
        ("film_title", review.film_title.clone()),
        ("author", review.author.clone()),
        ("publication", review.publication.clone()),
        ("rating_raw", review.rating.as_ref().map(|r| r.raw.clone())),
    ];
    for (field, value) in fields {
        if let Some(v) = value.filter(|v| !v.is_empty())
            && let Some(at) = memchr::memmem::find(text.as_bytes(), v.as_bytes())
        {
            review.cite(field, at..at + v.len());
        }
    }
}

/// Keeps the page's data in `metadata`: every JSON-LD block (`json_ld`, one value or a list),
/// every `<meta>` tag under its own name, the `<title>` and the canonical link.
fn keep_page(review: &mut RawReview, page: &Page) {
    match page.json_ld.as_slice() {
        [] => {}
        [one] => review.keep("json_ld", one.clone()),
        many => review.keep("json_ld", Value::Array(many.to_vec())),
    }
    if page.json_ld_errors > 0 {
        review.keep("_json_ld_unreadable", page.json_ld_errors);
    }
    let mut tags: Map<String, Value> = Map::new();
    for (k, v) in &page.meta {
        match tags.get_mut(k) {
            Some(Value::Array(a)) => a.push(Value::String(v.clone())),
            Some(first) => {
                let first = first.take();
                tags.insert(
                    k.clone(),
                    Value::Array(vec![first, Value::String(v.clone())]),
                );
            }
            None => {
                tags.insert(k.clone(), Value::String(v.clone()));
            }
        }
    }
    if !tags.is_empty() {
        review.keep("meta", Value::Object(tags));
    }
    if let Some(t) = &page.title {
        review.keep("html_title", t.clone());
    }
    if let Some(c) = &page.canonical {
        review.keep("canonical_url", c.clone());
    }
}

/// True when the JSON-LD object's `@type` is (or lists) one of `types`.
fn has_type(v: &Value, types: &[&str]) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => types.iter().any(|x| t.eq_ignore_ascii_case(x)),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .any(|t| types.iter().any(|x| t.eq_ignore_ascii_case(x))),
        _ => false,
    }
}

const REVIEW_TYPES: &[&str] = &["Review", "CriticReview", "UserReview"];
const MOVIE_TYPES: &[&str] = &["Movie", "Film", "CreativeWork", "TVEpisode", "TVSeries"];

/// The first `Review` in a JSON-LD value: itself, an item of a list or of `@graph`, or the
/// `review` of a `Movie` (given the movie as its `itemReviewed` when it names none).
fn find_review(v: &Value) -> Option<Value> {
    match v {
        Value::Array(a) => a.iter().find_map(find_review),
        Value::Object(o) => {
            if has_type(v, REVIEW_TYPES) {
                return Some(v.clone());
            }
            if let Some(found) = ["@graph", "mainEntity"]
                .iter()
                .find_map(|k| o.get(*k).and_then(find_review))
            {
                return Some(found);
            }
            if has_type(v, MOVIE_TYPES)
                && let Some(r) = o.get("review")
            {
                let first = match r {
                    Value::Array(a) => a.first()?,
                    _ => r,
                };
                let mut r = first.as_object()?.clone();
                if !r.contains_key("itemReviewed") {
                    let mut movie = o.clone();
                    movie.remove("review");
                    r.insert("itemReviewed".into(), Value::Object(movie));
                }
                return Some(Value::Object(r));
            }
            None
        }
        _ => None,
    }
}

/// Article types whose byline, outlet and date stand in for a `Review`'s.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "OpinionNewsArticle",
];

/// The first node of one of `types` in a JSON-LD value: itself, an item of a list or of
/// `@graph`.
fn find_typed(v: &Value, types: &[&str]) -> Option<Value> {
    match v {
        Value::Array(a) => a.iter().find_map(|x| find_typed(x, types)),
        Value::Object(o) => {
            if has_type(v, types) {
                return Some(v.clone());
            }
            o.get("@graph").and_then(|g| find_typed(g, types))
        }
        _ => None,
    }
}

/// The first of `keys` that holds a non-empty string (entities decoded, trimmed).
fn str_field(v: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        v.get(*k)
            .and_then(Value::as_str)
            .map(|s| decode_entities(s).trim().to_owned())
            .filter(|s| !s.is_empty())
    })
}

/// Names of a JSON-LD `author`, `director` or `publisher`: a string (maybe `A, B`), a
/// `Person` or `Organization` with a `name`, or a list of those.
fn names_of(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    match v {
        Some(Value::String(s)) => {
            for n in crate::analyze::names::split_names(&decode_entities(s)) {
                if !n.is_empty() {
                    out.push(n);
                }
            }
        }
        Some(Value::Array(a)) => {
            for x in a {
                out.extend(names_of(Some(x)));
            }
        }
        Some(o @ Value::Object(_)) => {
            if let Some(n) = str_field(o, &["name"]) {
                out.push(n);
            }
        }
        _ => {}
    }
    out.dedup();
    out
}

/// A year from a JSON-LD date or year (`2019`, `"2019-05-01"`).
fn year_of(v: &Value) -> Option<i32> {
    let y = match v {
        Value::Number(n) => i32::try_from(n.as_i64()?).ok()?,
        Value::String(s) => s.get(..4)?.parse().ok()?,
        _ => return None,
    };
    title::plausible_year(y).then_some(y)
}

/// Days since 1970 of a page date: ISO (`2024-03-05`, `2024-03-05T09:30:00+01:00`) or any
/// form [`dates::parse_date`] reads.
fn date_of(s: &str) -> Option<i32> {
    let s = s.trim();
    let iso = s.get(..10).filter(|d| {
        let b = d.as_bytes();
        b[4] == b'-' && b[7] == b'-' && d.bytes().filter(u8::is_ascii_digit).count() == 8
    });
    if let Some(d) = iso {
        let y = d[..4].parse().ok()?;
        let m = d[5..7].parse().ok()?;
        let day = d[8..10].parse().ok()?;
        return dates::days_from_civil(y, m, day);
    }
    dates::parse_date(s)
}

/// A `reviewRating`: `ratingValue` on the scale `bestRating` (schema.org's default is 5),
/// written as `value/best`.
fn rating_of(r: &Value) -> Option<rating::Rating> {
    let num = |k: &str| match r.get(k)? {
        Value::Number(n) => n.as_f64(),
        // `"3,5"`: a decimal comma.
        Value::String(s) => s.trim().replace(',', ".").parse::<f64>().ok(),
        _ => None,
    };
    let value = num("ratingValue").filter(|v| v.is_finite() && *v >= 0.0)?;
    let best = num("bestRating")
        .filter(|b| b.is_finite() && *b > 0.0)
        .unwrap_or(5.0);
    if value > best {
        return None;
    }
    let raw = format!("{value}/{best}");
    rating::parse_rating(&raw)
}

/// Reads the page in one pass (see [`Page`]).
pub(crate) fn read_page(html: &str) -> Page {
    let b = html.as_bytes();
    let mut page = Page::default();
    let mut out = Text::default();
    let mut i = 0;
    // Searches ahead for closing tags may read eight times the page in all, then no more:
    // unclosed tags by the thousand stay linear.
    let budget = std::cell::Cell::new(8 * b.len() + 4096);
    // Open `<article>` / `<main>` elements: (is an article, where its text starts, whether it
    // counts: not inside another article, not a comment).
    let mut open: Vec<(bool, usize, bool)> = Vec::new();
    let mut captured: Vec<(bool, std::ops::Range<usize>)> = Vec::new();
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + k;
        out.push_raw(&html[i..lt]);
        i = lt + 1;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            i = memchr::memmem::find(&rest[4..], b"-->").map_or(b.len(), |e| lt + 4 + e + 3);
            continue;
        }
        if matches!(rest.get(1), Some(b'!' | b'?')) {
            i = memchr::memchr(b'>', rest).map_or(b.len(), |e| lt + e + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
                .count();
        if name_end == name_start || !b[name_start].is_ascii_alphabetic() {
            out.push_raw("<"); // `3 < 4`: a lone `<` is text
            continue;
        }
        let Some((attrs_end, after_tag)) = tag_end(b, name_end) else {
            i = b.len(); // a tag cut off at the end of the file
            break;
        };
        let name = html[name_start..name_end].to_ascii_lowercase();
        let attrs = &html[name_end..attrs_end];
        i = after_tag;
        let self_closing = attrs.trim_end().ends_with('/');
        if closing {
            if name == "article" || name == "main" {
                let is_article = name == "article";
                if let Some(p) = open.iter().rposition(|o| o.0 == is_article) {
                    let (_, start, counts) = open.remove(p);
                    if counts {
                        captured.push((is_article, start..out.s.len()));
                    }
                }
            }
            // `<dt>Running time</dt><dd>112 minutes</dd>`, `<th>Runtime</th><td>96 min</td>`: a
            // label and its value on one line.
            if name == "dt" || name == "th" {
                out.label();
            } else if BLOCKS.contains(&name.as_str()) {
                out.block();
            }
            continue;
        }
        if RAW_ELEMENTS.contains(&name.as_str()) {
            if self_closing {
                continue;
            }
            let (content_end, after) =
                close_tag(b, i, &name, &budget).unwrap_or((b.len(), b.len()));
            let content = &html[i..content_end];
            if name == "script"
                && attr(attrs, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            {
                match parse_json_ld(content) {
                    Some(v) => page.json_ld.push(v),
                    None => page.json_ld_errors += 1,
                }
            }
            i = after;
            continue;
        }
        // Microformats: `<a class="p-author h-card">Name</a>`, `<time class="dt-published"
        // datetime="…">`.
        if let Some(class) = attr(attrs, "class") {
            for (token, key) in [
                ("p-author", "itemprop:author"),
                ("dt-published", "itemprop:datePublished"),
            ] {
                if class.split_whitespace().any(|c| c == token) {
                    let value =
                        attr(attrs, "datetime").or_else(|| element_text(html, i, &name, &budget));
                    if let Some(v) = value.filter(|v| !v.is_empty() && v.len() < 200) {
                        page.meta.push((key.to_owned(), v));
                    }
                }
            }
        }
        // Microdata: `<span itemprop="ratingValue">7</span>`, `<time itemprop="datePublished"
        // datetime="…">`, `<span itemprop="author">…</span>`: kept beside the `<meta>` tags.
        if name != "meta"
            && let Some(prop) = attr(attrs, "itemprop")
            && MICRODATA.iter().any(|m| m.eq_ignore_ascii_case(&prop))
        {
            // `<abbr class=published itemprop=datePublished title="2023-10-27T09:41:00+01:00">`:
            // an abbreviation's title holds the value in full (hAtom, Blogger).
            let value = attr(attrs, "content")
                .or_else(|| attr(attrs, "datetime"))
                .or_else(|| (name == "abbr").then(|| attr(attrs, "title")).flatten())
                .or_else(|| element_text(html, i, &name, &budget))
                .filter(|v| !v.is_empty() && v.len() < 200);
            if let Some(v) = value {
                page.meta.push((format!("itemprop:{prop}"), v));
            }
        }
        match name.as_str() {
            "title" => {
                let (content_end, after) = close_tag(b, i, "title", &budget).unwrap_or((i, i));
                let t = collapse(&decode_entities(&html[i..content_end]));
                if page.title.is_none() && !t.is_empty() {
                    page.title = Some(t);
                }
                i = after.max(i);
            }
            "meta" => {
                let key = attr(attrs, "property")
                    .or_else(|| attr(attrs, "name"))
                    .or_else(|| attr(attrs, "itemprop"));
                if let (Some(k), Some(v)) = (key, attr(attrs, "content")) {
                    page.meta.push((k.to_ascii_lowercase(), collapse(&v)));
                }
            }
            "link" => {
                let rel = attr(attrs, "rel").unwrap_or_default().to_ascii_lowercase();
                if rel == "canonical" && page.canonical.is_none() {
                    page.canonical = attr(attrs, "href");
                }
                // `<link rel="alternate" type="application/atom+xml" title="Harmattan Horrors -
                // Atom">`: a blog's feed is titled with the blog's name.
                if rel == "alternate"
                    && attr(attrs, "type").is_some_and(|t| t.contains("rss") || t.contains("atom"))
                    && let Some(t) = attr(attrs, "title").and_then(|t| feed_site(&t))
                    && !page.meta.iter().any(|m| m.0 == "feed:site")
                {
                    page.meta.push(("feed:site".to_owned(), t));
                }
            }
            "br" => out.line(),
            "img" => {}
            n if (FURNITURE.contains(&n)
                || (n == "header" || n == "footer") && open.is_empty() && !self_closing)
                && !(n == "form" && wraps_content(b, i, &budget)) =>
            {
                if let Some(after) = matching_close(b, i, n, &budget) {
                    if let Some(inner) = html.get(i..after) {
                        page.furniture.push_str(&tidy(&block_lines(inner)));
                    }
                    i = after;
                }
                out.block();
            }
            "article" | "main" => {
                out.block();
                let is_article = name == "article";
                // An article inside another (comments, teasers) or marked as a comment is no
                // candidate for the review's text.
                let nested = is_article && open.iter().any(|o| o.0);
                let comment = ["class", "id"].iter().any(|a| {
                    attr(attrs, a).is_some_and(|v| v.to_ascii_lowercase().contains("comment"))
                });
                if open.len() < 64 {
                    open.push((is_article, out.s.len(), !nested && !comment));
                }
            }
            "li" => {
                out.block();
                out.s.push_str("• ");
            }
            "dd" | "td" if out.s.ends_with(": ") => {}
            n if BLOCKS.contains(&n) => out.block(),
            _ => {}
        }
    }
    if i < b.len() {
        out.push_raw(&html[i..]);
    }
    for (is_article, start, counts) in open {
        if counts {
            captured.push((is_article, start..out.s.len()));
        }
    }
    let all_words = super::count_words(&out.s);
    let longest = |want: bool| {
        captured
            .iter()
            .filter(|c| c.0 == want)
            // An end recorded before trailing spaces were trimmed may run past them.
            .filter_map(|c| {
                let end = out.s.floor_char_boundary(c.1.end.min(out.s.len()));
                out.s.get(c.1.start..end)
            })
            .max_by_key(|t| t.len())
            // The review's text holds most of the page's: a teaser card or a sidebar's
            // `<article>` is none.
            .filter(|t| {
                let words = super::count_words(t);
                words >= 20 && words * 5 >= all_words * 2
            })
            .map(tidy)
    };
    page.article = longest(true).or_else(|| longest(false));
    page.text = out.finish();
    page
}

/// The text of a page as it is built: runs of whitespace are one space, blocks end in a blank
/// line.
#[derive(Default)]
struct Text {
    s: String,
}

impl Text {
    /// Appends raw text between tags: entities decoded, whitespace collapsed.
    fn push_raw(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        for (k, part) in decoded.split(|c: char| c.is_whitespace()).enumerate() {
            if k > 0 && !self.s.ends_with([' ', '\n']) && !self.s.is_empty() {
                self.s.push(' ');
            }
            self.s.push_str(part);
        }
    }

    /// Ends the line.
    fn line(&mut self) {
        let t = self.s.trim_end_matches(' ').len();
        self.s.truncate(t);
        self.s.push('\n');
    }

    /// Ends a label (`<dt>`, `<th>`): its value follows on the line.
    fn label(&mut self) {
        let t = self.s.trim_end_matches([' ', ':']).len();
        self.s.truncate(t);
        if !self.s.is_empty() && !self.s.ends_with('\n') {
            self.s.push_str(": ");
        }
    }

    /// Ends the block: a blank line follows.
    fn block(&mut self) {
        let t = self.s.trim_end_matches(' ').len();
        self.s.truncate(t);
        if !self.s.is_empty() && !self.s.ends_with("\n\n") {
            self.s
                .push_str(if self.s.ends_with('\n') { "\n" } else { "\n\n" });
        }
    }

    fn finish(self) -> String {
        tidy(&self.s)
    }
}

/// Lines trimmed, no more than one blank line in a row, none at the ends.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = false;
    for l in s.lines().map(str::trim) {
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Whitespace runs as one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where the tag whose name ends at `from` closes: (the end of its attributes, the offset
/// after it). A `>` inside a quoted attribute value does not close it (a quote pairs with the
/// next one, as browsers read it); a `<` before any `>` ends a tag that was never closed; with
/// no quote to close it, the first `>` does.
fn tag_end(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match quote {
            Some(q) if c == q => quote = None,
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return Some((k, k + 1)),
            None if c == b'<' => return Some((k, k)),
            _ => {}
        }
    }
    // A quote left open: the first `>` closes the tag after all.
    memchr::memchr(b'>', &b[from..]).map(|g| (from + g, from + g + 1))
}

/// True when a tag named `name` (lowercase) starts at `b[p..]` after `<` or `</`.
fn names_tag(b: &[u8], p: usize, name: &str) -> bool {
    b.get(p..p + name.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(name.as_bytes()))
        && !b
            .get(p + name.len())
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// The closing tag of a raw element from `from`: (where its content ends, where the tag
/// ends).
fn close_tag(
    b: &[u8],
    from: usize,
    name: &str,
    budget: &std::cell::Cell<usize>,
) -> Option<(usize, usize)> {
    if budget.get() == 0 {
        return None;
    }
    let mut k = from;
    let found = loop {
        let Some(p) = memchr::memmem::find(&b[k..], b"</") else {
            break None;
        };
        let at = k + p;
        if names_tag(b, at + 2, name) {
            let gt = memchr::memchr(b'>', &b[at..]).map_or(b.len(), |g| at + g + 1);
            break Some((at, gt));
        }
        k = at + 2;
    };
    let read = found.map_or(b.len(), |f| f.1) - from;
    budget.set(budget.get().saturating_sub(read));
    found
}

/// Where the element `name` opened just before `from` closes, counting nested elements of
/// the same name: the offset after its closing tag. `None` when it never closes (then only
/// the tag itself is skipped, never the rest of the page).
fn matching_close(
    b: &[u8],
    from: usize,
    name: &str,
    budget: &std::cell::Cell<usize>,
) -> Option<usize> {
    if budget.get() == 0 {
        return None;
    }
    let spend = |to: usize| budget.set(budget.get().saturating_sub(to - from));
    let mut depth = 1;
    let mut k = from;
    while let Some(p) = memchr::memchr(b'<', &b[k..]) {
        let at = k + p;
        if b.get(at + 1) == Some(&b'/') && names_tag(b, at + 2, name) {
            depth -= 1;
            if depth == 0 {
                let end = memchr::memchr(b'>', &b[at..]).map_or(b.len(), |g| at + g + 1);
                spend(end);
                return Some(end);
            }
        } else if names_tag(b, at + 1, name) {
            let self_closing = tag_end(b, at + 1 + name.len())
                .is_some_and(|(end, _)| end > 0 && b[end - 1] == b'/');
            if !self_closing {
                depth += 1;
            }
        }
        k = at + 1;
    }
    spend(b.len());
    None
}

/// The value of attribute `key` in a tag's attribute text (quoted or not), entities decoded.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let name = &attrs[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if let Some(&q) = b.get(i).filter(|c| **c == b'"' || **c == b'\'') {
                let end = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |e| i + 1 + e);
                value = &attrs[i + 1..end];
                i = end + 1;
            } else {
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &attrs[start..i];
            }
        }
        if name.eq_ignore_ascii_case(key) {
            return Some(decode_entities(value));
        }
        if name.is_empty() {
            i += 1;
        }
    }
    None
}

/// A JSON-LD block's value, once HTML comment and CDATA wrappers are taken off.
fn parse_json_ld(content: &str) -> Option<Value> {
    let mut t = content.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.trim().strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    serde_json::from_str(t)
        .ok()
        .or_else(|| serde_json::from_str(&mended(t)).ok())
}

/// The JSON with the slips of hand-written and templated JSON-LD mended (never inside a
/// string's text): each comma that closes an object or a list (`,}` `, ]`) taken out, `/* … */`
/// comments taken out (`/* <![CDATA[ */ {…} /* ]]> */`), and raw line breaks and tabs inside
/// strings escaped.
fn mended(t: &str) -> String {
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let (mut in_string, mut escaped, mut comment_end) = (false, false, 0);
    for (k, c) in t.char_indices() {
        if k < comment_end {
            continue;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if c < ' ' {
                out.push_str(match c {
                    '\n' => "\\n",
                    '\t' => "\\t",
                    _ => " ",
                });
                continue;
            }
        } else if c == '/' && b.get(k + 1) == Some(&b'*') {
            comment_end =
                memchr::memmem::find(&b[k + 2..], b"*/").map_or(b.len(), |e| k + 2 + e + 2);
            continue;
        } else if c == '"' {
            in_string = true;
        } else if c == ','
            && b[k + 1..]
                .iter()
                .find(|x| !x.is_ascii_whitespace())
                .is_some_and(|x| matches!(x, b'}' | b']'))
        {
            continue;
        }
        out.push(c);
    }
    out
}

/// Named entities reviews use, beyond the five of XML.
const ENTITIES: &[(&str, &str)] = &[
    ("aacute", "á"),
    ("acirc", "â"),
    ("aelig", "æ"),
    ("agrave", "à"),
    ("amp", "&"),
    ("apos", "'"),
    ("aring", "å"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("bull", "•"),
    ("ccedil", "ç"),
    ("copy", "©"),
    ("deg", "°"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("egrave", "è"),
    ("euml", "ë"),
    ("euro", "€"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("gt", ">"),
    ("hellip", "…"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("laquo", "«"),
    ("lsaquo", "‹"),
    ("ldquo", "“"),
    ("lsquo", "‘"),
    ("lrm", ""),
    ("lt", "<"),
    ("mdash", "—"),
    ("middot", "·"),
    ("nbsp", " "),
    ("ndash", "–"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("oelig", "œ"),
    ("ocirc", "ô"),
    ("oslash", "ø"),
    ("ouml", "ö"),
    ("pound", "£"),
    ("quot", "\""),
    ("raquo", "»"),
    ("rsaquo", "›"),
    ("rdquo", "”"),
    ("reg", "®"),
    ("rlm", ""),
    ("rsquo", "’"),
    ("scaron", "š"),
    ("shy", ""),
    ("star", "☆"),
    ("starf", "★"),
    ("szlig", "ß"),
    ("thinsp", " "),
    ("times", "×"),
    ("trade", "™"),
    ("uacute", "ú"),
    ("uuml", "ü"),
    ("zcaron", "ž"),
];

/// Decodes character references: numeric (`&#8217;`, `&#x2019;`) and the named ones of
/// [`ENTITIES`] (capitalized forms too: `&Eacute;`). Anything else is left as written.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest[1..]
            .char_indices()
            .take(12)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .filter(|(_, c)| *c == ';')
            .map(|(e, _)| e + 1);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                }?;
                // `&#146;`: old Windows pages number cp1252's punctuation (as HTML5 reads it).
                let code = match code {
                    0x80..=0x9F => {
                        let byte = [u8::try_from(code).ok()?];
                        let (c, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
                        u32::from(c.chars().next()?)
                    }
                    _ => code,
                };
                return char::from_u32(code)
                    .filter(|c| *c != '\0')
                    .map(|c| (c.to_string(), e + 1));
            }
            if let Some((_, v)) = ENTITIES.iter().find(|(n, _)| *n == name) {
                return Some(((*v).to_owned(), e + 1));
            }
            // `&Eacute;`: the capital of a lowercase entry.
            let lower = name.to_ascii_lowercase();
            let (_, v) = ENTITIES
                .iter()
                .find(|(n, _)| *n == lower && name.as_bytes()[0].is_ascii_uppercase())?;
            let upper: String = v.chars().flat_map(char::to_uppercase).collect();
            (upper.chars().count() == 1).then_some((upper, e + 1))
        });
        if let Some((text, len)) = decoded {
            out.push_str(&text);
            rest = &rest[len..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Salt Acre review &ndash; The Harbour Gazette</title>
<meta property="og:title" content="Salt Acre: a quiet storm">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Wren Adeyemi-Holt">
<link rel="canonical" href="https://example.org/reviews/salt-acre">
<script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"Review",
 "author":{"@type":"Person","name":"Wren Adeyemi-Holt"},
 "publisher":{"@type":"Organization","name":"The Harbour Gazette"},
 "datePublished":"2024-03-05T09:30:00+01:00",
 "reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"5"},
 "itemReviewed":{"@type":"Movie","name":"Salt Acre","dateCreated":"2023",
   "director":[{"@type":"Person","name":"Ilse Marrow"}],
   "duration":"PT1H52M",
   "actor":[{"@type":"Person","name":"Tamar Okonkwo"},
            {"@type":"PerformanceRole","actor":{"@type":"Person","name":"Juhani Rask"},"characterName":"the ferryman"}]}}
</script>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/film">Film</a></nav><p>Sign in</p></header>
<div class="cookie">We use cookies. <button>Accept</button></div>
<article>
<h1><em>Salt Acre</em> review</h1>
<p>By Wren Adeyemi-Holt</p>
<p>The tide comes in twice in <i>Salt Acre</i>, and both times it brings grief. Tamar Okonkwo
plays Edda, a widow who keeps a salt farm on a drowned coast, and she is superb.</p>
<p>Juhani Rask, as the ferryman, says almost nothing&nbsp;&ndash; he doesn&rsquo;t need to. The
film&#8217;s patience is its gift; Ilse Marrow directs with a still camera and trusts her
actors to carry long scenes of work and weather. It is slow, and it is worth it.</p>
<figure><img src="a.jpg" alt="Okonkwo on the salt flats"><figcaption>Tamar Okonkwo in Salt Acre. Photo: Kai Lindqvist</figcaption></figure>
</article>
<aside><h2>Related reviews</h2><ul><li>Another film</li></ul></aside>
<footer><p>&copy; 2024 The Harbour Gazette</p></footer>
</body></html>"#;

    #[test]
    fn reads_json_ld_meta_and_article_text() {
        let page = read_page(PAGE);
        assert_eq!(
            page.title.as_deref(),
            Some("Salt Acre review – The Harbour Gazette")
        );
        assert_eq!(page.json_ld.len(), 1);
        assert_eq!(
            page.canonical.as_deref(),
            Some("https://example.org/reviews/salt-acre")
        );
        assert!(
            page.meta
                .contains(&("og:site_name".into(), "The Harbour Gazette".into()))
        );
        let article = page.article.expect("the page has an article");
        assert!(article.starts_with("Salt Acre review\n\nBy Wren Adeyemi-Holt\n\nThe tide"));
        assert!(article.contains("nothing – he doesn’t need to. The film’s patience"));
        for furniture in [
            "Home",
            "Sign in",
            "cookies",
            "Related reviews",
            "not text",
            "color",
        ] {
            assert!(!article.contains(furniture), "{furniture} kept");
        }
        assert!(!page.text.contains("Related reviews"));
    }

    #[test]
    fn the_data_overrides_the_text() {
        let r = parse(PAGE).expect("a review");
        assert_eq!(r.format, Some(SourceFormat::Html));
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
        assert_eq!(r.film_year, Some(2023));
        assert_eq!(r.author.as_deref(), Some("Wren Adeyemi-Holt"));
        assert_eq!(r.publication.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(r.published_date, dates::days_from_civil(2024, 3, 5));
        assert_eq!(r.directors, ["Ilse Marrow"]);
        assert_eq!(r.runtime_minutes, Some(112));
        assert_eq!(
            r.url.as_deref(),
            Some("https://example.org/reviews/salt-acre")
        );
        let rating = r.rating.as_ref().expect("rated");
        assert_eq!((rating.value, rating.max), (Some(4.0), Some(5.0)));
        assert!(
            r.body.contains("Tamar Okonkwo\nplays Edda")
                || r.body.contains("Tamar Okonkwo plays Edda")
        );
        assert!(r.metadata.contains_key("json_ld") && r.metadata.contains_key("meta"));
        assert!(!r.body.contains("Related reviews"));
    }

    #[test]
    fn a_movie_with_a_nested_review_and_a_graph() {
        let movie = r#"<html><head><script type="application/ld+json">
        {"@type":"Movie","name":"Kettle Hill","datePublished":"2021-06-01",
         "review":{"@type":"Review","author":"Ode Marsh","reviewRating":{"ratingValue":7,"bestRating":10}}}
        </script></head><body><p>Short.</p></body></html>"#;
        let r = find_review(&read_page(movie).json_ld[0]).expect("nested review");
        assert_eq!(r["itemReviewed"]["name"], "Kettle Hill");
        let graph =
            r#"{"@graph":[{"@type":"WebPage"},{"@type":["Review","CriticReview"],"name":"x"}]}"#;
        let v: Value = serde_json::from_str(graph).expect("json");
        assert_eq!(find_review(&v).expect("in the graph")["name"], "x");
    }

    #[test]
    fn broken_markup_and_json_never_lose_the_text() {
        let page = read_page(
            "<HTML><BODY><P CLASS=lead>One &amp; two<BR>three\
             <script type=application/ld+json>{\"@type\":\"Review\",</script>\
             <nav>menu never closed<p>Four 3 < 4 &bogus; &#x263A;</p><div",
        );
        assert_eq!(page.json_ld_errors, 1, "a block cut short is unreadable");
        assert_eq!(
            page.text,
            "One & two\nthree\n\nmenu never closed\n\nFour 3 < 4 &bogus; ☺\n"
        );
    }

    #[test]
    fn trailing_commas_and_references_are_mended() {
        let v = parse_json_ld("{\"@type\": \"Review\", \"name\": \"a, }\", \"x\": [1, 2,],\n}")
            .expect("mended");
        let wrapped = parse_json_ld(
            "/* <![CDATA[ */ {\"name\": \"a /* b */\", \"body\": \"one\ntwo\"} /* ]]> */",
        )
        .expect("comments and a raw line break");
        assert_eq!(
            (wrapped["name"].as_str(), wrapped["body"].as_str()),
            (Some("a /* b */"), Some("one\ntwo"))
        );
        assert_eq!(v["name"], "a, }");
        assert_eq!(v["x"], serde_json::json!([1, 2]));
        let graph: Value = serde_json::from_str(
            r##"{"@graph":[{"@type":"Organization","@id":"#org","name":"Reel Heart"},
            {"@type":"Review","publisher":{"@id":"#org"},"author":[{"@id":"#nobody"}]}]}"##,
        )
        .expect("json");
        let nodes = graph_nodes(std::slice::from_ref(&graph));
        let r = resolve_refs(find_review(&graph).expect("review"), &nodes);
        assert_eq!(names_of(r.get("publisher")), ["Reel Heart"]);
        assert!(names_of(r.get("author")).is_empty());
    }

    #[test]
    fn a_title_guess_narrowed_by_the_page() {
        let t = |g: &str, page: Option<&str>, body: &str| narrower_title(g.to_owned(), page, body);
        assert_eq!(
            t(
                "Rāwiri Ngata’s Long Acre",
                Some("Film: Long Acre | The Lakeland Monthly"),
                ""
            ),
            "Long Acre"
        );
        // A title that is a possessive stays one.
        assert_eq!(
            t(
                "Bridget Okoro's Diary",
                Some("Bridget Okoro's Diary review | Reel"),
                ""
            ),
            "Bridget Okoro's Diary"
        );
        let body = "The Monsoon Ledger opens in 1947. I loved The Monsoon Ledger.";
        assert_eq!(
            t(
                "The Monsoon Ledger Is the Period Drama I Didn’t Know I Needed",
                None,
                body
            ),
            "The Monsoon Ledger"
        );
        // A title with `Is` in it, the text never naming a shorter film.
        assert_eq!(
            t(
                "Love Is a Long Road Home to Kettle",
                None,
                "Love Is a Long Road Home to Kettle is long."
            ),
            "Love Is a Long Road Home to Kettle"
        );
    }

    #[test]
    fn a_listing_of_films_is_no_review() {
        let listing = r#"<html><head><script type="application/ld+json">[
          {"@type":"ScreeningEvent","workPresented":{"@type":"Movie","name":"Kettle Hill"}},
          {"@type":"ScreeningEvent","workPresented":{"@type":"Movie","name":"Salt Acre"}}]
          </script></head><body><p>Tickets for both films on sale now.</p></body></html>"#;
        let err = parse(listing).expect_err("a listing");
        assert_eq!(err.reason, RejectReason::NotAReview);
        assert!(err.message.contains("2 films"), "{}", err.message);
        // One film in two blocks (its Movie block and a breadcrumb's) is one film: the page is
        // read as an article about it.
        let one_film = r#"<html><head>
          <script type="application/ld+json">{"@type":"Movie","name":"Kettle Hill"}</script>
          <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","item":{"@type":"Movie","name":"Kettle Hill "}}]}</script>
          </head><body><article><p>Kettle Hill is a small film about a kettle on a hill, and
          Ana Ruiz plays the woman who keeps it boiling through a long and windy winter.</p>
          </article></body></html>"#;
        let r = parse(one_film).expect("an article about one film");
        assert_eq!(r.film_title.as_deref(), Some("Kettle Hill"));
    }

    #[test]
    fn microdata_microformats_cards_and_particulars() {
        let page = r#"<html><head><title>&lrm;Kettle Hill (2021) directed by Ode Marsh &bull; Reelgrid</title>
        <meta name="twitter:label1" content="Directed by"><meta name="twitter:data1" content="Ode Marsh">
        <script type="application/ld+json">{"@type":"BlogPosting","headline":"On Kettle Hill",
          "author":["Ana Ruiz","Tom Okafor"],"datePublished":"2022-01-09"}</script></head><body>
        <div class="entry-content"><p>Ode Marsh returns with a film about a kettle and a hill, and
        the film is a small pleasure: the director keeps it short, the cast keep it light, and
        the review could go on for a while about the hill itself, which is a character.</p>
        <p class="verdict">Score: <span itemprop="ratingValue">7</span> out of
        <span itemprop="bestRating">10</span></p>
        <p>By <a class="p-author h-card" href="/u">Someone Else</a></p></div>
        <aside><ul><li>Running time: 91 mins</li></ul></aside></body></html>"#;
        let r = parse(page).expect("a review");
        assert_eq!(r.film_title.as_deref(), Some("Kettle Hill"));
        assert_eq!(r.film_year, Some(2021));
        assert_eq!(r.directors, ["Ode Marsh"]);
        assert_eq!(
            r.author.as_deref(),
            Some("Ana Ruiz, Tom Okafor"),
            "the data's byline wins"
        );
        assert_eq!(r.published_date, dates::days_from_civil(2022, 1, 9));
        let rating = r.rating.as_ref().expect("microdata rating");
        assert_eq!((rating.value, rating.max), (Some(7.0), Some(10.0)));
        assert_eq!(r.runtime_minutes, Some(91), "the aside's fact box");
        let p = particulars(
            "Night Ferry to Mokpo (South Korea, 2023) · dir. Park Seo-yeon · 127 min\n",
        )
        .expect("a particulars line");
        assert_eq!(p.film, Some(("Night Ferry to Mokpo".to_owned(), 2023)));
        assert_eq!(p.director.as_deref(), Some("Park Seo-yeon"));
        assert_eq!(p.minutes, Some(127));
        assert!(particulars("Home · Film · Reviews\n").is_none());
        assert_eq!(
            titled_year("A ★★★½ review of Red Dust Lullaby (2024)"),
            Some(("Red Dust Lullaby".to_owned(), 2024))
        );
        assert_eq!(titled_year("The best films of 2024 (so far)"), None);
    }

    #[test]
    fn pages_a_review_found_hard_to_read() {
        let words = "The film is long and patient and worth the time it asks of you. ".repeat(8);
        // A teaser card's `<article>` after the review, and a comment's: neither is the text.
        let teaser = format!(
            "<html><body><div class=entry-content><p>{words}</p></div><section><article class=card>\
             <p>Also this week: a short teaser about another film that runs for twenty-five words \
             or so, enough to pass a minimum but far less than the review itself.</p></article>\
             </section><article class=\"comment-body\"><p>{words}</p></article></body></html>"
        );
        let p = read_page(&teaser);
        assert!(p.article.is_none(), "{:?}", p.article);
        assert!(p.text.starts_with("The film is long"));
        // ASP.NET wraps the whole body in one `<form>`.
        let form = format!(
            "<html><body><form id=aspnetForm><div><h1>Salt Acre</h1><p>{words}</p></div></form></body></html>"
        );
        assert!(read_page(&form).text.contains("worth the time"));
        // Unclosed furniture by the thousand loses no text.
        let unclosed = "<html><body>".to_owned() + &"<nav>x ".repeat(5000);
        assert_eq!(read_page(&unclosed).text.matches('x').count(), 5000);
        // A fact box's label and value on one line; cp1252's numbered punctuation.
        let facts = read_page(
            "<html><body><dl><dt>Running time</dt> <dd>112 minutes</dd></dl><p>It&#146;s &#147;fine&#148;</p></body></html>",
        );
        assert_eq!(facts.text, "Running time: 112 minutes\n\nIt’s “fine”\n");
    }

    #[test]
    fn widgets_addresses_and_references_mislead_nothing() {
        let words = "The film is long and patient and worth the time it asks of you. ".repeat(8);
        let page = format!(
            "<html><head><meta property=\"article:author\" content=\"https://example.org/by/wren\">\
             <meta name=\"byl\" content=\"by Wren Holt\">\
             <script type=\"application/ld+json\">{{\"@graph\":[{{\"@type\":\"WebPage\",\"about\":\
             {{\"@type\":\"Movie\",\"@id\":\"#m\"}}}},{{\"@type\":\"Movie\",\"@id\":\"#m\",\"name\":\"Salt Acre\"}}]}}\
             </script></head><body><article><h1>Salt Acre</h1><p>{words}</p><p>Rating: 2/5</p>\
             <div itemprop=aggregateRating><span itemprop=ratingValue>4.6</span>/<span itemprop=bestRating>5</span></div>\
             </article></body></html>"
        );
        let r = parse(&page).expect("one film, referenced twice, is no listing");
        assert_eq!(r.author.as_deref(), Some("Wren Holt"));
        let rating = r.rating.as_ref().expect("rated");
        assert_eq!(
            rating.value,
            Some(2.0),
            "the text's rating, not the readers' widget"
        );
        assert!(crate::extract::extract_text("\"Amélie\" Revisité\n\nText.\n").is_err());
        assert_eq!(
            feed_site("Harmattan Horrors - Atom").as_deref(),
            Some("Harmattan Horrors")
        );
        assert_eq!(feed_site("Reel Heart » Comments Feed"), None);
        let blogger = format!(
            "<html><head><link rel=alternate type=application/atom+xml title='Dusk Reels - Atom' \
             href=/feeds><link rel=canonical href=https://x.example/p></head><body><div \
             class=post-body><p>{words}</p><p>7/10</p><abbr class=published \
             itemprop=datePublished title='2023-10-27T09:41:00+01:00'>9:41 AM</abbr></div></body></html>"
        );
        let r = parse(&blogger).expect("a review");
        assert_eq!(r.publication.as_deref(), Some("Dusk Reels"));
        assert_eq!(r.published_date, dates::days_from_civil(2023, 10, 27));
        assert_eq!(r.url.as_deref(), Some("https://x.example/p"));
    }

    #[test]
    fn runtime_from_a_fact_box() {
        assert_eq!(
            labelled_runtime("Director: Ana Ruiz\nRunning time: 96 minutes\n"),
            Some(96)
        );
        assert_eq!(
            labelled_runtime("It runs 96 minutes and feels longer.\n"),
            None
        );
    }

    #[test]
    fn entities_and_dates() {
        assert_eq!(
            decode_entities("caf&eacute; &Eacute;mile &#233;&#xE9; &amp;c"),
            "café Émile éé &c"
        );
        assert_eq!(decode_entities("AT&T & co; &#0;"), "AT&T & co; &#0;");
        assert_eq!(
            date_of("2024-03-05T09:30:00+01:00"),
            dates::days_from_civil(2024, 3, 5)
        );
    }

    proptest::proptest! {
        /// No markup, however broken, panics the reader.
        #[test]
        fn never_panics(page in "(<[a-zA-Z/!]{0,9}( [a-z]{1,5}=(\"[^\"]{0,8}\"?|'|[a-z/]{0,4}))?/?>?|&[a-zA-Z#x0-9]{0,7};?|[^<&]{0,12}|é|’|</(script|nav|article)>|<script type=application/ld\\+json>[{}\\[\\],:\"a-z0-9 ]{0,30}){0,40}") {
            let p = read_page(&page);
            // The text is tidy: lines trimmed, never two blank lines in a row.
            for t in std::iter::once(&p.text).chain(p.article.as_ref()) {
                proptest::prop_assert!(!t.contains("\n\n\n") && t.lines().all(|l| l == l.trim()));
            }
            let _ = parse(&page);
            let _ = parse(&format!("<!doctype html>{page}"));
        }
    }

    #[test]
    fn recognizes_pages() {
        assert!(is_html_page("\u{feff}  <!doctype html><html>"));
        assert!(is_html_page("<div>\n<meta charset=utf-8>"));
        assert!(!is_html_page("<i>Salt Acre</i> is a film about salt."));
        assert!(!is_html_page("Salt Acre <html> tags in prose"));
    }
}
