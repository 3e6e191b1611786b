//! Cast and credits on the cast fixtures (tests/fixtures/cast, truth in expected.jsonl, written
//! independently of the finder), and a property test that no text panics the finder.

use std::collections::BTreeSet;
use std::path::Path;

use proptest::prelude::*;
use reviewpipe::analyze::people::{self, Context};
use reviewpipe::extract::{self, decode};

#[derive(serde::Deserialize)]
struct Pair {
    actor: String,
    character: Option<String>,
}

#[derive(serde::Deserialize)]
struct Credit {
    person: String,
    role: String,
}

#[derive(serde::Deserialize)]
struct Expected {
    file: String,
    cast: Vec<Pair>,
    credits: Vec<Credit>,
    not_cast: Vec<String>,
}

/// Lowercase, whitespace collapsed, a leading determiner dropped (as the bench scorer does).
fn norm(s: &str) -> String {
    let s = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for d in [
        "the ", "his ", "her ", "their ", "its ", "a ", "an ", "my ", "our ", "your ",
    ] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest.to_owned();
        }
    }
    s
}

type Pairs = BTreeSet<(String, Option<String>)>;

/// Distinct (actor, character) pairs of the credits' cast rows: every mention's pair plus the
/// cast credited without a mention.
fn found(path: &Path) -> (Pairs, BTreeSet<(String, String)>) {
    let bytes = fs_err::read(path).unwrap();
    let text = decode::decode(&bytes).unwrap().text;
    let reviews = extract::extract_text(&text).unwrap_or_default();
    let mut pairs = Pairs::new();
    let mut crew = BTreeSet::new();
    for r in &reviews {
        let p = people::find_in_review(r);
        for m in &p.cast {
            pairs.insert((norm(&m.actor), m.character.as_deref().map(norm)));
        }
        for (a, c) in &p.credited {
            pairs.insert((norm(a), c.as_deref().map(norm)));
        }
        for c in &p.crew {
            crew.insert((norm(&c.person), c.role.as_str().to_owned()));
        }
    }
    (pairs, crew)
}

/// Scores the finder on one fixture folder: (precision, recall, report), the report listing
/// every file it gets wrong and every `not_cast` name that came out as an actor.
fn score(folder: &str) -> (f64, f64, usize, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let truth = fs_err::read_to_string(dir.join("expected.jsonl")).unwrap();
    let mut failures = Vec::new();
    let (mut tp, mut fp, mut fneg, mut leaks) = (0usize, 0usize, 0usize, 0usize);
    for line in truth.lines().filter(|l| !l.trim().is_empty()) {
        let e: Expected = serde_json::from_str(line).unwrap();
        let (pairs, crew) = found(&dir.join(&e.file));
        let want: Pairs = e
            .cast
            .iter()
            .map(|p| (norm(&p.actor), p.character.as_deref().map(norm)))
            .collect();
        tp += pairs.intersection(&want).count();
        fp += pairs.difference(&want).count();
        fneg += want.difference(&pairs).count();
        let wrong: Vec<_> = pairs.symmetric_difference(&want).collect();
        let leaked: Vec<&String> = e
            .not_cast
            .iter()
            .filter(|n| pairs.iter().any(|p| p.0 == norm(n)))
            .collect();
        leaks += leaked.len();
        let crew_missed: Vec<&Credit> = e
            .credits
            .iter()
            .filter(|c| !crew.contains(&(norm(&c.person), c.role.clone())))
            .collect();
        if !wrong.is_empty() || !leaked.is_empty() || !crew_missed.is_empty() {
            failures.push(format!(
                "{}: pairs off {wrong:?}; not-cast leaked {leaked:?}; crew missed {:?}",
                e.file,
                crew_missed
                    .iter()
                    .map(|c| format!("{} ({})", c.person, c.role))
                    .collect::<Vec<_>>()
            ));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fneg).max(1) as f64;
    let report = format!(
        "{folder}: precision {precision:.3}, recall {recall:.3}, {leaks} not-cast leaked; {} files off:\n{}",
        failures.len(),
        failures.join("\n")
    );
    (precision, recall, leaks, report)
}

#[test]
fn cast_fixtures_match_their_truth() {
    let (precision, recall, leaks, report) = score("tests/fixtures/cast");
    // Never a crew member, critic, author or singer as cast, in any fixture.
    assert_eq!(leaks, 0, "{report}");
    // Floors measured on these fixtures (precision 1.000, recall 0.992; 1.000 / 1.000 once a
    // paragraph opening `Name is terrific as Part` was no longer read as the film's title):
    // the finder must not fall below them. Raise them as the finder learns more phrasings.
    assert!(precision >= 0.999 && recall >= 0.999, "{report}");
    eprintln!("{report}");
}

/// Scores `folder` and holds it at its floors: no not-cast name as an actor, and precision and
/// recall at least `min_precision` and `min_recall`.
fn assert_floors(folder: &str, min_precision: f64, min_recall: f64) {
    assert_floors_with_leaks(folder, min_precision, min_recall, 0);
}

/// [`assert_floors`] for a set read but not fitted yet, whose first reading leaked
/// `max_leaks` not-cast names: no more may leak.
fn assert_floors_with_leaks(folder: &str, min_precision: f64, min_recall: f64, max_leaks: usize) {
    let (precision, recall, leaks, report) = score(folder);
    assert!(leaks <= max_leaks, "{report}");
    assert!(
        precision >= min_precision && recall >= min_recall,
        "{report}"
    );
    eprintln!("{report}");
}

/// The unseen set: reviews written by a helper from the phrasing lists alone, after the finder
/// was built, and scored before any rule was fitted to them (precision 0.810, recall 0.664, 5
/// leaks at that first reading, from the `credits` table of a run). Measured at this commit:
/// precision 0.969, recall 0.961, no leak. General rules were written from what it showed
/// since, so it now overstates the finder on text it has not seen: only a fresh set's first
/// reading says that.
#[test]
fn unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen", 0.96, 0.96);
}

