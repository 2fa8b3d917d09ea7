//! Trains the pre-post check's scorers (`lessons/<lang>/model.json`) on the corpora
//! that have been read, and measures them on a set held out.
//!
//! ```text
//! cargo run --release --example train_check_model -- write
//! cargo run --release --example train_check_model -- evaluate fresh5,train6 [--show] [--thresholds 0.5,0.45,0.4,0.4,0.6,0.7] [--sure 0.5,0.6,0.4,2,2,2] [--doubt 0.05,0,0,0,0,0] [--warn 0.4,0,0,0,0,0]
//! ```
//!
//! `write` learns from every read set and the rules' own examples and writes the model
//! files.
//! `evaluate SET` learns from the same without SET and prints what the check (rules
//! and scorers together, with the model files' thresholds) makes of SET, beside the
//! rules alone; `--show` lists the drafts it gets wrong, with what each scorer makes
//! of them. The newest set (`tests/corpus/fresh23`) is never learned from, nor read: it
//! is the honest measure, taken by `tests/check_corpus.rs`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use drempel::check::corpus::{CATEGORIES, Corpus};
use drempel::check::model::{MODEL_FILE, Model, Scorer};
use drempel::check::training::{self, Example, Options};
use drempel::check::{self, Concern, Level, Policy, RuleSet, TextKind};
use drempel::platform::Platform;

/// The sets people have read to tune the rules, oldest first, and the sets written to
/// train the scorers (`train2` mostly kind drafts that name the employer, `train3`
/// private details, `train4` named people with harmless news beside private details,
/// `train5` venting and what only looks like it, `train6` every category for ten
/// more employers, `train7` praise, venting and kind drafts that say "we" and "our",
/// `train8` kind drafts that name the employer and praise nothing, and disclosure in
/// many forms, `train9` praise, venting and hints in Hebrew and Dutch, `train10`
/// praise, venting, hints, private details and kind drafts in Hebrew, German and Dutch
/// for ten employers in ten sectors, `train11` kind drafts about the people venting is
/// aimed at (a question to colleagues, thanks to IT, a loyal customer), beside praise
/// and venting, for six employers in all five languages, `train12` praise in as many
/// forms as its writers found, disclosed praise and kind drafts, for ten employers,
/// `train13` praise and venting in as many forms, beside kind drafts about the people
/// venting is aimed at, for ten more, `train14` disclosed praise in as many forms as
/// its writers found, beside undisclosed praise that sounds like an insider's,
/// venting, private details and kind drafts, for ten more, `train15` venting, hints
/// and private details beside kind drafts that only look like them, for five more,
/// `train16` mostly kind drafts about the employer, its products and its people, beside
/// praise, venting and disclosed praise, for five more, `train17` praise in forms
/// without the usual words (a customer story, understatement, a dare, "that's us")
/// beside kind drafts on the same topics, venting and hints, for five more, `train18`
/// praise in as many voices beside kind drafts on the same topics, for a gym chain, an
/// optician chain and a supermarket chain in English, French and Hebrew, `train19` kind
/// drafts that only look like a problem (a correction about a product, a farewell, a
/// colleague's wedding, a condolence, thanks to a third party, a word in its everyday
/// sense, a hope, a question about a product, a judgement of a thing, the public number
/// written the national way) beside the problem on the same topic, for five more,
/// `train20` a person's private details (money, health, family, legal trouble, an
/// application, where they live) beside drafts on the same topics that identify nobody
/// or share nothing private, for a credit union, a municipal credit bank, a tax adviser,
/// a cooperative bank and a credit adviser). A set of kind drafts that say "we", "our"
/// and "us" beside praise, venting and hints in the same words (`train21`, in the
/// history up to 30f9508) was written and left out: held out, it let no more kind
/// drafts pass on fresh14 and fresh15 or on fresh12 and fresh13, and cost 5 venting
/// drafts and 2 private details of 560 each. Written again by other writers (in the
/// history up to 193066a), with a set of kind drafts about groups at work, charged
/// words, animals and vehicles beside venting and private details (`train22`), it was
/// left out again: held out on fresh13 to fresh18 (1,650 kind drafts), both together
/// let no more kind drafts pass and cost 9 praise, 5 venting and 7 private details of
/// 900, 840 and 420; `train22` alone let one more pass and cost 6 praise and 4 private
/// details.
const READ: [&str; 43] = [
    "tests/corpus",
    "tests/corpus/fresh",
    "tests/corpus/fresh2",
    "tests/corpus/fresh3",
    "tests/corpus/fresh4",
    "tests/corpus/fresh5",
    "tests/corpus/fresh6",
    "tests/corpus/fresh7",
    "tests/corpus/fresh8",
    "tests/corpus/fresh9",
    "tests/corpus/fresh10",
    "tests/corpus/fresh11",
    "tests/corpus/fresh12",
    "tests/corpus/fresh13",
    "tests/corpus/fresh14",
    "tests/corpus/fresh15",
    "tests/corpus/fresh16",
    "tests/corpus/fresh17",
    "tests/corpus/fresh18",
    "tests/corpus/fresh19",
    "tests/corpus/fresh20",
    "tests/corpus/fresh21",
    "tests/corpus/fresh22",
    "tests/corpus/train1",
    "tests/corpus/train2",
    "tests/corpus/train3",
    "tests/corpus/train4",
    "tests/corpus/train5",
    "tests/corpus/train6",
    "tests/corpus/train7",
    "tests/corpus/train8",
    "tests/corpus/train9",
    "tests/corpus/train10",
    "tests/corpus/train11",
    "tests/corpus/train12",
    "tests/corpus/train13",
    "tests/corpus/train14",
    "tests/corpus/train15",
    "tests/corpus/train16",
    "tests/corpus/train17",
    "tests/corpus/train18",
    "tests/corpus/train19",
    "tests/corpus/train20",
];
const LANGUAGES: [&str; 5] = ["en", "nl", "de", "fr", "he"];

