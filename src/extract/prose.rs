//! Family 4: plain prose (essay, newsletter, syndicated column) with no metadata block. The
//! author may appear only in a standfirst sentence or a byline; the film is found from the
//! standfirst, `Title (YEAR)` mentions and emphasis, whichever the text repeats.

use super::lines;
use crate::analyze::boilerplate::Body;
use crate::analyze::{names, title};
use crate::model::{RawReview, SourceFormat};

/// Parses plain prose.
pub(super) fn parse(text: &str) -> RawReview {
    let all = lines(text);
    let mut review = RawReview::new(SourceFormat::Prose);
    let mut body = Body::with_capacity(text.len());
    let content: Vec<usize> = (0..all.len())
        .filter(|&i| !all[i].trimmed().is_empty())
        .collect();
    let first = content.first().copied();
    let last = content.last().copied();
    for (n, l) in all.iter().enumerate() {
        let t = l.trimmed();
        let edge = Some(n) == first || Some(n) == last || content.iter().take(3).any(|&c| c == n);
        if edge && review.author.is_none() {
            let sign = t
                .strip_prefix(['—', '–'])
                .or_else(|| t.strip_prefix("--"))
                .map(str::trim);
            if let Some(name) = names::byline(t).or(sign.filter(|s| names::is_person_name(s))) {
                review.author = Some(name.to_owned());
                review.cite("author", l.span_of(name));
                review.keep("byline", t.to_owned());
                continue;
            }
        }
        body.push(l.text, None);
    }
    body.finish(&mut review);

    let standfirst = first_sentence(after_section_labels(&review.body)).to_owned();
    let mut after_author = None;
    if review.author.is_none()
        && let Some((name, end)) = names::standfirst_author(&standfirst)
    {
        if let Some(i) = text.find(name) {
            review.cite("author", i..i + name.len());
        }
        review.author = Some(name.to_owned());
        after_author = Some(standfirst[end..].to_owned());
    }
    if let Some(film) = find_film(
        &review.body,
        &standfirst,
        after_author.as_deref(),
        review.author.as_deref(),
    ) {
        if let Some(i) = memchr::memmem::find(text.as_bytes(), film.as_bytes()) {
            review.cite("film_title", i..i + film.len());
        }
        review.film_title = Some(film);
    }
    review
}

fn first_sentence(body: &str) -> &str {
    // A standfirst is one line: never run a sentence across a line break.
    let para = body.split('\n').next().unwrap_or(body);
    let mut end = para.len();
    for (i, c) in para.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = para[i + 1..].chars().next();
            if next.is_none_or(char::is_whitespace) && !abbreviation(&para[..i]) {
                end = i;
                break;
            }
        }
    }
    &para[..end]
}

fn abbreviation(before: &str) -> bool {
    let w = before.rsplit(' ').next().unwrap_or("");
    w.len() <= 2 && w.chars().next().is_some_and(char::is_uppercase)
        || ["Mr", "Mrs", "Ms", "Dr", "St", "vs"].contains(&w)
}