/// The second unseen set: first read at precision 0.750, recall 0.577 (see its README), then
/// general rules written from what it showed. Measured at this commit: precision 0.949,
/// recall 0.894, no leak.
#[test]
fn second_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen2", 0.94, 0.89);
}

/// The third unseen set, written with no phrasing list to aim at: first read at precision
/// 0.660, recall 0.403 (see its README). Measured at this commit: precision 0.908, recall
/// 0.766, no leak.
#[test]
fn third_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen3", 0.94, 0.84);
}

/// The fourth unseen set, written with no phrasing list and read once before any rule was
/// fitted: precision 0.758, recall 0.566, one leak (a director whose `patient, furious film`
/// gave her a part; from `credits`, see its README). Rules written from it since (inverted
/// copulas, `that's Name`, a dash aside before the verb, Arabic articles in names, titles such
/// as `Aling` and `Dona`, `Name's … film` for a director, `Name wrote and directed`, a lead
/// `Young`, a shorter form of a name found in full is that actor, a place before a
/// parenthesis is no part, initials before one name, `Cast:` lines in prose, given names of
/// patronymic names; better prose titles; `Rafi's played by`, `she is played by` for the part
/// named before, `played by a newcomer, Name`, `Jarmo, who …, …, is played by`). Measured at
/// this commit: precision 0.961, recall 0.892, no leak.
#[test]
fn fourth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen4", 0.97, 0.91);
}

/// The fifth unseen set, written while this session fitted the third and fourth and read once
/// at the end: precision 0.654, recall 0.459, five leaks (the casts of other films listed after
/// the review). Rules written from it since (another film's billing line, the cast after
/// `ALSO OPENING` / `More like this`, `Char belongs to Name`, `plays both A and B`, `Name is
/// the attendant`, `as Somsak's estranged daughter-in-law, Ploy`, `by the Beijing stage
/// actress Name`, `the clerk, Mihaela, is Name`, `the deckhand — called Berzan — is Name`,
/// `Mr Fix (…), is played by`). Measured at this commit: precision 0.855, recall 0.716, no
/// leak. (Precision was 0.875 before a trade review's `With:` line was read as a cast list:
/// it credits actors whose parts the prose gives and the finder still misses, so each is an
/// actor found and a pair without its part.) A later session's rules (`The Coffee Hen herself
/// is Name`, `Haj`, `Lung` as honorifics, a show's title before a pronoun, `It is Name's film`
/// naming no director) raised it to precision 0.875, recall 0.757.
#[test]
fn fifth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen5", 0.92, 0.79);
}

