//! A yes-or-no question on the terminal, in the learner's language: inquire's own
//! confirmation shows and accepts English only ("Yes", "(y/N)").

use crate::error::{Error, Result};
use crate::t;

/// Asks `question`; `Ok(None)` when the person leaves it with Esc, an error on Ctrl-C.
pub fn ask(question: &str, default: bool, help: Option<&str>) -> Result<Option<bool>> {
    let yes = t!("confirm-yes");
    let no = t!("confirm-no");
    let hint = if default {
        t!("confirm-hint-yes")
    } else {
        t!("confirm-hint-no")
    };
    let words = t!("confirm-yes-words");
    let no_words = t!("confirm-no-words");
    let formatter = |answer: bool| if answer { yes.clone() } else { no.clone() };
    let default_formatter = |_: bool| hint.clone();
    let parser = |typed: &str| parse(typed, &words, &no_words);
    let invalid = t!("confirm-invalid");
    let mut prompt = inquire::Confirm::new(question)
        .with_default(default)
        .with_formatter(&formatter)
        .with_default_value_formatter(&default_formatter)
        .with_parser(&parser)
        .with_error_message(&invalid);
    if let Some(help) = help {
        prompt = prompt.with_help_message(help);
    }
    match prompt.prompt() {
        Ok(answer) => Ok(Some(answer)),
        Err(inquire::InquireError::OperationCanceled) => Ok(None),
        Err(inquire::InquireError::OperationInterrupted) => Err(Error::Interrupted),
        Err(err) => Err(Error::Usage(err.to_string())),
    }
}

/// `typed` as an answer: any of the language's words for yes or no (English's too), in
/// any case.
fn parse(typed: &str, yes_words: &str, no_words: &str) -> std::result::Result<bool, ()> {
    let typed = typed.trim().to_lowercase();
    let listed = |words: &str, extra: [&str; 2]| {
        words
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .chain(extra.map(str::to_owned))
            .any(|w| !w.is_empty() && w == typed)
    };
    if listed(yes_words, ["y", "yes"]) {
        Ok(true)
    } else if listed(no_words, ["n", "no"]) {
        Ok(false)
    } else {
        Err(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_answers_in_its_own_words_and_english_still_works() {
        assert_eq!(parse("Ja", "j, ja", "n, nee"), Ok(true));
        assert_eq!(parse("nee", "j, ja", "n, nee"), Ok(false));
        assert_eq!(parse("oui", "o, oui", "n, non"), Ok(true));
        assert_eq!(parse("y", "o, oui", "n, non"), Ok(true));
        assert_eq!(parse("peut-être", "o, oui", "n, non"), Err(()));
    }
}
