//! Words, punctuation and sentences of a body, with byte offsets, for the people finder.
//!
//! One pass over the bytes makes the tokens (ASCII fast path, `char` decoding only for other
//! bytes); a second pass over the tokens marks where sentences end. A possessive `'s` is not a
//! token of its own: the word carries `poss` and its span stops before the apostrophe, so a
//! name's span never includes it.

use super::lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner `'`, `’` or `-`.
    Word,
    /// Any other visible character.
    Punct(char),
}

/// One token of a text.
#[derive(Debug, Clone, Copy)]
#[allow(clippy::struct_excessive_bools)] // one flag each, read in the hot loops
pub struct Tok {
    /// Start byte offset.
    pub start: u32,
    /// End byte offset (exclusive; before a possessive `'s`).
    pub end: u32,
    /// Word or punctuation.
    pub kind: Kind,
    /// The word starts with an uppercase letter.
    pub cap: bool,
    /// The word was followed by a possessive `'s` / `’s` (not part of the span).
    pub poss: bool,
    /// A line break comes between the previous token and this one.
    pub nl: bool,
    /// The word may set off a pattern ([`lexicon::maybe_trigger`]; a bitmap test).
    pub trig: bool,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start as usize..self.end as usize]
    }

    /// True for a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// True for the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// A text cut into tokens and sentences.
#[derive(Debug)]
pub struct Tokens<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens in order.
    pub toks: Vec<Tok>,
    /// Sentences as token index ranges, in order, covering every token.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Each token's [`lexicon::class`] bits, looked up on first use ([`UNSET`] before).
    classes: Vec<std::cell::Cell<u32>>,
}

/// A class not looked up yet.
const UNSET: u32 = u32::MAX;

/// The offset as `u32`; texts are far below 4 GiB (the size limit keeps them there).
fn off(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl<'a> Tokens<'a> {
    /// Tokenizes `text` and splits it into sentences. Texts over 4 GiB are cut there.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self::new_in(text, std::slice::from_ref(&(0..text.len())))
    }

    /// Tokenizes only the byte ranges `ranges` of `text` (in order, not overlapping, on char
    /// boundaries): a sentence never spans two ranges. Offsets stay offsets into `text`.
    #[must_use]
    pub fn new_in(text: &'a str, ranges: &[std::ops::Range<usize>]) -> Self {
        let total: usize = ranges.iter().map(std::ops::Range::len).sum();
        let mut toks = Vec::with_capacity(total / 4 + 4);
        for r in ranges {
            let to = r.end.min(text.len()).min(u32::MAX as usize - 1);
            if r.start >= to || !text.is_char_boundary(r.start) || !text.is_char_boundary(to) {
                continue;
            }
            let first = toks.len();
            tokenize(text, r.start, to, &mut toks);
            if let Some(t) = toks.get_mut(first) {
                t.nl = true; // a range starts a sentence
            }
        }
        let sentences = sentences(text, &toks);
        let classes = vec![std::cell::Cell::new(UNSET); toks.len()];
        Self {
            text,
            toks,
            sentences,
            classes,
        }
    }

    /// Text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// Text from the start of token `a` to the end of token `b` (inclusive).
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.toks[a].start as usize..self.toks[b].end as usize]
    }

    /// Byte range from the start of token `a` to the end of token `b`.
    pub fn span(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.toks[a].start as usize..self.toks[b].end as usize
    }

    /// True when token `i` is a word in any of the lists of `class` ([`lexicon::class`] bits).
    pub fn has(&self, i: usize, class: u32) -> bool {
        self.class(i) & class != 0
    }

    /// The [`lexicon::class`] bits of token `i` (0 for punctuation and out of range).
    pub fn class(&self, i: usize) -> u32 {
        let Some(cell) = self.classes.get(i) else {
            return 0;
        };
        let c = cell.get();
        if c != UNSET {
            return c;
        }
        let t = self.toks[i];
        let c = if t.is_word() {
            lexicon::classify(t.text(self.text))
        } else {
            0
        };
        cell.set(c);
        c
    }

    /// True when token `i` may be a word that sets off a cast or crew pattern (a crew noun,
    /// a verb of acting or quoting, a music noun): a cheap test that rules most words out
    /// without a lookup, then the lookup.
    pub fn is_trigger(&self, i: usize) -> bool {
        self.toks[i].trig && self.has(i, lexicon::class::TRIGGER)
    }

    /// True when token `i` is the word `w` (ASCII case-insensitive).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case(w))
    }

    /// True when token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(c))
    }

    /// The sentence holding token `i` (index into `sentences`).
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= i)
    }

    /// The text of sentence `k`.
    pub fn sentence_text(&self, k: usize) -> &'a str {
        let r = &self.sentences[k];
        if r.is_empty() {
            return "";
        }
        self.span_text(r.start, r.end - 1)
    }
}

/// ASCII letters and digits (a table: the hot loops test every byte).
static ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut c: u8 = 0;
    while c < 128 {
        t[c as usize] = c.is_ascii_alphanumeric();
        c += 1;
    }
    t
};