/// The sixth unseen set (about half the files with mainly English-language names, simple forms
/// mixed with hard ones), read once at the very end of a session and not fitted there:
/// precision 0.873, recall 0.696, no leak. The next session's rules from the seventh set and
/// the earlier ones (and a title fix, `The Weight of Lagos Rain`) moved it, unfitted, to
/// precision 0.910, recall 0.772; the eighth set's rules to precision 0.903, recall 0.823 at
/// that commit (a trade review's `With:` line credits an actor whose part is still missed,
/// as in the fifth set); the rules from the eleventh and twelfth sets, still unfitted, to
/// precision 0.930, recall 0.835; a rule from the thirteenth (`The RCMP constable who … (Name,
/// …) is`), still unfitted, to precision 0.944, recall 0.848; a rule from the eighteenth (a
/// pronoun's antecedent two sentences back past a `her`), still unfitted, to recall 0.861.
#[test]
fn sixth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen6", 0.94, 0.86);
}

/// The seventh unseen set (names of cultures rare in English-language text: Turkish,
/// Vietnamese, Ethiopian, Filipino, Iranian, Georgian, Indonesian, Ukrainian, Andean, Ghanaian,
/// Tamil, Hungarian, Finnish, Welsh, Māori, Catalan), read once at the start of the session
/// that then fitted it: precision 0.871, recall 0.592, no leak (0.884 / 0.592 from
/// `credits`, see its README). Rules written from it since (copulas `is Gwion, her son` and
/// `Full Name is Weizero Tsehay, the trader`, `is Mang Tonyo and …`, `the rival kite-maker
/// Pak Darmo`, `Sari's absent father, Joko, who`, actors of one name, names of three words
/// found from a surname, `A. K.` initials, Catalan `i`, and titles: mastheads, menu lines,
/// `TITLE` over `(Original Title)`, `Review: 'Title'`, crew verbs `adapted … from`, `shot
/// it`, `which A wrote with B`). Measured at this commit: precision 0.977, recall 0.816, no
/// leak.
#[test]
fn seventh_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen7", 0.98, 0.84);
}

/// The eighth unseen set (Korean, Japanese, Cantonese, Kenyan, Indian, Icelandic, Egyptian,
/// Nigerian, Polish, Czech, Greek, Brazilian, Dutch, Kazakh, Romanian-Israeli and Sinhala
/// names; an animated film with a dub, a documentary, an anthology, a remake, a biopic),
/// read once at the start of the session that then fitted it: precision 0.860, recall 0.620,
/// no leak (0.875 / 0.620 from `credits`, see its README). Rules written from it since
/// (combining marks inside words, a trade review's run-on credits block and `With:` line,
/// `the second feature from Name`, `music from`, `cut by`, `the Dane Name`, `the Swiss-born
/// Name`, `A and B play the sisters X and Y`, `share the screen as the sisters X and Y`, `a
/// fixer called Tolik`, `(as Munna)`, `(a wheezing, delightful Name)`, `takes on the role
/// of`, `gives herself the role of`, `As played by Name, Char is`, `Char gets a … performance
/// from Name`, `Tsuru is voiced by A and Kon by B`, honorifics `Seu`, `Hagg`, `Kyria`,
/// `Name says almost nothing` quoting no one, `Name, appositive (with a parenthesis), is
/// wasted here as`). Rules from the earlier sets written in the same session: `makes him`,
/// `gives him a`, `plays both her father, Sándor, and …`, `Name herself plays`, `Her coach,
/// …, is the veteran Name`, `and her granddaughter Rusalka, who …, by Name`. Measured at this
/// commit: precision 0.921, recall 0.886, no leak.
#[test]
fn eighth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen8", 0.93, 0.89);
}