/// The film this text reviews: candidates from the standfirst (the title right after the
/// writer's "on"/"revisits", or closing the sentence), `Title (YEAR)` mentions, emphasized or
/// quoted titles, and titles after "about"/"review of"; scored by how often the text repeats
/// them plus how strong their source is.
fn find_film(
    body: &str,
    standfirst: &str,
    after_author: Option<&str>,
    author: Option<&str>,
) -> Option<String> {
    let mut candidates: Vec<(String, u32)> = Vec::new();
    let mut add = |t: &str, bonus: u32| {
        let t = title::clean_title(t);
        if t.chars().count() >= 2
            && t.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && !names::is_calendar_word(&t)
            && !COMMON_WORDS.contains(&t.as_str())
            && !author.is_some_and(|a| t.contains(a))
            // `Home   Movies   Series   My List`: a site's menu, its items spaced apart.
            && t.matches("  ").count() < 2
            // `Adapted from Gwendolyn Mabbutt's much-loved novel`: a title never ends on a
            // possessive.
            && !t.ends_with("'s")
            && !t.ends_with("’s")
            && !section_label(&t)
            && !is_event(&t)
            && !numbered_label(&t)
            && !clock_time(&t)
        {
            candidates.push((t, bonus));
        }
    };
    if let Some(rest) = after_author {
        add(
            title::leading_title(rest.trim_start_matches(|c: char| c.is_lowercase() || c == ' ')),
            3,
        );
        add(title::leading_title(rest), 3);
    }
    // The title closing the standfirst, never reaching back into the writer's name.
    let scope = after_author.unwrap_or(standfirst);
    let scope_head = &scope[..scope.find(" (").unwrap_or(scope.len())];
    let tail = title::trailing_title(scope_head);
    // `LAYAR TANCAP`, `THE AOTEAROA SCREEN DIGEST`: a first line in capitals alone is a
    // masthead as often as a title; the layout rules and the mentions decide those.
    let masthead =
        after_author.is_none() && tail == scope.trim() && !tail.contains(char::is_lowercase);
    // `THE SATURDAY REEL — issue 212`: a newsletter's issue number is no title.
    let issue = !tail.is_empty() && tail.bytes().all(|c| c.is_ascii_digit()) && {
        let before = scope_head
            .trim_end()
            .strip_suffix(tail)
            .unwrap_or("")
            .trim_end()
            .to_ascii_lowercase();
        before.ends_with('#')
            || before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| ["issue", "no.", "no", "vol.", "number", "edition"].contains(&w))
    };
    if (!names::is_person_name(tail) || after_author.is_some()) && !masthead && !issue {
        add(tail, 3);
    }
    for (t, _, _) in title::titled_year_mentions(body).into_iter().take(3) {
        add(&t, 3);
    }
    for t in layout_titles(body) {
        add(t, 6);
    }
    for t in headline_titles(body) {
        add(t, 4);
    }
    let head = &body[..body.floor_char_boundary(2500)];
    for (open, close) in [
        ("<i>", "</i>"),
        ("<em>", "</em>"),
        ("*", "*"),
        ("_", "_"),
        ("“", "”"),
        ("\"", "\""),
    ] {
        let mut from = 0;
        for _ in 0..4 {
            let Some(s) = find_at(head, open, from).map(|i| i + open.len()) else {
                break;
            };
            let Some(e) = find_at(head, close, s) else {
                break;
            };
            from = e + close.len();
            let t = &head[s..e];
            let words = t.split_whitespace().count();
            // `"Let your light so shine"`, `"Abide with me"`: a quoted phrase mostly in
            // lowercase is a motto, a hymn or a line of dialogue more often than a title.
            let lowercase = t
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .count();
            if (1..=8).contains(&words) {
                add(t, if 2 * lowercase > words { 1 } else { 2 });
            }
        }
    }
    // `Anak Angin (Child of the Wind)`: a title with its English title in parentheses (an
    // article first, or `of`/`the` inside: never a person's name).
    for open in memchr::memmem::find_iter(head.as_bytes(), " (").take(12) {
        let inner = &head[open + 2..];
        let Some(close) = inner.find(')') else {
            continue;
        };
        // `Bab al-Bahr ("The Sea Gate")`: the English title may be quoted.
        let inner = inner[..close].trim_matches(['"', '“', '”', '\'', '‘', '’']);
        let words: Vec<&str> = inner.split_whitespace().collect();
        let titled = (2..=8).contains(&words.len())
            && words[0].starts_with(char::is_uppercase)
            && (["The", "A", "An"].contains(&words[0])
                || words[1..].iter().any(|w| ["of", "the"].contains(w)));
        if titled {
            add(title::trailing_title(&head[..open]), 2);
        }
    }
    // Weak cues, then cues that say the film is the one seen or reviewed.
    for (cue, bonus) in [
        ("about ", 1),
        ("review of ", 1),
        ("watching ", 1),
        ("called ", 1),
        ("titled ", 1),
        ("went to see ", 2),
        ("I review ", 2),
        ("we review ", 2),
    ] {
        for i in memchr::memmem::find_iter(head.as_bytes(), cue).take(3) {
            add(title::leading_title(&head[i + cue.len()..]), bonus);
        }
    }
    // The subject opening a paragraph ("Cathedral Weather runs 2 hours…"): frequency decides.
    let mut para_starts = vec![0];
    para_starts.extend(
        memchr::memmem::find_iter(body.as_bytes(), "\n\n")
            .take(2)
            .map(|i| i + 2),
    );
    for para in para_starts.into_iter().map(|s| &body[s..]) {
        let t = title::leading_title(para);
        // `Kwesi Appiah-Danquah plays Jory`: a paragraph opening on an actor is no title.
        let rest = title::after_in(para, t);
        // `Lakshmi Narayanan is terrific as Kamala`: one word between the copula and `as`.
        let praised_as = || {
            let mut w = rest.split(' ').skip(1);
            matches!(w.next(), Some("is" | "was")) && w.next().is_some() && w.next() == Some("as")
        };
        // `Monsoon Accounts stars Aditya Venkataraman`: a title stars a name; an actor stars
        // as, in or opposite someone.
        let stars_as = rest
            .strip_prefix(" stars ")
            .is_some_and(|r| !r.starts_with(char::is_uppercase));
        let actor = names::is_person_name(t)
            && ([
                " plays ",
                " is cast ",
                " takes the ",
                " gives ",
                " shines as ",
            ]
            .iter()
            .any(|v| rest.starts_with(v))
                || stars_as
                || praised_as());
        // `As Bernadette Lowry wrote`, `Adapted from …`, `Based on …`: a clause, not a title.
        let mut words = t.split_whitespace();
        let clause = words.next().is_some_and(|w| {
            [
                "As", "When", "If", "But", "And", "So", "We", "You", "He", "She", "They", "It",
            ]
            .contains(&w)
                || [
                    "Adapted", "Based", "Inspired", "Directed", "Written", "Shot", "Filmed",
                ]
                .contains(&w)
                    && words
                        .next()
                        .is_some_and(|n| n.starts_with(char::is_lowercase))
        });
        // `Eleven-year-old Kayode is packed off`: a person, by age.
        let aged = t.contains("-year-old");
        if t.split_whitespace().count() >= 2 && !actor && !clause && !aged {
            add(t, 0);
        }
        // `Adapted from Gwendolyn Mabbutt's novel, The Allotment Wars arrives …`: the subject
        // after the opening clause.
        if clause {
            let sentence = &para[..para.find(['.', '\n']).unwrap_or(para.len())];
            if let Some(c) = sentence.find(", ") {
                let t = title::leading_title(&sentence[c + 2..]);
                if t.split_whitespace().count() >= 2 {
                    add(t, 0);
                }
            }
        }
    }
    // `Her last, Harmattan Tenancy, reaches cinemas this week`: the film set off after a
    // person's latest work.
    for cue in [
        "last, ",
        "latest, ",
        "new film, ",
        "final film, ",
        "new feature, ",
    ] {
        for i in memchr::memmem::find_iter(head.as_bytes(), cue).take(2) {
            let before = head[..i].trim_end().rsplit(' ').next().unwrap_or("");
            if ["Her", "His", "Their", "her", "his", "their"].contains(&before) {
                let t = title::leading_title(&head[i + cue.len()..]);
                if t.split_whitespace().count() >= 2 && title::after_in(head, t).starts_with(',') {
                    add(t, 4);
                }
            }
        }
    }
    // `the big local animation, The Tin Roof Choir.`: a title set off after its genre; `the
    // film, The Joint Choir, deserved`: after the word for a film.
    for genre in [
        "film, ",
        "movie, ",
        "animation, ",
        "cartoon, ",
        "comedy, ",
        "documentary, ",
        "drama, ",
        "thriller, ",
        "musical, ",
        "feature, ",
    ] {
        for i in memchr::memmem::find_iter(head.as_bytes(), genre).take(2) {
            let t = title::leading_title(&head[i + genre.len()..]);
            let after = title::after_in(head, t);
            if t.split_whitespace().count() >= 2
                && (after.starts_with(['.', ',', '?', '!']) || after.is_empty())
            {
                add(t, 4);
            }
        }
    }
    // `the grey of Low Water, a drama about …`: a title set off before its genre.
    for genre in [
        ", a drama",
        ", a comedy",
        ", a thriller",
        ", a documentary",
        ", a film",
    ] {
        for i in memchr::memmem::find_iter(head.as_bytes(), genre).take(2) {
            // `, a drama about`, `, a comedy set in`: the genre itself, not `a drama teacher`.
            let after = &head[i + genre.len()..];
            if [" about", " set ", " that ", " in which", ",", "."]
                .iter()
                .any(|x| after.starts_with(x))
            {
                add(title::trailing_title(&head[..i]), 2);
            }
        }
    }
    // `The Signal Box at Jimbolia is a Romanian-Serbian drama set in 1968`, `The Lifeguard of
    // Széchenyi is a small Hungarian comedy-drama`: the subject said to be a film, up to four
    // describing words between (a masthead or a label above is no match for it).
    for cue in [" is a ", " is an "] {
        for i in memchr::memmem::find_iter(head.as_bytes(), cue).take(6) {
            let genre = head[i + cue.len()..]
                .split_whitespace()
                .take(5)
                .map(|w| w.trim_end_matches([',', '.', ';', ':']).to_lowercase())
                .any(|w| {
                    w.rsplit('-').next().is_some_and(|last| {
                        [
                            "film",
                            "drama",
                            "comedy",
                            "thriller",
                            "documentary",
                            "western",
                            "melodrama",
                            "romance",
                            "musical",
                            "satire",
                            "animation",
                            "feature",
                        ]
                        .contains(&last)
                    })
                });
            // The subject opens its sentence (never `Top Floor, No Lift is`, `which screened
            // at Campus Cinema Week, is`).
            let t = title::trailing_title(&head[..i]);
            let before = head[..i]
                .trim_end()
                .strip_suffix(t)
                .unwrap_or("x")
                .trim_end_matches(' ');
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
            if genre && opens && t.split_whitespace().count() >= 2 && !t.ends_with(',') {
                add(t, 7);
            }
        }
    }
    let hits: Vec<usize> = candidates
        .iter()
        .map(|(t, _)| count_word(body, t))
        .collect();
    // On a tie the earlier candidate wins: the standfirst before the body, the first paragraph's
    // subject before a later one's (a later paragraph often opens on an actor's name).
    candidates
        .iter()
        .zip(&hits)
        .enumerate()
        .map(|(k, ((t, bonus), &h))| {
            // Mentions inside a longer candidate (`Parade` in `A Parade in Vellmouth`) are its.
            let inside: usize = candidates
                .iter()
                .zip(&hits)
                .filter(|((o, _), _)| o.len() > t.len() && o.contains(t.as_str()))
                .map(|(_, &oh)| oh)
                .max()
                .unwrap_or(0);
            let own = h.saturating_sub(inside);
            (
                u32::try_from(own.min(50)).unwrap_or(50) + bonus,
                k,
                t.clone(),
            )
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, t)| recase(body, title_inside_headline(body, t)))
}

