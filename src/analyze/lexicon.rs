//! Word lists the people finder reads: role and kinship nouns that serve as characters, crew
//! nouns, words that start sentences but never names, and the verbs around cast and crew.
//! Every list is sorted and lowercase ASCII (a test checks); words are looked up through one
//! table of all lists ([`classify`]), which returns the lists a word is in as bits.

/// Lowercases an ASCII word into `buf`; `None` when it is not ASCII or longer than the buffer
/// (no list below holds such words).
pub fn lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Bits of [`classify`]: which lists a word is in.
pub mod class {
    #![allow(missing_docs)]
    pub const ROLE: u32 = 1;
    pub const ROLE_COMPOUND: u32 = 1 << 1;
    pub const CAST_NOUN: u32 = 1 << 2;
    pub const FUNCTION: u32 = 1 << 3;
    pub const DETERMINER: u32 = 1 << 4;
    pub const NOT_NAME: u32 = 1 << 5;
    pub const TITLE: u32 = 1 << 6;
    pub const ABBREVIATION: u32 = 1 << 7;
    pub const SPEECH_VERB: u32 = 1 << 8;
    pub const MUSIC_NOUN: u32 = 1 << 9;
    pub const PARTICLE: u32 = 1 << 10;
    pub const CREW_BY: u32 = 1 << 11;
    pub const CREW_NOUN: u32 = 1 << 12;
    pub const CREW_WORK: u32 = 1 << 13;
    pub const PLAY_VERB: u32 = 1 << 14;
    pub const CALENDAR: u32 = 1 << 15;
    /// Words that set off a pattern wherever they stand.
    pub const TRIGGER: u32 = CREW_NOUN | MUSIC_NOUN | SPEECH_VERB | PLAY_VERB | CAST_NOUN;
}

/// FNV-1a over the ASCII-lowercased bytes of a word.
fn hash_lower(w: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
    }
    // The high bits mix best; the table is far smaller than 2^32.
    usize::try_from(h >> 32).unwrap_or(0)
}

/// Slots of the open-addressing table (a power of two, well above the number of words).
const SLOTS: usize = 4096;