/// The ninth unseen set (mainly the everyday English-language press and web: broadsheets,
/// alt-weeklies, blogs, a trade review, show notes, a parents' guide; a franchise sequel, a
/// period drama, a biopic, an animated voice cast, a heist ensemble), written after this
/// session's rules and read once at its end, not fitted: precision 0.875, recall 0.828, three
/// not-cast names leaked (the casts of other films: two in a festival round-up's other titles,
/// one actor's part in the first film of a sequel). Fitted by the next session (`Name is Part,
/// and she …`, ranks and offices as titles, occupations before a name, `cast —`, `a cameo
/// from`, `Daniel Oh`, `Little Ray`, `Pruitt is the cop`, `brings a wounded dignity to Lady
/// Constance`, `As Carys, she`, `A and B as the bickering couple C and D`, the first film of a
/// sequel, `in which` after an earlier film): precision 0.978, recall 0.978; two leaks remain
/// (the festival round-up's other films, whose review names no film of its own).
#[test]
fn ninth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen9", 0.97, 0.97, 2);
}

/// The tenth unseen set (the English-language press and web of India, South Africa, the
/// Philippines, Nigeria, Kenya, Singapore and the Arab world, a forum thread, a film-society
/// handout, a church newsletter, a radio transcript, a listings capsule, a translated digest,
/// a YouTube description, a Blu-ray review, a TV movie, a retrospective), written by a helper
/// while this session fitted the ninth and read once before any rule was written from it:
/// precision 0.830, recall 0.745, three not-cast names leaked (a spouse in the story, another
/// film's actors), crew recall 0.857, titles right in 9 of 16. Fitted since (`(as Andrea, a
/// nurse …)`, `plays both the twin guides, A and B`, `played with a smile like … by`, `Part is
/// Name in a performance`, a parenthesis after the subject, `Oom`, `Gogo`, `Umm`, `Abu`,
/// `in which` after an earlier film, another film's billing opening a sentence): precision
/// 0.900, recall 0.827, no leak; titles 15 of 16. Recall 0.898 since a part after `pops up for
/// two scenes as` (the fourteenth set's rules).
#[test]
fn tenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen10", 0.92, 0.89);
}

/// The eleventh unseen set (a cinematheque note, an academic journal, an expat paper, a Latin
/// American weekly, a Japanese and a Korean daily, a review in the second person, a career
/// retrospective, a weekend column, an in-flight capsule, a community-radio zine, an AMA recap, a
/// screenwriting blog, a library's picks, a press kit, a teenager's blog), written by a helper at
/// the end of the session that fitted the ninth and tenth and read once, not fitted: the honest
/// measure of that session's rules: precision 0.848, recall 0.761, four not-cast names leaked,
/// crew recall 0.672, titles right in 9 of 16. The same session then fitted part of it (its
/// titles: a journal's citation, a deck whose subject is the film, `Her last, Title,`, a grade
/// before a note, a magazine headline after the particulars; its leaks: `In the first film …`,
/// `That one had A and B as …`; a press kit's credits; `is played, across five decades, by`,
/// `Her supervisor, the prim Mr Halmos, is Name`): precision 0.920, recall 0.784, no leak,
/// titles 14 of 16. The next session fitted more of it (`Playing Margit, the widow, is Name`, `Doña
/// Rosalba — played here by Name —`, a pronoun's part before an appositive role, `directed from his
/// own script`, `shot nearly the whole film`, `The music is by Name`, `Name (Rawiri, her cousin, …)`,
/// `(the landlady in Kraków)`, `the veteran actor Wiryoto (…)`): precision 0.975, recall 0.886;
/// and the one after (`plays Ok-sun's mother-in-law, a formidable woman`): recall 0.898.
#[test]
fn eleventh_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen11", 0.97, 0.89);
}