/// A title set in capitals (`THE GLASS APIARY`, `LAST SCREENING: THE SALT PANS`) as the prose
/// writes it (`The Glass Apiary`), the label before a colon dropped when only the part after it
/// recurs; unchanged when the prose never writes it in lowercase letters too.
fn recase(body: &str, title: String) -> String {
    if title.contains(char::is_lowercase) || title.chars().filter(|c| c.is_alphabetic()).count() < 4
    {
        return title;
    }
    let lower = body.to_ascii_lowercase();
    // The most frequent form with a capital first and lowercase letters after, on word
    // boundaries (`the salt pans`, the place, is not the title).
    let form = |needle: &str| -> Option<&str> {
        let lowered = needle.to_ascii_lowercase();
        let mut forms: Vec<(&str, usize)> = Vec::new();
        for at in memchr::memmem::find_iter(lower.as_bytes(), lowered.as_bytes()) {
            let end = at + lowered.len();
            let bounded = !body[..at].ends_with(char::is_alphanumeric)
                && !body[end..].starts_with(char::is_alphanumeric);
            let written = &body[at..end];
            if bounded
                && written.starts_with(char::is_uppercase)
                && written.contains(char::is_lowercase)
            {
                match forms.iter_mut().find(|(g, _)| *g == written) {
                    Some((_, count)) => *count += 1,
                    None => forms.push((written, 1)),
                }
            }
        }
        forms
            .into_iter()
            .max_by_key(|(_, count)| *count)
            .map(|(g, _)| g)
    };
    if let Some(written) = form(&title) {
        return written.to_owned();
    }
    if let Some((_, part)) = title.rsplit_once(": ")
        && let Some(written) = form(part.trim())
    {
        return written.to_owned();
    }
    title
}

/// Words after which a headline may name its film: `7 Things I Loved About Barsaat Ka
/// Hisaab`, `Reckoning in The Weight of Lagos Rain`.
const HEADLINE_LINKS: [&str; 8] = ["about", "in", "of", "on", "from", "with", "for", "to"];

/// The film a headline-like title names after a linking word, when the body mentions that
/// part on its own more often than the whole (at least twice): `Reckoning in The Weight of
/// Lagos Rain` → `The Weight of Lagos Rain`. The part must start with a capital and hold two
/// words or more (`The Clockmaker of Görlitz` never gives `Görlitz`, a place).
fn title_inside_headline(body: &str, t: String) -> String {
    let whole = count_word(body, &t);
    let mut link_start = 0;
    for (k, _) in t.match_indices(' ') {
        let link = &t[link_start..k];
        let part = &t[k + 1..];
        link_start = k + 1;
        if HEADLINE_LINKS.iter().any(|l| link.eq_ignore_ascii_case(l))
            && part.chars().next().is_some_and(char::is_uppercase)
            && part.contains(' ')
        {
            let own = count_word(body, part).saturating_sub(whole);
            if own >= 2 && own > whole {
                return part.to_owned();
            }
        }
    }
    t
}

/// Titles set out by the page's layout in its first lines, which outweigh how often a
/// character's name recurs: a short line over a line of year and running time (`QOLLQA` over
/// `Peru, 2024 · 96 min`, a listings or festival entry); a quoted title before `: Review`
/// (`'Beit al-Zaytoun': Review`); a heading whose subtitle says it is a review (`Ferry at
/// Dunaföldvár — a review, of sorts`); a line of only `Title (YEAR)`.
pub(super) fn layout_titles(body: &str) -> Vec<&str> {
    let mut lines = super::first_lines(body, 15);
    lines.retain(|l| !label_line(l));
    let mut out = Vec::new();
    // Counting stops at nine words: lines of the first screen may be whole paragraphs.
    let few_words = |t: &str| (1..=8).contains(&t.split_whitespace().take(9).count());
    // A line that can be a title: a few words (an original title in parentheses aside), no
    // closing punctuation, no `98% match` tag, never a menu's items spaced apart (`Sign in
    // Start free trial`).
    let titled = |l: &str| {
        few_words(without_original_title(l))
            && !l.ends_with(['.', ':', ',', ';'])
            && !l.contains('%')
            && !l.contains("  ")
            && !l.starts_with(|c: char| c.is_ascii_digit())
    };
    for (k, l) in lines.iter().enumerate() {
        // `The Night Bakery of Mangwon` over a `98% match` tag over the particulars.
        if let Some(next) = lines.get(k + 1)
            && credits_line(next)
            && let Some(l) = Some(*l)
                .filter(|l| titled(l))
                .or_else(|| k.checked_sub(1).map(|p| lines[p]).filter(|l| titled(l)))
        {
            out.push(without_original_title(l));
        }
        // `The Cartographer of Lwów [Kartografka ze Lwowa]. Directed by …`: a journal's
        // citation of the film under review.
        if k < 8
            && let Some(i) = [". Directed by ", ". Dir. "]
                .iter()
                .filter_map(|p| l.find(p))
                .min()
            && i < 160
        {
            let head = l[..i].trim();
            let head = match head.strip_suffix(']').and_then(|h| h.rfind(" [")) {
                Some(o) => head[..o].trim(),
                None => without_original_title(head),
            };
            if few_words(head) && head.starts_with(char::is_uppercase) {
                out.push(head);
            }
        }
        // The other rules read headlines and short lines: a line as long as a paragraph is
        // prose, and is not scanned again for each of them.
        if l.len() > PARAGRAPH_LEN {
            continue;
        }
        // `THE DRY CREEK VERDICT (M) ★★★½`, `Low Water ★★★★`: a title before its
        // classification or its stars.
        if k < 8
            && let Some(t) = title_before_grade(l)
            && few_words(t)
            && t.starts_with(char::is_uppercase)
        {
            // `Half-Term Film Club: The Kite Festival (U)`: a column's name of two words or
            // more before a colon (never `Mission: Impossible`).
            let t = match t.split_once(": ") {
                Some((kicker, rest)) if kicker.split_whitespace().nth(1).is_some() => rest,
                _ => t,
            };
            out.push(t);
        }
        // `THE SALT ROAD` over `(Yechew Menged)`: a title over its original title.
        if k < 8
            && titled(l)
            && !l.ends_with(')')
            && let Some(next) = lines.get(k + 1)
            && next.starts_with('(')
            && next.ends_with(')')
            && few_words(next)
            && next[1..].starts_with(char::is_uppercase)
        {
            out.push(l);
        }
        // `Dusun Durian (2022)` alone on a line, near the top (lower down such lines list
        // other films).
        if k < 8
            && l.ends_with(')')
            && let Some(i) = l.rfind(" (")
            && let (t, Some(_)) = title::split_title_year(l)
            && few_words(&t)
        {
            let t = l[..i].trim();
            // `Revisited: The Salt Summer (1974)`: a kicker before the title.
            let t = without_kicker(t);
            out.push(t);
        }
        let has_review = memchr::memchr2_iter(b'r', b'R', l.as_bytes()).any(|i| {
            l.as_bytes()
                .get(i..i + 6)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"review"))
        });
        // ASCII lowercasing keeps every byte offset (`ẞ` and `İ` change length in full
        // lowercasing), so the offsets found in `lower` cut `l` on char boundaries.
        let lower = if has_review {
            l.to_ascii_lowercase()
        } else {
            String::new()
        };
        if let Some(cut) = [": review", " review:", ": film review"]
            .iter()
            .filter_map(|p| lower.find(p))
            .min()
        {
            let head = l[..cut].trim();
            let inner = head
                .strip_prefix(['\'', '‘', '"', '“'])
                .and_then(|h| h.strip_suffix(['\'', '’', '"', '”']));
            if let Some(t) = inner.filter(|t| few_words(t)) {
                out.push(t);
            }
        }
        // `Karatau 2 review: the steppe noir returns`, `The Pumping Station review – water,
        // rising`: a headline's unquoted title before `review` and a colon or a dash.
        if k < 5
            && has_review
            && let Some(cut) = [" review:", " review – ", " review — ", " review - ", " review |"]
                .iter()
                .filter_map(|p| lower.find(p))
                .min()
            // `Vellai Kaagam (White Crow) Movie Review | Worth the hype?`: a video's title.
            && let head = without_original_title(
                l[..cut]
                    .trim()
                    .trim_end_matches(" Movie")
                    .trim_end_matches(" Film")
                    .trim_end_matches(" movie")
                    .trim_end_matches(" film"),
            )
            && head.starts_with(|c: char| c.is_uppercase())
            && few_words(head)
            && !head.contains(": ")
        {
            out.push(head);
        }
        // `'Thesis Season' is the funniest film about …`, `Dispatch: 'The Pigeon Keepers of
        // Darband' is the quiet triumph`, `7 Reasons "A Ilha dos Cajueiros" Is …`: a headline's
        // quoted title.
        if k < 3
            && let Some(t) = quoted_in_headline(l)
            && few_words(t)
        {
            out.push(t);
        }
        // `I Laughed, I Bought a Second Ticket: THE LAST NEIGHBOUR Is My Film of the Summer`: a
        // title in capitals inside a headline that is not.
        if k < 3
            && let Some(t) = capitals_in_headline(l)
        {
            out.push(t);
        }
        // `Review: 'The Accountant of Ranipur' finds poetry in a ledger`: the quoted title
        // after a review kicker.
        if k < 3
            && let Some(rest) = ["Review: ", "REVIEW: ", "Film review: "]
                .iter()
                .find_map(|p| l.strip_prefix(p))
            && let Some(open) = rest
                .chars()
                .next()
                .filter(|c| ['\'', '‘', '"', '“'].contains(c))
        {
            let rest = &rest[open.len_utf8()..];
            if let Some(end) = rest.find(['\'', '’', '"', '”'])
                && few_words(&rest[..end])
            {
                out.push(&rest[..end]);
            }
        }
        if k < 3 {
            for dash in [" — ", " – ", " - ", ": "] {
                // `a review, of sorts`, `review`, `Reviewed`, `my review, mild spoilers`; never
                // a masthead's `REVIEWS FROM THE CRYPT`.
                if let Some((head, tail)) = l.split_once(dash)
                    && [
                        "a review",
                        "my review",
                        "review",
                        "Review",
                        "reviewed",
                        "Reviewed",
                    ]
                    .iter()
                    .any(|r| {
                        tail.strip_prefix(r)
                            .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
                    })
                    && few_words(head)
                {
                    out.push(without_kicker_and_year(head.trim()));
                }
            }
        }
    }
    out
}