/// A scorer to train: its concern, the categories that are its positives, the rule its
/// findings speak as, and the probability from which it flags. Chosen on sets held out
/// and read with the rules as they were before anyone tuned them to the set (`fresh5`
/// with the rules of 580a2a8, `fresh6` with those of 203fd21, BENCHMARKS.md): on sets
/// the rules were tuned to, they catch nearly everything and a scorer's catches look
/// few, so thresholds chosen there come out too high (measured: per-language
/// thresholds chosen on the read sets went up to 0.9 for praise, where `fresh5` and
/// `fresh6` as first met gained from lowering them). Lower still caught a few more and
/// blocked more kind drafts; a private-details scorer at 0.4 no longer flags the rule's
/// own kind example (a retirement) now that it learned from `train4`. A scorer never
/// drops what its rules find; only the praise scorer, where it is all but sure there is
/// no praise (`doubt`), makes it a warning.
struct Plan {
    concern: Concern,
    positives: &'static [&'static str],
    rule: &'static str,
    threshold: f32,
    /// From this probability on the scorer flags without its rule's `requires` and
    /// `near`, and praise without the employer's name where the writer says "we"
    /// (`Scorer::sure`). The lists of targets and mentions were written from the read
    /// drafts and miss what new writers aim at; a sure scorer does not need them.
    /// Measured on `fresh5`, `fresh6`, `fresh7` and `train6` held out in turn (3,400
    /// drafts): hints caught 388 → 422, venting 583 → 614, praise 659 → 671, kind drafts
    /// passing 1,219 → 1,215 of 1,260 (venting from 0.7 then; the plan below says why it
    /// is 0.6 now).
    sure: Option<f32>,
    /// Under this probability what its rules find is shown as a warning, not an error
    /// (`Scorer::doubt`): the rule and the scorer disagree, so it is a judgement call.
    /// Measured on the same four sets: praise from 0.05 let 4 more kind drafts pass and
    /// caught 2 fewer praise drafts of 798 (`fresh7` alone: 2 more passed, none fewer
    /// caught); from 0.2, 5 more and 8 fewer. For venting, hints and private details
    /// from 0.1 no kind draft more passed and 13 venting and 21 private details were
    /// lost: their rules are right where their scorers doubt.
    doubt: Option<f32>,
    /// From this probability up to `threshold`, the scorer flags as a warning
    /// (`Scorer::warn`): a judgement call, where an error would block kind drafts.
    /// Measured on fresh9, fresh10 and train11 held out in turn (2,211 drafts), from
    /// 0.25 for praise, hints and private details and 0.2 for venting: flagged praise
    /// 382 -> 399 of 450, venting 365 -> 386 of 412, hints 197 -> 203 of 210, private
    /// details 150 -> 154 of 164, and 30 more of 745 kind drafts passing carry a
    /// warning (3 -> 33). Raising the error thresholds beside it (praise 0.6 or 0.7,
    /// venting 0.55 or 0.65) let only 2 or 4 more kind drafts pass, for 11 or 34 praise
    /// and 10 or 35 venting drafts made warnings instead of errors: most kind drafts
    /// blocked were blocked by a rule then, not by a scorer. Praise warns from 0.41, the
    /// lowest at which every rule's `must_pass` example stays clean (0.4 until the
    /// scorers learned fresh21, when "Our carers deserve better pay, and I will keep
    /// saying so." read 0.405; held out on fresh16 to fresh21, 0.41 flags the same 842
    /// of 900 praise drafts. Weighing the `must_pass` examples as the ordinary comments
    /// instead cost 8 venting drafts of 840 and 4 private details of 420).
    ///
    /// By fresh19 most kind drafts still blocked were blocked by a scorer alone, most
    /// by its reading of venting (a technical update, a polite disagreement, a word in
    /// quotes) or of private details (a dog, a tram called "he"). So venting, hints and
    /// private details now warn from their old thresholds and block only from 0.75,
    /// 0.55 and 0.6: what no rule finds and the scorer is not sure of is a judgement
    /// call. No draft gets a finding it did not get before. Held out on fresh18+19,
    /// fresh16+17 and fresh14+15 (1,650 kind drafts), kind drafts blocked went 18 -> 8,
    /// and of the problems, all still flagged, 51 of 840 venting drafts, 12 of 540 hints
    /// and 30 of 420 private details became warnings (errors 91 % -> 87 % of venting,
    /// hints, private details and praise). Venting from 0.65, hints and private details
    /// from 0.5: 14 blocked, 33, 6 and 16 made warnings. Praise from 0.6 besides: no
    /// kind draft more, 9 praise drafts made warnings.
    warn: Option<f32>,
    /// Of a draft that never names the employer or its products, the scorer's own
    /// praise is an error only from this probability, else a warning
    /// (`Scorer::unnamed`).
    unnamed: Option<f32>,
    /// Sets this scorer does not learn from.
    without: &'static [&'static str],
    /// The categories of the drafts it learns from; empty: every draft.
    among: &'static [&'static str],
    /// The concern whose findings it re-reads instead of flagging (`Scorer::amends`).
    amends: Option<Concern>,
    /// The rules whose errors it makes warnings where it reads a kind draft from its
    /// threshold (`Scorer::vouches`).
    vouches: &'static [&'static str],
    /// The rules whose errors it makes warnings only from its `sure` probability: what
    /// is seldom a judgement call.
    vouches_when_sure: &'static [&'static str],
    /// What blocking a kind draft that names the employer costs in training, against 1
    /// for every other draft. Most drafts that name the employer praise it, so a scorer
    /// learns the name itself as praise and blocks the vacancy, the fair stand and the
    /// service notice; weighing those drafts more makes it learn what the praise says.
    kind_naming_weight: f32,
}