/// The twelfth unseen set (a Minnesota paper, a Scottish arts weekly, an Acadian community paper,
/// a student-radio script, a film-society newsletter, a Caribbean daily, a letter to a Welsh
/// weekly, a podcast transcript, a wine column, a children's magazine, a horror Substack, a
/// Nollywood fan blog, an audio-description review, a trade festival page, a discussion thread, a
/// cricket club's blog), written by a helper while the next session fitted the eleventh, and read
/// once before any rule was written from it: the honest measure of the rules up to `1ded376`:
/// precision 0.824, recall 0.735, three not-cast names leaked (two actors of other films, a
/// co-writer), crew recall 0.750, titles right in 14 of 16. Fitted since by the same session
/// (`wrote it with`, a co-star after `opposite`, `(Ireland, 2022), starring`, `who also turns up
/// on screen as`, `by the throat-singer Dashnyam`, `Name, 11, as`, particles `ul`, `dal`, `the
/// bride's nervous father`, `the bride herself, Eka,`, `Playing the bride's grandmother, Miss Ivy,
/// is the veteran stage actress Name`, `written by A with B`, `The camera work, by`, `the novel
/// Les Digues by`, …): precision 0.935, recall 0.853, no leak. The next session fitted more
/// (`Name (an aside) is Pa Noi, the fortune teller`, `… is Yai Chaba, played by Name`, `is the
/// daughter of the title, Megan,`, `Wil y Post, the gossiping postman, is Name`, `She's the
/// daughter, Joy,`, `lends her voice to the Oracle`): precision 0.948, recall 0.902.
#[test]
fn twelfth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen12", 0.94, 0.90);
}

/// The thirteenth unseen set (an alumni magazine, a union newsletter, a farming weekly, a
/// diaspora newsletter, a church bulletin, museum screening notes, a legal journal, a hotel's
/// in-room magazine, a surf magazine, a gaming site, a Letterboxd-style diary, a teen zine, a
/// community radio page and a tabloid's (both HTML), a ramblers' club blog, a polar station cook's
/// blog), written by a helper that saw neither the finder nor the other sets, and read once
/// before any rule was written from it: the honest measure of the rules up to `61c7ec7`:
/// precision 0.907, recall 0.667, no not-cast name leaked, crew recall 0.786, titles right in 9
/// of 16. Its two HTML pages are rejected whole (`unsupported_format`: reviewpipe does not read
/// HTML yet), which is 10 of its 102 pairs. Fitted since by the same session (`Playing the
/// hitch-hiking nun, Sestra Bernadeta, is Name`, `Playing the rival kite-maker from across the
/// canal is Name`, `plays Bodnár's father, a young tram driver`, `as Ďuro's mother;`, `their
/// teacher, Mrs Mthethwa (…)`, `The RCMP constable who … (Name, …) is`): precision 0.925, recall
/// 0.725, no leak. The HTML reader (the next session) reads its two pages, their JSON-LD `actor`
/// lists and their article text: precision 0.911, recall 0.804, no leak.
#[test]
fn thirteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen13", 0.91, 0.80);
}

/// The HTML pages of tests/fixtures/html (a newspaper, a WordPress blog with a Yoast graph, a
/// newsletter, an aggregator, a student paper with broken JSON-LD, a minified streaming guide,
/// a magazine, a personal site in upper-case tags, podcast notes), written by a helper that saw
/// neither the reader nor the finder, and read once when the reader was written: cast from the
/// pages' JSON-LD (`Person` and `PerformanceRole` items) and from their text, precision 0.800,
/// recall 0.774, no leak; 0.833 / 0.806 once a part named after `as` late in a parenthesis
/// (`a cousin (Name, very good in a tiny role as Dariush)`) won over the noun before it.
#[test]
fn html_pages_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/html", 0.83, 0.80);
}

/// The second set of HTML pages (see `tests/it/extract.rs`), read once before anything was
/// written from it, on the `credits` table of a run (one part per actor): cast pairs at
/// precision 0.889, recall 0.552, no leak (most of the recall lost where a layout reading kept
/// only the headline of an article). After the reader's fixes (a fallback to prose's reading, a
/// particulars parenthesis `(South Korea, 2023)` that is no actor): precision 0.880, recall
/// 0.759, no leak, on both counts; 0.885 / 0.793 after the fourteenth set's rules.
#[test]
fn second_html_pages_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/html_unseen2", 0.88, 0.79);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// No text panics the finder, and every offset lands on a char boundary inside the body,
    /// on the actor's name (or the pronoun standing for it).
    #[test]
    fn finder_never_panics_and_offsets_are_char_boundaries(
        body in "(?s)[A-Za-zÀ-ÿ’'()., \n;:!?\"-]{0,400}|((Mara|Ruiz|Ana Ruiz|plays|as|played by|Lee J\\. Park|her father|\\(|\\)|'s|’s|, |\\. |and|Zoë Ødegaard|directed by|she) ){0,60}",
        title in proptest::option::of("[A-Za-z ]{0,20}"),
    ) {
        let ctx = Context { film_title: title.as_deref(), ..Context::default() };
        let found = people::find_people(&body, &ctx);
        for m in &found.cast {
            if let Some(span) = &m.span {
                prop_assert!(span.start <= span.end && span.end <= body.len());
                prop_assert!(body.is_char_boundary(span.start) && body.is_char_boundary(span.end));
            }
            prop_assert!(!m.actor.is_empty());
        }
        for c in &found.crew {
            if let Some(span) = &c.span {
                prop_assert!(body.is_char_boundary(span.start) && body.is_char_boundary(span.end));
            }
        }
    }
}

