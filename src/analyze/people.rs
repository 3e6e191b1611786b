//! Cast and crew named in a review: who played whom, and who made the film.
//!
//! The finder works on the tokens of the body ([`super::tokens`]). It first collects every
//! person-like name (two to four capitalized words), then the crew (`directed by`, `composer
//! Name`, `Name's cinematography`) and the people who are neither cast nor crew (critics
//! quoted, singers, the review's author). Cast comes from these patterns, each with its code:
//!
//! | pattern | as written |
//! | --- | --- |
//! | `parenthetical` | `Mara (Ana Ruiz)`, `his aunt and uncle (A and B)`, `Mara (a fierce Ana Ruiz)`, `Ana Ruiz (Mara)` |
//! | `plays` | `Ana Ruiz plays Mara`, `she plays the landlord` (pronoun from the sentence before) |
//! | `played_by` | `Dev, played by Tom Okafor`, `Dev is played by Tom Okafor` |
//! | `as` | `Ruiz as Mara`, `Okafor is terrific as Dev` |
//! | `possessive` | `Okafor's Dev`, `Ruiz's brittle, funny Mara` (a known actor or a known character) |
//! | `surname` | a later mention by name alone, `Ruiz` or `Ana Ruiz`, of an actor found by another pattern |
//! | `credit_list`, `caption`, `metadata` | names listed outside the prose ([`Listed`]) |
//!
//! Every mention of an actor carries the character the review gives that actor (from any of
//! its mentions), or none when the review never states one.

// Token indexes are short names by convention here (`i`, `j`, `k`, `p`, `q`: token positions).
#![allow(clippy::many_single_char_names)]

use std::ops::Range;

use super::lexicon::{self as lx, class};
use super::tokens::{Tokens, is_word_char};

/// How a cast mention was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CastPattern {
    /// `Mara (Ana Ruiz)` and its variants.
    Parenthetical,
    /// `Ana Ruiz plays Mara`.
    Plays,
    /// `Dev, played by Tom Okafor`.
    PlayedBy,
    /// `Ruiz as Mara`.
    As,
    /// `Okafor's Dev`.
    Possessive,
    /// A list of actors: a scraped page's bullet cast line, a cast list of bullets under its
    /// own heading, a Markdown table of actors and parts (the only list with parts), or the
    /// prose's own (`starring A, B and C`, `its leads, A and B,`).
    CreditList,
    /// Names in a photo caption.
    Caption,
    /// A later mention by name alone of an actor found by another pattern.
    Surname,
    /// Listed in the source's metadata (front matter `cast:`).
    Metadata,
}

impl CastPattern {
    /// The code written to `cast_mentions.pattern`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Parenthetical => "parenthetical",
            Self::Plays => "plays",
            Self::PlayedBy => "played_by",
            Self::As => "as",
            Self::Possessive => "possessive",
            Self::CreditList => "credit_list",
            Self::Caption => "caption",
            Self::Surname => "surname",
            Self::Metadata => "metadata",
        }
    }

    /// Patterns that state an actor on their own (the rest only repeat a known one).
    fn is_strong(self) -> bool {
        !matches!(self, Self::Surname | Self::Possessive)
    }
}

/// A crew role written to `credits.role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CrewRole {
    /// Director.
    Director,
    /// Screenwriter.
    Writer,
    /// Author of the book the film adapts.
    Novelist,
    /// Cinematographer (director of photography).
    Cinematographer,
    /// Composer of the score.
    Composer,
    /// Film editor.
    Editor,
    /// Producer.
    Producer,
}

impl CrewRole {
    /// The code written to `credits.role`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Director => "director",
            Self::Writer => "writer",
            Self::Novelist => "novelist",
            Self::Cinematographer => "cinematographer",
            Self::Composer => "composer",
            Self::Editor => "editor",
            Self::Producer => "producer",
        }
    }
}

/// One mention of a cast member.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CastMention {
    /// The actor's name, in its fullest form in this review.
    pub actor: String,
    /// The character the review gives the actor, if any.
    pub character: Option<String>,
    /// How the mention was written.
    pub pattern: CastPattern,
    /// Byte range of the actor's name in the body; `None` outside the body.
    pub span: Option<Range<usize>>,
    /// The sentence (or listed line) the mention came from.
    pub sentence: String,
}

/// One mention of a crew member.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CrewMention {
    /// The person's name, in its fullest form in this review.
    pub person: String,
    /// The role.
    pub role: CrewRole,
    /// Byte range of the name in the body; `None` outside the body.
    pub span: Option<Range<usize>>,
    /// The sentence it came from.
    pub sentence: String,
}

/// A cast member listed outside the prose: metadata, a billing line, a caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The actor.
    pub actor: String,
    /// The character, when the listing gives one.
    pub character: Option<String>,
    /// `metadata`, `credit_list` or `caption`.
    pub pattern: CastPattern,
    /// The line as listed.
    pub line: String,
}

/// What the finder knows about the review besides its body.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The film's title: a name equal to it is not a person.
    pub film_title: Option<&'a str>,
    /// The review's author: never cast.
    pub author: Option<&'a str>,
    /// Directors already known (from metadata or a credit line).
    pub directors: &'a [String],
    /// Cast listed outside the body.
    pub listed: &'a [Listed],
}

/// Cast and crew of one review.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct People {
    /// Cast mentions, body mentions in text order, then listed ones.
    pub cast: Vec<CastMention>,
    /// Crew mentions.
    pub crew: Vec<CrewMention>,
    /// Cast listed outside the prose (metadata, a billing line, a caption) whom the review
    /// itself never names: credited, with no mention (actor, character).
    pub credited: Vec<(String, Option<String>)>,
}

/// A name's identity: first and last word, lowercase, initials dropped
/// (`Lee J. Park` = `Lee Park`), as a 64-bit hash ([`name_key`]): keys are only compared, and
/// the finder compares them often.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameKey(u64);

impl NameKey {
    /// The key of a name with no word but initials.
    const EMPTY: Self = Self(0);

    /// True for a name with no word but initials.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self == Self::EMPTY
    }
}

/// FNV-1a over bytes, one step.
fn fnv(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

/// The [`NameKey`] of `name`.
#[must_use]
pub fn name_key(name: &str) -> NameKey {
    let mut first = None;
    let mut last = None;
    for w in name.split_ascii_whitespace().filter(|w| !is_initial(w)) {
        if first.is_none() {
            first = Some(w);
        } else {
            last = Some(w);
        }
    }
    let Some(first) = first else {
        return NameKey::EMPTY;
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, w) in std::iter::once(first).chain(last).enumerate() {
        if k > 0 {
            h = fnv(h, b' ');
        }
        if w.is_ascii() {
            for &c in w.as_bytes() {
                h = fnv(h, c.to_ascii_lowercase());
            }
        } else {
            let mut buf = [0u8; 4];
            for c in w.chars().flat_map(char::to_lowercase) {
                for &byte in c.encode_utf8(&mut buf).as_bytes() {
                    h = fnv(h, byte);
                }
            }
        }
    }
    // 0 stands for a name of initials only.
    NameKey(h.max(1))
}

fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    match b {
        [c] | [c, b'.'] => c.is_ascii_uppercase(),
        _ if b.len() <= 5 => {
            let w = w.strip_suffix('.').unwrap_or(w);
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        }
        _ => false,
    }
}

/// The last word of a name.
fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Lowercase particles inside names: `Rafael de la Torre`, `Ludo van der Berg`, `Tiago Sousa e
/// Silva`, the Faroese `Birita í Garðshorni`, `Eyðun á Ryggi`, `Sámal við Gjónna`.
pub(crate) const PARTICLES: &[&str] = &[
    "ab", "af", "al", "ap", "bin", "bint", "binte", "binti", "da", "dal", "dalla", "das", "de",
    "degli", "dei", "del", "dela", "della", "den", "der", "di", "dos", "du", "e", "el", "i", "ibn",
    "la", "le", "op", "ten", "ter", "ul", "van", "von", "wa", "við", "y", "zu", "á", "í",
];

/// Verbs that take `by` and the crew role they give.
pub(crate) const CREW_BY: &[(&str, CrewRole)] = &[
    ("adapted", CrewRole::Writer),
    ("cinematography", CrewRole::Cinematographer),
    ("co-directed", CrewRole::Director),
    ("co-produced", CrewRole::Producer),
    ("co-written", CrewRole::Writer),
    ("composed", CrewRole::Composer),
    ("cut", CrewRole::Editor),
    ("directed", CrewRole::Director),
    ("edited", CrewRole::Editor),
    ("editing", CrewRole::Editor),
    ("lensed", CrewRole::Cinematographer),
    ("music", CrewRole::Composer),
    ("novel", CrewRole::Novelist),
    ("novella", CrewRole::Novelist),
    ("penned", CrewRole::Writer),
    ("photographed", CrewRole::Cinematographer),
    ("photography", CrewRole::Cinematographer),
    ("produced", CrewRole::Producer),
    // `The scenario, by Name,`: a silent film's script.
    ("scenario", CrewRole::Writer),
    ("score", CrewRole::Composer),
    ("scored", CrewRole::Composer),
    ("screenplay", CrewRole::Writer),
    ("script", CrewRole::Writer),
    ("scripted", CrewRole::Writer),
    ("shot", CrewRole::Cinematographer),
    ("story", CrewRole::Writer),
    ("written", CrewRole::Writer),
];

/// Nouns that name a crew member before the name (`composer Name`, `the director, Name,`).
pub(crate) const CREW_NOUNS: &[(&str, CrewRole)] = &[
    ("author", CrewRole::Novelist),
    // `Ashworth and his cameraman, Arthur Pengelly,`: the older word.
    ("cameraman", CrewRole::Cinematographer),
    ("camerawoman", CrewRole::Cinematographer),
    ("cinematographer", CrewRole::Cinematographer),
    ("co-director", CrewRole::Director),
    ("co-writer", CrewRole::Writer),
    ("composer", CrewRole::Composer),
    ("director", CrewRole::Director),
    ("dop", CrewRole::Cinematographer),
    ("dp", CrewRole::Cinematographer),
    ("editor", CrewRole::Editor),
    ("filmmaker", CrewRole::Director),
    ("helmer", CrewRole::Director),
    ("helmer-scribe", CrewRole::Director),
    ("lenser", CrewRole::Cinematographer),
    ("novelist", CrewRole::Novelist),
    ("producer", CrewRole::Producer),
    ("screenwriter", CrewRole::Writer),
    ("scribe", CrewRole::Writer),
    ("scriptwriter", CrewRole::Writer),
    ("writer", CrewRole::Writer),
    ("writer-director", CrewRole::Director),
];

/// Nouns for a crew member's work after a possessive (`Name's cinematography`).
pub(crate) const CREW_WORKS: &[(&str, CrewRole)] = &[
    ("adaptation", CrewRole::Writer),
    ("book", CrewRole::Novelist),
    ("camerawork", CrewRole::Cinematographer),
    ("cinematography", CrewRole::Cinematographer),
    ("compositions", CrewRole::Composer),
    ("cutting", CrewRole::Editor),
    ("directing", CrewRole::Director),
    ("direction", CrewRole::Director),
    ("editing", CrewRole::Editor),
    ("lens", CrewRole::Cinematographer),
    ("lensing", CrewRole::Cinematographer),
    ("memoir", CrewRole::Novelist),
    ("music", CrewRole::Composer),
    ("novel", CrewRole::Novelist),
    ("novella", CrewRole::Novelist),
    ("photography", CrewRole::Cinematographer),
    // `Donncha Ó Tuama's 1988 play`: the source's author, as a novelist.
    ("play", CrewRole::Novelist),
    ("score", CrewRole::Composer),
    ("screenplay", CrewRole::Writer),
    ("script", CrewRole::Writer),
];

fn lookup(table: &[(&str, CrewRole)], w: &str) -> Option<CrewRole> {
    let mut buf = [0u8; 32];
    let l = lx::lower(w, &mut buf)?;
    table
        .binary_search_by(|(k, _)| k.cmp(&l))
        .ok()
        .map(|i| table[i].1)
}

/// Verbs of acting whose subject is the actor and object the character.
pub(crate) const PLAY_VERBS: &[&str] = &[
    "essays",
    "play",
    "played",
    "playing",
    "plays",
    "portray",
    "portrayed",
    "portraying",
    "portrays",
];

/// Adverbs that may sit between an actor and the verb (`Ruiz quietly plays`).
fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly") && !w.starts_with(char::is_uppercase))
        || one_of(
            &[
                "again", "also", "always", "finally", "here", "never", "now", "often", "once",
                "still", "then",
            ],
            w,
        )
}

/// Who a stretch of tokens names, for a pronoun standing for a crew member.
enum Named {
    /// Nobody.
    Nobody,
    /// One person, credited already as crew.
    One(String),
    /// Someone not credited, or two people.
    Others,
}

/// A run of capitalized tokens `a..=b` (token indexes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    a: usize,
    b: usize,
}

/// A person-like name found in the body.
#[derive(Debug, Clone)]
struct Person {
    key: NameKey,
    name: String,
    run: Run,
    sentence: usize,
}

/// A character phrase: its text and the token range it spans (determiner included).
#[derive(Debug, Clone)]
struct CharItem {
    text: String,
    a: usize,
    b: usize,
    /// The phrase is a person-like full name (ambiguous with an actor).
    personal: bool,
}

/// A cast mention before names are settled.
#[derive(Debug, Clone)]
struct Found {
    /// The mention states the actor on its own (see [`CastPattern::is_strong`]).
    strong: bool,
    actor: String,
    /// [`name_key`] of `actor`.
    key: NameKey,
    character: Option<String>,
    pattern: CastPattern,
    span: Option<Range<usize>>,
    sentence: Option<usize>,
    line: Option<String>,
}

struct Finder<'a, 'c> {
    t: Tokens<'a>,
    ctx: &'c Context<'c>,
    title: String,
    /// Every person-like name of the sentences read, found on first use ([`Self::people`]).
    people: std::cell::OnceCell<Vec<Person>>,
    crew: Vec<(String, CrewRole, Range<usize>, usize)>,
    /// Keys of people who are never cast by a weak pattern: critics, singers, the author, crew.
    others: Vec<NameKey>,
    /// Keys of the crew ([`Self::settle_crew`]).
    crew_keys: Vec<NameKey>,
    /// `Name's camera`: cinematographers unless they direct ([`Self::settle_crew`]).
    camera: Vec<(String, Run)>,
    found: Vec<Found>,
    /// [`Self::person_like`]'s last answer for a run starting at each token (the run's last
    /// token and the answer; `u32::MAX` before any): it only reads the tokens and the title,
    /// and the rules ask about the same runs many times.
    person_like_memo: Vec<std::cell::Cell<(u32, bool)>>,
    /// The body's lines of cast and crew ([`Layout`]).
    layout: Layout,
}

/// What a trigger needs around it to be worth reading its sentence (checked on bytes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Nothing more.
    Any,
    /// A capitalized word (or a determiner) right after: ` as Mara`, ` as the landlord`.
    NameOrDeterminerAfter,
    /// A capitalized word right after: `composer Bruno Kask`, `As Mara,`.
    NameAfter,
    /// A capitalized word right before: `Jo Bloggs wrote`, `Harrow directs`.
    NameBefore,
    /// A capitalized word right after, or a determiner and `called` or `named` soon after:
    /// `gives Tash`, `gives the villain, a herring gull called Captain Skua,`.
    PartAfter,
    /// The word before ends in `-ed` or names a work: `directed by`, `script, by`, `song by`.
    WorkBefore,
    /// A capitalized possessor, then a capitalized word, a role or a crew work within three
    /// words: `Ruiz's Mara`, `Ode's crooked sheriff`, `Odu's grey cinematography`.
    Possessive,
    /// `p` or `P` right before: `plays`, `Played` (not `display`, `delay`).
    PBefore,
    /// A capitalized word right after and an appositive soon after it: `is Comfort, a`.
    Copula,
    /// `gets`, `got`, `receives` or `received` within the 40 bytes before: `gets a lovable
    /// performance from`.
    GetsBefore,
    /// A word for a film (or one ending in `feature`, `film`, `debut`, `music`) right before
    /// and a capitalized word after: `the sprawling western from Name`, `a remake from`, `the
    /// second feature from`.
    FilmNounBefore,
    /// An appositive of praise around a full name ([`praise_comma`]): `, a wonderful Name`.
    PraisedName,
    /// After `cast`: a colon or a comma; a space and what opens a list (`includes`, `also`,
    /// `features`, a dash); `is` or `was` and a participle of [`CAST_LED_BY`] then `by`
    /// (`is led by`, `was topped by`); or `the` (any case) and, before it, a verb of leading
    /// ([`leads_cast`]: `lead the cast`, `round out the cast`, `fill out the cast`) or an
    /// opening participle of [`CAST_LEAD_OPENINGS`] (`Leading the cast`).
    CastWord,
    /// `directs` after a capitalized word (`Harrow directs`) or after an appositive's closing
    /// comma (`Name, making her feature debut, directs`); `directed` after `who` or `who
    /// also` (`Name, who also directed the film`, `(Name, who directed)`); or `directs` /
    /// `directed` before `from` (`directed from his own script`). The `d` before the match
    /// may be a capital (`Directed`).
    DirectVerb,
    /// `who` or `who also` right before: `Name, who also edited the film`.
    WhoBefore,
    /// A capitalized word right after and `and` before another soon after: `are Biniam Wolde
    /// and Nahom Asfaw`.
    NamesAfter,
}

/// Fragments that can start a cast or crew pattern (64 at most: with more, the SIMD searcher
/// refuses them and a slower automaton runs; a test checks): the finder reads only the
/// sentences that
/// hold one whose [`Needs`] hold (and the sentence before, when a pronoun may stand for an
/// actor named there). Searched as written; a leading capital is left out where a pattern may
/// open a sentence (`irector` finds `Director` and `director`).
const TRIGGERS: &[(&str, Needs)] = &[
    ("ortray", Needs::Any),
    ("ssays", Needs::Any),
    ("voiced", Needs::Any),
    ("’s ", Needs::Possessive),
    ("irector", Needs::Any),
    // `Harrow directs`; `Name, who (also) directed the film,` (`irector` is listed first, so
    // it is read where both fit).
    ("irect", Needs::DirectVerb),
    ("riter", Needs::NameAfter),
    ("omposer", Needs::NameAfter),
    ("rapher", Needs::NameAfter),
    ("ditor", Needs::NameAfter),
    ("roducer", Needs::NameAfter),
    ("ovelist", Needs::NameAfter),
    ("ilmmaker", Needs::NameAfter),
    ("said", Needs::NameBefore),
    ("wrote", Needs::NameBefore),
    ("called", Needs::NameBefore),
    ("noted", Needs::NameBefore),
    ("argued", Needs::NameBefore),
    ("observed", Needs::NameBefore),
    ("described", Needs::NameBefore),
    ("writes", Needs::NameBefore),
    ("says", Needs::NameBefore),
    ("singer", Needs::NameAfter),
    ("tarring", Needs::Any),
    // `It stars A, B and C`, `The film starred A`.
    ("stars", Needs::NameAfter),
    ("starred", Needs::NameAfter),
    ("leads", Needs::Any),
    // `Cast:`, `the cast, led by`, `the cast includes`, `the cast also`, `the cast features`,
    // `The supporting cast — A, B and C — gets less to do`, `A and B lead the cast.`, `The cast
    // is led by`: one pattern for all (the searcher takes 64 at most).
    ("cast:", Needs::CastWord),
    ("cast,", Needs::CastWord),
    ("cast ", Needs::CastWord),
    // `a cameo from the comedian Rich Halloran`, `cameos by A and B`.
    ("cameo", Needs::Any),
    // No leading `the `: the searcher's fingerprint is a pattern's first bytes, and `he ` is
    // in every sentence.
    ("role of", Needs::Any),
    ("part of", Needs::NameOrDeterminerAfter),
    ("co-wr", Needs::Any),
    ("gives", Needs::PartAfter),
    ("behind the camera", Needs::Any),
    ("brings", Needs::Any),
    ("— ", Needs::NameAfter),
    // `Name voices him with …`, `Name, in the showiest part, makes him the kind of …`: an
    // object pronoun for the part named before (before `voices`: at one place the searcher
    // reports the pattern listed first).
    ("voices h", Needs::Any),
    ("makes h", Needs::Any),
    ("voices", Needs::NameAfter),
    ("voice to", Needs::Any),
    ("belongs to", Needs::NameOrDeterminerAfter),
    ("adapted", Needs::Any),
    (", directing", Needs::NameBefore),
    // The commonest wordings only: each pattern costs the searcher (`small roles` and the
    // like are read when another trigger selects the sentence).
    ("smaller parts", Needs::Any),
    ("small parts", Needs::Any),
    ("supporting roles", Needs::Any),
    ("minor roles", Needs::Any),
    // `Name shot it`, `Name shot the film`, `Name shot nearly the whole film`.
    ("shot ", Needs::NameBefore),
    // `Tobias Amberley lensed it`, `Noor Haddad cut it`, `Tessa Quayle edited it`, `Lydia
    // Frame produced for …`.
    ("lensed", Needs::NameBefore),
    ("cut it", Needs::NameBefore),
    ("edited it", Needs::NameBefore),
    ("produced for", Needs::NameBefore),
    // A trade review's credits block runs its labels on in one line (`Crew: Dir: A. Scr: A,
    // B. Camera: C. Music: D.`): the labels after the first start sentences of their own.
    ("Scr:", Needs::Any),
    ("Camera:", Needs::Any),
    ("Music:", Needs::Any),
    ("takes on ", Needs::NameOrDeterminerAfter),
    ("took on ", Needs::NameOrDeterminerAfter),
    // `her script, written with the poet Name`: a co-writer.
    ("ritten with", Needs::NameOrDeterminerAfter),
    // `the cinematography of Name` (and `the editing of`, `the score of` in its sentence).
    ("raphy of", Needs::Any),
    // `Oupa Koos is embodied by Name`.
    ("embodied", Needs::Any),
    // `Her mother, a wonderful Lena Marsh, runs the bakery`.
    (", a ", Needs::PraisedName),
    (", an ", Needs::PraisedName),
];

/// Triggers whose first bytes are in most sentences (` is `), and those of three bytes: in the
/// searcher, the first would be hit everywhere and the second would cut its fingerprint to
/// three bytes, which lets through about three times as many false candidates (measured:
/// 0.99 against 0.34 ns a byte). They have a searcher of their own ([`COMMON_SEARCHER`]).
const COMMON_TRIGGERS: &[(&str, Needs)] = &[
    (" is ", Needs::Copula),
    (" as ", Needs::NameOrDeterminerAfter),
    (" by ", Needs::WorkBefore),
    ("'s ", Needs::Possessive),
    ("lay", Needs::PBefore),
    ("As ", Needs::NameAfter),
    ("DP ", Needs::Any),
    (", whose ", Needs::NameAfter),
    ("that's ", Needs::NameAfter),
    ("that’s ", Needs::NameAfter),
    // A pattern more in the searcher dilutes its buckets (measured: +5 % of the finder's
    // instructions for this one); a rare pattern costs less in a pass of its own.
    ("performance from", Needs::GetsBefore),
    // `the sprawling Brazilian western from Name`, `the second feature from Name`, `a film
    // from`, `her debut from`, `music from`.
    (" from ", Needs::FilmNounBefore),
    // `Haruka Ikeda, who also edited the film,`.
    ("edited", Needs::WhoBefore),
    // `Her brothers, Abel and Henok, are Biniam Wolde and Nahom Asfaw`.
    (" are ", Needs::NamesAfter),
    // `A and B lead the cast.` (`cast:`, `cast,` and `cast ` are in the main searcher).
    ("cast.", Needs::CastWord),
    // `Helmer Lee Park`, `DoP Ruth Ode`: a trade paper's words for the director and the
    // cinematographer.
    ("elmer", Needs::NameAfter),
    ("DoP ", Needs::NameAfter),
];

static COMMON_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        COMMON_TRIGGERS
            .iter()
            .map(|t| memchr::memmem::Finder::new(t.0.as_bytes()))
            .collect()
    });

/// [`COMMON_TRIGGERS`] as searched in one pass: a word set off by spaces (` is `) without its
/// last space, checked at each match, so that words in a row (` is as `) are found by the
/// searcher's non-overlapping matches; after a match that ends in a space (`'s `, `that's `),
/// the words set off by spaces are tried on that space too (`it's as Mara`). `None` when the
/// SIMD searcher refuses them: a `memmem` pass per trigger then.
static COMMON_SEARCHER: std::sync::LazyLock<Option<aho_corasick::packed::Searcher>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
            .builder()
            .extend(COMMON_TRIGGERS.iter().map(|t| common_searched(t.0)))
            .build()
    });

/// The bytes the one-pass searcher looks for in place of the trigger `t` ([`COMMON_SEARCHER`]).
fn common_searched(t: &str) -> &str {
    if t.len() > 2 && t.starts_with(' ') && t.ends_with(' ') {
        &t[..t.len() - 1]
    } else {
        t
    }
}

/// Words opening a sentence before `is the` that stand for no person: `It is the kind of
/// film`, `This is the year`, `There is the matter of`.
const NOT_SUBJECTS: &[&str] = &[
    "it",
    "this",
    "that",
    "there",
    "here",
    "what",
    "which",
    "everything",
    "nothing",
    "all",
];

/// Verbs of appearing on screen (`turns up`, `pops up`, `appears`, `cameos`): a part after
/// `as` is the appearer's.
const APPEARING_VERBS: &[&str] = &[
    "turns", "turned", "appears", "appeared", "shows", "showed", "pops", "popped", "cameos",
];

/// Verbs of leading or completing a cast (`A and B lead the cast`, `Name rounds out the
/// cast`); `fill` only with `out` ([`leads_cast`]: `Lee Park fills the cast with
/// non-professionals` is a director's choice).
const CAST_LEAD_VERBS: &[&str] = &[
    "anchor",
    "anchored",
    "anchors",
    "complete",
    "completed",
    "completes",
    "fill",
    "filled",
    "fills",
    "front",
    "fronted",
    "fronts",
    "head",
    "headed",
    "heads",
    "headline",
    "headlined",
    "headlines",
    "lead",
    "leads",
    "led",
    "round",
    "rounded",
    "rounding",
    "rounds",
    "top",
    "topped",
    "tops",
];

/// Prepositions of place before a capitalized word (`In Lagos, …`, `back in Oslo`).
const PLACE_PREPOSITIONS: &[&str] = &["across", "at", "from", "in", "inside", "near", "outside"];

/// The participles that open a sentence leading or completing a cast (`Rounding out the cast
/// are A and B`, `Leading the cast, Name …`).
const CAST_LEAD_OPENINGS: &[&str] = &["completing", "filling", "heading", "leading", "rounding"];

/// The participles of `The cast is led by A and B`.
const CAST_LED_BY: &[&str] = &["anchored", "fronted", "headed", "led", "topped"];

/// True when `verb` (lowercase), `out` following it or not, leads or completes a cast: `fill`
/// only as `fill out`.
fn leads_cast(verb: &str, out: bool) -> bool {
    one_of(CAST_LEAD_VERBS, verb) && (out || !verb.starts_with("fill"))
}

/// True when `after` (the bytes after `cast`) opens `is led by`, `was topped by` and the like.
fn led_by_after(after: &[u8]) -> bool {
    let Some(rest) = [&b" is "[..], b" was "]
        .iter()
        .find_map(|c| after.strip_prefix(*c))
    else {
        return false;
    };
    CAST_LED_BY.iter().any(|v| {
        rest.strip_prefix(v.as_bytes())
            .is_some_and(|r| r.starts_with(b" by "))
    })
}

/// Words praising a performance before an actor's name (`a wonderful Lena Marsh`): an adverb
/// in `-ly` before another word counts too (`a gloriously deadpan Name`).
const PRAISE_WORDS: &[&str] = &[
    "astonishing",
    "brilliant",
    "commanding",
    "compelling",
    "excellent",
    "extraordinary",
    "fine",
    "funny",
    "great",
    "hilarious",
    "luminous",
    "magnetic",
    "magnificent",
    "marvellous",
    "marvelous",
    "moving",
    "never-better",
    "outstanding",
    "phenomenal",
    "radiant",
    "remarkable",
    "riveting",
    "scene-stealing",
    "sensational",
    "splendid",
    "superb",
    "terrific",
    "touching",
    "tremendous",
    "unrecognisable",
    "unrecognizable",
    "wonderful",
];

/// A crew member's work as a noun: `the cinematography (Name)`, `the score of Name` (each a [`CREW_BY`] noun).
const WORK_NOUNS_OF_CREW: &[&str] = &[
    "cinematography",
    "editing",
    "music",
    "photography",
    "score",
    "screenplay",
    "script",
];

/// Surnames that are also function words (Korean `Oh`, `Ha`, `An`, `So`, `Do`, `No`, `Go`,
/// Chinese `Ma`, Luo `Were`): a name's last word only, after a given name.
const FUNCTION_SURNAMES: &[&str] = &["an", "do", "go", "ha", "ma", "no", "oh", "so", "were"];

/// Nouns for a work whose title may follow them (`the sketch show Baan Sanuk`, `the soap
/// Harbour Lane`): the capitalized words after them name no person.
const WORK_NOUNS: &[&str] = &[
    "album",
    "franchise",
    "miniseries",
    "musical",
    "novel",
    "play",
    "podcast",
    "programme",
    "serial",
    "series",
    "show",
    "sitcom",
    "soap",
    "telenovela",
];

/// Occupations written before a full name that are no part of it (`the comedian Rich
/// Halloran`, `rapper Dee Okoro`).
const OCCUPATION_LEADS: &[&str] = &[
    "athlete",
    "boxer",
    "broadcaster",
    "comedian",
    "comedienne",
    "comic",
    "dancer",
    "footballer",
    "influencer",
    "model",
    "musician",
    "presenter",
    "rapper",
    "wrestler",
];

/// Works a film is adapted from, whose authors are novelists (`the novel … by`, `adapted
/// Name's 1979 novel`).
const SOURCE_WORKS: &[&str] = &["book", "memoir", "novel", "novella", "play"];

/// Adjectives of age or fondness before a character's name set off after a relation (`her
/// father-in-law, old Fidèle,`).
/// Honorifics an older or more formal review sets before every actor's name (`Mr. Tsakiris`,
/// `Mme. Chrysafi`): not part of the name.
const HONORIFICS: &[&str] = &["messrs", "miss", "mlle", "mme", "mr", "mrs", "ms", "mx"];

/// Verbs by which a part passes to its actor: `The role of the priest goes to Name`, `the
/// part … fell to Name`.
const PART_GOES_VERBS: &[&str] = &["goes", "went", "falls", "fell", "passes"];

/// Adjectives that open a nickname, and so a part (`Little Ray`, `Big Dee`, `Old Tam`).
const NICKNAME_ADJECTIVES: &[&str] = &["big", "little", "old"];

const FOND_ADJECTIVES: &[&str] = &["old", "young", "little", "poor", "dear"];

/// Nouns for an actor's work after a possessive (`Name's finest work`, `Name's best turn`).
const ACTOR_WORKS: &[&str] = &["work", "performance", "turn", "portrayal", "role"];

/// Nouns for a part played by two people or more (`play a married couple`): no character.
const GROUP_NOUNS: &[&str] = &[
    "boys",
    "brothers",
    "colleagues",
    "cousins",
    "couple",
    "daughters",
    "duo",
    "exes",
    "friends",
    "girls",
    "lovers",
    "men",
    "neighbors",
    "neighbours",
    "pair",
    "parents",
    "partners",
    "rivals",
    "roommates",
    "siblings",
    "sisters",
    "sons",
    "strangers",
    "students",
    "teenagers",
    "twins",
    "women",
];

/// Words (lowercase) before ` by ` that make a credit: `script, by`, `a song by`.
const WORKS_BEFORE_BY: &[&str] = &[
    "album",
    "book",
    "cinematography",
    "co-written",
    "cut",
    "editing",
    "life",
    "memoir",
    "music",
    "novel",
    "novella",
    "photography",
    "play",
    "scenario",
    "score",
    "screenplay",
    "script",
    "shot",
    "song",
    "songs",
    "story",
    "track",
    "written",
];

/// Nouns for a film that make the possessor its director (`Name's quiet little comedy`,
/// `Name's remake of a 1971 cult film`). Sorted. Not `debut` (`Ruiz's screen debut`) or `role`.
const FILM_NOUNS: &[&str] = &[
    "biopic",
    "comedy",
    "documentary",
    "drama",
    "film",
    "melodrama",
    "movie",
    "picture",
    "reboot",
    "remake",
    "retelling",
    "satire",
    "sequel",
    "thriller",
    "western",
];

/// Crew works a possessive may name (prefixes): `Odu's cinematography`, `Kask's score`.
const WORKS_AFTER_POSSESSIVE: &[&str] = &[
    "adaptation",
    "book",
    "camera",
    "cinematograph",
    "composition",
    "cutting",
    "direction",
    "directing",
    "editing",
    "feature",
    "latest",
    "lens",
    "memoir",
    "music",
    "novel",
    "photography",
    "score",
    "screenplay",
    "script",
    "song",
];

/// All triggers in one SIMD multi-pattern searcher (Teddy), or an automaton where the CPU
/// has no SIMD for it.
enum TriggerSearch {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

static TRIGGER_FINDER: std::sync::LazyLock<TriggerSearch> = std::sync::LazyLock::new(|| {
    let patterns = TRIGGERS.iter().map(|t| t.0);
    aho_corasick::packed::Config::new()
        .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(patterns.clone())
        .build()
        .map_or_else(
            || {
                // The same leftmost-first semantics as the packed searcher: at one place the
                // pattern listed first (`voices h` before `voices`).
                TriggerSearch::Automaton(
                    aho_corasick::AhoCorasick::builder()
                        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                        .build(patterns)
                        .expect("the trigger patterns are plain strings"),
                )
            },
            TriggerSearch::Packed,
        )
});

/// The word (ASCII letters and `-`) ending just before byte `end`, skipping spaces and one
/// comma: `script, by` gives `script`.
fn word_before(b: &[u8], end: usize) -> &[u8] {
    let mut e = end;
    while e > 0 && matches!(b[e - 1], b' ' | b',') {
        e -= 1;
    }
    let s = b[..e]
        .iter()
        .rposition(|c| !(c.is_ascii_alphabetic() || *c == b'-' || *c >= 0x80))
        .map_or(0, |k| k + 1);
    &b[s..e]
}

/// True when one of the four words before the word `w` (a sub-slice of `b`), all lowercase
/// and joined by single spaces, ends in `-ed`: `produced on a shoestring`.
fn participle_before(b: &[u8], w: &[u8]) -> bool {
    let mut cur = w;
    for _ in 0..4 {
        let s = offset_in(b, cur);
        if s < 2 || b[s - 1] != b' ' {
            return false;
        }
        let prev = word_before(b, s - 1);
        if prev.is_empty()
            || offset_in(b, prev) + prev.len() != s - 1
            || !prev.iter().all(u8::is_ascii_lowercase)
        {
            return false;
        }
        if prev.len() > 3 && prev.ends_with(b"ed") {
            return true;
        }
        cur = prev;
    }
    false
}

/// The byte offset in `b` where its sub-slice `w` starts.
fn offset_in(b: &[u8], w: &[u8]) -> usize {
    w.as_ptr() as usize - b.as_ptr() as usize
}

/// The word before the word `w` (a sub-slice of `b` that [`word_before`] gave).
fn word_before_word<'b>(b: &'b [u8], w: &[u8]) -> &'b [u8] {
    word_before(b, offset_in(b, w))
}

/// True when a capitalized word ends just before the word holding byte `p` (`Jo Bloggs
/// wrote`, `Harrow directs`), maybe with `also`, `who` or a reflexive between (`Name also wrote
/// the film`, `Name, who wrote and directed`).
fn name_before(b: &[u8], p: usize) -> bool {
    let mut s = p;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let mut w = word_before(b, s);
    if matches!(w, b"also" | b"who" | b"himself" | b"herself") {
        w = word_before_word(b, w);
    }
    w.first()
        .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc3)
}

/// The start of the word after byte `start`, skipping spaces, commas and colons.
fn word_after(b: &[u8], start: usize) -> usize {
    let mut k = start;
    while k < b.len() && matches!(b[k], b' ' | b',' | b':') {
        k += 1;
    }
    k
}

/// True when the byte at `k` starts a capitalized word (any non-ASCII letter counts).
fn cap_at(b: &[u8], k: usize) -> bool {
    b.get(k)
        .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc3)
}

/// True when a determiner and a space start at byte `k` (`the `, `a `, `her `).
fn determiner_at(b: &[u8], k: usize) -> bool {
    ["the ", "a ", "an ", "his ", "her ", "their "]
        .iter()
        .any(|d| b[k..].starts_with(d.as_bytes()))
}

/// True when the `play` at byte `p` is a form of the verb of acting or a crew word:
/// `play`, `plays`, `played`, `playing`, `players`, `screenplay`, `playwright`. Never `playful`,
/// `playground`, `display`, and never the verb's phrasal `play out` (`lets a wedding play out
/// in long takes`), which casts nobody (an `as` after it is a trigger of its own).
fn acting_play(b: &[u8], p: usize) -> bool {
    let before = &b[..p];
    let lead = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let lead = &before[p - lead..];
    if !(lead.is_empty()
        || lead.eq_ignore_ascii_case(b"screen")
        || lead.eq_ignore_ascii_case(b"tele"))
    {
        return false;
    }
    let rest = &b[p + 4..];
    let tail = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let is = |x: &[&[u8]]| x.iter().any(|w| rest[..tail].eq_ignore_ascii_case(w));
    let verb = is(&[b"", b"s", b"ed", b"ing"]);
    if !(verb || is(&[b"er", b"ers", b"wright", b"wrights"])) {
        return false;
    }
    let after = &rest[tail..];
    // (`plays out-of-work Dev`, `plays out of type`: no phrasal verb.)
    !(verb
        && lead.is_empty()
        && after.starts_with(b" out")
        && !after
            .get(4)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'-')
        && !after[4..].starts_with(b" of"))
}

/// True when byte `k` of `b` opens a sentence: after a period, at a line's start, or at the
/// start of `b`.
fn opens_text(b: &[u8], k: usize) -> bool {
    let before = b[..k].trim_ascii_end();
    before.is_empty() || before.ends_with(b".") || b[before.len()..k].contains(&b'\n')
}

/// True when `who` or `who also` ends right before byte `p`: `Name, who (also) directed`.
fn who_before(b: &[u8], p: usize) -> bool {
    let before = word_before(b, p);
    before == b"who" || before == b"also" && word_before_word(b, before) == b"who"
}

/// `he` or `she`, lower case or capitalized: a subject pronoun before `'s` or `is`.
fn he_or_she(w: &[u8]) -> bool {
    matches!(w, b"she" | b"he" | b"She" | b"He")
}

/// True when the trigger `t` matched at `p` has what it needs around it.
fn keep_trigger(b: &[u8], p: usize, t: (&str, Needs)) -> bool {
    let end = p + t.0.len();
    match t.1 {
        Needs::Any => true,
        Needs::PBefore => p > 0 && matches!(b[p - 1], b'p' | b'P') && acting_play(b, p - 1),
        Needs::FilmNounBefore => {
            let w = word_before(b, p);
            cap_at(b, end)
                && ([&b"eature"[..], b"film", b"debut", b"music"]
                    .iter()
                    .any(|e| w.len() >= e.len() && w[w.len() - e.len()..].eq_ignore_ascii_case(e))
                    || std::str::from_utf8(w).is_ok_and(|w| one_of(FILM_NOUNS, w)))
        }
        Needs::PraisedName => praise_comma(b, p),
        Needs::CastWord => {
            // Whichever of `cast:`, `cast,`, `cast ` or `cast.` matched: the bytes after `cast`.
            let after = &b[p + 4..];
            let list = [
                &b" includ"[..],
                b" also",
                b" featur",
                " —".as_bytes(),
                " –".as_bytes(),
            ];
            if matches!(after.first(), Some(b':' | b','))
                || list.iter().any(|w| after.starts_with(w))
            {
                return true;
            }
            if led_by_after(after) {
                return true;
            }
            // `A and B lead the cast.`, `Name rounds out the cast`, `Leading the cast is Name`.
            // (`:` and `,` are kept above: a space or a `.` follows here.)
            let the = word_before(b, p);
            if !the.eq_ignore_ascii_case(b"the") {
                return false;
            }
            let mut w = word_before_word(b, the);
            let out = w == b"out";
            if out {
                w = word_before_word(b, w);
            }
            std::str::from_utf8(w).is_ok_and(|w| {
                let w = w.to_ascii_lowercase();
                leads_cast(&w, out) || one_of(CAST_LEAD_OPENINGS, &w)
            })
        }
        Needs::DirectVerb => {
            if p == 0 || !matches!(b[p - 1], b'd' | b'D') {
                return false;
            }
            let after = &b[end..];
            // `Name directed from his own script`: the director wrote it.
            if after.starts_with(b"ed from ") || after.starts_with(b"s from ") {
                return true;
            }
            if after.starts_with(b"s") && !after.get(1).is_some_and(u8::is_ascii_alphabetic) {
                // `Name, making her feature debut, directs`: an appositive closing before.
                return name_before(b, p) || p >= 3 && &b[p - 3..p - 1] == b", ";
            }
            // `Name, who also directed the film`, `(Name, who also directed)`.
            after.starts_with(b"ed")
                && matches!(after.get(2), Some(b' ' | b',' | b')' | b'.' | b';'))
                && who_before(b, p - 1)
        }
        Needs::NamesAfter => {
            let window = &b[end..(end + 60).min(b.len())];
            cap_at(b, end)
                && memchr::memmem::find_iter(window, b" and ").any(|k| cap_at(window, k + 5))
        }
        Needs::WhoBefore => who_before(b, p),
        Needs::GetsBefore => {
            let window = &b[p.saturating_sub(40)..p];
            [&b" gets "[..], b" got ", b" receives ", b" received "]
                .iter()
                .any(|v| memchr::memmem::find(window, v).is_some())
        }
        Needs::Copula => {
            // `Somchai Boonmee-Laurent is the attendant`: a full name before `is the`.
            let role_after_name = || {
                let last = word_before(b, p);
                let first = word_before_word(b, last);
                !last.is_empty()
                    && cap_at(b, offset_in(b, last))
                    && (!first.is_empty() && cap_at(b, offset_in(b, first))
                        // `Pruitt is the cop`: one word opening its sentence (never `It is
                        // the kind of film`, `This is the`).
                        || opens_text(b, offset_in(b, last))
                            && !std::str::from_utf8(last).is_ok_and(|w| one_of(NOT_SUBJECTS, w)))
            };
            if b[end..].starts_with(b"the ") {
                // `Here she is the landlady`: a pronoun for an actor named before.
                if he_or_she(word_before(b, p)) {
                    return true;
                }
                // `Davoud is the newcomer Arman Rostami`: a word for an actor after `the`;
                // `Name, who is 81, is the chapel organist`: an appositive closing before.
                let after = &b[end + 4..];
                return role_after_name()
                    || p > 0 && b[p - 1] == b','
                    || [&b"newcomer "[..], b"veteran ", b"actor ", b"actress "]
                        .iter()
                        .any(|w| after.starts_with(w));
            }
            // `Their granddaughter, Precious, is little Hope Varnedoe`: a fond word before the
            // actor, an appositive closing before.
            if p > 0 && b[p - 1] == b',' {
                let fond = FOND_ADJECTIVES.iter().find(|w| {
                    b[end..].starts_with(w.as_bytes()) && b.get(end + w.len()) == Some(&b' ')
                });
                if fond.is_some_and(|w| cap_at(b, end + w.len() + 1)) {
                    return true;
                }
            }
            // `Her son Mandla, a teenager who …, is Dlamini`: an appositive closes before.
            cap_at(b, end)
                && (p > 0 && b[p - 1] == b',' || {
                    let window = &b[end..(end + 40).min(b.len())];
                    // `is Gwion, her son`, `is Esi, Kojo's girlfriend`: a possessive too.
                    [
                    &b", a "[..],
                    b", an ",
                    b", the ",
                    b", who",
                    b", her ",
                    b", his ",
                    b", their ",
                    b"'s ",
                    "’s ".as_bytes(),
                    // `Clodagh Ní Chonaill is Orla, and she is a proper find`.
                    b", and she ",
                    b", and he ",
                    b", and they ",
                ]
                .iter()
                .any(|x| window.windows(x.len()).any(|w| w == *x))
                    // `Sandro, the boy, is Luka Abesadze`: two capitalized words after.
                    || {
                        let mut k = end;
                        while k < b.len() && !matches!(b[k], b' ' | b',' | b'.' | b'\n') {
                            k += 1;
                        }
                        b.get(k) == Some(&b' ') && cap_at(b, k + 1)
                            // `Newcomer Aoife Brannock is Orla.`
                            || b.get(k) == Some(&b'.')
                    }
                })
        }
        Needs::NameAfter => {
            // The word the trigger is in may go on (`writer-director`, `editors`); after a
            // trigger ending in a space (`As `) the name comes at once (`As Ammini, the …`) or
            // after one word (`As detective Ingrid Sol`).
            if t.0.ends_with(' ') && (cap_at(b, end) || determiner_at(b, end)) {
                return true; // `As Ammini, the …`, `As the landlady, …`
            }
            let mut k = end;
            while k < b.len() && (b[k].is_ascii_alphabetic() || b[k] == b'-') {
                k += 1;
            }
            cap_at(b, word_after(b, k))
        }
        Needs::PartAfter => {
            let k = word_after(b, end);
            cap_at(b, k)
                || determiner_at(b, k)
                    && [&b" called "[..], b" named "]
                        .iter()
                        .any(|c| memchr::memmem::find(&b[k..(k + 60).min(b.len())], c).is_some())
        }
        Needs::NameOrDeterminerAfter => {
            let k = word_after(b, end);
            cap_at(b, k)
                || determiner_at(b, k)
                // `appears as herself`.
                || ["himself", "herself", "themselves"]
                    .iter()
                    .any(|d| b[k..].starts_with(d.as_bytes()))
                // `A and B star as siblings Mara and Dev`: a group noun with no determiner.
                || t.0 == " as " && {
                    let w = &b[k..];
                    let n = w.iter().take_while(|c| c.is_ascii_lowercase()).count();
                    std::str::from_utf8(&w[..n]).is_ok_and(|w| one_of(GROUP_NOUNS, w))
                }
        }
        // `Name, who wrote the script with Name`: a writer, whatever comes before.
        Needs::NameBefore
            if t.0.starts_with("wr")
                && (b[end..].starts_with(b" the s")
                    || memchr::memmem::find(&b[end..(end + 30).min(b.len())], b" with ")
                        .is_some()) =>
        {
            true
        }
        Needs::NameBefore => name_before(b, p),
        Needs::WorkBefore => {
            let mut w = word_before(b, p);
            // `The music is by Name`: the work before a copula; `It is by Name`: the film's
            // director.
            if matches!(w, b"is" | b"was" | b"are" | b"were") {
                let copula = offset_in(b, w);
                w = word_before_word(b, w);
                if w.eq_ignore_ascii_case(b"it") || w == b"film" {
                    return true;
                }
                // `The music, mostly a harp and a great deal of rain, is by Name`: a work
                // before an aside set off by commas.
                if b[..copula].trim_ascii_end().ends_with(b",") {
                    let window = &b[copula.saturating_sub(100)..copula];
                    if let Some(c) = memchr::memchr(b',', window) {
                        let work = word_before(window, c);
                        if [
                            &b"music"[..],
                            b"score",
                            b"screenplay",
                            b"script",
                            b"editing",
                        ]
                        .iter()
                        .any(|x| work.eq_ignore_ascii_case(x))
                        {
                            return true;
                        }
                    }
                }
            }
            if w.ends_with(b"ed")
                || std::str::from_utf8(w)
                    .is_ok_and(|w| WORKS_BEFORE_BY.iter().any(|x| w.eq_ignore_ascii_case(x)))
                // `shot in Lofoten by Name`, `directed with affection by`: the verb a few
                // words back.
                // `directed, like the first film, by`: an aside after the verb.
                || ["shot ", "filmed ", "ed with ", "ed, "].iter().any(|v| {
                    b[p.saturating_sub(40)..p]
                        .windows(v.len())
                        .any(|w| w == v.as_bytes())
                })
                // `produced on a shoestring by Name`: a participle a few lowercase words back.
                || participle_before(b, w)
            {
                return true;
            }
            // `The camera work, by Name`; `the novel Les Digues by Name`, `the novel "Salt
            // Marsh" by Name`: a book's title (read only after a capital or a closing quote).
            let window = &b[p.saturating_sub(60)..p];
            let has = |x: &[u8]| window.windows(x.len()).any(|w| w == x);
            let before = b[..p].trim_ascii_end();
            w == b"work" && has(b"camera work")
                || w.eq_ignore_ascii_case(b"camerawork")
                || (cap_at(b, offset_in(b, w))
                    || before.ends_with(b"'")
                    || before.ends_with(b"\"")
                    || before.ends_with("’".as_bytes())
                    || before.ends_with("”".as_bytes()))
                    && [&b"novel "[..], b"book ", b"memoir "]
                        .iter()
                        .any(|x| has(x))
        }
        Needs::Possessive => {
            let w = word_before(b, p);
            // `In this she's the traffic policewoman`: a pronoun's `is`.
            if he_or_she(w) {
                return b[end..].starts_with(b"the ");
            }
            if !w
                .first()
                .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc3)
            {
                return false;
            }
            // `Mara, Ana Ruiz's character, runs`: the word for a part.
            if b[end..].starts_with(b"character") {
                return true;
            }
            // Up to four words after: a capitalized one, or a crew work.
            let mut k = end;
            for _ in 0..4 {
                k = word_after(b, k);
                if cap_at(b, k) {
                    return true;
                }
                let rest = &b[k..];
                let word_end = rest
                    .iter()
                    .position(|c| !c.is_ascii_alphabetic())
                    .unwrap_or(rest.len());
                if std::str::from_utf8(&rest[..word_end])
                    .is_ok_and(|w| lx::classify(w) & lx::class::ROLE != 0)
                {
                    return true;
                }
                if WORKS_AFTER_POSSESSIVE.iter().chain(FILM_NOUNS).any(|x| {
                    rest.len() >= x.len() && rest[..x.len()].eq_ignore_ascii_case(x.as_bytes())
                }) {
                    return true;
                }
                while k < b.len() && !matches!(b[k], b' ' | b',' | b'.' | b';') {
                    k += 1;
                }
                if b.get(k).is_some_and(|c| matches!(c, b'.' | b';')) {
                    return false;
                }
            }
            false
        }
    }
}

/// Start offsets of the triggers in `b` that have what they need (and of every `(` not holding
/// only a number), in order.
fn trigger_starts(b: &[u8], layout: &Layout) -> Vec<usize> {
    let keep = |m: aho_corasick::Match| {
        keep_trigger(b, m.start(), TRIGGERS[m.pattern().as_usize()]).then_some(m.start())
    };
    let mut out: Vec<usize> = match &*TRIGGER_FINDER {
        TriggerSearch::Packed(s) => s.find_iter(b).filter_map(keep).collect(),
        TriggerSearch::Automaton(a) => a.find_iter(b).filter_map(keep).collect(),
    };
    if let Some(searcher) = &*COMMON_SEARCHER {
        let found = |p: usize, t: (&str, Needs)| {
            let searched = common_searched(t.0);
            let whole = searched.len() == t.0.len() || b.get(p + searched.len()) == Some(&b' ');
            whole && keep_trigger(b, p, t)
        };
        for m in searcher.find_iter(b) {
            let t = COMMON_TRIGGERS[m.pattern().as_usize()];
            if found(m.start(), t) {
                out.push(m.start());
            }
            // `it's as Mara`: the match used up the space a word set off by spaces starts on.
            if t.0.ends_with(' ') && !t.0.starts_with(' ') {
                let q = m.end() - 1;
                for &u in COMMON_TRIGGERS.iter().filter(|u| u.0.starts_with(' ')) {
                    if b[q..].starts_with(common_searched(u.0).as_bytes()) && found(q, u) {
                        out.push(q);
                    }
                }
            }
        }
    } else {
        for (finder, &t) in COMMON_FINDERS.iter().zip(COMMON_TRIGGERS) {
            out.extend(finder.find_iter(b).filter(|&p| keep_trigger(b, p, t)));
        }
    }
    out.extend(memchr::memchr_iter(b'(', b).filter(|&p| name_parenthesis(b, p)));
    out.extend(
        std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', b).map(|n| n + 1))
            .filter(|&l| credits_line_at(b, l)),
    );
    out.extend(layout.starts());
    out.sort_unstable();
    out
}

/// True when the `,` at byte `p` may open an appositive of praise around a full name
/// (`, a wonderful Lena Marsh,`): `a` or `an`, lowercase words, then two capitalized words.
fn praise_comma(b: &[u8], p: usize) -> bool {
    // Checked on bytes first: a comma is in most sentences.
    let after = match b.get(p + 1..p + 4) {
        Some([b' ', b'a', b' ']) => &b[p + 4..],
        Some([b' ', b'a', b'n']) if b.get(p + 4) == Some(&b' ') => &b[p + 5..],
        _ => return false,
    };
    let mut k = 0;
    for _ in 0..4 {
        let c = after.get(k).copied().unwrap_or(0);
        if c.is_ascii_uppercase() || c >= 0xc3 {
            let sp = after[k..]
                .iter()
                .take(40)
                .position(|&x| x == b' ' || x == b',' || x == b'.');
            return sp.is_some_and(|sp| after[k + sp] == b' ' && cap_at(after, k + sp + 1));
        }
        if !c.is_ascii_lowercase() {
            return false;
        }
        match after[k..].iter().take(30).position(|&x| x == b' ') {
            Some(sp) => k += sp + 1,
            None => return false,
        }
    }
    false
}

/// True when the `(` at byte `p` may start a pattern: a name (a capitalized word) inside it
/// or right before it (`Mara (an absolutely brilliant Ana Ruiz)`, `Lee Park (the landlord)`).
/// Never one holding only a number (`(2019)`, `(15)`: a year or an age), nor an aside among
/// lowercase words (`The coda is slow (more on that later)`). One not closed soon is kept.
fn name_parenthesis(b: &[u8], p: usize) -> bool {
    let inner = &b[p + 1..];
    let digits = inner.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && inner.get(digits) == Some(&b')') {
        return false;
    }
    let Some(close) = inner.iter().take(160).position(|&c| c == b')') else {
        return true;
    };
    inner[..close]
        .iter()
        .any(|c| c.is_ascii_uppercase() || *c >= 0xc3)
        || word_before(b, p)
            .first()
            .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc3)
}

/// The cast and crew a body sets out in lines of their own, found once per body: the bullets
/// of a cast list under its heading ([`cast_bullet_lines`]) and the rows of Markdown tables
/// ([`md_table_rows`]).
#[derive(Default)]
struct Layout {
    /// The text of each bullet of a cast list under its heading.
    bullets: Vec<Range<usize>>,
    /// Rows of cast tables.
    cast_rows: Vec<CastRow>,
    /// Rows of crew.
    crew_rows: Vec<CrewRow>,
}

impl Layout {
    /// The layout of the body `b`.
    fn of(b: &[u8]) -> Self {
        let (cast_rows, crew_rows) = if memchr::memchr(b'|', b).is_some() {
            md_table_rows(b)
        } else {
            (Vec::new(), Vec::new())
        };
        Layout {
            bullets: cast_bullet_lines(b),
            cast_rows,
            crew_rows,
        }
    }

    /// Where each line the layout holds starts: the prefilter reads their sentences.
    fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.bullets
            .iter()
            .map(|r| r.start)
            .chain(self.cast_rows.iter().map(|r| r.2[0].start))
            .chain(self.crew_rows.iter().map(|r| r.1.start))
    }
}

/// The byte ranges of the lines of `b`, without their `\n`, in order (the last may be empty).
fn line_ranges(b: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', b)
        .chain(std::iter::once(b.len()))
        .map(move |end| {
            let line = start..end;
            start = end + 1;
            line
        })
}

/// Words that head a cast list of its own lines (`Cast`, `## Cast`, `== Cast ==`, `The
/// cast:`, `Starring`).
const CAST_HEADINGS: &[&str] = &[
    "cast",
    "the cast",
    "cast list",
    "main cast",
    "full cast",
    "starring",
    "cast and characters",
    "cast & characters",
];

/// True when the (trimmed) line `line` is a cast list's heading ([`CAST_HEADINGS`]), maybe
/// in Markdown or wiki marks (`## Cast`, `== Cast ==`) or with a colon (`The cast:`).
fn cast_heading(line: &[u8]) -> bool {
    if line.len() > 40 {
        return false;
    }
    let mut heading = line;
    while let [b'#' | b'=', rest @ ..] = heading {
        heading = rest;
    }
    while let [rest @ .., b'=' | b':'] = heading {
        heading = rest;
    }
    let heading = heading.trim_ascii();
    CAST_HEADINGS
        .iter()
        .any(|h| heading.eq_ignore_ascii_case(h.as_bytes()))
}

/// The lines of a cast list set out as bullets (`*`, `-`, `•`, `–`, `+`) under a heading of
/// its own line ([`CAST_HEADINGS`]), each as the byte range of its text after the bullet, in
/// order. Blank lines may stand between the bullets; any other line ends the list.
fn cast_bullet_lines(b: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut in_list = false;
    for l in line_ranges(b) {
        let line = b[l].trim_ascii();
        if in_list {
            if line.is_empty() {
                continue;
            }
            let bullet = ["* ", "- ", "+ ", "\u{2022} ", "\u{2013} "]
                .iter()
                .find(|m| line.starts_with(m.as_bytes()));
            if let Some(m) = bullet {
                let text = line[m.len()..].trim_ascii();
                let at = offset_in(b, text);
                out.push(at..at + text.len());
                continue;
            }
        }
        // (Any other line ends a list, and may head the next.)
        in_list = cast_heading(line);
    }
    out
}

/// Header cells of a table's actor column.
const ACTOR_HEADERS: &[&str] = &[
    "actor",
    "actors",
    "actress",
    "cast",
    "performer",
    "player",
    "name",
];

/// Header cells of a table's part column.
const PART_HEADERS: &[&str] = &[
    "role",
    "roles",
    "character",
    "characters",
    "part",
    "as",
    "playing",
];

/// One row of a Markdown table: the byte ranges of its cells' text (trimmed), in order.
type TableRow = Vec<Range<usize>>;

/// A cast table's row: (actor column, part column, the row's cells).
type CastRow = (usize, usize, TableRow);

/// A crew row: (role, the cell that names them).
type CrewRow = (CrewRole, Range<usize>);

/// A table cell that is a crew label as a whole (`Cinematography`, `Music:`, `Director of
/// Photography`, `Written by`), with its role; never a longer cell that only opens on one
/// (`Director of Sound`, `Script Supervisor`, `Music Supervisor`).
fn table_label_role(cell: &[u8]) -> Option<CrewRole> {
    let cell = cell.trim_ascii();
    let cell = cell.strip_suffix(b":").unwrap_or(cell).trim_ascii();
    if cell.iter().all(u8::is_ascii_alphabetic) {
        return credit_label_role(cell);
    }
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..cell.len())?;
    lower.copy_from_slice(cell);
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"director of photography" => CrewRole::Cinematographer,
        b"original music" | b"original score" | b"music by" => CrewRole::Composer,
        b"written by" | b"screenplay by" => CrewRole::Writer,
        b"directed by" => CrewRole::Director,
        b"edited by" => CrewRole::Editor,
        b"produced by" => CrewRole::Producer,
        _ => return None,
    })
}

/// The rows of the Markdown tables of `b` that name cast or crew. A table with an actor column
/// and a part column under a rule (`| Actor | Role |` over `| --- |`) gives its rows as (actor
/// column, part column, row); a row there whose part is a crew label ([`table_label_role`]:
/// `| Mira Sol | Director |`) is crew instead. In any other table, each row (its header row
/// too) whose first cell is a crew label is crew (`| Cinematography | Behrouz Nikpour |`):
/// crew rows come as (role, the cell of names).
fn md_table_rows(b: &[u8]) -> (Vec<CastRow>, Vec<CrewRow>) {
    let mut cast = Vec::new();
    let mut crew = Vec::new();
    let mut table: Vec<TableRow> = Vec::new();
    let cell_text = |r: &Range<usize>| &b[r.clone()];
    let mut flush = |table: &mut Vec<TableRow>| {
        let rule = |row: &TableRow| {
            row.iter().all(|c| {
                let t = cell_text(c);
                !t.is_empty() && t.iter().all(|x| matches!(x, b'-' | b':' | b' '))
            })
        };
        let ruled = table.len() >= 2 && rule(&table[1]);
        let mut columns = None;
        if ruled {
            let header: Vec<String> = table[0]
                .iter()
                .map(|c| String::from_utf8_lossy(cell_text(c)).trim().to_lowercase())
                .collect();
            let actor = header
                .iter()
                .position(|h| ACTOR_HEADERS.contains(&h.as_str()));
            let part = header
                .iter()
                .position(|h| PART_HEADERS.contains(&h.as_str()));
            if let (Some(a), Some(p)) = (actor, part) {
                columns = Some((a, p));
            }
        }
        for (k, row) in table.iter().enumerate() {
            if ruled && k == 1 {
                continue;
            }
            if let Some((a, p)) = columns {
                if k == 0 || row.len() <= a.max(p) {
                    continue;
                }
                match table_label_role(cell_text(&row[p])) {
                    Some(role) => crew.push((role, row[a].clone())),
                    None => cast.push((a, p, row.clone())),
                }
            } else if row.len() >= 2
                && let Some(role) = table_label_role(cell_text(&row[0]))
            {
                crew.push((role, row[1].clone()));
            }
        }
        table.clear();
    };
    for l in line_ranges(b) {
        let line = b[l].trim_ascii();
        if line.len() >= 3 && line[0] == b'|' {
            let inner = &line[1..];
            let inner = inner.strip_suffix(b"|").unwrap_or(inner);
            let base = offset_in(b, inner);
            let mut row = Vec::new();
            let mut at = 0;
            for cell in inner.split(|&c| c == b'|') {
                let t = cell.trim_ascii();
                let s = base + at + (offset_in(cell, t));
                row.push(s..s + t.len());
                at += cell.len() + 1;
            }
            table.push(row);
        } else if !table.is_empty() {
            flush(&mut table);
        }
    }
    if !table.is_empty() {
        flush(&mut table);
    }
    (cast, crew)
}

/// True when a credits line starts at byte `l` of `b`: a crew or cast label, maybe a bullet
/// before it and a parenthesis after it, then a colon (`Screenplay: Name`, `• Camera
/// (colour):`, `Crew: Director: Name`, `Cast: A, B`, `Main cast: A, B`).
fn credits_line_at(b: &[u8], l: usize) -> bool {
    let mut k = l;
    while k < b.len() && !b[k].is_ascii_alphabetic() && b[k] != b'\n' && k < l + 8 {
        k += 1;
    }
    let start = k;
    while k < b.len() && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    let mut word = &b[start..k];
    if word.len() < 2 || word.len() > 14 || !word[0].is_ascii_uppercase() {
        return false;
    }
    // `Main cast:`, `Full cast:`: the cast noun after one word.
    if [&b"Main"[..], b"Full", b"Principal", b"Lead"].contains(&word)
        && b[k..].starts_with(b" cast")
    {
        k += 5;
        word = b"cast";
    }
    if b.get(k) == Some(&b' ') && b.get(k + 1) == Some(&b'(') {
        k += 1;
        while k < b.len() && b[k] != b')' && b[k] != b'\n' && k < start + 60 {
            k += 1;
        }
        k += 1;
    }
    // `Dir. Tsion Alemayehu`: a programme's abbreviated label.
    if word == b"Dir" && b.get(k) == Some(&b'.') && b.get(k + 1) == Some(&b' ') {
        return true;
    }
    // `Director of Photography .......... Name`, `Original Music …… Name`: a press kit's
    // two-word labels and dot leaders.
    // (The role itself is read from the tokens by `credit_label`.)
    let mut two_word_label = false;
    for (first, rest) in [
        (&b"Director"[..], &b" of Photography"[..]),
        (b"Original", b" Music"),
    ] {
        if word == first && b.get(k..).is_some_and(|t| t.starts_with(rest)) {
            k += rest.len();
            two_word_label = true;
        }
    }
    let leader = {
        let mut j = k;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        // `k` may run one past the end after a parenthesis: no slicing beyond it.
        let after = b.get(j..).unwrap_or(&[]);
        after.starts_with(b"...") || after.starts_with("…".as_bytes())
    };
    (b.get(k) == Some(&b':') || leader)
        && (two_word_label
            || credit_label_role(word).is_some()
            || [&b"crew"[..], b"credits", b"cast", b"starring", b"with"]
                .iter()
                .any(|l| word.eq_ignore_ascii_case(l)))
}

/// The crew role a credits line's label gives: `Screenplay`, `Camera`, `Music`.
fn credit_label_role(word: &[u8]) -> Option<CrewRole> {
    let mut buf = [0u8; 16];
    let w = buf.get_mut(..word.len())?;
    w.copy_from_slice(word);
    w.make_ascii_lowercase();
    Some(match &*w {
        b"director" | b"directors" | b"directed" | b"direction" | b"dir" => CrewRole::Director,
        b"screenplay" | b"writer" | b"writers" | b"script" | b"scr" | b"written" | b"writing" => {
            CrewRole::Writer
        }
        b"camera" | b"cinematography" | b"cinematographer" | b"photography" | b"dp" => {
            CrewRole::Cinematographer
        }
        b"music" | b"score" | b"composer" => CrewRole::Composer,
        b"editor" | b"editing" | b"edited" => CrewRole::Editor,
        b"producer" | b"producers" | b"produced" => CrewRole::Producer,
        _ => return None,
    })
}

/// True when a sentence starts at byte `j` of `b`: after a line break, or after `.`, `!` or
/// `?` (and closing quotes) and a space, unless the word before the stop is an initial.
fn starts_sentence(b: &[u8], j: usize) -> bool {
    if j == 0 || b[j - 1] == b'\n' {
        return true;
    }
    if b[j - 1] != b' ' || b.get(j).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut k = j - 1;
    while k > 0 && matches!(b[k - 1], b'"' | b')' | b'\'') {
        k -= 1;
    }
    if k == 0 || !matches!(b[k - 1], b'.' | b'!' | b'?') {
        return false;
    }
    // `J. Park`, `Mrs. Vance`: an initial or a title's abbreviation before the period.
    let stop = k - 1;
    let word_start = b[..stop]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |w| w + 1);
    let word = &b[word_start..stop];
    let initial = word.len() == 1 && word[0].is_ascii_uppercase();
    let abbreviation = b[stop] == b'.'
        && word.len() <= lx::ABBREVIATION_MAX_LEN
        && std::str::from_utf8(word).is_ok_and(|w| lx::classify(w) & lx::class::ABBREVIATION != 0);
    !(initial || abbreviation)
}

/// Where the next sentence starts after the stop (`.`, `!`, `?`) or line break at `k`, if one
/// starts there (closing quotes and brackets stay with the sentence they end).
fn boundary_after(b: &[u8], k: usize, limit: usize) -> Option<usize> {
    if b[k] == b'\n' {
        return Some(k + 1);
    }
    // `Editor .......... Name`: dot leaders end no sentence.
    if k >= 2 && b[k - 1] == b'.' && b[k - 2] == b'.' {
        return None;
    }
    let mut q = k + 1;
    while q < limit && matches!(b[q], b'"' | b')' | b'\'') {
        q += 1;
    }
    (q < limit && b[q] == b' ' && starts_sentence(b, q + 1)).then_some(q + 1)
}

/// The byte range of the sentence around byte `p` (cut at 2,000 bytes each way, on a space).
/// Candidate ends are found with `memchr`, then checked with [`starts_sentence`].
fn sentence_around(b: &[u8], p: usize) -> Range<usize> {
    let p = p.min(b.len());
    let floor = p.saturating_sub(2000);
    let mut a = floor;
    let mut hi = p;
    while let Some(k) = memchr::memrchr3(b'.', b'!', b'?', &b[floor..hi])
        .into_iter()
        .chain(memchr::memrchr(b'\n', &b[floor..hi]))
        .max()
        .map(|k| k + floor)
    {
        if let Some(start) = boundary_after(b, k, p) {
            a = start;
            break;
        }
        hi = k;
    }
    if a == floor && a > 0 {
        while a < p && b[a] != b' ' {
            a += 1;
        }
    }
    let ceil = (p + 2000).min(b.len());
    let mut e = ceil;
    let mut lo = p;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[lo..ceil])
        .into_iter()
        .chain(memchr::memchr(b'\n', &b[lo..ceil]))
        .min()
        .map(|k| k + lo)
    {
        if let Some(start) = boundary_after(b, k, ceil) {
            e = start;
            break;
        }
        lo = k + 1;
    }
    if e == ceil && e < b.len() {
        while e > p && b[e - 1] != b' ' {
            e -= 1;
        }
    }
    a..e
}

/// True when the sentence `s` may use a pronoun for an actor named before it.
fn has_pronoun(s: &[u8]) -> bool {
    // `he`, `she` and `they` (any capital) all have their `h` second or first: look at each.
    let starts_word = |k: usize| k == 0 || !s[k - 1].is_ascii_alphabetic();
    // `she's`, `he’s`, `they're` too.
    let ends =
        |t: &[u8], w: &[u8]| t.starts_with(w) && matches!(t.get(w.len()), Some(b' ' | b'\''));
    memchr::memchr2_iter(b'h', b'H', s).any(|i| {
        let tail = &s[i + 1..];
        (ends(tail, b"e") && starts_word(i))
            || (i >= 1 && starts_word(i - 1) && {
                let first = s[i - 1].to_ascii_lowercase();
                (first == b's' && ends(tail, b"e")) || (first == b't' && ends(tail, b"ey"))
            })
    })
}

/// True when `s` holds the word `him` or `her` (any capital): a sentence between a pronoun
/// and its antecedent may speak of the person that way (`I only knew him from music videos`).
fn has_him_or_her(s: &[u8]) -> bool {
    let starts_word = |k: usize| k == 0 || !s[k - 1].is_ascii_alphabetic();
    memchr::memchr2_iter(b'h', b'H', s).any(|k| {
        let tail = &s[k..];
        (tail[1..].starts_with(b"im") || tail[1..].starts_with(b"er"))
            && starts_word(k)
            && !tail.get(3).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// True when the sentence `s` plays, voices or gives a part by an object pronoun (`Name plays
/// her with …`, `voices him`): the part is named in the sentence before.
fn has_object_pronoun(s: &[u8]) -> bool {
    memchr::memchr_iter(b'h', s).any(|k| {
        let tail = &s[k..];
        k >= 1
            && s[k - 1] == b' '
            && (tail.starts_with(b"her") || tail.starts_with(b"him"))
            && !tail.get(3).is_some_and(u8::is_ascii_alphabetic)
            && {
                let verb = word_before(s, k - 1);
                [
                    &b"plays"[..],
                    b"played",
                    b"portrays",
                    b"portrayed",
                    b"voices",
                    b"voiced",
                    b"gives",
                    b"makes",
                ]
                .iter()
                .any(|v| verb.eq_ignore_ascii_case(v))
            }
    })
}

/// The sentences of `body` that hold a trigger (with the sentence before, when they hold a
/// pronoun), merged and in order. Ranges start and end on char boundaries.
fn interesting_sentences(body: &str, title: Option<&str>, layout: &Layout) -> Vec<Range<usize>> {
    let b = body.as_bytes();
    let end = other_films_from(body);
    let mut hits = trigger_starts(b, layout);
    let in_title = title_possessives(b, title);
    hits.retain(|&p| p < end && !in_title.contains(&p));
    let mut out: Vec<Range<usize>> = Vec::new();
    for p in hits {
        if out.last().is_some_and(|r| p < r.end) {
            continue;
        }
        let cur = sentence_around(b, p);
        let mut start = cur.start;
        let mut hop = cur.clone();
        // A pronoun may stand for an actor named one sentence back, or two when the sentence
        // between uses a pronoun too.
        for step in 0..2 {
            let sentence = &b[hop.clone()];
            if hop.start == 0
                || !(has_pronoun(sentence)
                    || step == 0 && has_object_pronoun(sentence)
                    || step == 1 && has_him_or_her(sentence))
            {
                break;
            }
            let mut q = hop.start;
            while q > 0 && b[q - 1].is_ascii_whitespace() {
                q -= 1;
            }
            if q == 0 {
                break;
            }
            hop = sentence_around(b, q - 1);
            start = hop.start;
        }
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(cur.end),
            _ => out.push(start..cur.end),
        }
    }
    for r in &mut out {
        while r.start < r.end && !body.is_char_boundary(r.start) {
            r.start += 1;
        }
        while r.end > r.start && !body.is_char_boundary(r.end) {
            r.end -= 1;
        }
    }
    out
}

/// The line breaks of `body` that only wrap a paragraph at a fixed width (a mail, a Usenet
/// post, a text file wrapped at 72 columns): most lines reach nearly the same width (50 to 100
/// bytes), and a break is a wrap when the line before reaches it and the line after goes on
/// the paragraph (not blank, not indented, no bullet, no table, no heading, no quote). Empty
/// for a text that is not wrapped so.
fn soft_wraps(body: &str) -> Vec<usize> {
    let b = body.as_bytes();
    // (Most texts are not wrapped: lines over 110 bytes long on average rule it out with one
    // count.)
    let breaks = memchr::memchr_iter(b'\n', b).count();
    if breaks < 7 || b.len() / (breaks + 1) > 110 {
        return Vec::new();
    }
    let lines: Vec<Range<usize>> = line_ranges(b).collect();
    let mut widths: Vec<usize> = lines
        .iter()
        .map(|l| b[l.clone()].trim_ascii_end().len())
        .filter(|&n| n > 0)
        .collect();
    if widths.len() < 8 {
        return Vec::new();
    }
    widths.sort_unstable();
    let width = widths[widths.len() * 9 / 10];
    if !(50..=100).contains(&width) {
        return Vec::new();
    }
    // (A numbered item, `1.` or `2)`, opens a line of its own.)
    let numbered = |line: &[u8]| {
        line[0].is_ascii_digit()
            && line
                .iter()
                .find(|c| !c.is_ascii_digit())
                .is_some_and(|c| matches!(c, b'.' | b')'))
    };
    let goes_on = |l: &Range<usize>| {
        let line = &b[l.clone()];
        // (A credits line, `Running time: 98 minutes`, or a cast heading opens a line too.)
        line.first().is_some_and(|c| !c.is_ascii_whitespace())
            && !credits_line_at(b, l.start)
            && !cast_heading(line)
            && !matches!(line[0], b'*' | b'-' | b'+' | b'|' | b'#' | b'>' | b'=')
            && !line.starts_with("\u{2022}".as_bytes())
            && !numbered(line)
    };
    let wraps: Vec<usize> = lines
        .windows(2)
        .filter(|w| {
            let n = b[w[0].clone()].trim_ascii_end().len();
            n + 25 >= width && n <= width + 10 && goes_on(&w[1]) && !credits_line_at(b, w[0].start)
        })
        .map(|w| w[0].end)
        .collect();
    if wraps.len() * 2 < widths.len() {
        return Vec::new();
    }
    wraps
}

/// Where the possessives of the film's title stand in `b`, when its title holds one (`The
/// Kite's Parade`): a possessive there names no one, so it selects no sentence.
fn title_possessives(b: &[u8], title: Option<&str>) -> Vec<usize> {
    let Some(t) = title.map(str::trim).filter(|t| t.len() > 3) else {
        return Vec::new();
    };
    let t = t.as_bytes();
    let marks: Vec<usize> = memchr::memmem::find_iter(t, b"'s ")
        .chain(memchr::memmem::find_iter(t, "\u{2019}s ".as_bytes()))
        .collect();
    if marks.is_empty() {
        return Vec::new();
    }
    memchr::memmem::find_iter(b, t)
        .flat_map(|at| marks.iter().map(move |m| at + m))
        .collect()
}

/// The longest of `forms` when they all name one person (one [`name_key`]), else `None`.
fn one_person<'n>(forms: impl Iterator<Item = &'n str> + Clone) -> Option<&'n str> {
    let key = name_key(forms.clone().next()?);
    if forms.clone().any(|f| name_key(f) != key) {
        return None;
    }
    forms.max_by_key(|f| f.len())
}

/// True when `w` is the surname of the longer `name` (`al-Khatib` or `Al-Khatib` for `Salma
/// al-Khatib`), or the given name before a patronymic (`Haziq` for `Haziq bin Abdul Rahman`).
fn surname_of(name: &str, w: &str) -> bool {
    let s = surname(name);
    (s == w || s.len() == w.len() && same_word(s, w)) && name.len() > w.len()
        || given_part(name).is_some_and(|g| same_word(g, w))
}

/// The given name before a patronymic particle: `Nurul Aisyah` of `Nurul Aisyah binti
/// Kamarudin`, `Haziq` of `Haziq bin Abdul Rahman` (Malay and Arabic names are echoed by it).
fn given_part(name: &str) -> Option<&str> {
    let b = name.as_bytes();
    memchr::memchr_iter(b' ', b)
        .find(|&k| {
            let w = &b[k + 1..];
            // A patronymic has a name after it: the particle never ends the name.
            memchr::memchr(b' ', w)
                .is_some_and(|e| matches!(&w[..e], b"bin" | b"binti" | b"bte" | b"ibn" | b"bint"))
        })
        .map(|k| &name[..k])
        .filter(|g| !g.is_empty())
}

/// Where a page's list of other films starts (`ALSO OPENING`, `More like this`, `You may
/// also like` alone on a line): the cast named after it is theirs, not this film's.
fn other_films_from(body: &str) -> usize {
    const HEADINGS: [&str; 9] = [
        "also opening",
        "also out",
        "also showing",
        "also this week",
        "more like this",
        "more reviews",
        "related reviews",
        "you may also like",
        "you might also like",
    ];
    for l in line_ranges(body.as_bytes()) {
        // Most lines are paragraphs: only short ones are looked at.
        if l.start > 0 && l.len() <= 48 {
            let t = body[l.clone()].trim().as_bytes();
            if HEADINGS
                .iter()
                .any(|h| t.len() >= h.len() && t[..h.len()].eq_ignore_ascii_case(h.as_bytes()))
            {
                return l.start;
            }
        }
    }
    body.len()
}

/// True when `name` ends with the words `tail` (case aside), and has more before them:
/// `Femke van den Berg` ends with `Van den Berg`.
fn ends_with_words(name: &str, tail: &str) -> bool {
    let Some(cut) = name.len().checked_sub(tail.len()) else {
        return false;
    };
    cut > 0
        && name.is_char_boundary(cut)
        && name.as_bytes()[cut - 1] == b' '
        && same_word(&name[cut..], tail)
}

/// True when every word of `short` is a word of `long` (case aside).
fn words_within(short: &str, long: &str) -> bool {
    short
        .split_whitespace()
        .all(|w| long.split_whitespace().any(|o| same_word(w, o)))
}

/// True when `a` and `b` are one word in any case.
fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    }
}

/// True when the run starts right after `the`, `a` or `an`.
fn r_article(f: &Finder, run: Run) -> bool {
    run.a >= 1
        && f.is_lower_word(run.a - 1)
        && ["the", "a", "an"].iter().any(|w| f.t.is_word(run.a - 1, w))
}

/// Finds the cast and crew of one review.
#[must_use]
pub fn find_people(body: &str, ctx: &Context) -> People {
    // A text wrapped at a fixed width (a mail, a Usenet post) is read with its wraps as spaces:
    // the same bytes but for them, so every offset stays an offset into `body`.
    let wraps = soft_wraps(body);
    let unwrapped;
    let body = if wraps.is_empty() {
        body
    } else {
        let mut b = body.as_bytes().to_vec();
        for k in wraps {
            b[k] = b' ';
        }
        unwrapped = String::from_utf8(b).unwrap_or_else(|_| body.to_owned());
        unwrapped.as_str()
    };
    let layout = Layout::of(body.as_bytes());
    let ranges = interesting_sentences(body, ctx.film_title, &layout);
    let mut f = Finder::new(Tokens::new_in(body, &ranges), layout, ctx);
    f.find_crew();
    f.find_table_crew();
    f.settle_crew();
    if let Some(a) = ctx.author {
        f.others.push(name_key(a));
    }
    f.find_strong();
    f.find_bullet_cast();
    f.find_table_cast();
    f.add_listed();
    f.find_possessives();
    f.find_name_mentions();
    f.finish()
}

impl<'a, 'c> Finder<'a, 'c> {
    /// A finder over the tokens `t` of a text laid out as `layout`, nothing found yet.
    fn new(t: Tokens<'a>, layout: Layout, ctx: &'c Context<'c>) -> Self {
        let person_like_memo = vec![std::cell::Cell::new((u32::MAX, false)); t.toks.len()];
        Finder {
            t,
            ctx,
            title: ctx.film_title.unwrap_or("").trim().to_lowercase(),
            people: std::cell::OnceCell::new(),
            crew: Vec::new(),
            others: Vec::new(),
            crew_keys: Vec::new(),
            camera: Vec::new(),
            found: Vec::new(),
            person_like_memo,
            layout,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.t.word(i)
    }

    fn is_cap_word(&self, i: usize) -> bool {
        self.t.toks.get(i).is_some_and(|t| t.is_word() && t.cap)
    }

    fn is_lower_word(&self, i: usize) -> bool {
        self.t.toks.get(i).is_some_and(|t| t.is_word() && !t.cap)
    }

    fn is_particle(&self, i: usize) -> bool {
        self.is_lower_word(i) && self.t.has(i, class::PARTICLE)
    }

    /// A single capital letter glued to a following `.`: an initial.
    fn is_initial_at(&self, i: usize) -> bool {
        self.is_cap_word(i)
            && self.word(i).len() <= 4
            && self.word(i).chars().nth(1).is_none()
            && self
                .t
                .toks
                .get(i + 1)
                .is_some_and(|d| d.is('.') && d.start == self.t.toks[i].end && !self.t.toks[i].poss)
    }

    /// An initial or a title's abbreviation glued to a following `.` (`J.`, `Mrs.`, `Dr.`):
    /// the name goes on after the period.
    fn is_dotted_at(&self, i: usize) -> bool {
        let glued = |i: usize| {
            self.t
                .toks
                .get(i + 1)
                .is_some_and(|d| d.is('.') && d.start == self.t.toks[i].end)
        };
        self.is_cap_word(i)
            && glued(i)
            && (self.is_initial_at(i) || self.t.has(i, class::ABBREVIATION))
    }

    /// `Mac a' Phearsain`, `Nic a' Bhàird`: a Gaelic patronymic's `a'` after the token at `j`;
    /// the index of the word after it.
    fn gaelic_article_after(&self, j: usize) -> Option<usize> {
        let toks = &self.t.toks;
        (one_of(&["mac", "nic", "mhic"], self.word(j))
            && self.t.is_word(j + 1, "a")
            && toks
                .get(j + 2)
                .is_some_and(|q| (q.is('\'') || q.is('’')) && q.start == toks[j + 1].end)
            && self.is_cap_word(j + 3))
        .then_some(j + 3)
    }

    /// The capitalized run starting at token `i` (particles and initials inside).
    fn run_forward(&self, i: usize) -> Option<Run> {
        if !self.is_cap_word(i) {
            return None;
        }
        let toks = &self.t.toks;
        let mut j = i;
        loop {
            if toks[j].poss {
                break;
            }
            if let Some(next) = self.gaelic_article_after(j) {
                j = next;
                continue;
            }
            let mut k = j + 1;
            if self.is_dotted_at(j) {
                k = j + 2;
            }
            let mut p = k;
            while self.is_particle(p) && p < k + 3 {
                p += 1;
            }
            if self.is_cap_word(p) && !toks[k.min(toks.len() - 1)].nl && !toks[p].nl {
                j = p;
            } else {
                break;
            }
        }
        Some(Run { a: i, b: j })
    }

    /// The capitalized run ending at token `j`.
    fn run_backward(&self, j: usize) -> Option<Run> {
        if !self.is_cap_word(j) {
            return None;
        }
        let toks = &self.t.toks;
        let mut a = j;
        loop {
            if toks[a].nl || a == 0 {
                break;
            }
            let prev = a - 1;
            if prev >= 3 && self.gaelic_article_after(prev - 3) == Some(a) {
                a = prev - 3; // `Mac a' Phearsain`
            } else if self.is_cap_word(prev) && !toks[prev].poss {
                a = prev;
            } else if prev >= 1 && toks[prev].is('.') && self.is_dotted_at(prev - 1) {
                a = prev - 1;
            } else if self.is_particle(prev) && prev >= 1 {
                let mut p = prev;
                while p >= 1 && self.is_particle(p) {
                    p -= 1;
                }
                if self.is_cap_word(p) && !toks[p].poss && !toks[p + 1].nl {
                    a = p;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        Some(Run { a, b: j })
    }

    /// True when token `i` opens the two-word run `r` in the Korean order, before a hyphenated
    /// given name: `Oh Jin-woo`, `Ha Ji-won`.
    fn korean_surname_at(&self, i: usize, r: Run) -> bool {
        i == r.a
            && r.b == i + 1
            && self
                .word(i + 1)
                .split_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_ascii_lowercase()))
    }

    /// [`Self::korean_surname_at`] for a surname that is also a function word ([`FUNCTION_SURNAMES`]).
    fn korean_function_surname(&self, r: Run) -> bool {
        one_of(FUNCTION_SURNAMES, self.word(r.a)) && self.korean_surname_at(r.a, r)
    }

    /// Drops leading words that only start a sentence (`Opposite`, `Even`, `Sadly`).
    fn strip_lead(&self, mut r: Run) -> Option<Run> {
        while r.a <= r.b {
            let w = self.word(r.a);
            // `A. K. Ilaiyaselvan`: an initial is never a lead word (`A` the article); `Oh
            // Jin-woo`: nor a surname that is also a function word.
            let lead = self.t.toks[r.a].is_word()
                && !self.is_initial_at(r.a)
                && !self.korean_function_surname(r)
                && !self.month_name_given(r)
                && (self.t.has(
                    r.a,
                    class::FUNCTION | class::NOT_NAME | class::CAST_NOUN | class::CREW_NOUN,
                ) || (r.a < r.b && self.t.has(r.a, class::CALENDAR)) || lead_word(w)
                    // `Sadly Mara`, `Tonight Dev`: an adverb opening the sentence, never a
                    // lone name (`Solly`, `Molly`).
                    || (r.a < r.b
                        && r.a == self.sentence_start(r.a)
                        && w.len() > 4
                        && w.ends_with("ly"))
                    // `Young Nguyễn Hữu Phát, as Tí,`: a word for an actor's age or standing
                    // before a full name.
                    || (r.b >= r.a + 2 && one_of(&["young", "newcomer", "teenage", "little"], w))
                    // `Comedian Barry Quince lends his voice`: an occupation before a full name.
                    || (r.b >= r.a + 2 && one_of(OCCUPATION_LEADS, w))
                    // `Eleven-year-old Domitila`: an age before a name; `the Swiss-born Ueli
                    // Baumgartner`: a birthplace.
                    || (r.a < r.b && {
                        let b = w.as_bytes();
                        b.len() > 9 && b[b.len() - 9..].eq_ignore_ascii_case(b"-year-old")
                            || b.len() > 5 && b[b.len() - 5..].eq_ignore_ascii_case(b"-born")
                    })
                    // `the Dane Mads Kjærgaard Holm`, `the Kenyan Wanjiru Mbeki`: a nationality
                    // after `the`, before a full name.
                    || (r.b >= r.a + 2
                        && r.a >= 1
                        && self.is_lower_word(r.a - 1)
                        && self.t.is_word(r.a - 1, "the")
                        && demonym(w)));
            if !lead {
                break;
            }
            r.a += 1;
            while r.a <= r.b && !self.t.toks[r.a].is_word() {
                r.a += 1;
            }
        }
        (r.a <= r.b && self.t.toks[r.a].is_word()).then_some(r)
    }

    /// `His mother, May Leung, …`, `(June Osei)`: a month that is also a given name, set off
    /// by a comma or a parenthesis before one more name word, is the given name (never `In May
    /// Leung returned`).
    fn month_name_given(&self, r: Run) -> bool {
        r.b == r.a + 1
            && r.a >= 1
            && (self.t.is_punct(r.a - 1, ',') || self.t.is_punct(r.a - 1, '('))
            && one_of(&["april", "august", "june", "may"], self.word(r.a))
    }

    fn run_text(&self, r: Run) -> String {
        let s = self.t.span_text(r.a, r.b);
        // One pass over the bytes: a line break, a tab, a no-break space (0xC2 0xA0) or two
        // spaces in a row need tidying; most names need none.
        let b = s.as_bytes();
        let untidy = b.iter().enumerate().any(|(k, &c)| {
            matches!(c, b'\n' | b'\t' | b'\r' | 0xC2) || (c == b' ' && b.get(k + 1) == Some(&b' '))
        });
        if untidy {
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            s.to_owned()
        }
    }

    /// The full name (person-like, lead words left out) whose run ends at token `j`, never a
    /// possessive (`Ruiz's`).
    fn full_name_at(&self, j: usize) -> Option<(String, Run)> {
        let run = self.run_backward(j)?;
        if self.t.toks[run.b].poss {
            return None;
        }
        let r = self.person_run(run).filter(|r| self.person_like(*r))?;
        Some((self.run_text(r), r))
    }

    /// Capitalized words of a run, initials and particles left out.
    fn name_words(&self, r: Run) -> impl Iterator<Item = usize> + '_ {
        (r.a..=r.b).filter(move |&i| {
            self.t.toks[i].is_word()
                && self.t.toks[i].cap
                && !self.is_initial_at(i)
                && !self.is_particle(i)
        })
    }

    fn is_title(&self, text: &str) -> bool {
        if self.title.is_empty() || text.len() > self.title.len() {
            return false;
        }
        let t = text.as_bytes();
        if text.is_ascii() {
            let title = self.title.as_bytes();
            if t.len() == title.len() {
                return t.eq_ignore_ascii_case(title);
            }
            // The title is lowercase: only the places where the text's first letter stands are
            // compared.
            return t.contains(&b' ')
                && memchr::memchr_iter(
                    t[0].to_ascii_lowercase(),
                    &title[..=title.len() - t.len()],
                )
                .any(|k| title[k..k + t.len()].eq_ignore_ascii_case(t));
        }
        let l = text.to_lowercase();
        l == self.title || (l.contains(' ') && self.title.contains(&l))
    }

    /// Two to four capitalized words that read as a person's name.
    fn person_like(&self, r: Run) -> bool {
        let Some(memo) = self.person_like_memo.get(r.a) else {
            return self.person_like_uncached(r);
        };
        let (b, known) = memo.get();
        if b as usize == r.b {
            return known;
        }
        let answer = self.person_like_uncached(r);
        memo.set((u32::try_from(r.b).unwrap_or(u32::MAX), answer));
        answer
    }

    fn person_like_uncached(&self, r: Run) -> bool {
        let mut count = 0;
        for i in self.name_words(r) {
            count += 1;
            // `Mr Pugh`, `Grandma Věra`: a title or a kin word first names a character (not
            // `Nana`, also a given name).
            let w = self.word(i);
            if count == 1 && (self.t.has(i, class::TITLE) || kin_title(w)) || count > 4 {
                return false;
            }
            // `Police Lieutenant Wichai`, `Head Nurse Ogun`: a title after a word that makes a
            // compound role with it.
            if count == 2 && self.t.has(i, class::TITLE) && self.t.has(r.a, class::ROLE_COMPOUND) {
                return false;
            }
            // `SHOUTING` headings are no names (ASCII words checked on bytes).
            let shouting = if w.is_ascii() {
                w.len() > 3 && !w.bytes().any(|c| c.is_ascii_lowercase())
            } else {
                w.chars().count() > 3 && w.chars().all(|c| !c.is_lowercase())
            };
            // `Daniel Oh`, `Omondi K. Were`: a surname that is also a short function word,
            // last after a given name.
            let function_surname = one_of(FUNCTION_SURNAMES, w)
                && (count >= 2 && i == r.b || self.korean_surname_at(i, r))
                && w.bytes().skip(1).all(|c| c.is_ascii_lowercase());
            let listed = if i == r.a && self.month_name_given(r) {
                0
            } else {
                class::FUNCTION | class::NOT_NAME | class::CALENDAR
            };
            if self.t.has(i, listed) && !function_surname
                || w.bytes().any(|c| c.is_ascii_digit())
                || shouting
            {
                return false;
            }
        }
        // `S. P. Kathiravan`: initials before one name make a full name too.
        let initialled = count == 1 && self.is_initial_at(r.a);
        (count >= 2 || initialled) && !self.is_title(self.t.span_text(r.a, r.b))
    }

    /// Every person-like name of the sentences read, in order (collected on first use).
    fn people(&self) -> &[Person] {
        self.people.get_or_init(|| self.collect_people())
    }

    fn collect_people(&self) -> Vec<Person> {
        let mut people = Vec::new();
        let n = self.t.toks.len();
        let mut i = 0;
        while i < n {
            let Some(run) = self.run_forward(i) else {
                i += 1;
                continue;
            };
            // One word alone is never a full name: skip it without looking closer.
            if run.a == run.b {
                i = run.b + 1;
                continue;
            }
            // `the South Bank`, `a Royal Court`: a determiner right before means a place or a
            // thing, not a person.
            let after_article = r_article(self, run);
            // `Salt Choir (2019)`, `(Cicha Woda, 2009, …)`: a title with its year.
            let year_after = {
                let k = if self.t.is_punct(run.b + 1, ',') || self.t.is_punct(run.b + 1, '(') {
                    run.b + 2
                } else {
                    run.b + 1
                };
                k > run.b + 1 && self.is_year_at(k)
            };
            // `the sketch show Baan Sanuk`, `television's Harbour Lane`: a work's title after
            // its noun or its medium.
            // `the cable drama Bench Warrant`: a film noun after a describing word too.
            let after_work = run.a >= 1 && {
                let w = self.word_or_empty(run.a - 1);
                self.is_lower_word(run.a - 1)
                    && (one_of(WORK_NOUNS, w)
                        || run.a >= 2
                            && one_of(FILM_NOUNS, w)
                            && self.is_lower_word(run.a - 2)
                            && !self.t.has(run.a - 2, class::FUNCTION)
                        || self.t.toks[run.a - 1].poss && one_of(&["television", "tv", "radio"], w))
            };
            // `the cable drama "Salt Wind."`: a title in quotes, wholly.
            let quoted = run.a >= 1
                && (self.t.is_punct(run.a - 1, '"') || self.t.is_punct(run.a - 1, '“'))
                && {
                    let k = if self.t.is_punct(run.b + 1, '.') || self.t.is_punct(run.b + 1, ',') {
                        run.b + 2
                    } else {
                        run.b + 1
                    };
                    self.t.is_punct(k, '"') || self.t.is_punct(k, '”')
                };
            if let Some(r) = self.person_run(run)
                && !after_article
                && !after_work
                && !year_after
                && !quoted
                && self.person_like(r)
            {
                let name = self.run_text(r);
                people.push(Person {
                    key: name_key(&name),
                    name,
                    run: r,
                    sentence: self.t.sentence_of(r.a),
                });
            }
            i = run.b + 1;
        }
        people
    }

    /// The full name a single capitalized word stands for: the one person of the body (or
    /// listed cast) whose surname it is.
    fn resolve_single(&self, w: &str) -> Option<String> {
        // (`is voiced by the comedian Bharani`: a one-word name the metadata lists is that
        // actor.)
        let listed = || self.ctx.listed.iter().map(|l| l.actor.as_str());
        let mut hits: Vec<String> = listed()
            .filter(|n| !n.contains(' ') && same_word(n, w))
            .chain(
                listed()
                    .chain(self.ctx.directors.iter().map(String::as_str))
                    .chain(self.crew.iter().map(|c| c.0.as_str()))
                    .chain(self.found.iter().map(|f| f.actor.as_str()))
                    .filter(|n| surname_of(n, w)),
            )
            .map(str::to_owned)
            .collect();
        // `First Surname` anywhere in the body; `Al-Khatib` opening a sentence stands for
        // `Salma al-Khatib` too. A body form ending in a name known already is that name
        // (`Starring Pitseolak Ashoona-Qaunaq` is `Pitseolak Ashoona-Qaunaq`).
        let known = hits.len();
        let body_forms = self.names_ending_with(w).into_iter().map(|h| {
            hits[..known]
                .iter()
                .find(|k| ends_with_words(&h, k))
                .cloned()
                .unwrap_or(h)
        });
        let body_forms: Vec<String> = body_forms.collect();
        hits.extend(body_forms);
        let mut chars = w.chars();
        if let Some(first) = chars.next().filter(char::is_ascii_uppercase)
            && w.contains('-')
        {
            let lower = format!("{}{}", first.to_ascii_lowercase(), chars.as_str());
            hits.extend(self.names_ending_with(&lower));
        }
        // `Rain as Reckoning in The Weight of Lagos Rain`: words of the film's title are no
        // person's name.
        hits.retain(|h| !self.is_title(h));
        one_person(hits.iter().map(String::as_str)).map(str::to_owned)
    }

    /// `Word text` anywhere in the body: `text` with a capitalized word right before it (not
    /// a function word, a title, a possessive or an initial).
    fn names_ending_with(&self, text: &str) -> Vec<String> {
        let b = self.t.text.as_bytes();
        let mut out = Vec::new();
        for p in memchr::memmem::find_iter(b, text.as_bytes()) {
            if b.get(p + text.len()).is_some_and(u8::is_ascii_alphanumeric)
                || p < 2
                || b[p - 1] != b' '
            {
                continue;
            }
            let word_before = |end: usize| {
                let head = &self.t.text[..end];
                let ws = head
                    .rfind(|c: char| !(is_word_char(c) || matches!(c, '-' | '\'' | '’')))
                    .map_or(0, |k| {
                        k + head[k..].chars().next().map_or(1, char::len_utf8)
                    });
                let word = &head[ws..];
                let class = lx::classify(word);
                (word.starts_with(char::is_uppercase)
                    && class & (lx::class::FUNCTION | lx::class::TITLE | lx::class::NOT_NAME) == 0
                    && !word.ends_with("'s")
                    && !word.ends_with("’s")
                    && word.chars().count() > 1)
                    .then_some((ws, class))
            };
            let Some((mut start, _)) = word_before(p - 1) else {
                continue;
            };
            // `Lowri Haf Prydderch` for `Prydderch`: up to two more name words before (never
            // a crew or cast noun, a role, a date word or an adverb opening the sentence).
            for _ in 0..2 {
                if start < 2 || b[start - 1] != b' ' {
                    break;
                }
                match word_before(start - 1) {
                    Some((ws, class))
                        if class
                            & (lx::class::CREW_NOUN
                                | lx::class::CAST_NOUN
                                | lx::class::ROLE
                                | lx::class::CALENDAR)
                            == 0
                            && !self.t.text[ws..start - 1].ends_with("ly")
                            && !lead_word(&self.t.text[ws..start - 1])
                            // `the Norwegian Sigrid Hovland`: after an article, a word for
                            // the person.
                            && !["the ", "a ", "an "]
                                .iter()
                                .any(|d| self.t.text[..ws].ends_with(d)) =>
                    {
                        start = ws;
                    }
                    _ => break,
                }
            }
            // `Montserrat Vilaró i Pujol` for `Vilaró`: a particle and a second surname after.
            let mut end = p + text.len();
            let rest = &self.t.text[end..];
            if let Some(tail) = rest.strip_prefix(' ')
                && let Some((particle, after)) = tail.split_once(' ')
                && lx::classify(particle) & lx::class::PARTICLE != 0
                && particle.bytes().all(|c| c.is_ascii_lowercase())
                && after.starts_with(|c: char| c.is_uppercase())
            {
                let word = after
                    .find(|c: char| !(is_word_char(c) || c == '-'))
                    .unwrap_or(after.len());
                end += 1 + particle.len() + 1 + word;
            }
            out.push(format!(
                "{} {}",
                &self.t.text[start..p - 1],
                &self.t.text[p..end]
            ));
        }
        out
    }

    /// A longer name, listed or found as cast already, that `text` (two words or more) ends.
    fn fuller_name(&self, text: &str) -> Option<String> {
        let mut hit: Option<&str> = None;
        let names = self
            .ctx
            .listed
            .iter()
            .map(|l| l.actor.as_str())
            .chain(self.found.iter().map(|f| f.actor.as_str()));
        for name in names {
            if ends_with_words(name, text) {
                match hit {
                    Some(h) if name_key(h) != name_key(name) => return None,
                    _ => hit = Some(name),
                }
            }
        }
        hit.map(str::to_owned)
    }

    /// The person a run names: itself when person-like, else the full name of a surname.
    fn person_of(&self, r: Run) -> Option<(String, Run)> {
        let r = self.person_run(r)?;
        if self.person_like(r) {
            let text = self.run_text(r);
            // `Van den Berg` after `Femke van den Berg` was listed or named: the fuller name.
            if let Some(full) = self.fuller_name(&text) {
                return Some((full, r));
            }
            return Some((text, r));
        }
        if r.a == r.b && !self.t.has(r.a, class::TITLE) {
            return self.resolve_single(self.word(r.a)).map(|n| (n, r));
        }
        None
    }

    /// True when token `k` is an honorific ([`HONORIFICS`]): `Mr`, `Miss`, `Mme`.
    fn is_honorific(&self, k: usize) -> bool {
        self.is_cap_word(k) && one_of(HONORIFICS, self.word(k))
    }

    /// True when token `k` is a lower-case adjective of age or fondness ([`FOND_ADJECTIVES`]):
    /// `little Hope Varnedoe`, `old Fidèle`.
    fn is_fond_word(&self, k: usize) -> bool {
        self.is_lower_word(k) && one_of(FOND_ADJECTIVES, self.word(k))
    }

    /// A run read as a person's name: lead words ([`Self::strip_lead`]) and an honorific
    /// ([`Self::without_honorific`]) left out.
    fn person_run(&self, run: Run) -> Option<Run> {
        self.strip_lead(run).map(|r| self.without_honorific(r))
    }

    /// `Mr. Manolis Tsakiris`, `Miss Karamanlaki`: an honorific ([`HONORIFICS`]) before the
    /// name of a person in the review (an actor, the crew) is not part of it; a surname left
    /// alone is resolved by [`Self::person_of`]. (A character keeps it: `Mrs Abernethy` is read
    /// by [`Self::char_forward`].)
    fn without_honorific(&self, mut r: Run) -> Run {
        if r.a < r.b && self.is_honorific(r.a) {
            r.a += 1;
            while r.a < r.b && !self.t.toks[r.a].is_word() {
                r.a += 1;
            }
        }
        r
    }

    /// `plays himself`, `appears as herself`, `turns up as themselves`: a documentary's
    /// subject, or a cameo, in the part of themselves (the part is the pronoun).
    fn reflexive_part(&self, k: usize) -> Option<CharItem> {
        (self.is_lower_word(k) && one_of(&["himself", "herself", "themselves"], self.word(k))).then(
            || CharItem {
                text: self.word(k).to_owned(),
                a: k,
                b: k,
                personal: false,
            },
        )
    }

    /// Names listed from token `i`: `A`, `A and B`, `A, B and C` (person-like or known
    /// surnames). Returns the names with their runs and the index after the list.
    fn names_forward(&self, mut i: usize, end: usize) -> (Vec<(String, Run)>, usize) {
        let mut out = Vec::new();
        while i < end {
            let Some(run) = self.run_forward(i) else {
                break;
            };
            let Some((name, r)) = self.person_of(run) else {
                // `by Sorensen and Bea Hartigan`: a surname that names no one for sure (two
                // Sorensens, or none named in full) leaves the full name after it.
                if let Some(next) = self.list_goes_on(run)
                    && next < end
                    && let Some(after) = self.run_forward(next)
                    && after.b > after.a
                    && self.person_like(after)
                {
                    i = next;
                    continue;
                }
                break;
            };
            out.push((name, r));
            i = run.b + 1;
            if self.t.toks[run.b].poss {
                break;
            }
            // `A (as Munna), B (Shabnam) and C`: a short parenthesis after a name in a list.
            if self.t.is_punct(i, '(')
                && let Some(q) = self.close_of(i)
                && q + 1 < end
                && q <= i + 8
                && (self.t.is_punct(q + 1, ',') || self.t.is_word(q + 1, "and"))
            {
                i = q + 1;
            }
            // `(Paolo dela Cruz, no relation, and Carlo Villanueva)`: a short aside between
            // commas inside a list that fills a parenthesis (outside one, `played by Ana Ruiz,
            // no less, and Tom Okafor plays Dev` goes on to a clause of its own).
            let mut aside = false;
            if self.t.is_punct(i, ',')
                && self.t.is_punct(end, ')')
                && let Some(c) = (i + 2..(i + 5).min(end))
                    .find(|&c| self.t.is_punct(c, ','))
                    .filter(|&c| (i + 1..c).all(|q| self.is_lower_word(q)))
                && self.t.is_word(c + 1, "and")
                && self.is_cap_word(c + 2)
                && !out.is_empty()
            {
                i = c;
                aside = true;
            }
            let mut j = i;
            let comma = self.t.is_punct(j, ',');
            if comma {
                j += 1;
            }
            if self.t.is_word(j, "and") || self.t.is_punct(j, '&') {
                // `A, and B …` after one name starts a clause, not a list (an Oxford comma
                // needs three names).
                if comma && out.len() == 1 && !aside {
                    break;
                }
                j += 1;
            }
            // `A, B and the Antwerp rapper C`: an occupation before the last name.
            if j > i && !self.is_cap_word(j) {
                j = self.occupation_lead_from(j).unwrap_or(j);
            }
            if j > i && self.is_cap_word(j) && j < end {
                i = j;
            } else {
                break;
            }
        }
        (out, i)
    }

    /// `the comedian Rich Halloran`, `the Antwerp rapper Kobe Laureys`, `rapper Dee Okoro`: the
    /// name after an occupation ([`OCCUPATION_LEADS`]) from token `j`, with its `the` and a
    /// capitalized word for where it is from.
    fn occupation_lead_from(&self, j: usize) -> Option<usize> {
        let mut k = j;
        if self.t.is_word(k, "the") && self.is_lower_word(k) {
            k += 1;
            if self.is_cap_word(k) && !self.t.toks[k].poss && self.is_lower_word(k + 1) {
                k += 1;
            }
        }
        (self.is_lower_word(k)
            && !self.t.toks[k].poss
            && one_of(OCCUPATION_LEADS, self.word(k))
            && self.is_cap_word(k + 1))
        .then_some(k + 1)
    }

    /// After a one-word capitalized run, the token where a list of names goes on (`Sorensen
    /// and Bea`, `Sorensen, Bea`, `Sorensen & Bea`; never `Fiso, and Tom Okafor is`, a clause
    /// of its own).
    fn list_goes_on(&self, run: Run) -> Option<usize> {
        if run.a != run.b || self.t.toks[run.b].poss {
            return None;
        }
        let mut j = run.b + 1;
        let comma = self.t.is_punct(j, ',');
        if comma {
            j += 1;
        }
        if self.t.is_word(j, "and") || self.t.is_punct(j, '&') {
            // (`played by Fiso, and Tom Okafor is his brother`: a clause of its own.)
            if comma {
                return None;
            }
            j += 1;
        }
        (j > run.b + 1 && self.is_cap_word(j)).then_some(j)
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.t.sentences[self.t.sentence_of(i)].end
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.t.sentences[self.t.sentence_of(i)].start
    }

    // ---------------------------------------------------------------- crew

    fn find_crew(&mut self) {
        for s in 0..self.t.sentences.len() {
            let range = self.t.sentences[s].clone();
            let end = range.end;
            // A label opens a line, or a sentence of a credits block run on in one line.
            self.credit_label(range.start, end);
            self.panel_line(range.start, end);
            for i in range {
                // Most words cue nothing: a flag and the word's bytes rule them out before the
                // call ([`crew_cue`] holds every word `crew_at` reads without a trigger flag).
                let t = self.t.toks[i];
                if t.is_word()
                    && (t.trig
                        || t.poss && t.cap
                        || crew_cue(&self.t.text.as_bytes()[t.start as usize..t.end as usize]))
                {
                    self.crew_at(i, end);
                } else if t.is('(') && i >= 1 {
                    self.crew_work_parenthesis(i);
                }
            }
        }
    }

    /// `the cinematography (Ōmori Daisuke)`, `the score (A and B)`: a crew work's noun, then
    /// only its people's full names in parentheses.
    fn crew_work_parenthesis(&mut self, open: usize) {
        let w = self.word_or_empty(open - 1);
        if !self.is_lower_word(open - 1) || !one_of(WORK_NOUNS_OF_CREW, w) {
            return;
        }
        let (Some(role), Some(close)) = (lookup(CREW_BY, w), self.close_of(open)) else {
            return;
        };
        let (names, after) = self.names_forward(open + 1, close);
        if after == close && names.iter().all(|(n, _)| n.contains(' ')) {
            self.push_crew_names(names, role);
        }
    }

    /// `Jury: Ingrid Solheim-Aas (President), Hugo Verdier`, `Judges: A, B`: a line that names
    /// a jury; its people are nobody's cast.
    fn panel_line(&mut self, start: usize, end: usize) {
        const LABELS: &[&str] = &["jury", "jurors", "judges"];
        let mut i = start;
        if !self.is_cap_word(i) || !one_of(LABELS, self.word(i)) {
            return;
        }
        if self.t.is_word(i + 1, "members") || self.t.is_word(i + 1, "member") {
            i += 1;
        }
        if !self.t.is_punct(i + 1, ':') {
            return;
        }
        let mut k = i + 2;
        while k < end {
            if let Some(run) = self.run_forward(k).filter(|r| r.a == k) {
                if self.person_like(run) {
                    self.others.push(name_key(&self.run_text(run)));
                }
                k = run.b + 1;
            } else {
                k += 1;
            }
        }
    }

    /// `the cinematography of Jean-Baptiste Mendy`, `the editing of Name`, `the score of A and
    /// B`: a crew work's noun after `the`, then `of` (at `i`) and only full names, closing
    /// their clause (never `music` or `photography`, which may be a subject's own, nor after a
    /// comparison).
    fn crew_work_of(&mut self, i: usize, end: usize) {
        if i < 2 || !self.t.is_word(i - 2, "the") || !self.is_lower_word(i - 1) {
            return;
        }
        // Not `the music of Nina Simone` (songs, a subject), `the photography of Vivian Maier`
        // (a subject), nor after a comparison (`recalls the cinematography of Sven Nykvist`).
        let w = self.word(i - 1);
        if !one_of(
            &["cinematography", "editing", "score", "screenplay", "script"],
            w,
        ) || i >= 3
            && one_of(
                &[
                    "recall",
                    "recalls",
                    "recalling",
                    "echo",
                    "echoes",
                    "echoing",
                    "evoke",
                    "evokes",
                    "evoking",
                    "like",
                    "channels",
                    "channelling",
                    "channeling",
                    "invokes",
                    "borrows",
                    "unlike",
                    "rivals",
                    "reminiscent",
                ],
                self.word_or_empty(i - 3),
            )
            || i >= 4
                && self.t.is_word(i - 3, "of")
                && one_of(
                    &["reminiscent", "memories", "echoes"],
                    self.word_or_empty(i - 4),
                )
        {
            return;
        }
        let Some(role) = lookup(CREW_BY, w) else {
            return;
        };
        let (names, after) = self.names_forward(i + 1, end);
        let closes = after >= end
            || [',', '.', ';', '—', ')']
                .iter()
                .any(|&c| self.t.is_punct(after, c))
            || self.is_lower_word(after) && !self.t.toks[after - 1].poss;
        if !names.is_empty() && closes && names.iter().all(|(n, _)| n.contains(' ')) {
            self.push_crew_names(names, role);
        }
    }

    /// A credits line opening at token `i`: `Screenplay: A, B`, `Camera (colour): Name`,
    /// `Crew: Director: Name`, `Music: Name`.
    fn credit_label(&mut self, mut i: usize, end: usize) {
        // `• Director:`: a bullet before the label.
        while i < end && !self.t.toks[i].is_word() && !self.t.is_punct(i, '(') {
            i += 1;
        }
        let colon_after = |k: usize| {
            let mut j = k + 1;
            if self.t.is_punct(j, '(') {
                while j < end && !self.t.is_punct(j, ')') {
                    j += 1;
                }
                j += 1;
            }
            // `Dir. Name`: the abbreviation's period stands for the colon.
            let dir = self.t.is_word(k, "dir") && self.t.toks[k].cap && self.t.is_punct(j, '.');
            if self.t.is_punct(j, ':') || dir {
                return Some(j + 1);
            }
            // `Editor .......... Name`: dot leaders stand for the colon.
            let dots = (j..end)
                .take_while(|&q| self.t.is_punct(q, '.') || self.t.is_punct(q, '…'))
                .count();
            (dots >= 3 || self.t.is_punct(j, '…')).then_some(j + dots)
        };
        if self.t.toks.get(i).is_some_and(super::tokens::Tok::is_word)
            && one_of(&["crew", "credits"], self.word(i))
            && let Some(j) = colon_after(i)
        {
            i = j;
        }
        if !self.is_cap_word(i) {
            return;
        }
        // `Director of Photography`, `Original Music`: two-word labels.
        let (role, last) = if self.t.is_word(i, "director")
            && self.t.is_word(i + 1, "of")
            && self.t.is_word(i + 2, "photography")
        {
            (Some(CrewRole::Cinematographer), i + 2)
        } else if self.t.is_word(i, "original")
            && (self.t.is_word(i + 1, "music") || self.t.is_word(i + 1, "score"))
        {
            (Some(CrewRole::Composer), i + 1)
        } else {
            (credit_label_role(self.word(i).as_bytes()), i)
        };
        let Some(role) = role else {
            return;
        };
        // `Crew: Director, writer: Name`: two labels before one colon.
        let mut roles = vec![role];
        let mut last = last;
        if colon_after(last).is_none()
            && self.t.is_punct(last + 1, ',')
            && let Some(second) = self
                .t
                .toks
                .get(last + 2)
                .filter(|t| t.is_word())
                .and_then(|_| credit_label_role(self.word(last + 2).as_bytes()))
        {
            roles.push(second);
            last += 2;
        }
        let Some(j) = colon_after(last) else {
            return;
        };
        // Dot leaders end a sentence before a capital: the names are in the next one.
        let end = if j >= end && j < self.t.toks.len() {
            self.sentence_end(j)
        } else {
            end
        };
        let (names, _) = self.names_forward(j, end);
        for (name, r) in names {
            for &role in &roles {
                self.push_crew(name.clone(), role, r);
            }
        }
    }

    /// Crew (and critics, singers) signalled by token `i` of a sentence ending at `end`.
    fn crew_at(&mut self, i: usize, end: usize) {
        let tok = self.t.toks[i];
        if !tok.is_word() {
            return;
        }
        let w = self.word(i);
        if tok.poss && tok.cap {
            self.crew_possessive(i);
            return;
        }
        if w.len() == 2 && w.eq_ignore_ascii_case("by") {
            self.crew_by(i, end);
            return;
        }
        if w == "from" {
            self.crew_from(i, end);
            return;
        }
        if w == "of" {
            self.crew_work_of(i, end);
            return;
        }
        // `Kunle Adebayo-Hart, behind the camera again,`: the director.
        if w.eq_ignore_ascii_case("behind")
            && self.t.is_word(i + 1, "the")
            && self.t.is_word(i + 2, "camera")
            && i >= 2
            && self.t.is_punct(i - 1, ',')
        {
            if let Some(run) = self.run_backward(i - 2)
                && let Some((name, r)) = self.person_of(run)
            {
                self.push_crew(name, CrewRole::Director, r);
            }
            return;
        }
        // (`co-writer` the noun is read with the other crew nouns below.)
        if w.len() > 5
            && w.as_bytes()[..5].eq_ignore_ascii_case(b"co-wr")
            && !one_of(&["co-writer", "co-writers"], w)
        {
            // `Vilaró, who co-wrote the screenplay with Pau Rius`: the subject writes too.
            // `Sjöberg co-wrote the screenplay with Name`: the subject too (the name right
            // before, never a list reaching into the clause before: `shot by A, and B
            // co-wrote`).
            if one_of(&["co-wrote", "co-writes"], w) && i >= 1 {
                if self.t.is_word(i - 1, "who") {
                    for (name, r) in self.subjects_before(i) {
                        self.push_crew(name, CrewRole::Writer, r);
                    }
                } else if self.is_cap_word(i - 1)
                    && let Some((name, r)) = self.subjects_before(i).pop()
                {
                    self.push_crew(name, CrewRole::Writer, r);
                } else if i >= 3
                    && self.t.is_punct(i - 1, ',')
                    && let Some(run) = self.run_backward(i - 2)
                    && run.a >= 1
                    && self.t.is_punct(run.a - 1, ',')
                    && let Some((name, r)) = self.person_of(run)
                {
                    // `the director, Pornthip Saelim-Wong, co-wrote it with Name`: a name set
                    // off by commas is the subject.
                    self.push_crew(name, CrewRole::Writer, r);
                } else if self.t.is_word(i - 1, "and")
                    && let Some(v) = (i.saturating_sub(5)..i - 1).rev().find(|&q| {
                        one_of(&["directed", "directs", "produced", "edited"], self.word(q))
                            && self.t.toks[q].is_word()
                    })
                {
                    // `Corinne Haskett directed it and co-wrote it with Name`: the subject of
                    // the verb before `and`.
                    for (name, r) in self.subjects_before(v) {
                        self.push_crew(name, CrewRole::Writer, r);
                    }
                }
            }
            self.co_wrote(i, end);
            return;
        }
        // `Vũ Hoài Thương directs from her own script`: the director, who wrote it too.
        if w.len() >= 7
            && w.as_bytes()[0] == b'd'
            && one_of(&["directs", "directed"], w)
            && self.t.is_word(i + 1, "from")
            && self.t.is_word(i + 3, "own")
            && one_of(&["script", "screenplay"], self.word_or_empty(i + 4))
        {
            for (name, r) in self.subjects_before(i) {
                self.push_crew(name.clone(), CrewRole::Director, r);
                self.push_crew(name, CrewRole::Writer, r);
            }
        }
        // The verbs below start with `a`, `c`, `d`, `e`, `l`, `m`, `p`, `s` or `w`: one byte
        // test spares every other word the comparisons.
        if matches!(
            w.as_bytes()[0] | 0x20,
            b'a' | b'c' | b'd' | b'e' | b'l' | b'm' | b'p' | b's' | b'w'
        ) && self.crew_verb(i, w, end)
        {
            return;
        }
        // `her script, written with the poet Name`, `written with Name over one winter`: a
        // co-writer after `with`.
        if w == "written" && self.t.is_word(i + 1, "with") {
            self.co_wrote(i, end);
            return;
        }
        if !self.t.is_trigger(i) {
            return;
        }
        // `Name, who wrote the script with Name`, `wrote his segment with`, `wrote the film
        // with`: writers, not a critic (`wrote` and `writes` are speech verbs, so triggers);
        // a film or a segment only before `with`, `and` or the clause's end (`Name wrote the
        // film and also cut it`; `Ebert wrote the film off`, `wrote the film was a con` are
        // critics).
        // `Name wrote it with Name`: both write.
        // `she also wrote it, with Otieno Ouma`: a comma may come before `with`.
        let it_with = self.t.is_word(i + 1, "it")
            && (self.t.is_word(i + 2, "with")
                || self.t.is_punct(i + 2, ',') && self.t.is_word(i + 3, "with"));
        // `a screenplay he wrote with Shirin Navab`, `Vlachou's script, which she wrote with
        // the poet Name`: the script named just before.
        let script_with = self.t.is_word(i + 1, "with")
            && (i.saturating_sub(5)..i)
                .any(|q| one_of(&["script", "screenplay"], self.word_or_empty(q)));
        // `Name wrote and directed`, `wrote it and directed it`, `wrote the script and
        // directed`: the director too (an object may come between).
        let directs = one_of(&["wrote", "writes"], w) && {
            let and = if self.t.is_word(i + 1, "it") {
                i + 2
            } else if self.t.has(i + 1, class::DETERMINER)
                && one_of(&["script", "screenplay", "film"], self.word_or_empty(i + 2))
            {
                i + 3
            } else {
                i + 1
            };
            self.t.is_word(and, "and")
                && one_of(&["directed", "directs"], self.word_or_empty(and + 1))
        };
        if (self.t.has(i + 1, class::DETERMINER) || it_with || script_with)
            && one_of(&["wrote", "writes"], w)
            && (it_with
                || script_with
                || one_of(&["script", "screenplay"], self.word_or_empty(i + 2))
                // `He and Renata Lim wrote a really funny script`.
                || self.t.has(i + 1, class::DETERMINER)
                    && (i + 2..i + 5)
                        .take_while(|&q| self.is_lower_word(q))
                        .any(|q| one_of(&["script", "screenplay"], self.word(q)))
                || one_of(&["film", "segment"], self.word_or_empty(i + 2))
                    && (self.t.is_word(i + 3, "with")
                        || self.t.is_word(i + 3, "and")
                        || self.t.toks.get(i + 3).is_none_or(|t| !t.is_word())))
        {
            let mut subjects = self.subjects_before(i);
            if subjects.is_empty() && i >= 1 && is_subject_pronoun(self.word_or_empty(i - 1)) {
                subjects.extend(self.crew_antecedent(i - 1));
            }
            // `He and Phil Gorski wrote a really funny script`: the pronoun is a writer too.
            if let Some(first) = subjects.first().map(|s| s.1.a)
                && first >= 2
                && self.t.is_word(first - 1, "and")
                && is_subject_pronoun(self.word_or_empty(first - 2))
            {
                subjects.extend(self.crew_antecedent(first - 2));
            }
            for (name, r) in subjects {
                if directs {
                    self.push_crew(name.clone(), CrewRole::Director, r);
                }
                self.push_crew(name, CrewRole::Writer, r);
            }
            self.co_wrote(i, end);
            return;
        }
        // `Henrique de Holanda wrote and directed`, `Name, who wrote it as well`, `Name, who
        // also wrote the screenplay`: a writer (and the director when `and directed` follows).
        if one_of(&["wrote", "writes"], w) {
            let who = self.who_verb(i);
            let film = self.t.is_word(i + 1, "it")
                || one_of(&["script", "screenplay"], self.word_or_empty(i + 2))
                    && self.t.has(i + 1, class::DETERMINER);
            if directs || who.is_some() && film {
                // `also wrote and directed`: the subject is read from before `also`.
                let v = if i >= 1 && self.t.is_word(i - 1, "also") {
                    i - 1
                } else {
                    i
                };
                let start = self.sentence_start(i);
                for (name, r) in self.subjects_before(v) {
                    if directs {
                        self.push_crew(name.clone(), CrewRole::Director, r);
                    }
                    // `The score is by the singer Name, who wrote it for a single phin`: `it`
                    // is the music the sentence opened on.
                    let music = self.t.is_word(i + 1, "it")
                        && (start..r.a).any(|q| {
                            one_of(
                                &["score", "music", "soundtrack", "songs", "song"],
                                self.word_or_empty(q),
                            )
                        });
                    if !music {
                        self.push_crew(name, CrewRole::Writer, r);
                    }
                }
                return;
            }
        }
        let c = self.t.class(i);
        {
            if c & class::CREW_NOUN != 0
                && let Some(role) = lookup(CREW_NOUNS, self.word(i))
            {
                self.crew_noun(i, role, end);
            } else if c & class::MUSIC_NOUN != 0 {
                // `a song by Name`, `singer Name`: neither cast nor crew.
                let mut j = i + 1;
                if self.t.is_word(j, "by") {
                    j += 1;
                }
                let (names, _) = self.names_forward(j, end);
                for (name, _) in names {
                    self.others.push(name_key(&name));
                }
            } else if i >= 1 && c & class::SPEECH_VERB != 0 {
                self.critic_before(i);
            }
        }
    }

    /// `the second feature from Fujieda Naomi`, `a new film from`, `the sprawling western
    /// from Name`, `music from Name`: the director of a film, or the maker of a work, named
    /// after `from`. `feature`, `debut`, `music` and the words for a film before `from` select
    /// a sentence; the other works are read when another trigger selects it.
    fn crew_from(&mut self, i: usize, end: usize) {
        let Some(before) = i.checked_sub(1) else {
            return;
        };
        let work = self.word_or_empty(before);
        let role = if one_of(&["feature", "debut"], work) || one_of(FILM_NOUNS, work) {
            CrewRole::Director
        } else if one_of(&["music", "score", "songs"], work) {
            CrewRole::Composer
        } else if one_of(&["script", "screenplay"], work) {
            CrewRole::Writer
        } else {
            return;
        };
        // `a letter from Name`, `the film from Name's novel`: only a name that ends the
        // phrase (no possessive), and for a film only after a determiner or a word for which
        // one (`the second feature`, `a new film`).
        // `the sprawling Brazilian western from Name`: one capitalized adjective may come
        // between.
        let which = |q: usize| self.t.has(q, class::DETERMINER) || self.is_lower_word(q);
        if role == CrewRole::Director
            && !(before >= 1
                && (which(before - 1)
                    || before >= 2 && self.is_cap_word(before - 1) && which(before - 2)))
        {
            return;
        }
        let (names, _) = self.names_forward(i + 1, end);
        self.push_crew_names(names, role);
    }

    /// The verb at `i` after `who` or `who also` (`Name, who also edited the film`): the token
    /// to read the subject back from (`also`, or the verb itself).
    fn who_verb(&self, i: usize) -> Option<usize> {
        if i >= 1 && self.t.is_word(i - 1, "who") {
            Some(i)
        } else if i >= 2 && self.t.is_word(i - 1, "also") && self.t.is_word(i - 2, "who") {
            Some(i - 1)
        } else {
            None
        }
    }

    /// Crew named by a verb at token `i` (`w`): `adapted … from`, `shot it`, `which Name wrote
    /// with Name`. True when the verb was read.
    fn crew_verb(&mut self, i: usize, w: &str, end: usize) -> bool {
        // `Valentina Oyarzún makes her feature debut with`, `made his directorial debut`:
        // the director (never a `screen`, `acting` or `film` debut, which may be an actor's).
        if one_of(&["makes", "made"], w)
            && ["her", "his", "their"]
                .iter()
                .any(|p| self.t.is_word(i + 1, p))
            && one_of(
                &["feature", "directorial", "directing"],
                self.word_or_empty(i + 2),
            )
            && self.t.is_word(i + 3, "debut")
        {
            for (name, r) in self.subjects_before(i) {
                self.push_crew(name, CrewRole::Director, r);
            }
            return true;
        }
        // `Haruka Ikeda, who also edited the film`: the editor; `Kourosh Abedini, directing
        // his third feature`: the director.
        let role = match w {
            "edited" => Some(CrewRole::Editor),
            // `Màiri NicLeòid, who also directed the film,`; `Name, who wrote the script with
            // Name and directed it,`.
            "directing" | "directed" => Some(CrewRole::Director),
            _ => None,
        };
        if let Some(role) = role {
            let start = self.sentence_start(i);
            let who = self.who_verb(i).or_else(|| {
                (w == "directed" && i >= 1 && self.t.is_word(i - 1, "and"))
                    .then(|| {
                        (i.saturating_sub(14).max(start + 2)..i - 1)
                            .rev()
                            .take_while(|&q| !self.t.is_punct(q, '.'))
                            .find(|&q| self.t.is_word(q, "who") && self.t.is_punct(q - 1, ','))
                            .map(|q| q + 1)
                    })
                    .flatten()
            });
            let opens_appositive = i >= 2 && self.t.is_punct(i - 1, ',') && self.is_cap_word(i - 2);
            // `(Callum Byrne-Ashworth, who also directed)`: after `who also`, the clause may
            // end at the verb (`Name, who directed, is modest` may mean another film).
            let object = ["it", "the", "his", "her", "their"]
                .iter()
                .any(|x| self.t.is_word(i + 1, x))
                || w == "directed"
                    && who.is_some_and(|v| v < i)
                    && [',', ')', '.', ';']
                        .iter()
                        .any(|&c| self.t.is_punct(i + 1, c));
            if ((role == CrewRole::Editor || w == "directed") && who.is_some()
                || w == "directing" && opens_appositive)
                && object
            {
                let subjects = match who {
                    Some(v) if !opens_appositive => self.subjects_before(v),
                    _ => self.full_name_at(i - 2).into_iter().collect(),
                };
                for (name, r) in subjects {
                    self.push_crew(name, role, r);
                }
                return true;
            }
        }
        // `Ratna Widyaningsih adapted the film from …`, `which she adapted with Siôn Bevan
        // from …`: the adapter writes, and so does a partner named after `with`.
        if w.eq_ignore_ascii_case("adapted") && !self.t.is_word(i + 1, "by") {
            let from = (i + 1..(i + 5).min(end))
                .take_while(|&k| self.t.toks[k].is_word())
                .any(|k| self.t.is_word(k, "from"));
            // `Penwarden has adapted Gordon Blakiston's 1979 novel`: a book as the object.
            let book = (i + 1..(i + 6).min(end))
                .take_while(|&k| self.t.toks[k].is_word())
                .any(|k| self.is_lower_word(k) && one_of(SOURCE_WORKS, self.word(k)));
            let v = if i >= 1 && one_of(&["has", "had", "have"], self.word_or_empty(i - 1)) {
                i - 1
            } else {
                i
            };
            if from || book {
                for (name, r) in self.subjects_before(v) {
                    self.push_crew(name, CrewRole::Writer, r);
                }
                self.co_wrote(i, end);
            }
            return true;
        }
        // `Arash Kiani shot the film`, `Davit Metreveli shot it on film`, `Tobias Amberley
        // lensed it`: the camera, unless the name directs; `Noor Haddad cut it`, `Tessa Quayle
        // edited it` (editor); `Lydia Frame produced for Halcyon Forge` (producer).
        let role = match w {
            "shot" | "lensed" => Some(CrewRole::Cinematographer),
            "cut" | "edited" => Some(CrewRole::Editor),
            "produced" => Some(CrewRole::Producer),
            _ => None,
        };
        // `shot nearly the whole film`, `shot most of it`: a share of the film between.
        let mut k = i + 1;
        while k < i + 4
            && self.is_lower_word(k)
            && one_of(
                &[
                    "nearly",
                    "almost",
                    "virtually",
                    "practically",
                    "most",
                    "much",
                    "all",
                    "half",
                    "of",
                ],
                self.word(k),
            )
        {
            k += 1;
        }
        let film = |q: usize| one_of(&["film", "movie", "picture"], self.word_or_empty(q));
        if let Some(role) = role
            && (self.t.is_word(k, "it")
                || self.t.is_word(k, "the")
                    && (film(k + 1) || self.t.is_word(k + 1, "whole") && film(k + 2))
                || role == CrewRole::Producer && self.t.is_word(i + 1, "for"))
            && i >= 1
            && self.is_cap_word(i - 1)
        {
            let directors = self.director_keys();
            for (name, r) in self.subjects_before(i) {
                if role != CrewRole::Cinematographer || !directors.contains(&name_key(&name)) {
                    self.push_crew(name, role, r);
                }
            }
            return true;
        }
        // `the screenplay, which Prykhodko wrote with Taras Lysenko-Hnatiuk`: both write.
        if one_of(&["wrote", "co-wrote"], w)
            && let Some(q) = (i.saturating_sub(4)..i)
                .rev()
                .find(|&q| !self.is_cap_word(q))
                .filter(|&q| q + 1 < i && self.t.is_word(q, "which"))
            && q >= 2
            && self.t.is_punct(q - 1, ',')
            && one_of(&["screenplay", "script"], self.word_or_empty(q - 2))
        {
            for (name, r) in self.subjects_before(i) {
                self.push_crew(name, CrewRole::Writer, r);
            }
            self.co_wrote(i, end);
            return true;
        }
        false
    }

    /// `directed by A`, `written and directed by A and B`, `the script, by A and B`.
    fn crew_by(&mut self, i: usize, end: usize) {
        let Some(mut k) = i.checked_sub(1) else {
            return;
        };
        if self.t.is_punct(k, ',') && k >= 1 {
            k -= 1;
        }
        let mut roles = Vec::new();
        // `based on a story by the Yiddish writer Name`: the source's author.
        let based_on = || {
            (k.saturating_sub(4)..k).any(|q| {
                self.t.is_word(q, "based") && self.t.is_word(q + 1, "on")
                    || self.t.is_word(q, "inspired") && self.t.is_word(q + 1, "by")
            })
        };
        if self.t.is_word(k, "story") && based_on() {
            roles.push(CrewRole::Novelist);
        } else if let Some(r) =
            lookup(CREW_BY, self.word(k)).filter(|_| self.t.has(k, class::CREW_BY))
        {
            roles.push(r);
            // `written and directed by`, `written & directed by`.
            if k >= 2
                && (self.t.is_word(k - 1, "and") || self.t.is_punct(k - 1, '&'))
                && let Some(r2) = lookup(CREW_BY, self.word(k - 2))
            {
                roles.push(r2);
            }
        } else if [k, k.saturating_sub(1)].into_iter().any(|q| {
            self.t.is_word(q, "songs")
                && (q == k || one_of(&["are", "were"], self.word(k)))
                && q >= 1
                && self.t.is_word(q - 1, "the")
        }) {
            // `The songs are by Lani Faleolo`, `The songs by Ilango Selvaraj are catchy`: the
            // film's songs, by their composer (never `two songs by` a band or a singer).
            roles.push(CrewRole::Composer);
        } else if self.t.has(k, class::MUSIC_NOUN) || self.t.is_word(k, "sung") {
            let (names, _) = self.names_forward(i + 1, end);
            for (name, _) in names {
                self.others.push(name_key(&name));
            }
            return;
        }
        // `a novel by`, `the book by`: novelist only when a book is the object; `the novel
        // Les Digues by`, `the novel "Les Digues" by`: its title between.
        let book = |q: usize| SOURCE_WORKS.iter().any(|w| self.t.is_word(q, w));
        let titled_book = || {
            let mut q = k;
            if matches!(
                self.t.toks[q].kind,
                super::tokens::Kind::Punct('"' | '”' | '’' | '\'')
            ) && q >= 1
            {
                q -= 1;
            }
            let run = self.run_backward(q)?;
            let mut a = run.a.checked_sub(1)?;
            if matches!(
                self.t.toks[a].kind,
                super::tokens::Kind::Punct('"' | '“' | '‘' | '\'')
            ) && a >= 1
            {
                a -= 1;
            }
            (self.is_lower_word(a) && book(a)).then_some(())
        };
        if roles.is_empty() && (book(k) || titled_book().is_some()) {
            roles.push(CrewRole::Novelist);
        }
        // `It is by Dóra Gál-Fischer, who also wrote the screenplay`: the film is by its
        // director.
        if roles.is_empty()
            && k >= 1
            && one_of(&["is", "was"], self.word(k))
            && (self.t.is_word(k - 1, "it") || self.t.is_word(k - 1, "film"))
        {
            roles.push(CrewRole::Director);
        }
        // `The camera work, by Name`, `camerawork by Name`.
        if roles.is_empty()
            && (self.t.is_word(k, "camerawork")
                || self.t.is_word(k, "work") && k >= 1 && self.t.is_word(k - 1, "camera"))
        {
            roles.push(CrewRole::Cinematographer);
        }
        // `the music, mostly a harp and a great deal of rain, is by Name`: a work, then an
        // aside between commas, then the copula.
        if roles.is_empty()
            && k >= 3
            && one_of(&["is", "was", "are", "were"], self.word_or_empty(k))
            && self.t.is_punct(k - 1, ',')
            && let Some(c) = (k.saturating_sub(18).max(self.sentence_start(k))..k - 1)
                .rev()
                .take_while(|&q| self.is_lower_word(q) || self.t.is_punct(q, ','))
                .find(|&q| self.t.is_punct(q, ','))
            && c >= 1
            && self.is_lower_word(c - 1)
            && self.t.has(c - 1, class::CREW_BY)
            && let Some(r) = lookup(CREW_BY, self.word(c - 1))
            && !self.t.has(c - 1, class::FUNCTION)
            && self.word(c - 1).bytes().all(|b| b.is_ascii_alphabetic())
            && !self.word(c - 1).ends_with("ed")
        {
            roles.push(r);
        }
        // `shot in Lofoten by Name`, `directed with real affection by Name`: the verb a few
        // words back, only words between.
        if roles.is_empty() {
            // `directed, like the first film, by`: an aside between commas may come between.
            // `Music is by Name`: the sentence's first word too.
            let start = self.sentence_start(k);
            let open = |q: usize| q == start && self.is_cap_word(q) && !self.t.toks[q].poss;
            let verb = (k.saturating_sub(7).max(start)..k)
                .rev()
                .take_while(|&q| self.is_lower_word(q) || self.t.is_punct(q, ',') || open(q))
                .filter(|&q| self.is_lower_word(q) || open(q))
                .find_map(|q| {
                    let w = self.word(q);
                    if one_of(&["shot", "filmed", "photographed", "lensed"], w) {
                        Some(CrewRole::Cinematographer)
                    } else {
                        lookup(CREW_BY, w).filter(|_| self.t.has(q, class::CREW_BY))
                    }
                });
            roles.extend(verb);
        }
        if roles.is_empty() {
            return;
        }
        // `by first-timer Name`, `by the veteran Name`: describing words before the name.
        let first = self.skip_describing(i + 1, i + 4);
        let (mut names, after) = self.names_forward(first, end);
        // `written by Bonnici Calì with Matteo Saliba`: a co-writer after `with`.
        if roles == [CrewRole::Writer] && !names.is_empty() && self.t.is_word(after, "with") {
            let more = self.skip_describing(after + 1, after + 4);
            names.extend(self.names_forward(more, end).0);
        }
        // `the screenplay is by Casademont and the novelist Arnau Pijoan`: one more name
        // after `and` and a word for the person.
        if !names.is_empty()
            && self.t.is_word(after, "and")
            && self.t.has(after + 1, class::DETERMINER)
        {
            let more = self.skip_describing(after + 1, after + 5);
            if more > after + 2
                && (self.person_noun_at(more - 1) || self.t.has(more - 1, class::CREW_NOUN))
            {
                names.extend(self.names_forward(more, end).0.into_iter().take(1));
            }
        }
        // `produced by Grace's own daughter, Nneka Okonkwo-Hart,`: a relation of someone
        // named, then the name set off after it.
        if names.is_empty()
            && self.is_cap_word(first)
            && self.t.toks[first].poss
            && let Some(c) = (first + 1..(first + 5).min(end))
                .take_while(|&q| self.is_lower_word(q) || self.t.is_punct(q, ','))
                .find(|&q| self.t.is_punct(q, ','))
            && (first + 1..c).any(|q| self.person_noun_at(q))
        {
            names.extend(self.names_forward(c + 1, end).0.into_iter().take(1));
        }
        // `directed by a Frenchwoman, Claire Aubertin-Moreau,`: a word for the person, then
        // the full name set off after it.
        if names.is_empty()
            && self.is_cap_word(first)
            && self.run_forward(first).is_some_and(|r| r.a == r.b)
            && self.t.is_punct(first + 1, ',')
            && let Some(named) = self
                .names_forward(first + 2, end)
                .0
                .into_iter()
                .next()
                .filter(|(n, _)| n.contains(' '))
        {
            names.push(named);
        }
        // `The music is by the throat-singer Dashnyam`: one name after a describing noun
        // (never a group's: `by the throat-singing duo Tarniq`).
        if names.is_empty()
            && first > i + 1
            && !(i + 1..first).any(|q| {
                one_of(
                    &[
                        "band",
                        "choir",
                        "collective",
                        "duo",
                        "ensemble",
                        "group",
                        "orchestra",
                        "quartet",
                        "trio",
                    ],
                    self.word_or_empty(q),
                )
            })
            && let Some(m) = self.mononym_at(first)
        {
            names.push(m);
        }
        for (name, r) in names {
            for &role in &roles {
                self.push_crew(name.clone(), role, r);
            }
        }
    }

    /// `co-wrote the script with Name`, `co-written with Name and Name`: writers.
    fn co_wrote(&mut self, i: usize, end: usize) {
        let Some(with) = (i + 1..(i + 5).min(end))
            .take_while(|&k| self.is_lower_word(k) || self.t.is_punct(k, ','))
            .find(|&k| self.t.is_word(k, "with"))
        else {
            return;
        };
        let first = self.skip_describing(with + 1, with + 5);
        let (names, _) = self.names_forward(first, end);
        // `wrote the screenplay, with Oakes's approval`: a possessor is no partner.
        self.push_crew_names(names, CrewRole::Writer);
    }

    /// `composer Name`, `writer-director Name`, `the cinematographer, Name,`,
    /// `director of photography Name`.
    fn crew_noun(&mut self, i: usize, mut role: CrewRole, end: usize) {
        let before = i.checked_sub(1).map_or("", |k| self.word(k));
        // `festival artistic director Name`, `the art director`: no director of the film.
        if [
            "art",
            "artistic",
            "casting",
            "assistant",
            "creative",
            "festival",
            "music",
            "executive",
            "programme",
            "program",
        ]
        .iter()
        .any(|x| before.eq_ignore_ascii_case(x))
            && role != CrewRole::Producer
        {
            return;
        }
        // `Pape Demba Thiam is the cinematographer`: the name before `is the`.
        if i >= 3
            && self.t.is_word(i - 1, "the")
            && self.t.is_word(i - 2, "is")
            && let Some((name, r)) = self.full_name_at(i - 3)
        {
            self.push_crew(name, role, r);
            return;
        }
        // `Kunle Adéyẹmí-Vaughn, the writer-director, plays it`: the name before the noun.
        if i >= 3
            && self.t.is_word(i - 1, "the")
            && self.t.is_punct(i - 2, ',')
            && self.t.is_punct(i + 1, ',')
            && let Some(run) = self.run_backward(i - 3)
            && let Some((name, r)) = self.person_of(run)
        {
            if one_of(&["writer-director", "helmer-scribe"], self.word(i)) {
                self.push_crew(name.clone(), CrewRole::Writer, r);
            }
            self.push_crew(name, role, r);
            return;
        }
        let mut j = i + 1;
        if role == CrewRole::Director
            && self.t.is_word(j, "of")
            && self.t.is_word(j + 1, "photography")
        {
            role = CrewRole::Cinematographer;
            j += 2;
        }
        if self.t.is_punct(j, ',') || self.t.is_punct(j, ':') {
            j += 1;
        } else if i >= 1
            && self.t.has(i - 1, class::DETERMINER)
            && (self.t.is_word(j, "is") || self.t.is_word(j, "was"))
        {
            // `The DP is Ekkachai Suwannarat`, `the editor was Name`.
            j += 1;
        }
        if !self.is_cap_word(j) {
            return;
        }
        let both = one_of(&["writer-director", "helmer-scribe"], self.word(i));
        let (names, _) = self.names_forward(j, end);
        for (name, r) in names {
            self.push_crew(name.clone(), role, r);
            if both {
                self.push_crew(name, CrewRole::Writer, r);
            }
        }
    }

    /// `Name's cinematography`, `Name's gorgeous, grainy score`, `adapted from Name's novel`.
    fn crew_possessive(&mut self, i: usize) {
        // `on Ondřej Skála's Hořké mandle`: the possessor of the film's title directs it.
        let title = self.ctx.film_title.unwrap_or("").trim();
        let names_title = |at: usize| {
            let rest = &self.t.text.as_bytes()[at..];
            title.len() >= 3
                && rest.len() >= title.len()
                && rest[..title.len()].eq_ignore_ascii_case(title.as_bytes())
                && !rest
                    .get(title.len())
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
        };
        if self
            .t
            .toks
            .get(i + 1)
            .is_some_and(|t| names_title(t.start as usize))
            && let Some(run) = self.run_backward(i)
            && let Some((name, r)) = self.person_of(run)
        {
            self.push_crew(name, CrewRole::Director, r);
            return;
        }
        let mut j = i + 1;
        let mut skipped = 0;
        // `Katharina Obexer's Alpine chamber drama`: a capitalized adjective of place right
        // after the possessive, then a word for a film within two lower-case words.
        if self.is_cap_word(j)
            && !self.t.toks[j].poss
            && !self.t.has(j, class::FUNCTION | class::TITLE)
            && (j + 1..j + 3)
                .take_while(|&q| self.is_lower_word(q))
                .any(|q| one_of(FILM_NOUNS, self.word(q)))
        {
            j += 1;
            skipped += 1;
        }
        while skipped < 4 && (self.is_lower_word(j) || self.t.is_punct(j, ',')) {
            // `Shankar-Iyer's latest is`, `Sow-Lindqvist's second feature`: the director's
            // film (never `Ruiz's latest role`).
            let film = if self.t.is_word(j, "latest") {
                !self.is_lower_word(j + 1)
                    || one_of(&["film", "feature", "movie", "picture"], self.word(j + 1))
                    || self.verb_or_end(j + 1)
            } else {
                self.t.is_word(j, "feature")
                    && (skipped == 0
                        || one_of(
                            &[
                                "first", "second", "third", "fourth", "fifth", "debut", "new",
                            ],
                            self.word(j - 1),
                        ))
                    // `Mariam Dolidze's patient, furious film about a vineyard`, `In Ondřej
                    // Pospíšil's lovely, melancholy comedy`, `overlong comedy-drama`: the
                    // director's film, whatever the adjectives (a role noun among them is no
                    // part).
                    || self.is_lower_word(j)
                        && one_of(FILM_NOUNS, self.word(j).rsplit('-').next().unwrap_or(""))
            };
            if film {
                if let Some(run) = self.run_backward(i)
                    && !self.owns_the_film(run, skipped)
                    && let Some((name, r)) = self.person_of(run)
                {
                    self.push_crew(name, CrewRole::Director, r);
                }
                return;
            }
            if let Some(role) = lookup(CREW_WORKS, self.word(j)).filter(|_| self.is_lower_word(j)) {
                let Some(run) = self.run_backward(i) else {
                    return;
                };
                if let Some((name, r)) = self.person_of(run) {
                    self.push_crew(name, role, r);
                }
                return;
            }
            // `Hwang's camera glides`: the cinematographer's, unless the name is the
            // director's (settled in [`Self::settle_crew`]).
            if self.t.is_word(j, "camera") {
                if let Some(run) = self.run_backward(i)
                    && let Some((name, r)) = self.person_of(run)
                {
                    self.camera.push((name, r));
                }
                return;
            }
            // (`first` is a function word, but `Name's first feature` is the director's.)
            if self.is_lower_word(j)
                && self.t.has(j, class::FUNCTION)
                && !(self.t.is_word(j, "first") && self.t.is_word(j + 1, "feature"))
            {
                return;
            }
            // Four words at most (`warm, shaggy second feature`); commas are not counted.
            skipped += usize::from(self.t.toks[j].is_word());
            j += 1;
        }
        if self.t.has(j, class::MUSIC_NOUN)
            && let Some(run) = self.run_backward(i)
            && let Some((name, _)) = self.person_of(run)
        {
            self.others.push(name_key(&name));
        }
    }

    /// `It is Lowri Bevan's film, though`, `this is Ruiz's movie`: the idiom says whose
    /// performance carries the film, not who directed it (`skipped` words came between the
    /// possessive and the film noun).
    fn owns_the_film(&self, run: Run, skipped: usize) -> bool {
        let Some(k) = run.a.checked_sub(1) else {
            return false;
        };
        let after_is = self.t.is_word(k, "is")
            || self.t.toks[k].poss && ["it", "this", "that"].iter().any(|w| self.t.is_word(k, w));
        skipped == 0 && after_is
    }

    /// `As Jo Bloggs wrote`, `Jo Bloggs, writing in 1998, called it`: a critic.
    fn critic_before(&mut self, v: usize) {
        // `Chowdhury says almost nothing for twenty minutes`: a character who speaks little,
        // no one quoted.
        if one_of(&["says", "said"], self.word(v))
            && one_of(
                &[
                    "almost", "barely", "few", "hardly", "little", "much", "next", "nothing",
                    "not", "one", "very",
                ],
                self.word_or_empty(v + 1),
            )
        {
            return;
        }
        let mut k = v - 1;
        if self.t.is_punct(k, ',') && k >= 1 {
            k -= 1;
        }
        if let Some(run) = self.run_backward(k)
            && let Some((name, _)) = self.person_of(run)
        {
            self.others.push(name_key(&name));
        }
    }

    /// Credits `role` to each of `names` but a possessor (`Name's novel`, `with Name's
    /// approval`), which names someone else's work.
    fn push_crew_names(&mut self, names: Vec<(String, Run)>, role: CrewRole) {
        for (name, r) in names {
            if !self.t.toks[r.b].poss {
                self.push_crew(name, role, r);
            }
        }
    }

    fn push_crew(&mut self, name: String, role: CrewRole, r: Run) {
        // `Nic Aodha directs` after `Caoimhe Nic Aodha`: the fullest form of the name.
        let name = if name.contains(' ') {
            self.ctx
                .directors
                .iter()
                .chain(self.crew.iter().map(|c| &c.0))
                .find(|full| ends_with_words(full, &name))
                .cloned()
                .unwrap_or(name)
        } else {
            name
        };
        let span = self.t.span(r.a, r.b);
        let s = self.t.sentence_of(r.a);
        if !self.crew.iter().any(|c| c.2 == span && c.1 == role) {
            self.crew.push((name, role, span, s));
        }
    }

    fn is_crew(&self, key: NameKey) -> bool {
        self.crew_keys.contains(&key)
    }

    fn is_other(&self, key: NameKey) -> bool {
        self.others.contains(&key) || self.is_crew(key)
    }

    /// Keys of the crew found and the directors known: after [`Self::find_crew`].
    fn settle_crew(&mut self) {
        let directors: Vec<NameKey> = if self.camera.is_empty() {
            Vec::new()
        } else {
            self.director_keys()
        };
        for (name, r) in std::mem::take(&mut self.camera) {
            let key = name_key(&name);
            if directors.contains(&key) || self.others.contains(&key) {
                continue;
            }
            // `Sène's camera (Pape Demba Thiam is the cinematographer …)`: with the
            // cinematographer named in the same sentence, the camera's possessor directs.
            let s = self.t.sentence_of(r.a);
            let named_camera = self
                .crew
                .iter()
                .any(|c| c.1 == CrewRole::Cinematographer && c.3 == s && name_key(&c.0) != key);
            let role = if named_camera {
                CrewRole::Director
            } else {
                CrewRole::Cinematographer
            };
            self.push_crew(name, role, r);
        }
        self.crew_keys = self.crew_key_list();
    }

    /// Keys of the directors: those found as crew so far, then those the review names.
    fn director_keys(&self) -> Vec<NameKey> {
        self.crew
            .iter()
            .filter(|c| c.1 == CrewRole::Director)
            .map(|c| name_key(&c.0))
            .chain(self.ctx.directors.iter().map(|d| name_key(d)))
            .collect()
    }

    /// Keys of the crew found so far, then of the directors known.
    fn crew_key_list(&self) -> Vec<NameKey> {
        self.crew
            .iter()
            .map(|c| name_key(&c.0))
            .chain(self.ctx.directors.iter().map(|d| name_key(d)))
            .collect()
    }

    // ---------------------------------------------------------------- cast

    fn find_strong(&mut self) {
        let n = self.t.toks.len();
        for i in 0..n {
            let tok = self.t.toks[i];
            if tok.is('(') {
                self.parenthetical(i);
            } else if tok.is('—') {
                self.dash_aside(i);
            } else if tok.is(',') {
                self.praise_appositive(i);
            } else if tok.is_word()
                // Most words cue nothing: the trigger flag and a word list rule them out
                // before the comparisons below.
                && (tok.trig
                    || strong_cue(&self.t.text.as_bytes()[tok.start as usize..tok.end as usize])
                    // `She's the daughter, Joy,`; `In this she's the policewoman`.
                    || tok.poss && tok.end - tok.start <= 4)
            {
                let w = self.word(i);
                if self.t.is_trigger(i) && self.t.has(i, class::PLAY_VERB) {
                    if let Some(by) = self.by_after(i) {
                        self.played_by_at(i, by);
                    } else {
                        self.plays(i);
                    }
                } else if (w.eq_ignore_ascii_case("voiced") || w.eq_ignore_ascii_case("portrayed"))
                    && self.t.is_word(i + 1, "by")
                {
                    self.played_by(i);
                } else if w.eq_ignore_ascii_case("embodied")
                    && let Some(by) = self.by_after(i)
                {
                    self.played_by_at(i, by);
                } else if w == "as" {
                    self.as_pattern(i);
                } else if w == "cast" && i >= 1 && self.t.is_word(i - 1, "the") && self.cast_led(i)
                {
                    // Read: `A and B lead the cast` (else `the cast includes …` below).
                } else if (w.eq_ignore_ascii_case("starring")
                    || w.eq_ignore_ascii_case("co-starring"))
                    // `With: A, B, C.`: a trade review's cast line.
                    || tok.nl && w == "With" && self.t.is_punct(i + 1, ':')
                    || (self.t.is_trigger(i)
                        && self.t.has(i, class::CAST_NOUN)
                        && (self.t.is_punct(i + 1, ',')
                            || self.t.is_punct(i + 1, ':')
                            || self.t.is_punct(i + 1, '—')
                            || self.t.is_punct(i + 1, '–')
                            || self.list_verb_at(i + 1)))
                {
                    self.cast_list(i);
                } else if one_of(&["stars", "starred", "co-stars"], w) && self.is_cap_word(i + 1) {
                    self.stars_list(i);
                } else if w.eq_ignore_ascii_case("brought")
                    && self.t.is_word(i + 1, "to")
                    && self.t.is_word(i + 2, "life")
                    && self.t.is_word(i + 3, "by")
                {
                    self.played_by(i);
                } else if w == "As" && i == self.sentence_start(i) {
                    self.as_opening(i);
                } else if w == "Cast" && i == self.sentence_start(i) && self.t.is_word(i + 1, "as")
                {
                    // `Cast as Ziad, the wedding planner …, Bassem Qassab walks off with it`.
                    self.as_opening(i + 1);
                } else if w == "from"
                    && i >= 1
                    && one_of(
                        &["performance", "portrayal", "turn"],
                        self.word_or_empty(i - 1),
                    )
                {
                    self.performance_from(i);
                } else if (w == "takes" || w == "took")
                    && self.t.is_word(i + 1, "on")
                    && self.is_cap_word(i + 2)
                {
                    // `Name, the pop singer turned actress, takes on Zeinab`.
                    if let Some(item) = self.char_forward(i + 2).filter(|c| !c.personal) {
                        self.subject_plays(i, item);
                    }
                } else if matches!(w, "gives" | "voices" | "makes")
                    && self.object_pronoun_after(i, w)
                {
                    self.plays_pronoun(i);
                } else if w == "gives" {
                    self.gives(i);
                } else if (w == "voices" || w == "lends" || w == "lent") && i >= 1 {
                    self.voices(i);
                } else if w == "brings" || w == "bring" {
                    self.brings_to_life(i);
                } else if (w == "is" || tok.poss && self.opens_clause(i) && is_subject_pronoun(w))
                    && self.t.is_word(i + 1, "the")
                {
                    self.copula_role(i);
                } else if w == "belongs" && self.t.is_word(i + 1, "to") {
                    self.belongs_to(i);
                } else if w == "are" && self.is_cap_word(i + 1) && i >= 3 {
                    self.copula_plural(i);
                } else if (w == "is" || w == "whose")
                    && (self.is_cap_word(i + 1)
                        || self.is_fond_word(i + 1) && self.is_cap_word(i + 2))
                {
                    self.copula(i);
                } else if w.eq_ignore_ascii_case("that")
                    && tok.poss
                    && self.is_cap_word(i + 1)
                    && let Some(item) = self.char_forward(i + 1)
                    && item.personal
                {
                    self.copula_inverted(i, &item);
                } else if (w == "role" || w == "part")
                    && i >= 1
                    && self.t.is_word(i + 1, "of")
                    && (self.t.is_word(i - 1, "the")
                        || i >= 2
                            && self.t.is_word(i - 2, "the")
                            && self.is_lower_word(i - 1)
                            && !self.t.has(i - 1, class::FUNCTION))
                {
                    self.role_of(i);
                } else if (w == "parts" || w == "roles") && i >= 3 {
                    self.small_parts(i);
                } else if (w == "cameo" || w == "cameos")
                    && (self.t.is_word(i + 1, "from") || self.t.is_word(i + 1, "by"))
                {
                    self.cameo(i);
                } else if w == "whom" && i >= 2 && self.t.is_punct(i - 1, ',') {
                    self.whom_plays(i);
                }
            }
        }
    }

    /// True when the verb `w` at `i` takes an object pronoun for a part named before:
    /// `Johan, a young ex-soldier …: Name gives him a watchful dignity`, `Name, in the
    /// showiest part, makes him the kind of …`, `Name voices her.` (never `makes her debut`).
    fn object_pronoun_after(&self, i: usize, w: &str) -> bool {
        if !["him", "her"].iter().any(|p| self.t.is_word(i + 1, p)) {
            return false;
        }
        if w == "gives" {
            return ["a", "an"].iter().any(|d| self.t.is_word(i + 2, d));
        }
        self.t
            .toks
            .get(i + 2)
            .is_none_or(|t| !t.is_word() || !t.cap && self.t.has(i + 2, class::FUNCTION))
    }

    fn push(&mut self, actor: String, character: Option<String>, pattern: CastPattern, r: Run) {
        if self.in_other_films_clause(r.a)
            || self.in_other_films_billing(r.a)
            || self.in_other_review_heading(r.a)
        {
            return;
        }
        let span = self.t.span(r.a, r.b);
        if self
            .found
            .iter()
            .any(|f| f.span.as_ref() == Some(&span) && f.character == character)
        {
            return;
        }
        // `Van der Veen` for the listed `Ruben van der Veen`: the fullest form known.
        let actor = if actor.contains(' ') {
            self.fuller_name(&actor).unwrap_or(actor)
        } else {
            actor
        };
        // `Van Acker, as his wife` after `Lieselot Van Acker`: a name opening on a particle
        // is a surname, the one longer name in the body that ends with it.
        let actor = match actor.split_once(' ') {
            Some((first, _)) if lx::classify(first) & lx::class::PARTICLE != 0 => {
                let hits = self.names_ending_with(&actor);
                one_person(hits.iter().map(String::as_str)).map_or(actor, str::to_owned)
            }
            _ => actor,
        };
        self.found.push(Found {
            strong: pattern.is_strong(),
            key: name_key(&actor),
            actor,
            character,
            pattern,
            span: Some(span),
            sentence: Some(self.t.sentence_of(r.a)),
            line: None,
        });
    }

    /// A character phrase ending at token `j`: a capitalized name (`Mara`, `Detective Vance`,
    /// `Mum`) or a role noun with its determiner (`her father`, `the night porter`).
    fn char_backward(&self, j: usize) -> Option<CharItem> {
        let tok = *self.t.toks.get(j)?;
        if !tok.is_word() || tok.poss {
            return None;
        }
        if tok.cap {
            // `Little Ray`, `Big Dee`: a nickname's adjective opens a part (as in
            // [`Self::char_forward`]).
            let raw = self.run_backward(j)?;
            let nickname = raw.b > raw.a && one_of(NICKNAME_ADJECTIVES, self.word(raw.a));
            let run = if nickname { raw } else { self.strip_lead(raw)? };
            let words = self.name_words(run).count();
            let text = self.run_text(run);
            if !(1..=4).contains(&words)
                || (run.a..=run.b).any(|i| self.t.has(i, class::NOT_NAME))
                || (text.contains(' ') && self.is_title(&text))
            {
                return None;
            }
            let mut a = run.a;
            if a >= 1 && self.is_lower_word(a - 1) && self.t.has(a - 1, class::DETERMINER) {
                a -= 1;
            }
            return Some(CharItem {
                personal: !nickname && self.person_like(run),
                text,
                a,
                b: j,
            });
        }
        let w = self.word(j);
        let head = w.rsplit('-').next().unwrap_or(w);
        let role = self.t.has(j, class::ROLE)
            || head.len() < w.len() && lx::classify(head) & class::ROLE != 0;
        if !role && !agent_noun(w) {
            return None;
        }
        let mut a = j;
        let mut text = w.to_owned();
        if j >= 1 && self.is_lower_word(j - 1) && self.t.has(j - 1, class::ROLE_COMPOUND) {
            a = j - 1;
            text = format!("{} {w}", self.word(j - 1));
        }
        // Adjectives and a determiner before the head: `her grieving mother`.
        let mut adj = 0;
        while a >= 1
            && adj < 3
            && self.is_lower_word(a - 1)
            && !self.t.has(a - 1, class::FUNCTION)
            && !self.t.has(a - 1, class::ROLE)
        {
            a -= 1;
            adj += 1;
        }
        // `The grandmother is Name`: a determiner opening the sentence is capitalized.
        let opening_determiner = |d: usize| {
            self.t.toks[d].is_word()
                && d == self.sentence_start(d)
                && self.t.has(d, class::DETERMINER)
        };
        if a >= 1
            && (self.is_lower_word(a - 1) && self.t.has(a - 1, class::DETERMINER)
                || opening_determiner(a - 1))
        {
            a -= 1;
        } else if !role {
            // A noun known by its ending alone needs its determiner (`The dispatcher (…)`
            // opening a sentence too).
            if !(a >= 1 && self.t.toks[a - 1].is_word() && self.t.has(a - 1, class::DETERMINER)) {
                return None;
            }
            a -= 1;
        }
        Some(CharItem {
            text,
            a,
            b: j,
            personal: false,
        })
    }

    /// A character phrase starting at token `i` (the object of `plays` or `as`).
    fn char_forward(&self, i: usize) -> Option<CharItem> {
        let tok = *self.t.toks.get(i)?;
        if !tok.is_word() {
            return None;
        }
        if tok.cap {
            let run = self.run_forward(i)?;
            // `Little Ray`, `Big Mo`: a nickname's adjective opens a part.
            let nickname = run.b > i && one_of(NICKNAME_ADJECTIVES, self.word(i));
            if self.t.has(i, class::FUNCTION) && !nickname {
                return None;
            }
            if self.t.toks[run.b].poss {
                // `Somsak's estranged daughter-in-law`: a character's relation (a role word
                // after one or two describing words) is the part, by its head noun (`nephew`),
                // or the name right after it (`Ebuka's kid sister Tolu`).
                // (`best` is a function word elsewhere: `Tuya's best friend`.)
                let mut role = (run.b + 1..run.b + 4)
                    .take_while(|&k| {
                        self.is_lower_word(k)
                            && (!self.t.has(k, class::FUNCTION) || self.word(k) == "best")
                    })
                    .find(|&k| self.t.has(k, class::ROLE))?;
                // `Sándor's twin brother`: the head noun is the last role word.
                while !self.t.toks[role].poss
                    && self.is_lower_word(role + 1)
                    && self.t.has(role + 1, class::ROLE)
                {
                    role += 1;
                }
                if role == run.b + 1
                    && !self.t.toks[role].poss
                    && let Some(named) = self.appositive_name(role + 1)
                {
                    // `Věra's brother, Emil, who …`: the name set off after the relation.
                    return Some(self.name_item(i, named));
                }
                // `as Klara's sister Lotta, who …`: the name right after the relation.
                if role == run.b + 1
                    && !self.t.toks[role].poss
                    && let Some(named) = self.run_forward(role + 1)
                    && named.a == role + 1
                    && !self.t.toks[named.b].poss
                    && self.name_words(named).count() <= 3
                    && !self.person_like(named)
                {
                    return Some(self.name_item(i, named));
                }
                if role == run.b + 1 || self.t.toks[role].poss {
                    return None; // `the sheriff's wife` is read below; `Mara's mother's`
                }
                if let Some(named) = self.run_forward(role + 1)
                    && !self.t.toks[named.b].poss
                    && self.name_words(named).count() <= 3
                {
                    return Some(self.name_item(i, named));
                }
                // `Sari's absent father, Joko, who …`: the name set off after the relation.
                if let Some(named) = self.appositive_name(role + 1) {
                    return Some(self.name_item(i, named));
                }
                return Some(self.word_item(i, role));
            }
            let words = self.name_words(run).count();
            let text = self.run_text(run);
            if !(1..=4).contains(&words)
                || (run.a..=run.b).any(|k| self.t.has(k, class::NOT_NAME))
                || (text.contains(' ') && self.is_title(&text))
            {
                return None;
            }
            return Some(CharItem {
                personal: self.person_like(run),
                text,
                a: i,
                b: run.b,
            });
        }
        let mut j = i;
        let determiner = self.t.has(j, class::DETERMINER);
        if determiner {
            j += 1;
            // `her Grandad`, `his Mum`, `their Uncle Rangi`: a capitalized kin word or title.
            if self.is_cap_word(j) && self.t.has(j, class::ROLE | class::TITLE) {
                return self.char_forward(j).map(|c| CharItem { a: i, ..c });
            }
        }
        for _ in 0..3 {
            // `plays a Gulf investor`, `a Faroese cook`: a place's word before the noun.
            if determiner
                && self.is_cap_word(j)
                && !self.t.toks[j].poss
                && !self.t.has(j, class::FUNCTION | class::TITLE | class::ROLE)
                && self.is_lower_word(j + 1)
                && (self.t.has(j + 1, class::ROLE) || agent_noun(self.word(j + 1)))
            {
                j += 1;
            }
            if !self.is_lower_word(j) {
                return None;
            }
            let w = self.word(j);
            if self.t.has(j, class::ROLE_COMPOUND)
                && self.is_lower_word(j + 1)
                && self.t.has(j + 1, class::ROLE)
                && !self.t.toks[j + 1].poss
            {
                return Some(CharItem {
                    text: format!("{w} {}", self.word(j + 1)),
                    a: i,
                    b: j + 1,
                    personal: false,
                });
            }
            // A role word, or after a determiner any noun for a person (`the conductor`).
            let role = self.t.has(j, class::ROLE) || determiner && agent_noun(w);
            // `the next-door neighbour`, `the ninth-floor neighbour`: a word that only looks
            // like a noun for a person (`-door`, `-floor`) before a listed role is describing.
            if role
                && !self.t.has(j, class::ROLE)
                && !self.t.toks[j].poss
                && w.contains('-')
                && self.is_lower_word(j + 1)
                && self.t.has(j + 1, class::ROLE)
            {
                j += 1;
                continue;
            }
            if role && !self.t.toks[j].poss {
                // `the father of the bride`: not the role itself; but `the daughter of the
                // title` is (its name may be set off after it: [`Self::named_beside`]).
                if self.t.is_word(j + 1, "of") && !self.of_the_title(j + 1) {
                    return None;
                }
                // `twin brothers`, `police officers`: the role word only modifies the noun
                // after it, a plural that names no one part; `a volunteer medic`: a second
                // role word is the head.
                if self.is_lower_word(j + 1)
                    && !self.t.has(j + 1, class::FUNCTION)
                    && (self.word(j + 1).ends_with('s') || self.t.has(j + 1, class::ROLE))
                {
                    // (Only a listed role word first: `the ninth-floor neighbour`, `the runaway
                    // daughter` are adjectives before the role.)
                    if self.t.has(j, class::ROLE)
                        && self.t.has(j + 1, class::ROLE)
                        && !self.word(j + 1).ends_with('s')
                        && !self.t.toks[j + 1].poss
                        && !(self.is_lower_word(j + 2) && self.t.has(j + 2, class::ROLE))
                    {
                        return Some(self.word_item(i, j + 1));
                    }
                    return None;
                }
                // `detective Ingrid Sol`: the role introduces the character's name;
                // `the rival kite-maker Pak Darmo`: a second noun for a person between.
                let named_at = if self.is_lower_word(j + 1)
                    && !self.t.toks[j + 1].poss
                    && !self.t.has(j + 1, class::FUNCTION)
                    && agent_noun(self.word(j + 1))
                {
                    j + 2
                } else {
                    j + 1
                };
                // (Never a name on the next line: `* Name as the harbourmaster` over `* Name
                // as the narrator` in a bullet list.)
                if let Some(run) = self.run_forward(named_at)
                    && !self.t.toks[run.a].nl
                    && !self.t.toks[run.b].poss
                    && self.name_words(run).count() <= 3
                    && !self.t.has(named_at, class::FUNCTION)
                {
                    return Some(self.name_item(i, run));
                }
                // `a fixer called Tolik`, `a nurse named Gulnara`, `a woman known only as
                // "Abacus"`: the name the role goes by.
                if let Some(named) = self.called_name(j + 1) {
                    return Some(self.name_item(i, named));
                }
                // `plays the groom, Raghu, a shy vet`: the part's name set off after the role
                // (a name that is no full name, which could be a second actor's); `as the bride
                // herself, Eka,`: after a reflexive.
                let set_off = if one_of(&["herself", "himself"], self.word_or_empty(j + 1)) {
                    j + 2
                } else {
                    j + 1
                };
                if let Some(named) = self.appositive_name(set_off)
                    && !self.person_like(named)
                {
                    return Some(self.name_item(i, named));
                }
                // `the rival from Leitza, Iñaki, and …`: a place after the role, then the part's
                // name set off, a clause going on after it (never `a nurse from Austin, Texas,
                // who …` nor `a cop in Lagos, Nigeria.`, where the second name is a region's).
                if one_of(&["from", "in", "at"], self.word_or_empty(set_off))
                    && let Some(place) = self.run_forward(set_off + 1)
                    && place.a == set_off + 1
                    && !self.t.toks[place.b].poss
                    && self.name_words(place).count() <= 3
                    && let Some(named) = self.appositive_name(place.b + 1)
                    && !self.person_like(named)
                    && self.t.is_punct(named.b + 1, ',')
                    && !one_of(
                        &["who", "which", "where", "whose", "that", "when"],
                        self.word_or_empty(named.b + 2),
                    )
                {
                    return Some(self.name_item(i, named));
                }
                // `the rival kite-maker from across the canal`: the second noun for a person
                // is the head.
                if named_at == j + 2 {
                    return Some(self.word_item(i, j + 1));
                }
                return Some(self.word_item(i, j));
            }
            // `the sheriff's wife`: a possessive before the role is part of the character;
            // `the team's owner`: any noun for a person after it, which is the part on its own
            // (`owner`), its name set off after it.
            if self.t.toks[j].poss
                && self.is_lower_word(j + 1)
                && !self.t.has(j + 1, class::ROLE)
                && agent_noun(self.word(j + 1))
                && !self.t.toks[j + 1].poss
                && !self.t.has(j, class::FUNCTION)
            {
                return Some(self.word_item(i, j + 1));
            }
            // `the ferryman's boy`: the role on its own (`boy`), as for a named possessor
            // (`Migs's mum`); `the neighbour's daughter, Meena,`: the name set off after it.
            if self.t.toks[j].poss
                && self.is_lower_word(j + 1)
                && self.t.has(j + 1, class::ROLE)
                && !self.t.toks[j + 1].poss
                && !self.t.has(j, class::FUNCTION)
            {
                if let Some(named) = self.appositive_name(j + 2)
                    && !self.person_like(named)
                {
                    return Some(self.name_item(i, named));
                }
                return Some(self.word_item(i, j + 1));
            }
            // `the bride's nervous father`, `the groom's Haitian mother, Manman Lunise,`:
            // describing words (a nationality too) between a possessor and the role: the head
            // noun, or the name set off after it.
            if self.t.toks[j].poss && !self.t.has(j, class::FUNCTION) {
                let describing = |q: usize| {
                    self.is_lower_word(q)
                        && !self.t.has(q, class::FUNCTION | class::ROLE)
                        && !self.t.toks[q].poss
                        || self.is_cap_word(q) && !self.t.toks[q].poss && demonym(self.word(q))
                };
                let q = (j + 1..j + 4).find(|&q| !describing(q)).unwrap_or(j + 4);
                if q > j + 1
                    && self.is_lower_word(q)
                    && self.t.has(q, class::ROLE)
                    && !self.t.toks[q].poss
                    && !(self.is_lower_word(q + 1) && self.t.has(q + 1, class::ROLE))
                {
                    if let Some(named) = self.appositive_name(q + 1)
                        && !self.person_like(named)
                    {
                        return Some(self.name_item(i, named));
                    }
                    return Some(self.word_item(i, q));
                }
            }
            // `as the bride's terrifying Aunty Kemi`: a name after a possessive and describing
            // words (a titled name, or one that is no full name).
            if self.t.toks[j].poss
                && !self.t.has(j, class::FUNCTION)
                && let Some(q) = (j + 1..j + 4)
                    .take_while(|&q| {
                        self.is_cap_word(q)
                            || self.is_lower_word(q) && !self.t.has(q, class::FUNCTION)
                    })
                    .find(|&q| self.is_cap_word(q))
                && let Some(run) = self.run_forward(q)
                && !self.t.toks[run.b].poss
                && self.name_words(run).count() <= 3
                && (self.t.has(q, class::TITLE)
                    || kin_title(self.word(q))
                    || !self.person_like(run))
            {
                return Some(self.name_item(i, run));
            }
            if self.t.has(j, class::FUNCTION) || self.t.toks[j].poss {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The full name (two words or more) that the capitalized word at token `k` stands for:
    /// `Savchuk` for `Bohdan Savchuk`.
    fn full_name_of_surname(&self, k: usize) -> Option<String> {
        if !self.is_cap_word(k) {
            return None;
        }
        self.person_of(Run { a: k, b: k })
            .map(|(n, _)| n)
            .filter(|n| n.contains(' '))
    }

    /// True when `of the title` starts at token `k` (`the daughter of the title`).
    fn of_the_title(&self, k: usize) -> bool {
        self.t.is_word(k, "of") && self.t.is_word(k + 1, "the") && self.t.is_word(k + 2, "title")
    }

    /// The character phrase from token `a` to the role word at `b`, named by that word.
    fn word_item(&self, a: usize, b: usize) -> CharItem {
        CharItem {
            text: self.word(b).to_owned(),
            a,
            b,
            personal: false,
        }
    }

    /// The character phrase from token `a` to the end of the name `named` in it.
    fn name_item(&self, a: usize, named: Run) -> CharItem {
        CharItem {
            text: self.run_text(named),
            a,
            b: named.b,
            personal: self.person_like(named),
        }
    }

    /// The name after `called`, `named` or `known (only) as` at token `k`, maybe in quotes:
    /// `called Tolik`, `known only as "Abacus"`; up to three words, no possessive.
    fn called_name(&self, k: usize) -> Option<Run> {
        let mut at = if one_of(&["called", "named", "nicknamed"], self.word_or_empty(k)) {
            k + 1
        } else if self.t.is_word(k, "known") {
            let m = k + 1 + usize::from(one_of(&["only", "simply"], self.word_or_empty(k + 1)));
            if !self.t.is_word(m, "as") {
                return None;
            }
            m + 1
        } else {
            return None;
        };
        if ['"', '“', '\'', '‘']
            .iter()
            .any(|&q| self.t.is_punct(at, q))
        {
            at += 1;
        }
        let named = self.run_forward(at)?;
        (named.a == at
            && !self.t.toks[named.b].poss
            && self.name_words(named).count() <= 3
            && !self.t.has(at, class::FUNCTION))
        .then_some(named)
    }

    /// The name set off by commas at token `c` (a comma): `, Joko, who …`, `, Carme.`; a name
    /// of up to three words that closes its clause.
    fn appositive_name(&self, c: usize) -> Option<Run> {
        if !self.t.is_punct(c, ',') {
            return None;
        }
        // `her father-in-law, old Fidèle, who`: an adjective of age or fondness first.
        let c = if self.is_fond_word(c + 1) { c + 1 } else { c };
        let named = self.run_forward(c + 1)?;
        let after = named.b + 1;
        let closes = after >= self.t.toks.len()
            || self.t.toks[after].nl
            // `their teacher, Mrs Mthethwa (everyone calls her MaNgcobo)`: an aside closes it.
            || [',', '.', ';', '—', '(', '|']
                .iter()
                .any(|p| self.t.is_punct(after, *p));
        (closes
            && !self.t.toks[named.b].poss
            && !self.t.has(c + 1, class::FUNCTION)
            && (1..=3).contains(&self.name_words(named).count()))
        .then_some(named)
    }

    /// Character phrases listed backward from `j`: `Mara`, `her aunt and uncle`,
    /// `Mara, Dev and Wren`, in text order.
    fn chars_backward(&self, j: usize, max: usize) -> Vec<CharItem> {
        let mut out = Vec::new();
        let Some(first) = self.char_backward(j) else {
            return out;
        };
        let mut a = first.a;
        out.push(first);
        while out.len() < max && a >= 2 {
            let mut k = a - 1;
            let mut sep = false;
            if self.t.is_word(k, "and") || self.t.is_punct(k, '&') {
                sep = true;
                k = k.saturating_sub(1);
            }
            if self.t.is_punct(k, ',') {
                sep = true;
                k = k.saturating_sub(1);
            }
            if !sep {
                break;
            }
            // A role noun after `and` shares the determiner: `her aunt and uncle`.
            match self.char_backward(k) {
                Some(item) => {
                    a = item.a;
                    out.push(item);
                }
                None => break,
            }
        }
        out.reverse();
        out
    }

    /// The `(` opening the aside that closes at `close`, at most `within` tokens back and
    /// after `floor` (the sentence's start): `Name (no relation, sadly)`.
    fn open_of(&self, close: usize, floor: usize, within: usize) -> Option<usize> {
        (floor..close)
            .rev()
            .take(within)
            .find(|&o| self.t.is_punct(o, '('))
    }

    /// The closing parenthesis matching the one at `p`, inside the sentence.
    fn close_of(&self, p: usize) -> Option<usize> {
        let end = self.sentence_end(p).min(p + 60);
        let mut depth = 0;
        for q in p + 1..end {
            if self.t.is_punct(q, '(') {
                depth += 1;
            } else if self.t.is_punct(q, ')') {
                if depth == 0 {
                    return Some(q);
                }
                depth -= 1;
            }
        }
        None
    }

    /// `Mara (Ana Ruiz)` and its variants; see the module table.
    fn parenthetical(&mut self, p: usize) {
        let Some(q) = self.close_of(p) else {
            return;
        };
        if q == p + 1 || p == 0 {
            return;
        }
        // A critic's outlet: `Jo Bloggs (Sight Lines) called it`.
        if self.t.has(q + 1, class::SPEECH_VERB) {
            return;
        }
        // A work's particulars: `Night Ferry to Mokpo (South Korea, 2023)`.
        if q >= p + 3
            && self.t.is_punct(q - 2, ',')
            && self.word(q - 1).len() == 4
            && self
                .word(q - 1)
                .parse::<i32>()
                .is_ok_and(crate::analyze::title::plausible_year)
        {
            return;
        }
        // `The Lake Keeper (Järvenvartija)`: the film's title, then its original one.
        if let Some(run) = self.run_backward(p - 1) {
            let a = if run.a >= 1 && self.t.is_word(run.a - 1, "the") {
                run.a - 1
            } else {
                run.a
            };
            if self.is_title(self.t.span_text(a, run.b)) {
                return;
            }
        }
        let k = p + 1;
        if (self.t.is_word(k, "played")
            || self.t.is_word(k, "voiced")
            || self.t.is_word(k, "portrayed"))
            && self.t.is_word(k + 1, "by")
        {
            let (names, _) = self.names_forward(k + 2, q);
            self.assign(p - 1, names, CastPattern::PlayedBy);
            return;
        }
        // A shop page's byline, `Deniz Yalçınkaya (Actor), Halil Çelebi (Director)`: the label
        // says what the person is, never a part; an actor's is a credit without one.
        if q == k + 1 && credit_label_role(self.word(k).as_bytes()).is_some() {
            return;
        }
        if q == k + 1 && (self.t.is_word(k, "actor") || self.t.is_word(k, "actress")) {
            if let Some(run) = self.run_backward(p - 1)
                && let Some(r) = self.strip_lead(run)
                && self.person_like(r)
            {
                let name = self.run_text(r);
                if !self.is_other(name_key(&name)) {
                    self.push(name, None, CastPattern::CreditList, r);
                }
            }
            return;
        }
        // `Deniz Yalçınkaya (the daughter, Nur)`: an actor, then a role and the part's name
        // (the name wins).
        if let Some(c) = (k..(k + 4).min(q)).find(|&c| self.t.is_punct(c + 1, ','))
            && (k..c).all(|x| {
                self.is_lower_word(x) && !self.t.has(x, class::FUNCTION)
                    || self.t.has(x, class::DETERMINER)
            })
            && self.person_noun_at(c)
            && let Some(part) = self.run_forward(c + 2)
            && part.b + 1 == q
            && !self.t.toks[part.b].poss
            && let Some(run) = self.run_backward(p - 1)
            && !self.t.is_word(run.a, "the")
            && let Some(r) = self.strip_lead(run)
            && self.person_like(r)
        {
            let name = self.run_text(r);
            let character = self.run_text(part);
            if !self.is_other(name_key(&name)) && !self.is_other(name_key(&character)) {
                self.push(name, Some(character), CastPattern::Parenthetical, r);
            }
            return;
        }
        // Flipped: `Ana Ruiz (Mara)`, `Tom Okafor (the landlord)`, `Vikrant Awasthi (as
        // Munna)`; never a title (`Sổ Lúa (The Rice Ledger)`).
        let k_char = if self.t.is_word(k, "as") && self.is_lower_word(k) {
            k + 1
        } else {
            k
        };
        // `Kristine Bautista-Lim (as Andrea, a nurse bound for Dubai)`: a description may
        // follow the part after `as`.
        // `Tamati Hohaia-Ngata (Rawiri, her cousin, who never left)`: a name, then a
        // description in lowercase after a comma.
        let described = |b: usize| {
            self.t.is_punct(b + 1, ',')
                && self.is_lower_word(b + 2)
                && (self.t.has(b + 2, class::DETERMINER)
                    || one_of(&["who", "whose", "now"], self.word(b + 2)))
        };
        // `Halina Bobrowska (the landlady in Kraków)`: a role, then where.
        let placed = |b: usize| {
            b + 2 < q
                && one_of(&["in", "at", "from"], self.word_or_empty(b + 1))
                && self.is_lower_word(b + 1)
                && (b + 2..q).all(|x| self.is_cap_word(x))
        };
        if let Some(item) = self.char_forward(k_char)
            && (item.b + 1 == q
                || k_char > k && self.t.is_punct(item.b + 1, ',')
                || self.is_cap_word(item.a) && described(item.b)
                || !self.is_cap_word(item.b) && placed(item.b))
            && !item.personal
            && !(self.is_cap_word(k_char) && self.t.has(k_char, class::DETERMINER))
            // `That father-in-law, Dido Petro (Savchuk)`: the surname of someone named in full
            // is the actor, not a part.
            && !(item.a == item.b && self.full_name_of_surname(k_char).is_some())
            && let Some(run) = self.run_backward(p - 1)
            // `The Lake Keeper (Järvenvartija)`: a name never starts with `The`.
            && !self.t.is_word(run.a, "the")
            && let Some(r) = self.strip_lead(run)
            && self.person_like(r)
            && !(r.a >= 1 && self.is_lower_word(r.a - 1) && {
                let w = self.word(r.a - 1);
                self.t.has(r.a - 1, class::CREW_NOUN) || one_of(&["critic", "reviewer"], w)
            })
        {
            let name = self.run_text(r);
            if !self.is_other(name_key(&name)) {
                self.push(name, Some(item.text), CastPattern::Parenthetical, r);
            }
            return;
        }
        // Prefix words before the name: `a fierce`, `the reliably excellent`, `newcomer`,
        // `a wheezing, delightful` (a comma between two of them).
        let mut j = k;
        while j < q && j < k + 7 {
            if self.t.is_punct(j, ',')
                && j > k
                && self.is_lower_word(j - 1)
                && self.is_lower_word(j + 1)
            {
                j += 1;
                continue;
            }
            if !self.is_lower_word(j) {
                break;
            }
            let w = self.word(j);
            // `(the late Hector Dunbar, who died in 2009)`: `late` is a function word elsewhere.
            if self.t.has(j, class::FUNCTION)
                && !one_of(&["a", "an", "the"], w)
                && !(w == "late" && j > k && self.t.is_word(j - 1, "the"))
            {
                return;
            }
            if self.t.has(j, class::CAST_NOUN) && self.t.is_word(j + 1, "of") {
                return;
            }
            j += 1;
        }
        // `(The Rice Ledger)`: a capitalized article opens a title, not a name.
        if !self.is_cap_word(j) || j == k && self.t.has(j, class::DETERMINER) {
            return;
        }
        let (names, after) = self.names_forward(j, q);
        if names.is_empty() {
            return;
        }
        // After the names: the parenthesis closes, or a lowercase clause or a comma follows.
        if after < q && !(self.is_lower_word(after) || self.t.is_punct(after, ',')) {
            return;
        }
        if self.t.toks[names[names.len() - 1].1.b].poss {
            return; // `(Ruiz's own flat)`
        }
        if let Some(place) = self.place_before(p) {
            // `a young engineer from The Hague (Name)`, `the cadre sent down from Cần Thơ
            // (Name)`: the part is the person's noun before the place; without one the
            // parenthesis names no part (`Reviewed at a festival in Busan (Gala)`).
            let role = (place.saturating_sub(5)..place)
                .rev()
                .take_while(|&c| self.is_lower_word(c))
                .find(|&c| {
                    self.char_backward(c)
                        .is_some_and(|item| !self.is_cap_word(item.b))
                });
            if let Some(c) = role {
                self.assign(c, names, CastPattern::Parenthetical);
            }
            return;
        }
        // `The RCMP constable who keeps trying to ticket him (Name, doing his best …) is`: a
        // noun for a person opening the sentence, then a relative clause with no comma up to
        // the parenthesis.
        let start = self.sentence_start(p);
        if let [(name, r)] = names.as_slice()
            && self.t.has(start, class::DETERMINER)
            && let Some(noun) = (start + 1..(start + 4).min(p))
                .take_while(|&c| self.t.toks[c].is_word() && !self.t.has(c, class::FUNCTION))
                .find(|&c| {
                    self.person_noun_at(c)
                        && !self.t.toks[c].poss
                        && (self.t.is_word(c + 1, "who") || self.t.is_word(c + 1, "that"))
                })
            && p - noun <= 20
            && (noun + 1..p).all(|c| self.t.toks[c].is_word())
        {
            if !self.is_other(name_key(name)) {
                let character = self.word(noun).to_owned();
                self.push(
                    name.clone(),
                    Some(character),
                    CastPattern::Parenthetical,
                    *r,
                );
            }
            return;
        }
        // `a cousin (Sina Rahmani, very good in a tiny role as Dariush)`: a part named after
        // `as` later in the parenthesis is the part (never `as good as Name`, `such as`,
        // `known as`).
        if let [(name, r)] = names.as_slice()
            && let Some(a) = (after..q).find(|&c| {
                self.t.is_word(c, "as")
                    && self.is_lower_word(c)
                    && self.is_cap_word(c + 1)
                    && !(c >= 2 && self.t.is_word(c - 2, "as"))
                    && !(c >= 1 && one_of(&["such", "known", "billed"], self.word_or_empty(c - 1)))
            })
            && let Some(item) = self.char_forward(a + 1)
            && item.b < q
            && !item.personal
        {
            if !self.is_other(name_key(name)) {
                self.push(
                    name.clone(),
                    Some(item.text),
                    CastPattern::Parenthetical,
                    *r,
                );
            }
            return;
        }
        self.assign(p - 1, names, CastPattern::Parenthetical);
    }

    /// The preposition before a place that ends just before the parenthesis at `p` (`from The
    /// Hague (`, `in Cần Thơ (`): a name after `from`, `in`, `at`, `near` or `outside` is a
    /// place, never a character.
    fn place_before(&self, p: usize) -> Option<usize> {
        let run = self.run_backward(p.checked_sub(1)?)?;
        let mut a = run.a;
        if a >= 1 && self.t.is_word(a - 1, "the") {
            a -= 1;
        }
        let prep = a.checked_sub(1)?;
        (self.is_lower_word(prep)
            && one_of(
                &["from", "in", "at", "near", "outside", "across"],
                self.word(prep),
            ))
        .then_some(prep)
    }

    /// Pairs character phrases ending at `j` with `names` in order; a cast noun before the
    /// names (`the film's two leads (A and B)`) gives actors without characters, a crew noun
    /// gives crew.
    fn assign(&mut self, j: usize, names: Vec<(String, Run)>, pattern: CastPattern) {
        if names.is_empty() {
            return;
        }
        let mut j = j;
        if self.t.is_punct(j, ',') && j >= 1 {
            j -= 1; // `Dev, (played by …)` never, but `Dev, played by` comes here too
        }
        // `The DP (Marlon Espeut)`: a crew abbreviation is written in capitals.
        let abbreviation = self.t.toks[j].is_word()
            && self.word(j).len() <= 3
            && self
                .word(j)
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c == b'o')
            && lookup(CREW_NOUNS, self.word(j)).is_some();
        if self.t.toks[j].is_word() && (!self.t.toks[j].cap || abbreviation) {
            if self.t.has(j, class::CAST_NOUN) {
                for (name, r) in names {
                    if !self.is_other(name_key(&name)) {
                        self.push(name, None, pattern, r);
                    }
                }
                return;
            }
            if let Some(role) = lookup(CREW_NOUNS, self.word(j)) {
                for (name, r) in names {
                    self.push_crew(name, role, r);
                }
                return;
            }
        }
        let items = self.chars_backward(j, names.len());
        if items.is_empty() || items.len() < names.len() && items.len() != 1 {
            return;
        }
        if items.len() < names.len() {
            return; // one character, several names: a family or a list of films
        }
        let items = &items[items.len() - names.len()..];
        for (item, (name, r)) in items.iter().zip(names) {
            let ck = name_key(&item.text);
            // The left side is itself a crew member, a critic or another film: not a character.
            if item.personal && self.is_other(ck) {
                continue;
            }
            if name_key(&name) == ck {
                continue;
            }
            self.push(name, Some(item.text.clone()), pattern, r);
        }
    }

    /// The actor(s) before a verb at `v`: `Ana Ruiz plays`, `Ruiz quietly plays`,
    /// `Ana Ruiz, in her first lead role, plays`, `Ana Ruiz, who plays`, `she plays`.
    fn subjects_before(&self, v: usize) -> Vec<(String, Run)> {
        let start = self.sentence_start(v);
        let Some(mut k) = v.checked_sub(1) else {
            return Vec::new();
        };
        if k < start {
            return Vec::new();
        }
        let mut hops = 0;
        // `Ruiz quietly plays`, `Ghaffari-Nejad herself plays`.
        while hops < 2
            && k > start
            && self.is_lower_word(k)
            && (is_adverb(self.word(k))
                || one_of(&["herself", "himself", "themselves"], self.word(k)))
        {
            k -= 1;
            hops += 1;
        }
        // `Karim Bensalah (the guy from Nomad Lines, if you saw that) plays Youssef`: the name
        // before a parenthesis.
        if self.t.is_punct(k, ')')
            && let Some(o) = self.open_of(k, start, 30)
            && o > start
        {
            k = o - 1;
        }
        if self.t.is_punct(k, '—') {
            // `Zsófia Erdős-Baranyi — and I'll come back to her — plays Kati`: the name before
            // a dash aside.
            match (start..k).rev().take(40).find(|&c| self.t.is_punct(c, '—')) {
                Some(c) if c > start => k = c - 1,
                _ => return Vec::new(),
            }
        } else if self.t.is_word(k, "who") && k >= 2 && k > start && self.t.is_punct(k - 1, ',') {
            k -= 2;
            // `directed by Name (no relation, sadly), who wrote it with`: an aside between.
            if self.t.is_punct(k, ')')
                && let Some(o) = self.open_of(k, start, 30)
                && o > start
            {
                k = o - 1;
            }
        } else if self.t.is_word(k, "who")
            && k > start
            && let Some(run) = self.run_backward(k - 1)
            && run.a > start
            && self.cleft_before(run.a)
        {
            // `It is Marta Kowalczyk who plays Irena`, `it was Name who played`: a cleft.
            k -= 1;
        } else if self.t.is_punct(k, ',')
            && k > start
            && self.is_cap_word(k - 1)
            // `Märt Saarepuu, who's Estonian, is`: a nationality closing an appositive is no
            // subject.
            && !(k >= 2 && self.is_lower_word(k - 2) && demonym(self.word(k - 1)))
            // `Name, who has mostly made comedies in Quebec, is`: a place closing an
            // appositive is no subject.
            && !(k >= 2
                && self.is_lower_word(k - 2)
                && one_of(&["at", "from", "in", "near", "of", "on", "to"], self.word(k - 2)))
            && (self.t.is_word(v, "playing")
                || self.t.is_word(v, "voicing")
                || self.t.is_word(v, "cast")
                || self.t.is_word(v, "is"))
        {
            // `Newcomer Arash Karimi-Nouri, playing Behrouz,`, `Jiří Mácha, cast against type
            // as a mild accountant,`: the name right before.
            k -= 1;
        } else if self.t.is_punct(k, ',') {
            // An appositive between commas: `Ana Ruiz, in her first lead role, plays`.
            let mut c = k;
            let mut found = None;
            while c > start && k - c < 32 {
                c -= 1;
                if self.t.is_punct(c, ',') {
                    found = Some(c);
                    break;
                }
                // `Park Min-gyu, so good in Iron Gate Market (2019), is`: a parenthesis inside;
                // `The director, Name (no relation to his star, he told the premiere audience),
                // wrote`: a long aside after the name.
                if self.t.is_punct(c, ')')
                    && let Some(o) = self.open_of(c, start, 24)
                {
                    c = o;
                    continue;
                }
                if self.t.toks[c].kind != super::tokens::Kind::Word {
                    break;
                }
            }
            match found {
                Some(c) if c > start && self.is_lower_word(c + 1) => {
                    // `Fatuma, an Afar actor who is credited by a single name, plays Asli`:
                    // a name of one word, said to be an actor's.
                    if (c + 1..k).any(|q| self.acting_word_at(q))
                        && let Some(m) = self.mononym_at(c - 1)
                    {
                        return vec![m];
                    }
                    k = c - 1;
                }
                // `The director, Eleni Papadopoulou-Vrettou, gives herself`: a full name set
                // off after a noun for the person is the subject.
                Some(c) if c > start && self.is_lower_word(c - 1) => {
                    return self
                        .run_forward(c + 1)
                        .filter(|r| {
                            r.b + 1 == k
                                // `The director, Name (an aside), wrote`: the aside after it.
                                || self.t.is_punct(r.b + 1, '(')
                                    && self.close_of(r.b + 1).is_some_and(|q| q + 1 == k)
                        })
                        .and_then(|r| self.strip_lead(r))
                        .filter(|r| self.person_like(*r))
                        .map(|r| (self.run_text(r), r))
                        .into_iter()
                        .collect();
                }
                _ => return Vec::new(),
            }
        }
        // `Name is serious and plays Beran`, `She sings, dances and plays Dev`: the subject
        // opening the sentence, a clause of lowercase words before `and`.
        if self.t.is_word(k, "and") && k > start + 1 {
            return self.coordinated_subject(start, k);
        }
        if self.is_lower_word(k) {
            if is_subject_pronoun(self.word(k)) {
                return self.antecedent(k).into_iter().collect();
            }
            return Vec::new();
        }
        if self.is_cap_word(k) && ["He", "She", "They"].contains(&self.word(k)) {
            return self.antecedent(k).into_iter().collect();
        }
        // `A and B play C and D`: a list of names before the verb.
        let mut out = Vec::new();
        while let Some(run) = self.run_backward(k) {
            if self.t.toks[run.b].poss {
                break;
            }
            let Some(found) = self.person_of(run) else {
                break;
            };
            let a = run.a;
            out.push(found);
            // `A and B play`, `A, B and C play`: a list ends with `and`; a comma alone before
            // the actor (`In Harrow's Harbour Ember, Roy Delacourt plays`) starts no list.
            let joined = |a: usize| {
                self.t.is_word(a - 1, "and")
                    || self.t.is_punct(a - 1, '&')
                    || (out.len() > 1 && self.t.is_punct(a - 1, ','))
            };
            if a >= 2 && a - 2 >= start && joined(a) {
                k = a - 2;
                if self.t.is_punct(k, ',') && k >= 1 {
                    k -= 1;
                }
            } else {
                break;
            }
        }
        out.reverse();
        out
    }

    /// The subject opening the sentence at `start` of a verb after `and` at `and`: a person's
    /// name (or a pronoun for one) first, then only lowercase words and commas, up to twelve
    /// (`Name is serious and plays`, `She sings, dances and plays`).
    fn coordinated_subject(&self, start: usize, and: usize) -> Vec<(String, Run)> {
        if self.is_cap_word(start) && ["He", "She"].contains(&self.word(start)) {
            let clause = (start + 1..and).all(|q| self.is_lower_word(q) || self.t.is_punct(q, ','));
            if clause && and - start <= 12 && self.is_lower_word(start + 1) {
                return self.antecedent(start).into_iter().collect();
            }
            return Vec::new();
        }
        let Some(run) = self.run_forward(start).filter(|r| r.a == start) else {
            return Vec::new();
        };
        if run.b + 1 >= and {
            return Vec::new();
        }
        let clause = (run.b + 1..and).all(|q| self.is_lower_word(q) || self.t.is_punct(q, ','));
        if !clause || and - run.b > 12 || self.t.toks[run.b].poss || !self.is_lower_word(run.b + 1)
        {
            return Vec::new();
        }
        self.person_of(run).into_iter().collect()
    }

    /// True when a cleft's `it is` / `it was` / `it's` ends just before token `a` (`It is Name
    /// who plays`).
    fn cleft_before(&self, a: usize) -> bool {
        let it = |k: usize| self.t.is_word(k, "it");
        a >= 1 && it(a - 1) && self.t.toks[a - 1].poss
            || a >= 2
                && self.is_lower_word(a - 1)
                && one_of(&["is", "was"], self.word(a - 1))
                && it(a - 2)
                && !self.t.toks[a - 2].poss
    }

    /// The person a pronoun at `k` stands for: the last person named before it in its sentence,
    /// else in the sentence before; critics, crew and the author are skipped.
    fn antecedent(&self, k: usize) -> Option<(String, Run)> {
        let s = self.t.sentence_of(k);
        // Critics, crew and the author are skipped, and characters: a name after a role noun
        // (`as the detective Sirpa Vaara`) or one some mention gives as a part.
        let pick = |p: &&Person| {
            // After a role noun a name is a character's; after `in` or `at`, a place's or a
            // film's (`Inspector Durai in Vettai Naal`, `In Anak Angin he plays`).
            // After `opposite` or `alongside`, a co-star's (`as the stepbrother in Title
            // (2021) opposite Name. Here he plays`: the pronoun is the subject's).
            let after_role = p.run.a >= 1
                && (self.is_lower_word(p.run.a - 1) && self.t.has(p.run.a - 1, class::ROLE)
                    || self.t.is_word(p.run.a - 1, "in")
                    || self.t.is_word(p.run.a - 1, "at")
                    // `who first worked with her on Two Roofs`: a film after `on`.
                    || self.t.is_word(p.run.a - 1, "on")
                    || self.t.is_word(p.run.a - 1, "opposite")
                    || self.t.is_word(p.run.a - 1, "alongside"));
            let a_part = self.found.iter().any(|f| {
                f.character
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&p.name))
            });
            !self.is_other(p.key) && !after_role && !a_part
        };
        // The pronoun itself is the mention's span: the name is in another place.
        let found = |p: &Person| Some((p.name.clone(), Run { a: k, b: k }));
        if let Some(p) = self
            .people()
            .iter()
            .rfind(|p| p.sentence == s && p.run.b < k && pick(p))
        {
            return found(p);
        }
        // Up to two sentences back, each directly before the next in the body; the second
        // only when the first also speaks of someone by a pronoun.
        let mut cur = s;
        for step in 0..2 {
            let ps = self.sentence_right_before(cur)?;
            if let Some(p) = self.people().iter().rfind(|p| p.sentence == ps && pick(p)) {
                return found(p);
            }
            let range = self.t.sentences[ps].clone();
            // `Mahmood-Gill was nineteen and had never acted before. He plays Jaz`: a surname
            // opening the sentence before, of an actor named in full elsewhere.
            let opener = range.start;
            if step == 0
                && self.is_cap_word(opener)
                && !self.t.toks[opener].poss
                && !self.is_cap_word(opener + 1)
                && !self
                    .t
                    .has(opener, class::FUNCTION | class::TITLE | class::NOT_NAME)
                && let Some(full) = self.resolve_single(self.word(opener))
                && full.contains(' ')
                && !self.is_other(name_key(&full))
            {
                return Some((full, Run { a: k, b: k }));
            }
            // (`The lead is Name. I only knew him from music videos. He plays Dutty`: `him`
            // and `her` count too.)
            let text = self.t.span_text(range.start, range.end - 1).as_bytes();
            if step == 0 && !has_pronoun(text) && !has_him_or_her(text) {
                return None;
            }
            cur = ps;
        }
        None
    }

    /// The crew member a subject pronoun at `k` stands for (`Ishikawa's direction is
    /// patient. She wrote the script with Name`, `MacAskill's direction is unhurried, and the
    /// script, which she wrote with Name,`): the one person named before it in its sentence,
    /// or else in the sentence right before, who is credited already (by the metadata or a
    /// crew mention), in full or by surname, possessive or not. `None` when such a stretch
    /// names anyone else.
    fn crew_antecedent(&self, k: usize) -> Option<(String, Run)> {
        let cur = self.t.sentence_of(k);
        let here = self.t.sentences[cur].start..k;
        match self.credited_alone(here) {
            Named::One(n) => return Some((n, Run { a: k, b: k })),
            Named::Others => return None,
            Named::Nobody => {}
        }
        let ps = self.sentence_right_before(cur)?;
        match self.credited_alone(self.t.sentences[ps].clone()) {
            Named::One(n) => Some((n, Run { a: k, b: k })),
            _ => None,
        }
    }

    /// The sentence before sentence `cur`, when only whitespace comes between them in the
    /// body (not another range of the body, left unread).
    fn sentence_right_before(&self, cur: usize) -> Option<usize> {
        let ps = cur.checked_sub(1)?;
        let end = self.t.toks[self.t.sentences[ps].end - 1].end as usize;
        let start = self.t.toks[self.t.sentences[cur].start].start as usize;
        self.t.text[end..start].trim().is_empty().then_some(ps)
    }

    /// Who the tokens `range` name, as [`Self::crew_antecedent`] reads them.
    fn credited_alone(&self, range: Range<usize>) -> Named {
        let credited = |key: &NameKey| {
            self.ctx.directors.iter().any(|d| name_key(d) == *key)
                || self.crew.iter().any(|c| name_key(&c.0) == *key)
        };
        let mut hit: Option<String> = None;
        let mut q = range.start;
        while q < range.end {
            let Some(run) = self.run_forward(q) else {
                q += 1;
                continue;
            };
            q = run.b + 1;
            let Some(r) = self.strip_lead(run) else {
                continue;
            };
            let name = if self.person_like(r) {
                self.run_text(r)
            } else if r.a == r.b && !self.t.has(r.a, class::TITLE) {
                match self.resolve_single(self.word(r.a)) {
                    Some(n) => n,
                    None => continue,
                }
            } else {
                continue;
            };
            let key = name_key(&name);
            if !credited(&key) || hit.as_ref().is_some_and(|h| name_key(h) != key) {
                return Named::Others;
            }
            hit = Some(name);
        }
        hit.map_or(Named::Nobody, Named::One)
    }

    /// True when token `a` is in a heading for another review (`Review: Sprint Finish, with
    /// Mathis Roux as a doping detective` in a magazine's list of this issue's reviews): the
    /// title after `Review:` is not this film's.
    fn in_other_review_heading(&self, a: usize) -> bool {
        let s = self.sentence_start(a);
        if self.title.is_empty()
            || !self.t.is_word(s, "review")
            || !self.t.is_punct(s + 1, ':')
            || a <= s + 2
        {
            return false;
        }
        let Some(run) = self.run_forward(s + 2) else {
            return false;
        };
        run.b < a && !self.is_title(self.t.span_text(s + 2, run.b))
    }

    /// True when the part ending at token `b` is followed by `in`, a noun for a work and its
    /// title, not this review's film (`as the flinty prosecutor in the cable drama Bench
    /// Warrant`): a part in another production.
    fn in_other_work(&self, b: usize) -> bool {
        if !self.t.is_word(b + 1, "in") {
            return false;
        }
        let mut k = b + 2;
        if self.t.has(k, class::DETERMINER) {
            k += 1;
        }
        let noun = (k..k + 3)
            .take_while(|&q| self.is_lower_word(q) && !self.t.has(q, class::FUNCTION))
            .last()
            .filter(|&q| one_of(WORK_NOUNS, self.word(q)) || one_of(FILM_NOUNS, self.word(q)));
        let Some(noun) = noun else {
            return false;
        };
        self.run_forward(noun + 1)
            .is_some_and(|r| !self.is_title(self.t.span_text(r.a, r.b)))
    }

    /// True when the character ending at token `b` is followed by `in` and a capitalized name
    /// that is not this review's film (`as Father Brand in Glass Harbour`): a part in another
    /// production, when the sentence speaks of it in the past.
    fn in_other_film(&self, b: usize) -> bool {
        let mut k = b + 1;
        if !self.t.is_word(k, "in") {
            return false;
        }
        k += 1;
        if self.t.is_word(k, "the") || self.t.is_word(k, "The") {
            k += 1;
        }
        let Some(run) = self.run_forward(k) else {
            return false;
        };
        let a = if self.t.is_word(k - 1, "the") {
            k - 1
        } else {
            k
        };
        let text = self.t.span_text(a, run.b);
        // `who played Jo in Nightjar` in a review of `Nightjar Rising` that calls the first
        // film `Nightjar (2021)`: the shorter title is another film.
        let first_film = || {
            let lower = text.to_lowercase();
            self.title.len() > lower.len()
                && self.title.starts_with(&lower)
                && self.title.as_bytes()[lower.len()] == b' '
                && memchr::memmem::find_iter(self.t.text.as_bytes(), text.as_bytes()).any(|i| {
                    let after = &self.t.text.as_bytes()[i + text.len()..];
                    after.len() >= 7
                        && after.starts_with(b" (")
                        && after[2..6].iter().all(u8::is_ascii_digit)
                        && after[6] == b')'
                })
        };
        !(self.is_title(text)
            || (!self.title.is_empty() && self.title.contains(&text.to_lowercase())))
            || first_film()
    }

    /// True when the name starting at token `a` follows `starred` (or `featured`) whose subject
    /// is another film: a year in parentheses earlier in the sentence (`whose debut Salt Choir
    /// (2019) starred`, `Blue Tiles (2015), which starred`, `(Paper Lantern Street, 2019)
    /// starred`), or a word for an earlier film (`debut`, `previous`), and not this film's title.
    fn other_film_starred(&self, a: usize) -> bool {
        let Some(v) = a.checked_sub(1) else {
            return false;
        };
        if !(self.t.is_word(v, "starred") || self.t.is_word(v, "featured")) {
            return false;
        }
        let start = self.sentence_start(v);
        let year = |k: usize| self.is_year_at(k) && self.t.is_punct(k + 1, ')');
        let earlier = (start..v).any(|k| {
            year(k)
                || (self.is_lower_word(k)
                    && one_of(
                        &["debut", "earlier", "previous", "last", "former"],
                        self.word(k),
                    ))
        });
        earlier && !self.is_title_in(start, v)
    }

    /// True when token `a` is in a sentence about an earlier film: one opening `In the first
    /// film` / `In the original`, or `That one had` / `The original starred`; a co-star
    /// `alongside` or `opposite` right after a title's year in parentheses; or after `in
    /// which` about another film in its sentence: `the 2015
    /// American remake, *Kingfisher Lane*, in which A played Danny and B played Morag`,
    /// `Gert Loubser's 1978 film of the same name, in which A played Koos and B stood … as
    /// his wife`: words for an earlier film (a year, `remake`, `original`, `version`, …)
    /// within eight tokens before `in which`.
    fn in_other_films_clause(&self, a: usize) -> bool {
        let start = self.sentence_start(a);
        // `who was so good in the Beirut comedy Second Floor (2018) alongside Georges Azar`: a
        // co-star of a film with its year just before.
        if a >= start + 4
            && one_of(&["alongside", "opposite"], self.word_or_empty(a - 1))
            && (a.saturating_sub(6).max(start + 1)..a - 1)
                .any(|q| self.is_year_at(q) && self.t.is_punct(q - 1, '('))
        {
            return true;
        }
        // `In the first film Pipoca was voiced by …`, `That one had A and B as the lovers`: a
        // sentence about an earlier film.
        let opener = |k: usize, w: &str| self.t.is_word(start + k, w);
        let earlier = ["first", "original", "earlier", "previous"]
            .iter()
            .any(|w| opener(2, w));
        let film_word = [
            "film",
            "one",
            "movie",
            "version",
            "instalment",
            "installment",
        ]
        .iter()
        .any(|w| opener(3, w));
        if opener(0, "In") && opener(1, "the") && earlier && (film_word || opener(2, "original")) {
            return true;
        }
        // `In 1978 Celestine was played by Name`: a remake's review on the original, a year
        // opening the sentence and the verb in the past (never `In 2024's Salt Road, A plays`).
        if opener(0, "In")
            && self.is_year_at(start + 1)
            && !self.t.toks[start + 1].poss
            && (start + 2..a).any(|k| {
                self.is_lower_word(k)
                    && one_of(&["was", "were", "played", "had", "starred"], self.word(k))
            })
        {
            return true;
        }
        if (opener(0, "That") && ["one", "film", "version"].iter().any(|w| opener(1, w))
            || opener(0, "The") && opener(1, "original"))
            && ["had", "starred", "featured"].iter().any(|w| opener(2, w))
        {
            return true;
        }
        let Some(w) = (start + 1..a)
            .rev()
            .find(|&k| self.t.is_word(k, "which") && self.t.is_word(k - 1, "in"))
        else {
            return false;
        };
        // Capitalized words alone may be a place (`reconstructions of her childhood in
        // Kisumu, in which a schoolgirl plays her`): only words for an earlier film count.
        let before = w - 1;
        (before.saturating_sub(8).max(start)..before).any(|q| {
            self.is_year_at(q)
                || self.is_lower_word(q)
                    && one_of(
                        &[
                            "remake", "original", "version", "earlier", "previous", "sequel",
                        ],
                        self.word(q),
                    )
        })
    }

    /// True when token `a` is in a sentence that opens on another film's billing: `• "Sal e
    /// Luz" (1979, 18 mins): an early short by Name, starring Name as a widow`.
    fn in_other_films_billing(&self, a: usize) -> bool {
        let start = self.sentence_start(a);
        let Some(open) = (start..a.min(start + 12)).find(|&k| self.t.is_punct(k, '(')) else {
            return false;
        };
        // `(1979, 18 mins)`, `(Ireland, 2022)`: a year in the parenthesis.
        let year_inside = (open + 1..open + 6)
            .take_while(|&k| !self.t.is_punct(k, ')'))
            .any(|k| self.is_year_at(k));
        if !year_inside || open < start + 1 {
            return false;
        }
        // The title before the year: capitalized words (quotes and bullets aside), never this
        // review's film.
        let first = (start..open).find(|&k| self.t.toks[k].is_word());
        let last = (start..open).rev().find(|&k| self.t.toks[k].is_word());
        match (first, last) {
            (Some(f), Some(l)) if self.is_cap_word(f) => !self.is_title(self.t.span_text(f, l)),
            _ => false,
        }
    }

    /// True when this review's film title is written between tokens `a` and `b`.
    fn is_title_in(&self, a: usize, b: usize) -> bool {
        if self.title.is_empty() || a >= b {
            return false;
        }
        let text = self.t.span_text(a, b - 1);
        if text.is_ascii() {
            let t = self.title.as_bytes();
            text.as_bytes()
                .windows(t.len())
                .any(|w| w.eq_ignore_ascii_case(t))
        } else {
            text.to_lowercase().contains(&self.title)
        }
    }

    /// True when `w` is a verb in the past that speaks of a part already played: `was`,
    /// `starred`, `played`.
    fn past_part_verb(w: &str) -> bool {
        one_of(
            &[
                "was",
                "were",
                "had",
                "been",
                "starred",
                "played",
                "once",
                "previously",
                "memorably",
                "famously",
            ],
            w,
        )
    }

    /// `Ana Ruiz plays Mara`, `Ruiz plays the landlord`, `A and B play C and D`.
    fn plays(&mut self, v: usize) {
        let mut o = v + 1;
        // `plays the role of Mara`, `plays the part of Mara`.
        if self.t.is_word(o, "the")
            && (self.t.is_word(o + 1, "role") || self.t.is_word(o + 1, "part"))
            && self.t.is_word(o + 2, "of")
        {
            o += 3;
        }
        // `plays him like …`, `plays her, and plays her magnificently`: an object pronoun
        // closing the clause (`plays her grandmother`, `plays her Grandad` name parts).
        let closes = |k: usize| {
            self.t.toks.get(k).is_none_or(|t| !t.is_word())
                || self.is_lower_word(k)
                    && (self.t.has(k, class::FUNCTION) || is_adverb(self.word(k)))
        };
        if ["him", "her", "them"].iter().any(|w| self.t.is_word(o, w))
            && !self.t.is_word(v, "played")
            && closes(o + 1)
        {
            self.plays_pronoun(v);
            return;
        }
        // `Marek Wiśniewski and Dorota Pawlak-Ueda play a married couple`: actors of a group
        // part, named without a character; `A and B play the sisters Ines and Vera`: the
        // names after the group noun, one each, in order.
        // `plays both the twin guides, Idris and Ilyas`.
        let group_from = o + usize::from(self.t.is_word(o, "both"));
        if let Some(q) = self.group_noun_after(group_from) {
            let subjects = self.subjects_before(v);
            self.group_part(subjects, q + 1, CastPattern::Plays);
            return;
        }
        // `Ximena de la Garza plays both Consuelo and the great-grandmother, Doña Refugio`.
        let both = self.t.is_word(o, "both");
        if both {
            o += 1;
        }
        let Some(first) = self
            .char_forward(o)
            .or_else(|| self.relation_of_possessor(o))
            .or_else(|| self.reflexive_part(o))
        else {
            return;
        };
        if both {
            // `plays both her father, Sándor, and Sándor's twin brother, Lajos`: a comma may
            // close the first part's name.
            let second = Some(first.b + 1 + usize::from(self.t.is_punct(first.b + 1, ',')))
                .filter(|&j| self.t.is_word(j, "and"))
                .and_then(|j| self.char_forward(j + 1));
            let subjects = self.subjects_before(v);
            if let (Some(second), [(name, r)]) = (second, subjects.as_slice()) {
                let second = self.named_beside(&second).unwrap_or(second);
                for c in [first, second] {
                    self.push(name.clone(), Some(c.text), CastPattern::Plays, *r);
                }
            }
            return;
        }
        // `Nwosu, who played Queen Maud in The Tallow Crown`, `(Cicha Woda, 2009, in which she
        // played a coach)`: a part in another film.
        if self.t.is_word(v, "played")
            && (self.in_other_film(first.b)
                || (v.saturating_sub(3)..v).any(|k| self.t.is_word(k, "which")))
        {
            return;
        }
        let subjects = self.subjects_before(v);
        if subjects.is_empty() {
            return;
        }
        let chars = self.more_chars(first, subjects.len());
        if chars.len() != subjects.len() {
            return;
        }
        for ((name, r), c) in subjects.into_iter().zip(chars) {
            if name_key(&name) != name_key(&c.text) {
                self.push(name, Some(c.text), CastPattern::Plays, r);
            }
        }
    }

    /// `first` and the parts listed after it (`Ines, Vera and Ola`, `Ines and Vera`), up to
    /// `n` in all.
    fn more_chars(&self, first: CharItem, n: usize) -> Vec<CharItem> {
        let mut chars = vec![first];
        while chars.len() < n {
            let last = chars[chars.len() - 1].b;
            let mut j = last + 1;
            if self.t.is_punct(j, ',') {
                j += 1;
            }
            if !self.t.is_word(j, "and") && !self.t.is_punct(last + 1, ',') {
                break;
            }
            if self.t.is_word(j, "and") {
                j += 1;
            }
            match self.char_forward(j) {
                Some(c) => chars.push(c),
                None => break,
            }
        }
        chars
    }

    /// The group noun (`couple`, `sisters`) within the three lowercase words after the
    /// determiner at `o` (`a married couple`, `the estranged sisters`).
    fn group_noun_after(&self, o: usize) -> Option<usize> {
        // `plays twin brothers, Jin-ho and Jin-seok`: without a determiner, within two words.
        let words = if self.t.has(o, class::DETERMINER) {
            o + 1..o + 4
        } else {
            o..o + 2
        };
        // `plays both the twin guides, Idris and Ilyas`: any plural after `twin`.
        words
            .take_while(|&q| self.is_lower_word(q) && !self.t.has(q, class::FUNCTION))
            .find(|&q| {
                one_of(GROUP_NOUNS, self.word(q))
                    || q > o && self.t.is_word(q - 1, "twin") && self.word(q).ends_with('s')
            })
    }

    /// Actors of a group part (`play a married couple`), the names listed after the group
    /// noun starting at token `k` (a comma first aside): several actors get one each, in
    /// order, when there is one for every actor (`the sisters Ines and Vera`), else they are
    /// recorded without a part; one actor gets every name (`plays twin brothers, Jin-ho and
    /// Jin-seok`), else nothing.
    fn group_part(&mut self, subjects: Vec<(String, Run)>, k: usize, pattern: CastPattern) {
        let k = k + usize::from(self.t.is_punct(k, ','));
        // The parts named from `k`, up to `n`: a capitalized part that is no full name first.
        let named = |n: usize| {
            self.is_cap_word(k)
                .then(|| self.char_forward(k))
                .flatten()
                .filter(|c| !c.personal)
                .map(|first| self.more_chars(first, n))
                .unwrap_or_default()
        };
        if let [(name, r)] = subjects.as_slice() {
            let chars = named(4);
            if chars.len() >= 2 && chars.iter().all(|c| self.is_cap_word(c.a) && !c.personal) {
                for c in chars {
                    self.push(name.clone(), Some(c.text), pattern, *r);
                }
            }
            return;
        }
        if subjects.len() < 2 {
            return;
        }
        let chars = named(subjects.len());
        if chars.len() == subjects.len() && chars.iter().all(|c| self.is_cap_word(c.a)) {
            for ((name, r), c) in subjects.into_iter().zip(chars) {
                self.push(name, Some(c.text), pattern, r);
            }
        } else {
            self.push_without_part(subjects, pattern);
        }
    }

    /// `Dagny Holt takes the role of the harbourmaster`, `lands the part of Bev`; `The role of
    /// the priest goes to Name`, `the part of Bev is taken by Name`. `i` is `role` or `part`,
    /// after `the` and before `of`.
    fn role_of(&mut self, i: usize) {
        let Some(mut item) = self.part_after_of(i + 2) else {
            return;
        };
        // `the role of the neighbour, Mrs Kuroda, …`: the name beside the role is the part;
        // `The part of her mother-in-law, the formidable Kyra Froso, falls to`: before the
        // verb, an appositive describing the part names it, full name or not.
        if let Some(named) = self.named_beside(&item).filter(|n| !n.personal) {
            item = named;
        } else if self.t.is_punct(item.b + 1, ',') && self.t.is_word(item.b + 2, "the") {
            let mut q = item.b + 3;
            while q < item.b + 5 && self.is_lower_word(q) && !self.t.has(q, class::FUNCTION) {
                q += 1;
            }
            if let Some(run) = self.run_forward(q)
                && q > item.b + 3
                && self.t.is_punct(run.b + 1, ',')
                && !self.t.toks[run.b].poss
                && one_of(PART_GOES_VERBS, self.word_or_empty(run.b + 2))
            {
                item = self.name_item(item.a, run);
            }
        }
        let end = self.sentence_end(i);
        // The part first: `goes to`, `went to`, `falls to`, `fell to`, `is taken by`; an
        // appositive may come between (`The role of Mrs Bae, the family's housekeeper, goes to`).
        let mut k = item.b + 1;
        if self.t.is_punct(k, ',') {
            k += 1;
            if let Some(c) = (k..end.min(k + 30)).find(|&c| {
                self.t.is_punct(c, ',')
                    && (one_of(PART_GOES_VERBS, self.word_or_empty(c + 1))
                        || one_of(&["is", "was"], self.word_or_empty(c + 1)))
            }) {
                k = c + 1;
            }
        }
        let to = if one_of(PART_GOES_VERBS, self.word_or_empty(k)) && self.t.is_word(k + 1, "to") {
            Some(k + 2)
        } else if one_of(&["is", "was"], self.word_or_empty(k))
            && one_of(
                &["taken", "filled", "played", "portrayed"],
                self.word_or_empty(k + 1),
            )
            && self.t.is_word(k + 2, "by")
        {
            Some(k + 3)
        } else {
            None
        };
        if let Some(first) = to {
            let first = self.skip_describing(first, k + 6);
            let (names, _) = self.names_forward(first, end);
            if let [(name, r)] = names.as_slice()
                && !self.is_other(name_key(name))
            {
                self.push(name.clone(), Some(item.text), CastPattern::Plays, *r);
            }
            return;
        }
        // The actor first: `Name takes the role of`, `Name, in her first lead, lands the part of`;
        // a describing word may come before the noun (`the small part of`).
        let the = if self.t.is_word(i - 1, "the") {
            i - 1
        } else {
            i - 2
        };
        let Some(v) = the.checked_sub(1) else {
            return;
        };
        // `Name brings real warmth to the small part of Nuka`.
        if self.t.is_word(v, "to")
            && let Some(g) = (v.saturating_sub(4)..v).rev().find(|&q| {
                one_of(
                    &["brings", "brought", "gives", "gave", "lends", "lent"],
                    self.word(q),
                )
            })
        {
            self.subject_plays(g, item);
            return;
        }
        let verb = self.word(v);
        // `in the role of`: a name or a role noun after a determiner, never `in the role of her
        // career` nor `in the role of mentor to the young cast`.
        if verb == "in"
            && (self.is_cap_word(item.b) || self.t.has(item.b, class::ROLE))
            && (self.is_cap_word(i + 2) || self.t.has(i + 2, class::DETERMINER))
        {
            // `Cheikh Tidiane Mbengue, in the role of the griot Lamine, carries …`: the name
            // before the comma that opens the phrase.
            if v >= 2
                && self.t.is_punct(v - 1, ',')
                && let Some(run) = self.run_backward(v - 2)
                && let Some((name, r)) = self.person_of(run)
                && r.a >= self.sentence_start(v)
                && !self.is_other(name_key(&name))
                && name_key(&name) != name_key(&item.text)
            {
                self.push(name, Some(item.text), CastPattern::Plays, r);
                return;
            }
            // `Ana Ruiz shines in the role of Mara`, `Ruiz is superb in the part of the widow`:
            // up to three lowercase words between the subject and `in`.
            let start = self.sentence_start(v);
            let mut q = v;
            // Never an object between (`Lee Park cast her in the role of Mara`), nor a place's
            // part (`grew up in the part of Lagos where …`).
            let object = |w: &str| {
                one_of(
                    &[
                        "who", "which", "that", "and", "but", "her", "him", "them", "cast",
                        "casts", "put", "puts", "wanted", "a", "an", "the", "his", "their",
                    ],
                    w,
                )
            };
            while q > start + 1
                && v - q < 3
                && self.is_lower_word(q - 1)
                && !object(self.word(q - 1))
            {
                q -= 1;
            }
            let place = one_of(&["where", "that", "which"], self.word_or_empty(item.b + 1));
            if q < v
                && !place
                && !(q >= 1 && self.is_lower_word(q - 1) && object(self.word(q - 1)))
                && (self.is_cap_word(q - 1) || self.t.is_punct(q - 1, ')'))
                && let Some((name, r)) = self.subjects_before(q).pop()
                && !self.is_other(name_key(&name))
                && name_key(&name) != name_key(&item.text)
            {
                self.push(name, Some(item.text), CastPattern::Plays, r);
            }
            return;
        }
        let v = if one_of(&["into", "on", "up"], verb) && v >= 1 {
            v - 1 // `steps into the role of`, `takes on the role of`
        } else if one_of(&["herself", "himself", "themselves"], verb)
            && v >= 1
            && one_of(&["gives", "gave"], self.word(v - 1))
        {
            // `The director, Name, gives herself the small role of Kyria Voula`.
            self.subject_plays(v - 1, item);
            return;
        } else {
            v
        };
        // `plays the role of` is read by [`Self::plays`]; `essays the role of` here.
        if !one_of(
            &[
                "takes", "took", "gets", "got", "has", "had", "lands", "landed", "inherits",
                "steps", "stepped", "assumes", "essays",
            ],
            self.word(v),
        ) {
            return;
        }
        // One part: the name closest to the verb takes it (`…, and Ruth Ebi lands the part`).
        self.subject_plays(v, item);
    }

    /// The part named after `the role of` at token `i`: a character phrase, or a determiner
    /// and up to three lowercase words whose last is the head noun (`the harbourmaster`,
    /// `the ageing harbourmaster`), stopping before a verb of the pattern.
    fn part_after_of(&self, i: usize) -> Option<CharItem> {
        let stops = [
            "goes", "went", "falls", "fell", "passes", "is", "was", "in", "with", "and",
        ];
        if let Some(item) = self.char_forward(i) {
            return Some(item);
        }
        if !self.t.has(i, class::DETERMINER) {
            return None;
        }
        let mut b = i;
        while b < i + 3
            && self.is_lower_word(b + 1)
            && !self.t.has(b + 1, class::FUNCTION)
            && !one_of(&stops, self.word(b + 1))
            && !self.t.toks[b + 1].poss
        {
            b += 1;
        }
        // `the role of the griot Lamine`: the name after the noun.
        if b > i
            && let Some(named) = self.run_forward(b + 1)
            && named.a == b + 1
            && !self.t.toks[named.b].poss
            && (1..=3).contains(&self.name_words(named).count())
        {
            return Some(self.name_item(i, named));
        }
        (b > i).then(|| self.word_item(i, b))
    }

    /// The first token from `from` (before `limit`) that is not a describing word before a
    /// name: `by newcomer Name`, `by the excellent Name`, `goes to veteran Name`.
    fn skip_describing(&self, from: usize, limit: usize) -> usize {
        let mut first = from;
        let mut limit = limit;
        loop {
            let describing = first < limit
                && self.is_lower_word(first)
                && (!self.t.has(first, class::FUNCTION)
                    || ["a", "an", "the", "her", "his", "their", "its"]
                        .iter()
                        .any(|w| self.t.is_word(first, w)));
            // `the Beijing stage actress Zhao Yiran`: a place's name before a describing word.
            let place = first > from
                && first < limit
                && self.is_cap_word(first)
                && !self.is_cap_word(first + 1)
                && self.is_lower_word(first + 1)
                // `Evelien de Smet`: a particle goes on with a name.
                && !self.t.has(first + 1, class::FUNCTION | class::PARTICLE)
                && !self.t.has(first, class::FUNCTION | class::TITLE);
            if !(describing || place) {
                break;
            }
            if place {
                limit += 1;
            }
            first += 1;
        }
        // `played by a newcomer, Aoife Nic Dhonnchadha`: a describing phrase set off by a
        // comma before the name.
        // Never after a musician's noun (`scored by a brass band, Os Caranguejos`).
        if first > from
            && self.t.is_punct(first, ',')
            && !(from..first).any(|k| self.t.has(k, class::MUSIC_NOUN))
        {
            if self.is_cap_word(first + 1) {
                first += 1;
            } else if ["the", "a", "an"]
                .iter()
                .any(|d| self.t.is_word(first + 1, d))
            {
                // `wrote it with her father, the sculptor Name`: a second describing phrase,
                // ending in a word for the person.
                let q = (first + 2..first + 5)
                    .find(|&q| !self.is_lower_word(q) || self.t.has(q, class::FUNCTION))
                    .unwrap_or(first + 5);
                if q > first + 2
                    && self.is_cap_word(q)
                    && (self.person_noun_at(q - 1) || self.t.has(q - 1, class::CREW_NOUN))
                {
                    first = q;
                }
            }
        }
        first
    }

    /// `Shanelle Pryce-Henry gives Tash, the lifeguard, a lovely weariness`: an actor giving a
    /// character a quality. The object is a character's name (never someone found as an
    /// actor), then `a`, `an`, `her`, `his` or `their`, right after it or after an appositive.
    fn gives(&mut self, v: usize) {
        let Some(mut item) = self.char_forward(v + 1) else {
            return;
        };
        let end = self.sentence_end(v);
        // Where the quality given starts, when an appositive naming the part was read.
        let mut quality_at = None;
        // `gives the villain, a herring gull called Captain Skua, a voice`: the name the
        // appositive calls the part by.
        if !self.is_cap_word(item.a)
            && self.t.is_punct(item.b + 1, ',')
            && let Some(called) = (item.b + 2..(item.b + 8).min(end))
                .take_while(|&q| self.is_lower_word(q))
                .find(|&q| one_of(&["called", "named"], self.word(q)))
            && let Some(named) = self.char_forward(called + 1)
            && self.is_cap_word(named.a)
            && self.t.is_punct(named.b + 1, ',')
        {
            quality_at = Some(named.b + 2);
            item = named;
        }
        // `gives Ambrose Fitch, the London reporter who …, a seedy charm`: a full name said
        // to be a part by the appositive after it.
        let described = item.personal
            && self.t.is_punct(item.b + 1, ',')
            && ["the", "a", "an"]
                .iter()
                .any(|d| self.t.is_word(item.b + 2, d))
            && (item.b + 3..item.b + 6)
                .take_while(|&q| self.t.toks.get(q).is_some_and(super::tokens::Tok::is_word))
                .any(|q| self.person_noun_at(q));
        if !self.is_cap_word(item.a) || item.personal && !described {
            return;
        }
        let quality = |k: usize| {
            self.is_lower_word(k) && one_of(&["a", "an", "her", "his", "their"], self.word(k))
        };
        let mut k = item.b + 1;
        if let Some(q) = quality_at {
            k = q;
        } else if self.t.is_punct(k, ',') {
            match self.after_appositive(k, end) {
                Some(after) => k = after,
                None => return,
            }
        }
        if !quality(k) {
            return;
        }
        let key = name_key(&item.text);
        if self.found.iter().any(|f| f.key == key) {
            return; // `Ruiz gives Okafor a hard time`: two actors
        }
        let subjects = self.subjects_before(v);
        if let [(name, r)] = subjects.as_slice()
            && name_key(name) != key
            && !self.is_other(name_key(name))
        {
            self.push(name.clone(), Some(item.text), CastPattern::Plays, *r);
        }
    }

    /// `Oluwaseun Adebowale voices Skrike`, `Maëlle Kerjean lends her voice to Madame Fog`.
    fn voices(&mut self, v: usize) {
        let o = if self.t.is_word(v, "voices") {
            v + 1
        } else if ["her", "his", "their"]
            .iter()
            .any(|w| self.t.is_word(v + 1, w))
            && self.t.is_word(v + 2, "voice")
            && self.t.is_word(v + 3, "to")
        {
            v + 4
        } else {
            return;
        };
        // `lends her voice to the Oracle`: a part by a capitalized noun after `the`.
        let the_named = || {
            self.t
                .is_word(o, "the")
                .then(|| self.char_forward(o + 1))
                .flatten()
                .filter(|c| !c.personal && self.is_cap_word(c.a))
        };
        let Some(item) = self.char_forward(o).or_else(the_named) else {
            return;
        };
        self.subject_plays(v, item);
    }

    /// After `plays` or `as` at token `i`: a relation of a named character (`plays Bodnár's
    /// father, a young tram driver`, `as Ďuro's mother;`), the relation as the part, when
    /// [`Self::char_forward`] reads none there (never a pair, `Mereana's cousin and aunt`, or
    /// a relation whose own name follows).
    fn relation_of_possessor(&self, i: usize) -> Option<CharItem> {
        let role = i + 1;
        let next = self.t.toks.get(role + 1);
        (self.is_cap_word(i)
            && self.t.toks[i].poss
            && !self.t.has(i, class::FUNCTION)
            // `as Holly's Gran`: a kinship word written as a name too.
            && (self.is_lower_word(role) && self.t.has(role, class::ROLE)
                || self.is_cap_word(role) && kin_title(self.word(role)))
            && !self.t.toks[role].poss
            && next.is_none_or(|t| !t.is_word() || !t.cap)
            && !self.t.is_word(role + 1, "and")
            && !self.t.is_word(role + 1, "or"))
        .then(|| self.word_item(i, role))
    }

    /// `Wiremu Tāwhai brings Koro Pita to life`, `Noh Mi-rae brings Grandma Bok-soon, the
    /// baker, to life`.
    fn brings_to_life(&mut self, v: usize) {
        if self.brings_quality_to(v) {
            return;
        }
        let Some(item) = self.char_forward(v + 1) else {
            return;
        };
        let end = self.sentence_end(v);
        let mut k = item.b + 1;
        if self.t.is_punct(k, ',') {
            match self.after_appositive(k, end) {
                Some(after) => k = after,
                None => return,
            }
        }
        if !(self.t.is_word(k, "to") && self.t.is_word(k + 1, "life")) {
            return;
        }
        self.subject_plays(v, item);
    }

    /// `Cressida Hallam brings a wounded dignity to Lady Constance`: a quality (a short
    /// phrase opening on an article or a possessive pronoun, naming no person or film), then
    /// `to` and a part by name. True when it read one.
    fn brings_quality_to(&mut self, v: usize) -> bool {
        // `brings his family to London` is a journey: only a quality after an article.
        if !["a", "an", "such", "real"]
            .iter()
            .any(|d| self.t.is_word(v + 1, d))
        {
            return false;
        }
        let Some(to) = (v + 2..v + 8)
            .take_while(|&q| {
                self.is_lower_word(q)
                    && !self.t.has(q, class::ROLE | class::CAST_NOUN)
                    && !self.person_noun_at(q)
                    && !one_of(FILM_NOUNS, self.word(q))
                    && !one_of(
                        &["family", "children", "kids", "friends", "crew", "team"],
                        self.word(q),
                    )
            })
            .find(|&q| self.t.is_word(q, "to"))
        else {
            return false;
        };
        if !self.is_cap_word(to + 1) {
            return false;
        }
        let Some(item) = self.char_forward(to + 1).filter(|c| !c.personal) else {
            return false;
        };
        // The part closes its clause: never `brings her family to London Bridge station`.
        let closes = [',', '.', ';', ':', '—']
            .iter()
            .any(|&c| self.t.is_punct(item.b + 1, c))
            || self.t.is_word(item.b + 1, "and");
        if closes {
            self.subject_plays(v, item);
        }
        closes
    }

    /// `Her mother, a wonderful Lena Marsh, runs the bakery`, `Mara, an unrecognisable Ana
    /// Ruiz,`: a part opening its clause, then an appositive of praise (`a` or `an` and
    /// describing words) around the actor's full name (the comma at `c`). The describing words are no nouns for a person, so `Her father,
    /// a retired teacher Tom Okafor,` names a character.
    fn praise_appositive(&mut self, c: usize) {
        let d = c + 1;
        // Only after `a` or `an`: a name after `the` is more often the part's own (`her
        // mother-in-law, the formidable Kyra Froso,`).
        if c == 0 || !["a", "an"].iter().any(|w| self.t.is_word(d, w)) {
            return;
        }
        let describing = |k: usize| {
            self.is_lower_word(k)
                && !self.t.toks[k].poss
                && !self.t.has(
                    k,
                    class::FUNCTION | class::ROLE | class::CAST_NOUN | class::CREW_NOUN,
                )
                && !agent_noun(self.word(k))
                && !self.person_noun_at(k)
        };
        let k = (d + 1..d + 4).find(|&k| !describing(k)).unwrap_or(d + 4);
        // Praise of a performance, never a story's words (`Her husband, a mysterious Julien
        // Roux, vanishes`, `a young Winston Churchill`).
        if k == d + 1
            || !self.is_cap_word(k)
            || !(d + 1..k).any(|q| {
                let w = self.word(q);
                one_of(PRAISE_WORDS, w) || w.len() > 4 && w.ends_with("ly") && q + 1 < k
            })
        {
            return;
        }
        let Some(run) = self.run_forward(k).filter(|r| r.a == k) else {
            return;
        };
        let after = run.b + 1;
        let closes = after >= self.t.toks.len()
            || [',', '.', ';', '—', ')']
                .iter()
                .any(|&p| self.t.is_punct(after, p));
        if !closes || self.t.toks[run.b].poss || !self.person_like(run) {
            return;
        }
        let Some((name, r)) = self.person_of(run) else {
            return;
        };
        let Some(item) = self.char_backward(c - 1) else {
            return;
        };
        let start = self.sentence_start(c);
        let opens = item.a == start
            || item.a > start
                && (self.t.is_word(item.a - 1, "and") || self.t.is_punct(item.a - 1, ':'));
        let key = name_key(&name);
        if item.personal || !opens || self.is_other(key) || key == name_key(&item.text) {
            return;
        }
        self.push(name, Some(item.text), CastPattern::Parenthetical, r);
    }

    /// `Their mother — Brídín Ní Loinsigh, never better — sits by the fire`, `Alhaji Danladi
    /// — Babatunde Ogunleye, gloriously hammy — …`: a dash aside naming the actor, like a
    /// parenthesis. `p` is the opening dash.
    fn dash_aside(&mut self, p: usize) {
        if p == 0 {
            return;
        }
        let end = self.sentence_end(p);
        let close = (p + 1..end.min(p + 25)).find(|&q| self.t.is_punct(q, '—'));
        let first = self.skip_describing(p + 1, p + 5);
        let (names, after) = self.names_forward(first, close.unwrap_or(end));
        let [(name, r)] = names.as_slice() else {
            return;
        };
        // The name ends the aside or a comma and a lowercase comment follow it.
        let closes = close == Some(after)
            || (self.t.is_punct(after, ',') && close.is_some() && self.is_lower_word(after + 1));
        if !closes || self.t.toks[r.b].poss || self.is_other(name_key(name)) {
            return;
        }
        // `Mr Tominaga, a retired ferryman who has come every evening since 1971 — Name,
        // heartbreakingly funny —`: the name before an appositive that runs up to the dash
        // (a comment on the actor after the name).
        let start = self.sentence_start(p);
        let close_bare = close == Some(after);
        let before_appositive = || {
            let c = (p.saturating_sub(25).max(start + 1)..p)
                .rev()
                .take_while(|&q| self.t.toks[q].is_word() || self.t.is_punct(q, ','))
                .find(|&q| self.t.is_punct(q, ','))?;
            (self.is_lower_word(c + 1) && self.t.has(c + 1, class::DETERMINER) && !close_bare)
                .then(|| self.char_backward(c - 1))
                .flatten()
                .filter(|item| self.is_cap_word(item.b) && !item.personal)
        };
        let Some(item) = self.char_backward(p - 1).or_else(before_appositive) else {
            return;
        };
        // Two full names around a bare `— Name —` may be anyone; a comment on the actor
        // (`— Name, gloriously hammy —`) says who plays whom.
        let bare = close == Some(after);
        // `Al-Khatib — Salma al-Khatib, who made her name in … — plays Rasha`: the actor's own
        // surname before the aside is no part.
        if item.personal && bare
            || name_key(name) == name_key(&item.text)
            || words_within(&item.text, name)
        {
            return;
        }
        self.push(
            name.clone(),
            Some(item.text),
            CastPattern::Parenthetical,
            *r,
        );
    }

    /// `Her brothers, Abel and Henok, are Biniam Wolde and Nahom Asfaw(, respectively)`: as
    /// many parts before `are` as full names after it, paired in order.
    fn copula_plural(&mut self, v: usize) {
        let end = self.sentence_end(v);
        let (names, after) = self.names_forward(v + 1, end);
        // The names close the clause (`, respectively`): never `are A and B's grandchildren`.
        let closed = after >= end
            || self.t.is_punct(after, ',')
            || self.t.is_punct(after, '.')
            || self.t.is_punct(after, ';');
        if !closed || names.last().is_some_and(|(_, r)| self.t.toks[r.b].poss) {
            return;
        }
        if names.len() < 2
            || names
                .iter()
                .any(|(n, r)| !n.contains(' ') || !self.person_like(*r))
        {
            return;
        }
        // (An appositive's closing comma before `are`.)
        let j = if self.t.is_punct(v - 1, ',') {
            v - 2
        } else {
            v - 1
        };
        // (One more than the names, to see that the list of parts holds no more.)
        let parts = self.chars_backward(j, names.len() + 1);
        if parts.len() != names.len()
            || parts.iter().any(|c| c.personal)
            || !self.opens_sentence(parts[0].a)
                && !parts[0]
                    .a
                    .checked_sub(1)
                    .is_some_and(|k| self.t.is_punct(k, ','))
        {
            return;
        }
        for ((name, r), part) in names.into_iter().zip(parts) {
            if !self.is_other(name_key(&name)) {
                self.push(name, Some(part.text), CastPattern::As, r);
            }
        }
    }

    /// True when token `k` opens its sentence, or only a short adverbial stands before it
    /// (`In this she's the policewoman`, `Here he is the landlord`).
    fn opens_clause(&self, k: usize) -> bool {
        // (Never `Later, he is the prime suspect`: plot narration.)
        const OPENERS: &[&str] = &["in", "this", "here"];
        let start = self.sentence_start(k);
        k == start
            || k - start <= 3
                && (start..k).all(|q| {
                    self.t.is_punct(q, ',')
                        || self.t.toks[q].is_word() && one_of(OPENERS, self.word(q))
                })
    }

    /// `Esi Quaye is Comfort, a seamstress with three children`; `…, to Yaw Amponsah-Kwarteng,
    /// whose Mr Badu, a retired headmaster, is …`: a character's name right after `is` (or
    /// `, whose`), then an appositive for a person. `v` is `is` or `whose`.
    fn copula(&mut self, v: usize) {
        // `Petro, who …, is Bohdan Kovalchuk's finest work in years`: a full name's possessive
        // and the actor's work after it.
        if self.t.is_word(v, "is")
            && let Some(run) = self.run_forward(v + 1)
            && self.t.toks[run.b].poss
            && let Some(r) = self.strip_lead(run)
            && self.person_like(r)
            && (run.b + 1..run.b + 4).any(|q| one_of(ACTOR_WORKS, self.word_or_empty(q)))
        {
            let named = CharItem {
                text: self.run_text(r),
                a: r.a,
                b: r.b,
                personal: true,
            };
            self.copula_inverted(v, &named);
            return;
        }
        // `Their granddaughter, Precious, is little Hope Varnedoe`: a fond word before the
        // actor's full name.
        let at = if self.is_fond_word(v + 1)
            && self.is_cap_word(v + 2)
            && self.run_forward(v + 2).is_some_and(|r| r.b > r.a)
        {
            v + 2
        } else {
            v + 1
        };
        // `McQuarrie is Ailsa's grandfather.`: a relation of a named character is the part.
        let Some(item) = self
            .char_forward(at)
            .or_else(|| self.relation_of_possessor(v + 1))
        else {
            return;
        };
        let k = item.b + 2;
        // `McQuarrie is Ailsa's grandfather, Old Tam, a grizzled bull seal`: the relation
        // before the name says it is someone in the story.
        let related = item.a == v + 1 && self.t.toks[v + 1].poss && item.b > v + 2;
        // `, a seamstress`, `, a Kuala Lumpur corporate lawyer`: a person's noun within five
        // words (place names on the way); `, her son`, `, Kojo's girlfriend`, `, Sari's
        // schoolteacher`: a possessor and a person's noun; or a relative clause about the
        // character (`is Dona Tereza, who owns the hall`).
        // (`, a man who sings on the ferries`: `man`, too short for a noun by its ending;
        // `, a fashion-school dropout who buys …`: a noun with `who` after it.)
        let noun_within = |from: usize, n: usize| {
            (from..from + n)
                .take_while(|&q| self.t.toks.get(q).is_some_and(super::tokens::Tok::is_word))
                .any(|q| {
                    self.person_noun_at(q)
                        || self.t.is_word(q, "man")
                        || q > from && self.is_lower_word(q) && self.t.is_word(q, "who")
                })
        };
        let appositive = related
            || self.t.is_punct(item.b + 1, ',')
                && (["a", "an", "the"].iter().any(|d| self.t.is_word(k, d))
                    && noun_within(k + 1, 5)
                    || ["her", "his", "their"].iter().any(|d| self.t.is_word(k, d))
                        && noun_within(k + 1, 3)
                    || self.is_cap_word(k) && self.t.toks[k].poss && noun_within(k + 1, 3)
                    || self.is_lower_word(k)
                        && ["who", "whose"].iter().any(|w| self.t.is_word(k, w)));
        // `Selamawit Gebremedhin is Weizero Tsehay, the highland trader`: a full name on each
        // side, and the part said to be someone in the story.
        // `Kanyarat Thongsuk (everyone calls her Ploy) is Pa Noi, the fortune teller`: the name
        // before an aside in parentheses.
        let full_subject = || {
            let start = self.sentence_start(v);
            let mut j = v.checked_sub(1)?;
            if self.t.is_punct(j, ')') {
                let o = self.open_of(j, start, 30)?;
                j = o.checked_sub(1)?;
            }
            self.full_name_at(j).filter(|(_, r)| r.a >= start)
        };
        if item.personal && self.t.is_word(v, "is") {
            if appositive
                && let Some((name, r)) = full_subject()
                && name_key(&name) != name_key(&item.text)
                && !self.is_other(name_key(&name))
                && !self.found.iter().any(|f| f.key == name_key(&item.text))
            {
                self.push(name, Some(item.text), CastPattern::As, r);
                return;
            }
            self.copula_inverted(v, &item);
            return;
        }
        // `Her son Mandla, a teenager who …, is Dlamini`: a surname of someone named in full,
        // after the part.
        if self.t.is_word(v, "is")
            && item.a == item.b
            && !self.t.toks[item.a].poss
            && let Some(full) = self.full_name_of_surname(item.a)
        {
            let named = CharItem {
                text: full,
                personal: true,
                ..item.clone()
            };
            self.copula_inverted(v, &named);
            return;
        }
        // `Jose Mari Villanueva-Santos is Mang Tonyo and …`: a part opening on a title needs
        // nothing after it; `Clodagh Ní Chonaill is Orla, and she is a find`, `… is Orla.`: a
        // full name, then a part closing its sentence or a clause that goes on about the actor.
        let titled = self.t.has(item.a, class::TITLE) || kin_title(self.word(item.a));
        let closes = self.t.is_word(v, "is")
            && !self.t.toks[item.b].poss
            && (self.t.is_punct(item.b + 1, '.')
                || self.t.is_punct(item.b + 1, ',')
                    && self.t.is_word(item.b + 2, "and")
                    && is_subject_pronoun(self.word_or_empty(item.b + 3)));
        if !self.is_cap_word(item.a) || item.personal || !(appositive || titled || closes) {
            return;
        }
        if (titled || closes) && !appositive {
            // `Étienne Bouchard, who has mostly made comedies, is Private Thibodeau`: a titled
            // part after a subject set off by a clause.
            if let Some((name, r)) = full_subject().or_else(|| {
                titled
                    .then(|| self.subjects_before(v).last().cloned())
                    .flatten()
            }) && !self.is_other(name_key(&name))
            {
                self.push(name, Some(item.text), CastPattern::As, r);
            }
            return;
        }
        let key = name_key(&item.text);
        if self.found.iter().any(|f| f.key == key) {
            return; // `Ruiz is Okafor, a …`: two actors
        }
        let subject = if self.t.is_word(v, "whose") {
            if v < 2 || !self.t.is_punct(v - 1, ',') {
                return;
            }
            self.run_backward(v - 2).and_then(|run| self.person_of(run))
        } else {
            let subjects = self.subjects_before(v);
            subjects.last().cloned()
        };
        if let Some((name, r)) = subject
            && name_key(&name) != key
            && !self.is_other(name_key(&name))
        {
            self.push(name, Some(item.text), CastPattern::As, r);
        }
    }

    /// `Sandro, the boy, is Luka Abesadze`, `Mrs Oh is Hwangbo Ra-eun, and …`, `Aling Nena,
    /// who steals every scene, is Perla Umali`, `the son, Fiachra, that's Cathal Mac Giolla
    /// Easpaig`: a character (a name that is no full name, or a role noun), maybe with an
    /// appositive, then `is` (or `that's`) and a full name, which plays it. `named` is the
    /// full name after the verb at `v`.
    fn copula_inverted(&mut self, v: usize, named: &CharItem) {
        let start = self.sentence_start(v);
        let end = self.sentence_end(v);
        // The name closes its clause: never `is Ana Ruiz's sister` (`poss` ends no char item)
        // or `is Ana Ruiz territory`.
        let after = named.b + 1;
        // `Oom Fanie is Dawid Fourie in a performance of such slow charm`: the actor's
        // performance after the name.
        let in_performance = self.t.is_word(after, "in")
            && ["a", "an", "his", "her", "their"]
                .iter()
                .any(|d| self.t.is_word(after + 1, d))
            && (after + 2..after + 5).any(|q| {
                one_of(
                    &["performance", "turn", "role", "part", "portrayal"],
                    self.word_or_empty(q),
                )
            });
        // `Petro, who …, is Bohdan Kovalchuk's finest work in years`: the actor's work (only
        // [`Self::copula`] passes a possessive, after checking the work noun).
        let possessive_work = self.t.toks[named.b].poss;
        // `is Chew Kok Leong and he steals the film`: a clause of its own after `and`.
        let and_clause = self.t.is_word(after, "and") && self.is_lower_word(after + 1);
        if after < end
            && !in_performance
            && !and_clause
            && !possessive_work
            && !self.t.is_punct(after, ',')
            && !self.t.is_punct(after, '—')
            && !self.t.is_punct(after, ';')
            && !self.t.is_punct(after, '(')
            && !self.t.is_punct(after, '.')
        {
            return;
        }
        let Some(mut j) = v.checked_sub(1).filter(|&j| j >= start) else {
            return;
        };
        // The sentence opens on `Playing` (the part comes right after it).
        let opens_playing = self.t.is_word(start, "playing");
        // `Playing the rival kite-maker from across the canal is Name`: the part right after
        // a sentence-opening `Playing`, whatever phrase follows it.
        if opens_playing
            && self.t.is_word(v, "is")
            && !self.t.is_punct(j, ',')
            && let Some(part) = self.char_forward(start + 1)
            && !part.personal
            && part.b < j
            && !self.t.has(part.b, class::CAST_NOUN | class::CREW_NOUN)
            && (part.b + 1..v).all(|q| self.t.toks[q].is_word())
        {
            self.actor_after_is(named.a, part);
            return;
        }
        let that = self.t.is_word(v, "that");
        let mut story_role = false;
        // `The Coffee Hen herself is Name`: a reflexive after the character.
        if !that
            && j > start
            && self.is_lower_word(j)
            && one_of(
                &["herself", "himself", "itself", "themselves"],
                self.word(j),
            )
        {
            j -= 1;
        }
        if that && (self.t.is_punct(j, ',') || self.t.is_punct(j, '—')) && j > start {
            j -= 1; // `Fiachra, that's`, `Father Tadhg — that's`
        } else if !that && self.t.is_punct(j, ',') {
            // `Sandro, the boy, is`, `Aling Nena, who steals every scene she's in, is`: the
            // name before the appositive, found at the comma that opens it.
            let Some(c) = (start..j)
                .rev()
                .take(30)
                .find(|&c| self.t.is_punct(c, ',') || self.t.is_punct(c, '—'))
            else {
                return;
            };
            if c <= start {
                return;
            }
            // `Ardeleanu's put-upon clerk, Mihaela, is`, `The younger, Nikitas, is`: the
            // appositive is the character's name (a name beats a description).
            // `Her supervisor, the prim Mr Halmos, is Name`: an article and describing words
            // may come before the name.
            let described = |a: usize| {
                a > c + 1
                    && a <= c + 4
                    && self.t.is_word(c + 1, "the")
                    && (c + 2..a).all(|q| self.is_lower_word(q) && !self.t.has(q, class::FUNCTION))
            };
            // `Playing the hitch-hiking nun, Sestra Bernadeta, is Name`: after `Playing` and a
            // role, the name set off is the part even when it reads as a full name.
            let after_playing = c > start + 1 && opens_playing;
            if self.is_cap_word(j - 1)
                && let Some(part) = self
                    .char_backward(j - 1)
                    .filter(|n| (n.a == c + 1 || described(n.a)) && (!n.personal || after_playing))
            {
                self.actor_after_is(named.a, part);
                return;
            }
            if !self.is_lower_word(c + 1) {
                return;
            }
            // `Wil y Post, the gossiping postman, is Name`: an appositive giving the story's
            // role makes the name before it the part, full name or not.
            story_role = ["the", "a", "an"].iter().any(|d| self.t.is_word(c + 1, d))
                && (c + 2..j).all(|q| self.is_lower_word(q))
                && (c + 2..j).any(|q| self.person_noun_at(q))
                && !(c + 2..j).any(|q| {
                    self.acting_word_at(q)
                        || one_of(&["newcomer", "veteran", "star", "lead"], self.word(q))
                });
            j = c - 1;
        } else if !that && self.t.is_punct(j, '—') {
            // `Nevzat's deckhand — a sly teenager called Berzan — is Name`: the name the aside
            // gives, else the character before it.
            let Some(c) = (start..j).rev().take(30).find(|&c| self.t.is_punct(c, '—')) else {
                return;
            };
            let called = (c + 1..j)
                .find(|&k| self.t.is_word(k, "called") || self.t.is_word(k, "named"))
                .filter(|&k| self.is_cap_word(k + 1))
                .and_then(|k| self.char_forward(k + 1));
            match called {
                Some(part) if !part.personal => {
                    self.actor_after_is(named.a, part);
                    return;
                }
                _ if c > start => j = c - 1,
                _ => return,
            }
        }
        // `The uncle with the durian box is Name`, `the nurse from Kisumu is Name`: a role,
        // then a phrase of where or with what, before `is`.
        let modified = || {
            let k = (j.saturating_sub(6).max(start + 1)..j)
                .rev()
                .find(|&k| one_of(&["with", "from", "at", "in", "on"], self.word_or_empty(k)))?;
            if !(k + 1..=j).all(|q| self.t.toks[q].is_word() && !self.t.toks[q].poss) {
                return None;
            }
            self.char_backward(k - 1).filter(|c| {
                !c.personal
                    && !self.is_cap_word(c.b)
                    && !self.t.has(c.b, class::CAST_NOUN | class::CREW_NOUN)
            })
        };
        let Some(item) = self.char_backward(j).or_else(modified) else {
            return;
        };
        // `The Coffee Hen herself is Name`: a person's name takes no article, so after one the
        // capitalized words are a part.
        let after_article = item.a == start + 1
            && self.is_cap_word(item.a)
            && (self.t.is_word(start, "The") || self.t.is_word(start, "the"));
        if item.personal && !after_article && !story_role {
            return; // `Ana Ruiz is Mara Lopez`: which is the actor is not said
        }
        // The character opens its clause: the sentence, or after `and`, `:` or `—` (`and
        // Auntie Dede is Efua Ampofo-Darko`, `Speaking of the cook: Aling Nena …`); after
        // `that's` the character may sit anywhere (`There's the priest, Father Tadhg —`).
        // `Her son Mandla, …, is Dlamini`: a relation before the name opening the sentence.
        let related = item.a == start + 2
            && self.t.has(start, class::DETERMINER)
            && self.is_lower_word(start + 1)
            && self.t.has(start + 1, class::ROLE);
        // `Playing Margit, the widow, is Name`: the part after a sentence-opening `Playing`.
        let playing = item.a == start + 1 && opens_playing;
        // `Here Celestine is Jolie Arceneaux`: an adverb of time or place opening the sentence.
        let adverb = item.a == start + 1
            && self.is_cap_word(start)
            && one_of(&["here", "now", "today", "tonight"], self.word(start));
        let opens = item.a == start
            || related
            || adverb
            || after_article
            || playing
            || item.a > start
                && (self.t.is_word(item.a - 1, "and")
                    || self.t.is_punct(item.a - 1, ':')
                    || self.t.is_punct(item.a - 1, '—'));
        if !(opens || that) || self.t.has(j, class::CAST_NOUN | class::CREW_NOUN) {
            return;
        }
        // `The driver is Kamau, and he's played by …`: after a role, a lone name may be the
        // part's own; only a full name is the actor. `The narrator is Nick Carraway, a bond
        // salesman`: a story's appositive after the name says it is the part's.
        if !self.is_cap_word(item.b) {
            let full = self
                .run_forward(named.a)
                .and_then(|r| self.strip_lead(r))
                .is_some_and(|r| self.person_like(r));
            let story = self.t.is_punct(named.b + 1, ',')
                && ["a", "an", "the"]
                    .iter()
                    .any(|d| self.t.is_word(named.b + 2, d))
                && (named.b + 3..named.b + 7)
                    .take_while(|&q| self.is_lower_word(q))
                    .any(|q| self.person_noun_at(q) || agent_noun(self.word(q)));
            if !full || story {
                return;
            }
        }
        self.actor_after_is(named.a, item);
    }

    /// The person whose name starts at token `a` (after `is` or `that's`) plays `part`.
    fn actor_after_is(&mut self, a: usize, part: CharItem) {
        let Some(run) = self.run_forward(a) else {
            return;
        };
        let Some((name, r)) = self.person_of(run) else {
            return;
        };
        let key = name_key(&name);
        if key != name_key(&part.text) && !self.is_other(key) {
            self.push(name, Some(part.text), CastPattern::As, r);
        }
    }

    /// `Somchai Boonmee-Laurent is the attendant in the dining car`: a full name right before
    /// `is the` and a role word (never `is the heart of the film`, `is the daughter of`).
    fn copula_role(&mut self, v: usize) {
        // `Davoud is the newcomer Arman Rostami`: a word for an actor before a full name, the
        // part before `is`.
        let describing = |q: usize| self.is_lower_word(q) && !self.t.has(q, class::FUNCTION);
        if let Some(q) = (v + 2..v + 5)
            .take_while(|&q| describing(q))
            .find(|&q| self.acting_word_at(q) || one_of(&["newcomer", "veteran"], self.word(q)))
            // `is the veteran stage actress Name`: more describing words before the name.
            && let Some(n) = (q + 1..q + 4).find(|&n| !describing(n))
            && let Some(run) = self.run_forward(n)
            && self.person_like(run)
            && v >= 1
            // `Seu Bené, the school's ancient treasurer, is the veteran Name`: the part before
            // an appositive; `the bride's grandmother, Miss Ivy, is`: the name set off after a
            // role.
            && let Some(part) = self.char_backward(self.before_appositive(v - 1)).map(|part| {
                self.named_beside(&part).unwrap_or(part)
            })
            && !part.personal
            && self.opens_sentence(part.a)
        {
            if let Some((name, r)) = self.person_of(run)
                && !self.is_other(name_key(&name))
            {
                self.push(name, Some(part.text), CastPattern::As, r);
            }
            return;
        }
        let Some(item) = self.char_forward(v + 1) else {
            return;
        };
        // A role word after `is the`; its name may be set off after it (`is the grandmother,
        // Mámi,`), which the character phrase already reads.
        // (`is the town's priest, Padre Anselmo,`: a possessor before the role.)
        let role = if self.is_cap_word(item.b) {
            let q = if self.t.toks.get(v + 2).is_some_and(|t| t.poss) {
                v + 3
            } else {
                v + 2
            };
            // (`is the traffic policewoman, Corporal Atieno`: describing words first.)
            (q..q + 3)
                .take_while(|&k| self.is_lower_word(k) && !self.t.toks[k].poss)
                .find(|&k| self.t.is_punct(k + 1, ','))
                .is_some_and(|k| self.t.has(k, class::ROLE) || occupation_noun(self.word(k)))
        } else {
            // (`is the night watchman`, `is the lighthouse keeper`: a noun for a person by its
            // ending; never `is the anchor`, `the winner`, `the scene-stealer`, which praise.)
            self.t.has(item.b, class::ROLE) || occupation_noun(self.word(item.b))
        };
        if !role || item.personal {
            return;
        }
        // `Pruitt is the cop on their tail`: a surname of someone named in full opening the
        // sentence does too.
        let surname = |j: usize| {
            (j == self.sentence_start(j) && self.is_cap_word(j) && !self.t.toks[j].poss)
                .then(|| self.full_name_of_surname(j))
                .flatten()
                .map(|full| (full, Run { a: j, b: j }))
        };
        // `Myfanwy Jenkins, who is 81, is the chapel organist, Miss Parry`: the subject before
        // an appositive.
        let appositive_subject = || {
            v.checked_sub(1)
                .filter(|&j| self.t.is_punct(j, ','))
                .and_then(|_| match self.subjects_before(v).as_slice() {
                    // (`Mrs. Ferraby, played by Margit Anand, is the ninth-floor neighbour`: the
                    // character is the subject, the actor only in its appositive.)
                    [one]
                        if one.0.contains(' ')
                            && !(one.1.a >= 1 && self.t.is_word(one.1.a - 1, "by")) =>
                    {
                        Some(one.clone())
                    }
                    _ => None,
                })
        };
        // `She is the landlady, Doña Pura, who …`, `She's the daughter, Joy,`: a pronoun
        // opening the sentence stands for the actor named before it.
        let pronoun_subject = || {
            let k = if self.t.toks[v].poss {
                v
            } else {
                v.checked_sub(1)?
            };
            // (Never `He is the film's real protagonist`: a possessive's noun is no part.)
            (self.opens_clause(k)
                && is_subject_pronoun(self.word_or_empty(k))
                && !self.t.toks.get(v + 2).is_some_and(|t| t.poss))
            .then(|| self.antecedent(k))
            .flatten()
        };
        let Some((name, r)) = v
            .checked_sub(1)
            .filter(|_| !self.t.toks[v].poss)
            .and_then(|j| self.full_name_at(j).or_else(|| surname(j)))
            .or_else(appositive_subject)
            .or_else(pronoun_subject)
        else {
            return;
        };
        // `Ilona Lakatošová is the grandmother, Mámi,`: the name beside the role.
        let item = self.named_beside(&item).unwrap_or(item);
        if !self.is_other(name_key(&name)) {
            self.push(name, Some(item.text), CastPattern::As, r);
        }
    }

    /// `Naja belongs to Qaunaq Akavak`, `Haj Mansour — the one concession to melodrama —
    /// belongs to Farhad Eskandari`: a character's name (never `The film belongs to`) and a
    /// full name after `belongs to` at `v`.
    fn belongs_to(&mut self, v: usize) {
        let end = self.sentence_end(v);
        let (names, _) = self.names_forward(self.skip_describing(v + 2, v + 6), end);
        let [(name, r)] = names.as_slice() else {
            return;
        };
        let Some(mut j) = v.checked_sub(1) else {
            return;
        };
        if self.t.is_punct(j, '—') {
            match (self.sentence_start(v)..j)
                .rev()
                .take(40)
                .find(|&c| self.t.is_punct(c, '—'))
            {
                Some(c) if c > 0 => j = c - 1,
                _ => return,
            }
        }
        let Some(item) = self.char_backward(j) else {
            return;
        };
        // `The voice of her grandfather belongs to Name`, `The part of the priest belongs to`:
        // a role word too, after a noun for the part (else `The film belongs to Name`).
        let part_of = item.a >= 2
            && self.t.is_word(item.a - 1, "of")
            && one_of(&["voice", "role", "part"], self.word_or_empty(item.a - 2));
        if item.personal || !(self.is_cap_word(item.b) || part_of) || self.is_other(name_key(name))
        {
            return;
        }
        self.push(name.clone(), Some(item.text), CastPattern::PlayedBy, *r);
    }

    /// The subject of the verb at `v` (the name closest to it) plays `item`.
    fn subject_plays(&mut self, v: usize, item: CharItem) {
        let subjects = self.subjects_before(v);
        if let Some((name, r)) = subjects.last()
            && name_key(name) != name_key(&item.text)
        {
            self.push(name.clone(), Some(item.text), CastPattern::Plays, *r);
        }
    }

    /// True when a phrase starting at token `a` opens its sentence, maybe after `And` or a
    /// capitalized determiner (`The landlord`, `Her coach`).
    fn opens_sentence(&self, a: usize) -> bool {
        let mut start = self.sentence_start(a);
        // `Playing the bride's grandmother, Miss Ivy, is …`.
        if self.t.is_word(start, "playing") && a > start {
            start += 1;
        }
        // `The bride's grandmother`: a determiner and a possessor before the relation.
        let possessor = |k: usize| self.is_lower_word(k) && self.t.toks[k].poss;
        a == start
            || a == start + 1
                && (self.t.is_word(start, "and") || self.t.has(start, class::DETERMINER))
            || a == start + 2 && self.t.has(start, class::DETERMINER) && possessor(start + 1)
    }

    /// The token before the appositive that the comma at `k` closes (`Seu Bené, the school's
    /// treasurer,` gives `Bené`), or `k` itself when no appositive ends there.
    fn before_appositive(&self, k: usize) -> usize {
        if !self.t.is_punct(k, ',') {
            return k;
        }
        let start = self.sentence_start(k);
        (k.saturating_sub(20).max(start + 1)..k)
            .rev()
            .find(|&c| self.t.is_punct(c, ','))
            .map_or(k, |c| c - 1)
    }

    /// The token after an appositive opening with the comma at `k` (`Tash, the lifeguard, a`):
    /// the one after the next comma within 30 tokens and the sentence ending at `end`.
    fn after_appositive(&self, k: usize, end: usize) -> Option<usize> {
        (k + 1..end.min(k + 30))
            .find(|&c| self.t.is_punct(c, ','))
            .map(|c| c + 1)
    }

    /// The capitalized name set off by commas right after a role noun (`the neighbour, Mrs
    /// Kuroda,`), as the part, spanning from the role's start.
    fn named_beside(&self, item: &CharItem) -> Option<CharItem> {
        // `is the daughter of the title, Megan, who`: the title's phrase before the comma.
        let mut c = item.b + 1;
        if self.of_the_title(c) {
            c += 3;
        }
        if self.is_cap_word(item.b) || !self.t.is_punct(c, ',') {
            return None;
        }
        // `her father-in-law, old Fidèle, who`: an adjective of age or fondness before it.
        let mut k = c + 1;
        if self.is_fond_word(k) {
            k += 1;
        }
        let named = self.char_forward(k)?;
        // `plays their teacher, Mrs Mthethwa (everyone calls her MaNgcobo)`: an aside may close
        // the name too.
        (self.is_cap_word(named.a)
            && (self.t.is_punct(named.b + 1, ',') || self.t.is_punct(named.b + 1, '(')))
        .then_some(CharItem { a: item.a, ..named })
    }

    /// A possessive that states the actor on its own (a full name, or a surname the body
    /// completes): strong, unlike a possessive of an actor found elsewhere.
    fn push_strong_possessive(&mut self, actor: String, character: String, run: Run) {
        let n = self.found.len();
        self.push(actor, Some(character), CastPattern::Possessive, run);
        if let Some(f) = self.found.get_mut(n) {
            f.strong = true;
        }
    }

    /// `Kunle, a smooth-talking upstart, and Tunde Bakare-Lawson plays him`; `… it concerns
    /// Ludmila, a piano teacher … Name plays her`: the object pronoun after `v` stands for the
    /// character named last before it, in its sentence or the one before, set off by a comma,
    /// a dash or `who` (a name, never a full person-like one, an actor or crew, or a place after
    /// a preposition).
    fn plays_pronoun(&mut self, v: usize) {
        let s = self.t.sentence_of(v);
        // The sentence before, or two when the one between speaks of someone by a pronoun
        // (`And then there is Golnar, Jalal's wife … She keeps the tally … Name, who plays
        // her,`).
        let back = if s >= 2 && has_pronoun(self.t.sentence_text(s - 1).as_bytes()) {
            2
        } else {
            1
        };
        let from = self.t.sentences[s.saturating_sub(back)].start;
        let subjects = self.subjects_before(v);
        let Some((name, r)) = subjects.last().cloned() else {
            return;
        };
        // `Her father (Paudie Costigan) … and Costigan plays him`: an actor with a part
        // already plays that one.
        let actor_key = name_key(&name);
        if self
            .found
            .iter()
            .any(|f| f.key == actor_key && f.character.is_some())
        {
            return;
        }
        let limit = r.a.min(v);
        let mut k = limit;
        while k > from {
            k -= 1;
            if !self.is_cap_word(k) || self.t.toks[k].poss {
                continue;
            }
            let Some(run) = self.run_backward(k) else {
                continue;
            };
            // `He is called Pak Darto and he wants the beach. Name plays him`: a name given
            // by `called` or `named` is a character's.
            let given = run.a >= 1
                && self.is_lower_word(run.a - 1)
                && one_of(&["called", "named", "nicknamed"], self.word(run.a - 1));
            let set_off = self.t.is_punct(k + 1, ',')
                || self.t.is_punct(k + 1, '—')
                || self.t.is_word(k + 1, "who")
                || given;
            let after_preposition = run.a >= 1
                && one_of(
                    &["in", "at", "from", "to", "on", "of", "by", "with"],
                    self.word_or_empty(run.a - 1),
                );
            let text = self.run_text(run);
            let key = name_key(&text);
            let sentence_opening =
                run.a == self.sentence_start(run.a) && self.t.has(run.a, class::FUNCTION);
            // `The driver, Ah Fong, is …`: a name set off after a role is a character's,
            // even one that reads as a full name.
            let after_role =
                run.a >= 2 && self.t.is_punct(run.a - 1, ',') && self.person_noun_at(run.a - 2);
            if !set_off
                || after_preposition
                || sentence_opening
                || self.person_like(run) && !after_role && !given
                || self.is_other(key)
                || self.is_title(&text)
                || self.found.iter().any(|f| f.key == key)
            {
                // The nearest set-off name is no character: give up (a place after a
                // preposition is passed over: `Halina, a vet from Warsaw, …`).
                if set_off && !after_preposition {
                    return;
                }
                k = run.a;
                continue;
            }
            if name_key(&name) != key {
                self.push(name, Some(text), CastPattern::Plays, r);
            }
            return;
        }
    }

    /// A name of one word at token `i`, for an actor known by one name (`Fiso`, `Fatuma`):
    /// a capitalized word alone (no capitalized word beside it), in no word list, not the
    /// film's title and never a possessive, closing its clause.
    fn mononym_at(&self, i: usize) -> Option<(String, Run)> {
        let run = self.run_forward(i).filter(|r| r.a == r.b)?;
        let w = self.word(i);
        let closes = i + 1 >= self.t.toks.len()
            || self.t.toks[i + 1].nl
            // `the veteran actor Wiryoto (he has used one name for fifty years)`.
            || [',', '.', ';', ')', '—', '(']
                .iter()
                .any(|c| self.t.is_punct(i + 1, *c))
            || self.t.is_word(i + 1, "in")
            || self.t.is_word(i + 1, "and");
        let cap_before = i >= 1 && self.is_cap_word(i - 1) && !self.t.toks[i - 1].nl;
        (closes
            && !cap_before
            && !self.t.toks[i].poss
            && self.t.class(i) == 0
            && !kin_title(w)
            && w.chars().count() > 2
            && !w.bytes().any(|c| c.is_ascii_digit())
            && !self.is_title(w)
            // `Abernethy` after `Fintan B. Abernethy`: a known person's surname is no name
            // of its own.
            && !self
                .people()
                .iter()
                .map(|p| p.name.as_str())
                .chain(self.ctx.listed.iter().map(|l| l.actor.as_str()))
                .chain(self.found.iter().map(|f| f.actor.as_str()))
                .chain(self.crew.iter().map(|c| c.0.as_str()))
                .chain(self.ctx.directors.iter().map(String::as_str))
                .any(|n| surname_of(n, w) || same_word(surname(n), w)))
        .then(|| (w.to_owned(), run))
    }

    /// True when token `q` says someone acts: `actor`, `actress`, `acting`, `performer`,
    /// `comedian`.
    fn acting_word_at(&self, q: usize) -> bool {
        self.is_lower_word(q)
            && (self.t.has(q, class::CAST_NOUN)
                || one_of(&["acting", "performer", "comedian"], self.word(q)))
    }

    /// True when token `q` is a lowercase noun for a person: a role word, or one known by its
    /// ending (`seamstress`, `lock-keeper`, `pawnbroker`).
    fn person_noun_at(&self, q: usize) -> bool {
        self.is_lower_word(q) && (self.t.has(q, class::ROLE) || agent_noun(self.word(q)))
    }

    /// True when token `k` is a year written as four digits (`2019`).
    fn is_year_at(&self, k: usize) -> bool {
        let w = self.word_or_empty(k);
        w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit())
    }

    /// The text of token `k`, or `""` past the end or for punctuation.
    fn word_or_empty(&self, k: usize) -> &str {
        match self.t.toks.get(k) {
            Some(t) if t.is_word() => t.text(self.t.text),
            _ => "",
        }
    }

    /// `Dev, played by Tom Okafor`, `Dev is played by Tom Okafor`, `Dev (played by …)` comes
    /// through [`Self::parenthetical`].
    fn played_by(&mut self, v: usize) {
        let by = if self.t.is_word(v, "brought") {
            v + 3
        } else {
            v + 1
        };
        self.played_by_at(v, by);
    }

    /// The `by` of `played by` or `played with oily charm by` (up to four words between, no
    /// punctuation), after a passive `played` or `portrayed` at `v`.
    fn by_after(&self, v: usize) -> Option<usize> {
        let w = self.word(v);
        if !(w.eq_ignore_ascii_case("played")
            || w.eq_ignore_ascii_case("portrayed")
            || w.eq_ignore_ascii_case("embodied"))
        {
            return None;
        }
        // `is played with a smile like a closed gate by Name`: a manner phrase between, maybe
        // set off by commas (`is played, across five decades, by Name`); `is embodied (there
        // is no other word) by Name`: an aside in parentheses.
        let mut k = v + 1;
        let mut limit = v + 12;
        while k < limit {
            if self.t.is_word(k, "by") {
                return Some(k);
            }
            if self.t.is_punct(k, '(') && k == v + 1 {
                k = self.close_of(k).filter(|&c| c < v + 16)? + 1;
                limit = limit.max(k + 1);
                continue;
            }
            if !(self.is_lower_word(k) || self.t.is_punct(k, ',')) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// `Cyril Anakwe, the trumpeter who quit twice, gets a twitchy, lovable performance from
    /// Name`: the part is the subject of `gets` (`from` at `i`).
    fn performance_from(&mut self, i: usize) {
        let end = self.sentence_end(i);
        let first = self.skip_describing(i + 1, i + 4);
        let (names, _) = self.names_forward(first, end);
        let [(name, r)] = names.as_slice() else {
            return;
        };
        // Back over the describing words to the verb: `gets a twitchy, lovable performance`.
        let start = self.sentence_start(i);
        let Some(v) = (i.saturating_sub(8).max(start)..i - 1)
            .rev()
            .take_while(|&q| self.is_lower_word(q) || self.t.is_punct(q, ','))
            .find(|&q| {
                one_of(
                    &["gets", "got", "receives", "received"],
                    self.word_or_empty(q),
                )
            })
        else {
            return;
        };
        let Some(item) = v
            .checked_sub(1)
            .and_then(|b| self.char_backward(self.before_appositive(b)))
        else {
            return;
        };
        // The part opens the sentence (after `And` or `The`).
        if self.opens_sentence(item.a) {
            let (name, r) = (name.clone(), *r);
            if !self.is_other(name_key(&name)) && name_key(&name) != name_key(&item.text) {
                self.push(name, Some(item.text), CastPattern::PlayedBy, r);
            }
        }
    }

    /// `and Kon by Desmond Achterberg` at token `k` (`and`, the word after it, or a comma
    /// before it) after a `played by` clause: the part (a character phrase that is no full
    /// name, maybe with a clause set off by commas) and the actor after its own `by`.
    fn gapped_by(&mut self, k: usize, end: usize) {
        // The list reader may have stepped past the `and` already, or stopped at a comma.
        let k = if self.t.is_punct(k, ',') { k + 1 } else { k };
        let at = if self.t.is_word(k, "and") {
            k + 1
        } else if k >= 1 && self.t.is_word(k - 1, "and") {
            k
        } else {
            return;
        };
        // `and Kon by`, `and her teenage granddaughter Rusalka, who wants …, by`.
        let Some(part) = self.char_forward(at) else {
            return;
        };
        let mut by = part.b + 1;
        if self.t.is_punct(by, ',')
            && let Some(c) = (by + 1..end.min(by + 30)).find(|&c| self.t.is_punct(c, ','))
        {
            by = c + 1;
        }
        if !self.t.is_word(by, "by") || part.personal {
            return;
        }
        let (names, _) = self.names_forward(by + 1, end);
        if let [(name, r)] = names.as_slice()
            && !self.is_other(name_key(name))
        {
            self.push(name.clone(), Some(part.text), CastPattern::PlayedBy, *r);
        }
    }

    /// [`Self::played_by`] with the `by` at `by`.
    fn played_by_at(&mut self, v: usize, by: usize) {
        let end = self.sentence_end(v);
        // `played by newcomer Bilal Haddad`, `by the excellent Ana Ruiz`: words before the name.
        let first = self.skip_describing(by + 1, by + 5);
        let (mut names, after) = self.names_forward(first, end);
        // `Tsuru is voiced by Ella Brannock-Shaw and Kon by Desmond Achterberg`: a second part
        // and its actor with the verb left out.
        if names.len() == 1 {
            self.gapped_by(after, end);
        }
        // `is played by Fiso, himself a rapper`: an actor of one name.
        if names.is_empty()
            && let Some(m) = self.mononym_at(first)
        {
            names.push(m);
        }
        if names.is_empty() {
            return;
        }
        let start = self.sentence_start(v);
        let mut k = v;
        let mut hops = 0;
        while k > start && hops < 3 {
            let p = k - 1;
            // `The local loan shark, Mr Fix (his real name is never given), is played by`.
            if self.t.is_punct(p, ')')
                && let Some(o) = self.open_of(p, start, 30)
            {
                k = o;
                hops += 1;
                continue;
            }
            // `Doña Rosalba — played here by Name —`: a dash opens the aside as a comma does.
            let skip = self.t.is_punct(p, ',')
                || self.t.is_punct(p, '—') && k == v
                || ["is", "was", "who", "being", "are", "were"]
                    .iter()
                    .any(|w| self.t.is_word(p, w))
                || (self.is_lower_word(p) && is_adverb(self.word(p)));
            if !skip {
                break;
            }
            k = p;
            hops += 1;
        }
        // `Rafi's played by`, `She's played by`: the `'s` is the `is`.
        let contracted = k == v && v >= 1 && self.t.toks[v - 1].poss;
        if k == v && !contracted {
            // `Bolek, a moth-eaten tabby voiced by Name`: the name before an appositive that
            // runs up to the verb.
            if names.len() == 1
                && let Some(c) = (start..v)
                    .rev()
                    .take(8)
                    .take_while(|&q| self.t.is_punct(q, ',') || self.t.toks[q].is_word())
                    .find(|&q| self.t.is_punct(q, ','))
                && c > start
                && ["a", "an", "the"].iter().any(|d| self.t.is_word(c + 1, d))
                && self.is_cap_word(c - 1)
                && self.is_lower_word(v - 1)
                && !self.t.has(v - 1, class::FUNCTION)
            {
                self.assign(c - 1, names, CastPattern::PlayedBy);
            }
            return;
        }
        if k == 0 {
            return;
        }
        let mut j = k - 1;
        // `Grace as a girl is played by Name`: the part is the name before `as a girl`.
        if let Some(q) = (j.saturating_sub(3).max(start + 1)..j)
            .rev()
            .take_while(|&q| self.is_lower_word(q))
            .find(|&q| self.t.is_word(q, "as"))
            && self.t.has(q + 1, class::DETERMINER)
            && self.is_cap_word(q - 1)
            && self.is_lower_word(j)
            && self.t.has(j, class::ROLE)
        {
            j = q - 1;
        }
        if names.len() == 1 && self.t.toks[j].is_word() {
            // `Rafi's played by Name`: the `'s` is `is`, the name before it the part.
            let part = if is_subject_pronoun(self.word(j)) {
                // `Erzsi, who runs the bar; she is played by Name`, `the grandmother is the
                // whole film. She's played by Name`: the part named last before the pronoun.
                self.part_before(j)
            } else if self.t.toks[j].poss && self.is_cap_word(j) {
                self.run_backward(j)
                    .and_then(|run| self.strip_lead(run))
                    .filter(|run| !self.person_like(*run) && run.a == self.sentence_start(j))
                    .map(|run| self.run_text(run))
            } else {
                None
            };
            if let Some(character) = part {
                let (name, r) = names.into_iter().next().expect("one name");
                self.push(name, Some(character), CastPattern::PlayedBy, r);
                return;
            }
        }
        // `Ilinca, the new waitress, is played by …`, `Queenie, the hall's oldest regular, is
        // brought to life by …`: the name before a lowercase appositive.
        if self.t.is_punct(k, ',') && self.is_lower_word(j) {
            let mut c = j;
            while c > start && j - c < 30 && !self.t.is_punct(c, ',') {
                c -= 1;
            }
            // `Dwayne, Pam's nephew, who never minds the till, is played by`: a second
            // appositive before the name.
            if c > start + 1 && self.t.is_punct(c, ',') && !self.is_cap_word(c - 1) {
                let mut c2 = c - 1;
                while c2 > start && c - c2 < 12 && !self.t.is_punct(c2, ',') {
                    c2 -= 1;
                }
                if c2 > start
                    && self.t.is_punct(c2, ',')
                    && self.is_cap_word(c2 - 1)
                    && (self.t.toks[c2 + 1].poss || self.is_lower_word(c2 + 1))
                {
                    c = c2;
                }
            }
            // `The pawnbroker, who holds the deeds …, is played by`: a noun after the
            // determiner that opens the sentence, then the appositive.
            if names.len() == 1
                && c >= 2
                && c - 2 == start
                && self.t.is_punct(c, ',')
                && self.t.has(c - 2, class::DETERMINER)
                && !self.t.has(
                    c - 1,
                    class::FUNCTION | class::CAST_NOUN | class::CREW_NOUN | class::MUSIC_NOUN,
                )
                && self.person_noun_at(c - 1)
            {
                let character = self.word(c - 1).to_owned();
                let (name, r) = names.into_iter().next().expect("one name");
                self.push(name, Some(character), CastPattern::PlayedBy, r);
                return;
            }
            // The appositive may open on a possessive: `Callum, Kirsty's wee brother, is played by`.
            if c > start
                && self.t.is_punct(c, ',')
                && (self.is_lower_word(c + 1) || self.t.toks[c + 1].poss)
                && self.is_cap_word(c - 1)
            {
                self.assign(c - 1, names, CastPattern::PlayedBy);
                return;
            }
        }
        // `Jarmo, who married her daughter and then, it turns out, left her, is played by`,
        // `Her father, the last foreman, a man who …, is played by`, `Pak Long himself
        // appears only in flashbacks, played by`: the part opens the sentence, set off by a
        // comma (or a reflexive), however long the clause after it.
        if names.len() == 1
            && self.t.is_punct(k, ',')
            && let Some(item) = self.char_forward(start)
            && !item.personal
            && (self.t.is_punct(item.b + 1, ',')
                || one_of(&["himself", "herself"], self.word_or_empty(item.b + 1)))
            && item.b + 1 < k
            && !self.t.has(item.b, class::CAST_NOUN | class::CREW_NOUN)
        {
            let (name, r) = names.into_iter().next().expect("one name");
            self.push(name, Some(item.text), CastPattern::PlayedBy, r);
            return;
        }
        // `The purser is played by …`: any noun right after a determiner that opens the
        // sentence names the part.
        if names.len() == 1
            && j >= 1
            && j - 1 == start
            && self.is_lower_word(j)
            && !self.t.has(
                j,
                class::FUNCTION | class::ROLE | class::CAST_NOUN | class::CREW_NOUN,
            )
            && self.t.has(j - 1, class::DETERMINER)
            && !self.t.toks[j].poss
        {
            let character = self.word(j).to_owned();
            let (name, r) = names.into_iter().next().expect("one name");
            self.push(name, Some(character), CastPattern::PlayedBy, r);
            return;
        }
        // `The ghost grandma in the durian scene is Yai Chaba, played by Name`: the part is the
        // name the copula gives, not the noun that opens the sentence.
        if names.len() == 1
            && self.t.is_punct(k, ',')
            && let Some(run) = self.run_backward(j)
            && run.a > start
            && ["is", "was"].iter().any(|w| self.t.is_word(run.a - 1, w))
            && !self.t.toks[run.b].poss
        {
            let character = self.run_text(run);
            let (name, r) = names.into_iter().next().expect("one name");
            if name_key(&name) != name_key(&character) && !self.is_other(name_key(&character)) {
                self.push(name, Some(character), CastPattern::PlayedBy, r);
            }
            return;
        }
        // `The preacher who boards at Nkawkaw and will not stop preaching is played by`: a
        // noun for a person opening the sentence, then a relative clause with no comma.
        // `… too: the drunk surveyor in the long take at the ferry is played by`: after a
        // colon too, describing words before the noun, and a phrase after it.
        let opening = (start..k)
            .rev()
            .find(|&q| self.t.is_punct(q, ':'))
            .map_or(start, |q| q + 1);
        let linked = |q: usize| {
            ["who", "that", "in", "at", "on", "from", "with"]
                .iter()
                .any(|w| self.t.is_word(q + 1, w))
        };
        let noun = (opening + 1..(opening + 4).min(k))
            .take_while(|&q| self.is_lower_word(q) && !self.t.has(q, class::FUNCTION))
            .find(|&q| self.person_noun_at(q) && linked(q));
        if names.len() == 1
            && self.t.has(opening, class::DETERMINER)
            && let Some(noun) = noun
            && !self.t.toks[noun].poss
            && (noun + 2..k).all(|q| self.t.toks[q].is_word())
        {
            let character = self.word(noun).to_owned();
            let (name, r) = names.into_iter().next().expect("one name");
            self.push(name, Some(character), CastPattern::PlayedBy, r);
            return;
        }
        // `Her son Ferko, who wants to move the family to Leeds, is played by`: a place after a
        // preposition closes the clause; the part is the name before the clause.
        if self.is_cap_word(j)
            && j >= 1
            && self.is_lower_word(j - 1)
            && one_of(&["to", "in", "from", "at", "near", "of"], self.word(j - 1))
        {
            if let Some(c) = (start..j).rev().find(|&c| {
                self.t.is_punct(c, ',')
                    && ["who", "whose", "which"]
                        .iter()
                        .any(|w| self.t.is_word(c + 1, w))
            }) && c > start
                && self.is_cap_word(c - 1)
            {
                self.assign(c - 1, names, CastPattern::PlayedBy);
            }
            return;
        }
        self.assign(j, names, CastPattern::PlayedBy);
    }

    /// `a young clerk, Haru, whom Yū Aoyagi plays with …`, `the Irish hitchhiker Fergal, whom
    /// Tadhg Ó Murchú plays as …`: the part before `whom` (at `i`), the actor after it.
    fn whom_plays(&mut self, i: usize) {
        let Some(run) = self.run_forward(i + 1) else {
            return;
        };
        let v = run.b + 1;
        if v >= self.t.toks.len()
            || !(self.t.is_trigger(v) && self.t.has(v, class::PLAY_VERB))
            || self.t.toks[run.b].poss
        {
            return;
        }
        let Some((name, r)) = self.person_of(run) else {
            return;
        };
        let Some(item) = self.chars_backward(i - 2, 1).pop() else {
            return;
        };
        // The name before `whom` is the part even when it reads as a full name (`Her husband,
        // Lev Arkadyevich, whom Name plays`), never a co-star's (`whom Name plays opposite`)
        // nor an actor found already.
        let co_star = one_of(
            &["opposite", "alongside", "against", "beside", "off"],
            self.word_or_empty(v + 1),
        );
        if co_star
            || item.personal && self.found.iter().any(|f| f.key == name_key(&item.text))
            || self.is_other(name_key(&name))
            || name_key(&item.text) == name_key(&name)
        {
            return;
        }
        self.push(name, Some(item.text), CastPattern::Plays, r);
    }

    /// `Made Suartini and Yohanes Tanoto turn up in smaller parts`, `A, B and C appear in
    /// supporting roles`: actors named without a part (`parts` or `roles` at `i`).
    fn small_parts(&mut self, i: usize) {
        if !one_of(
            &["smaller", "small", "supporting", "minor"],
            self.word(i - 1),
        ) || !self.t.is_word(i - 2, "in")
        {
            return;
        }
        let mut v = i - 3;
        if self.t.is_word(v, "up") && v >= 1 {
            v -= 1;
        }
        if !one_of(
            &[
                "turn", "turns", "turned", "pop", "pops", "popped", "show", "shows", "appear",
                "appears", "appeared", "crop", "crops",
            ],
            self.word(v),
        ) {
            return;
        }
        let subjects = self.subjects_before(v);
        self.push_without_part(subjects, CastPattern::CreditList);
    }

    /// `a cameo from the comedian Rich Halloran`, `cameos by A and B`: actors without a part.
    fn cameo(&mut self, i: usize) {
        let mut j = i + 2;
        if self.t.is_word(j, "the") {
            j += 1;
        }
        if self.is_lower_word(j)
            && (one_of(OCCUPATION_LEADS, self.word(j)) || self.t.has(j, class::CAST_NOUN))
        {
            j += 1;
        }
        let end = self.sentence_end(i);
        let (names, _) = self.names_forward(j, end);
        // `the stern invigilator, a tiny cameo by Name`: the part set off before the cameo,
        // as after `played by`.
        let start = self.sentence_start(i);
        let mut a = i;
        while a > start + 1
            && i - a < 3
            && self.is_lower_word(a - 1)
            && !self.t.has(a - 1, class::FUNCTION)
        {
            a -= 1;
        }
        if let [(name, r)] = names.as_slice()
            && a >= start + 3
            && (self.t.is_word(a - 1, "a") || self.t.is_word(a - 1, "an"))
            && self.t.is_punct(a - 2, ',')
            && let Some(part) = self.char_backward(a - 3)
            && !part.personal
            && !self.is_other(name_key(name))
        {
            self.push(name.clone(), Some(part.text), CastPattern::PlayedBy, *r);
            return;
        }
        self.push_without_part(names, CastPattern::CreditList);
    }

    /// A bullet of a cast list under a heading of its own ([`cast_bullet_lines`]) that holds
    /// only a name: that actor, with no part (`* Sunna Kristjánsdóttir` between `* Name as
    /// Hrefna` bullets). A bullet with more is read by the other patterns.
    fn find_bullet_cast(&mut self) {
        let mut names = Vec::new();
        for line in std::mem::take(&mut self.layout.bullets) {
            let Some(run) = self
                .token_starting(line.start)
                .and_then(|k| self.run_forward(k))
            else {
                continue;
            };
            // The name ends the line, maybe with a period.
            let rest = &self.t.text[self.t.toks[run.b].end as usize..line.end];
            if !matches!(rest.trim(), "" | "." | ",") {
                continue;
            }
            if let Some((name, r)) = self.person_of(run)
                && name.contains(' ')
            {
                names.push((name, r));
            }
        }
        self.push_without_part(names, CastPattern::CreditList);
    }

    /// The token that starts at byte `at`, if one does.
    fn token_starting(&self, at: usize) -> Option<usize> {
        let k = self.token_from(at);
        self.t
            .toks
            .get(k)
            .is_some_and(|t| t.start as usize == at)
            .then_some(k)
    }

    /// The index of the first token that starts at or after byte `at`.
    fn token_from(&self, at: usize) -> usize {
        self.t.toks.partition_point(|t| (t.start as usize) < at)
    }

    /// A Markdown table's crew rows ([`md_table_rows`]): `| Cinematography | Behrouz Nikpour
    /// |`, `| Screenplay | A, B |`.
    fn find_table_crew(&mut self) {
        for (role, cell) in std::mem::take(&mut self.layout.crew_rows) {
            let Some(k) = self.token_starting(cell.start) else {
                continue;
            };
            let (names, _) = self.names_forward(k, self.token_from(cell.end));
            self.push_crew_names(names, role);
        }
    }

    /// A Markdown table of actors and parts ([`md_table_rows`]): `| Shirin Farahani-Moghaddam |
    /// Golnaz |`, `| Name | the groom's uncle |` (the part read as in prose), `| Name | — |` (no
    /// part).
    fn find_table_cast(&mut self) {
        for (a, p, row) in std::mem::take(&mut self.layout.cast_rows) {
            let Some(k) = self.token_starting(row[a].start) else {
                continue;
            };
            let Some(run) = self.run_forward(k) else {
                continue;
            };
            if self.t.toks[run.b].end as usize != row[a].end {
                continue;
            }
            let Some((name, r)) = self.person_of(run) else {
                continue;
            };
            if self.is_other(name_key(&name)) {
                continue;
            }
            let part = self
                .token_starting(row[p].start)
                .and_then(|q| self.char_forward(q))
                .filter(|c| self.t.toks[c.b].end as usize <= row[p].end)
                .map(|c| c.text);
            self.push(name, part, CastPattern::CreditList, r);
        }
    }

    /// Actors named without a part: names written out (never a pronoun for a group, `they
    /// turn up`), never a crew member, critic or the author.
    fn push_without_part(&mut self, names: Vec<(String, Run)>, pattern: CastPattern) {
        for (name, r) in names {
            if !is_subject_pronoun(self.word(r.a)) && !self.is_other(name_key(&name)) {
                self.push(name, None, pattern, r);
            }
        }
    }

    /// The part a pronoun at `k` stands for: the character named last before it, in its
    /// sentence or the one before (a name that is no full name and no actor's or crew
    /// member's, or a noun for a person after a determiner).
    fn part_before(&self, k: usize) -> Option<String> {
        let here = self.sentence_start(k);
        let floor = if here > 0 {
            self.sentence_start(here - 1)
        } else {
            here
        };
        for c in (floor..k).rev() {
            if !self.t.toks[c].is_word() || self.t.has(c, class::FUNCTION) {
                continue;
            }
            let Some(item) = self.char_backward(c) else {
                continue;
            };
            // `is back from Lisbon …, and he is played by`, `a village outside Malatya`: a
            // place after a preposition.
            if self.is_cap_word(c)
                && item.a >= 1
                && self.is_lower_word(item.a - 1)
                && one_of(
                    &[
                        "in", "at", "from", "to", "of", "near", "into", "on", "outside", "beyond",
                        "across", "around", "towards", "through",
                    ],
                    self.word(item.a - 1),
                )
            {
                continue;
            }
            if item.personal || self.is_cap_word(c) && self.is_cap_word(c + 1) {
                return None;
            }
            let key = name_key(&item.text);
            let actor = self
                .found
                .iter()
                .any(|f| f.key == key || surname_of(&f.actor, &item.text));
            if actor || self.is_other(key) {
                return None;
            }
            // `He is Ato Berhanu, the tax assessor, and he is played by`: a name before the
            // role set off after it wins.
            if !self.is_cap_word(item.b)
                && item.a >= 2
                && self.t.is_punct(item.a - 1, ',')
                && self.is_cap_word(item.a - 2)
                && let Some(named) = self.char_backward(item.a - 2)
                && !named.personal
                && !self.found.iter().any(|f| f.key == name_key(&named.text))
            {
                return Some(named.text);
            }
            return Some(item.text);
        }
        None
    }

    /// True when the run `r` follows a preposition of place (`in Amsterdam Zuidoost`, `at Bear
    /// River`): a place's name, no subject.
    fn after_preposition(&self, r: Run) -> bool {
        r.a >= 1
            && self.is_lower_word(r.a - 1)
            && one_of(
                &["in", "at", "from", "of", "to", "near", "on", "into"],
                self.word(r.a - 1),
            )
    }

    /// `Ruiz as Mara`, `Ana Ruiz stars as Mara`, `Okafor is terrific as Dev`,
    /// `Okafor's turn as Dev`.
    fn as_pattern(&mut self, i: usize) {
        // `Director Balwinder Kaur Matharu worked as a wedding videographer`: a job held, not
        // a part played.
        if i >= 1
            && one_of(
                &[
                    "worked",
                    "works",
                    "working",
                    "trained",
                    "served",
                    "serves",
                    "started",
                    "began",
                    "retired",
                    "qualified",
                    "moonlighted",
                    "moonlights",
                ],
                self.word_or_empty(i - 1),
            )
        {
            return;
        }
        // `Kim Hye-rin and Bae Soo-ah share the screen as the estranged sisters Hana and
        // Mi-rae`: a group part after the verb phrase of two subjects or more.
        if let Some(q) = self.group_noun_after(i + 1) {
            let start = self.sentence_start(i);
            let mut k = i;
            while k > start && k + 6 > i && self.is_lower_word(k - 1) {
                k -= 1;
            }
            // `Rutherford and McCallum as the bickering couple Donald and Isla are a joy`: no
            // verb phrase at all.
            let subjects = if k > start && self.is_cap_word(k - 1) {
                self.subjects_before(k)
            } else {
                Vec::new()
            };
            if subjects.len() >= 2 {
                self.group_part(subjects, q + 1, CastPattern::As);
                return;
            }
        }
        let Some(item) = self
            .char_forward(i + 1)
            .or_else(|| self.relation_of_possessor(i + 1))
            .or_else(|| self.reflexive_part(i + 1))
        else {
            return;
        };
        // `spent five seasons as the flinty prosecutor in the cable drama Bench Warrant`: a
        // part in another work.
        if self.in_other_work(item.b) {
            return;
        }
        // `as Somsak's estranged daughter-in-law, Ploy,`: the name beside the role is the part.
        let item = if self.is_cap_word(item.b) {
            item
        } else {
            self.named_beside(&item).unwrap_or(item)
        };
        if self.t.has(item.b + 1, class::SPEECH_VERB) {
            return;
        }
        let start = self.sentence_start(i);
        // `Vijay Selvaraj, as Murali, her son, …`: the actor right before a comma.
        if i >= start + 2 && self.t.is_punct(i - 1, ',') && self.is_cap_word(i - 2) {
            // `Sokolova, as the postwoman who …`: a surname of someone named in full too.
            let named = self.full_name_at(i - 2).or_else(|| {
                self.run_backward(i - 2)
                    .filter(|r| r.a == r.b && r.a == start)
                    .and_then(|r| self.person_of(r))
            });
            if let Some((name, r)) = named
                && !self.is_other(name_key(&name))
                && name_key(&name) != name_key(&item.text)
            {
                self.push(name, Some(item.text), CastPattern::As, r);
            }
            return;
        }
        let mut k = i;
        // `Ruby Okonkwo-Hale, 11, as Tuya's best friend`: an age set off between.
        if k >= start + 4
            && self.t.is_punct(k - 1, ',')
            && self.t.is_punct(k - 3, ',')
            && self.is_cap_word(k - 4)
            && self.t.toks[k - 2].is_word()
            && {
                let w = self.word(k - 2);
                w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit())
                    || self.is_lower_word(k - 2)
                        && one_of(
                            &[
                                "five",
                                "six",
                                "seven",
                                "eight",
                                "nine",
                                "ten",
                                "eleven",
                                "twelve",
                                "thirteen",
                                "fourteen",
                                "fifteen",
                                "sixteen",
                                "seventeen",
                            ],
                            w,
                        )
            }
        {
            k -= 3;
        }
        let mut hops = 0;
        let mut past = false;
        // `Varghese-Mathew herself turns up in the second half as a German tourist`: up to
        // eight words between.
        while k > start && hops < 8 {
            let p = k - 1;
            let tok = self.t.toks[p];
            if !tok.is_word() {
                // `Eyðun á Ryggi, a revelation as the ferryman, spends`, `Mara Lind, superb as
                // Rannvá,`: an appositive of praise (up to three words, no function word but
                // a leading article) between the actor's comma and `as`, the part closing it.
                if tok.is(',')
                    && (1..=3).contains(&hops)
                    && p > start
                    && self.is_cap_word(p - 1)
                    && (p + 1..i).all(|q| {
                        self.is_lower_word(q)
                            && !one_of(APPEARING_VERBS, self.word(q))
                            && (!self.t.has(q, class::FUNCTION)
                                || q == p + 1 && one_of(&["a", "an"], self.word(q)))
                    })
                    && [',', '—', ';', '.'].iter().any(|&c| self.t.is_punct(item.b + 1, c))
                    && let Some((name, r)) = self.full_name_at(p - 1)
                    // `from the community at Bear River, appears as Mali`: a place.
                    && !self.after_preposition(r)
                    && !self.is_other(name_key(&name))
                    && name_key(&name) != name_key(&item.text)
                {
                    self.push(name, Some(item.text), CastPattern::As, r);
                    return;
                }
                // `Park Min-gyu, so good in Iron Gate Market (2019), is rather wasted here as
                // Hana's husband`: the subject before an appositive.
                // Never a place closing the appositive (`grew up in Amsterdam Zuidoost, is`).
                // `De Souza-Lima — that's Thiago de Souza-Lima, … — is a hoot as Rodrigo`: the
                // subject before a dash aside.
                if hops > 0
                    && (tok.is(',') || tok.is('—'))
                    && let [(name, r)] = self.subjects_before(k).as_slice()
                    && !self.after_preposition(*r)
                    && !self.is_other(name_key(name))
                    && name_key(name) != name_key(&item.text)
                {
                    self.push(name.clone(), Some(item.text), CastPattern::As, *r);
                }
                return;
            }
            let w = self.word(p);
            // `plays the landlord as someone patient`: a manner after the verb's object, the
            // part being the object (read by [`Self::plays`]).
            // `whom Name plays as a warmer man`: a manner right after the verb, never a name.
            if self.t.is_trigger(p)
                && self.t.has(p, class::PLAY_VERB)
                && ((p + 1..i).any(|q| !(self.is_lower_word(q) && is_adverb(self.word(q))))
                    || !self.is_cap_word(item.b))
            {
                return;
            }
            past |= !tok.cap && Self::past_part_verb(w);
            // `reprises her role as`, `is back in his part as`: the subject's own part.
            if ["her", "his", "their"].contains(&w)
                && (self.t.is_word(p + 1, "role") || self.t.is_word(p + 1, "part"))
            {
                k = p;
                hops += 1;
                continue;
            }
            if is_subject_pronoun(w) {
                if let Some((name, r)) = self.antecedent(p) {
                    self.push(name, Some(item.text), CastPattern::As, r);
                }
                return;
            }
            if tok.cap || tok.poss {
                break;
            }
            // `Velmurugan himself turns up as the owner`: a reflexive right after the subject.
            if one_of(&["himself", "herself"], w) && p > start && self.is_cap_word(p - 1) {
                k = p;
                hops += 1;
                continue;
            }
            // `The score is by Indrek Laanemets, who also turns up on screen as the fiddler`: the
            // name before `, who` and a verb of appearing (never `who trained as a dancer`).
            if w == "who"
                && p >= 2
                && self.t.is_punct(p - 1, ',')
                && self.is_cap_word(p - 2)
                && (p + 1..i).any(|q| {
                    one_of(APPEARING_VERBS, self.word_or_empty(q))
                        // `who is seen only in the early scenes as Michalis` (never `who is
                        // seen as the heir`: words must come between).
                        || self.t.is_word(q, "seen") && q + 1 < i
                        // `Name, who is cast as Ndèye,`.
                        || self.t.is_word(q, "cast") && q + 1 == i
                })
            {
                if let Some(run) = self.run_backward(p - 2)
                    && let Some((name, r)) = self.person_of(run)
                    && name_key(&name) != name_key(&item.text)
                    && !item.personal
                {
                    self.push(name, Some(item.text), CastPattern::As, r);
                }
                return;
            }
            // `is a hoot as`, `gives a career-best turn as`: any words but those that start
            // a comparison or a clause.
            if [
                "as",
                "such",
                "same",
                "so",
                "well",
                "known",
                "by",
                "than",
                "and",
                "or",
                "but",
                "if",
                "when",
                "while",
                "because",
                "which",
                "who",
                "that",
                "like",
                "for",
                "him",
                "her",
                "them",
                "it",
                "himself",
                "herself",
                "themselves",
                "could",
                "would",
                "should",
                "might",
            ]
            .contains(&w)
                // `who turns up for about twenty seconds as a policeman`: how long someone
                // appears for.
                && !(w == "for"
                    && (p.saturating_sub(3)..p).any(|q| {
                        let v = self.word_or_empty(q);
                        v == "up" || one_of(APPEARING_VERBS, v)
                    }))
            {
                return;
            }
            k = p;
            hops += 1;
        }
        let Some(p) = k.checked_sub(1).filter(|&p| p >= start) else {
            return;
        };
        if hops == 0 && self.t.toks[p].poss {
            return; // `Mara's as …` is not a subject
        }
        let Some(run) = self.run_backward(p) else {
            return;
        };
        // `who first worked with her on Two Roofs as a runner`: a name after a preposition is
        // no subject (a film's, a place's).
        if hops == 0
            && run.a >= 1
            && self.is_lower_word(run.a - 1)
            && one_of(&["on", "in", "at", "into"], self.word(run.a - 1))
        {
            return;
        }
        // `Wielgosz was wonderful as Father Brand in Glass Harbour`; `Salt Choir (2019) starred
        // Maren Oduya as Jo Lasker`: a part in another film.
        // `first came to attention as the runaway daughter in Rice Wind (2015)`: a part in a
        // film given with its year, whatever the verb's tense.
        let dated = || {
            (item.b + 2..item.b + 9)
                .take_while(|&q| self.is_cap_word(q) || self.t.is_punct(q, '('))
                .any(|q| self.t.is_punct(q, '(') && self.is_year_at(q + 1))
        };
        if self.other_film_starred(run.a) || (past || dated()) && self.in_other_film(item.b) {
            return;
        }
        // `Opposite Wielgosz as his wife is Ruta Kalnina`: the name after `opposite` is not
        // the one who plays the part.
        let beside = |k: usize| {
            self.t.toks[k].is_word()
                && one_of(
                    &["opposite", "alongside", "beside", "against"],
                    self.word(k),
                )
        };
        let inverted = one_of(&["is", "are", "was"], self.word_or_empty(item.b + 1));
        if inverted && (beside(run.a) || (run.a > start && beside(run.a - 1))) {
            return;
        }
        let Some((name, r)) = self.person_of(run) else {
            return;
        };
        if !item.personal || !self.is_other(name_key(&name)) {
            let ck = name_key(&item.text);
            if ck != name_key(&name) {
                self.push(name, Some(item.text), CastPattern::As, r);
            }
        }
    }

    /// `starring Ana Ruiz, Tom Okafor and Lee Park`, `its leads, Saskia van Rijn and Emre
    /// Yilmaz,`, `The cast: …`: actors listed in the prose without characters.
    fn cast_list(&mut self, i: usize) {
        // `Last Bus to Hat Yai (2021) · Starring A, B · A tour guide …`: another film's
        // billing (a related-titles list), unless the title is this review's film.
        let start = self.sentence_start(i);
        if let Some(y) = (start..i).find(|&k| self.is_year_at(k))
            && y >= start + 2
            && self.t.is_punct(y - 1, '(')
            && !self.is_title(self.t.span_text(start, y - 2))
        {
            return;
        }
        let mut j = i + 1;
        if [',', ':', '—', '–'].iter().any(|&c| self.t.is_punct(j, c)) {
            j += 1;
        } else if self.list_verb_at(j) {
            j += if self.t.is_word(j, "also") { 2 } else { 1 };
        }
        let end = self.sentence_end(i);
        let (mut names, after) = self.names_forward(j, end);
        // `Starring A, B and the veteran Iqaluit actor C`: the last name after words that say
        // it is an actor's.
        let k = after + usize::from(self.t.is_punct(after, ','));
        if !names.is_empty() && self.t.is_word(k, "and") {
            let f = self.skip_describing(k + 1, k + 7);
            if f > k + 1 && self.t.has(f - 1, class::CAST_NOUN) {
                names.extend(self.names_forward(f, end).0);
            }
        }
        self.push_without_part(names, CastPattern::CreditList);
    }

    /// `It stars Angelica Sy-Quiambao, Paolo Macaraeg and Rafael de Leon`: actors listed after
    /// the verb `stars` at `i` whose subject is the film, without parts (`Name stars as Mara`
    /// and `The film stars Name as Mara` are read as `as`; another film's `starred` is not
    /// this film's cast).
    fn stars_list(&mut self, i: usize) {
        if self.other_film_starred(i + 1) {
            return;
        }
        // `Ana Ruiz stars Opposite …`, `Ruiz starred Tuesday`: an actor as the subject lists
        // no one.
        if i >= 1
            && self.is_cap_word(i - 1)
            && self
                .run_backward(i - 1)
                .and_then(|r| self.strip_lead(r))
                .is_some_and(|r| self.person_like(r))
        {
            return;
        }
        let end = self.sentence_end(i);
        let (names, after) = self.names_forward(i + 1, end);
        if names.is_empty() || names.len() == 1 && self.t.is_word(after, "as") {
            return;
        }
        self.push_without_part(names, CastPattern::CreditList);
    }

    /// `includes`, `also includes`, `features`: a verb that lists the cast after a cast noun.
    fn list_verb_at(&self, j: usize) -> bool {
        let j = if self.t.is_word(j, "also") { j + 1 } else { j };
        ["includes", "include", "including", "features", "feature"]
            .iter()
            .any(|w| self.t.is_word(j, w))
    }

    /// `As Ammini, the ticket-seller, Chitra Raghavan is a delight`: a sentence opening with
    /// `As` and a character, then a comma, names the actor as the first person after it.
    fn as_opening(&mut self, i: usize) {
        // `As played by Einar Logi Bergþórsson, the boy's father, Stefán, is …`: the actor
        // first, then the part.
        if self.t.is_word(i + 1, "played") && self.t.is_word(i + 2, "by") {
            let end = self.sentence_end(i);
            let (names, after) = self.names_forward(i + 3, end);
            if let [(name, r)] = names.as_slice()
                && self.t.is_punct(after, ',')
                && let Some(item) = self.char_forward(after + 1)
            {
                let item = if self.is_cap_word(item.b) {
                    item
                } else {
                    self.named_beside(&item).unwrap_or(item)
                };
                if !item.personal || self.is_cap_word(item.b) {
                    self.push(name.clone(), Some(item.text), CastPattern::As, *r);
                }
            }
            return;
        }
        let Some(mut item) = self.char_forward(i + 1) else {
            return;
        };
        // `As the landlady, Mevrouw Koster, the ever-dependable Name`: the name beside the
        // role is the part.
        if let Some(named) = self
            .named_beside(&item)
            .filter(|n| self.t.has(n.b + 2, class::DETERMINER))
        {
            item = named;
        }
        // `As Dev, …, Name is`, `Cast as the matchmaker who …, Name is`.
        if !(self.t.is_punct(item.b + 1, ',')
            || one_of(
                &["who", "whose", "that", "with"],
                self.word_or_empty(item.b + 1),
            ))
        {
            return;
        }
        // `It is Lowri Bevan's film, though. As Carys, she is funny`: a pronoun for the actor
        // named just before.
        let k = item.b + 2;
        if self.t.is_punct(item.b + 1, ',') && is_subject_pronoun(self.word_or_empty(k)) {
            if let Some((name, run)) = self.antecedent(k)
                && !self.is_other(name_key(&name))
                && name_key(&name) != name_key(&item.text)
            {
                self.push(name, Some(item.text), CastPattern::As, run);
            }
            return;
        }
        let end = self.sentence_end(i).min(item.b + 40);
        // The clause's subject comes after the appositive's closing comma (describing words
        // aside: `, eleven-year-old Davi Lacerda-Monteiro gives`), not after a preposition
        // (`to leave the island for São Luís,`).
        let after_comma = |a: usize| {
            // (`, Mr. Leonidas Farmakis is`: the honorific before the name.)
            let a = if a >= 2 && self.t.is_punct(a - 1, '.') && self.is_honorific(a - 2) {
                a - 2
            } else if a >= 1 && self.is_honorific(a - 1) {
                a - 1
            } else {
                a
            };
            let mut k = a;
            while k > item.b + 1 && k + 3 > a && self.is_lower_word(k - 1) {
                k -= 1;
            }
            self.t.is_punct(k - 1, ',')
        };
        let Some(person) = self.people().iter().find(|p| {
            p.run.a > item.b && p.run.b < end && !self.t.toks[p.run.b].poss && after_comma(p.run.a)
        }) else {
            return;
        };
        // The person must be the clause's subject: a verb or a comma follows the name.
        let next = person.run.b + 1;
        let subject = self.t.is_punct(next, ',')
            || self.is_lower_word(next) && !self.t.has(next, class::FUNCTION)
            || ["is", "was", "has", "gives", "makes", "plays", "does", "did"]
                .iter()
                .any(|w| self.t.is_word(next, w));
        if !subject || self.is_other(person.key) || person.key == name_key(&item.text) {
            return;
        }
        let (name, run) = (person.name.clone(), person.run);
        self.push(name, Some(item.text), CastPattern::As, run);
    }

    fn add_listed(&mut self) {
        for l in self.ctx.listed {
            let actor = l.actor.split_whitespace().collect::<Vec<_>>().join(" ");
            if actor.is_empty() {
                continue;
            }
            self.found.push(Found {
                strong: true,
                key: name_key(&actor),
                actor,
                character: l.character.clone(),
                pattern: l.pattern,
                span: None,
                sentence: None,
                line: Some(l.line.clone()),
            });
        }
    }

    /// Known actors (by key) with their character, from the patterns found so far.
    fn known(&self) -> Vec<(NameKey, String, Option<String>)> {
        let mut out: Vec<(NameKey, String, Option<String>)> = Vec::new();
        for f in &self.found {
            match out.iter_mut().find(|k| k.0 == f.key) {
                Some(k) => {
                    if k.2.is_none() {
                        k.2.clone_from(&f.character);
                    }
                    if f.actor.len() > k.1.len() {
                        k.1.clone_from(&f.actor);
                    }
                }
                None => out.push((f.key, f.actor.clone(), f.character.clone())),
            }
        }
        out
    }

    /// The known actor a name or surname stands for (unique surname only).
    fn known_actor(known: &[(NameKey, String, Option<String>)], text: &str) -> Option<String> {
        let key = name_key(text);
        if let Some(k) = known.iter().find(|k| k.0 == key) {
            return Some(k.1.clone());
        }
        if text.contains(char::is_whitespace) {
            // `Van Rijn` for `Saskia van Rijn`: the last words of one known name.
            let mut hits = known.iter().filter(|k| ends_with_words(&k.1, text));
            let first = hits.next()?;
            return hits.next().is_none().then(|| first.1.clone());
        }
        let mut hits = known.iter().filter(|k| surname(&k.1) == text);
        let first = hits.next()?;
        hits.next().is_none().then(|| first.1.clone())
    }

    /// `Okafor's Dev`, `Ruiz's brittle, funny Mara`: a known actor's possessive before a
    /// character, or a person's possessive before a known character.
    fn find_possessives(&mut self) {
        let known = self.known();
        let n = self.t.toks.len();
        for i in 0..n {
            let tok = self.t.toks[i];
            if !(tok.is_word() && tok.cap && tok.poss) {
                continue;
            }
            // `Oh's Little Ray`: a surname that is also a function word stays a possessor.
            let Some(run) = self
                .run_backward(i)
                .and_then(|r| self.strip_lead(r))
                .or_else(|| one_of(FUNCTION_SURNAMES, self.word(i)).then_some(Run { a: i, b: i }))
            else {
                continue;
            };
            let text = self.run_text(run);
            // `Ana Ruiz's character, Mara,`, `Mara, Ana Ruiz's character,`, `(Ana Ruiz's
            // character)`, `Ana Ruiz's character is called Mara`: the word for a part says the
            // possessor plays it.
            if self.t.is_word(i + 1, "character")
                && self.person_like(run)
                && let Some(part) = self.part_beside_character(run, i + 1)
            {
                if !self.is_other(name_key(&text)) {
                    self.push_strong_possessive(text, part, run);
                }
                continue;
            }
            // Skip adjectives and commas: `Ruiz's brittle, funny Mara`.
            let mut j = i + 1;
            let mut hops = 0;
            while hops < 5
                && (self.t.is_punct(j, ',')
                    || self.t.is_word(j, "and")
                    || (self.is_lower_word(j)
                        && !self.t.has(j, class::FUNCTION)
                        && !self.t.has(j, class::ROLE)))
            {
                j += 1;
                hops += 1;
            }
            let Some(item) = self.char_forward(j) else {
                continue;
            };
            if self.t.is_punct(item.b + 1, '(') {
                continue; // `Ruiz's Mara (…)` is read by the parenthetical
            }
            let Some(actor) = Self::known_actor(&known, &text) else {
                // `Mark Ode's crooked sheriff is pure pantomime`: a full name's possessive
                // before a role noun and a verb states the actor on its own.
                // So does a character whose name opens on a title or kin word (`Gethin
                // Rowlands's Mr Pugh, the council officer, is …`).
                let titled = self.is_cap_word(item.a)
                    && (self.t.has(item.a, class::TITLE) || kin_title(self.word(item.a)))
                    && item.b > item.a;
                let role = self.is_lower_word(item.b) && self.t.has(item.b, class::ROLE);
                // `Whitfield-Amaechi's Bunty, a lock-keeper with firm views, deserves …`: a
                // surname whose full name the body gives, before a character's name and an
                // appositive for a person.
                let appositive = |k: usize| {
                    self.t.is_punct(k, ',')
                        && ["a", "an", "the"].iter().any(|d| self.t.is_word(k + 1, d))
                        && (k + 2..k + 5).any(|q| self.person_noun_at(q))
                };
                if run.a == run.b
                    && item.a == j
                    && self.is_cap_word(item.a)
                    && !item.personal
                    && appositive(item.b + 1)
                    && let Some(full) = self.resolve_single(&text)
                    && !self.is_other(name_key(&full))
                {
                    self.push_strong_possessive(full, item.text, run);
                    continue;
                }
                if self.person_like(run)
                    && (role || titled)
                    && self.verb_or_end(item.b + 1)
                    && !self.is_other(name_key(&text))
                {
                    self.push_strong_possessive(text, item.text, run);
                }
                continue;
            };
            let has = known
                .iter()
                .find(|k| k.1 == actor)
                .and_then(|k| k.2.as_deref());
            let owner = known.iter().find(|k| {
                k.2.as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&item.text))
            });
            let name = match (has, owner) {
                // The character the actor already has: `Ruiz's Mara` after `Mara (Ana Ruiz)`.
                // `Kostiuk's Sergeant Hrynyk` after `Kostiuk plays him` (Hrynyk): a fuller
                // form of it too.
                (Some(c), _)
                    if c.eq_ignore_ascii_case(&item.text) || words_within(c, &item.text) =>
                {
                    actor
                }
                // A first character for an actor with none, written as a name and followed by a
                // verb or the sentence's end (`Okafor's Dev is gentler`), never a role noun or a
                // character someone else plays.
                (None, None)
                    if item.a == j
                        && self.is_cap_word(item.a)
                        && (hops > 0 || self.verb_or_end(item.b + 1)) =>
                {
                    actor
                }
                // `The brother is Trần Quốc Bảo, and Bảo's Tùng is …`: in the sentence that
                // gave the actor a role noun, the part's name; the name wins for the role's
                // mentions there.
                (Some(c), None)
                    if item.a == j
                        && hops == 0
                        && self.is_cap_word(item.a)
                        && !item.personal
                        && !c.starts_with(char::is_uppercase)
                        && self.verb_or_end(item.b + 1) =>
                {
                    let s = Some(self.t.sentence_of(i));
                    let key = name_key(&actor);
                    if !self.found.iter().any(|f| f.key == key && f.sentence == s) {
                        continue;
                    }
                    for f in self
                        .found
                        .iter_mut()
                        .filter(|f| f.key == key && f.sentence == s)
                    {
                        f.character = Some(item.text.clone());
                    }
                    actor
                }
                _ => continue,
            };
            self.push(name, Some(item.text), CastPattern::Possessive, run);
        }
    }

    /// `A and B lead the cast`, `Name rounds out the cast`, `The cast is led by A and B`: the
    /// actors of a cast led, headed or completed, without a part (`cast` at `i`, after `the`).
    /// False when the words around `cast` are of no such shape.
    fn cast_led(&mut self, i: usize) -> bool {
        let end = self.sentence_end(i);
        let v = if i >= 3 && self.t.is_word(i - 2, "out") {
            i - 3
        } else {
            i.saturating_sub(2)
        };
        let out = v + 3 == i;
        let opening = i >= 2 && v == self.sentence_start(i) && {
            let w = self.word(v).to_ascii_lowercase();
            one_of(CAST_LEAD_OPENINGS, &w) && (out || w != "filling")
        };
        let names = if opening {
            // `Rounding out the cast are A and B`, `Leading the cast, Name …`.
            let mut k = i + 1;
            if [',', ':', '—', '–'].iter().any(|&c| self.t.is_punct(k, c))
                || one_of(&["are", "is", "were", "was"], self.word_or_empty(k))
            {
                k += 1;
            }
            let first = self.skip_describing(k, k + 4);
            self.names_forward(first, end).0
        } else if v >= 1 && self.is_lower_word(v) && leads_cast(self.word(v), out) {
            self.subjects_before(v)
        } else if one_of(&["is", "was"], self.word_or_empty(i + 1))
            && one_of(CAST_LED_BY, self.word_or_empty(i + 2))
            && self.t.is_word(i + 3, "by")
        {
            let first = self.skip_describing(i + 4, i + 8);
            self.names_forward(first, end).0
        } else {
            return false;
        };
        // No names: the words around `cast` are read as a list below (`lead the cast: A, B`).
        if names.is_empty() {
            return false;
        }
        for (name, r) in names {
            if !self.is_other(name_key(&name)) {
                self.push(name, None, CastPattern::CreditList, r);
            }
        }
        true
    }

    /// The part a possessor's `character` (at `c`, after the possessor's run `run`) names: set
    /// off after it (`Ana Ruiz's character, Mara,`), called so (`is called Mara`), or the name
    /// the phrase is set off after (`Mara, Ana Ruiz's character,`, `Mara (Ana Ruiz's
    /// character)`). Never a full name, which may be an actor's.
    fn part_beside_character(&self, run: Run, c: usize) -> Option<String> {
        if let Some(named) = self.appositive_name(c + 1) {
            return (!self.person_like(named)).then(|| self.run_text(named));
        }
        if one_of(&["is", "was"], self.word_or_empty(c + 1))
            && one_of(&["called", "named"], self.word_or_empty(c + 2))
            && let Some(named) = self.run_forward(c + 3).filter(|r| r.a == c + 3)
            && !self.t.toks[named.b].poss
            && !self.person_like(named)
        {
            return Some(self.run_text(named));
        }
        let open = run.a.checked_sub(1)?;
        // `In Lagos, Ana Ruiz's character, a nurse,`: a comma before a determiner opens an
        // appositive of the character's own; it closes nothing.
        let closes = self.t.is_punct(c + 1, ',')
            && self.t.is_punct(open, ',')
            && !(self.is_lower_word(c + 2) && self.t.has(c + 2, class::DETERMINER))
            || self.t.is_punct(c + 1, ')') && self.t.is_punct(open, '(');
        if !closes || open == 0 {
            return None;
        }
        let item = self.char_backward(open - 1)?;
        // A place after a preposition is no part: `In Lagos, Ana Ruiz's character,`.
        let preposition = |k: usize| {
            self.t.toks[k].is_word()
                && one_of(PLACE_PREPOSITIONS, &self.word(k).to_ascii_lowercase())
        };
        let placed =
            item.a >= 1 && preposition(item.a - 1) || item.a < item.b && preposition(item.a);
        (self.is_cap_word(item.b) && !item.personal && !placed).then_some(item.text)
    }

    /// `Abi Nader plays Mona` with `led by the superb Yasmina Abi Nader` found elsewhere (before
    /// or after), `Nurul Aisyah` with `Nurul Aisyah binti Kamarudin`: a shorter form of one
    /// found name is that actor (none when two fit).
    fn merge_name_forms(&mut self) {
        // `Stunning Maria Clara dos Anjos plays Jussara` with `Maria Clara dos Anjos` in the
        // file's data (front matter, JSON-LD): the data's form is the name, the words before
        // it in the text are none of it. (Not a caption's form: `Ap Gwilym and … on location`
        // is the end of `Rhodri ap Gwilym`.)
        let listed: Vec<(String, NameKey)> = self
            .found
            .iter()
            .filter(|f| f.pattern == CastPattern::Metadata && f.actor.contains(' '))
            .map(|f| (f.actor.clone(), f.key))
            .collect();
        for g in self.found.iter_mut().filter(|g| g.span.is_some()) {
            let mut hits = listed
                .iter()
                .filter(|(a, _)| a.len() < g.actor.len() && ends_with_words(&g.actor, a));
            if let (Some((actor, key)), None) = (hits.next(), hits.next()) {
                g.actor.clone_from(actor);
                g.key = *key;
            }
        }
        let given: Vec<Option<&str>> = self.found.iter().map(|g| given_part(&g.actor)).collect();
        let fuller: Vec<Option<usize>> = (0..self.found.len())
            .map(|i| {
                let f = &self.found[i];
                if !f.actor.contains(' ') {
                    return None;
                }
                let mut hit: Option<usize> = None;
                for (j, g) in self.found.iter().enumerate() {
                    if g.actor.len() > f.actor.len()
                        && (ends_with_words(&g.actor, &f.actor)
                            || given[j].is_some_and(|p| same_word(p, &f.actor)))
                    {
                        match hit {
                            Some(h) if self.found[h].key != g.key => return None,
                            _ => hit = Some(j),
                        }
                    }
                }
                hit
            })
            .collect();
        for (i, j) in fuller.into_iter().enumerate() {
            if let Some(j) = j {
                let (actor, key) = (self.found[j].actor.clone(), self.found[j].key);
                self.found[i].actor = actor;
                self.found[i].key = key;
            }
        }
    }

    /// One actor's character written short and long (`Hale` and `Captain Hale`, `boy` and
    /// `Boy`) is one character: every mention gets the longest form.
    fn merge_character_forms(&mut self) {
        let found = &self.found;
        // For each mention, the mention whose character is the longest form of its own (the
        // last of equal length), chosen before any is changed.
        let longest: Vec<Option<usize>> = found
            .iter()
            .map(|f| {
                let c = f.character.as_deref()?;
                let mut best: Option<(usize, usize)> = None;
                for (y, g) in found.iter().enumerate() {
                    let Some(o) = g.character.as_deref() else {
                        continue;
                    };
                    if g.key != f.key || o.len() < c.len() || !words_within(c, o) {
                        continue;
                    }
                    if best.is_none_or(|(_, len)| o.len() >= len) {
                        best = Some((y, o.len()));
                    }
                }
                best.map(|(y, _)| y)
            })
            .collect();
        for (x, y) in longest.into_iter().enumerate() {
            if let Some(y) = y.filter(|&y| y != x) {
                let c = self.found[y].character.clone();
                self.found[x].character = c;
            }
        }
    }

    /// True when token `i` ends a clause or is a common verb: what may follow a character.
    fn verb_or_end(&self, i: usize) -> bool {
        let Some(t) = self.t.toks.get(i) else {
            return true;
        };
        if !t.is_word() {
            return matches!(
                t.kind,
                super::tokens::Kind::Punct('.' | ',' | ';' | '!' | '?' | ':')
            );
        }
        let w = self.t.word(i);
        // Any present-tense verb (`Sigrún runs`, `Dev tells`) but a noun or a function word.
        let verb_s = w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !t.poss
            && !self.t.has(
                i,
                class::FUNCTION | class::ROLE | class::CAST_NOUN | class::CREW_NOUN,
            );
        !t.cap
            && (verb_s
                || one_of(
                    &[
                        "becomes", "can", "comes", "could", "does", "doesn't", "feels", "gets",
                        "had", "has", "is", "isn't", "looks", "never", "remains", "seems", "was",
                        "wasn't", "who", "will", "would",
                    ],
                    w,
                ))
    }

    /// Later mentions of a known actor by name alone, anywhere in the body: `Ruiz`, `Ruiz's`,
    /// `Ana Ruiz`. Found by searching the body for each actor's surname, so sentences the
    /// other patterns skipped are read too.
    fn find_name_mentions(&mut self) {
        let known = self.known();
        if known.is_empty() {
            return;
        }
        let body = self.t.text;
        let b = body.as_bytes();
        let covered: Vec<Range<usize>> = self.found.iter().filter_map(|f| f.span.clone()).collect();
        let crew_surnames: Vec<&str> = self
            .crew
            .iter()
            .map(|c| surname(&c.0))
            .chain(self.ctx.directors.iter().map(|d| surname(d)))
            .collect();
        let chars: Vec<&str> = known.iter().filter_map(|k| k.2.as_deref()).collect();
        let mut adds: Vec<(String, Range<usize>)> = Vec::new();
        for (i, k) in known.iter().enumerate() {
            let full = k.1.as_str();
            let sur = surname(full);
            if sur.chars().count() < 2 || !sur.starts_with(char::is_uppercase) {
                continue;
            }
            // A surname two actors share, or a crew member's, or a word of a character's name
            // is ambiguous alone: only the full name counts then.
            let ambiguous = known
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && surname(&o.1) == sur)
                || crew_surnames.contains(&sur)
                || chars.iter().any(|c| c.split_whitespace().any(|w| w == sur));
            let needle = sur.as_bytes();
            let hits = memchr::memchr_iter(needle[0], b).filter(|&p| b[p..].starts_with(needle));
            for p in hits {
                let e = p + sur.len();
                let before_ok = body[..p]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_word_char(c) && !matches!(c, '-' | '\'' | '’'));
                let after = &body[e..];
                let after_ok = after.chars().next().is_none_or(|c| !is_word_char(c))
                    && !after.starts_with('-');
                if !before_ok || !after_ok {
                    continue;
                }
                let full_hit = full.contains(' ') && body[..e].ends_with(full);
                let start = if full_hit { e - full.len() } else { p };
                if !full_hit && (ambiguous || !self.alone_before(p)) {
                    continue;
                }
                // `Ruiz Harbour`: part of a longer capitalized name.
                let possessive = after.starts_with("'s") || after.starts_with("’s");
                if !possessive
                    && after
                        .strip_prefix(' ')
                        .is_some_and(|x| x.starts_with(char::is_uppercase))
                {
                    continue;
                }
                if covered.iter().any(|c| c.start < e && start < c.end) {
                    continue;
                }
                adds.push((full.to_owned(), start..e));
            }
        }
        adds.sort_by_key(|a| a.1.start);
        for (actor, span) in adds {
            let sentence = sentence_around(b, span.start);
            self.found.push(Found {
                strong: false,
                key: name_key(&actor),
                actor,
                character: None,
                pattern: CastPattern::Surname,
                span: Some(span),
                sentence: None,
                line: Some(body[sentence].trim().to_owned()),
            });
        }
    }

    /// True when the word at byte `p` stands alone as a name: the word before it is not
    /// capitalized, or it opens the sentence and is a common word (`But`, `Sadly`).
    fn alone_before(&self, p: usize) -> bool {
        let b = self.t.text.as_bytes();
        let mut q = p;
        while q > 0 && b[q - 1] == b' ' {
            q -= 1;
        }
        if q == p || q == 0 {
            return true;
        }
        let head = &self.t.text[..q];
        let Some(last) = head.chars().next_back() else {
            return true;
        };
        if last == '.' {
            // `Ana H. Vickery`: an initial before the surname makes it someone's full name.
            let h = head.as_bytes();
            return !(h.len() >= 2
                && h[h.len() - 2].is_ascii_uppercase()
                && (h.len() < 3 || !h[h.len() - 3].is_ascii_alphanumeric()));
        }
        if !is_word_char(last) {
            return true;
        }
        let ws = head
            .rfind(|c: char| !(is_word_char(c) || matches!(c, '-' | '\'' | '’')))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[ws..];
        if !word.starts_with(char::is_uppercase) {
            return true;
        }
        let class = lx::classify(word);
        class & lx::class::TITLE == 0
            && starts_sentence(b, ws)
            && (class & (lx::class::FUNCTION | lx::class::NOT_NAME | lx::class::CALENDAR) != 0
                || (word.len() > 4 && word.ends_with("ly")))
    }

    fn finish(mut self) -> People {
        // Reading the cast may have credited more crew (`the director (Name)`): their keys
        // again, the crew's then the directors'.
        self.crew_keys = self.crew_key_list();
        let author = self.ctx.author.map(name_key);
        self.merge_character_forms();
        self.merge_name_forms();
        let known = self.known();
        // Kept: mentions of an actor some mention states on its own, never the author.
        let found = &self.found;
        // `The heroine is Nesta Howell, who swam …` when another actor plays Nesta Howell: a
        // part's full name is no actor (a part said so by a pattern that tells which side is
        // the actor: never `A (B)`, which may be either way round).
        let parts: Vec<(NameKey, NameKey)> = found
            .iter()
            .filter(|g| {
                matches!(
                    g.pattern,
                    CastPattern::Plays
                        | CastPattern::PlayedBy
                        | CastPattern::Possessive
                        | CastPattern::Metadata
                )
            })
            .filter_map(|g| {
                let c = g.character.as_deref().filter(|c| c.contains(' '))?;
                Some((name_key(c), g.key))
            })
            .collect();
        let keep: Vec<bool> = found
            .iter()
            .map(|f| {
                let key = f.key;
                author != Some(key)
                    && !key.is_empty()
                    && !parts
                        .iter()
                        .any(|&(part, actor)| part == key && actor != key)
                    && (f.strong || found.iter().any(|g| g.strong && g.key == key))
            })
            .collect();
        let mut keep = keep.into_iter();
        self.found.retain(|_| keep.next().unwrap_or(false));
        // A listed name is a mention only when the review's own text names the actor too; the
        // others are credited without a mention.
        let found = &self.found;
        let in_body: Vec<bool> = found
            .iter()
            .map(|f| f.span.is_some() || found.iter().any(|g| g.span.is_some() && g.key == f.key))
            .collect();
        let mut credited: Vec<(String, Option<String>)> = Vec::new();
        let mut credited_keys: Vec<NameKey> = Vec::new();
        for (f, _) in found.iter().zip(&in_body).filter(|(_, in_body)| !**in_body) {
            if !credited_keys.contains(&f.key) {
                credited_keys.push(f.key);
                let k = known.iter().find(|k| k.0 == f.key);
                credited.push((
                    k.map_or_else(|| f.actor.clone(), |k| k.1.clone()),
                    f.character.clone().or_else(|| k.and_then(|k| k.2.clone())),
                ));
            }
        }
        let mut in_body = in_body.into_iter();
        self.found.retain(|_| in_body.next().unwrap_or(false));
        self.found
            .sort_by_key(|f| f.span.as_ref().map_or(usize::MAX, |s| s.start));
        let cast: Vec<CastMention> = self
            .found
            .into_iter()
            .map(|f| {
                let key = &f.key;
                let k = known.iter().find(|k| k.0 == *key);
                let sentence = match (f.sentence, f.line) {
                    (Some(s), _) => self.t.sentence_text(s).to_owned(),
                    (None, Some(l)) => l,
                    (None, None) => String::new(),
                };
                CastMention {
                    actor: k.map_or(f.actor, |k| k.1.clone()),
                    character: f.character.or_else(|| k.and_then(|k| k.2.clone())),
                    pattern: f.pattern,
                    span: f.span,
                    sentence,
                }
            })
            .collect();
        let mut crew: Vec<CrewMention> = Vec::new();
        // crew_keys holds the crew's keys, then the directors'.
        let names: Vec<&str> = self
            .crew
            .iter()
            .map(|c| c.0.as_str())
            .chain(self.ctx.directors.iter().map(String::as_str))
            .collect();
        for (k, (person, role, span, s)) in self.crew.iter().enumerate() {
            // The fullest form of the name in this review.
            let key = &self.crew_keys[k];
            // `Written by <the author>` in a blog footer credits the review, not the film.
            if author == Some(*key) {
                continue;
            }
            let person = names
                .iter()
                .zip(&self.crew_keys)
                .filter(|(_, ck)| *ck == key)
                .map(|(n, _)| *n)
                .max_by_key(|n| n.len())
                .unwrap_or(person)
                .to_owned();
            // `with Otieno Ouma` writing after `is Brian Otieno Ouma` playing: the one longer
            // name of the cast that ends with the crew name's words is that person's.
            let fuller = cast
                .iter()
                .map(|c| c.actor.as_str())
                .filter(|a| person.contains(' ') && ends_with_words(a, &person));
            let person = one_person(fuller).map_or(person, str::to_owned);
            crew.push(CrewMention {
                person,
                role: *role,
                span: Some(span.clone()),
                sentence: self.t.sentence_text(*s).to_owned(),
            });
        }
        for d in self.ctx.directors {
            let key = name_key(d);
            if !crew
                .iter()
                .any(|c| c.role == CrewRole::Director && name_key(&c.person) == key)
            {
                crew.push(CrewMention {
                    person: d.clone(),
                    role: CrewRole::Director,
                    span: None,
                    sentence: String::new(),
                });
            }
        }
        crew.sort_by_key(|c| c.span.as_ref().map_or(usize::MAX, |s| s.start));
        People {
            cast,
            crew,
            credited,
        }
    }
}

/// True for the words [`Finder::find_strong`] compares that carry no trigger flag (`as`, `is`,
/// `whose`, `that`, `role`, `gives`, `takes`, …; any case). A word compared there anew must be
/// added here.
fn strong_cue(w: &[u8]) -> bool {
    let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
    match w.len() {
        2 => is(b"as") || is(b"is"),
        4 => {
            is(b"cast")
                || is(b"from")
                || is(b"took")
                || is(b"that")
                || is(b"role")
                || is(b"part")
                || is(b"lent")
                || is(b"whom")
                || is(b"with")
        }
        5 => {
            is(b"cameo")
                || is(b"gives")
                || is(b"takes")
                || is(b"makes")
                || is(b"lends")
                || is(b"bring")
                || is(b"whose")
                || is(b"parts")
                || is(b"roles")
        }
        3 => is(b"are"),
        6 => is(b"brings") || is(b"voiced") || is(b"voices") || is(b"cameos"),
        7 => is(b"brought") || is(b"belongs") || is(b"starred"),
        8 => is(b"starring") || is(b"co-stars") || is(b"embodied"),
        9 => is(b"portrayed"),
        11 => is(b"co-starring"),
        _ => false,
    }
}

/// True for the words [`Finder::crew_at`] and [`Finder::crew_verb`] read that carry no trigger
/// flag: `by`, `of`, `behind`, `co-wr…`, `directs`, `directed`, `directing`, `from`, `edited`,
/// `adapted`, `shot`, `wrote`, `makes`, `made` (any case). A word read there anew must be
/// added here.
fn crew_cue(w: &[u8]) -> bool {
    let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
    let listed = match w.len() {
        2 => is(b"by") || is(b"of"),
        3 => is(b"cut"),
        4 => is(b"from") || is(b"shot") || is(b"made"),
        5 => is(b"wrote") || is(b"makes"),
        6 => is(b"behind") || is(b"edited") || is(b"lensed"),
        7 => is(b"directs") || is(b"adapted") || is(b"written"),
        8 => is(b"directed") || is(b"produced"),
        9 => is(b"directing"),
        _ => false,
    };
    listed || w.len() > 5 && w[..5].eq_ignore_ascii_case(b"co-wr")
}

/// True when `w` reads as a nationality (`Dane`, `Swede`, `Kenyan`, `Japanese`, `Israeli`,
/// `Frenchman`): a noun from a fixed list or an adjective's ending. Only read before a full
/// name after `the`, where a given name hardly ever stands.
fn demonym(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "basque",
        "brit",
        "czech",
        "dane",
        "dutch",
        "finn",
        "greek",
        "icelander",
        "irish",
        "kiwi",
        "pole",
        "scot",
        "spaniard",
        "swede",
        "swiss",
        "thai",
        "turk",
        "welsh",
    ];
    let b = w.as_bytes();
    let ends = |x: &[u8]| b.len() > x.len() + 2 && b[b.len() - x.len()..].eq_ignore_ascii_case(x);
    one_of(NOUNS, w)
        // `-ian`, `-ean`, `-man` and `-woman` end in `-an` too.
        || ["ese", "ish", "an", "i"]
            .iter()
            .any(|x| ends(x.as_bytes()))
}

/// Words that open a run of capitalized words without being part of the name in it:
/// `Critic Jo Bloggs`, `Starring Ana Ruiz`, `Tonight Mara …`.
fn lead_word(w: &str) -> bool {
    let mut buf = [0u8; 32];
    lx::lower(w, &mut buf).is_some_and(|l| {
        matches!(
            l,
            "co-starring"
                | "critic"
                // `Direk Mon Javellana`: the Filipino title of a director.
                | "direk"
                | "featuring"
                | "indeed"
                // `Playing Margit, the widow, is Name`.
                | "playing"
                | "reviewer"
                | "sometimes"
                | "starring"
                | "today"
                | "tomorrow"
                | "tonight"
                | "veteran"
                | "yesterday"
        )
    })
}

/// Kin and role words that open a character's name (`Grandma Věra`, `Uncle Rangi`, `Nurse
/// Pimblett`) and are hardly ever a given name (`Nana`, `Sonny` are).
fn kin_title(w: &str) -> bool {
    one_of(
        &[
            "aunt",
            "auntie",
            "aunty",
            "brother",
            "captain",
            "colonel",
            "constable",
            "cousin",
            "dad",
            "daddy",
            "detective",
            "doctor",
            "gran",
            "grandad",
            "granddad",
            "grandfather",
            "grandma",
            "grandmother",
            "grandpa",
            "granny",
            "inspector",
            "mama",
            "mum",
            "mummy",
            "mom",
            "mommy",
            "mother",
            "nurse",
            "officer",
            "papa",
            "professor",
            "sergeant",
            "sister",
            "uncle",
        ],
        w,
    )
}

/// Words with an agent-noun ending that name no person (`the other`, `the trailer`, `the
/// floor`): never a part by their ending alone. Sorted.
const NOT_AGENTS: &[&str] = &[
    "after",
    "another",
    "answer",
    "banner",
    "behavior",
    "behaviour",
    "better",
    "bigger",
    "bitter",
    "blockbuster",
    "border",
    "brighter",
    "career",
    "center",
    "centre",
    "chapter",
    "character",
    "clever",
    "color",
    "colour",
    "computer",
    "corner",
    "corridor",
    "cover",
    "darker",
    "decor",
    "dinner",
    "door",
    "eager",
    "either",
    "elevator",
    "error",
    "ever",
    "exterior",
    "favour",
    "filter",
    "finger",
    "flavour",
    "floor",
    "flower",
    "former",
    "further",
    "gender",
    "greater",
    "higher",
    "honour",
    "horror",
    "however",
    "humour",
    "inner",
    "interior",
    "labour",
    "later",
    "latter",
    "lesser",
    "letter",
    "lighter",
    "longer",
    "lower",
    "manner",
    "matter",
    "member",
    "minor",
    "mirror",
    "monitor",
    "motor",
    "neither",
    "never",
    "number",
    "older",
    "order",
    "other",
    "outer",
    "over",
    "paper",
    "poorer",
    "poster",
    "power",
    "premier",
    "proper",
    "quarter",
    "rather",
    "richer",
    "river",
    "shelter",
    "shorter",
    "silver",
    "sitter",
    "smaller",
    "sober",
    "sooner",
    "stronger",
    "summer",
    "taller",
    "teaser",
    "tender",
    "terror",
    "theater",
    "thriller",
    "together",
    "tower",
    "trailer",
    "under",
    "upper",
    "water",
    "weaker",
    "weather",
    "whether",
    "winter",
    "wiser",
    "wonder",
    "younger",
];

/// An [`agent_noun`] whose ending names a person's trade or station (`watchman`,
/// `postwoman`, `lighthouse keeper`, `barmaid`, `fishwife`, `waitress`, `librarian`,
/// `florist`): after `is the`, where `-er` and `-or` nouns more often praise (`is the anchor`,
/// `the winner`, `the scene-stealer`).
fn occupation_noun(w: &str) -> bool {
    // (A word of its own is no trade: `the leading woman`; `the real success`.)
    const NOT_TRADES: &[&str] = &[
        "access", "address", "business", "excess", "mattress", "process", "progress", "success",
    ];
    agent_noun(w)
        && [
            "man", "woman", "keeper", "maid", "wife", "ess", "ian", "ist",
        ]
        .iter()
        .any(|x| w.len() >= x.len() + 3 && w.ends_with(x))
        && !one_of(NOT_TRADES, w)
}

/// True when `w` (lowercase) reads as a noun for a person by its ending (`conductor`,
/// `dispatcher`, `pawnbroker`, `headman`, `postwoman`, `librarian`, `waitress`), for parts
/// the role list does not hold. Only read after a determiner.
fn agent_noun(w: &str) -> bool {
    w.len() >= 5
        && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
        && [
            "er", "or", "ist", "ess", "ian", "man", "woman", "wife", "keeper", "maid",
        ]
        .iter()
        .any(|x| w.ends_with(x))
        && !w.ends_with("ness")
        && NOT_AGENTS.binary_search(&w).is_err()
        && lx::classify(w)
            & (class::CREW_NOUN | class::CAST_NOUN | class::MUSIC_NOUN | class::FUNCTION)
            == 0
}

/// `he`, `she` or `they` in any case: a subject that stands for an actor named before.
fn is_subject_pronoun(w: &str) -> bool {
    one_of(&["he", "she", "they"], w)
}

/// True when `w` is one of `list` (ASCII case-insensitive), for short inline lists.
fn one_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Metadata keys that hold a cast list in front matter and data exports.
const CAST_KEYS: [&str; 5] = ["cast", "starring", "actors", "actor", "stars"];

/// Cast and crew of an extracted review: its body, with the cast its family listed outside
/// the prose (front matter `cast:`, a scraped page's billing line, a magazine's captions).
#[must_use]
pub fn find_in_review(review: &crate::model::RawReview) -> People {
    let listed = listed_from_metadata(&review.metadata, review.film_title.as_deref());
    let ctx = Context {
        film_title: review.film_title.as_deref(),
        author: review.author.as_deref(),
        directors: &review.directors,
        listed: &listed,
    };
    let mut people = find_people(&review.body, &ctx);
    // Crew the metadata credits and the prose never names: credited outside the body.
    for (person, role) in crew_from_metadata(&review.metadata) {
        let key = name_key(&person);
        if !people
            .crew
            .iter()
            .any(|c| c.role == role && name_key(&c.person) == key)
        {
            people.crew.push(CrewMention {
                person,
                role,
                span: None,
                sentence: String::new(),
            });
        }
    }
    people
}

/// Metadata keys that hold a block of the film's credits, role by role (`credits:` over
/// `screenplay:`, `photography:`, `music:`).
const CREW_BLOCK_KEYS: [&str; 4] = ["credits", "crew", "film_credits", "production"];

/// The crew role a metadata key names. Inside a credits block every role word counts
/// (`photography`, `music`, `editing`, `producer`); at the top level only the words a page
/// never uses for its own staff or fields: `writer`, `editor`, `photography` or `score` may
/// be the post's writer, its editor, its photographer or its rating there.
fn crew_key_role(key: &str, in_block: bool) -> Option<CrewRole> {
    let k: String = key
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let top = match k.as_str() {
        "director" | "directors" | "directed_by" => Some(CrewRole::Director),
        "screenplay" | "screenwriter" | "screenwriters" | "screenplay_by" => Some(CrewRole::Writer),
        "novelist" => Some(CrewRole::Novelist),
        "cinematographer" | "cinematography" | "director_of_photography" => {
            Some(CrewRole::Cinematographer)
        }
        "composer" | "music_by" | "original_music" => Some(CrewRole::Composer),
        "film_editor" | "film_editing" => Some(CrewRole::Editor),
        _ => None,
    };
    if top.is_some() || !in_block {
        return top;
    }
    match k.as_str() {
        "dir" | "direction" => Some(CrewRole::Director),
        "writer" | "writers" | "written_by" | "script" | "scriptwriter" | "screenwriting" => {
            Some(CrewRole::Writer)
        }
        "novel" | "novel_by" | "based_on_novel_by" => Some(CrewRole::Novelist),
        "photography" | "camera" | "dop" | "dp" | "cinematographers" => {
            Some(CrewRole::Cinematographer)
        }
        "music" | "score" | "composers" => Some(CrewRole::Composer),
        "editor" | "editors" | "editing" | "edited_by" => Some(CrewRole::Editor),
        "producer" | "producers" | "produced_by" => Some(CrewRole::Producer),
        _ => None,
    }
}

/// The film's crew as a review's metadata credits it: role keys at the top level or in a
/// credits block ([`crew_key_role`]), each holding a name, names (`A, B and C`, a list) or
/// objects with a `name`; and the `director` and `musicBy` of the film a JSON-LD review
/// rates. Only values that read as a person's name count.
#[must_use]
fn crew_from_metadata(
    meta: &serde_json::Map<String, serde_json::Value>,
) -> Vec<(String, CrewRole)> {
    use serde_json::Value;
    fn names_of(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.extend(
                super::names::split_names(s)
                    .into_iter()
                    .filter(|n| super::names::is_person_name(n)),
            ),
            Value::Array(a) => a.iter().for_each(|x| names_of(x, out)),
            Value::Object(o) => {
                if let Some(n) = o.get("name") {
                    names_of(n, out);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<(String, CrewRole)> = Vec::new();
    let mut add = |v: &Value, role: CrewRole| {
        let mut names = Vec::new();
        names_of(v, &mut names);
        for n in names {
            if !out.iter().any(|(p, r)| *r == role && p == &n) {
                out.push((n, role));
            }
        }
    };
    for (k, v) in meta {
        if let Some(role) = crew_key_role(k, false) {
            add(v, role);
        } else if CREW_BLOCK_KEYS.contains(&k.to_ascii_lowercase().as_str())
            && let Value::Object(block) = v
        {
            for (k, v) in block {
                if let Some(role) = crew_key_role(k, true) {
                    add(v, role);
                }
            }
        }
    }
    if let Some(film) = meta.get("json_ld").and_then(json_ld_film) {
        for (k, role) in [
            ("director", CrewRole::Director),
            ("musicBy", CrewRole::Composer),
        ] {
            if let Some(v) = film.get(k) {
                add(v, role);
            }
        }
    }
    out
}

/// The film a JSON-LD review rates (`itemReviewed`), or a `Movie` itself, in a graph or a list.
fn json_ld_film(v: &serde_json::Value) -> Option<&serde_json::Map<String, serde_json::Value>> {
    use serde_json::Value;
    match v {
        Value::Array(a) => a.iter().find_map(json_ld_film),
        Value::Object(o) => o
            .get("itemReviewed")
            .and_then(Value::as_object)
            .or_else(|| {
                o.get("@type")
                    .and_then(Value::as_str)
                    .filter(|t| *t == "Movie")
                    .map(|_| o)
            })
            .or_else(|| o.get("@graph").and_then(json_ld_film)),
        _ => None,
    }
}

/// Cast listed in a review's metadata, in order: `cast`-like keys (strings such as `Ana Ruiz`,
/// `Ana Ruiz as Mara`, `Ana Ruiz (Mara)`, or objects with `name`/`actor` and
/// `character`/`role`), `billed_cast` (a billing line), `captions` (names in photo captions).
#[must_use]
pub fn listed_from_metadata(
    meta: &serde_json::Map<String, serde_json::Value>,
    film_title: Option<&str>,
) -> Vec<Listed> {
    use serde_json::Value;
    let mut out = Vec::new();
    let from_json_ld = meta
        .get("json_ld")
        .and_then(json_ld_actor)
        .map(|v| ("actor", v));
    let sources = CAST_KEYS
        .iter()
        .filter_map(|k| meta.get(*k).map(|v| (*k, v)))
        .chain(from_json_ld);
    for (key, v) in sources {
        let items: Vec<&Value> = match v {
            Value::Array(a) => a.iter().collect(),
            Value::String(_) | Value::Object(_) => vec![v],
            _ => continue,
        };
        for item in items {
            match item {
                Value::String(s) => {
                    // One string may hold several names: `Ana Ruiz, Tom Okafor`.
                    let parts: Vec<String> = if s.contains(',') && !s.contains(" as ") {
                        super::names::split_names(s)
                    } else {
                        vec![s.clone()]
                    };
                    for p in parts {
                        if let Some((actor, character)) = split_credit(&p) {
                            out.push(Listed {
                                actor,
                                character,
                                pattern: CastPattern::Metadata,
                                line: format!("{key}: {p}"),
                            });
                        }
                    }
                }
                Value::Object(o) => {
                    let field = |o: &serde_json::Map<String, Value>, names: &[&str]| {
                        names
                            .iter()
                            .find_map(|n| o.get(*n).and_then(Value::as_str))
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                    };
                    // A schema.org `PerformanceRole`: `{"actor": {"name": …}, "characterName": …}`.
                    let nested = ["actor", "person"].iter().find_map(|k| {
                        o.get(*k)
                            .and_then(Value::as_object)
                            .and_then(|a| field(a, &["name"]))
                    });
                    if let Some(actor) = field(o, &["name", "actor", "person"]).or(nested) {
                        out.push(Listed {
                            actor,
                            character: field(
                                o,
                                &[
                                    "character",
                                    "characterName",
                                    "roleName",
                                    "role",
                                    "as",
                                    "part",
                                ],
                            )
                            .map(|c| strip_determiner(&c)),
                            pattern: CastPattern::Metadata,
                            line: format!("{key}: {}", Value::Object(o.clone())),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    // `Lupita Nyong&#039;o` in a page's data: entities decoded (front matter may hold them too).
    for l in &mut out {
        if l.actor.contains('&') {
            l.actor = crate::extract::decode_entities(&l.actor);
        }
        if let Some(c) = l.character.as_mut().filter(|c| c.contains('&')) {
            *c = crate::extract::decode_entities(c);
        }
    }
    if let Some(Value::Array(names)) = meta.get("billed_cast") {
        let line = names
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        for n in names.iter().filter_map(Value::as_str) {
            if let Some((actor, character)) = split_credit(n) {
                out.push(Listed {
                    actor,
                    character,
                    pattern: CastPattern::CreditList,
                    line: line.clone(),
                });
            }
        }
    }
    if let Some(Value::Array(caps)) = meta.get("captions") {
        for c in caps {
            let Some(caption) = c.get("caption").and_then(Value::as_str) else {
                continue;
            };
            for (actor, character) in caption_cast(caption, film_title) {
                out.push(Listed {
                    actor,
                    character,
                    pattern: CastPattern::Caption,
                    line: caption.to_owned(),
                });
            }
        }
    }
    out
}

/// The `actor` list of a page's JSON-LD (kept as `json_ld` by the HTML reader): a `Review`'s
/// `itemReviewed`, a `Movie` itself, an item of a list or of `@graph`.
fn json_ld_actor(v: &serde_json::Value) -> Option<&serde_json::Value> {
    use serde_json::Value;
    match v {
        Value::Array(a) => a.iter().find_map(json_ld_actor),
        Value::Object(o) => o
            .get("itemReviewed")
            .and_then(|m| m.get("actor"))
            .or_else(|| o.get("actor").filter(|_| o.contains_key("name")))
            .or_else(|| o.get("@graph").and_then(json_ld_actor)),
        _ => None,
    }
}

/// `Ana Ruiz as Mara`, `Ana Ruiz (Mara)`, `Ana Ruiz – Mara`, `Ana Ruiz`: actor and character.
fn split_credit(s: &str) -> Option<(String, Option<String>)> {
    let s = s.trim().trim_end_matches(['.', ';']);
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let tidy = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
    let pair = s
        .split_once(" as ")
        .or_else(|| s.split_once(" - "))
        .or_else(|| s.split_once(" – "))
        .or_else(|| s.split_once(" — "))
        .or_else(|| s.split_once(": "))
        .or_else(|| s.strip_suffix(')').and_then(|x| x.split_once(" (")));
    let (actor, character) = match pair {
        Some((a, c)) => (tidy(a), Some(tidy(c)).filter(|c| !c.is_empty())),
        None => (tidy(s), None),
    };
    if actor.is_empty() || !actor.chars().any(char::is_alphabetic) {
        return None;
    }
    Some((actor, character.map(|c| strip_determiner(&c))))
}

/// `the landlord` → `landlord`, `The Boy` → `Boy`: a character without its leading determiner.
fn strip_determiner(c: &str) -> String {
    let l = c.to_lowercase();
    lx::DETERMINERS
        .iter()
        .find_map(|d| {
            l.strip_prefix(&format!("{d} "))
                .map(|_| c[d.len() + 1..].to_owned())
        })
        .unwrap_or_else(|| c.to_owned())
}

/// The people a photo caption names as cast (`Ana Ruiz and Tom Okafor in The Film`,
/// `Ana Ruiz as Mara in The Film`), crew named in it (`director Vance Harrow on set`) left out.
fn caption_cast(caption: &str, film_title: Option<&str>) -> Vec<(String, Option<String>)> {
    let ctx = Context {
        film_title,
        ..Context::default()
    };
    let mut f = Finder::new(Tokens::new(caption), Layout::default(), &ctx);
    f.find_crew();
    f.settle_crew();
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for p in f.people() {
        if f.is_other(p.key)
            || f.t.toks[p.run.b].poss
            || out.iter().any(|o| name_key(&o.0) == p.key)
        {
            continue;
        }
        let character =
            f.t.is_word(p.run.b + 1, "as")
                .then(|| f.char_forward(p.run.b + 2))
                .flatten()
                .map(|c| c.text);
        out.push((p.name.clone(), character));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context<'static> {
        Context::default()
    }

    /// Distinct (actor, character) pairs found in `body`.
    fn pairs_in(body: &str, ctx: &Context) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        for m in find_people(body, ctx).cast {
            let p = (m.actor, m.character);
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    fn pairs(body: &str) -> Vec<(String, Option<String>)> {
        pairs_in(body, &ctx())
    }

    fn p(actor: &str, character: &str) -> (String, Option<String>) {
        (actor.to_owned(), Some(character.to_owned()))
    }

    /// The sentences the prefilter hands to the finder, as text.
    fn selected<'b>(body: &'b str, title: Option<&str>) -> Vec<&'b str> {
        interesting_sentences(body, title, &Layout::of(body.as_bytes()))
            .into_iter()
            .map(|r| body[r].trim())
            .collect()
    }

    #[test]
    fn the_prefilter_passes_over_sentences_whose_cue_words_cast_nobody() {
        // `play` of a scene unfolding, `playful`, `display`; `It is the`; an aside among
        // lowercase words; a possessive inside the film's title.
        let idle = "It is the kind of film that trusts its audience. \
            Letting a wedding play out in long takes, it breathes. \
            Nobody in it is quite as playful as they think. \
            The window display glows. \
            The coda is slow (more on that later), but the end lands. \
            Every so often The Kite's Parade sags.";
        assert_eq!(
            selected(idle, Some("The Kite's Parade")),
            Vec::<&str>::new()
        );
        // The same words where they can cast someone, and a verb of crew that may close the
        // sentence in on itself (`Name, who also edited the film, lets scenes play out`).
        let cast = "Pruitt is the cop on their tail. \
            Ana Ruiz plays out of type as the aunt. \
            Tom Okafor played the landlord. \
            The screenplay is by the playwright Bea Hartigan. \
            Haruka Ikeda, who also edited the film, lets scenes play out. \
            His father (the landlord) is Vel Anand. \
            The landlord (a sly Tom Okafor) lurks.";
        assert_eq!(selected(cast, None).len(), 1);
        assert_eq!(
            interesting_sentences(cast, None, &Layout::default()),
            vec![0..cast.len()]
        );
        for one in [
            "Pruitt is the cop on their tail.",
            "Ana Ruiz plays out of type as the aunt.",
            "Ana Ruiz plays out-of-work Dev.",
            "The screenplay is by the playwright Bea Hartigan.",
            "Ruiz's father (the landlord) is sly.",
            "Every so often Marta's Ghost sags, but Kwame Osei's Marta does not.",
        ] {
            assert_eq!(selected(one, Some("Marta's Ghost")), vec![one], "{one}");
        }
        // Only the title's own possessive is passed over.
        let title = "Every so often The Kite's Parade sags.";
        assert_eq!(selected(title, None), vec![title]);
    }

    #[test]
    fn a_name_key_is_first_and_last_word_lowercase_without_initials() {
        assert_eq!(name_key("Lee J. Park"), name_key("Lee Park"));
        assert_eq!(name_key("LEE park"), name_key("Lee Park"));
        assert_eq!(name_key("Ana María Ruiz"), name_key("Ana Ruiz"));
        assert_eq!(name_key("ÉLODIE Castellane"), name_key("élodie castellane"));
        assert_ne!(name_key("Lee Park"), name_key("Lee Parks"));
        assert_ne!(name_key("Lee Park"), name_key("Park Lee"));
        // The words' boundary counts: `abe cole` is not `ab ecole`.
        assert_ne!(name_key("Abe Cole"), name_key("Ab Ecole"));
        assert!(name_key("J. K.").is_empty() && !name_key("Park").is_empty());
    }

    #[test]
    fn a_fond_word_an_appositive_with_who_and_a_place_after_the_role() {
        assert_eq!(
            pairs("Their granddaughter, Precious, is little Hope Varnedoe, who steals it."),
            [p("Hope Varnedoe", "Precious")]
        );
        assert_eq!(
            pairs("Luana dos Anjos is Bia, a fashion-school dropout who buys the stock."),
            [p("Luana dos Anjos", "Bia")]
        );
        assert_eq!(
            pairs("Ragnar Sjoblom is superb as the hermit across the lake."),
            [p("Ragnar Sjoblom", "hermit")]
        );
        // A possessor between `is the` and the role, the name set off after it.
        assert_eq!(
            pairs("Benedito Saraiva is the town's priest, Padre Anselmo, a man at peace."),
            [p("Benedito Saraiva", "Padre Anselmo")]
        );
    }

    #[test]
    fn honorifics_before_actors_and_crew_and_foreign_titles_before_parts() {
        // An older review's `Mr.`, `Miss`, `Mme.`: not part of the actor's or the crew's
        // name, and a surname after one is the person named in full before.
        let body = "It has a performance from Miss Despina Karamanlaki. Miss Karamanlaki plays \
                    the widow, Marina, and never acts. As the priest, Papa-Nikolas, Mr. Leonidas \
                    Farmakis is too kind. Mr. Kimon Xanthopoulos's photography is fine.";
        assert_eq!(
            pairs(body),
            [
                p("Despina Karamanlaki", "Marina"),
                p("Leonidas Farmakis", "Papa-Nikolas")
            ]
        );
        assert_crew(
            &crew_in(body, &ctx()),
            &[("Kimon Xanthopoulos", "cinematographer")],
        );
        // A character keeps its honorific.
        assert_eq!(
            pairs("Mrs Abernethy (Zadie Kettering) runs the shop."),
            [p("Zadie Kettering", "Mrs Abernethy")]
        );
        // `Commissario`, `Pfarrer`: titles, so the part set off after the role is no actor.
        assert_eq!(
            pairs("The investigating detective, Commissario Brandi, is Fosco Albanese, sweating."),
            [p("Fosco Albanese", "Commissario Brandi")]
        );
    }

    #[test]
    fn a_remakes_original_a_sentence_opening_adverb_and_a_pronoun_two_back() {
        assert_eq!(
            pairs(
                "In 1978 Celestine was played by Yvette Champagne, all nerves. Here Celestine \
                 is Jolie Arceneaux, and she is a different animal."
            ),
            [p("Jolie Arceneaux", "Celestine")]
        );
        // The sentence between speaks of the actor by `him`.
        assert_eq!(
            pairs(
                "The lead is Oneil Whyte-Gordon. I only knew him from music videos before \
                 this. He plays Dutty, who drives a route taxi."
            ),
            [p("Oneil Whyte-Gordon", "Dutty")]
        );
    }

    #[test]
    fn a_nickname_before_is_and_a_pronoun_writing_with_a_named_co_writer() {
        assert_eq!(
            pairs("Jas's best mate and MC, Big Dee, is Daniel Okoro-Whitfield, who is funny."),
            [p("Daniel Okoro-Whitfield", "Big Dee")]
        );
        let crew = crew_in(
            "Directed by Ted Gorski, it is loud. He and Phil Gorski wrote a really funny script.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Ted Gorski", "director"),
                ("Ted Gorski", "writer"),
                ("Phil Gorski", "writer"),
            ],
        );
    }

    #[test]
    fn a_directors_possessive_before_a_capitalized_adjective_and_a_film_noun() {
        assert_crew(
            &crew_in(
                "Katharina Obexer's Alpine chamber drama split the critics.",
                &ctx(),
            ),
            &[("Katharina Obexer", "director")],
        );
        // An actor's character after the possessive is no film.
        assert_eq!(
            crew_in("Ana Ruiz's Mara steals the film.", &ctx()),
            Vec::<(String, &str)>::new()
        );
    }

    #[test]
    fn a_one_word_name_the_metadata_lists_is_that_actor() {
        let listed = [listed_actor("Bharani"), listed_actor("Sravani Kondapalli")];
        let ctx = Context {
            listed: &listed,
            ..Context::default()
        };
        let found = pairs_in(
            "The family parrot, Kili, is voiced by the comedian Bharani, and the parrot has the \
             best lines.",
            &ctx,
        );
        assert!(found.contains(&p("Bharani", "Kili")), "{found:?}");
    }

    #[test]
    fn who_is_seen_then_words_then_as() {
        assert_eq!(
            pairs("Manolis Tsakiris, who is seen only in the early scenes as Michalis, is good."),
            [p("Manolis Tsakiris", "Michalis")]
        );
        // `seen as` is `regarded as`.
        assert!(
            pairs("Ana Ruiz, who is seen as the natural heir to the studio, directs.").is_empty()
        );
    }

    #[test]
    fn the_part_of_a_role_named_by_a_described_appositive_falls_to_an_actor() {
        assert_eq!(
            pairs(
                "The part of her mother-in-law, the formidable Kyra Froso, falls to Mme. Ourania \
                 Chrysafi, an actress of the old school."
            ),
            [p("Ourania Chrysafi", "Kyra Froso")]
        );
    }

    #[test]
    fn crew_written_and_directed_with_an_ampersand_and_a_dp_in_capitals() {
        let crew = crew_in(
            "It is written & directed by Mirja Tolonen-Kask. The DP (Marlon Espeut) loves a \
             drone shot.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Mirja Tolonen-Kask", "director"),
                ("Mirja Tolonen-Kask", "writer"),
                ("Marlon Espeut", "cinematographer"),
            ],
        );
    }

    /// An actor listed in front matter `cast:`, without a character.
    fn listed_actor(name: &str) -> Listed {
        Listed {
            actor: name.to_owned(),
            character: None,
            pattern: CastPattern::Metadata,
            line: format!("cast: {name}"),
        }
    }

    /// (person, role) of every crew mention found in `body`.
    fn crew_in(body: &str, ctx: &Context) -> Vec<(String, &'static str)> {
        find_people(body, ctx)
            .crew
            .into_iter()
            .map(|c| (c.person, c.role.as_str()))
            .collect()
    }

    /// Asserts that `crew` holds every (person, role) of `wants`.
    fn assert_crew(crew: &[(String, &str)], wants: &[(&str, &str)]) {
        for want in wants {
            assert!(
                crew.contains(&(want.0.to_owned(), want.1)),
                "{want:?} in {crew:?}"
            );
        }
    }

    #[test]
    fn people_in_the_part_of_themselves() {
        let found = pairs(
            "The owner, Raymond Leung, plays himself, and he never stops performing. His \
             mother, May Leung, ninety-one and still doing the accounts, appears as herself. \
             The celebrity chef Danny Ocampo turns up as himself for a last meal. In May Ana \
             Ruiz filmed the harbour scenes herself.",
        );
        assert_eq!(
            found,
            vec![
                p("Raymond Leung", "himself"),
                p("May Leung", "herself"),
                p("Danny Ocampo", "himself"),
            ]
        );
    }

    #[test]
    fn a_part_in_another_work_and_a_kinship_word_written_as_a_name() {
        let found = pairs(
            "Stars Danielle Asante-Burke and Cody Marchetti. Asante-Burke spent five seasons as \
             the flinty prosecutor in the cable drama Bench Warrant. Here she plays Holly \
             Brennan, a divorce lawyer. Veteran Loretta Sims steals the show as Holly's Gran.",
        );
        assert!(
            found.contains(&p("Danielle Asante-Burke", "Holly Brennan")),
            "{found:?}"
        );
        assert!(found.contains(&p("Loretta Sims", "Gran")), "{found:?}");
        assert!(
            found
                .iter()
                .all(|f| f.0 != "Bench Warrant" && f.1.as_deref() != Some("prosecutor")),
            "{found:?}"
        );
    }

    #[test]
    fn relations_of_named_characters_and_describing_words_that_look_like_nouns() {
        let found = pairs(
            "Lachlan McQuarrie is Ailsa's grandfather, Old Tam, a grizzled bull seal. Kev \
             Tolhurst plays the next-door neighbour, whose complaint drives the third act. \
             Bernadette Fontaine is wonderful as the team's owner, Madame Lavoie, a retired \
             nurse. Mrs. Ferraby, played by Margit Anand, is the ninth-floor neighbour.",
        );
        assert_eq!(
            found,
            vec![
                p("Lachlan McQuarrie", "Old Tam"),
                p("Kev Tolhurst", "neighbour"),
                p("Bernadette Fontaine", "Madame Lavoie"),
                p("Margit Anand", "Mrs. Ferraby"),
            ]
        );
    }

    #[test]
    fn gives_a_part_named_by_its_appositive() {
        let found = pairs(
            "Douglas Baird-Ferguson gives the villain, a herring gull called Captain Skua, a \
             voice like a rusty gate. Rupert Sandyford gives Ambrose Fitch, the London reporter \
             who is sent to mock the attempt, a seedy charm. Ana Ruiz gives Tom Okafor, her \
             old friend from drama school, a hard time.",
        );
        assert_eq!(
            found,
            vec![
                p("Douglas Baird-Ferguson", "Captain Skua"),
                p("Rupert Sandyford", "Ambrose Fitch"),
            ]
        );
    }

    #[test]
    fn crew_of_a_silent_film_a_credits_block_and_a_described_script() {
        let crew = crew_in(
            "The scenario, by Florence Tadman-Hurst, is adapted from a novel; Ashworth and his \
             cameraman, Arthur Pengelly, turn it into a film about light. He and Renata Lim \
             wrote a really funny script.\nProduction: A Mangrove Pictures production. \
             (International sales: Tidewater Sales.) Producers: Teodora Lacson, Mick Faraday.\n",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Florence Tadman-Hurst", "writer"),
                ("Arthur Pengelly", "cinematographer"),
                ("Renata Lim", "writer"),
                ("Teodora Lacson", "producer"),
                ("Mick Faraday", "producer"),
            ],
        );
    }

    #[test]
    fn crew_after_asides_relations_and_a_pronoun_for_the_director() {
        let body = "It was produced on a shoestring by Bardur Tomsen. The music, mostly a harp \
                    and a great deal of rain, is by Min Thuya. It was directed by Nokuthula \
                    Mahlangu, who wrote it with her father, the sculptor Jabulani Mahlangu. Her \
                    script, written with the poet Hrant Asatryan, knows when to stop. The \
                    screenplay is by Tomsen and the novelist Arnau Pijoan. The director, \
                    Ondrej Dvorak (no relation to his star, he told a packed premiere audience \
                    to a big laugh), wrote the script with Petra Lhotska.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Bardur Tomsen", "producer"),
                ("Min Thuya", "composer"),
                ("Jabulani Mahlangu", "writer"),
                ("Hrant Asatryan", "writer"),
                ("Arnau Pijoan", "writer"),
                ("Nokuthula Mahlangu", "writer"),
                ("Ondrej Dvorak", "writer"),
                ("Petra Lhotska", "writer"),
            ],
        );
        // `the poet` and `the sculptor` name the person; an aside that is no work, or a name
        // after `and` with no word for a person, is never crew.
        let crew = crew_in(
            "The ending, mostly a long shot of the sea, is by far the best part. It was \
             directed by Ana Ruiz and the film stars Tom Okafor. It was shot by Lee Park, with \
             her sister, the actress Mina Park, in the lead.",
            &ctx(),
        );
        assert!(
            crew.iter()
                .all(|c| c.0 != "Tom Okafor" && c.0 != "Mina Park"),
            "{crew:?}"
        );
        // A pronoun after a sentence naming the credited director writes too; after one
        // naming anyone else as well, nobody does.
        let director = ["Haruka Ishikawa".to_owned()];
        let with_director = Context {
            directors: &director,
            ..ctx()
        };
        let crew = crew_in(
            "Ishikawa's direction is so patient that two members fell asleep. She wrote the \
             script with Daisuke Mori, and together they trust the audience.",
            &with_director,
        );
        assert_crew(
            &crew,
            &[("Haruka Ishikawa", "writer"), ("Daisuke Mori", "writer")],
        );
        let crew = crew_in(
            "Ishikawa's direction is unhurried, and the script, which she wrote with Euan \
             Lockhart, trusts children to sit through a quiet scene.",
            &with_director,
        );
        assert_crew(
            &crew,
            &[("Haruka Ishikawa", "writer"), ("Euan Lockhart", "writer")],
        );
        let crew = crew_in(
            "Ishikawa's direction gives Mara Quist room to breathe. She wrote the script with \
             Daisuke Mori, and together they trust the audience.",
            &with_director,
        );
        assert!(
            !crew.contains(&("Haruka Ishikawa".to_owned(), "writer")),
            "{crew:?}"
        );
    }

    #[test]
    fn directors_of_a_remake_a_biopic_or_a_western_from_them() {
        let body = "Rodrigo Undurraga Pfeifer's remake of a 1971 cult film finds new ghosts. \
                    Sing It Slow, Leona Barrett's long-awaited biopic of a soul singer, opens \
                    Friday. Copper Sky, the sprawling Brazilian western from Marília \
                    Quintanilha, is long. It is a drama from Chile, and a comedy from Ana \
                    Ruiz's own childhood. Valentina Oyarzún makes her feature debut with it; \
                    Tom Okafor makes his screen debut in it.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Rodrigo Undurraga Pfeifer", "director"),
                ("Leona Barrett", "director"),
                ("Marília Quintanilha", "director"),
                ("Valentina Oyarzún", "director"),
            ],
        );
        assert_eq!(crew.len(), 4, "{crew:?}");
    }

    #[test]
    fn a_surname_opening_on_a_capitalized_particle() {
        assert_eq!(
            pairs(
                "Jelle ter Haar and Lieselot Van Acker ride again. Van Acker, as his wife, \
                 Griet, is just as good."
            ),
            [p("Lieselot Van Acker", "Griet")]
        );
        // A short aside inside a parenthesised list; outside a parenthesis the list ends.
        assert_eq!(
            pairs(
                "His two sons, Jun-Jun and Bong (Paolo dela Cruz, no relation, and Carlo \
                 Villanueva), crew the boat. Mara is played by Ana Ruiz, no less, and Tom \
                 Okafor plays Dev."
            ),
            [
                p("Paolo dela Cruz", "Jun-Jun"),
                p("Carlo Villanueva", "Bong"),
                p("Ana Ruiz", "Mara"),
                p("Tom Okafor", "Dev")
            ]
        );
        // A part set off before `a tiny cameo by Name`; a thing set off names no part.
        assert_eq!(
            pairs(
                "Look out for the stern invigilator, a tiny cameo by Sevim Aydın. Watch the \
                 bus, a cameo by Baran Doğan."
            ),
            [
                p("Sevim Aydın", "invigilator"),
                ("Baran Doğan".to_owned(), None)
            ]
        );
        // A place after `outside` is no part a pronoun stands for.
        assert_eq!(
            pairs(
                "Berfin, a seventeen-year-old in a village outside Malatya, has one shot at the \
                 exam. She is played by Rojda Ekinci, who was herself a schoolgirl not long ago."
            ),
            [p("Rojda Ekinci", "Berfin")]
        );
        // A nationality closing an appositive is no subject; `a man` is an appositive's noun.
        assert_eq!(
            pairs("And Märt Saarepuu, who's Estonian, is Tõnu, a man who sings on the ferries."),
            [p("Märt Saarepuu", "Tõnu")]
        );
    }

    #[test]
    fn a_cameo_for_a_while_and_parts_for_a_night_shift() {
        assert_eq!(
            pairs(
                "Look out for Esa Pulkkinen, who turns up for about twenty seconds as a \
                 policeman. The night shift, the telescope operator, the cook and the nervous \
                 postdoc (Rodrigo Cárcamo Lagos, Marisol Yáñez and Benjamín Schultz Araya), play \
                 cards. Ana Ruiz is known for her work as a dancer."
            ),
            [
                p("Esa Pulkkinen", "policeman"),
                p("Rodrigo Cárcamo Lagos", "operator"),
                p("Marisol Yáñez", "cook"),
                p("Benjamín Schultz Araya", "postdoc")
            ]
        );
    }

    #[test]
    fn jobs_other_reviews_and_other_films_co_stars_are_no_cast() {
        let c = Context {
            film_title: Some("Dhol Nights"),
            ..ctx()
        };
        let found = pairs_in(
            "Director Balwinder Kaur Matharu worked as a wedding videographer for ten years. \
             Jasleen Gill plays Preet, the bride.\nReview: Sprint Finish, with Mathis Roux as a \
             doping detective\nReview: Dhol Nights, with Harjit Sohal as the groom\nThen there's \
             Rania Haddad-Khoury, who was so good in the comedy Second Floor (2018) alongside \
             Georges Azar. Here she plays Salma, a documentary-maker.",
            &c,
        );
        assert_eq!(
            found,
            [
                p("Jasleen Gill", "Preet"),
                p("Harjit Sohal", "groom"),
                p("Rania Haddad-Khoury", "Salma")
            ]
        );
    }

    #[test]
    fn co_writers_after_a_script_a_pronoun_or_another_verb() {
        let body = "Kourosh Abedini, directing his third feature from a screenplay he wrote \
                    with Shirin Navab, takes his time. Corinne Haskett directed it and co-wrote \
                    it with her brother Neil Haskett. Director Wairimu Kang'ethe (she also \
                    wrote it, with Otieno Ouma) shoots it in a bus. Ana Ruiz also wrote the \
                    screenplay, with Tom Okafor's approval. The makanga, Sammy, is Brian \
                    Otieno Ouma, the heart of the movie.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Kourosh Abedini", "writer"),
                ("Shirin Navab", "writer"),
                ("Corinne Haskett", "writer"),
                ("Neil Haskett", "writer"),
                ("Wairimu Kang'ethe", "writer"),
                ("Ana Ruiz", "writer"),
                // The crew name's fuller form in the cast.
                ("Brian Otieno Ouma", "writer"),
            ],
        );
        assert!(
            crew.iter()
                .all(|c| c.0 != "Tom Okafor" && c.0 != "Otieno Ouma"),
            "{crew:?}"
        );
    }

    #[test]
    fn copula_subject_before_an_aside_in_parentheses() {
        let found = pairs(
            "Wanida Chaiprasert (everyone knows her from the soaps) is Mae Lamai, the noodle \
             seller who hears the dead.",
        );
        assert_eq!(found, vec![p("Wanida Chaiprasert", "Mae Lamai")]);
    }

    #[test]
    fn played_by_after_a_copula_takes_the_name_not_the_opening_noun() {
        let found = pairs(
            "The drowned aunt in the ferry scene is Bibi Roshan, played by Farida Azimi-Kohn.",
        );
        assert_eq!(found, vec![p("Farida Azimi-Kohn", "Bibi Roshan")]);
    }

    #[test]
    fn crew_after_a_copula_and_a_set_off_co_writer() {
        let crew = crew_in(
            "The editor, Ondřej Vlk, co-wrote it with Marta Sýkorová. The DP is Viktor \
             Halas and the light is cold. Music is by Jana Křížková, and the anthem is sung by \
             Petr Bém.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Ondřej Vlk", "editor"),
                ("Ondřej Vlk", "writer"),
                ("Marta Sýkorová", "writer"),
                ("Viktor Halas", "cinematographer"),
                ("Jana Křížková", "composer"),
            ],
        );
        assert!(!crew.iter().any(|c| c.0 == "Petr Bém"), "{crew:?}");
    }

    #[test]
    fn the_role_of_the_title_then_its_name() {
        let found = pairs(
            "Bára Nováková-Krejčí is the shepherd of the title, Lída, who counts the flock \
             twice.",
        );
        assert_eq!(found, vec![p("Bára Nováková-Krejčí", "Lída")]);
    }

    #[test]
    fn a_full_name_part_set_off_by_its_story_role() {
        let found = pairs(
            "Jan y Felin, the quarrelsome miller, is Ieuan Pryce-Morgan, whom the choir will \
             know.",
        );
        assert_eq!(found, vec![p("Ieuan Pryce-Morgan", "Jan y Felin")]);
        // An appositive about the actor says nothing of which name is the part.
        assert!(pairs("Ana Ruiz, the star of the show, is Mara Vance.").is_empty());
    }

    #[test]
    fn co_writer_the_noun_names_a_writer() {
        let crew = crew_in(
            "She and her co-writer, Tomasz Wilk, kept the dialect unsubtitled.",
            &ctx(),
        );
        assert_crew(&crew, &[("Tomasz Wilk", "writer")]);
    }

    #[test]
    fn a_pronoun_opening_a_copula_with_a_role_and_its_name() {
        let found = pairs(
            "Then there is Ewa Stańczyk-Bator. She's the cousin, Ola, a nurse who works \
             nights. Later comes Lior Ben-Haim. He is the landlord, Mr Adler, who owns the block.",
        );
        assert_eq!(
            found,
            vec![
                p("Ewa Stańczyk-Bator", "Ola"),
                p("Lior Ben-Haim", "Mr Adler")
            ]
        );
        // A possessive's noun is no part.
        assert!(
            pairs("Then there is Lior Ben-Haim. He is the film's real protagonist.").is_empty()
        );
    }

    #[test]
    fn crew_tables_are_sorted_for_their_binary_search() {
        for table in [CREW_BY, CREW_NOUNS, CREW_WORKS] {
            assert!(
                table.windows(2).all(|w| w[0].0 < w[1].0),
                "{:?}",
                table.iter().map(|t| t.0).collect::<Vec<_>>()
            );
            for (w, role) in table {
                assert_eq!(lookup(table, w), Some(*role), "{w}");
            }
        }
        let crew = crew_in(
            "The screenwriter, Ilse Marant, keeps the boarding house.",
            &ctx(),
        );
        assert_crew(&crew, &[("Ilse Marant", "writer")]);
    }

    #[test]
    fn a_possessive_first_feature_names_its_director() {
        let crew = crew_in(
            "Aroha Tipene-Walsh's first feature is set at a river mouth over one summer.",
            &ctx(),
        );
        assert_crew(&crew, &[("Aroha Tipene-Walsh", "director")]);
    }

    #[test]
    fn a_title_in_quotes_is_no_pronouns_antecedent() {
        for body in [
            "Yoon Mi-kyung won an award for the cable drama \"Salt Wind.\" Here she plays the \
             landlady, a formidable woman.",
            "Yoon Mi-kyung won an award for the cable drama “Salt Wind”. Here she plays the \
             landlady, a formidable woman.",
        ] {
            assert_eq!(pairs(body), vec![p("Yoon Mi-kyung", "landlady")], "{body}");
        }
    }

    #[test]
    fn a_relation_of_a_named_character_after_plays_or_as() {
        assert_eq!(
            pairs("In a flashback, Ferenc Dobos also plays Bodnár's father, a young tram driver."),
            vec![p("Ferenc Dobos", "father")]
        );
        assert_eq!(
            pairs("The cast is fine: Lenka Hrubá as Ďuro's mother; and Petr Laco as the priest."),
            vec![p("Lenka Hrubá", "mother"), p("Petr Laco", "priest")]
        );
        // A pair of relations is read by the group rules, never as the first alone.
        assert!(
            !pairs("Tama Rewi and Hine Pou play Mereana's cousin and aunt.")
                .iter()
                .any(|x| x.1.as_deref() == Some("cousin"))
        );
    }

    #[test]
    fn playing_a_part_opens_the_sentence() {
        assert_eq!(
            pairs(
                "Playing the travelling nun, Sestra Alžbeta, is Hana Kvasnicová-Mráz, whose \
                 deadpan carries it."
            ),
            vec![p("Hana Kvasnicová-Mráz", "Sestra Alžbeta")]
        );
        assert_eq!(
            pairs("Playing the rival boat-builder from across the bay is Ota Kenji, all bluster."),
            vec![p("Ota Kenji", "boat-builder")]
        );
    }

    #[test]
    fn a_part_named_after_its_role_before_an_aside() {
        assert_eq!(
            pairs("Nomsa Dube plays their teacher, Mrs Khumalo (everyone calls her MaDlamini)."),
            vec![p("Nomsa Dube", "Mrs Khumalo")]
        );
    }

    #[test]
    fn a_who_clause_after_an_aside_reaches_the_name_before_it() {
        let crew = crew_in(
            "It was directed by Sefo Tuilagi-Ioane (no relation, sadly), who wrote it with \
             Mele Fonua.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Sefo Tuilagi-Ioane", "director"),
                ("Sefo Tuilagi-Ioane", "writer"),
                ("Mele Fonua", "writer"),
            ],
        );
    }

    #[test]
    fn a_role_with_a_relative_clause_before_the_actor_in_parentheses() {
        assert_eq!(
            pairs(
                "The ferryman who keeps losing his oars (Tomasz Reks, doing what he can) is the \
                 only comic turn."
            ),
            vec![p("Tomasz Reks", "ferryman")]
        );
    }

    #[test]
    fn a_voice_lent_to_a_part_named_after_the() {
        let found = pairs(
            "The voice is Celestyna Marek-Ibáñez, a stage actress. She lends her voice to the \
             Oracle like a radio star.",
        );
        assert_eq!(found, vec![p("Celestyna Marek-Ibáñez", "Oracle")]);
    }

    fn patterns(body: &str) -> Vec<(String, &'static str)> {
        find_people(body, &ctx())
            .cast
            .into_iter()
            .map(|m| (m.actor, m.pattern.as_str()))
            .collect()
    }

    #[test]
    fn parenthetical_character_then_actor() {
        assert_eq!(
            pairs(
                "We first meet Nadia (Wairimu Kamau) on a ferry. Opposite her, Inspector Wolde (Tadeusz Wróbel) looks tired."
            ),
            [
                p("Wairimu Kamau", "Nadia"),
                p("Tadeusz Wróbel", "Inspector Wolde")
            ]
        );
        assert_eq!(
            pairs(
                "Even his sister (Siobhán Ní Bhriain) cannot reach him, and the landlord (Rafael de la Torre) only wants rent."
            ),
            [
                p("Siobhán Ní Bhriain", "sister"),
                p("Rafael de la Torre", "landlord")
            ]
        );
    }

    #[test]
    fn actor_inside_a_longer_parenthetical() {
        assert_eq!(
            pairs(
                "Greta (an absolutely ferocious Hyun-woo Baek) runs the bar. Ivo (Jean-Baptiste Morel in a fine follow-up to his debut) drinks there."
            ),
            [p("Hyun-woo Baek", "Greta"), p("Jean-Baptiste Morel", "Ivo")]
        );
        assert_eq!(
            pairs("Her mother (newcomer Aoife McGillicuddy, superb) never blinks."),
            [p("Aoife McGillicuddy", "mother")]
        );
        // A part named after `as` later in the parenthesis wins over the noun before it;
        // never a comparison or a billing.
        assert_eq!(
            pairs(
                "A cousin (Sina Rahmani, very good in a tiny role as Dariush) speaks. Her aunt \
                 (Lee Park, as good as Meryl Kent ever was) sings. His uncle (Sam Ode, known as \
                 Big Sam) laughs."
            ),
            [
                p("Sina Rahmani", "Dariush"),
                p("Lee Park", "aunt"),
                p("Sam Ode", "uncle")
            ]
        );
        // Adjectives with a comma between; `as` before a part in a flipped parenthesis.
        assert_eq!(
            pairs(
                "The café's owner, Hagg Mitwalli (a wheezing, delightful Nour el-Din Shaheen), \
                 is the comic relief. The ensemble includes Vikrant Awasthi (as Munna) and Rehana \
                 Bano (Shabnam)."
            ),
            [
                p("Nour el-Din Shaheen", "Hagg Mitwalli"),
                p("Vikrant Awasthi", "Munna"),
                p("Rehana Bano", "Shabnam")
            ]
        );
    }

    #[test]
    fn pairs_are_distributed_in_order() {
        assert_eq!(
            pairs("Her aunt and uncle (Lena Brandt and Kofi Mensah) run the farm."),
            [p("Lena Brandt", "aunt"), p("Kofi Mensah", "uncle")]
        );
        assert_eq!(
            pairs("Tova, Bram and Ezra (Mirela Dobre, Kasper Lund and Ines Vidal) share a flat."),
            [
                p("Mirela Dobre", "Tova"),
                p("Kasper Lund", "Bram"),
                p("Ines Vidal", "Ezra")
            ]
        );
        assert_eq!(
            pairs("His Gran (Lena Brandt) and Grandad (Kofi Mensah) bicker."),
            [p("Lena Brandt", "Gran"), p("Kofi Mensah", "Grandad")]
        );
    }

    #[test]
    fn flipped_parenthetical_actor_then_character() {
        assert_eq!(
            pairs("Lena Brandt (Tova) and Kofi Mensah (the night porter) are both fine."),
            [p("Lena Brandt", "Tova"), p("Kofi Mensah", "night porter")]
        );
    }

    #[test]
    fn plays_with_adverbs_appositives_and_pronouns() {
        assert_eq!(
            pairs(
                "Lena Brandt plays Tova with real bite. Kofi Mensah, in his first major role, plays her father."
            ),
            [p("Lena Brandt", "Tova"), p("Kofi Mensah", "father")]
        );
        assert_eq!(
            pairs(
                "Mirela Dobre has had a busy year. Here she quietly plays Mum, and steals the film."
            ),
            [p("Mirela Dobre", "Mum")]
        );
        assert_eq!(
            pairs("Kasper Lund and Ines Vidal play Bram and Ezra."),
            [p("Kasper Lund", "Bram"), p("Ines Vidal", "Ezra")]
        );
        // A pronoun skips the director named in between.
        assert_eq!(
            pairs("Ines Vidal trained with director Piotr Zielinski. She plays the lodger."),
            [p("Ines Vidal", "lodger")]
        );
    }

    #[test]
    fn roles_that_name_or_belong_to_a_character() {
        assert_eq!(
            pairs(
                "As detective Ingrid Sol, Hanne Lund is all clipped vowels. Elena Cruz stars as the sheriff's wife."
            ),
            [p("Hanne Lund", "Ingrid Sol"), p("Elena Cruz", "wife")]
        );
        // A possessor's role is the role on its own, or the name set off after it.
        assert_eq!(
            pairs(
                "Matteo Cassara plays the ferryman's boy who finds the body. Sravani Kondapalli \
                 plays the neighbour's daughter, Meena, who wants to study."
            ),
            [p("Matteo Cassara", "boy"), p("Sravani Kondapalli", "Meena")]
        );
    }

    #[test]
    fn a_full_names_possessive_before_a_role() {
        assert_eq!(
            pairs("Opposite her, Mark Ode's crooked sheriff is pure pantomime. Ode is fun."),
            [p("Mark Ode", "sheriff")]
        );
        // A crew member's possessive is their work, not a part.
        assert!(
            pairs("Directed by Vance Harrow. Vance Harrow's old teacher was an influence.")
                .is_empty()
        );
    }

    #[test]
    fn one_character_written_short_and_long_is_one() {
        assert_eq!(
            pairs("Oren Vask plays Captain Hale. Later, **Vask** is superb as Hale."),
            [p("Oren Vask", "Captain Hale")]
        );
    }

    #[test]
    fn cast_lists_in_prose() {
        assert_eq!(
            pairs("The cast also includes Mia Stone, Luc Ferrand and Ida Moss in smaller parts."),
            [
                ("Mia Stone".to_owned(), None),
                ("Luc Ferrand".to_owned(), None),
                ("Ida Moss".to_owned(), None)
            ]
        );
    }

    #[test]
    fn played_by_a_described_actor() {
        assert_eq!(
            pairs("Her son Tam is played by newcomer Bilal Haddad, who holds his own."),
            [p("Bilal Haddad", "Tam")]
        );
        // The part gets a performance from the actor.
        assert_eq!(
            pairs(
                "And Cyril Anakwe, the trumpeter who quit the band twice, gets a twitchy, lovable \
                 performance from Kelechi Nwosu-Daramola. The landlord gets a fine performance from \
                 Ada Obi. The film got a grant from Lagos Studios."
            ),
            [
                p("Kelechi Nwosu-Daramola", "Cyril Anakwe"),
                p("Ada Obi", "landlord")
            ]
        );
        // The part opens the sentence, a reflexive and a clause after it.
        assert_eq!(
            pairs(
                "Mbah Karto himself appears only in flashbacks, played by the veteran Zulkifli \
                 bin Osman with a teasing warmth."
            ),
            [p("Zulkifli bin Osman", "Mbah Karto")]
        );
        // A second part with its verb left out, maybe with a clause about it.
        assert_eq!(
            pairs(
                "Her son Ferko, who wants to sell the horses, is played by Dežo Gábor, and her \
                 teenage granddaughter Rusalka, who wants to ride, by Jolana Oláhová."
            ),
            [p("Dežo Gábor", "Ferko"), p("Jolana Oláhová", "Rusalka")]
        );
        assert_eq!(
            pairs(
                "In the dub, Tsuru is voiced by Ella Brannock-Shaw and Kon by Desmond \
                 Achterberg; both are fine."
            ),
            [
                p("Ella Brannock-Shaw", "Tsuru"),
                p("Desmond Achterberg", "Kon")
            ]
        );
    }

    #[test]
    fn a_comma_before_the_actor_starts_no_list() {
        assert_eq!(
            pairs(
                "In Vance Harrow's Harbour Ember, Roy Delacourt plays Chief Brody, a man who hates the sea."
            ),
            [p("Roy Delacourt", "Chief Brody")]
        );
        assert_eq!(
            pairs("Lena Brandt, Kofi Mensah and Ines Vidal play Tova, Bram and Ezra."),
            [
                p("Lena Brandt", "Tova"),
                p("Kofi Mensah", "Bram"),
                p("Ines Vidal", "Ezra")
            ]
        );
    }

    #[test]
    fn as_a_possessors_relation_then_its_name() {
        assert_eq!(
            pairs(
                "Stealing every scene she is in is Ebba Rönnqvist, as Klara's sister Lotta, who \
                 runs a herring stall."
            ),
            [p("Ebba Rönnqvist", "Lotta")]
        );
    }

    #[test]
    fn as_after_an_appositive_on_the_subject() {
        assert_eq!(
            pairs(
                "Park Min-gyu, so good in Iron Gate Market (2019), is rather wasted here as Hana's \
                 husband, Jun-ho, a man who answers the phone. Kartodikromo, who grew up in a \
                 flat in Amsterdam Zuidoost, is excellent as an outsider."
            ),
            [p("Park Min-gyu", "Jun-ho")]
        );
        // `as` after the object of `plays` says how, not which part.
        assert_eq!(
            pairs(
                "Winnie Faraday, returning after a long break, plays the landlord as someone \
                 patient and generous."
            ),
            [p("Winnie Faraday", "landlord")]
        );
    }

    #[test]
    fn played_by_and_as() {
        assert_eq!(
            pairs(
                "Ezra, played by Kasper Lund, is the heart of it. The priest is played by Ines Vidal."
            ),
            [p("Kasper Lund", "Ezra"), p("Ines Vidal", "priest")]
        );
        assert_eq!(
            pairs("Mirela Dobre stars as Tova. Kofi Mensah is terrific as Detective Hale."),
            [
                p("Mirela Dobre", "Tova"),
                p("Kofi Mensah", "Detective Hale")
            ]
        );
        assert_eq!(
            pairs("Nadia (played by Lena Brandt) arrives late."),
            [p("Lena Brandt", "Nadia")]
        );
    }

    #[test]
    fn possessives_and_surnames_follow_a_full_mention() {
        let body = "Tova (Mirela Dobre) keeps the house. Later, Dobre's Tova breaks. Dobre is superb, and Dobre's best scene comes late.";
        assert_eq!(
            patterns(body),
            [
                ("Mirela Dobre".to_owned(), "parenthetical"),
                ("Mirela Dobre".to_owned(), "possessive"),
                ("Mirela Dobre".to_owned(), "surname"),
                ("Mirela Dobre".to_owned(), "surname"),
            ]
        );
        assert_eq!(pairs(body), [p("Mirela Dobre", "Tova")]);
        // A possessive first names the character of an actor found without one.
        let body =
            "The film's star (Kofi Mensah) is everywhere. Mensah's Ezra is gentler than he looks.";
        assert_eq!(pairs(body), [p("Kofi Mensah", "Ezra")]);
    }

    #[test]
    fn pronouns_are_seen_in_any_case() {
        for t in [
            "Here she plays",
            "He plays",
            "and they play",
            "They star",
            "THE END he ",
        ] {
            assert!(has_pronoun(t.as_bytes()), "{t}");
        }
        for t in ["The theme shines", "the shed", "Thelma plays", "hehe"] {
            assert!(!has_pronoun(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn offsets_point_at_the_actor_in_the_body() {
        let body = "Her boss (Ines Vidal) is cruel. Vidal never lets up.";
        let people = find_people(body, &ctx());
        for m in &people.cast {
            let span = m.span.clone().unwrap();
            assert!(m.actor.ends_with(&body[span]));
            assert!(body.contains(&m.sentence));
        }
        assert_eq!(people.cast.len(), 2);
        assert_eq!(people.cast[1].sentence, "Vidal never lets up.");
    }

    #[test]
    fn what_is_not_cast() {
        for body in [
            "It plays like a cousin of Harbour Ember (2016), though slower.",
            "Zielinski has been circling this for years (Salt Choir, Paper Tide).",
            "Most of it happens in one place (Zielinski's own flat, we are told).",
            "The sound (a rare misstep) drags. The ending (or lack of one) annoys.",
            "As Jo Bloggs wrote of an earlier thriller, the trick is knowing when to stop.",
            "Directed by Piotr Zielinski, it runs long. Halima Odu's cinematography is grey.",
            "Bruno Kask's score hums along. The script, by Zielinski and Ama Boateng, is tight.",
            "It is adapted from Tereza Holub's novel, and the song by Marit Vinje is lovely.",
            "Zielinski's previous feature (Paper Tide) had the same patience.",
            "Jo Bloggs (Sight Lines) called it a triumph; Nell Ashdown said otherwise.",
        ] {
            assert_eq!(pairs(body), [], "{body}");
        }
    }

    #[test]
    fn crew_get_their_roles() {
        let body = "Written and directed by Piotr Zielinski, from Tereza Holub's novel. Halima Odu's \
                    cinematography and composer Bruno Kask do the rest; edited by Ama Boateng, \
                    produced by Eli Varga. Zielinski's direction is patient.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Piotr Zielinski", "writer"),
                ("Piotr Zielinski", "director"),
                ("Tereza Holub", "novelist"),
                ("Halima Odu", "cinematographer"),
                ("Bruno Kask", "composer"),
                ("Ama Boateng", "editor"),
                ("Eli Varga", "producer"),
            ],
        );
        assert_eq!(
            crew.iter().filter(|c| c.1 == "director").count(),
            2,
            "full name and surname are one person: {crew:?}"
        );
        assert!(crew.iter().all(|c| c.0 != "Zielinski"));
    }

    #[test]
    fn parts_in_other_films_are_not_cast_here() {
        let ctx = Context {
            film_title: Some("Harbour Lights"),
            ..Context::default()
        };
        let body = "Marnow's debut Salt Choir (2019) starred Maren Oduya as Jo Lasker. Here she casts \
                    Tomasz Wielgosz as Ansel. Wielgosz was wonderful as Father Brand in Glass \
                    Harbour. His daughter (Adaeze Nwosu) comes home. Nwosu, who played Queen Maud \
                    in The Tallow Crown, is quieter here. Ruta Kalnina is superb as Liv in \
                    Harbour Lights.";
        let found = pairs_in(body, &ctx);
        assert_eq!(
            found,
            [
                p("Tomasz Wielgosz", "Ansel"),
                p("Adaeze Nwosu", "daughter"),
                p("Ruta Kalnina", "Liv")
            ]
        );
    }

    #[test]
    fn the_role_of_a_part_and_who_takes_it() {
        assert_eq!(
            pairs(
                "Dagny Holt takes the role of the harbourmaster. The role of the priest goes to \
                 Cathal Morrissey, and Ruth Ebi lands the part of Bev. The part of Olek is taken \
                 by Felix Arroyo-Baines."
            ),
            [
                p("Dagny Holt", "harbourmaster"),
                p("Cathal Morrissey", "priest"),
                p("Ruth Ebi", "Bev"),
                p("Felix Arroyo-Baines", "Olek")
            ]
        );
        // `Opposite A as B is C`: A gets no part.
        assert!(
            pairs("Opposite Tomasz Wielgosz as his estranged wife is Ruta Kalnina.")
                .iter()
                .all(|x| x.0 != "Tomasz Wielgosz")
        );
    }

    #[test]
    fn opposite_long_appositives_and_titled_characters() {
        // `opposite A as B` mid-sentence gives A the part; only `Opposite A as B is C` does not.
        assert_eq!(
            pairs(
                "Meron Tadesse stars as Selam, a dentist's daughter, opposite Henok Gebremedhin \
                 as Abel, her fiancé."
            ),
            [p("Meron Tadesse", "Selam"), p("Henok Gebremedhin", "Abel")]
        );
        assert_eq!(
            pairs("Callum, Kirsty's wee brother, is played by ten-year-old Rory Dunbar-Mair."),
            [p("Rory Dunbar-Mair", "Callum")]
        );
        assert_eq!(
            pairs(
                "Eilidh MacAskill, who grew up on Shore Road and was a Kilbrannan Academy pupil \
                 until four years ago, plays Kirsty."
            ),
            [p("Eilidh MacAskill", "Kirsty")]
        );
        // A kin word or a title first names a character, not an actor.
        assert_eq!(
            pairs("Alžběta Nováková-Reyes (Grandma Věra) boards at the fourth stop."),
            [p("Alžběta Nováková-Reyes", "Grandma Věra")]
        );
    }

    #[test]
    fn nouns_for_people_by_their_ending() {
        assert!(
            NOT_AGENTS.windows(2).all(|w| w[0] < w[1]),
            "NOT_AGENTS is sorted"
        );
        for w in [
            "conductor",
            "dispatcher",
            "pawnbroker",
            "headman",
            "postwoman",
            "librarian",
        ] {
            assert!(agent_noun(w), "{w}");
        }
        for w in [
            "other", "trailer", "floor", "darkness", "director", "pianist", "actress",
        ] {
            assert!(!agent_noun(w), "{w}");
        }
        assert_eq!(
            pairs(
                "Staněk, who plays the conductor, gets the best lines. The dispatcher (Radek \
                 Šimůnek) keeps them company. Vojtěch Staněk is superb."
            ),
            [
                p("Vojtěch Staněk", "conductor"),
                p("Radek Šimůnek", "dispatcher")
            ]
        );
        // A noun known by its ending alone needs its determiner.
        assert!(pairs("Mara waits while dispatcher (Radek Šimůnek) talks.").is_empty());
    }

    #[test]
    fn cast_as_gives_and_appositives_before_the_verb() {
        assert_eq!(
            pairs(
                "Cast as Maninho, the boy who wants to leave the island for São Luís, \
                 eleven-year-old Davi Lacerda-Monteiro is a find."
            ),
            [p("Davi Lacerda-Monteiro", "Maninho")]
        );
        // The sentence is read although a lowercase appositive follows the part at once.
        assert_eq!(
            pairs(
                "It opens in Kerala. As Ammini, the ticket-seller who claims to have seen every \
                 film, Chitra Raghavan is a delight."
            ),
            [p("Chitra Raghavan", "Ammini")]
        );
        assert_eq!(
            pairs(
                "Shanelle Pryce-Henry gives Tash, the lifeguard who would rather be elsewhere, \
                 a lovely weariness. Iara dos Santos gives Rosângela a fierce dignity."
            ),
            [
                p("Shanelle Pryce-Henry", "Tash"),
                p("Iara dos Santos", "Rosângela")
            ]
        );
        // Two actors: `gives` names no part.
        assert_eq!(
            pairs("Mara (Ana Ruiz) waits. Tom Okafor gives Ana Ruiz a hard time."),
            [p("Ana Ruiz", "Mara")]
        );
        assert_eq!(
            pairs(
                "The pawnbroker, who holds the deeds to the bakery and comes to collect on the \
                 morning of the storm, is played by Ramon Villareal-Chua."
            ),
            [p("Ramon Villareal-Chua", "pawnbroker")]
        );
        assert_eq!(
            pairs(
                "The role of the neighbour, Mrs Kuroda, a widow who feeds him, goes to the \
                 veteran Sachiko Mori-Hale. The role of Teta, the sisters' grandmother, goes to \
                 Samia Haddad."
            ),
            [
                p("Sachiko Mori-Hale", "Mrs Kuroda"),
                p("Samia Haddad", "Teta")
            ]
        );
    }

    #[test]
    fn review_findings_stay_fixed() {
        // Panics once: a text ending on `, whom Name`, opening on `, who plays`, or on `whose`.
        for body in [", whom Ana Ruiz", ", who plays Mara", "whose Mara"] {
            let _ = find_people(body, &ctx());
        }
        // `plays brilliantly as Mara` names the part; `plays the landlord as someone` does not.
        assert_eq!(
            pairs("Ana Ruiz plays brilliantly as Mara."),
            [p("Ana Ruiz", "Mara")]
        );
        // A Korean surname is no honorific.
        assert_eq!(
            pairs("Pak Chol-min plays the miner."),
            [p("Pak Chol-min", "miner")]
        );
        // `voices him`, `receives a … performance from`, `starred`, a comma after a group noun.
        assert_eq!(
            pairs(
                "Kunle, a fox, runs, and Tom Okafor voices him with relish. The landlord receives a \
                 lovable performance from Ana Ruiz. The film starred Ines Vidal and Lea Park. \
                 Ivo Dan and Eva Rac play a married couple, Nita and Dev."
            ),
            [
                p("Tom Okafor", "Kunle"),
                p("Ana Ruiz", "landlord"),
                ("Ines Vidal".to_owned(), None),
                ("Lea Park".to_owned(), None),
                p("Ivo Dan", "Nita"),
                p("Eva Rac", "Dev")
            ]
        );
        // A critic who wrote the film off is no writer; one who wrote it with a partner is.
        let crew = crew_in(
            "Roger Ebert wrote the film off as a trifle. Pauline Kael wrote the film was a con. \
             Eleni Vrettou, who wrote the film with Stavros Kontogiannis, acts too.",
            &ctx(),
        );
        assert_eq!(
            crew,
            [
                ("Eleni Vrettou".to_owned(), "writer"),
                ("Stavros Kontogiannis".to_owned(), "writer")
            ]
        );
    }

    #[test]
    fn kin_words_of_other_languages_are_parts() {
        assert_eq!(
            pairs(
                "Jomar's lola (Consolacion Dimaculangan) pays his tuition. Her nonna (Rita \
                 Bassi) cooks."
            ),
            [
                p("Consolacion Dimaculangan", "lola"),
                p("Rita Bassi", "nonna")
            ]
        );
    }

    #[test]
    fn voices_titles_kin_names_and_fuller_forms() {
        assert_eq!(
            pairs(
                "Oluwaseun Adebowale voices Skrike, a greedy gull. Maëlle Kerjean lends her voice \
                 to Madame Fog. Her grandfather, Grandpa Barnacle (voiced by Ifan ap Rhys), tells \
                 tall tales."
            ),
            [
                p("Oluwaseun Adebowale", "Skrike"),
                p("Maëlle Kerjean", "Madame Fog"),
                p("Ifan ap Rhys", "Grandpa Barnacle")
            ]
        );
        // `Nana` is a given name as well as a kin word.
        assert_eq!(
            pairs("A hospital porter, Kwesi (Nana Yeboah-Kyei), wheels the dead down."),
            [p("Nana Yeboah-Kyei", "Kwesi")]
        );
        // The film's own title before its original one is no actor; nor is a film's title
        // before `in which she played`.
        let ctx = Context {
            film_title: Some("The Lake Keeper"),
            ..Context::default()
        };
        assert!(pairs_in("This week: The Lake Keeper (Järvenvartija) opens.", &ctx).is_empty());
        assert!(
            pairs(
                "Zofia Kowalczyk has had a strange career (Cicha Woda, 2009, in which she played \
                 a deaf swimming coach)."
            )
            .is_empty()
        );
        // A surname with particles takes the listed full name.
        let listed = [listed_actor("Ruben van der Veen")];
        let ctx = Context {
            listed: &listed,
            ..Context::default()
        };
        assert_eq!(
            pairs_in(
                "Van der Veen has played policemen for years. Here he plays Joost.",
                &ctx
            ),
            [p("Ruben van der Veen", "Joost")]
        );
    }

    #[test]
    fn pronouns_skip_titles_and_characters() {
        // A title with its year and a character after a role noun are never the one a
        // pronoun stands for.
        assert_eq!(
            pairs(
                "Zofia Kowalczyk had one arthouse triumph (Cicha Woda, 2009). Here she plays Irena."
            ),
            [p("Zofia Kowalczyk", "Irena")]
        );
        assert_eq!(
            pairs(
                "Kaisa Lehtonen spent her thirties as the detective Sirpa Vaara on television. \
                 Here she plays Aino."
            ),
            [p("Kaisa Lehtonen", "Aino")]
        );
        assert!(pairs("This week: The Lake Keeper (Järvenvartija) opens here.").is_empty());
        assert_eq!(
            pairs("Gethin Rowlands's Mr Pugh, the council officer, is a beautifully judged turn."),
            [p("Gethin Rowlands", "Mr Pugh")]
        );
    }

    #[test]
    fn possessives_with_any_verb_and_long_appositives() {
        let listed = [listed_actor("Guðrún Hallsdóttir")];
        let ctx = Context {
            listed: &listed,
            ..Context::default()
        };
        assert_eq!(
            pairs_in("Hallsdóttir's Sigrún runs a greenhouse outside town.", &ctx),
            [p("Guðrún Hallsdóttir", "Sigrún")]
        );
        assert_eq!(
            pairs(
                "And Dwayne, Pam's nephew, who is supposed to be minding the till and never \
                 does, is played by Jermaine Adjetey."
            ),
            [p("Jermaine Adjetey", "Dwayne")]
        );
        assert_eq!(
            pairs(
                "Dorcas Whitfield-Amaechi has had a long career. Whitfield-Amaechi's Bunty, a \
                 lock-keeper with firm views on marriage, deserves a film of her own."
            ),
            [p("Dorcas Whitfield-Amaechi", "Bunty")]
        );
    }

    #[test]
    fn brings_to_life_dash_asides_participles_and_sequels() {
        assert_eq!(
            pairs(
                "Dimitris Papadakis-Lowe brings Captain Squall to life. Noh Mi-rae brings \
                 Grandma Bok-soon, the baker who opens at night, to life."
            ),
            [
                p("Dimitris Papadakis-Lowe", "Captain Squall"),
                p("Noh Mi-rae", "Grandma Bok-soon")
            ]
        );
        assert_eq!(
            pairs(
                "The villain is a customs official, Alhaji Danladi — Babatunde Ogunleye, \
                 gloriously hammy — who has a golden tooth. He is taken in by his grandfather — \
                 Mahmoud Rezaei-Tabrizi, in a career best — a pigeon-fancier."
            ),
            [
                p("Babatunde Ogunleye", "Alhaji Danladi"),
                p("Mahmoud Rezaei-Tabrizi", "grandfather")
            ]
        );
        assert_eq!(
            pairs("Newcomer Arash Karimi-Nouri, playing Behrouz, is a find."),
            [p("Arash Karimi-Nouri", "Behrouz")]
        );
        assert_eq!(
            pairs("Elín María Jónsdóttir reprises her role as Sigga."),
            [p("Elín María Jónsdóttir", "Sigga")]
        );
        assert_eq!(
            pairs(
                "As the landlady, Mevrouw Koster, the ever-dependable Dewi Ramdin sweeps through \
                 the building."
            ),
            [p("Dewi Ramdin", "Mevrouw Koster")]
        );
        // A name after `in` is a film's or a place's, never a pronoun's antecedent.
        assert_eq!(
            pairs(
                "Senthil Arumugam-Pillai was Inspector Durai in Vettai Naal for years. Here he \
                 plays Raghu."
            ),
            [p("Senthil Arumugam-Pillai", "Raghu")]
        );
    }

    #[test]
    fn copulas_with_an_appositive_and_whose() {
        assert_eq!(
            pairs(
                "Esi Quaye is Comfort, a seamstress with three children. The film belongs to Yaw \
                 Amponsah-Kwarteng, whose Mr Badu, a retired headmaster, is a study in dignity. \
                 The only trained actor, Lucía de la Cruz, is Marisol, a union lawyer."
            ),
            [
                p("Esi Quaye", "Comfort"),
                p("Yaw Amponsah-Kwarteng", "Mr Badu"),
                p("Lucía de la Cruz", "Marisol")
            ]
        );
        assert_eq!(
            pairs("Hafiz bin Rahman is Amir, a Kuala Lumpur corporate lawyer."),
            [p("Hafiz bin Rahman", "Amir")]
        );
        // No appositive for a person after the name: no part (`is Lisbon, a city`).
        assert!(pairs("Ana Ruiz is Lisbon, a city she loves.").is_empty());
        assert!(pairs("The star is Ana Ruiz, a veteran of the stage.").is_empty());
    }

    #[test]
    fn inverted_copulas_name_the_character_first() {
        assert_eq!(
            pairs(
                "Sandro, the boy, is Luka Abesadze, eleven years old. Mrs Oh is Hwangbo Ra-eun, \
                 and yes, it is her. Aling Nena, who steals every scene she's in, is Perla \
                 Umali. It is run by Auntie Dede, and Auntie Dede is Efua Ampofo-Darko, whom you \
                 know."
            ),
            [
                p("Luka Abesadze", "Sandro"),
                p("Hwangbo Ra-eun", "Mrs Oh"),
                p("Perla Umali", "Aling Nena"),
                p("Efua Ampofo-Darko", "Auntie Dede")
            ]
        );
        assert_eq!(
            pairs(
                "And the son, Fiachra, that's Cathal Mac Giolla Easpaig. There's the priest, \
                 Father Tadhg — that's Liam de Búrca, a Galway man."
            ),
            [
                p("Cathal Mac Giolla Easpaig", "Fiachra"),
                p("Liam de Búrca", "Father Tadhg")
            ]
        );
        // The appositive is the name; a dash aside before `is`.
        assert_eq!(
            pairs(
                "Ardeleanu's put-upon clerk, Mihaela, is Ioana Țurcanu-Dobre, whose glances \
                 carry it. Nevzat's deckhand — a sly teenager called Berzan — is Deniz \
                 Aksoy-Bilgin, and the pair work. The factor — a Lowlander with a ledger — is \
                 Eòghann MacIlleathain."
            ),
            [
                p("Ioana Țurcanu-Dobre", "Mihaela"),
                p("Deniz Aksoy-Bilgin", "Berzan"),
                p("Eòghann MacIlleathain", "factor")
            ]
        );
        assert_eq!(
            pairs(
                "Bheki Mkhize is back. The local loan shark, Mr Fix (his real name is never \
                 given), is played by Bheki Mkhize with a smile."
            ),
            [p("Bheki Mkhize", "Mr Fix")]
        );
        // The actor first and a relative clause about the part.
        assert_eq!(
            pairs(
                "Raimunda Ferreira de Souza, a stage veteran, is Dona Tereza, who owns the hall."
            ),
            [p("Raimunda Ferreira de Souza", "Dona Tereza")]
        );
        // Two full names, a name that does not close its clause, a character mid-sentence:
        // no part.
        assert_eq!(
            pairs("Ana Ruiz is Mara Lopez, whatever the poster says."),
            []
        );
        assert_eq!(pairs("Mara is Ana Ruiz territory."), []);
        assert_eq!(pairs("The film says Mara is Ana Ruiz, a lie."), []);
    }

    #[test]
    fn object_relatives_relations_surnames_as_and_described_list_ends() {
        assert_eq!(
            pairs("There is a young clerk, Haru, whom Yū Aoyagi plays with a lovely sweetness."),
            [p("Yū Aoyagi", "Haru")]
        );
        assert_eq!(
            pairs(
                "I had never seen Vojtěch Brabec before. He is, I gather, a comedian. Here he \
                 plays Věra's brother, Emil, who arrives late."
            ),
            [p("Vojtěch Brabec", "Emil")]
        );
        assert_eq!(
            pairs("Yevheniia Sokolova leads. Sokolova, as the postwoman who cycles, is superb."),
            [p("Yevheniia Sokolova", "postwoman")]
        );
        assert_eq!(
            pairs("Starring Ana Ruiz and the veteran Iqaluit actor Jonasie Uttak, it is long."),
            [
                ("Ana Ruiz".to_owned(), None),
                ("Jonasie Uttak".to_owned(), None)
            ]
        );
        // A relation and a name opening the sentence, an appositive, then a surname.
        assert_eq!(
            pairs(
                "Cast: Thandeka Ngcobo, Lwazi Dlamini\nHer son Mandla, a teenager who would \
                 rather be elsewhere, is Dlamini, and he is good."
            ),
            [
                ("Thandeka Ngcobo".to_owned(), None),
                p("Lwazi Dlamini", "Mandla")
            ]
        );
        // A comparative is no noun for a person (`younger`), so the role after it is read.
        assert_eq!(
            pairs(
                "Ibrahima Faye, as the put-upon younger son Lamine, who would rather sing, is fine."
            ),
            [p("Ibrahima Faye", "Lamine")]
        );
        // The name set off after a role is the part; a full name there may be an actor's.
        assert_eq!(
            pairs("Senthil Arumugam-Pillai is back. Here he plays the groom, Raghu, a shy vet."),
            [p("Senthil Arumugam-Pillai", "Raghu")]
        );
        assert_eq!(
            pairs("Ana Ruiz plays the landlord, Tom Okafor, the tenant."),
            [p("Ana Ruiz", "landlord")]
        );
        // After a colon, describing words and a phrase around the noun; a place's word
        // before the noun.
        assert_eq!(
            pairs(
                "There is a cameo, too: the drunk surveyor in the long take at the ferry is \
                 played by Vũ Đình Khang, the comedian."
            ),
            [p("Vũ Đình Khang", "surveyor")]
        );
        assert_eq!(
            pairs("Omar bin Rashid al-Mansouri, the Emirati star, plays a Gulf investor here."),
            [p("Omar bin Rashid al-Mansouri", "investor")]
        );
        let crew = crew_in(
            "Sène's camera (Pape Demba Thiam is the cinematographer) is calm.",
            &ctx(),
        );
        assert_crew(&crew, &[("Pape Demba Thiam", "cinematographer")]);
        // A group part: the actors without a character; an appositive running up to the verb.
        assert_eq!(
            pairs("Marek Wiśniewski and Dorota Pawlak-Ueda play a married couple upstairs."),
            [
                ("Marek Wiśniewski".to_owned(), None),
                ("Dorota Pawlak-Ueda".to_owned(), None)
            ]
        );
        assert_eq!(
            pairs("Bolek, a moth-eaten tabby voiced by Jerzy Mroczek in a growl, runs it."),
            [p("Jerzy Mroczek", "Bolek")]
        );
        // The part, `is`, then a word for an actor before a full name.
        assert_eq!(
            pairs("The film is long. Davoud is the newcomer Arman Rostami, found at a school."),
            [p("Arman Rostami", "Davoud")]
        );
        assert_eq!(
            pairs("The film is long. Davoud is the reason Arman Rostami stays."),
            []
        );
        // A place closing the clause before `is played by` is no part.
        assert_eq!(
            pairs("Her son Ferko, who wants to move the family to Leeds, is played by Dežo Gábor."),
            [p("Dežo Gábor", "Ferko")]
        );
        // Not an actor's word before the last name: the list ends at `and`.
        assert_eq!(
            pairs("Starring Ana Ruiz and the great Lagos Island, it is long."),
            [("Ana Ruiz".to_owned(), None)]
        );
    }

    #[test]
    fn parts_by_relative_clause_elided_particles_and_small_parts() {
        assert_eq!(
            pairs(
                "The preacher who boards at Nkawkaw and will not stop is played by Yaw Darko-Mensah."
            ),
            [p("Yaw Darko-Mensah", "preacher")]
        );
        assert_eq!(
            pairs("It mocks the village imam (Ahmet Selçuk Yavuz), who wants a new roof."),
            [p("Ahmet Selçuk Yavuz", "imam")]
        );
        // `d'` glued to a capitalized surname is part of the name.
        assert_eq!(
            pairs("The notary, Senyor Pujades (Arnau d'Olzinelles, all waistcoat), arrives."),
            [p("Arnau d'Olzinelles", "Senyor Pujades")]
        );
        assert_eq!(
            pairs("Made Suartini and Yohanes Tanoto turn up in smaller parts."),
            [
                ("Made Suartini".to_owned(), None),
                ("Yohanes Tanoto".to_owned(), None)
            ]
        );
        // A pronoun for a group names no one.
        assert_eq!(
            pairs("Ana Ruiz leads. They turn up in smaller parts."),
            Vec::<(String, Option<String>)>::new()
        );
    }

    #[test]
    fn a_trade_reviews_credits_block_on_one_line_and_its_with_line() {
        let body = "Kalina Borowska plays Danuta, a widow.\n\nCrew: Dir: Tadeusz Wrona. Scr: \
                    Tadeusz Wrona, Iga Malec. Camera: Vít Horák. Music: Oskar Lind.\n\nWith: \
                    Kalina Borowska, Jarek Pyka, Ewa Sosna.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Tadeusz Wrona", "director"),
                ("Tadeusz Wrona", "writer"),
                ("Iga Malec", "writer"),
                ("Vít Horák", "cinematographer"),
                ("Oskar Lind", "composer"),
            ],
        );
        assert_eq!(
            pairs(body),
            [
                p("Kalina Borowska", "Danuta"),
                ("Jarek Pyka".to_owned(), None),
                ("Ewa Sosna".to_owned(), None)
            ]
        );
    }

    #[test]
    fn writers_cutters_and_directors_of_other_things() {
        let crew = crew_in(
            "Ueli Baumgartner wrote the script with the novelist Evelien de Smet. Sachin \
             Kulkarni, who wrote his segment with the playwright Neha Apte, is sly. Wong \
             Siu-fung wrote the film with Chang Hsiao-wei. The whole thing was cut by Fatuma \
             Bakari. Festival artistic director Irena Maier called it a gem.",
            &ctx(),
        );
        assert_eq!(
            crew,
            [
                ("Ueli Baumgartner".to_owned(), "writer"),
                ("Evelien de Smet".to_owned(), "writer"),
                ("Evelien de Smet".to_owned(), "novelist"),
                ("Sachin Kulkarni".to_owned(), "writer"),
                ("Neha Apte".to_owned(), "writer"),
                ("Wong Siu-fung".to_owned(), "writer"),
                ("Chang Hsiao-wei".to_owned(), "writer"),
                ("Fatuma Bakari".to_owned(), "editor"),
            ]
        );
    }

    #[test]
    fn crew_named_after_from() {
        let crew = crew_in(
            "Salt Hour, the second feature from Ines Carvalho, is patient. It comes with music \
             from Teo Brandt. A letter from Rui Pinto arrives; a film from Lisbon Films, too.",
            &ctx(),
        );
        assert_eq!(
            crew,
            [
                ("Ines Carvalho".to_owned(), "director"),
                ("Teo Brandt".to_owned(), "composer")
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_short_opener_is_the_actor_of_the_part_after_is_the() {
        assert_eq!(
            pairs(
                "Njoki Mwangi joins them late. In this she's the traffic policewoman, Corporal \
                 Atieno, who waves them on."
            ),
            [p("Njoki Mwangi", "Corporal Atieno")]
        );
        assert_eq!(
            pairs("Tom Okafor joins them late. Here he is the landlord."),
            [p("Tom Okafor", "landlord")]
        );
        // Never plot narration (`Later, he is the prime suspect`), nor a pronoun deep in its
        // sentence.
        assert_eq!(
            pairs("Tom Okafor plays Dev, a cab driver. Later, he is the prime suspect."),
            [p("Tom Okafor", "Dev")]
        );
        assert_eq!(
            pairs("Tom Okafor joins them late. The plot thickens and he is the landlord."),
            []
        );
    }

    #[test]
    fn actors_of_a_plural_part_take_the_names_after_it_in_order() {
        assert_eq!(
            pairs(
                "Patience Chebet and Mercy Anyango play the two campus girls, Shiru and Awino, \
                 who are late. Tom Okafor and Vel Anand play two strangers who meet on a bus."
            ),
            [
                p("Patience Chebet", "Shiru"),
                p("Mercy Anyango", "Awino"),
                ("Tom Okafor".to_owned(), None),
                ("Vel Anand".to_owned(), None),
            ]
        );
    }

    #[test]
    fn a_crew_work_with_its_people_in_parentheses() {
        let body = "The cinematography (Tom Okafor) is golden, and the score (Pia Lund and Vel \
                    Anand) hums. The music (mostly cellos) is fine; the score (Mara) is sweet.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Tom Okafor", "cinematographer"),
                ("Pia Lund", "composer"),
                ("Vel Anand", "composer"),
            ],
        );
        assert_eq!(crew_in(body, &ctx()).len(), 3);
        assert_eq!(pairs(body), []);
    }

    #[test]
    fn a_korean_surname_that_is_a_function_word_opens_a_name_before_a_hyphenated_given_name() {
        assert_eq!(
            pairs("Oh Jin-woo gets ten minutes as Min-jae. Later, Ha Ji-won plays the aunt."),
            [p("Oh Jin-woo", "Min-jae"), p("Ha Ji-won", "aunt")]
        );
        // Never an interjection before a name of another shape.
        assert_eq!(pairs("Oh Mara plays the aunt."), []);
    }

    #[test]
    fn parts_before_are_pair_in_order_with_as_many_full_names_after_it() {
        assert_eq!(
            pairs(
                "Meskerem's brothers, Abel and Henok, are Biniam Wolde and Nahom Asfaw, \
                 respectively. Her aunt and uncle are Lee Park and Sam Ode."
            ),
            [
                p("Biniam Wolde", "Abel"),
                p("Nahom Asfaw", "Henok"),
                p("Lee Park", "aunt"),
                p("Sam Ode", "uncle"),
            ]
        );
        // Never as many names that are not parts, nor a count that differs.
        for none in [
            "Biniam Wolde and Nahom Asfaw are Tom Okafor and Pia Lund's best work.",
            "Abel, Henok and Dawit are Biniam Wolde and Nahom Asfaw.",
            "Ama and Kofi are Kwame Mensah and Efua Sarpong's grandchildren.",
        ] {
            assert_eq!(pairs(none), [], "{none}");
        }
    }

    #[test]
    fn a_text_wrapped_at_a_fixed_width_is_read_across_its_wraps() {
        let wrapped = "     The ceremony takes the best part of an afternoon: the beans are\n\
washed and roasted over charcoal, ground by hand and brewed three times,\n\
and each of the three rounds has a name, which the film uses well.\n\
\n\
     Presiding over it all is her grandmother, Emama Tsehay\n\
(played by Almaz Gebre-Mariam, a legend of the stage), who roasts the\n\
beans and misses nothing. The neighbour, the cafe owner Ato Berhanu\n\
(Yonas Gebremedhin), gets the wisest speech of the film, and Yonas\n\
delivers it with his mouth full of popcorn, which makes it funnier.\n\
\n\
Cast\n\
* Tom Okafor\n\
* Pia Lund\n";
        let wraps = soft_wraps(wrapped);
        // The wraps inside both paragraphs, never the break before an indented paragraph, a
        // blank line or a bullet.
        assert_eq!(wraps.len(), 6, "{wraps:?}");
        assert_eq!(
            pairs(wrapped),
            [
                p("Almaz Gebre-Mariam", "Emama Tsehay"),
                p("Yonas Gebremedhin", "Ato Berhanu"),
                ("Tom Okafor".to_owned(), None),
                ("Pia Lund".to_owned(), None),
            ]
        );
        let people = find_people(wrapped, &ctx());
        assert_eq!(
            &wrapped[people.cast[0].span.clone().unwrap()],
            "Almaz Gebre-Mariam"
        );
        // A text of long unwrapped paragraphs, or of short lines, has no wraps.
        let long = "A line of a paragraph that runs on and on without any wrap at all, far past \
                    any fixed width a mail would use, to its end.\n"
            .repeat(10);
        assert!(soft_wraps(&long).is_empty());
        let short = "Director: Mira Sol\nWriter: Ken Adu\nMusic: Bo Lin\n".repeat(4);
        assert!(soft_wraps(&short).is_empty());
        // A credits line or a cast heading after a full line is no wrap.
        let credits = format!(
            "{wrapped}{wrapped}Cast: Tom Okafor, Pia Lund, Vel Anand, Ines Barra, Ken Adu and Bo \
             Lin, all\nRunning time: 98 minutes\n"
        );
        assert_eq!(soft_wraps(&credits).len(), 12);
    }

    #[test]
    fn a_markdown_table_of_actors_and_parts_and_one_of_crew() {
        let body = "The film is long.\n\n| Actor | Role |\n| --- | :--- |\n| Tom Okafor | \
                    Dev |\n| Pia Lund | Dev's mother, Hala |\n| Vel Anand | the groom's uncle \
                    |\n| Ines Barra | — |\n\n| Crew | |\n|---|---|\n| Direction | Mira Sol |\n\
                    | Screenplay | Mira Sol, Ken Adu |\n| Catering | Bo Lin |\n\n| Year | Title \
                    |\n| --- | --- |\n| 2015 | Tom Lake |\n";
        assert_eq!(
            pairs(body),
            [
                p("Tom Okafor", "Dev"),
                p("Pia Lund", "Hala"),
                p("Vel Anand", "uncle"),
                ("Ines Barra".to_owned(), None),
            ]
        );
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Mira Sol", "director"),
                ("Mira Sol", "writer"),
                ("Ken Adu", "writer"),
            ],
        );
        assert!(!crew_in(body, &ctx()).iter().any(|c| c.0 == "Bo Lin"));
        // A cell that only opens on a label is none (`Director of Photography`, `Script
        // Supervisor`); a crew table under generic headers, or with its first row as the
        // header, is crew.
        let crew = crew_in(
            "| Director | Mira Sol |\n|---|---|\n| Director of Photography | Ken Adu |\n| \
             Script Supervisor | Bo Lin |\n\n| Name | Role |\n|---|---|\n| Ines Barra | \
             Editor |\n",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Mira Sol", "director"),
                ("Ken Adu", "cinematographer"),
                ("Ines Barra", "editor"),
            ],
        );
        assert_eq!(crew.len(), 3, "{crew:?}");
        assert_eq!(
            pairs("| Name | Role |\n|---|---|\n| Ines Barra | Editor |\n"),
            []
        );
        // Without the rule under its header, or without a part column, a table casts no one.
        assert_eq!(pairs("| Actor | Role |\n| Tom Okafor | Dev |\n"), []);
        assert_eq!(
            pairs("| Name | Age |\n| --- | --- |\n| Tom Okafor | 40 |\n"),
            []
        );
    }

    #[test]
    fn a_cast_list_of_bullets_under_its_own_heading_bills_its_bare_names() {
        let list = "The film is long.\n\n== Cast ==\n* Tom Okafor as the harbourmaster\n* Vel \
                    Anand as the narrator\n* Pia Lund\n\n== Production ==\n* Ines Barra\n";
        // (The part of the first bullet is never the name opening the next.)
        assert_eq!(
            pairs(list),
            [
                p("Tom Okafor", "harbourmaster"),
                p("Vel Anand", "narrator"),
                ("Pia Lund".to_owned(), None),
            ]
        );
        let markdown = "## Cast\n\n- Tom Okafor\n- Pia Lund.\n\nIt is long.\n- Ines Barra\n";
        assert_eq!(
            pairs(markdown),
            [
                ("Tom Okafor".to_owned(), None),
                ("Pia Lund".to_owned(), None)
            ]
        );
        // Bullets under another heading, or none, bill no one.
        assert_eq!(pairs("Crew\n* Tom Okafor\n* Pia Lund\n"), []);
        assert_eq!(pairs("* Tom Okafor\n* Pia Lund\n"), []);
    }

    #[test]
    fn a_noun_of_trade_after_is_the_is_the_part_and_a_noun_of_praise_is_not() {
        assert_eq!(
            pairs(
                "Tom Okafor is the watchman. Vel Anand is the lighthouse keeper, and Pia \
                 Lund is the florist. Ines Barra is the barmaid."
            ),
            [
                p("Tom Okafor", "watchman"),
                p("Vel Anand", "lighthouse keeper"),
                p("Pia Lund", "florist"),
                p("Ines Barra", "barmaid"),
            ]
        );
        for praise in [
            "Tom Okafor is the anchor of the film.",
            "Tom Okafor is the winner here.",
            "Tom Okafor is the scene-stealer.",
            "Pia Lund is the leading woman here.",
            "Pia Lund is the real success here.",
        ] {
            assert_eq!(pairs(praise), [], "{praise}");
        }
    }

    #[test]
    fn a_surname_naming_no_one_for_sure_leaves_the_full_names_after_it_in_a_list() {
        // Two Sorensens: the surname alone is neither, and Bea Hartigan still wrote it.
        let body = "Directed by Emeka Sorensen, it is slow; Eleni Sorensen plays the aunt. The \
             script, by Sorensen and Bea Hartigan, is sharp. The screenplay is by Quist and Tom \
             Okafor.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Emeka Sorensen", "director"),
                ("Bea Hartigan", "writer"),
                ("Tom Okafor", "writer"),
            ],
        );
        assert!(
            !crew
                .iter()
                .any(|c| c.1 == "writer" && c.0.contains("Sorensen")),
            "{crew:?}"
        );
        // Never across `, and`, which opens a clause of its own.
        assert!(
            !pairs("Dev is played by Fiso, and Tom Okafor is his brother.")
                .contains(&p("Tom Okafor", "Dev"))
        );
        // A mononym nobody names in full, in a billing line: the names after it are billed.
        let people = find_people(
            "Starring: Anuwat Chaiyasit, Jaiya, Kanokwan Thepsiri.\n",
            &ctx(),
        );
        let billed: Vec<(&str, CastPattern)> = people
            .cast
            .iter()
            .map(|m| (m.actor.as_str(), m.pattern))
            .collect();
        assert_eq!(
            billed,
            [
                ("Anuwat Chaiyasit", CastPattern::CreditList),
                ("Kanokwan Thepsiri", CastPattern::CreditList)
            ]
        );
    }

    #[test]
    fn crew_by_verbs_of_adapting_shooting_and_writing_with() {
        let crew = crew_in(
            "Ratna Widyaningsih adapted the film from Seno Ardiwinata's novel. Arash Kiani shot \
             the film in winter, and Davit Metreveli shot it on 16mm. It helps that the \
             screenplay, which Yuliia Prykhodko wrote with Taras Lysenko-Hnatiuk, is sparing. \
             It began as a novella by Manouchehr Eslami.\nDir. Tsion Alemayehu\n",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Ratna Widyaningsih", "writer"),
                ("Arash Kiani", "cinematographer"),
                ("Davit Metreveli", "cinematographer"),
                ("Yuliia Prykhodko", "writer"),
                ("Taras Lysenko-Hnatiuk", "writer"),
                ("Manouchehr Eslami", "novelist"),
                ("Tsion Alemayehu", "director"),
            ],
        );
        let crew = crew_in(
            "Haruka Ikeda, who also edited the film, lets scenes play out. Kourosh Abedini, \
             directing his third feature, is patient. On Ondřej Skála's Hořké mandle.",
            &Context {
                film_title: Some("Hořké mandle"),
                ..ctx()
            },
        );
        assert_crew(
            &crew,
            &[
                ("Haruka Ikeda", "editor"),
                ("Kourosh Abedini", "director"),
                ("Ondřej Skála", "director"),
            ],
        );
        // The cinematographer named beside `Name's camera`: the camera's possessor directs.
        let crew = crew_in(
            "Sène's camera (Pape Demba Thiam is the cinematographer) stays calm. Ramatoulaye \
             Sène made it.",
            &ctx(),
        );
        assert_crew(&crew, &[("Pape Demba Thiam", "cinematographer")]);
        assert!(
            !crew
                .iter()
                .any(|c| c.0.contains("Sène") && c.1 == "cinematographer"),
            "{crew:?}"
        );
        // The director who shoots the film stays the director only.
        let ctx = Context {
            directors: &["Lee Park".to_owned()],
            ..ctx()
        };
        let crew = crew_in("Lee Park shot the film in twelve days.", &ctx);
        assert!(!crew.iter().any(|c| c.1 == "cinematographer"), "{crew:?}");
    }

    #[test]
    fn parts_named_after_a_description_and_actors_of_one_name() {
        // A second noun for a person between the role and the name; a relation set off by
        // commas; a film named after `In` is no antecedent.
        assert_eq!(
            pairs("Rahmat bin Sulaiman plays the rival kite-maker Pak Darmo, and the feud grows."),
            [p("Rahmat bin Sulaiman", "Pak Darmo")]
        );
        assert_eq!(
            pairs(
                "Agus Prasetyo-Wibowo is best known for horror sequels. In Anak Angin he plays \
                 Sari's absent father, Joko, who turns up late."
            ),
            [p("Agus Prasetyo-Wibowo", "Joko")]
        );
        // One name: after `played by`, or before `plays` with an appositive about acting.
        assert_eq!(
            pairs("The youngest, Pele, is played by Fiso, himself a rapper, in his first role."),
            [p("Fiso", "Pele")]
        );
        assert_eq!(
            pairs("Fatuma, an Afar actor who is credited by a single name, plays Asli, the widow."),
            [p("Fatuma", "Asli")]
        );
        // A known person's surname is never an actor of one name; no appositive about acting,
        // no actor.
        assert_eq!(
            pairs("Fintan B. Abernethy plays Cosmo. Later Cosmo is played by Abernethy, alone."),
            [p("Fintan B. Abernethy", "Cosmo")]
        );
        assert_eq!(
            pairs("Fatuma, the widow who cuts the salt, plays a trick on Asli."),
            []
        );
    }

    #[test]
    fn names_with_initials_conjunctions_and_three_words() {
        // `A.` is an initial here, never the article.
        let crew = crew_in(
            "The music, by A. K. Ilaiyaselvan, is restrained until the last reel.",
            &ctx(),
        );
        assert_crew(&crew, &[("A. K. Ilaiyaselvan", "composer")]);
        // `brings … to the small part of`, `played with a fine dry venom by`.
        assert_eq!(
            pairs("Sheila Nakashuk brings real warmth to the small part of Nuka, his girlfriend."),
            [p("Sheila Nakashuk", "Nuka")]
        );
        assert_eq!(
            pairs(
                "There is also the Reverend Alexander Pettigrew, played with a fine dry venom by \
                 Fergus Ogilvie-Strachan."
            ),
            [p("Fergus Ogilvie-Strachan", "Reverend Alexander Pettigrew")]
        );
        // In parentheses, the surname of someone named in full is the actor.
        assert_eq!(
            pairs("Cast: Bohdan Savchuk\nThat father-in-law, Dido Petro (Savchuk), is its heart."),
            [p("Bohdan Savchuk", "Dido Petro")]
        );
        // A titled name after a possessive and describing words.
        assert_eq!(
            pairs("Ngozi Eze-Ademola, as the bride's terrifying Aunty Kemi, steals every scene."),
            [p("Ngozi Eze-Ademola", "Aunty Kemi")]
        );
        // A Gaelic patronymic's `a'`.
        assert_eq!(
            pairs("The boy, Ruairidh (Tormod Mac a' Phearsain, eleven years old), trails her."),
            [p("Tormod Mac a' Phearsain", "Ruairidh")]
        );
        // Catalan `i` and Spanish `y` join the two surnames.
        assert_eq!(
            pairs("Núria Casademunt i Soler plays Roser, the granddaughter."),
            [p("Núria Casademunt i Soler", "Roser")]
        );
        assert_eq!(
            pairs("Ernesto Ortega y Gasset plays Tomás, the notary."),
            [p("Ernesto Ortega y Gasset", "Tomás")]
        );
        // A surname stands for the three-word name found in the body; `Starring` and a word
        // after `the` are no part of it.
        let crew = crew_in(
            "The farm is where Lowri Haf Prydderch shot it. Prydderch's film is bleak.",
            &ctx(),
        );
        assert_crew(&crew, &[("Lowri Haf Prydderch", "director")]);
        // A surname stands for a name whose second surname follows a particle.
        let crew = crew_in(
            "Montserrat Vilaró i Pujol's third feature opens slowly. Vilaró, who co-wrote the \
             screenplay with Pau Rius, is patient.",
            &ctx(),
        );
        assert_crew(&crew, &[("Montserrat Vilaró i Pujol", "writer")]);
        let crew = crew_in(
            "The cinematographer, the Norwegian Sigrid Hovland, came late. Hovland's camera \
             never blinks.",
            &ctx(),
        );
        assert_crew(&crew, &[("Sigrid Hovland", "cinematographer")]);
        assert!(
            !crew.iter().any(|c| c.0.starts_with("Norwegian")),
            "{crew:?}"
        );
        // A nationality or a birthplace before a full name is no part of it.
        let crew = crew_in(
            "It was directed by the Swiss-born Ueli Baumgartner and photographed by the Dane \
             Mads Kjærgaard Holm.",
            &ctx(),
        );
        assert_eq!(
            crew,
            [
                ("Ueli Baumgartner".to_owned(), "director"),
                ("Mads Kjærgaard Holm".to_owned(), "cinematographer")
            ]
        );
    }

    #[test]
    fn copula_parts_said_to_be_someone_in_the_story() {
        // A possessor and a person's noun after the part: `, her son`, `, Kojo's girlfriend`.
        assert_eq!(
            pairs("Elis Tudur is Gwion, her son, a student who comes home every weekend."),
            [p("Elis Tudur", "Gwion")]
        );
        assert_eq!(
            pairs("Akosua Dapaah is Esi, Kojo's girlfriend, who boarded to break up with him."),
            [p("Akosua Dapaah", "Esi")]
        );
        // A full name on each side: the part is the one said to be someone in the story.
        assert_eq!(
            pairs("Selamawit Gebremedhin is Weizero Tsehay, the highland trader in the town."),
            [p("Selamawit Gebremedhin", "Weizero Tsehay")]
        );
        // A part opening on a title needs nothing after it.
        assert_eq!(
            pairs("Jose Mari Villanueva-Santos is Mang Tonyo and he is wonderful."),
            [p("Jose Mari Villanueva-Santos", "Mang Tonyo")]
        );
        // Two full names and nothing said of the second: no part; `a newcomer` is no one in
        // the story.
        assert_eq!(
            pairs("Ana Ruiz is Mara Lopez, whatever the poster says."),
            []
        );
        assert_eq!(pairs("Ana Ruiz is Mara Lopez, a newcomer."), []);
    }

    #[test]
    fn crew_credited_while_reading_the_cast_are_settled() {
        // `the director (Name)` is read with the cast, after the crew pass: its credit must
        // still find its key (this once indexed past the keys and panicked).
        let body = "Koro (Hēmi Waaka) shouts. Its director (Ana Ruiz) and composer (Tom Okafor) \
                    keep out of the way, and Mara (Lea Park) sings.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[("Ana Ruiz", "director"), ("Tom Okafor", "composer")],
        );
        assert_eq!(
            pairs(body),
            [p("Hēmi Waaka", "Koro"), p("Lea Park", "Mara")]
        );
    }

    #[test]
    fn patronymic_names_are_echoed_by_the_given_name() {
        assert_eq!(
            pairs(
                "Cast: Nurul Aisyah binti Kamarudin, Haziq bin Abdul Rahman, Tan Mei Ling\n\
                 Nurul Aisyah plays Zaleha, his eldest granddaughter. Haziq plays Jamal, her \
                 cousin."
            ),
            [
                p("Nurul Aisyah binti Kamarudin", "Zaleha"),
                p("Haziq bin Abdul Rahman", "Jamal"),
                (String::from("Tan Mei Ling"), None)
            ]
        );
        // A credits line of the cast in a page read as prose.
        assert_eq!(
            pairs("Some talk of the film first.\nMain cast: Yasmina Abi Nader, Elias Bou Khalil\n"),
            [
                (String::from("Yasmina Abi Nader"), None),
                (String::from("Elias Bou Khalil"), None)
            ]
        );
    }

    #[test]
    fn contractions_and_pronouns_before_played_by() {
        assert_eq!(
            pairs(
                "Rafi's played by Ayaan Chowdhury-Rahman, who is nine. There's a best friend \
                 too, Erzsi, who runs the bar; she is played by Réka Tóth-Hajnal. The \
                 grandmother is the whole film. She's played by Leota Sapolu-Vaai. \
                 Eleven-year-old Domitila (Antonia Quilapán Reyes) stays."
            ),
            [
                p("Ayaan Chowdhury-Rahman", "Rafi"),
                p("Réka Tóth-Hajnal", "Erzsi"),
                p("Leota Sapolu-Vaai", "grandmother"),
                p("Antonia Quilapán Reyes", "Domitila")
            ]
        );
        assert_eq!(
            pairs(
                "And then the granddaughter, played by a newcomer, Aoife Nic Dhonnchadha, shines."
            ),
            [p("Aoife Nic Dhonnchadha", "granddaughter")]
        );
        assert_eq!(
            pairs(
                "Jarmo, who married her daughter and then, it turns out, left her, is played by \
                 Ville Östman."
            ),
            [p("Ville Östman", "Jarmo")]
        );
        let body =
            "The party is scored by a brass band, Os Caranguejos Elétricos, who play everywhere.";
        assert!(
            crew_in(body, &ctx()).is_empty(),
            "{:?}",
            crew_in(body, &ctx())
        );
        // The name before the pronoun is an actor's: no part.
        assert_eq!(
            pairs("Ana Ruiz plays Mara. Tom Okafor is back. He is played by Lea Park."),
            [p("Ana Ruiz", "Mara")]
        );
    }

    #[test]
    fn another_films_billing_is_no_cast() {
        let ctx = Context {
            film_title: Some("Night Train to Nong Khai"),
            ..Context::default()
        };
        assert_eq!(
            pairs_in(
                "Night Train to Nong Khai (2023) · Starring Kanokwan Thepsiri\nMore like this\n\
                 Last Bus to Hat Yai (2021) · Starring Wanida Kaewmanee, Pongsakorn Rittidet · A \
                 tour guide and a monk.\n",
                &ctx
            ),
            [(String::from("Kanokwan Thepsiri"), None)]
        );
    }

    #[test]
    fn the_cast_of_other_films_listed_after_the_review_is_not_its() {
        assert_eq!(
            pairs(
                "Ana Ruiz plays Mara.\n\nALSO OPENING\n\nItsasoaren Alaba (15)\nA fine lead \
                 performance from Ainhoa Etxeberria as Miren.\n"
            ),
            [p("Ana Ruiz", "Mara")]
        );
    }

    #[test]
    fn roles_taken_on_given_to_oneself_and_as_played_by() {
        assert_eq!(
            pairs(
                "Tomas Varga takes on the role of Ferenc. Yasmine Chakra, the pop singer turned \
                 actress, takes on Zeinab. The film takes on Hollywood. The director, Eleni \
                 Vrettou, gives \
                 herself the small role of Kyria Voula, the widow. As played by Einar Logi \
                 Bergþórsson, the boy's father, Stefán, is a man who turns up late. As Danuta's \
                 teenage daughter, Ola, Wiktoria Sęk does a great deal with silence."
            ),
            [
                p("Tomas Varga", "Ferenc"),
                p("Yasmine Chakra", "Zeinab"),
                p("Eleni Vrettou", "Kyria Voula"),
                p("Einar Logi Bergþórsson", "Stefán"),
                p("Wiktoria Sęk", "Ola")
            ]
        );
        // An honorific opens a part (`Seu`, `Hagg`, `Kyria`; not `Pak`, also a Korean
        // surname); the part before an appositive.
        assert_eq!(
            pairs(
                "Seu Bené, the school's ancient treasurer, is the veteran Antônio Carlos Brandão \
                 Filho, and he is funny."
            ),
            [p("Antônio Carlos Brandão Filho", "Seu Bené")]
        );
    }

    #[test]
    fn the_films_stars_listed_after_the_verb() {
        assert_eq!(
            pairs(
                "It stars Angelica Sy, Paolo Macaraeg and Rafael de Leon, and all three are \
                 good. De Leon, as the put-upon group leader Migs, apologises. Ana Ruiz stars \
                 alongside Tom Okafor. Salt Choir (2019) starred Lea Park."
            ),
            [
                ("Angelica Sy".to_owned(), None),
                ("Paolo Macaraeg".to_owned(), None),
                p("Rafael de Leon", "Migs")
            ]
        );
    }

    #[test]
    fn a_cast_list_goes_on_past_a_part_in_parentheses() {
        assert_eq!(
            pairs(
                "The ensemble includes Vikrant Awasthi (as Munna), Rehana Bano (Shabnam) and \
                 Tanay Ghoshal, and all three are better than the material."
            ),
            [
                p("Vikrant Awasthi", "Munna"),
                p("Rehana Bano", "Shabnam"),
                ("Tanay Ghoshal".to_owned(), None)
            ]
        );
    }

    #[test]
    fn group_parts_named_one_each_and_roles_called_by_a_name() {
        assert_eq!(
            pairs(
                "Marta Lind and Ola Berg play the sisters Ines and Vera. Kim Hye-rin and Bae \
                 Soo-ah share the screen as the estranged sisters Hana and Mi-rae, who come \
                 back. Ilya Voronin is better value as a fixer called Tolik. Dana Kurt plays a \
                 nurse named Gulnara. Ivo Dan and Eva Rac play a married couple. Hyun-woo Baek \
                 plays twin brothers, Jin-ho and Jin-seok: one timid, one not."
            ),
            [
                p("Marta Lind", "Ines"),
                p("Ola Berg", "Vera"),
                p("Kim Hye-rin", "Hana"),
                p("Bae Soo-ah", "Mi-rae"),
                p("Ilya Voronin", "Tolik"),
                p("Dana Kurt", "Gulnara"),
                ("Ivo Dan".to_owned(), None),
                ("Eva Rac".to_owned(), None),
                p("Hyun-woo Baek", "Jin-ho"),
                p("Hyun-woo Baek", "Jin-seok")
            ]
        );
    }

    #[test]
    fn a_part_closing_its_clause_ranks_nicknames_and_surnames_like_function_words() {
        // `Name is Part, and she …` and `Name is Part.`; a rank opens a part after a clause.
        assert_eq!(
            pairs(
                "Newcomer Aoife Brannock is Orla, and she is a proper find. Ciaran Dunne is \
                 Tadhg. Luc Gagnon, who has mostly made comedies, is Corporal Vachon, the \
                 youngest of them."
            ),
            [
                p("Aoife Brannock", "Orla"),
                p("Ciaran Dunne", "Tadhg"),
                p("Luc Gagnon", "Corporal Vachon")
            ]
        );
        // A list after `cast —`; `Oh` ends a name and owns a nickname; a surname opening its
        // sentence is the role after `is the`; an occupation before a name is no part of it.
        assert_eq!(
            pairs(
                "The supporting cast — Minho Oh, Rita Vance and Abel Cray — does well. Oh's \
                 Little Mo is the conscience. Cray is the cop on their tail. There is a cameo \
                 from the comedian Rory Pitt. Comedian Dee Marsh lends her voice to Grumbold."
            ),
            [
                p("Minho Oh", "Little Mo"),
                (String::from("Rita Vance"), None),
                p("Abel Cray", "cop"),
                (String::from("Rory Pitt"), None),
                p("Dee Marsh", "Grumbold")
            ]
        );
        // A role word in parentheses before the actor: `the magistrate (Name)`.
        assert_eq!(
            pairs("In the inquest scenes, the magistrate (Hal Penrose) presides."),
            [p("Hal Penrose", "magistrate")]
        );
        // A part that is only a sentence's subject stays no actor: `Orla is Aoife.` has no
        // full name before `is`.
        assert_eq!(pairs("Orla is Aoife. It rains."), []);
    }

    #[test]
    fn qualities_brought_to_a_part_pronouns_after_as_and_couples_without_a_verb() {
        assert_eq!(
            pairs(
                "Cressida Vane brings a wounded dignity to Lady Margery, all held breath. Tom \
                 Okafor brings his family to London. Ana Ruiz brings a friend to Paris."
            ),
            [p("Cressida Vane", "Lady Margery")]
        );
        // `It is X's film` names whose performance it is (no director); `As Part, she`.
        let body = "It is Lowri Penhale's film, though. As Carys, she is furious.";
        assert_eq!(pairs(body), [p("Lowri Penhale", "Carys")]);
        assert!(crew_in(body, &ctx()).is_empty());
        assert_eq!(
            pairs(
                "Angus Rudd and Jean Moffat are wonderful. Rudd and Moffat as the bickering \
                 couple Donald and Isla are a joy."
            ),
            [p("Angus Rudd", "Donald"), p("Jean Moffat", "Isla")]
        );
        // A place closing a relative clause is no subject of `is`.
        assert_eq!(
            pairs("Luc Gagnon, who made comedies in Quebec, is Private Vachon, the youngest."),
            [p("Luc Gagnon", "Private Vachon")]
        );
    }

    #[test]
    fn reflexive_parts_honorifics_and_titles_of_shows_before_a_pronoun() {
        assert_eq!(
            pairs("The Tea Goose herself is Almaz Tesfaye, and she steals the film."),
            [p("Almaz Tesfaye", "Tea Goose")]
        );
        assert_eq!(
            pairs(
                "Haj Karim — the one concession to melodrama — belongs to Reza Tavakoli, \
                 familiar from television."
            ),
            [p("Reza Tavakoli", "Haj Karim")]
        );
        // `the sketch show Baan Sanuk` names a show: the pronoun after it is the actor's.
        assert_eq!(
            pairs(
                "For years Somchai Rattana made people laugh in the sketch show Baan Sanuk. \
                 Here he is Lung Prasert, the conductor."
            ),
            [p("Somchai Rattana", "Lung Prasert")]
        );
    }

    #[test]
    fn descriptions_inside_as_parentheses_twins_manners_and_performances() {
        assert_eq!(
            pairs(
                "Kristine Lim (as Andrea, a nurse bound for Dubai) and Jomar Cruz (as Paolo, \
                 the driver) have five days."
            ),
            [p("Kristine Lim", "Andrea"), p("Jomar Cruz", "Paolo")]
        );
        assert_eq!(
            pairs("Omar Haddad plays BOTH the twin guides, Idris and Ilyas, and fools us."),
            [p("Omar Haddad", "Idris"), p("Omar Haddad", "Ilyas")]
        );
        assert_eq!(
            pairs(
                "The man from the water board, Deon Strydom, is played with a smile like a \
                 closed gate by Ruan Visser."
            ),
            [p("Ruan Visser", "Deon Strydom")]
        );
        assert_eq!(
            pairs(
                "Her nearest neighbour, Oom Fanie, is Dawid Botha in a performance of slow \
                 charm. Karim Salah (the guy from Nomad Lines, if you saw that) plays Youssef."
            ),
            [p("Dawid Botha", "Oom Fanie"), p("Karim Salah", "Youssef")]
        );
    }

    #[test]
    fn casts_of_earlier_films_after_in_which_or_their_billing_are_no_cast() {
        assert_eq!(
            pairs(
                "Compare the 2015 American remake, *Heron Lane*, in which Brody Hale played \
                 Danny and Kay Dupre played Morag. Ishbel Ross plays Morag here."
            ),
            [p("Ishbel Ross", "Morag")]
        );
        assert_eq!(
            pairs(
                "It remakes Gert Lou's 1978 film of the same name, in which Ria Bakker stood at \
                 the window as his long-suffering wife."
            ),
            []
        );
        assert_eq!(
            pairs(
                "• \"Sal e Luz\" (1979, 18 mins): an early short, starring Teresa Vent as a widow."
            ),
            []
        );
        // A place before `in which` is no film: the part is this film's.
        assert_eq!(
            pairs(
                "There are reconstructions of her childhood in Kisumu, in which a schoolgirl, \
                 Neema Ochieng, plays Zawadi as a child."
            ),
            [p("Neema Ochieng", "Zawadi")]
        );
    }

    #[test]
    fn crew_verbs_with_the_film_as_object() {
        let crew = crew_in(
            "Gil Amparo shot the film on grainy stock, and Noor Hadid cut it with a drummer's \
             sense. Tobias Amber lensed it in natural light. Tessa Quill edited it with \
             restraint. Lydia Frane produced for Halcyon Forge Studios.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Gil Amparo", "cinematographer"),
                ("Noor Hadid", "editor"),
                ("Tobias Amber", "cinematographer"),
                ("Tessa Quill", "editor"),
                ("Lydia Frane", "producer"),
            ],
        );
        // `cut` and `produced` with other objects are no credits.
        assert!(
            crew_in(
                "Ana Ruiz cut her hair. Tom Okafor produced a smile.",
                &ctx()
            )
            .is_empty()
        );
    }

    #[test]
    fn subjects_set_off_by_a_clause_or_a_reflexive_before_a_part() {
        assert_eq!(
            pairs("Nia Rees, who is 81, is the landlady, Mrs Parry, and she has the best scene."),
            [p("Nia Rees", "Mrs Parry")]
        );
        assert_eq!(
            pairs(
                "Ravi Velan directs, and Ravi Velan himself turns up as the shop owner. Mina \
                 Joseph wrote it. Joseph herself turns up in the second half as a German tourist."
            ),
            [p("Ravi Velan", "owner"), p("Mina Joseph", "tourist")]
        );
    }

    #[test]
    fn sentences_about_an_earlier_film_name_no_cast() {
        assert_eq!(
            pairs(
                "In the first film Pipoca was voiced by Rodrigo Lins. Tomas Reis voices Pipoca \
                 now. The 1987 version was a hit. That one had Tarik Sen and Feride Alp as the \
                 lovers. In the first act, Mara Lopez plays Nurhan."
            ),
            [p("Tomas Reis", "Pipoca"), p("Mara Lopez", "Nurhan")]
        );
    }

    #[test]
    fn a_press_kits_credits_with_dot_leaders_and_two_word_labels() {
        let crew = crew_in(
            "CREDITS\nDirector of Photography .......... Truong Van Loc\nEditor .......... Kim \
             Sa-rang\nOriginal Music …… Luu Hai Yen\nProducers .......... Marguerite Pham\n",
            &ctx(),
        );
        assert_eq!(
            crew,
            [
                ("Truong Van Loc".to_owned(), "cinematographer"),
                ("Kim Sa-rang".to_owned(), "editor"),
                ("Luu Hai Yen".to_owned(), "composer"),
                ("Marguerite Pham".to_owned(), "producer"),
            ]
        );
    }

    #[test]
    fn played_by_across_commas_and_a_described_titled_part_before_is() {
        assert_eq!(
            pairs("Irena Zmig is played, across five decades, by Agata Kolo, who ages well."),
            [p("Agata Kolo", "Irena Zmig")]
        );
        assert_eq!(
            pairs("Her supervisor, the prim Mr Halmos, is Levente Harsan, and he is wonderful."),
            [p("Levente Harsan", "Mr Halmos")]
        );
    }

    #[test]
    fn the_triggers_fit_the_simd_searcher() {
        assert!(TRIGGERS.len() <= 64, "{} triggers", TRIGGERS.len());
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            assert!(matches!(&*TRIGGER_FINDER, TriggerSearch::Packed(_)));
        }
    }

    #[test]
    fn a_part_in_the_first_film_of_a_sequel_is_no_cast() {
        let ctx = Context {
            film_title: Some("Nightjar Rising"),
            ..Context::default()
        };
        let body = "Nightjar Rising is the sequel to Nightjar (2021). Mara Lowe returns as \
                    Nightjar. Sandra Oyel, who played Jo in Nightjar, does not return.";
        assert_eq!(pairs_in(body, &ctx), [p("Mara Lowe", "Nightjar")]);
    }

    #[test]
    fn belongs_to_plays_both_and_is_the_role() {
        assert_eq!(
            pairs(
                "Naja belongs to Qaunaq Akavak, nineteen. The film belongs to Ana Ruiz. Ximena de \
                 la Garza plays both Consuelo and the great-grandmother, Doña Refugio, whose \
                 portrait hangs there. Somchai Boonmee-Laurent is the attendant in the dining \
                 car. Tom Okafor is the heart of the film. Lea Park is the daughter of a painter. \
                 Ilona Lakatošová is the grandmother, Mámi, the one everybody fears."
            ),
            [
                p("Qaunaq Akavak", "Naja"),
                p("Ximena de la Garza", "Consuelo"),
                p("Ximena de la Garza", "Doña Refugio"),
                p("Somchai Boonmee-Laurent", "attendant"),
                p("Ilona Lakatošová", "Mámi")
            ]
        );
        // Both parts named after their relations, set off by commas.
        assert_eq!(
            pairs(
                "Zsolt Pintér plays both her father, Sándor, and Sándor's twin brother, Lajos, \
                 who ran away to Budapest."
            ),
            [p("Zsolt Pintér", "Sándor"), p("Zsolt Pintér", "Lajos")]
        );
        // A reflexive after the subject; an honorific makes the name beside a role a part.
        assert_eq!(
            pairs(
                "Shirin Ghaffari-Nejad directs. Ghaffari-Nejad herself plays the landlady, Khanom \
                 Sadeghi, who locks the building at midnight."
            ),
            [p("Shirin Ghaffari-Nejad", "Khanom Sadeghi")]
        );
        // A role word belongs to an actor after a noun for the part.
        assert_eq!(
            pairs(
                "The voice of her grandfather belongs to the veteran Ōtsuki Genzō. The house \
                 belongs to the family."
            ),
            [p("Ōtsuki Genzō", "grandfather")]
        );
    }

    #[test]
    fn a_characters_relation_is_the_part() {
        assert_eq!(
            pairs(
                "Kanokwan Thepsiri turns up halfway as Somsak's estranged daughter-in-law, Ploy, \
                 and stays. Ifeoluwa Bankole, playing Ebuka's kid sister Tolu, holds her own. \
                 Shūhei Kanemoto-Reyes plays Setsuko's estranged nephew with care."
            ),
            [
                p("Kanokwan Thepsiri", "Ploy"),
                p("Ifeoluwa Bankole", "Tolu"),
                p("Shūhei Kanemoto-Reyes", "nephew")
            ]
        );
        assert_eq!(
            pairs(
                "Xiaoqing, a tourist, played with considerable comic timing by the Beijing stage \
                 actress Zhao Yiran, misses her coach."
            ),
            [p("Zhao Yiran", "Xiaoqing")]
        );
    }

    #[test]
    fn a_place_before_a_parenthesis_is_no_part() {
        assert_eq!(
            pairs(
                "The catalyst is a young engineer from The Hague (Quincy Kartodikromo), sent to \
                 the island. Meanwhile the cadre sent down from Cần Thơ (Trịnh Bảo Long) wants \
                 her to talk. Reviewed at a festival in Busan (Gala Presentations), Oct. 3."
            ),
            [
                p("Quincy Kartodikromo", "engineer"),
                p("Trịnh Bảo Long", "cadre")
            ]
        );
        assert_eq!(pairs("Sổ Lúa (The Rice Ledger) is a quiet film."), []);
    }

    #[test]
    fn dash_asides_between_the_actor_and_the_verb() {
        assert_eq!(
            pairs(
                "Zsófia Erdős-Baranyi — and I'll come back to her, because everyone will — plays \
                 Kati. Al-Khatib — Salma al-Khatib, who made her name in Northline — plays Rasha."
            ),
            [
                p("Zsófia Erdős-Baranyi", "Kati"),
                p("Salma al-Khatib", "Rasha")
            ]
        );
    }

    #[test]
    fn directors_behind_the_camera_and_by_their_films() {
        let body = "Kunle Adebayo-Hart, behind the camera again, knows his audience. Gowri \
                    Shankar-Iyer's latest is another wedding film. Aminata Sow-Lindqvist's second \
                    feature is generous. It is directed, like the first film, by Hemi Karaka and \
                    Sophie Ng, from a play by Miklós Ferenczy. Ana Ruiz's latest role is her best.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Kunle Adebayo-Hart", "director"),
                ("Gowri Shankar-Iyer", "director"),
                ("Aminata Sow-Lindqvist", "director"),
                ("Hemi Karaka", "director"),
                ("Sophie Ng", "director"),
                ("Miklós Ferenczy", "novelist"),
            ],
        );
        assert!(crew.iter().all(|c| c.0 != "Ana Ruiz"), "{crew:?}");
        let body = "Henrique de Holanda wrote and directed, and it shows. It's directed by \
                    Ronan Keady-Walsh, who wrote it as well. Vũ Hoài Thương directs from her own \
                    script. As Ana Ruiz wrote in 1998, nothing lasts.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Henrique de Holanda", "director"),
                ("Henrique de Holanda", "writer"),
                ("Ronan Keady-Walsh", "writer"),
                ("Vũ Hoài Thương", "writer"),
            ],
        );
        assert!(crew.iter().all(|c| c.0 != "Ana Ruiz"), "{crew:?}");
        // An object between `wrote` and `and directed`; `who also directed` closing its
        // clause; the cast part of an actor who directed is kept.
        let body = "Luciana Aráoz wrote it and directed it, her second feature. Sione Vaka \
                    wrote the script and directed with a light hand. Gareth (Callum \
                    Byrne-Ashworth, who also directed) drives a lorry. As Ana Ruiz wrote it \
                    up in 1998, nothing lasts.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Luciana Aráoz", "director"),
                ("Luciana Aráoz", "writer"),
                ("Sione Vaka", "director"),
                ("Sione Vaka", "writer"),
                ("Callum Byrne-Ashworth", "director"),
            ],
        );
        assert!(crew.iter().all(|c| c.0 != "Ana Ruiz"), "{crew:?}");
        assert_eq!(
            pairs(body),
            vec![p("Callum Byrne-Ashworth", "Gareth")],
            "the actor who directed is cast too"
        );
        // The film noun after adjectives; a role noun among them is no part.
        let body = "On Mariam Dolidze's patient, furious film about a vineyard, more later. In \
                    Ondřej Pospíšil's lovely, melancholy comedy it takes an hour. Tom Okafor's \
                    screen debut is a marvel. Ana Beatriz Guimarães Falcão's warm, shaggy \
                    second feature skips the parade. In Michal Regev-Anghel's gentle, overlong \
                    comedy-drama, a chest.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Mariam Dolidze", "director"),
                ("Ondřej Pospíšil", "director"),
                ("Ana Beatriz Guimarães Falcão", "director"),
                ("Michal Regev-Anghel", "director"),
            ],
        );
        assert!(crew.iter().all(|c| c.0 != "Tom Okafor"), "{crew:?}");
        assert!(pairs(body).is_empty(), "{:?}", pairs(body));
    }

    #[test]
    fn voices_him_and_makes_her_take_the_character_named_before() {
        assert_eq!(
            pairs(
                "There is Johan, a young ex-soldier lodging in the village: Ferry Souhuwat-Meijer \
                 gives him a watchful dignity. Her coach, a former Olympian now selling lottery \
                 tickets, is the veteran Dawit Alemayehu, who has played elders."
            ),
            [
                p("Ferry Souhuwat-Meijer", "Johan"),
                p("Dawit Alemayehu", "coach")
            ]
        );
        assert_eq!(
            pairs(
                "The deal belongs to the triad fixer Brother Lung, and K.K. Tse, in the film's \
                 showiest part, makes him the kind of monster who apologises. Across the river \
                 is Jadwiga, a widow; Halina Wrzesińska makes her the film's secret heart. Ada \
                 Obi makes her debut."
            ),
            [
                p("K.K. Tse", "Brother Lung"),
                p("Halina Wrzesińska", "Jadwiga")
            ]
        );
    }

    #[test]
    fn plays_him_or_her_takes_the_character_named_before() {
        assert_eq!(
            pairs(
                "Her nemesis? Kunle, a smooth-talking upstart, and Tunde Bakare-Lawson plays him \
                 like a man never told no."
            ),
            [p("Tunde Bakare-Lawson", "Kunle")]
        );
        // An actor who has a part already plays that one; `plays her grandmother` is a part.
        assert_eq!(
            pairs(
                "Neasa Duinn plays Bríd, who keeps the ledger. Her father (Paudie Costigan) is \
                 the suspect, and Costigan plays him with dignity. Abel Nakamura plays her \
                 grandmother."
            ),
            [
                p("Neasa Duinn", "Bríd"),
                p("Paudie Costigan", "father"),
                p("Abel Nakamura", "grandmother")
            ]
        );
        // A place after a preposition is no character.
        assert!(pairs("In Lagos, Tunde Bakare-Lawson plays him.").is_empty());
    }

    #[test]
    fn crew_verbs_a_few_words_before_by_and_co_writers() {
        let body = "The film was shot in Lofoten by Anna Brey, and Ilse Marnow co-wrote the script \
                    with Nadia Perl. It is directed with real affection by Imran Qadir. The script \
                    by first-timer Oyin Bamgbose is sharp. Ultan Brogan, who wrote the script with \
                    Deirdre Mac Giolla, shoots the quarry like a western.";
        let crew = crew_in(body, &ctx());
        assert_eq!(
            crew,
            [
                ("Anna Brey".to_owned(), "cinematographer"),
                ("Ilse Marnow".to_owned(), "writer"),
                ("Nadia Perl".to_owned(), "writer"),
                ("Imran Qadir".to_owned(), "director"),
                ("Oyin Bamgbose".to_owned(), "writer"),
                ("Ultan Brogan".to_owned(), "writer"),
                ("Deirdre Mac Giolla".to_owned(), "writer")
            ]
        );
    }

    #[test]
    fn credits_lines_cameras_and_appositive_crew() {
        let body = "Screenplay: Jung Tae-woong, Baek So-ra.\nCamera (color, widescreen): Hwang \
                    In-cheol.\nCrew: Editor: Lim Da-eun.\nMusic: Kang Yeon-hee.\n\nRima Tannous \
                    directs. Tannous's camera is restless, and Ulick Garvey's camera is patient. \
                    Kunle Adebayo, the writer-director, plays it cool. It is adapted from the memoir \
                    by Ritva Salminen, co-written with her longtime collaborator Hadi Bitar.";
        // `Name directs` comes to the finder as the review's directors (the extractor's).
        let directors = ["Rima Tannous".to_owned()];
        let ctx = Context {
            directors: &directors,
            ..Context::default()
        };
        let crew = crew_in(body, &ctx);
        assert_crew(
            &crew,
            &[
                ("Jung Tae-woong", "writer"),
                ("Baek So-ra", "writer"),
                ("Hwang In-cheol", "cinematographer"),
                ("Lim Da-eun", "editor"),
                ("Kang Yeon-hee", "composer"),
                ("Rima Tannous", "director"),
                ("Ulick Garvey", "cinematographer"),
                ("Kunle Adebayo", "director"),
                ("Kunle Adebayo", "writer"),
                ("Ritva Salminen", "novelist"),
                ("Hadi Bitar", "writer"),
            ],
        );
        // The director's own camera makes no cinematographer of her.
        assert!(!crew.contains(&("Rima Tannous".to_owned(), "cinematographer")));
    }

    #[test]
    fn crew_after_shot_by_and_critics_who_argued() {
        let people = find_people(
            "It was shot by Halima Odu in a single winter. Jo Bloggs argued it was too long.",
            &ctx(),
        );
        let crew: Vec<(String, &str)> = people
            .crew
            .iter()
            .map(|c| (c.person.clone(), c.role.as_str()))
            .collect();
        assert_eq!(crew, [("Halima Odu".to_owned(), "cinematographer")]);
        assert!(people.cast.is_empty());
        // A quoted critic is never cast; an actor who says little is no critic.
        assert_eq!(
            pairs(
                "Jo Bloggs said the film was long. Jo Bloggs, whose Mara is a marvel, leads. \
                 Here the film belongs to Anirban Chowdhury, whose Mr Sawant, a ticket \
                 inspector, rides the last train. \
                 Chowdhury says almost nothing for twenty minutes."
            ),
            [p("Anirban Chowdhury", "Mr Sawant")]
        );
    }

    #[test]
    fn the_author_is_never_crew() {
        let ctx = Context {
            author: Some("Nell Ashdown"),
            ..Context::default()
        };
        let crew: Vec<(String, &str)> = find_people(
            "The film was written by Ama Boateng. It is lovely.\nWritten by Nell Ashdown",
            &ctx,
        )
        .crew
        .into_iter()
        .map(|c| (c.person, c.role.as_str()))
        .collect();
        assert_eq!(crew, [("Ama Boateng".to_owned(), "writer")]);
    }

    #[test]
    fn author_and_crew_are_never_cast_by_a_weak_pattern() {
        let ctx = Context {
            author: Some("Nell Ashdown"),
            ..Context::default()
        };
        assert_eq!(
            pairs_in(
                "Nell Ashdown plays Tova? No: Mirela Dobre plays Tova.",
                &ctx
            ),
            [p("Mirela Dobre", "Tova")]
        );
    }

    #[test]
    fn listed_cast_takes_characters_from_the_prose() {
        let listed = vec![
            Listed {
                actor: "Lena Brandt".into(),
                character: None,
                pattern: CastPattern::CreditList,
                line: "Lena Brandt, Kofi Mensah".into(),
            },
            Listed {
                actor: "Kofi Mensah".into(),
                character: None,
                pattern: CastPattern::CreditList,
                line: "Lena Brandt, Kofi Mensah".into(),
            },
        ];
        let ctx = Context {
            listed: &listed,
            ..Context::default()
        };
        assert_eq!(
            pairs_in("Tova (Lena Brandt) is the lead. Mensah is fine.", &ctx),
            [p("Lena Brandt", "Tova"), ("Kofi Mensah".to_owned(), None)]
        );
    }

    #[test]
    fn metadata_and_captions() {
        let meta: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"cast": ["Lena Brandt as Tova", "Kofi Mensah (the father)", {"name": "Ines Vidal", "character": "Ezra"}, "Bo Lind"],
                "captions": [{"caption": "Mirela Dobre and Kasper Lund in Paper Tide", "credit": "Jo Bloggs/Kestrel"}]}"#,
        )
        .unwrap();
        let listed = listed_from_metadata(&meta, Some("Paper Tide"));
        let got: Vec<(&str, Option<&str>, &str)> = listed
            .iter()
            .map(|l| (l.actor.as_str(), l.character.as_deref(), l.pattern.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Lena Brandt", Some("Tova"), "metadata"),
                ("Kofi Mensah", Some("father"), "metadata"),
                ("Ines Vidal", Some("Ezra"), "metadata"),
                ("Bo Lind", None, "metadata"),
                ("Mirela Dobre", None, "caption"),
                ("Kasper Lund", None, "caption"),
            ]
        );
    }
    #[test]
    fn crew_from_a_credits_block_and_film_keys_of_metadata() {
        let meta: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"director": "B. Solongo", "cinematographer": "Ruth Ode", "writer": "Margaux Pelletier",
                "editor": "Odile Marchetti", "photography": "Rui Damasceno", "score": "4/5",
                "credits": {"screenplay": ["B. Solongo", "Ts. Enkhbold"], "Photography": "Kh. Ariunaa",
                            "editing": "B. Solongo", "music": "Nara Jargal and Sam Ode", "producers": [{"name": "Lee Park"}],
                            "production design": "Elen Utsi", "music": "none"},
                "json_ld": {"@type": "Review", "itemReviewed": {"@type": "Movie", "musicBy": {"@type": "Person", "name": "Tigran Yesayan"}}}}"#,
        )
        .unwrap();
        let got = crew_from_metadata(&meta);
        let got: Vec<(&str, &str)> = got.iter().map(|(p, r)| (p.as_str(), r.as_str())).collect();
        assert_eq!(
            got,
            // In the map's (sorted) key order. Top-level film keys count; `writer`, `editor`,
            // `photography` and `score` may be the post's own and count only in a credits
            // block. The block's later `music` wins in JSON, and `none` is no name.
            [
                ("Ruth Ode", "cinematographer"),
                ("Kh. Ariunaa", "cinematographer"),
                ("B. Solongo", "editor"),
                ("Lee Park", "producer"),
                ("B. Solongo", "writer"),
                ("Ts. Enkhbold", "writer"),
                ("B. Solongo", "director"),
                ("Tigran Yesayan", "composer"),
            ]
        );
    }

    #[test]
    fn a_role_opening_the_sentence_before_is_and_a_full_name() {
        assert_eq!(
            pairs("The grandmother is Lena Marsh, superb as ever."),
            [p("Lena Marsh", "grandmother")]
        );
        // A phrase of where or with what after the role; a clause of its own after `and`.
        assert_eq!(
            pairs("The uncle with the durian box is Chew Kok Leong and he steals the film."),
            [p("Chew Kok Leong", "uncle")]
        );
        // A lone name after a role may be the part's own name, never a surname for the actor
        // named in full before.
        assert_eq!(
            pairs("Wairimu Kamau plays the aunt. The driver is Kamau, a boy of nineteen."),
            [p("Wairimu Kamau", "aunt")]
        );
        // Never a word for the cast or crew.
        assert!(pairs("The director at the festival is Lena Marsh, who spoke after.").is_empty());
    }

    #[test]
    fn a_part_another_actor_plays_is_no_actor() {
        assert_eq!(
            pairs(
                "The heroine is Nesta Howell, who swam to Lundy in 1931. Carys Meredith plays Nesta Howell with a wary intelligence."
            ),
            [p("Carys Meredith", "Nesta Howell")]
        );
    }

    #[test]
    fn the_name_after_a_role_in_one_sentence_wins() {
        assert_eq!(
            pairs("The brother is Tran Quoc Bao, and Bao's Tung is a charming idiot."),
            [p("Tran Quoc Bao", "Tung")]
        );
    }

    #[test]
    fn a_role_from_a_place_then_the_part_s_name() {
        assert_eq!(
            pairs("Aitor Zubizarreta takes the role of the rival from Leitza, Iñaki, and shines."),
            [p("Aitor Zubizarreta", "Iñaki")]
        );
        assert_eq!(
            pairs(
                "There is Police Lieutenant Wichai, whom Nattapong Siriwat plays like a tired man."
            ),
            [p("Nattapong Siriwat", "Police Lieutenant Wichai")]
        );
    }

    #[test]
    fn a_name_then_in_the_role_of_a_part() {
        assert_eq!(
            pairs("Cheikh Tidiane Mbengue, in the role of the griot Lamine, carries the songs."),
            [p("Cheikh Tidiane Mbengue", "Lamine")]
        );
        // Never a figure of speech.
        assert!(
            pairs("Played by Ana Ruiz Vidal, in the role of her career, Rosalba runs the rooms.")
                .iter()
                .all(|(_, c)| c.as_deref() != Some("career"))
        );
    }

    #[test]
    fn who_is_cast_as() {
        assert_eq!(
            pairs(
                "We also want to name the young Fatou Binetou Faye, who is cast as Ndèye, her granddaughter."
            ),
            [p("Fatou Binetou Faye", "Ndèye")]
        );
    }

    #[test]
    fn the_work_of_a_crew_member() {
        let crew = crew_in(
            "The jury salutes the cinematography of Jean-Baptiste Mendy, who shoots the tree; the \
             editing of Awa Coly-Barry; and the score of Pape Alioune Samb, which uses the xalam.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Jean-Baptiste Mendy", "cinematographer"),
                ("Awa Coly-Barry", "editor"),
                ("Pape Alioune Samb", "composer"),
            ],
        );
        // A one-word name may be a composer of old, not the film's.
        let crew = crew_in(
            "The cinematography of this film recalls the music of Mozart, says Lena Marsh.",
            &ctx(),
        );
        assert!(crew.is_empty(), "{crew:?}");
    }

    #[test]
    fn a_jury_line_names_nobody_s_cast() {
        let body = "Jury: Ingrid Solheim-Aas (President), Hugo Verdier, Mariam Traoré\n\nMara (Ana Ruiz) runs the inn.";
        assert_eq!(pairs(body), [p("Ana Ruiz", "Mara")]);
    }

    #[test]
    fn a_part_then_an_appositive_of_praise_around_the_actor() {
        assert_eq!(
            pairs("Her mother, a wonderful Lena Marsh, runs the bakery."),
            [p("Lena Marsh", "mother")]
        );
        assert_eq!(
            pairs("Mara, an unrecognisable Ana Ruiz Vidal, runs the bakery."),
            [p("Ana Ruiz Vidal", "Mara")]
        );
        // A noun for a person among the words: the name is the character's.
        assert!(pairs("Her father, a retired teacher Tom Okafor, runs the bakery.").is_empty());
        // After `the`, the name is the part's own more often than not.
        assert!(pairs("Her mother, the formidable Kyra Froso, rules the house.").is_empty());
    }

    #[test]
    fn embodied_by_and_a_full_name_part_before_whom() {
        assert_eq!(
            pairs(
                "Oupa Koos, who says six words, is embodied (there is no other word) by Gert Bosman."
            ),
            [p("Gert Bosman", "Oupa Koos")]
        );
        assert_eq!(
            pairs(
                "Her husband, Lev Arkadyevich, whom Konstantin Zhukov plays as a warmer man, is the change."
            ),
            [p("Konstantin Zhukov", "Lev Arkadyevich")]
        );
        // A co-star is no part.
        assert!(pairs("Tom Okafor, whom Ana Ruiz plays opposite, is fine.").is_empty());
    }

    #[test]
    fn the_subject_of_a_verb_after_and() {
        assert_eq!(
            pairs("Zdenek Pospisil is serious for once and plays Beran, the union man."),
            [p("Zdenek Pospisil", "Beran")]
        );
        assert_eq!(
            pairs("Lena Marsh is a comedian. She sings, dances and plays Beran."),
            [p("Lena Marsh", "Beran")]
        );
        // Never past another name.
        assert!(
            pairs("Lena Marsh directs Tom Okafor and plays Beran.")
                .iter()
                .all(|(a, _)| a == "Lena Marsh")
        );
    }

    #[test]
    fn story_shapes_beside_the_new_cast_rules_are_no_cast() {
        // A story's appositive after the name: the part's own name.
        assert!(
            pairs("The narrator is Nick Carraway, a bond salesman from the Midwest.").is_empty()
        );
        assert!(
            pairs("The woman in the photograph is Vivian Maier, a nanny who took pictures.")
                .is_empty()
        );
        // A region after a place is no part's name.
        assert_eq!(
            pairs("Ana Ruiz plays a nurse from Austin, Texas, who drives all night."),
            [p("Ana Ruiz", "nurse")]
        );
        // A story's words, not praise.
        assert!(
            pairs("Her husband, a mysterious Julien Roux, vanishes on their wedding night.")
                .is_empty()
        );
        // A co-star, not a part.
        assert!(pairs("Tom Okafor, whom Ana Ruiz plays off beautifully, is a joy.").is_empty());
        // A function in real life, not a part.
        assert!(
            pairs("Tom Okafor, in the role of mentor to the young cast, produced the film.")
                .iter()
                .all(|(_, c)| c.as_deref() != Some("mentor"))
        );
    }

    #[test]
    fn who_wrote_it_after_the_score_is_the_composer_s() {
        let crew = crew_in(
            "The score is by Sunee Chaiyaphum, who wrote it for a single phin. The film is by \
             Lee Park, who wrote it as well.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Sunee Chaiyaphum", "composer"),
                ("Lee Park", "director"),
                ("Lee Park", "writer"),
            ],
        );
        assert!(
            !crew.contains(&("Sunee Chaiyaphum".to_owned(), "writer")),
            "{crew:?}"
        );
    }

    #[test]
    fn a_trade_paper_s_helmer_and_dop() {
        let crew = crew_in(
            "Helmer Lee Park keeps things tight. DoP Ruth Ode frames it beautifully.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[("Lee Park", "director"), ("Ruth Ode", "cinematographer")],
        );
    }

    #[test]
    fn a_work_compared_or_a_subject_s_is_no_crew() {
        let crew = crew_in(
            "Its images recall the cinematography of Sven Nykvist, and it is set to the music of \
             Nina Simone; the film surveys the photography of Vivian Maier.",
            &ctx(),
        );
        assert!(crew.is_empty(), "{crew:?}");
    }

    #[test]
    fn a_word_set_off_by_spaces_after_a_trigger_s_space_is_read() {
        let body = "The inn is quiet. But it's as Mara, the innkeeper, that Ana Ruiz surprises.";
        assert_eq!(
            selected(body, None),
            ["But it's as Mara, the innkeeper, that Ana Ruiz surprises."]
        );
    }

    #[test]
    fn in_the_role_of_after_a_verb_and_the_role_of_played_by() {
        assert_eq!(
            pairs("Ana Ruiz shines in the role of Mara."),
            [p("Ana Ruiz", "Mara")]
        );
        assert_eq!(
            pairs("Ruiz Vidal is superb in the part of the widow."),
            [p("Ruiz Vidal", "widow")]
        );
        assert_eq!(
            pairs("The role of Mara is played by Ana Ruiz."),
            [p("Ana Ruiz", "Mara")]
        );
        // Never a part of the film or of a life.
        assert!(pairs("Ana Ruiz is wonderful in the best part of the film.").is_empty());
        assert!(pairs("Tom Okafor was born in the role of a lifetime.").is_empty());
        assert!(pairs("Lee Park cast her in the role of Mara.").is_empty());
        assert!(pairs("Tom Okafor grew up in the part of Lagos where it is set.").is_empty());
    }

    #[test]
    fn a_group_noun_without_a_determiner_after_as() {
        assert_eq!(
            pairs("Ana Ruiz and Tom Okafor star as siblings Mara and Dev."),
            [p("Ana Ruiz", "Mara"), p("Tom Okafor", "Dev")]
        );
    }

    #[test]
    fn a_possessor_s_character_is_the_possessor_s_part() {
        for body in [
            "Mara, Ana Ruiz's character, runs the inn.",
            "Ana Ruiz's character, Mara, runs the inn.",
            "Ana Ruiz's character is called Mara.",
            "Mara (Ana Ruiz's character) runs the inn.",
        ] {
            assert_eq!(pairs(body), [p("Ana Ruiz", "Mara")], "{body}");
        }
        // A one-word possessor may be a novelist; a full name set off is no part.
        assert!(pairs("Tolstoy's character, Anna, is complex.").is_empty());
        assert!(pairs("Ana Ruiz's character, Mara Lind, runs the inn.").is_empty());
        // A place before the phrase, or an appositive of the character after it, is no part.
        for body in [
            "In Lagos, Ana Ruiz's character, a nurse, takes the night shift.",
            "Back in Lagos, Ana Ruiz's character, a nurse, takes the night shift.",
            "Mara, Ana Ruiz's character, a nurse, takes the night shift.",
            "In Lagos, Ana Ruiz's character, who is a nurse, takes the night shift.",
            "Back in Lagos, Ana Ruiz's character, who is a nurse, takes the night shift.",
        ] {
            let found = pairs(body);
            assert!(
                found.iter().all(|(_, c)| c.as_deref() != Some("Lagos")),
                "{body}: {found:?}"
            );
        }
        assert_eq!(
            pairs("In Lagos, Ana Ruiz's character, a nurse, takes the night shift."),
            [p("Ana Ruiz", "nurse")]
        );
    }

    #[test]
    fn the_cast_trigger_keeps_the_sentences_cast_led_reads() {
        let kept = |text: &str| {
            let p = text.find("cast").expect("a cast word");
            keep_trigger(text.as_bytes(), p, (&text[p..p + 5], Needs::CastWord))
        };
        for text in [
            "The cast was topped by Ana Ruiz.",
            "The cast is fronted by Ana Ruiz.",
            "Leading the cast Ana Ruiz finds every note.",
            "Lee Park and Sam Ode fill out the cast.",
            "Lee Park and Sam Ode round out the cast.",
        ] {
            assert!(kept(text), "{text}");
        }
        for text in [
            "Lee Park fills the cast with locals.",
            "The cast was paid by the day.",
            "The director loved the cast.",
        ] {
            assert!(!kept(text), "{text}");
        }
    }

    #[test]
    fn actors_who_lead_or_round_out_the_cast() {
        let none = |a: &str| (a.to_owned(), None);
        assert_eq!(
            pairs("Rounding out the cast are Ana Ruiz and Tom Okafor."),
            [none("Ana Ruiz"), none("Tom Okafor")]
        );
        assert_eq!(
            pairs("Ana Ruiz and Tom Okafor lead the cast."),
            [none("Ana Ruiz"), none("Tom Okafor")]
        );
        assert_eq!(
            pairs("Ana Ruiz, Tom Okafor and Lee Park round out the cast."),
            [none("Ana Ruiz"), none("Tom Okafor"), none("Lee Park")]
        );
        assert_eq!(
            pairs("The cast is led by Ana Ruiz and Tom Okafor."),
            [none("Ana Ruiz"), none("Tom Okafor")]
        );
        // `the cast includes` is read as before.
        assert_eq!(
            pairs("The cast also includes Ngozi Eze, who deserved more."),
            [none("Ngozi Eze")]
        );
        assert!(pairs("The director leads the cast through it. I loved the cast.").is_empty());
        // `fill` leads a cast only as `fill out`.
        assert!(pairs("Lee Park fills the cast with non-professionals.").is_empty());
        assert!(pairs("Filling the cast with locals was Lee Park's idea.").is_empty());
        assert_eq!(
            pairs("Ngozi Eze and Sam Ode fill out the cast."),
            [none("Ngozi Eze"), none("Sam Ode")]
        );
        assert_eq!(
            pairs("The cast is topped by Ana Ruiz, never better."),
            [none("Ana Ruiz")]
        );
        assert_eq!(
            pairs("The cast was anchored by Ana Ruiz."),
            [none("Ana Ruiz")]
        );
        // A list after the colon is read as before.
        assert_eq!(
            pairs("Two newcomers lead the cast: Ana Ruiz and Tom Okafor."),
            [none("Ana Ruiz"), none("Tom Okafor")]
        );
        assert_eq!(
            pairs("Rounding out the cast: Tom Okafor, Lee Park and Ngozi Eze."),
            [none("Tom Okafor"), none("Lee Park"), none("Ngozi Eze")]
        );
    }

    #[test]
    fn a_part_after_playing_or_before_a_dashed_played_by() {
        assert_eq!(
            pairs(
                "Playing Margit, the widow, is Solveig Brattvåg, and it is hard to imagine anyone else."
            ),
            [p("Solveig Brattvåg", "Margit")]
        );
        assert_eq!(
            pairs(
                "Doña Rosalba — played here by María José Etchepare, in the role of her career — runs the rooms."
            ),
            [p("María José Etchepare", "Doña Rosalba")]
        );
        assert_eq!(
            pairs("Her nephew — played by Tomás Ibarra — is a clerk."),
            [p("Tomás Ibarra", "nephew")]
        );
        // A dash later in the sentence opens no part: `the boy — and it shows — is played by`.
        assert!(
            pairs("It was a long shoot — the boy was played by Tomás Ibarra.")
                .iter()
                .all(|x| x.1.as_deref() != Some("shoot"))
        );
    }

    #[test]
    fn a_director_from_his_own_script_wrote_it() {
        let body = "Halvard Rønning directed from his own script. It was his third feature.";
        assert_crew(&crew_in(body, &ctx()), &[("Halvard Rønning", "writer")]);
        let body = "Oona Pietilä directs from her own screenplay, and it is a tight one.";
        assert_crew(&crew_in(body, &ctx()), &[("Oona Pietilä", "writer")]);
    }
    #[test]
    fn a_pronoun_played_by_takes_the_name_before_an_appositive_role() {
        assert_eq!(
            pairs(
                "He is Ato Berhanu, the tax assessor, and he is played by Getachew Mulugeta-Asfaw with terrible politeness."
            ),
            [p("Getachew Mulugeta-Asfaw", "Ato Berhanu")]
        );
        // A role alone is still the part.
        assert_eq!(
            pairs("Nobody trusts the tax assessor, and he is played by Getachew Mulugeta-Asfaw."),
            [p("Getachew Mulugeta-Asfaw", "assessor")]
        );
    }

    #[test]
    fn crew_of_a_share_of_the_film_or_after_a_copula() {
        let body = "Ejigayehu Tadesse shot nearly the whole film in one room. Bekele Haile shot \
                    most of it on a phone. The music is by Henrique Batista-Lobo and it slaps. \
                    The cinematography is by Irma Koskinen.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Ejigayehu Tadesse", "cinematographer"),
                ("Bekele Haile", "cinematographer"),
                ("Henrique Batista-Lobo", "composer"),
                ("Irma Koskinen", "cinematographer"),
            ],
        );
        // A song is by its singer: no crew, no cast.
        let body = "The theme song is by Luana Pires and it is stuck in my head.";
        assert!(crew_in(body, &ctx()).is_empty());
        assert!(pairs(body).is_empty());
    }
    #[test]
    fn wrote_it_with_names_two_writers() {
        let body = "Mzia Tchanturia-Kobakhidze wrote it with Guram Esakia, and it shows.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Mzia Tchanturia-Kobakhidze", "writer"),
                ("Guram Esakia", "writer"),
            ],
        );
        // The co-writer is no antecedent for a pronoun that plays a part.
        let body = "This is Mzia Tchanturia-Kobakhidze's film. She wrote it with Guram Esakia; \
                    she even turns up in the last reel as a waitress.";
        assert!(
            pairs(body).iter().all(|x| x.0 != "Guram Esakia"),
            "{:?}",
            pairs(body)
        );
    }

    #[test]
    fn a_co_star_after_opposite_is_no_antecedent() {
        let body = "The real gist is J. R. Okonjo, who we know as the wicked stepbrother in \
                    Ebube's Inheritance (2021) opposite Nkiruka Ume. Here he plays Barrister \
                    Nkem, the bride's uncle.";
        assert_eq!(pairs(body), [p("J. R. Okonjo", "Barrister Nkem")]);
    }

    #[test]
    fn another_films_billing_with_a_country_before_its_year() {
        let body = "NEXT MONTH: The Lighthouse Keeper's Wager (Ireland, 2022), starring Niamh \
                    Cassidy-Rourke as a keeper who bets the lighthouse in a card game.";
        assert!(pairs(body).is_empty(), "{:?}", pairs(body));
    }
    #[test]
    fn crew_who_turns_up_as_a_part_and_a_mononym_after_a_describing_noun() {
        let body = "The score is by Indrek Laanemets, who also turns up on screen as the fiddler \
                    at the bonfire.";
        assert_eq!(pairs(body), [p("Indrek Laanemets", "fiddler")]);
        assert_crew(&crew_in(body, &ctx()), &[("Indrek Laanemets", "composer")]);
        // A clause about training is no part.
        assert!(pairs("Indrek Laanemets, who trained as a dancer, wrote the songs.").is_empty());
        let body = "The music is by the throat-singer Dashnyam, who can sing two notes at once.";
        assert_crew(&crew_in(body, &ctx()), &[("Dashnyam", "composer")]);
        // A group is no composer.
        let body = "The only music is by the throat-singing duo Tarniq, and it is sparing.";
        assert!(crew_in(body, &ctx()).is_empty());
    }

    #[test]
    fn an_age_before_as_and_a_best_friend_with_a_name() {
        assert_eq!(
            pairs("Listen out for Ruby Okonkwo-Hale, 11, as Tuya's best friend, Saraa."),
            [p("Ruby Okonkwo-Hale", "Saraa")]
        );
        assert_eq!(
            pairs("Zain ul Abideen Malik plays Rafiq Qamar as a grown man."),
            [p("Zain ul Abideen Malik", "Rafiq Qamar")]
        );
    }
    #[test]
    fn a_named_relation_is_the_veteran_actress_name() {
        assert_eq!(
            pairs(
                "Playing the bride's grandmother, Miss Ivy, is the veteran stage actress Rose \
                   Hill (no relation to the district)."
            ),
            [p("Rose Hill", "Miss Ivy")]
        );
        assert_eq!(
            pairs("The bride's grandmother is the veteran actress Marcia Pennycooke."),
            [p("Marcia Pennycooke", "grandmother")]
        );
        assert_eq!(
            pairs("Ottavio dal Pozzo plays Signor Cutrona, the salt buyer."),
            [p("Ottavio dal Pozzo", "Signor Cutrona")]
        );
    }

    #[test]
    fn written_by_a_with_b_names_two_writers() {
        let body = "The film is written by Bonnici Calì with Matteo Saliba, and it is tight.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[("Bonnici Calì", "writer"), ("Matteo Saliba", "writer")],
        );
        // Only a writer's credit goes on after `with`.
        let body = "It was shot by Lasse Aho with a borrowed camera and Mira Leino's patience.";
        assert_crew(&crew_in(body, &ctx()), &[("Lasse Aho", "cinematographer")]);
        assert!(crew_in(body, &ctx()).iter().all(|c| c.0 != "Mira Leino"));
    }
    #[test]
    fn places_adjectives_and_younger_selves_around_a_part() {
        // A place after a preposition is no part for the pronoun.
        assert_eq!(
            pairs(
                "Her grandson, Duarte, is back from Lisbon with a plan, and he is played by \
                   Tomás Pinto de Sá with a weaselly charm."
            ),
            [p("Tomás Pinto de Sá", "Duarte")]
        );
        assert_eq!(
            pairs(
                "Jean-Baptiste d'Entremont portrays her father-in-law, old Fidèle, who thinks \
                   the job is no place for a woman."
            ),
            [p("Jean-Baptiste d'Entremont", "Fidèle")]
        );
        assert_eq!(
            pairs(
                "The surprise is its youngest player: Noah Babineau-Doucet, eleven, as the boy \
                   Ti-Paul, who follows his mother."
            ),
            [p("Noah Babineau-Doucet", "Ti-Paul")]
        );
        assert_eq!(
            pairs(
                "Grace as a girl is played in the opening scenes by eleven-year-old Zara Ibekwe."
            ),
            [p("Zara Ibekwe", "Grace")]
        );
        assert_eq!(
            pairs("Esi Mensah plays the girl who finds the key."),
            [p("Esi Mensah", "girl")]
        );
    }
    #[test]
    fn a_possessors_described_relation_and_a_reflexive_before_a_name() {
        assert_eq!(
            pairs(
                "Dato Kiknadze as the bride's nervous father; and Salome Abashidze-Kvirikashvili \
                   as the bride herself, Eka, who waits."
            ),
            [
                p("Dato Kiknadze", "father"),
                p("Salome Abashidze-Kvirikashvili", "Eka")
            ]
        );
        assert_eq!(
            pairs(
                "Wideline Pierre-Louis, as the groom's Haitian mother, Manman Lunise, adds a \
                   welcome tartness."
            ),
            [p("Wideline Pierre-Louis", "Manman Lunise")]
        );
    }

    #[test]
    fn camera_work_and_a_titled_novel_by_name() {
        let body = "The camera work, by Agron Bala, is full of long, still shots. Adapted from the \
                    novel Les Digues by Clarisse Melanson, it follows one family. It also owes \
                    something to the novel 'Salt Marsh' by Odile Gaudet.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Agron Bala", "cinematographer"),
                ("Clarisse Melanson", "novelist"),
                ("Odile Gaudet", "novelist"),
            ],
        );
        // A camera that follows someone is no credit.
        let body = "The camera follows her home, watched by Ana Ruiz from a window.";
        assert!(crew_in(body, &ctx()).is_empty());
    }
    #[test]
    fn an_object_pronoun_plays_the_part_named_a_sentence_or_two_before() {
        assert_eq!(
            pairs(
                "The driver, Ah Fong, is the kind of woman who has stopped being surprised. \
                   Natalie Kwok Mei-lan, who spent the 2000s as a pop idol, plays her with a \
                   cigarette-rasp deadpan."
            ),
            [p("Natalie Kwok Mei-lan", "Ah Fong")]
        );
        let found = pairs(
            "And then there is Golnar, Jalal's wife, who has six scenes. She keeps the tally in \
             a child's exercise book. Mahtab Ghaffari, who plays her, was last seen as the \
             schoolteacher Sima in Abedini's Clay Birds (2016).",
        );
        assert!(found.contains(&p("Mahtab Ghaffari", "Golnar")), "{found:?}");
        // A fuller form of the part in a possessive is kept: `Sergeant Hrynyk`.
        assert_eq!(
            pairs(
                "His sergeant, Hrynyk, keeps the men alive. Danylo Kostiuk plays him, and \
                   Kostiuk's Sergeant Hrynyk is the film's beating heart."
            ),
            [p("Danylo Kostiuk", "Sergeant Hrynyk")]
        );
    }
    #[test]
    fn writers_after_also_who_co_wrote_and_adapted_a_novel() {
        let body = "Amy Leung-Hartley made it. Leung-Hartley, who wrote and directed, grew up in \
                    Stockport. Ravi Velmurugan cut it. Velmurugan also wrote the film, and it \
                    shows. Ingrid Sjöberg shot it. Sjöberg co-wrote the screenplay with Hans \
                    Rietveld. Harriet Penwarden made it too. Penwarden has adapted Gordon \
                    Blakiston's 1979 novel with a light hand.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Amy Leung-Hartley", "director"),
                ("Amy Leung-Hartley", "writer"),
                ("Ravi Velmurugan", "writer"),
                ("Ingrid Sjöberg", "writer"),
                ("Hans Rietveld", "writer"),
                ("Harriet Penwarden", "writer"),
                ("Gordon Blakiston", "novelist"),
            ],
        );
        // Adapted for the stage is no screenplay: only a book or `from` makes the adapter a
        // writer.
        let body = "Harriet Penwarden has adapted well to the cold.";
        assert!(crew_in(body, &ctx()).is_empty());
    }
    #[test]
    fn a_director_in_a_who_clause_and_the_direk_title() {
        let body = "Màiri NicLeòid, who also directed the film, is good. Anouk Delaître, who wrote \
                    the script with Rémi Sabatier and directed it, is patient. Direk Mon \
                    Javellana squeezes every drop out of them; Javellana, who directed the \
                    sequel too, knows rain.";
        let crew = crew_in(body, &ctx());
        assert_crew(
            &crew,
            &[
                ("Màiri NicLeòid", "director"),
                ("Anouk Delaître", "director"),
                ("Anouk Delaître", "writer"),
                ("Rémi Sabatier", "writer"),
                ("Mon Javellana", "director"),
            ],
        );
        assert!(crew.iter().all(|c| !c.0.starts_with("Direk")), "{crew:?}");
        // `who directed` needs an object: `who directed traffic` is none of the film's.
        let body = "Olli Rautio, who directed, is modest.";
        assert!(crew_in(body, &ctx()).is_empty());
    }
    #[test]
    fn cast_against_type_as_a_part_and_more_kin_words() {
        assert_eq!(
            pairs(
                "Jiří Mácha, cast against type as a mild accountant, is the film's secret weapon."
            ),
            [p("Jiří Mácha", "accountant")]
        );
        assert_eq!(
            pairs("Her koro (Hēmi Waaka) has built the weir every autumn for sixty years."),
            [p("Hēmi Waaka", "koro")]
        );
    }
    #[test]
    fn a_pronoun_for_a_surname_opening_the_sentence_before() {
        let found = pairs(
            "Tariq Mahmood-Gill is the find here. Mahmood-Gill was nineteen and had never acted \
             before. He plays Jaz, the quiet one, who spends the film in the back seat.",
        );
        assert!(found.contains(&p("Tariq Mahmood-Gill", "Jaz")), "{found:?}");
        // A surname nobody is named by in full stands for no one.
        let found = pairs("Mahmood-Gill was nineteen. He plays Jaz, the quiet one.");
        assert!(found.is_empty(), "{found:?}");
    }
    #[test]
    fn an_actor_then_a_named_part_with_a_description_in_parentheses() {
        assert_eq!(
            pairs(
                "The cast: Hinewai Te Rangi-Pōtae (Mereana, the eldest, back from Melbourne); \
                   Tamati Hohaia-Ngata (Rawiri, her cousin, who never left); Ana Leaupepe-Soliai \
                   (Aunty Vai, who runs everything)."
            ),
            [
                p("Hinewai Te Rangi-Pōtae", "Mereana"),
                p("Tamati Hohaia-Ngata", "Rawiri"),
                p("Ana Leaupepe-Soliai", "Aunty Vai")
            ]
        );
        // A place and a year in the parenthesis are no part.
        assert!(pairs("Tamati Hohaia-Ngata (Rotorua, 2019) is good.").is_empty());
    }
    #[test]
    fn a_role_with_its_place_a_mononym_before_an_aside_and_a_film_after_on() {
        assert_eq!(
            pairs(
                "The smaller roles: Paweł Dzik (a censor); Halina Bobrowska (the landlady in \
                   Kraków); Feliks Orzeł (Father Kazimierz)."
            ),
            [
                p("Paweł Dzik", "censor"),
                p("Halina Bobrowska", "landlady"),
                p("Feliks Orzeł", "Father Kazimierz")
            ]
        );
        assert_eq!(
            pairs(
                "Her father, played by the veteran actor Wiryoto (he has used one name for \
                   fifty years), repairs an umbrella."
            ),
            [p("Wiryoto", "father")]
        );
        // A film after `on` is no pronoun's antecedent.
        let found = pairs(
            "Directed by Kwame Nkansah-Yeboah, who first worked with her on Two Roofs as a \
             runner, it is a dry comedy. In it she plays Maa Akosua, the landlady.",
        );
        assert!(found.iter().all(|x| x.0 != "Two Roofs"), "{found:?}");
    }
    #[test]
    fn a_place_set_off_before_the_pronoun_is_passed_over() {
        assert_eq!(
            pairs(
                "Halina, a vet from Warsaw, gets sent to a village in the Lublin countryside. \
                   Zuzanna Wróblewska-Kaczmarek plays her, and she's fantastic."
            ),
            [p("Zuzanna Wróblewska-Kaczmarek", "Halina")]
        );
        assert_eq!(
            pairs(
                "It's about Iosefa, who's a big-time player in Auckland — Tavita Faleolo-Moors \
                   plays him, and he is good."
            ),
            [p("Tavita Faleolo-Moors", "Iosefa")]
        );
    }
    #[test]
    fn the_subject_of_as_before_a_dash_aside() {
        let found = pairs(
            "Thiago de Souza-Lima is new. De Souza-Lima — that's Thiago de Souza-Lima, recently \
             seen on streaming — is a hoot as Rodrigo, the compère.",
        );
        assert!(
            found
                .iter()
                .any(|x| x.0.ends_with("Souza-Lima") && x.1.as_deref() == Some("Rodrigo")),
            "{found:?}"
        );
    }
    #[test]
    fn a_dash_aside_after_a_parts_appositive() {
        assert_eq!(
            pairs(
                "Her regulars include Mr Tominaga, a retired ferryman who has come every \
                   evening since 1971 — Ken'ichi Ōtsuka, heartbreakingly funny — and a clerk."
            ),
            [p("Ken'ichi Ōtsuka", "Mr Tominaga")]
        );
    }
    #[test]
    fn a_part_is_an_actors_finest_work_and_two_labels_share_a_colon() {
        assert_eq!(
            pairs(
                "Her neighbour Petro, who has loved her for thirty years, is Bohdan \
                   Kovalchuk's finest work in years."
            ),
            [p("Bohdan Kovalchuk", "Petro")]
        );
        // Another possessive after `is` is no actor's work.
        assert!(pairs("The house, which is old, is Bohdan Kovalchuk's problem now.").is_empty());
        let body = "Crew: Director, writer: Kenneth Mak Chi-keung.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Kenneth Mak Chi-keung", "director"),
                ("Kenneth Mak Chi-keung", "writer"),
            ],
        );
    }
    #[test]
    fn directors_by_an_aside_a_copula_and_their_own_script() {
        let body = "It is directed, like the first film, by Hemi Karaka and Sophie Ng. It is by \
                    Dóra Gál-Fischer, who also wrote the screenplay. Rāwiri Tautahi-Brown's debut \
                    is fine. Tautahi-Brown, who directs from his own screenplay, lets the river \
                    talk.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Hemi Karaka", "director"),
                ("Sophie Ng", "director"),
                ("Dóra Gál-Fischer", "director"),
                ("Dóra Gál-Fischer", "writer"),
                ("Rāwiri Tautahi-Brown", "director"),
                ("Rāwiri Tautahi-Brown", "writer"),
            ],
        );
        // `by far` names no one.
        assert!(crew_in("It is by far the best film of the year.", &ctx()).is_empty());
    }
    #[test]
    fn the_films_songs_are_by_their_composer() {
        let body = "The songs are by Lani Faleolo, and yes, there is an earworm. The songs by \
                    Ilango Selvaraj are catchy without being memorable.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Lani Faleolo", "composer"),
                ("Ilango Selvaraj", "composer"),
            ],
        );
        // Some songs by a band or a singer are no credit.
        let body =
            "The soundtrack includes two songs by Sauti Nne, and songs by Ndèye Khady Guèye.";
        assert!(crew_in(body, &ctx()).is_empty());
        assert!(pairs(body).is_empty());
    }
    #[test]
    fn the_source_of_an_adaptation_by_its_author() {
        let body = "Saoirse Nic Aodha adapted the film from Donncha Ó Tuama's 1988 play. It is \
                    based on a story by the Yiddish writer Hersh Lipinski, updated to now.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[
                ("Saoirse Nic Aodha", "writer"),
                ("Donncha Ó Tuama", "novelist"),
                ("Hersh Lipinski", "novelist"),
            ],
        );
        // A story by a screenwriter is a writer's credit.
        let body = "The story by Hersh Lipinski is thin.";
        assert_crew(&crew_in(body, &ctx()), &[("Hersh Lipinski", "writer")]);
    }
    #[test]
    fn a_credit_to_someones_relation_set_off_by_name() {
        let body = "It was produced by Grace's own daughter, Nneka Okonkwo-Hart, who spoke first.";
        assert_crew(
            &crew_in(body, &ctx()),
            &[("Nneka Okonkwo-Hart", "producer")],
        );
        assert!(crew_in(body, &ctx()).iter().all(|c| c.0 != "Grace"));
    }
    #[test]
    fn binte_and_the_late_name_in_parentheses() {
        assert_eq!(
            pairs("Nurul Aisyah binte Rahmat (Farah, a staff nurse at a hospital) is the centre."),
            [p("Nurul Aisyah binte Rahmat", "Farah")]
        );
        assert_eq!(
            pairs("Danny's father (the late Hector Dunbar, who died in 2009) appears twice."),
            [p("Hector Dunbar", "father")]
        );
    }
    #[test]
    fn a_second_role_word_is_the_head_and_a_dated_film_is_another() {
        assert_eq!(
            pairs("Lesia Dzhura-Bondar turns up in the second half as a volunteer medic."),
            [p("Lesia Dzhura-Bondar", "medic")]
        );
        // An adjective before the role leaves no part; a part in a dated film is another's.
        assert!(
            pairs("Mira Thu first came to attention as the runaway daughter in Rice Wind (2015).")
                .is_empty()
        );
    }

    #[test]
    fn faroese_and_portuguese_particles_stay_inside_a_name() {
        assert_eq!(
            pairs(
                "Her son and daughter-in-law (Sámal við Gjónna and Ida Sønderby) want her to sell \
                 up. Abílio is played by Tiago Sousa e Silva, and Rannvá by Birita í Garðshorni."
            ),
            vec![
                p("Sámal við Gjónna", "son"),
                p("Ida Sønderby", "daughter-in-law"),
                p("Tiago Sousa e Silva", "Abílio"),
                p("Birita í Garðshorni", "Rannvá"),
            ]
        );
    }

    #[test]
    fn a_word_for_the_person_after_by_gives_way_to_the_name_set_off_after_it() {
        let crew = crew_in(
            "It is directed by a Frenchwoman, Claire Aubertin-Moreau, who lived in Khovd. The \
             music is by the throat-singer Dashnyam.",
            &ctx(),
        );
        assert_crew(
            &crew,
            &[
                ("Claire Aubertin-Moreau", "director"),
                ("Dashnyam", "composer"),
            ],
        );
        assert!(!crew.iter().any(|c| c.0 == "Frenchwoman"), "{crew:?}");
    }

    #[test]
    fn an_appositive_of_praise_before_as_names_the_actor_before_it() {
        assert_eq!(
            pairs(
                "Eyðun á Ryggi, a revelation as the ferryman, spends nine days refusing to sail."
            ),
            vec![p("Eyðun á Ryggi", "ferryman")]
        );
        assert_eq!(
            pairs("Mara Lind, superb as the landlord, steals every scene she is in."),
            vec![p("Mara Lind", "landlord")]
        );
        // A place before the comma is no actor: the words between are a verb of appearing.
        assert_eq!(
            pairs(
                "Jolene Denny-Augustine, from the community at Bear River, appears as Mali, the \
                 neighbour."
            ),
            vec![p("Jolene Denny-Augustine", "Mali")]
        );
    }

    #[test]
    fn a_label_in_parentheses_is_no_part() {
        // A shop page's byline: `(Actor)` credits an actor without a part; `(Director)` is no
        // one's part.
        assert_eq!(
            pairs(
                "Deniz Yalcin (Actor), Mehmet Karagoz (Actress), Halil Celebi (Director) | Rated: 12 | Format: DVD"
            ),
            [
                ("Deniz Yalcin".to_owned(), None),
                ("Mehmet Karagoz".to_owned(), None)
            ]
        );
    }

    #[test]
    fn a_role_then_the_part_s_name_in_parentheses_after_an_actor() {
        assert_eq!(
            pairs(
                "Deniz Yalcin (the daughter, Nur) is wonderful, and Tomas Brel (her uncle, Ivo) is fine."
            ),
            [p("Deniz Yalcin", "Nur"), p("Tomas Brel", "Ivo")]
        );
        // A description after the comma names no part.
        assert!(pairs("Deniz Yalcin (the daughter, sadly) is wonderful.").is_empty());
    }

    #[test]
    fn a_part_given_by_called_then_an_object_pronoun() {
        assert_eq!(
            pairs(
                "There is a bad man as well. He is called Pak Darto and he wants the beach. \
                 Raden Bagus Wiratama plays him."
            ),
            [p("Raden Bagus Wiratama", "Pak Darto")]
        );
        assert_eq!(
            pairs(
                "The villain is a retired colonel named Brannock. Ilse Marquardt plays him with relish."
            ),
            [p("Ilse Marquardt", "Brannock")]
        );
    }

    #[test]
    fn an_occupation_before_the_last_name_of_a_list() {
        let none = |a: &str| (a.to_owned(), None);
        assert_eq!(
            pairs(
                "Further in the cast: Lotte Maes, Wout Peeters and the Antwerp rapper Kobe Laureys, all fine."
            ),
            [
                none("Lotte Maes"),
                none("Wout Peeters"),
                none("Kobe Laureys")
            ]
        );
        // Never a crew noun: `and the novelist Name` is no actor of the list.
        assert_eq!(
            pairs("Further in the cast: Lotte Maes, Wout Peeters and the novelist Bea Hartigan."),
            [none("Lotte Maes"), none("Wout Peeters")]
        );
    }

    #[test]
    fn a_cleft_names_the_actor_before_who() {
        assert_eq!(
            pairs(
                "It is Marta Kowalczyk who plays Irena. But it was Tomasz Lis who played the \
                 brother, Piotr, and it's Ewa Nowak who plays Zofia."
            ),
            [
                p("Marta Kowalczyk", "Irena"),
                p("Tomasz Lis", "Piotr"),
                p("Ewa Nowak", "Zofia")
            ]
        );
        // No cleft: `who plays` after a name with no `it is` before it and no comma.
        assert!(pairs("Nobody asked Marta Kowalczyk who plays Irena.").is_empty());
    }
}