fn is_alnum(c: u8) -> bool {
    c < 0x80 && ALNUM[usize::from(c)]
}

fn tokenize(s: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let b = &s.as_bytes()[..to];
    let mut i = from;
    let mut nl = false;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if ALNUM[usize::from(c)] {
                i = word(s, i, to, nl, out);
                nl = false;
            } else {
                if c == b'\n' {
                    nl = true;
                } else if c > b' ' && c != 0x7f && c != b'*' {
                    // `*` is Markdown emphasis (`**Vask** plays`): not a token.
                    out.push(Tok {
                        start: off(i),
                        end: off(i + 1),
                        kind: Kind::Punct(char::from(c)),
                        cap: false,
                        poss: false,
                        nl,
                        trig: false,
                    });
                    nl = false;
                }
                i += 1;
            }
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        if ch.is_alphanumeric() {
            i = word(s, i, to, nl, out);
            nl = false;
            continue;
        }
        if ch == '\u{2028}' || ch == '\u{2029}' {
            nl = true;
        } else if !ch.is_whitespace() && !ch.is_control() {
            out.push(Tok {
                start: off(i),
                end: off(i + ch.len_utf8()),
                kind: Kind::Punct(ch),
                cap: false,
                poss: false,
                nl,
                trig: false,
            });
            nl = false;
        }
        i += ch.len_utf8();
    }
}

