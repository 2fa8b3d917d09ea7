//! Who the learner is, as the welcome records it: the one action behind the wizard's
//! first step and `drempel welcome`, so both keep a name, a role, an organisation and a
//! language the same way.

use crate::error::{Error, Result};
use crate::journal::{EventBody, Welcome};
use crate::lang::Language;
use crate::t;

/// A name as it is kept: trimmed. `Err` holds the reason in the learner's words.
pub fn name(text: &str) -> std::result::Result<String, String> {
    let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(t!("welcome-name-needed"));
    }
    Ok(name)
}

/// An optional answer as it is kept: trimmed, and `None` when nothing is left.
pub fn optional(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// The welcome event for `welcome`: the name checked, the optional answers trimmed, the
/// language kept as its code.
pub fn record(welcome: Welcome) -> Result<EventBody> {
    let name = name(&welcome.name).map_err(Error::Usage)?;
    let language = match welcome.language.as_deref() {
        None => None,
        Some(code) => Some(
            Language::from_code(code)
                .ok_or_else(|| {
                    Error::Usage(t!(
                        "welcome-unknown-language",
                        code = crate::text::sanitize_line(code)
                    ))
                })?
                .code()
                .to_owned(),
        ),
    };
    Ok(EventBody::Welcomed(Welcome {
        name,
        role: optional(welcome.role.as_deref()),
        organisation: optional(welcome.organisation.as_deref()),
        language,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_welcome_keeps_trimmed_answers_and_needs_a_name() {
        let event = record(Welcome {
            name: "  Ada   Lovelace ".into(),
            role: Some("  ".into()),
            organisation: Some(" Zorggroep Noord ".into()),
            language: Some("NL".into()),
        })
        .unwrap();
        assert_eq!(
            event,
            EventBody::Welcomed(Welcome {
                name: "Ada Lovelace".into(),
                role: None,
                organisation: Some("Zorggroep Noord".into()),
                language: Some("nl".into()),
            })
        );
        assert!(matches!(record(Welcome::default()), Err(Error::Usage(_))));
        let unknown = Welcome {
            name: "Ada".into(),
            language: Some("xx".into()),
            ..Welcome::default()
        };
        assert!(matches!(record(unknown), Err(Error::Usage(_))));
    }
}