/// The fourteenth unseen set (tests/fixtures/cast_unseen14: a nursing journal, a chess club's
/// newsletter, a regional radio transcript, a seniors' centre bulletin, a science-fiction
/// fanzine, a student paper, a fishing co-operative's newsletter, a cycling and a wedding-trade
/// magazine, a record collectors', a food and an astronomy society's blog with front matter,
/// two HTML pages and two blog exports), written by a helper that saw neither the finder nor
/// the other sets, and read once before any rule was written from it: the honest measure of
/// the rules up to `15cbcaf`: precision 0.800, recall 0.712, four not-cast names leaked (two
/// people in a magazine's headings for its other reviews, a director who `worked as a wedding
/// videographer`, a co-star of the actor's earlier film), crew recall 0.887. Fitted since (a
/// job held `as`, a `Review: Other Title` heading, a co-star `alongside` after a year, never a
/// pronoun's antecedent): no leak, precision 0.833, recall 0.720; then (a cameo `who turns up
/// for about twenty seconds as`, `postdoc`, `intern` and other person nouns): 0.843 / 0.771;
/// a surname opening on a capitalized particle (`Van Acker, as his wife`) resolved: 0.852 /
/// 0.780; `Name, who's Estonian, is Tõnu, a man who …`: 0.853 / 0.788;
/// `(Paolo dela Cruz, no relation, and Carlo Villanueva)`: 0.864 / 0.805; a place after `outside`
/// is no part a pronoun stands for: 0.873 / 0.814; `the stern invigilator, a tiny cameo by Name`:
/// 0.882 / 0.822.
#[test]
fn fourteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors("tests/fixtures/cast_unseen14", 0.88, 0.82);
}

/// The fifteenth unseen set (tests/fixtures/cast_unseen15: a dental practice's newsletter, a
/// railway enthusiasts' quarterly, a beekeepers' bulletin, a library's staff picks, a
/// gaming-café zine, a retirement village's radio transcript, a gardening and a classic-car
/// magazine, a knitting and a cider blog with front matter, a travel guide's HTML page, a blog
/// export), written by a helper that saw neither the finder nor the other sets, and read once
/// at `159d4b3` before any rule was written from it: the honest measure of the rules as they
/// stood: precision 0.938, recall 0.854, one not-cast name leaked (`Big Tez`, a streamer
/// quoted on the film), crew recall 0.950 (57 of 60), and only 6 of 12 titles right (each of
/// the six prose files took a masthead, another film or the presenter's name); titles 8 of 12
/// once a sentence-opening subject said to be a film (`The Signal Box at Jimbolia is a
/// Romanian-Serbian drama`) beat a masthead.
#[test]
fn fifteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen15", 0.93, 0.85, 1);
}

/// The sixteenth unseen set (tests/fixtures/cast_unseen16: a ferry's onboard magazine, a
/// hospital volunteers' newsletter, a vinyl-pressing plant's blog, a mountain hut's logbook, a
/// PTA bulletin, a translators' journal, a woodworking and a motorhome magazine, a bonsai and a
/// luthier's blog with front matter, a language school's HTML page, a crossword setter's blog
/// export; Faroese, Burmese, Czech and Slovak, Mongolian, Vietnamese, Catalan and Galician,
/// Zulu, Portuguese, Japanese, Armenian, Korean and Malagasy names), written by a helper that
/// saw neither the finder nor the other sets, and read once at `1eb8325` before any rule was
/// written from it: precision 0.886, recall 0.722, three not-cast names leaked (a star seen
/// only in clips, a presenter, the star of a film the magazine recommends), crew recall 0.812
/// (52 of 64). Measured since: 0.904 / 0.773 once Faroese and Portuguese particles (`Birita í
/// Garðshorni`, `Tiago Sousa e Silva`) and an appositive of praise before `as` (`Eyðun á Ryggi,
/// a revelation as the ferryman,`) were read.
#[test]
fn sixteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen16", 0.90, 0.77, 3);
}