/// A title without one of the [`KICKERS`] and its colon before it: `Revisited: The Salt
/// Summer` → `The Salt Summer`.
fn without_kicker(head: &str) -> &str {
    match head.split_once(": ") {
        Some((kicker, rest)) if KICKERS.contains(&kicker.to_lowercase().as_str()) => rest,
        _ => head,
    }
}

/// A headline's title without a kicker before it or a year after it: `Thread: Sandglass
/// (2024)` → `Sandglass`, `Revisited: The Salt Summer` → `The Salt Summer`.
fn without_kicker_and_year(head: &str) -> &str {
    let head = without_kicker(head);
    match head.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) {
        Some((t, year))
            if year.len() == 4 && year.parse::<i32>().is_ok_and(title::plausible_year) =>
        {
            t.trim()
        }
        _ => head,
    }
}

/// A title line without the original title in parentheses that closes it: `The Rice Ledger
/// (Sổ Lúa)` → `The Rice Ledger`.
fn without_original_title(l: &str) -> &str {
    match l.strip_suffix(')').and_then(|h| h.rfind(" (")) {
        Some(i) => &l[..i],
        None => l,
    }
}

/// Words that head a line before a title and a colon (lowercase).
const KICKERS: [&str; 12] = [
    "classic",
    "new release",
    "now streaming",
    "re",
    "reissue",
    "restored",
    "retrospective",
    "review",
    "reviewed",
    "revisited",
    "rewind",
    "thread",
];

/// True for a line of a film's particulars: a plausible year and a running time (`Peru, 2024 ·
/// 96 min · Quechua`, `Vietnam/France, 2023. 112 min. Cert 12A.`).
fn credits_line(l: &str) -> bool {
    // `(Dir. Name, India/UK, 2024, 111 mins, 12A) Starring …`: the particulars in parentheses.
    let l = match l
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|e| &r[..e]))
    {
        Some(inner) => inner,
        None => l,
    };
    // At most twenty words, and a year's digits: most lines are ruled out at once.
    if l.split_whitespace().nth(20).is_some() || !l.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let year = l
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && d.parse::<i32>().is_ok_and(title::plausible_year));
    let words: Vec<&str> = l.split_whitespace().collect();
    // `96 min`, `112 mins.`, `1h 47m`.
    let minutes = words
        .windows(2)
        .any(|w| w[0].chars().all(|c| c.is_ascii_digit()) && w[1].starts_with("min"))
        || words.windows(2).any(|w| {
            w[0].strip_suffix('h')
                .is_some_and(|h| h.parse::<u8>().is_ok())
                && w[1]
                    .strip_suffix('m')
                    .is_some_and(|m| m.parse::<u8>().is_ok())
        });
    year && minutes && l.split_whitespace().count() <= 20
}

/// Words a newspaper's or a site's section label is made of (lowercase): `FILM`, `ARTS &
/// ENTERTAINMENT | MOVIES`, `Festivals`. Not `review` (`Low Water | Review` is a title) nor
/// words that are also titles on their own (`Life`, `Music`).
const SECTION_WORDS: [&str; 25] = [
    "and",
    "art",
    "arts",
    "cinema",
    "critics",
    "culture",
    "entertainment",
    "features",
    "festival",
    "festivals",
    "film",
    "films",
    "lifestyle",
    "movie",
    "movies",
    "news",
    "on",
    "opinion",
    "reviews",
    "screen",
    "screens",
    "streaming",
    "television",
    "tv",
    "what's",
];

