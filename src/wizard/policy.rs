//! The organisation's house rules, asked in the strategy step: employer, products,
//! disclosure and confidential topics, then its DOs beside its DON'Ts. The answers are
//! stored in `policy.toml` after each one, so the pre-post check uses them at once.

use super::{Answer, StepEnd, TextQuestion, Wizard, given};
use crate::check::Policy;
use crate::check::policy;
use crate::error::Result;
use crate::journal::{EventBody, PolicyChange};
use crate::t;
use crate::ui::sanitize_line;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let dir = wizard.learner_dir();
    let on_disk = Policy::stored(&dir)?;
    let mut policy = match &on_disk {
        Some(policy) => policy.clone(),
        None => starting_point(wizard)?,
    };
    let heading = wizard
        .palette
        .heading
        .apply_to(t!("wizard-policy-heading"))
        .to_string();
    wizard.say(&format!("\n{heading}\n{}", t!("wizard-policy-intro")))?;

    let mut stored = on_disk;
    let optional = t!("welcome-optional");
    policy.employer =
        given!(wizard.optional_text(&t!("wizard-policy-employer"), &optional, Some(&policy.employer)))
            .unwrap_or_default();
    store(&dir, &policy, &mut stored)?;

    // The disclosure comes right after the employer: a policy with an employer needs one.
    let prompt = t!("wizard-policy-disclosure");
    let help = t!("wizard-policy-disclosure-help");
    let employer = policy.employer.clone();
    let needed = move |text: &str| {
        if text.trim().is_empty() && !employer.is_empty() {
            Err(t!("wizard-policy-disclosure-needed"))
        } else {
            Ok(())
        }
    };
    let previous = policy.disclosure_tag.clone();
    let question = TextQuestion::new(&prompt)
        .help(&help)
        .initial(Some(&previous))
        .check(&needed);
    policy.disclosure_tag = given!(wizard.prompter.text(&question)).trim().to_owned();
    store(&dir, &policy, &mut stored)?;

    let help = t!("wizard-policy-list-help");
    policy.products = given!(ask_list(
        wizard,
        &policy,
        &t!("wizard-policy-products"),
        &help,
        |p| &mut p.products
    ));
    store(&dir, &policy, &mut stored)?;

    let help = t!("wizard-policy-confidential-help");
    policy.confidential = given!(ask_list(
        wizard,
        &policy,
        &t!("wizard-policy-confidential"),
        &help,
        |p| &mut p.confidential
    ));
    store(&dir, &policy, &mut stored)?;

    wizard.record(EventBody::PolicySet(PolicyChange {
        employer: policy.employer.clone(),
        source: "wizard".into(),
    }))?;
    let columns = two_columns(&wizard.palette, &policy.dos, &policy.donts);
    wizard.say(&columns)?;
    Ok(StepEnd::Done)
}

/// The template of the learner's language, with the organisation from the welcome step.
fn starting_point(wizard: &Wizard) -> Result<Policy> {
    let lang = wizard.lang();
    let (name, template) = policy::template(wizard.lessons.origin.folder(), &lang)?;
    let organisation = wizard
        .state
        .welcome
        .as_ref()
        .and_then(|w| w.organisation.as_deref());
    Policy::parse(&policy::render_template(&template, organisation)).map_err(|p| {
        crate::Error::PolicyInvalid {
            path: name,
            line: p.line,
            reason: p.reason,
        }
    })
}

/// Writes the policy when an answer changed it, so that a file a trainer wrote keeps its
/// comments until the learner changes something. Only a valid policy is ever written.
fn store(dir: &std::path::Path, policy: &Policy, stored: &mut Option<Policy>) -> Result<()> {
    let text = policy.to_toml();
    if stored.as_ref() == Some(policy) || Policy::parse(&text).is_err() {
        return Ok(());
    }
    policy::store(dir, &text)?;
    *stored = Some(policy.clone());
    Ok(())
}

/// A comma-separated list, checked as the policy file would be.
fn ask_list(
    wizard: &mut Wizard,
    policy: &Policy,
    prompt: &str,
    help: &str,
    field: fn(&mut Policy) -> &mut Vec<String>,
) -> Result<Answer<Vec<String>>> {
    let base = policy.clone();
    let valid = move |text: &str| {
        let mut candidate = base.clone();
        *field(&mut candidate) = split_list(text);
        Policy::parse(&candidate.to_toml())
            .map(|_| ())
            .map_err(|p| p.reason)
    };
    let previous = field(&mut policy.clone()).join(", ");
    let question = TextQuestion::new(prompt)
        .help(help)
        .initial(Some(&previous))
        .check(&valid);
    Ok(match wizard.prompter.text(&question)? {
        Answer::Given(text) => Answer::Given(split_list(&text)),
        Answer::Quit(quit) => Answer::Quit(quit),
    })
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// DOs on the left, DON'Ts on the right, each wrapped in its own column.
fn two_columns(p: &crate::ui::Palette, dos: &[String], donts: &[String]) -> String {
    const WIDTH: usize = 38;
    let column = |items: &[String]| -> Vec<String> {
        items
            .iter()
            .flat_map(|item| {
                crate::ui::wrap(&sanitize_line(item), WIDTH - 2)
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| format!("{} {line}", if i == 0 { "•" } else { " " }))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let left = column(dos);
    let right = column(donts);
    let mut out = format!(
        "\n{}{}\n",
        p.good.apply_to(crate::ui::cell(
            &t!("wizard-policy-dos", count = dos.len()),
            WIDTH + 2
        )),
        p.warn.apply_to(t!("wizard-policy-donts", count = donts.len()))
    );
    for i in 0..left.len().max(right.len()) {
        let l = left.get(i).map_or("", String::as_str);
        let r = right.get(i).map_or("", String::as_str);
        out.push_str(&format!("{}{r}\n", crate::ui::cell(l, WIDTH + 2)));
    }
    out
}