/// Every listed word with its [`class`] bits, in an open-addressing table: looking a word up
/// costs one hash of its bytes and usually one comparison, with no allocation.
#[allow(clippy::type_complexity)]
static TABLE: std::sync::LazyLock<(
    Vec<(&'static str, u32)>,
    [u64; FILTER_WORDS],
    [u64; FILTER_WORDS],
)> = std::sync::LazyLock::new(|| {
    use super::people::{CREW_BY, CREW_NOUNS, CREW_WORKS, PARTICLES, PLAY_VERBS};
    let mut words: Vec<(&'static str, u32)> = Vec::new();
    let mut add = |w: &'static str, bit: u32| match words.iter_mut().find(|x| x.0 == w) {
        Some(x) => x.1 |= bit,
        None => words.push((w, bit)),
    };
    let lists: [(&[&'static str], u32); 13] = [
        (ROLES, class::ROLE),
        (ROLE_COMPOUNDS, class::ROLE_COMPOUND),
        (CAST_NOUNS, class::CAST_NOUN),
        (FUNCTION_WORDS, class::FUNCTION),
        (DETERMINERS, class::DETERMINER),
        (NOT_NAMES, class::NOT_NAME),
        (CALENDAR, class::CALENDAR),
        (TITLES, class::TITLE),
        (ABBREVIATIONS, class::ABBREVIATION),
        (SPEECH_VERBS, class::SPEECH_VERB),
        (MUSIC_NOUNS, class::MUSIC_NOUN),
        (PARTICLES, class::PARTICLE),
        (PLAY_VERBS, class::PLAY_VERB),
    ];
    for (list, bit) in lists {
        for w in list {
            add(w, bit);
        }
    }
    for (table, bit) in [
        (CREW_BY, class::CREW_BY),
        (CREW_NOUNS, class::CREW_NOUN),
        (CREW_WORKS, class::CREW_WORK),
    ] {
        for (w, _) in table {
            add(w, bit);
        }
    }
    assert!(words.len() * 2 < SLOTS, "the word table needs more slots");
    let mut filter = [0u64; FILTER_WORDS];
    let mut triggers = [0u64; FILTER_WORDS];
    for (w, bits) in &words {
        let k = filter_key(w.as_bytes());
        filter[k / 64] |= 1 << (k % 64);
        if bits & class::TRIGGER != 0 {
            triggers[k / 64] |= 1 << (k % 64);
        }
    }
    let mut table = vec![("", 0u32); SLOTS];
    for (w, bits) in words {
        let mut i = hash_lower(w.as_bytes()) & (SLOTS - 1);
        while !table[i].0.is_empty() {
            i = (i + 1) & (SLOTS - 1);
        }
        table[i] = (w, bits);
    }
    (table, filter, triggers)
});

/// Words (of 64 bits) in the prefilter: a bitmap over length and first and last letters.
const FILTER_WORDS: usize = 1024;

/// The prefilter bit of a word: its length with its first and last bytes, lowercased.
fn filter_key(w: &[u8]) -> usize {
    let first = usize::from(w[0].to_ascii_lowercase() & 0x1f);
    let last = usize::from(w[w.len() - 1].to_ascii_lowercase() & 0x1f);
    ((w.len() & 0x3f) << 10 | first << 5 | last) % (FILTER_WORDS * 64)
}

/// False when `w` is surely not a [`class::TRIGGER`] word (a bitmap test, no lookup).
pub fn maybe_trigger(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 20 || b.is_empty() {
        return false;
    }
    let k = filter_key(b);
    TABLE.2[k / 64] & (1 << (k % 64)) != 0
}

/// Which lists `w` (any case) is in, as [`class`] bits; 0 for most words.
pub fn classify(w: &str) -> u32 {
    let b = w.as_bytes();
    if b.len() > 20 || b.is_empty() {
        return 0;
    }
    let (table, filter, _) = &*TABLE;
    let k = filter_key(b);
    if filter[k / 64] & (1 << (k % 64)) == 0 {
        return 0;
    }
    let mut i = hash_lower(b) & (SLOTS - 1);
    loop {
        let (k, bits) = table[i];
        if k.is_empty() {
            return 0;
        }
        if k.len() == b.len() && k.as_bytes().eq_ignore_ascii_case(b) {
            return bits;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

/// Nouns for a person by kinship, relation, station or trade: the character when a review
/// writes `her father (Ana Ruiz)` or `plays the landlord`.
pub const ROLES: &[&str] = &[
    "aaji",
    "abbess",
    "abbot",
    "abuela",
    "abuelo",
    "accountant",
    "activist",
    "addict",
    "admiral",
    "admirer",
    "agent",
    "ajji",
    "alcoholic",
    "ambassador",
    "antagonist",
    "apprentice",
    "architect",
    "archivist",
    "aristocrat",
    "artist",
    "assassin",
    "assistant",
    "astronaut",
    "athlete",
    "attendant",
    "attorney",
    "au-pair",
    "aunt",
    "auntie",
    "babcia",
    "babushka",
    "baby",
    "babysitter",
    "bailiff",
    "baker",
    "bandit",
    "banker",
    "barber",
    "barista",
    "barmaid",
    "barman",
    "barrister",
    "bartender",
    "beggar",
    "billionaire",
    "bishop",
    "blacksmith",
    "bodyguard",
    "bookseller",
    "boss",
    "bouncer",
    "boxer",
    "boy",
    "boyfriend",
    "bride",
    "broker",
    "brother",
    "brother-in-law",
    "builder",
    "bully",
    "burglar",
    "busker",
    "butcher",
    "butler",
    "cabbie",
    "cadre",
    "captain",
    "cardinal",
    "caretaker",
    "carpenter",
    "cashier",
    "chaplain",
    "chauffeur",
    "chef",
    "chemist",
    "chieftain",
    "child",
    "classmate",
    "cleaner",
    "clerk",
    "client",
    "clown",
    "coach",
    "colleague",
    "colonel",
    "commander",
    "commissioner",
    "con-man",
    "concierge",
    "constable",
    "convict",
    "cook",
    "cop",
    "coroner",
    "corporal",
    "councillor",
    "counsellor",
    "counselor",
    "courier",
    "cousin",
    "cowboy",
    "coxswain",
    "curate",
    "curator",
    "customer",
    "dad",
    "daddy",
    "dadi",
    "dancer",
    "daughter",
    "daughter-in-law",
    "dealer",
    "deckhand",
    "dentist",
    "deputy",
    "detective",
    "docker",
    "doctor",
    "doorman",
    "drifter",
    "driver",
    "drunk",
    "duchess",
    "duke",
    "dziadek",
    "electrician",
    "emperor",
    "employer",
    "empress",
    "engineer",
    "ex-boyfriend",
    "ex-girlfriend",
    "ex-husband",
    "ex-lover",
    "ex-wife",
    "farmer",
    "farmhand",
    "father",
    "father-in-law",
    "ferryman",
    "fiance",
    "fiancee",
    "firefighter",
    "fisherman",
    "flatmate",
    "footballer",
    "forger",
    "friend",
    "fugitive",
    "gambler",
    "gamekeeper",
    "gangster",
    "gardener",
    "general",
    "ghost",
    "girl",
    "girlfriend",
    "godfather",
    "godmother",
    "governess",
    "governor",
    "gran",
    "grandad",
    "granddad",
    "granddaughter",
    "grandfather",
    "grandma",
    "grandmother",
    "grandpa",
    "grandson",
    "granny",
    "gravedigger",
    "grocer",
    "groom",
    "groundskeeper",
    "guard",
    "guest",
    "hacker",
    "hairdresser",
    "halmeoni",
    "harabeoji",
    "headman",
    "headmaster",
    "headmistress",
    "headteacher",
    "healer",
    "heir",
    "heiress",
    "henchman",
    "hermit",
    "heroine",
    "historian",
    "hitchhiker",
    "hitman",
    "host",
    "hostess",
    "housekeeper",
    "housemate",
    "housewife",
    "hunter",
    "husband",
    "imam",
    "immigrant",
    "informant",
    "inmate",
    "innkeeper",
    "inspector",
    "intern",
    "investigator",
    "jailer",
    "janitor",
    "jockey",
    "journalist",
    "judge",
    "juror",
    "keeper",
    "killer",
    "king",
    "knight",
    "koro",
    "kuia",
    "landlady",
    "landlord",
    "landowner",
    "lawyer",
    "lecturer",
    "librarian",
    "lieutenant",
    "lifeguard",
    "lodger",
    "lola",
    "lolo",
    "lover",
    "magistrate",
    "magnate",
    "maid",
    "mama",
    "manager",
    "marshal",
    "matriarch",
    "matron",
    "mayor",
    "mechanic",
    "medic",
    "mentor",
    "merchant",
    "midwife",
    "migrant",
    "millionaire",
    "miner",
    "minister",
    "missionary",
    "mistress",
    "mobster",
    "mom",
    "monk",
    "mother",
    "mother-in-law",
    "mullah",
    "mum",
    "mummy",
    "murderer",
    "musician",
    "nan",
    "nana",
    "nani",
    "nanny",
    "narrator",
    "navigator",
    "neighbor",
    "neighbour",
    "nemesis",
    "nephew",
    "niece",
    "nonna",
    "nonno",
    "notary",
    "nun",
    "nurse",
    "officer",
    "orphan",
    "outlaw",
    "paati",
    "painter",
    "papa",
    "papou",
    "paramedic",
    "partner",
    "pastor",
    "pathologist",
    "patient",
    "patriarch",
    "peasant",
    "pharmacist",
    "pianist",
    "pilot",
    "pirate",
    "plumber",
    "poacher",
    "poet",
    "policeman",
    "policewoman",
    "politician",
    "pope",
    "porter",
    "postdoc",
    "postgrad",
    "postman",
    "postmistress",
    "postwoman",
    "preacher",
    "president",
    "priest",
    "priestess",
    "prince",
    "princess",
    "principal",
    "prisoner",
    "professor",
    "promoter",
    "prosecutor",
    "protagonist",
    "psychiatrist",
    "psychologist",
    "publican",
    "pupil",
    "queen",
    "rabbi",
    "rancher",
    "ranger",
    "receptionist",
    "recluse",
    "rector",
    "referee",
    "refugee",
    "registrar",
    "reporter",
    "rival",
    "roommate",
    "runaway",
    "safecracker",
    "sailor",
    "salesman",
    "saleswoman",
    "schoolteacher",
    "scientist",
    "seamstress",
    "secretary",
    "senator",
    "sergeant",
    "servant",
    "sexton",
    "shaman",
    "shepherd",
    "sheriff",
    "shopkeeper",
    "sibling",
    "sidekick",
    "sister",
    "sister-in-law",
    "skipper",
    "smuggler",
    "soldier",
    "solicitor",
    "son",
    "son-in-law",
    "spouse",
    "spy",
    "squire",
    "stagehand",
    "stepbrother",
    "stepdad",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepmum",
    "stepsister",
    "stepson",
    "storekeeper",
    "stranger",
    "student",
    "suitor",
    "sultan",
    "superintendent",
    "surgeon",
    "survivor",
    "suspect",
    "sweetheart",
    "tailor",
    "teacher",
    "teenager",
    "tenant",
    "thatha",
    "therapist",
    "thief",
    "trader",
    "trainee",
    "trainer",
    "trapper",
    "trooper",
    "trucker",
    "tsar",
    "tutor",
    "twin",
    "tycoon",
    "umpire",
    "uncle",
    "undergrad",
    "undertaker",
    "vagrant",
    "valuer",
    "verger",
    "vet",
    "vicar",
    "victim",
    "villain",
    "visitor",
    "volunteer",
    "waiter",
    "waitress",
    "warden",
    "warlord",
    "whaea",
    "widow",
    "widower",
    "wife",
    "witch",
    "witness",
    "wrestler",
    "yiayia",
];

/// Modifiers kept with the role noun they precede: `the night porter`, `the head teacher`.
pub const ROLE_COMPOUNDS: &[&str] = &[
    "bar",
    "bus",
    "cab",
    "crime",
    "drug",
    "ferry",
    "gang",
    "head",
    "hotel",
    "lighthouse",
    "mob",
    "night",
    "parish",
    "police",
    "prison",
    "school",
    "security",
    "shop",
    "taxi",
    "train",
    "truck",
];

/// Nouns naming the cast without a character: `the film's star (Ana Ruiz)`.
pub const CAST_NOUNS: &[&str] = &[
    "actor",
    "actors",
    "actress",
    "actresses",
    "cast",
    "co-lead",
    "co-leads",
    "co-star",
    "co-stars",
    "ensemble",
    "lead",
    "leads",
    "newcomer",
    "newcomers",
    "performer",
    "performers",
    "players",
    "star",
    "stars",
    "thesp",
    "thesps",
];

/// Words that start a sentence or a phrase but never a name: `Opposite Mara (Ana Ruiz)`,
/// `Even Dev`, `When Ruiz`.
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "afterwards",
    "again",
    "against",
    "all",
    "almost",
    "along",
    "alongside",
    "also",
    "although",
    "always",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyway",
    "are",
    "around",
    "as",
    "at",
    "because",
    "before",
    "behind",
    "being",
    "beside",
    "besides",
    "best",
    "better",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "can",
    "casting",
    "certainly",
    "clearly",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "early",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "except",
    "few",
    "finally",
    "first",
    "for",
    "from",
    "given",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "inside",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "late",
    "later",
    "least",
    "less",
    "like",
    "little",
    "many",
    "may",
    "meanwhile",
    "meet",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "neither",
    "never",
    "next",
    "no",
    "nobody",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "off",
    "often",
    "oh",
    "on",
    "once",
    "only",
    "opposite",
    "or",
    "other",
    "our",
    "out",
    "over",
    "perhaps",
    "plus",
    "poor",
    "rather",
    "really",
    "since",
    "so",
    "some",
    "soon",
    "still",
    "such",
    "surely",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "together",
    "too",
    "toward",
    "towards",
    "under",
    "unless",
    "unlike",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "well",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yet",
    "you",
    "your",
];

/// Determiners and possessive pronouns that may open a role phrase (`her father`).
pub const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "this", "your",
];

/// Words that are never part of a person's name even when capitalized.
pub const NOT_NAMES: &[&str] = &[
    "act",
    "chapter",
    "christmas",
    // `Turkish (Dolby Digital 5.1)` in a disc's details.
    "dolby",
    "entertainment",
    "episode",
    "film",
    "films",
    "movie",
    "part",
    "pictures",
    "productions",
    "review",
    "season",
    "studio",
    "studios",
    "verdict",
];

/// Months and weekdays: never a person's name, though a character may be called `June`.
pub const CALENDAR: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Titles that open a character's name (`Detective Vance`, `Sister Agnes`): a run that starts
/// with one is a character, not an actor.
pub const TITLES: &[&str] = &[
    "abbé",
    "abu",
    "admiral",
    "agent",
    "aling",
    "ato",
    "aunt",
    "auntie",
    "bapak",
    "baron",
    "baroness",
    "brigadier",
    "brother",
    "captain",
    "chief",
    "colonel",
    "comisario",
    "commander",
    "commissaire",
    "commissario",
    "commissioner",
    "constable",
    "corporal",
    "count",
    "countess",
    "dame",
    "deputy",
    "detective",
    "doc",
    "doctor",
    "dona",
    "doña",
    "dr",
    "duchess",
    "duke",
    "earl",
    "elder",
    "father",
    "frau",
    "fray",
    "fräulein",
    "general",
    "gogo",
    "governor",
    "gran",
    "granny",
    "hagg",
    "haj",
    "haji",
    "hajj",
    "hajji",
    "herr",
    "ibu",
    "inspector",
    "ispettore",
    "judge",
    "khanom",
    "khanum",
    "king",
    "kommissar",
    "kyra",
    "kyria",
    "kyrios",
    "lady",
    "lieutenant",
    "lord",
    "lung",
    "madame",
    "mademoiselle",
    "major",
    "mang",
    "maresciallo",
    "marshal",
    "master",
    "mayor",
    "mbah",
    "meneer",
    "mestre",
    "mevrouw",
    "miss",
    "mlle",
    "mme",
    "monsieur",
    "monsignor",
    "monsignore",
    "mother",
    "mr",
    "mrs",
    "ms",
    "nanay",
    "nurse",
    "officer",
    "oom",
    "padre",
    "pastor",
    "pfarrer",
    "president",
    "prince",
    "princess",
    "private",
    "professor",
    "queen",
    "rabbi",
    "reverend",
    "senator",
    "senhor",
    "senhora",
    "senor",
    "senora",
    "sensei",
    "sergeant",
    "seu",
    "señor",
    "señora",
    "sheikh",
    "sheriff",
    "signor",
    "signora",
    "sister",
    "superintendent",
    "tannie",
    "tante",
    "tatay",
    "tita",
    "trooper",
    "umm",
    "uncle",
    "weyzero",
    "woizero",
];

/// Abbreviations after which a period does not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "capt", "col", "dir", "dr", "e.g", "etc", "fr", "gen", "i.e", "jr", "lt", "ma", "messrs",
    "mlle", "mme", "mr", "mrs", "ms", "mt", "no", "prof", "rev", "sgt", "sr", "st", "vs",
];

/// The longest of [`ABBREVIATIONS`]: a longer word before a period is none (no lookup).
pub const ABBREVIATION_MAX_LEN: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > max {
            max = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    max
};

/// Verbs of quoting that follow a critic's name (`As Jo Bloggs wrote`).
pub const SPEECH_VERBS: &[&str] = &[
    "argued",
    "argues",
    "called",
    "calls",
    "claimed",
    "complained",
    "declared",
    "described",
    "dubbed",
    "noted",
    "notes",
    "observed",
    "put",
    "quipped",
    "remarked",
    "said",
    "says",
    "suggested",
    "writes",
    "wrote",
];

/// Nouns for music on the soundtrack: their people are neither cast nor crew.
pub const MUSIC_NOUNS: &[&str] = &[
    "album",
    "ballad",
    "band",
    "bassist",
    "cellist",
    "choir",
    "drummer",
    "group",
    "guitarist",
    "orchestra",
    "organist",
    "pianist",
    "quartet",
    "saxophonist",
    "singer",
    "song",
    "songs",
    "songwriter",
    "track",
    "tracks",
    "trumpeter",
    "violinist",
    "vocalist",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        for list in [
            ROLES,
            ROLE_COMPOUNDS,
            CAST_NOUNS,
            FUNCTION_WORDS,
            DETERMINERS,
            NOT_NAMES,
            CALENDAR,
            TITLES,
            ABBREVIATIONS,
            SPEECH_VERBS,
            MUSIC_NOUNS,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| w.len() <= 32 && *w == w.to_lowercase()));
        }
    }

    #[test]
    fn classify_finds_every_list_in_any_case() {
        assert_ne!(classify("Landlord") & class::ROLE, 0);
        assert_ne!(classify("THE") & class::FUNCTION, 0);
        assert_ne!(classify("the") & class::DETERMINER, 0);
        assert_ne!(classify("plays") & class::PLAY_VERB, 0);
        assert_ne!(classify("cinematography") & class::CREW_WORK, 0);
        assert_eq!(classify("harbour"), 0);
        assert_eq!(classify("naïve"), 0);
        for w in ROLES.iter().chain(FUNCTION_WORDS).chain(TITLES) {
            assert_ne!(classify(w), 0, "{w}");
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert_ne!(classify("Landlord") & class::ROLE, 0);
        assert_ne!(classify("OPPOSITE") & class::FUNCTION, 0);
        assert_eq!(classify("harbour") & class::ROLE, 0);
        assert_eq!(classify("fiancé") & class::ROLE, 0);
    }
}