/// True for a section label set over a page (`FILM`, `ARTS & ENTERTAINMENT | MOVIES`), or a
/// masthead in capitals with its section (`THE QUAD COURIER · ARTS & CULTURE`).
fn section_label(line: &str) -> bool {
    // A label is a few words: a line of prose is ruled out before any word is looked at.
    if line.len() > LABEL_MAX_LEN {
        return false;
    }
    let segments: Vec<&str> = line
        .split(['|', '·', '•', '›', '»', '>', '/'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let of_section_words = |seg: &str| {
        let mut words = seg
            .split(|c: char| c.is_whitespace() || c == '&' || c == ',' || c == '+')
            .filter(|w| !w.is_empty())
            .peekable();
        words.peek().is_some()
            && words.all(|w| SECTION_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
    };
    let Some(last) = segments.last() else {
        return false;
    };
    // The segments before the section's own: section words too, or a masthead in capitals.
    of_section_words(last)
        && segments[..segments.len() - 1]
            .iter()
            .all(|s| of_section_words(s) || !s.contains(char::is_lowercase))
}

/// The text from its first line that is no section label (at most three lines skipped).
fn after_section_labels(body: &str) -> &str {
    let mut rest = body;
    for _ in 0..3 {
        let trimmed = rest.trim_start();
        let line = trimmed.split('\n').next().unwrap_or("");
        if line.is_empty() || !label_line(line.trim()) {
            return trimmed;
        }
        rest = &trimmed[line.len()..];
    }
    rest.trim_start()
}

/// The first quoted phrase of a headline that opens in a capital: at the line's start, after
/// a kicker's colon, or (in a line with no full stop) after any space. A single quote opens
/// only after a space and closes only before a non-letter, so apostrophes never do.
fn quoted_in_headline(l: &str) -> Option<&str> {
    // A headline is one line of a few words; a paragraph's quotes are read elsewhere.
    // A line of a masthead's particulars (`Issue 47 · Advent · "Let your light so shine"`)
    // quotes a motto, not a title.
    if l.len() > HEADLINE_MAX_LEN || l.contains(['·', '|', '•']) {
        return None;
    }
    let prose = has_full_stop(l);
    for (p, open) in l.char_indices() {
        let Some(close) = ['\'', '‘', '"', '“']
            .iter()
            .zip(['\'', '’', '"', '”'])
            .find_map(|(o, c)| (*o == open).then_some(c))
        else {
            continue;
        };
        let before = &l[..p];
        let placed = before.is_empty()
            || before.ends_with(": ") && before.split_whitespace().count() <= 2
            || !prose && before.ends_with(' ');
        if !placed {
            continue;
        }
        let rest = &l[p + open.len_utf8()..];
        let Some(end) = rest
            .match_indices(close)
            .map(|(i, _)| i)
            .find(|&i| !rest[i + close.len_utf8()..].starts_with(char::is_alphabetic))
        else {
            continue;
        };
        let inner = &rest[..end];
        if inner.starts_with(char::is_uppercase) && !inner.ends_with(' ') {
            return Some(inner);
        }
    }
    None
}

/// A run of two words or more in capitals inside a headline in mixed case: `… a Second
/// Ticket: THE LAST NEIGHBOUR Is My Film of the Summer` → `THE LAST NEIGHBOUR`.
fn capitals_in_headline(l: &str) -> Option<&str> {
    // A menu's or a breadcrumb's items (`SCREEN LEDGER | News | Reviews`) are no headline.
    if l.len() > HEADLINE_MAX_LEN
        || has_full_stop(l)
        || !l.contains(char::is_lowercase)
        || l.contains(['|', '>', '›', '·'])
    {
        return None;
    }
    let capital = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.contains(char::is_lowercase)
    };
    let words = names::words_at(l);
    let mut k = 0;
    while k < words.len() {
        let run = words[k..].iter().take_while(|(_, w)| capital(w)).count();
        if run >= 2 {
            let (from, _) = words[k];
            let (last_at, last) = words[k + run - 1];
            let t = l[from..last_at + last.len()].trim_matches(|c: char| !c.is_alphanumeric());
            return Some(t);
        }
        k += run.max(1);
    }
    None
}

/// True for a masthead's line in capitals with its section or its date after a dash or a bar
/// (`PORT ELSIN FILM FESTIVAL — DAY FOUR`, `GRAVE MATTERS #41 — REVIEWS FROM THE CRYPT`,
/// `SECOND REEL — Issue 47`); never a title with `— REVIEW` after it.
fn masthead_line(l: &str) -> bool {
    if l.len() > LABEL_MAX_LEN || !l.contains(['—', '–', '|', '·']) {
        return false;
    }
    let segments: Vec<&str> = l
        .split(['—', '–', '|', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    segments.len() >= 2
        && segments
            .iter()
            .all(|s| !s.contains(char::is_lowercase) || numbered_label(s))
        && !segments.iter().any(|s| {
            ["review", "a review", "reviewed", "film review"]
                .contains(&s.to_ascii_lowercase().as_str())
        })
}

/// The shortest line (bytes) taken for a paragraph, never a headline or a layout line.
const PARAGRAPH_LEN: usize = 300;

/// The longest line (bytes) read as a headline.
const HEADLINE_MAX_LEN: usize = 200;

/// The longest line (bytes) that can be a section label or a masthead's line.
const LABEL_MAX_LEN: usize = 100;

/// A label line over a page: a section label or a masthead's line.
pub(super) fn label_line(l: &str) -> bool {
    section_label(l) || masthead_line(l)
}

/// True for a festival's or an awards' edition, never a film: `Harbourside Film Festival
/// 2024`, `Cannes 2025`, `Berlinale 2024`, `the Riverside Film Festival`.
fn is_event(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let event_word = |w: &&str| {
        [
            "Festival",
            "Fest",
            "Filmfest",
            "Berlinale",
            "Biennale",
            "Awards",
            "Oscars",
            "Cannes",
            "Sundance",
            "TIFF",
            "Venice",
            "Tribeca",
        ]
        .contains(w)
    };
    let year_last = words
        .last()
        .is_some_and(|w| w.len() == 4 && w.parse::<i32>().is_ok_and(title::plausible_year));
    words.iter().any(event_word) && (year_last || words.ends_with(&["Film", "Festival"]))
}

/// Nouns for a film's kind (lowercase) that a deck may call it by.
const GENRE_NOUNS: [&str; 16] = [
    "animation",
    "biopic",
    "comedy",
    "documentary",
    "drama",
    "fable",
    "feature",
    "film",
    "horror",
    "melodrama",
    "movie",
    "musical",
    "romance",
    "satire",
    "thriller",
    "western",
];

/// The title of a line that closes on the film's classification or its stars: `THE DRY CREEK
/// VERDICT (M) ★★★½` → `THE DRY CREEK VERDICT`, `Low Water ★★★★` → `Low Water`, `Salt Acre
/// (12A)` → `Salt Acre`.
fn title_before_grade(l: &str) -> Option<&str> {
    if l.len() > HEADLINE_MAX_LEN {
        return None;
    }
    // `The Eel Weir (M) — in cinemas now`: the grade before a dash and a note.
    let l = match l.split_once(" — ").or_else(|| l.split_once(" – ")) {
        Some((head, _)) if head.ends_with(')') => head,
        _ => l,
    };
    let star = |c: char| matches!(c, '★' | '☆' | '✩' | '✭' | '✮' | '✯' | '⭐' | '½');
    let unstarred = l.trim_end_matches(|c: char| star(c) || c == ' ');
    let starred = l[unstarred.len()..].contains(|c: char| star(c) && c != '½');
    let (head, classified) = match unstarred
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once(" ("))
    {
        Some((head, class)) if CLASSIFICATIONS.contains(&class) => (head, true),
        _ => (unstarred, false),
    };
    let head = head.trim();
    (starred || classified)
        .then_some(head)
        .filter(|h| !h.is_empty() && !h.contains(star))
}

/// Film classifications printed after a title (Australia, Britain, the United States,
/// Ireland, New Zealand, India).
const CLASSIFICATIONS: [&str; 27] = [
    "G", "PG", "M", "MA15+", "MA 15+", "R", "R18+", "R13", "R16", "R18", "RP13", "RP16", "U", "12",
    "12A", "15", "16", "18", "PG-13", "NC-17", "NR", "TV-MA", "TV-14", "TV-PG", "UA", "A", "15A",
];

/// Headlines that name their film: a line in title case over a deck (`The Brass Knuckle Job`
/// over `Marcus Ovett's shaggy heist picture has more nicknames than plot`), or a title before
/// a deck on its own line (`Two Coffees, No Sugar: a tiny film with a very big heart`, `The
/// Keeper's Daughter, again`). Section labels are skipped; a name, a byline or a festival is no
/// headline.
fn headline_titles(body: &str) -> Vec<&str> {
    let mut lines = super::first_lines(body, 8);
    lines.retain(|l| !label_line(l));
    let mut out = Vec::new();
    for (k, l) in lines.iter().take(4).enumerate() {
        // A headline is one clause: a line with a full stop inside or at its end is prose,
        // one with a separator a masthead or a menu.
        if l.len() > HEADLINE_MAX_LEN || has_full_stop(l) || l.contains(['|', '·', '•', '›']) {
            continue;
        }
        if let Some(head) = head_before_deck(l) {
            out.push(head);
            continue;
        }
        // `The Night Bakery is a Neukölln comedy that knows what time it is`: a deck whose
        // subject is the film.
        let subject = title::leading_title(l);
        let after = title::after_in(l, subject);
        if subject.split_whitespace().count() >= 2
            && let Some(rest) = after
                .strip_prefix(" is a ")
                .or_else(|| after.strip_prefix(" is an "))
            && rest
                .split_whitespace()
                .take(5)
                .any(|w| GENRE_NOUNS.contains(&w.trim_end_matches([',', '.'])))
            && !names::is_person_name(subject)
        {
            out.push(subject);
            continue;
        }
        // `Between the tailings: La Veta`: a kicker in sentence case, then the title.
        if let Some((kicker, t)) = l.split_once(": ")
            && kicker.split_whitespace().nth(1).is_some()
            && !title_cased(kicker)
            && title_cased(t)
            && t.starts_with(char::is_uppercase)
            && (1..=8).contains(&t.split_whitespace().count())
        {
            out.push(t.trim());
            continue;
        }
        let t = without_original_title(l);
        if title_cased(t)
            && t.contains(char::is_lowercase)
            && !t.ends_with([':', ',', ';'])
            && (2..=8).contains(&t.split_whitespace().count())
            && !names::is_person_name(t)
            && !numbered_label(t)
            && lines.get(k + 1).is_some_and(|next| deck(next))
        {
            out.push(t);
        }
    }
    out.retain(|t| !is_event(t) && names::byline(t).is_none());
    out
}

/// True when `l` has a full stop, `!` or `?` closing a sentence (followed by a space or the
/// line's end).
fn has_full_stop(l: &str) -> bool {
    l.match_indices(['.', '!', '?'])
        .any(|(i, _)| l[i + 1..].chars().next().is_none_or(char::is_whitespace))
}

/// True for a time of day: `11.05am`, `9:30 pm`, `20:15`.
fn clock_time(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    let digits = lower.trim_end_matches(['a', 'p', 'm', '.', ' ']);
    let (h, m) = digits.split_once(['.', ':']).unwrap_or((digits, ""));
    !h.is_empty()
        && h.len() <= 2
        && h.bytes().all(|c| c.is_ascii_digit())
        && m.len() == 2
        && m.bytes().all(|c| c.is_ascii_digit())
}

/// True for a newsletter's issue or a series' episode label: `Issue 112`, `No. 47`, `Episode 9`.
fn numbered_label(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let label = words.next().unwrap_or("").to_ascii_lowercase();
    [
        "issue", "no.", "no", "vol.", "volume", "episode", "ep.", "edition", "number", "#",
    ]
    .contains(&label.as_str())
        && words.next().is_some_and(|n| {
            let n = n.trim_start_matches('#').trim_end_matches([',', '.', ':']);
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
        })
        // `Vol. 14, No. 2`: a volume or an issue may go on; `No. 7 Cherry Lane` is a title.
        && (words.next().is_none() || ["vol.", "volume", "issue"].contains(&label.as_str()))
}

/// The title before a deck that opens in lowercase after `: ` or `, `: `Two Coffees, No
/// Sugar: a tiny film` → `Two Coffees, No Sugar`.
fn head_before_deck(l: &str) -> Option<&str> {
    let cut = [": ", ", "]
        .iter()
        .flat_map(|sep| l.match_indices(sep))
        .map(|(i, sep)| (i, sep.len()))
        .filter(|&(i, n)| l[i + n..].starts_with(char::is_lowercase))
        .min()?;
    // `Almond Blossom, Bitter Fruit: on Ondřej Skála's Hořké mandle`: an essay's own title
    // before the film it is on.
    if l[cut.0 + cut.1..].starts_with("on ") {
        return None;
    }
    let cut = cut.0;
    let head = l[..cut].trim();
    (title_cased(head)
        && !head.contains(['(', '—', '–'])
        && (2..=8).contains(&head.split_whitespace().count())
        && !head.contains(": ")
        && !names::is_person_name(head))
    .then_some(head)
}

/// True when every word of `t` but a short connector starts with a capital or a digit, the
/// first one too: `The Keeper's Daughter`, `Two Coffees, No Sugar`.
pub(super) fn title_cased(t: &str) -> bool {
    let mut words = t.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && words.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphabetic())
                || w.chars().filter(|c| c.is_alphabetic()).count() <= 3
        })
}