/// The seventeenth unseen set (tests/fixtures/cast_unseen17: ordinary English review writing
/// by many hands: a broadsheet, a lower-case Letterboxd diary, a Substack essay, a forum reply,
/// a user review page, a festival bulletin, TV listings, a film society note, a family blog, a
/// syndicated magazine text, a Medium export, a podcast summary of a documentary), written by a
/// helper that saw neither the finder nor the other sets, and read once at `7b03ee9` before any
/// rule was written from it: precision 0.891, recall 0.653, no not-cast name leaked, crew recall
/// 0.776 (38 of 49). Measured since: 0.933 / 0.747 once people in the part of themselves
/// (`plays himself`, `appears as herself`), a part in another work (`as the prosecutor in the
/// cable drama Bench Warrant`) and a kinship word written as a name (`as Holly's Gran`) were
/// read; 0.951 / 0.773 once `gives` took a part named by its appositive (`gives the villain,
/// a herring gull called Captain Skua, a voice`, `gives Ambrose Fitch, the London reporter
/// …, a seedy charm`); 0.968 / 0.800 once a relation of a named character after `is` (`is
/// Ailsa's grandfather, Old Tam,`), a noun for a person after a possessive (`as the team's
/// owner, Madame Lavoie,`) and a hyphenated word before a role (`the next-door neighbour`)
/// were read.
#[test]
fn seventeenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen17", 0.96, 0.80, 0);
}

/// The eighteenth unseen set (tests/fixtures/cast_unseen18: a Reddit thread, a disc review
/// with a commentary track, a local weekend capsule, a horror fanzine, a parish magazine, a
/// WordPress rom-com blog with GIF captions, a press-conference report, a 1962-style archive
/// review with honorifics, a remake's YAML post, a streaming newsletter in TOML, a JSON-LD page
/// and a trade review page; Jamaican, Italian, American Southern, Finnish, Nigerian,
/// Brazilian, Austrian, Greek, Cajun, Tamil and Telugu, Lebanese and Hungarian names), written
/// by a helper that saw neither the finder nor the other sets, and read once at `b18bed5`
/// before any rule was written from it: precision 0.839, recall 0.712, one not-cast name
/// leaked (the original film's actor in a remake), crew recall 0.847 (50 of 59). Measured
/// since: 0.892 / 0.795 once a possessor before a role gave the role alone or the name set off
/// after it (`the ferryman's boy`, `the neighbour's daughter, Meena,`), a fond word before the
/// actor after `is` (`is little Hope Varnedoe`), an appositive with `who` after its noun (`is
/// Bia, a fashion-school dropout who …`) and `across` as a preposition were read; 0.899 /
/// 0.849 once an honorific before an actor's or a crew member's name (`Mr. Leonidas Farmakis`,
/// `Miss Karamanlaki`) and foreign titles before a part (`Commissario Brandi`, `Pfarrer
/// Anselm`) were read; 0.928 / 0.877 and no leak once a remake's review on its original (`In
/// 1978 Celestine was played by`), an adverb opening an inverted copula (`Here Celestine is
/// Name`) and a pronoun whose antecedent is two sentences back past a `him` were read; 0.942
/// / 0.890 once a prose title set off after the word `film` (`the film, The Joint Choir,
/// deserved`) beat another film named with its year; 0.957 / 0.904 once a one-word name the
/// metadata lists was that actor (`is voiced by the comedian Bharani`); 0.957 / 0.918 once
/// `Name, who is seen only in the early scenes as Michalis` was read; 0.958 / 0.932 once `The
/// part of her mother-in-law, the formidable Kyra Froso, falls to Mme. Name` was read.
#[test]
fn eighteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen18", 0.95, 0.93, 0);
}