/// Where the lessons' ordinary comments come from among the drafts: they must pass
/// without an error (`lessons check`) and without a warning either (the engine's test
/// of them), so no scorer may read them as anything.
const ORDINARY: &str = "ordinary comments";

/// What reading an ordinary comment as a problem costs in training, against 1 for a
/// corpus draft. Each says a kind genre in a few examples ("Customers who shout on the
/// phone are not annoying. They are scared"), among thousands of drafts in which the
/// same words vent.
const ORDINARY_WEIGHT: f32 = 2.0;

/// Sets of praise and kind drafts only, with nothing for the other scorers to find.
/// Held out in turn on fresh5-7 and train6, `train8`'s 1,600 drafts let 5 more kind
/// drafts of 1,260 pass and caught 3 more praise drafts of 798 when the praise scorer
/// learned from them; when every scorer did, hints (421 -> 418 of 451) and venting
/// (619 -> 615 of 746) lost catches too.
const ONLY_PRAISE: &[&str] = &["tests/corpus/train8"];

/// Files no scorer learns from. `train9`'s Dutch file: held out in turn on fresh5-7,
/// train2, train4, train5 and train8, it blocked 4 more Dutch kind drafts of 417 and
/// caught no more (praise +1, venting -1); its Hebrew files caught 5 more praise and 6
/// more venting drafts for 2 kind drafts more blocked. `fresh22`'s English file (garden
/// centres): held out on fresh19+20, fresh17+18 and fresh21, learning it blocked 2 more
/// English kind drafts of 1,375 ("The University of Ashmere is on the south bank …"
/// read as praise at 0.55) and caught 1 more praise draft of 750 as an error; its other
/// four files cost nothing there.
const NOT_LEARNED: &[&str] = &["tests/corpus/train9/nl-", "tests/corpus/fresh22/en"];

