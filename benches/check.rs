//! The pre-post check of a 3,000-character draft with the full English rule set, the
//! target being under 5 ms. Also the parts: counting alone, loading the rules (done
//! once per run of `drempel check`), and a whole run: loading, then checking.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use drempel::check::{self, Policy, RuleSet, TextKind, count};
use drempel::platform::Platform;

/// A realistic long draft: paragraphs of ordinary text with a link, hashtags, a
/// mention, an address, praise of the employer and a word in capitals, repeated to
/// 3,000 characters.
fn draft_of_3000_chars() -> String {
    let paragraph = "Thanks for sharing this, Ada. We ran into the same problem with rostering \
        last winter at our clinic, and splitting the shifts into smaller blocks helped us a lot. \
        CareConnect is excellent for this, and the planning team found it VERY useful. \
        Here is the guide we used: https://example.org/guides/rostering-in-home-care?ref=feed \
        Questions? Ask @bob or mail ada@example.com. #care #rostering\n\n";
    let mut draft = String::new();
    while draft.chars().count() < 3_000 {
        draft.push_str(paragraph);
    }
    draft.chars().take(3_000).collect()
}

fn bench(c: &mut Criterion) {
    let draft = draft_of_3000_chars();
    let rules = RuleSet::embedded("en").expect("English rules");
    let policy = Policy::example();
    let verdict = check::check(&draft, &rules, &policy, Platform::Linkedin);
    assert!(!verdict.findings.is_empty(), "the draft exercises the rules");

    c.bench_function("check 3,000 characters, full English rules (LinkedIn)", |b| {
        b.iter(|| check::check(black_box(&draft), &rules, &policy, Platform::Linkedin))
    });
    c.bench_function(
        "check 3,000 characters, full English rules (X, over the limit)",
        |b| b.iter(|| check::check(black_box(&draft), &rules, &policy, Platform::X)),
    );
    c.bench_function("count 3,000 characters the X way", |b| {
        b.iter(|| count::count(Platform::X, TextKind::Post, black_box(&draft)))
    });
    // A long kind comment (within LinkedIn's 1,250): no rule finds anything, so all
    // three scorers read it.
    let kind = "Thanks for sharing this, our team saw the same with the new rota last winter. ".repeat(15);
    assert!(
        check::check(&kind, &rules, &policy, Platform::Linkedin)
            .findings
            .is_empty()
    );
    c.bench_function(
        "check 1,200 characters of kind words (every scorer reads them)",
        |b| b.iter(|| check::check(black_box(&kind), &rules, &policy, Platform::Linkedin)),
    );
    let model = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/en/model.json"))
        .expect("English scorers");
    c.bench_function("parse the English scorers (model.json)", |b| {
        b.iter(|| drempel::check::model::Model::parse(black_box(&model)))
    });
    c.bench_function("compile the English rules", |b| {
        b.iter(|| RuleSet::embedded(black_box("en")))
    });
    // What one `drempel check` run does: load the rules, then check. Regexes compile
    // when a draft first needs them, so the draft decides how much is compiled.
    let comment = "Thanks for sharing, our team saw the same with the new rota last winter.";
    c.bench_function("load the English rules and check a kind comment", |b| {
        b.iter(|| {
            let rules = RuleSet::embedded("en").expect("English rules");
            check::check(black_box(comment), &rules, &policy, Platform::Linkedin)
        })
    });
    c.bench_function("load the English rules and check 3,000 characters", |b| {
        b.iter(|| {
            let rules = RuleSet::embedded("en").expect("English rules");
            check::check(black_box(&draft), &rules, &policy, Platform::Linkedin)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