/// Scans the word at `start` and pushes it; returns the offset after it.
fn word(s: &str, start: usize, to: usize, nl: bool, out: &mut Vec<Tok>) -> usize {
    let s = &s[..to];
    let b = s.as_bytes();
    let mut i = start;
    loop {
        while i < b.len() && is_alnum(b[i]) {
            i += 1;
        }
        let Some(&c) = b.get(i) else { break };
        if c < 0x80 {
            if matches!(c, b'\'' | b'-') && next_is_alnum(s, i + 1) {
                i += 1;
                continue;
            }
            break;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        if is_word_char(ch) || matches!(ch, '’' | '‐') && next_is_alnum(s, i + ch.len_utf8()) {
            i += ch.len_utf8();
        } else {
            break;
        }
    }
    // A possessive `'s`, `'S` or `’s` ends the word (a word of its own is kept whole).
    let w = &b[start..i];
    let (end, poss) = match w {
        [.., b'\'', b's' | b'S'] if w.len() > 2 => (i - 2, true),
        [.., 0xE2, 0x80, 0x99, b's'] if w.len() > 4 => (i - 4, true),
        _ => (i, false),
    };
    let cap = if b[start] < 0x80 {
        b[start].is_ascii_uppercase() || glued_article(&b[start..end])
    } else {
        s[start..].chars().next().is_some_and(char::is_uppercase)
    };
    out.push(Tok {
        start: off(start),
        end: off(end),
        kind: Kind::Word,
        cap,
        poss,
        nl,
        trig: lexicon::maybe_trigger(&s[start..end]),
    });
    i
}

/// `al-Khatib`, `el-Amin`, `ash-Shami` (an Arabic article), `d'Olzinelles`, `l’Ortolà` (an
/// elided `de` or `la`): an article glued to a capitalized name, which counts as a capitalized
/// word.
pub(crate) fn glued_article(w: &[u8]) -> bool {
    // `d'` / `l'`, or with a typographic apostrophe `d’` (three bytes).
    let elided = match w {
        [b'd' | b'l', b'\'', c, ..] | [b'd' | b'l', 0xE2, 0x80, 0x99, c, ..] => Some(*c),
        _ => None,
    };
    if let Some(c) = elided {
        return c.is_ascii_uppercase() || c >= 0xc3;
    }
    let dash = match (w.get(2), w.get(3)) {
        (Some(b'-'), _) => 2,
        (_, Some(b'-')) => 3,
        _ => return false,
    };
    let after = w.get(dash + 1).copied().unwrap_or(0);
    (after.is_ascii_uppercase() || after >= 0xc3)
        && matches!(
            &w[..dash],
            b"al" | b"el" | b"ad" | b"ed" | b"ud" | b"ul" | b"ash" | b"az" | b"ar" | b"at" | b"an"
        )
}

fn next_is_alnum(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(is_word_char)
}

/// True for a letter or digit, or a combining mark that belongs to the letter before it
/// (`Ọláoyè` written with U+0323 and U+0300, as Yoruba and decomposed Vietnamese text is):
/// a word never breaks at a mark.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Combining marks: the combining diacritical marks (U+0300-036F), their extended block and
/// supplement, the marks for symbols, the half marks and the Cyrillic combining marks
/// (U+0483-0489): the marks Latin, Greek and Cyrillic names are written with.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Sentence ranges: a `.`, `!` or `?` outside parentheses ends one when a capitalized word, a
/// quote or a line break follows, unless the word before is an initial or an abbreviation;
/// so does a closing parenthesis right after one of them, before a capitalized word; a line
/// break always ends one.
fn sentences(s: &str, toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0u32;
    for (i, t) in toks.iter().enumerate() {
        if t.nl && i > start {
            out.push(start..i);
            start = i;
            depth = 0;
        }
        match t.kind {
            Kind::Punct('(' | '[') => depth += 1,
            Kind::Punct(')' | ']') => {
                depth = depth.saturating_sub(1);
                // `(International sales: Tidewater Sales.) Producers: …`: a sentence in
                // parentheses, closed, ends there when a capital follows.
                if depth == 0
                    && i >= 1
                    && matches!(toks[i - 1].kind, Kind::Punct('.' | '!' | '?'))
                    && toks.get(i + 1).is_some_and(|n| n.cap && !n.nl)
                {
                    out.push(start..i + 1);
                    start = i + 1;
                }
            }
            // `Editor .......... Name`: dot leaders (three dots or more) end no sentence.
            Kind::Punct('.')
                if i >= 2 && toks[i - 1].is('.') && toks[i - 2].is('.') && depth == 0 => {}
            Kind::Punct('.' | '!' | '?' | '…') if depth == 0 => {
                // Closing quotes and brackets belong to the sentence they close.
                let mut j = i + 1;
                while toks.get(j).is_some_and(|n| {
                    n.start == toks[j - 1].end
                        && matches!(n.kind, Kind::Punct('"' | '”' | '’' | '\'' | ')'))
                }) {
                    j += 1;
                }
                let next = toks.get(j);
                let opens = next.is_none_or(|n| {
                    n.nl || n.cap
                        || matches!(n.kind, Kind::Punct('"' | '“' | '‘' | '(' | '*' | '_'))
                });
                let initial_or_abbrev =
                    t.is('.') && i > 0 && toks[i - 1].is_word() && toks[i - 1].end == t.start && {
                        let w = toks[i - 1].text(s);
                        // A longer word is no abbreviation: no lookup.
                        (toks[i - 1].cap && w.chars().nth(1).is_none())
                            || w.len() <= lexicon::ABBREVIATION_MAX_LEN
                                && lexicon::classify(w) & lexicon::class::ABBREVIATION != 0
                    };
                if opens && !initial_or_abbrev {
                    out.push(start..j);
                    start = j;
                }
            }
            _ => {}
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    // Sentences cut at a closing quote may leave an empty range: drop those.
    out.retain(|r| !r.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &Tokens) -> Vec<String> {
        (0..t.toks.len())
            .map(|i| {
                let w = t.word(i).to_owned();
                if t.toks[i].poss { w + "+s" } else { w }
            })
            .collect()
    }

    #[test]
    fn words_possessives_and_punctuation() {
        let t = Tokens::new("Okafor’s Dev (Lee J. Park) isn't O'Hara's; ex-wife—fine.");
        assert_eq!(
            words(&t),
            [
                "Okafor+s", "Dev", "(", "Lee", "J", ".", "Park", ")", "isn't", "O'Hara+s", ";",
                "ex-wife", "—", "fine", "."
            ]
        );
        assert!(t.toks[0].cap && !t.toks[12].cap);
    }

    #[test]
    fn sentences_skip_initials_abbreviations_and_parentheses() {
        let t = Tokens::new(
            "Lee J. Park plays Dr. Vance (no. 2. Really). She is good! \"Quite.\" Next\nline two",
        );
        let s: Vec<&str> = (0..t.sentences.len()).map(|k| t.sentence_text(k)).collect();
        assert_eq!(
            s,
            [
                "Lee J. Park plays Dr. Vance (no. 2. Really).",
                "She is good!",
                "\"Quite.\"",
                "Next",
                "line two"
            ]
        );
        assert_eq!(t.sentence_of(0), 0);
        assert_eq!(t.sentence_of(t.toks.len() - 1), 4);
    }

    #[test]
    fn dot_leaders_end_no_sentence() {
        let t = Tokens::new("Editor .......... Kim Sa-rang. Music by Lee.");
        let s: Vec<&str> = (0..t.sentences.len()).map(|k| t.sentence_text(k)).collect();
        assert_eq!(s, ["Editor .......... Kim Sa-rang.", "Music by Lee."]);
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        // `ọ̀` and `ẹ̀` as a letter with a dot below plus U+0300, as Yoruba is typed.
        let t = Tokens::new("Fúnmiláyọ\u{300} Ọláoyè and Re\u{323}\u{300}mí Àjàyí’s part");
        assert_eq!(
            words(&t),
            [
                "Fúnmiláyọ\u{300}",
                "Ọláoyè",
                "and",
                "Re\u{323}\u{300}mí",
                "Àjàyí+s",
                "part"
            ]
        );
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let s = "Zoë Ødegaard’s “Mara” — naïve café.\u{2028}Ünal";
        let t = Tokens::new(s);
        for tok in &t.toks {
            assert!(s.is_char_boundary(tok.start as usize) && s.is_char_boundary(tok.end as usize));
        }
        assert_eq!(t.word(0), "Zoë");
        assert!(t.toks[1].poss && t.word(1) == "Ødegaard");
        assert!(t.toks.last().is_some_and(|x| x.nl && x.cap));
    }
}