const PLANS: [Plan; 6] = [
    // Praise with kind drafts that name the employer weighing 3, from 0.5 (was 1 and
    // 0.6): held out in turn on fresh5-9, train8 and train10 (7,132 drafts), kind drafts
    // passing 2,197 -> 2,206 of 2,272 and praise caught 1,284 of 1,440 before and after.
    // Weighing 2 from 0.6 let 12 more pass and caught 6 fewer, 3 from 0.55 14 and 5,
    // 4 from 0.6 20 and 25; the weight 1 from 0.67 let 15 more pass and caught 18 fewer.
    // Doubting what the praise rules find from more than 0.05 was measured and left, with
    // the doubt read on the draft and also on the finding's sentence about the employer
    // (so that "Amazing article! And CareConnect is excellent at this." stays an error):
    // held out on fresh11-16 (1,650 kind drafts, 900 praise), from 0.5 kind drafts
    // blocked 32 -> 26 and praise errors 780 -> 762, from 0.35 on fresh13-16 26 -> 23
    // and 535 -> 532, from 0.2 32 -> 31 and 780 -> 779. But a short draft has too few
    // words to outweigh the scorer's bias: "CareConnect is great!" reads 0.34 and
    // "CareConnect is amazing." 0.46, and a trainer's first example must not be a mere
    // warning. Reading each finding's sentence anew also cost 2.4 ms on a 3,000-character
    // draft. Praise the scorer alone reads in a draft that never names the employer or a
    // product ("our Bolton branch shuts at 1pm", "our team mourns Bella") is an error
    // only from 0.8 (`unnamed`): held out on fresh12-17 (1,650 kind drafts, 900 praise),
    // kind drafts blocked 24 -> 18 and praise as an error 799 -> 765, all still flagged;
    // from 0.7, 24 -> 21 and 775; from 0.9, 24 -> 17 and 753.
    Plan {
        concern: Concern::Praise,
        positives: &["praise", "buried", "disclosed"],
        rule: "undisclosed-praise",
        threshold: 0.5,
        sure: Some(0.5),
        doubt: Some(0.05),
        warn: Some(0.41),
        unnamed: Some(0.8),
        without: &[],
        among: &[],
        amends: None,
        vouches: &[],
        vouches_when_sure: &[],
        kind_naming_weight: 3.0,
    },
    // Venting from 0.45, sure from 0.6 (was 0.5 and 0.7): held out in turn on fresh5-8,
    // train8 and train10 (5,746 drafts), 606 -> 629 of 700 venting drafts caught, kind
    // drafts passing 1,930 of 1,996 before and after; from 0.4 (sure 0.6) 633 and 2 kind
    // drafts more blocked, sure 0.5 (threshold 0.5) 625 and 6 more. An error only from
    // 0.75, a warning from 0.45: see `warn`.
    Plan {
        concern: Concern::Venting,
        positives: &["venting"],
        rule: "venting-aimed",
        threshold: 0.75,
        sure: Some(0.6),
        doubt: None,
        warn: Some(0.45),
        unnamed: None,
        without: ONLY_PRAISE,
        among: &[],
        amends: None,
        vouches: &[],
        vouches_when_sure: &[],
        kind_naming_weight: 1.0,
    },
    Plan {
        concern: Concern::Hint,
        positives: &["hint"],
        rule: "news-hint",
        threshold: 0.55,
        sure: Some(0.4),
        doubt: None,
        warn: Some(0.4),
        unnamed: None,
        without: ONLY_PRAISE,
        among: &[],
        amends: None,
        vouches: &[],
        vouches_when_sure: &[],
        kind_naming_weight: 1.0,
    },
    Plan {
        concern: Concern::Patient,
        positives: &["patient"],
        rule: "private-details",
        threshold: 0.6,
        sure: None,
        doubt: None,
        warn: Some(0.4),
        unnamed: None,
        without: ONLY_PRAISE,
        among: &[],
        amends: None,
        vouches: &[],
        vouches_when_sure: &[],
        kind_naming_weight: 1.0,
    },
    // Disclosure, read among praise only: whether praise the rules and the praise
    // scorer found says, in words no phrase lists, that the writer works there
    // ("speaking as the wholesale manager", "ich gehör zum Team"). It learns from the
    // disclosed and buried drafts against the undisclosed praise, so "our" and "the
    // team" weigh as praise, not as disclosure. Last, after the praise scorer, whose
    // findings it amends. From 0.6: held out in turn on fresh11, fresh10, train12 and
    // train13 (380 disclosed and 1,000 praise drafts), disclosed drafts blocked 20 -> 8
    // and praise caught as an error 784 before and after; from 0.7 10 and 784, from
    // 0.5 7 and 782. From 0.55 since it learned fresh20: "Nine years on the helpdesk
    // here" had fallen to 0.598, and held out on fresh15 to fresh20 praise caught as an
    // error went 803 -> 802 of 900, disclosed drafts passing 478 of 480 at both.
    Plan {
        concern: Concern::DisclosureUnclear,
        positives: &["disclosed", "buried"],
        rule: "disclosure-unclear",
        threshold: 0.55,
        sure: None,
        doubt: None,
        warn: None,
        unnamed: None,
        without: &[],
        among: &["praise", "disclosed", "buried"],
        amends: Some(Concern::Praise),
        vouches: &[],
        vouches_when_sure: &[],
        kind_naming_weight: 1.0,
    },
    // Kind drafts, read among every draft: whether the draft is one a kind, careful
    // writer may post. Last, after every scorer whose findings it vouches for. Measured
    // on `fresh12`, which no rule had read, held out (275 kind drafts, 150 praise):
    // without it 13 kind drafts blocked, praise caught as an error 132, hints 81 of 90,
    // venting 119 of 140; from 0.7 (kept) 8, 131, 80, 119. Held out on fresh11, fresh10
    // and train16 (whose kind drafts the rules had read): kind drafts blocked 20 -> 16
    // of 850, praise as an error 319 -> 315 of 375, venting 317 -> 313 of 355, hints
    // 169 -> 168 of 180. (Before the check read the finding's sentence about the
    // employer on its own, from 0.85 7 blocked, from 0.7 4, from 0.55 4 for 8 praise
    // errors fewer; it then made "Amazing article! And CareConnect is excellent at
    // this." a warning.) From 0.7 it vouches neither for an insult aimed at someone
    // (`venting-insult`): it read "My manager is an idiot, but this post is spot on"
    // as kind; nor for private details: the two kind drafts they block on `fresh12` (a
    // branch's new address) would pass, and 5 of 70 drafts with someone's diagnosis or
    // home address would become warnings. Learning also from each problem joined to a
    // kind draft, to teach it mixed drafts, vouched for fewer kind drafts (10 blocked)
    // and still read that one as kind. It does vouch for private details from 0.85,
    // where it is sure: held out on fresh14 and fresh13 together, kind drafts blocked
    // 18 -> 15 of 550 (free film screenings read as radiation therapy, a colleague's
    // new baby, a condolence) for one diagnosis of 140 made a warning; from 0.75, 14
    // blocked. Vouching from 0.85 for insults too passed 2 more there and lost no
    // venting, and on fresh12 and fresh11 let 9 -> 6 kind drafts pass for one
    // diagnosis (from 0.75: 4), but it read "My manager is an idiot, but this post
    // about onboarding is spot on" as kind (0.89). What only a scorer read, in words no
    // rule lists, it vouches against from 0.7 whatever the rule asks: held out, kind
    // drafts blocked 17 -> 15 on fresh14 and fresh15 together ("Lior from the tills got
    // married!", a colleague's thesis defence read as private), 11 -> 10 on fresh12 and
    // fresh13, for one private detail of 280 made a warning.
    Plan {
        concern: Concern::Other,
        positives: &["pass", "disclosed"],
        rule: "",
        threshold: 0.7,
        sure: Some(0.85),
        doubt: None,
        warn: None,
        unnamed: None,
        without: &[],
        among: &[],
        amends: None,
        vouches: &[
            "undisclosed-praise",
            "venting-aimed",
            "venting-sarcasm",
            "venting-eyeroll",
            "leak-hint",
            "news-hint",
        ],
        vouches_when_sure: &["private-details"],
        kind_naming_weight: 1.0,
    },
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let result = match args.first().map(String::as_str) {
        Some("write") => write(&root),
        Some("evaluate") if args.len() >= 2 => evaluate(&root, &args[1], &args[2..]),
        _ => Err(
            "usage: train_check_model write | evaluate SET[,SET…] [--show [--rules]] [--thresholds P,V,H,Pa,D,K] [--sure P,V,H,Pa,D,K] [--doubt P,V,H,Pa,D,K] [--warn P,V,H,Pa,D,K] [--without SET[,SET…]]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The rules of `lang` without their scorers: what the features are read with. As
/// built in, or (`CHECK_CORPUS_RULES=lessons`, as `tests/check_corpus.rs` reads it)
/// from that folder as edited, without a rebuild.
fn rules(lang: &str) -> RuleSet {
    let dir = std::env::var_os("CHECK_CORPUS_RULES").map(PathBuf::from);
    let mut rules = RuleSet::load(dir.as_deref(), lang).expect("the rules load");
    rules.model = None;
    rules
}

/// The corpus files of `lang` in `sets`: `<lang>.toml`, and `<lang>-*.toml` where a
/// set has several employers per language.
fn corpora(root: &Path, sets: &[&str], lang: &str) -> Result<Vec<(String, Corpus)>, String> {
    let mut out = Vec::new();
    for set in sets {
        let Ok(entries) = std::fs::read_dir(root.join(set)) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| {
                n == &format!("{lang}.toml") || (n.starts_with(&format!("{lang}-")) && n.ends_with(".toml"))
            })
            .collect();
        names.sort();
        for name in names {
            let file = format!("{set}/{name}");
            if let Some(corpus) = Corpus::load(&root.join(&file))? {
                out.push((file, corpus));
            }
        }
    }
    Ok(out)
}

/// A draft to learn from: its features, its category and the set it comes from ("" for
/// the rules' own examples).
type Draft = (Vec<String>, &'static str, String);

fn train(lang: &str, sets: &[(String, Corpus)], cuts: &Cuts) -> Model {
    let sets: Vec<&(String, Corpus)> = sets
        .iter()
        .filter(|(file, _)| !NOT_LEARNED.iter().any(|prefix| file.starts_with(prefix)))
        .collect();
    let rules = rules(lang);
    let read = |text: &str, policy: &Policy, category: &'static str, set: &str| -> Draft {
        let features = check::draft_features(text, &rules, policy)
            .into_iter()
            .map(|f| f.name)
            .collect();
        (features, category, set.to_owned())
    };
    // The corpus loader has checked that every category is one of these.
    let category = |expect: &str| {
        CATEGORIES
            .iter()
            .find(|c| **c == expect)
            .copied()
            .unwrap_or("pass")
    };
    let mut drafts: Vec<Draft> = Vec::new();
    for (file, corpus) in &sets {
        for case in &corpus.cases {
            drafts.push(read(&case.text, &corpus.policy, category(&case.expect), file));
        }
    }
    // The rules' own examples, read against the example policy as `lessons check`
    // checks them.
    let example = Policy::example();
    for rule in &rules.rules {
        let flagged = match rule.concern {
            Concern::Praise => "praise",
            Concern::DisclosureBuried => "buried",
            // Praise that says the writer works there, in words only a scorer reads.
            Concern::DisclosureUnclear => "disclosed",
            Concern::Venting => "venting",
            Concern::Hint => "hint",
            Concern::Patient => "patient",
            _ => continue,
        };
        for text in &rule.must_flag {
            drafts.push(read(text, &example, flagged, ""));
        }
        // A praise rule's example that passes is either disclosed praise or no praise
        // of the employer at all ("CareConnect was mentioned at the conference").
        for text in &rule.must_pass {
            let disclosed = rule.concern == Concern::Praise && check::discloses(text, &rules, &example);
            drafts.push(read(
                text,
                &example,
                if disclosed { "disclosed" } else { "pass" },
                "",
            ));
        }
    }
    for text in &rules.ordinary_comments {
        drafts.push(read(text, &example, "pass", ORDINARY));
    }
    let scorers = PLANS
        .iter()
        .enumerate()
        .map(|(i, plan)| {
            let examples: Vec<Example> = drafts
                .iter()
                .filter(|(_, expect, file)| {
                    (plan.among.is_empty() || plan.among.contains(expect))
                        && !plan
                            .without
                            .iter()
                            .any(|set| file.starts_with(&format!("{set}/")))
                })
                .map(|(features, expect, file)| {
                    let positive = plan.positives.contains(expect);
                    let names_org = features
                        .iter()
                        .any(|f| f.strip_prefix("w:") == Some(check::EMPLOYER_TOKEN));
                    Example {
                        features: features.clone(),
                        positive,
                        weight: if file == ORDINARY {
                            ORDINARY_WEIGHT
                        } else if !positive && names_org {
                            plan.kind_naming_weight
                        } else {
                            1.0
                        },
                    }
                })
                .collect();
            let (bias, weights) = training::fit(&examples, Options::default());
            Scorer {
                concern: plan.concern,
                rule: plan.rule.to_owned(),
                bias,
                threshold: cuts.threshold[i],
                // A reader of kind drafts gives its `sure` to the rules it vouches for
                // then, and flags nothing itself.
                sure: Some(cuts.sure[i]).filter(|s| *s <= 1.0 && plan.vouches.is_empty()),
                doubt: Some(cuts.doubt[i]).filter(|d| *d > 0.0),
                warn: Some(cuts.warn[i]).filter(|w| *w > 0.0 && *w < cuts.threshold[i]),
                unnamed: Some(cuts.unnamed[i]).filter(|u| *u > cuts.threshold[i] && *u <= 1.0),
                amends: plan.amends,
                vouches: (plan.vouches.iter().map(|id| (*id, cuts.threshold[i])))
                    .chain(plan.vouches_when_sure.iter().map(|id| (*id, cuts.sure[i])))
                    .filter(|(_, from)| *from < 1.0)
                    .map(|(id, from)| (id.to_owned(), from))
                    .collect(),
                weights,
            }
        })
        .collect();
    Model {
        lang: lang.to_owned(),
        trained_on: sets.iter().map(|(file, _)| file.clone()).collect(),
        scorers,
    }
}

/// Where each plan's scorer flags, one value per plan: as the plans have them, or as
/// `--thresholds`, `--sure`, `--doubt` and `--warn` ask (`sure` over 1, `doubt` and
/// `warn` 0 for none).
#[derive(Clone)]
struct Cuts {
    threshold: Vec<f32>,
    sure: Vec<f32>,
    doubt: Vec<f32>,
    warn: Vec<f32>,
    unnamed: Vec<f32>,
}

impl Cuts {
    fn planned() -> Cuts {
        Cuts {
            threshold: PLANS.iter().map(|p| p.threshold).collect(),
            sure: PLANS.iter().map(|p| p.sure.unwrap_or(2.0)).collect(),
            doubt: PLANS.iter().map(|p| p.doubt.unwrap_or(0.0)).collect(),
            warn: PLANS.iter().map(|p| p.warn.unwrap_or(0.0)).collect(),
            unnamed: PLANS.iter().map(|p| p.unnamed.unwrap_or(0.0)).collect(),
        }
    }

    /// The plans' cuts with what `options` asks instead.
    fn asked(options: &[String]) -> Result<Cuts, String> {
        let planned = Cuts::planned();
        Ok(Cuts {
            threshold: per_plan(options, "--thresholds")?.unwrap_or(planned.threshold),
            sure: per_plan(options, "--sure")?.unwrap_or(planned.sure),
            doubt: per_plan(options, "--doubt")?.unwrap_or(planned.doubt),
            warn: per_plan(options, "--warn")?.unwrap_or(planned.warn),
            unnamed: per_plan(options, "--unnamed")?.unwrap_or(planned.unnamed),
        })
    }
}

/// The thresholds of the language's model file as built in (or read from
/// `CHECK_CORPUS_RULES`), if it has one per plan.
fn shipped_thresholds(lang: &str) -> Option<Vec<f32>> {
    let dir = std::env::var_os("CHECK_CORPUS_RULES").map(PathBuf::from);
    RuleSet::load(dir.as_deref(), lang)
        .ok()
        .and_then(|rules| rules.model)
        .map(|model| model.scorers.iter().map(|s| s.threshold).collect::<Vec<f32>>())
        .filter(|t| t.len() == PLANS.len())
}

/// The values of `--name a,b,c` in `options`, one per plan.
fn per_plan(options: &[String], name: &str) -> Result<Option<Vec<f32>>, String> {
    let Some(at) = options.iter().position(|o| o == name) else {
        return Ok(None);
    };
    let list = options
        .get(at + 1)
        .ok_or(format!("{name} needs {} values", PLANS.len()))?;
    let values: Vec<f32> = list
        .split(',')
        .map(|v| v.parse().map_err(|e| format!("{v}: {e}")))
        .collect::<Result<_, _>>()?;
    if values.len() != PLANS.len() {
        return Err(format!("{name} needs {} values", PLANS.len()));
    }
    Ok(Some(values))
}

fn write(root: &Path) -> Result<(), String> {
    for lang in LANGUAGES {
        let sets = corpora(root, &READ, lang)?;
        let model = train(lang, &sets, &Cuts::planned());
        let path = root.join("lessons").join(lang).join(MODEL_FILE);
        let text = serde_json::to_string_pretty(&model).map_err(|e| e.to_string())? + "\n";
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        let drafts: usize = sets.iter().map(|(_, c)| c.cases.len()).sum();
        let weights: usize = model.scorers.iter().map(|s| s.weights.len()).sum();
        println!("{}: {drafts} corpus drafts, {weights} weights", path.display());
    }
    Ok(())
}

fn evaluate(root: &Path, held: &str, options: &[String]) -> Result<(), String> {
    let show = options.iter().any(|o| o == "--show");
    // With `--show --rules`, the drafts the rules alone get wrong.
    let show_rules = options.iter().any(|o| o == "--rules");
    let chosen = per_plan(options, "--thresholds")?;
    let cuts = Cuts::asked(options)?;
    // `--without train6`: what the scorers make of the held-out sets without a set to
    // learn from, to measure what it adds.
    let without: Vec<String> = match options.iter().position(|o| o == "--without") {
        Some(at) => options
            .get(at + 1)
            .ok_or("--without needs a set")?
            .split(',')
            .map(|s| format!("tests/corpus/{s}"))
            .collect(),
        None => Vec::new(),
    };
    let without: Vec<&str> = without.iter().map(String::as_str).collect();
    // category (over all languages, and per language) -> (good, cases), for the rules
    // alone and for rules and scorers.
    let mut alone: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut with: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // Several sets (`fresh5,train5`) are each held out in turn and their tallies added:
    // a figure over more drafts moves less by chance.
    for held in held.split(',') {
        let held_dir = format!("tests/corpus/{held}");
        let learn: Vec<&str> = READ
            .iter()
            .copied()
            .filter(|s| *s != held_dir && !without.contains(s))
            .collect();
        for lang in LANGUAGES {
            let sets = corpora(root, &learn, lang)?;
            let plain = rules(lang);
            // The thresholds asked for, else those the language's model file has.
            let threshold = match &chosen {
                Some(chosen) => chosen.clone(),
                None => shipped_thresholds(lang).unwrap_or_else(|| cuts.threshold.clone()),
            };
            let mut scored = rules(lang);
            scored.model = Some(train(
                lang,
                &sets,
                &Cuts {
                    threshold,
                    ..cuts.clone()
                },
            ));
            for (_, test) in corpora(root, &[held_dir.as_str()], lang)? {
                for case in &test.cases {
                    for (rules, table) in [(&plain, &mut alone), (&scored, &mut with)] {
                        let verdict = check::check_as(
                            &case.text,
                            rules,
                            &test.policy,
                            Platform::Linkedin,
                            TextKind::Comment,
                        );
                        let error = verdict.errors().next().is_some();
                        let warning = verdict.findings.iter().any(|f| f.level >= Level::Warning);
                        // A problem is caught when it is flagged, as an error or a
                        // warning; how many are errors is tallied beside it.
                        let good = match case.expect.as_str() {
                            "pass" | "disclosed" => !error,
                            _ => warning,
                        };
                        // Beside a problem caught, whether it is an error; beside a kind
                        // draft let through, whether it carries a warning.
                        let kind = matches!(case.expect.as_str(), "pass" | "disclosed");
                        let (aside, counted) = match (kind, good) {
                            (false, _) => ("as error", error),
                            (true, true) => ("passing with a warning", warning),
                            (true, false) => ("blocked", true),
                        };
                        for key in [
                            format!("{} {aside}", case.expect),
                            format!("{lang} {} {aside}", case.expect),
                        ] {
                            let tally = table.entry(key).or_default();
                            tally.0 += usize::from(counted);
                            tally.1 += 1;
                        }
                        if show && !good && rules.model.is_some() != show_rules {
                            let found: Vec<String> = verdict
                                .findings
                                .iter()
                                .map(|f| format!("{}: {}", f.rule, f.excerpt))
                                .collect();
                            // What each scorer makes of it: praise, venting, hint,
                            // private details.
                            let features = check::draft_features(&case.text, &plain, &test.policy);
                            let scores: Vec<String> = scored
                                .model
                                .iter()
                                .flat_map(|m| &m.scorers)
                                .map(|s| format!("{:.2}", s.score(&features)))
                                .collect();
                            println!(
                                "{lang} {}: {}\n    [{}] {found:?}",
                                case.expect,
                                case.text.replace('\n', " / "),
                                scores.join(" ")
                            );
                        }
                        for key in [case.expect.clone(), format!("{lang} {}", case.expect)] {
                            let tally = table.entry(key).or_default();
                            tally.0 += usize::from(good);
                            tally.1 += 1;
                        }
                    }
                }
            }
        }
    }
    match &chosen {
        Some(thresholds) => println!("{held} held out in turn, thresholds {thresholds:?}"),
        None => println!("{held} held out in turn, each language's thresholds from its model file"),
    }
    let percent = |(part, whole): (usize, usize)| 100.0 * part as f64 / whole.max(1) as f64;
    for (key, &(good, cases)) in &with {
        // Kind drafts passing with a warning, and those blocked, are a different number
        // of drafts for the rules alone: each is a share of its own.
        let rules_alone = alone.get(key).copied().unwrap_or_default();
        println!(
            "{key:>16}: {:>3.0} % ({good}/{cases}), rules alone {:.0} %",
            percent((good, cases)),
            percent(rules_alone)
        );
    }
    Ok(())
}