/// The nineteenth unseen set (tests/fixtures/cast_unseen19: a student newspaper, a shop's
/// customer review page, a spoiler user review, an academic journal, a radio transcript, a
/// Tumblr post, a wiki page, a children's magazine, a YAML post with a cast table, a Usenet
/// post, a director's Q&A in TOML and a translated review; Korean, Turkish, Vietnamese,
/// Georgian, Kenyan, Japanese, Icelandic, Indonesian, Persian, Ethiopian, Māori and Flemish
/// names), written by a helper that saw neither the finder nor the other sets, and read once
/// at `b4e5710` before any rule was written from it: precision 0.776, recall 0.487, no leak,
/// crew recall 0.672 (41 of 61). Measured since: 0.800 / 0.513 once a cast list of bullets
/// under a heading of its own billed its bare names (`== Cast ==` over `* Name`) and a role's
/// name was never read from the next line; 0.818 / 0.577 once a Markdown table of actors and
/// parts (`| Actor | Role |`) and one of crew (`| Cinematography | Name |`) were read; 0.825 /
/// 0.603 once a text wrapped at a fixed width (the Usenet post) was read across its wraps;
/// 0.831 / 0.628 once parts before `are` paired in order with as many full names after it
/// (`Her brothers, Abel and Henok, are A and B, respectively`); 0.833 / 0.641 once a Korean
/// surname that is a function word opened a name (`Oh Jin-woo`); 0.839 / 0.667 once more
/// plural nouns named a group part (`play the two campus girls, Shiru and Awino`); 0.841 /
/// 0.679 once a pronoun after a short opener stood for the actor before `is the`
/// (`In this she's the traffic policewoman, Corporal Atieno`); crew 44 of 61 once the crew
/// table and `the cinematography (Name)` were read; 0.875 / 0.718 once a label in parentheses
/// was no part (`Name (Actor)`, `Name (Director)`), a role and a name in parentheses after an
/// actor gave the name (`Name (the daughter, Nur)`), a name given by `called` was the part an
/// object pronoun stands for (`He is called Pak Darto … Name plays him`), an occupation before
/// a list's last name was passed over (`and the Antwerp rapper Kobe Laureys`) and `Dolby` was
/// no name.
#[test]
fn nineteenth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen19", 0.87, 0.71, 0);
}

/// The twentieth unseen set (tests/fixtures/cast_unseen20: an Atom feed entry, a retired
/// critic's blog, a cinémathèque diary in YAML, a letter to the editor, a Discord export, a
/// festival jury statement, a school essay, a book-against-film page, an Instagram caption, a
/// library catalogue record in JSON, a YouTube subtitle file and an auction listing; Thai,
/// Catalan, Mongolian, Basque, Malaysian, Senegalese, Czech, Russian, Afrikaans, Sámi, Quechua
/// and Armenian names), written by two helpers that saw neither the finder nor the other sets,
/// and read once at `97eb32d` before any rule was written from it: precision 0.891, recall
/// 0.471, one leak (a jury president read as the part `president`), crew 36 of 63. Measured
/// since: crew 40 of 63 once a credits block of the front matter was read (`credits:` over
/// `screenplay:`, `photography:`, `editing:`); 0.917 / 0.506 once a title after a compound
/// word was no person (`Police Lieutenant Wichai, whom Name plays`), a role with a place after
/// it gave the name set off after that (`the rival from Leitza, Iñaki,`) and a role opening
/// its sentence before `is` and a full name was the part (`The uncle with the durian box is
/// Name and he …`); 0.939 / 0.529, no leak, crew 43 of 63 once `Name, in the role of the
/// griot Lamine,` and `Name, who is cast as Ndèye` were read, a jury's line named nobody's cast
/// (`Jury: Name (President), …`) and `the cinematography of Name`, `the editing of Name` gave
/// crew; 0.941 / 0.552 once `is embodied (…) by Name` was read and a full name before `,
/// whom Name plays` was the part (`Her husband, Lev Arkadyevich, whom Name plays`).
#[test]
fn twentieth_unseen_cast_fixtures_stay_at_their_measured_floors() {
    assert_floors_with_leaks("tests/fixtures/cast_unseen20", 0.94, 0.55, 0);
}