/// True for a deck: a line of one clause (6 to 35 words, three or more in lowercase, no full
/// stop) that is no byline.
fn deck(l: &str) -> bool {
    let n = l.split_whitespace().take(36).count();
    (6..=35).contains(&n)
        && !has_full_stop(l)
        && l.split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count()
            >= 3
        && names::byline(l).is_none()
}

/// Capitalized words that open sentences and are never a title on their own.
const COMMON_WORDS: [&str; 37] = [
    "The", "A", "An", "It", "It's", "This", "That", "In", "On", "But", "And", "So", "We", "You",
    "He", "She", "They", "His", "Her", "There", "What", "When", "If", "As", "At", "For", "My",
    "Our", "Its", "Yes", "Film", "Films", "Movie", "Movies", "Cinema", "Review", "Reviews",
];

/// The first `needle` in `hay` at or after byte `from`.
fn find_at(hay: &str, needle: &str, from: usize) -> Option<usize> {
    memchr::memmem::find(&hay.as_bytes()[from..], needle.as_bytes()).map(|i| from + i)
}

/// Occurrences of `word` in `text` not inside a longer word.
fn count_word(text: &str, word: &str) -> usize {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .filter(|&i| {
            let before = text[..i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_its_english_title_in_parentheses() {
        let body = "LAYAR TANCAP\nA letter about cinema · No. 61\n\nHello again.\n\nThis issue is \
                    about one film: Anak Angin (Child of the Wind), which opened here. Sari flies \
                    kites in Anak Angin. I loved Anak Angin.";
        assert_eq!(
            find_film(body, "LAYAR TANCAP", None, None).as_deref(),
            Some("Anak Angin")
        );
        // A character and her actor in parentheses give no title.
        let body = "Mara (Ana de Armas) waits. Mara (Ana de Armas) sings.\n\nThe Long Night ends.";
        assert_eq!(
            find_film(body, "Mara waits.", None, None).as_deref(),
            Some("The Long Night")
        );
    }

    #[test]
    fn a_title_set_off_after_the_word_film_beats_another_film_with_its_year() {
        let body = "FILM CORNER\nby Deaconess Bisi Olawale\n\nOur film night drew forty of us, \
                    and the film, The Joint Choir, deserved every chair. Mr Adeyemi was the king \
                    in Crown of Gold (2009), opposite Kunle Bamidele-Shaw.";
        assert_eq!(
            find_film(body, "FILM CORNER", None, None).as_deref(),
            Some("The Joint Choir")
        );
    }

    #[test]
    fn an_opening_clause_is_no_title() {
        let body = "Adapted from Gwendolyn Mabbutt's much-loved children's novel, The Allotment \
                    Wars arrives with a whiff of Sunday teatime.\n\nEleven-year-old Kayode is \
                    sent to his Gran. The Allotment Wars is sharp.";
        assert_eq!(
            find_film(body, body, None, None).as_deref(),
            Some("The Allotment Wars")
        );
    }

    #[test]
    fn a_headline_names_its_film_after_a_linking_word() {
        let body =
            "Barsaat Ka Hisaab is long. I saw Barsaat Ka Hisaab twice; Barsaat Ka Hisaab stays.";
        assert_eq!(
            title_inside_headline(body, "7 Things I Loved About Barsaat Ka Hisaab".into()),
            "Barsaat Ka Hisaab"
        );
        // A place after `of` is one word: the title stays whole.
        let body = "The Clockmaker of Görlitz opens in Görlitz, and Görlitz is grey.";
        assert_eq!(
            title_inside_headline(body, "The Clockmaker of Görlitz".into()),
            "The Clockmaker of Görlitz"
        );
        // Mentioned as often whole as in part: whole.
        let body = "Murder on The Orient Express. Murder on The Orient Express again.";
        assert_eq!(
            title_inside_headline(body, "Murder on The Orient Express".into()),
            "Murder on The Orient Express"
        );
    }

    #[test]
    fn standfirst_names_author_and_film() {
        let text = "Maya Lindqvist revisits the quiet thriller at the heart of Salt Acre. Salt Acre (2014) is a drama about grief.\n\nIt is patient. Salt Acre never hurries.\n";
        let r = parse(text);
        assert_eq!(r.author.as_deref(), Some("Maya Lindqvist"));
        assert_eq!(r.film_title.as_deref(), Some("Salt Acre"));
    }

    #[test]
    fn byline_and_titled_mention() {
        let text = "By Osei Brannigan\n\nThere is a moment in The Glass Ferry (2003) where nothing happens. It echoes Dry Season (1999). The Glass Ferry is better.\n";
        let r = parse(text);
        assert_eq!(r.author.as_deref(), Some("Osei Brannigan"));
        assert_eq!(r.film_title.as_deref(), Some("The Glass Ferry"));
        assert!(!r.body.contains("By Osei"));
    }

    #[test]
    fn titles_set_out_by_the_layout() {
        let text = "FESTIVAL ANDINO DE CINE · PUNO 2024\nCompetencia Andina\n\nQOLLQA\nPeru, 2024 · 96 min · Quechua\n\nA storehouse. Yolanda keeps it. Yolanda waits. Yolanda sings. Yolanda sleeps.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("QOLLQA"));
        let text = "Skip to main content\n\n'Beit al-Zaytoun': Review\nA family drama.\n\nMona waits. Mona cooks. Mona shouts. Mona leaves. Beit al-Zaytoun ends.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Beit al-Zaytoun"));
        let text = "Ferry at Dunaföldvár — a review, of sorts\n\nGo and see it. He is called Lénárd, and Lénárd sulks. Lénárd sings. Lénárd leaves. Lénárd returns.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("Ferry at Dunaföldvár")
        );
        // A kicker before the title; never a masthead's `REVIEWS FROM THE CRYPT`.
        let text = "Revisited: The Salt Summer (1974)\n\nAnna waits. Anna swims. Anna leaves. Anna returns. The Salt Summer ends.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Salt Summer"));
        let text = "GRAVE MATTERS #41 — REVIEWS FROM THE CRYPT\n\nCAPEL BODDI (2023)\n\nNon dives. Non waits. Capel Boddi is wet.\n";
        // (In the prose form the body writes it.)
        assert_eq!(parse(text).film_title.as_deref(), Some("Capel Boddi"));
        // A site menu is no title; `1h 47m` is a running time; a `Title (YEAR)` line below
        // the top lines lists another film; a `98% match` tag is skipped.
        let text = "Home   Movies   Series   My List\n\nEastside Sundays\n2021 · PG-13 · 1h 47m · Drama\n\nThe Ybarra family washes cars.\n\nAbuelo waits.\n\nAbuelo sings.\n\nThe lot is sold.\n\nThe summer ends.\n\nThe cars shine.\n\nMore like this\nMarguerite Hale (2018)\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Eastside Sundays"));
        let text = "Recommended for you\nThe Night Bakery of Mangwon\n98% match\n2023 · 12 · 1h 52m · Drama\n\nDa-eun bakes. Da-eun sleeps. Da-eun sings.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Night Bakery of Mangwon")
        );
        // A title line with its original title over the particulars, a menu line above it;
        // a title in capitals over its original title in parentheses.
        let text = "StreamHaus  |  Home  >  Films\nSign in   Start free trial\n\nThe Last Ferry on the Tisza (Az utolsó komp)\n2023 · 1h 58m · 12 · Drama\n\nSándor rows. Sándor waits.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Last Ferry on the Tisza")
        );
        let text = "ADDIS FRAMES INTERNATIONAL FILM FESTIVAL 2024\nProgramme notes — Competition\n\nTHE SALT ROAD\n(Yechew Menged)\n\nAsli cuts salt. Asli sells salt. The road is long.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("THE SALT ROAD"));
        // A quoted title after a `Review:` kicker, a headline going on after it.
        let text = "Review: 'The Accountant of Ranipur' finds poetry in a ledger\n\nSavitri keeps the books. Savitri counts. Savitri waits. Based on a novel, it is slow.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Accountant of Ranipur")
        );
        // An unquoted title before `review:` in a headline.
        let text = "Karatau 2 review: the steppe noir returns, bigger\n\nRating: ★★★☆☆\n\nThe \
                    newcomers are mixed. Tolik lies. Tolik smokes. Tolik runs. Karatau came first.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Karatau 2"));
        // Letters whose lowercase is longer (`ẞ`, `İ`) before `review:` cut no char in two.
        let _ = parse("ẞä review: a thing\n\nIt is long.\n");
        let text = "KİMİ review: a thing\n\nKİMİ runs. KİMİ waits. KİMİ ends.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("KİMİ"));
    }

    #[test]
    fn section_labels_and_issue_numbers_are_no_titles() {
        let label = "THE LONG VIEW | Film";
        let found = find_film(&format!("{label}\n\nIt is slow."), label, None, None);
        assert_ne!(found.as_deref(), Some("Film"));
        let issue = "THE SATURDAY REEL — issue 212";
        let found = find_film(&format!("{issue}\n\nHi all."), issue, None, None);
        assert_ne!(found.as_deref(), Some("212"));
    }

    #[test]
    fn section_labels_are_skipped_before_the_headline() {
        let text = "FILM\nThe Gannet Run\nJuno Akers's scrappy coastal caper has more dogs than sense, and that works\n\nIt opens on a pier. Later it echoes Dry Season (1999) a little.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Gannet Run"));
        let text = "ARTS & ENTERTAINMENT | MOVIES\n\nA small-town trial finds its nerve\n\nTHE LONG PADDOCK (MA15+) ★★★½\n\nThe town is hot and everyone is cross.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("THE LONG PADDOCK"));
        assert!(section_label("THE HILLTOP HERALD · ARTS & CULTURE"));
        assert!(section_label("THE LONG VIEW | Film"));
        assert!(!section_label("Low Water | Review"));
        assert!(!section_label("The Screen Door"));
    }

    #[test]
    fn headlines_with_a_deck_name_their_film() {
        let text = "THE WEEKLY LANTERN · ARTS & CULTURE\n\nThree Buses, No Timetable: a very small film about waiting\n\n★★★★\n\nIt is set in a depot.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("Three Buses, No Timetable")
        );
        let text = "Reel Notes\n\nThe Ferryman's Son, again\n\nOla Brandt on a remake that knows what it is about\n\nI saw the first one at nine.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Ferryman's Son")
        );
        // An essay's own title before `on` the film, a festival, an issue number: none is it.
        assert_eq!(
            head_before_deck("Salt and Iron: on Ida Berg's Kystbyen"),
            None
        );
        assert!(is_event("Harbourside Film Festival 2024"));
        assert!(is_event("Cannes 2025"));
        assert!(!is_event("Festival Express"));
        assert!(numbered_label("Issue 47"));
        assert!(!numbered_label("Issue Forty"));
        let text = "FESTIVALS\n\nRiverside Film Festival 2025: the best thing all week was about bowls\n\nBy the third day my notes were a mess.\n";
        assert_eq!(parse(text).film_title, None);
    }

    #[test]
    fn mastheads_kickers_and_titles_inside_headlines() {
        let text = "KESTREL FILM WEEK — DAY TWO\n\nDispatch: 'The Lamplighters of Vire' is the best thing here\n\nBy the second day the room is tired.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Lamplighters of Vire")
        );
        let text = "FIELD NOTES QUARTERLY — ESSAYS\n\nUnder the slag heaps: El Filón\n\nThe first shot of El Filón is a hand. El Filón runs long.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("El Filón"));
        let text = "I Cried, I Clapped: THE TOP FLAT Is My Film of the Year\n\nOK. Sit down. The Top Flat is a horror film about a landlord.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Top Flat"));
        assert!(masthead_line("GRAVE MATTERS #41 — REVIEWS FROM THE CRYPT"));
        assert!(masthead_line("SECOND REEL — Issue 47"));
        assert!(!masthead_line("LOW WATER — REVIEW"));
        assert_eq!(capitals_in_headline("SCREEN LEDGER | News | Reviews"), None);
        assert!(clock_time("11.05am") && clock_time("20:15") && !clock_time("1917"));
        assert_eq!(
            quoted_in_headline("5 Reasons \"Ilha Verde\" Is the Film You Need"),
            Some("Ilha Verde")
        );
        assert_eq!(quoted_in_headline("It's Lou's film, isn't it"), None);
    }

    #[test]
    fn threads_listings_videos_cues_and_genres_name_the_film() {
        let text = "ReelTalk Forums › Reviews › New Releases\nThread: Dunehold (2024) - my review, mild spoilers\nPage 1 of 3\n\nok so I saw Dunehold. It echoes Salt Wind (2019) and Salt Wind (2019) again.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Dunehold"));
        let text = "CITYWEEK LISTINGS · FILM\n\n★★★★\nLOW TIDE AT VARKALA\n(Dir. Mina Joseph, India, 2024, 104 mins, 12A, Malayalam with subtitles) Starring A. B. Rao, Lena Mathew and four more.\n\nA lifeguard waits.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("LOW TIDE AT VARKALA")
        );
        let text = "Skip navigation\nSearch\nSign in\nKaruppu Nila (Black Moon) Movie Review | Worth it? | CineTalk\n12K views\n\nIn today's video I review Karuppu Nila, a thriller. Inspector Durai (2019) was better.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Karuppu Nila"));
        let text = "THE MUSTARD SEED\nIssue 47 · Advent · \"Let your light so shine\"\n\nWe went to see The Lamp on the Hill, which tells a story. \"Abide with me\" was sung.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Lamp on the Hill")
        );
        let text = "STUDIO FM — ARTS HOUR\n\nKHOZA: You took your niece to see the big local animation, The Paper Kite Choir. Lerato sings. Lerato dances. Lerato wins. The Paper Kite Choir is great.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Paper Kite Choir")
        );
    }

    #[test]
    fn citations_decks_latest_works_and_grades_before_a_note() {
        let text = "Journal of Northern Screen Studies\nVol. 14, No. 2 (Autumn 2023)\n\nThe Mapmaker of Lwów [Kartografka]. Directed by Ewa Nowak. Poland, 2023. 121 min.\n\nIt is long. Sosna (2019) was shorter.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Mapmaker of Lwów")
        );
        let text = "THE SPREE COURIER\n\nFlour, fury and the early shift\nThe Dawn Bakery is a Neukölln comedy that knows what time it is\n\nIt echoes Umzug (2019). The Dawn Bakery is fun. The Dawn Bakery is kind.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Dawn Bakery"));
        let text = "APPRECIATION\n\nAuntie Efua, on screen and off\n\nShe made her name in Kente Weather (1988). Her last, Dry Season Tenancy, reaches cinemas this week.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("Dry Season Tenancy")
        );
        let text = "WEEKEND WATCH\n\nTHE BIG ONE\nThe Eel Trap (M) — in cinemas now\n\nIt is wet. Paddock Road (2019) was drier.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Eel Trap"));
        let text = "Half-Term Film Club: The Kite Race (U) — would they sit still?\n\nRafi flies a kite. Rafi wins. Rafi cries.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("The Kite Race"));
    }

    #[test]
    fn a_headline_opening_on_its_quoted_title() {
        let text = "THE BELLTOWER | ARTS & CULTURE\n\n'Exam Week' is the funniest film about deadlines you will see\n\nIt follows four students through one week. Exam Week is short.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Exam Week"));
    }

    #[test]
    fn paragraphs_opening_on_an_actor_or_a_clause_are_no_title() {
        let text = "Anyone who knows a fishing village will recognise the grey of Low Water, a drama about a lifeboat crew.\n\nKwesi Appiah-Danquah plays Jory, the coxswain. Appiah-Danquah is superb.\n\nAs Bernadette Lowry wrote in 1998, the sea is the best actor. Kwesi Appiah-Danquah again.\n";
        let r = parse(text);
        assert_eq!(r.film_title.as_deref(), Some("Low Water"));
        // A title stars a name; an actor is praised as a part.
        let text = "Monsoon Accounts stars Aditya Venkataraman as Prakash, an inspector sent to audit a cinema.\n\nLakshmi Narayanan is terrific as Kamala, the owner. Narayanan, as usual, is magnificent.\n";
        assert_eq!(parse(text).film_title.as_deref(), Some("Monsoon Accounts"));
        // A subject said to be a film beats a masthead; never a title after a comma.
        let text = "BRANCH LINE QUARTERLY\nOn Screen: a night at the pictures\n\nReaders will have little to write about. The Signal Box at Jimbolia is a Romanian-Serbian drama set in 1968.\n\nIoana Marginean plays the signalwoman.\n";
        assert_eq!(
            parse(text).film_title.as_deref(),
            Some("The Signal Box at Jimbolia")
        );
        let text = "HOUSING WEEKLY\n\nOur critic went along. Top Floor, No Lift is a comedy about the housing crisis.\n";
        assert_ne!(parse(text).film_title.as_deref(), Some("No Lift"));
    }

    #[test]
    fn a_title_in_capitals_takes_the_prose_form() {
        let body = "THE GLASS APIARY\n\nThe Glass Apiary is a quiet film about bees, and The \
                    Glass Apiary rewards patience.";
        assert_eq!(recase(body, "THE GLASS APIARY".into()), "The Glass Apiary");
        // A label before a colon goes when only the part after it recurs; the place in
        // lowercase is no form of the title.
        let body = "LAST SCREENING: THE SALT PANS (Malta, 2022)\n\nThe Salt Pans follows a \
                    family; the salt pans at dawn are pink.";
        assert_eq!(
            recase(body, "LAST SCREENING: THE SALT PANS".into()),
            "The Salt Pans"
        );
        // Never written otherwise: unchanged; mixed case already: unchanged.
        assert_eq!(
            recase("NOONWRAITH\n\nIt is scary.", "NOONWRAITH".into()),
            "NOONWRAITH"
        );
        assert_eq!(
            recase("the Eel Weir", "The Eel Weir".into()),
            "The Eel Weir"
        );
    }
}
