# The pre-post check, the organisation policy and the check rules.

## Errors

error-draft-empty = The draft { $draft } is empty. Write your comment first, then check it: drempel check FILE, or pipe it in.
error-draft-binary = { $draft } does not look like a text draft ({ $nul ->
        [1] a NUL byte
       *[other] not valid UTF-8
    } at byte { $offset }). Save your draft as plain text (UTF-8) and check that file.
error-draft-unreadable = Could not read the draft { $draft }: { $reason }. Check the file name.
error-policy-invalid = The policy file { $path }{ $line } has a problem: { $reason }. Fix it and try again; nothing was stored.
error-policy-unreadable = Could not read the policy file { $path }: { $reason }. Check the file name.
error-policy-exists = There is already a policy at { $path }. Edit that file, or run `drempel policy init --force` to start again from the default.
error-unknown-rule = There is no check rule "{ $rule }". Rules you can accept: { $valid }.

## Policy problems (shown inside error-policy-invalid)

policy-needs-disclosure = an employer is set, so disclosure_tag must say how you tell people you work there (for example "#employee")
policy-empty-entry = an entry in { $field } is empty
policy-short-term = "{ $term }" in { $field } is too short to look for; use at least two letters or digits
policy-alias-unknown-term = "{ $term }" has aliases but is not among the confidential terms; add it to confidential or correct its spelling
policy-duplicate = "{ $term }" appears twice in { $field }
policy-not-utf8 = the file is not UTF-8 text

## Rules problems (drempel lessons check)

rules-bad-toml = the rules file does not parse: { $reason }
rules-duplicate-id = the rule id "{ $id }" is used twice (also on line { $other })
rules-buried-lists-disclosures = the rule "{ $id }" flags a buried disclosure, so it reads the disclosures of the rule that asks for one: list them there, not here
rules-bad-id = rule ids are kebab-case words such as too-long; "{ $id }" is not
rules-empty-field = { $field } is empty
rules-field-not-for-kind = `{ $field }` does not belong in a { $kind } rule
rules-empty-phrase = a phrase is empty
rules-existence-needs = an existence rule needs tokens, patterns or terms = "confidential"
rules-validate-needs-patterns = validate only applies to patterns
rules-employer-is-conditional = terms = "employer" belongs in a conditional rule: mentioning the employer is fine, praising it without disclosure is not
rules-bad-pattern = the pattern { $pattern } is not a valid regular expression: { $reason }
rules-substitution-needs = a substitution rule needs swap = {"{"} "this" = "that" {"}"}
rules-occurrence-needs-scope = an occurrence rule needs a scope: length, hashtags, mentions or words-besides-links
rules-occurrence-needs-bound = an occurrence rule needs min or max
rules-conditional-needs-terms = a conditional rule needs terms = "employer"
rules-missing-base = English check rules are missing; every other language falls back to them
rules-not-utf8 = the rules file is not UTF-8 text
model-bad = the scorers file cannot be read: { $reason }
model-unknown-rule = the scorer for { $concern } speaks as the rule "{ $id }", which this language's rules do not have
model-wrong-concern = the scorer for { $concern } speaks as the rule "{ $id }", which is about { $other }
model-threshold = the scorer for { $concern } flags from { $threshold }; that must lie between 0 and 1
model-lang = the scorers file was trained for the language "{ $model }", but it sits with the rules for "{ $lang }"
rules-unknown-lesson = rule "{ $id }" links to lesson "{ $lesson }", which does not exist
rules-needs-examples = rule "{ $id }" needs at least one must_flag and one must_pass example
rules-example-not-flagged = rule "{ $id }" should flag this example but does not: { $example }
rules-example-flagged = rule "{ $id }" flags this example but should not: { $example }
rules-ordinary-comment-flagged = this ordinary comment gets an error from rule "{ $id }": { $comment }
rules-language-missing = the { $lang } rules lack "{ $id }", which the English rules have

## drempel check

check-accept-format = use RULE=REASON, for example --accept shouting="it is a quote"
check-accept-nothing = Nothing to accept for "{ $rule }": the check found nothing of that kind.
check-rules-missing = There are no check rules in { $lang ->
        [he] Hebrew
       *[other] "{ $lang }"
    } yet, so this draft is checked with the { $used ->
        [en] English
        [nl] Dutch
        [de] German
        [fr] French
       *[other] "{ $used }"
    } rules: their wording checks may not fit your draft.
check-mixed-languages = Part of this draft is in { $lang ->
        [en] English
        [nl] Dutch
        [de] German
        [fr] French
        [he] Hebrew
       *[other] "{ $lang }"
    }: those sentences were also checked with the { $lang ->
        [en] English
        [nl] Dutch
        [de] German
        [fr] French
        [he] Hebrew
       *[other] "{ $lang }"
    } rules. To check the whole draft in one language only, add --lang CODE.
check-no-policy = No organisation policy yet, so employer, disclosure and confidential terms are not checked. Run `drempel policy init` to set one up.
check-stdin-name = from standard input
check-type-draft = Type or paste your draft, then press Ctrl-D (Ctrl-Z and Enter on Windows).
check-count = { $used } / { $limit }
check-header = Checked as a { $kind } for { $platform }, with the { $lang ->
        [en] English
        [nl] Dutch
        [de] German
        [fr] French
        [he] Hebrew
       *[other] { $lang }
    } rules ({ $choice ->
        [chosen] the language you chose
        [guessed] recognised from your words
       *[fallback] your language
    }): { $count } characters
check-kind-comment = comment
check-kind-post = post
check-kind-headline = headline
check-kind-bio = bio

## A finding's headline: what it is about, then the rule's own message
check-finding-about = { $kind }: { $message }

check-level-error = error
check-level-warning = warning
check-level-suggestion = suggestion
check-accepted = accepted on purpose: { $reason }
check-why = Why:
check-read = Read:
check-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $suggestions ->
        [one] 1 suggestion
       *[other] { $suggestions } suggestions
    }{ $accepted ->
        [0] {""}
       *[other] , { $accepted } accepted on purpose
    }.
check-fix-errors = Change the draft until no errors remain, then check again. A finding you keep on purpose can be accepted with --accept RULE=REASON.
check-ready = No errors: your draft is ready. Post it yourself, then record where it stands: drempel comment record --url URL --platform { $platform }

## drempel policy

policy-none = No organisation policy yet. Run `drempel policy init` to write a starting point you can edit, or `drempel policy set FILE` to use your organisation's file.
policy-written = Wrote a starting policy to { $path }.
policy-stored = Checked and stored the policy in { $path }.
policy-edit-hint = Now make it yours: open { $path } in a text editor and { $employer ->
        [1] fill in your employer's name, its products,
       *[other] check the employer, add its products,
    } the disclosure your organisation asks for and its confidential terms. Then run `drempel policy show`.
policy-empty-value = (none)
policy-label-file = File:
policy-label-employer = Employer:
policy-label-products = Products:
policy-label-disclosure = Disclosure:
policy-label-confidential = Confidential:
policy-label-dos = DOs:
policy-label-donts = DON'Ts:
policy-written-by-wizard = Your organisation's social media policy, written by the drempel wizard. Edit it freely; `drempel policy show` shows what drempel makes of it.
error-draft-too-large = The draft { $draft } is larger than { $limit }: far longer than any platform takes. Check that this is the file you meant.

## What a finding is about (its kind), why that matters and what to do, in the learner's language

check-concern = { $kind ->
        [praise] Praise without saying you work there
        [disclosure-buried] Your disclosure comes too late
        [disclosure-unclear] Your disclosure may be missed
        [venting] Venting
        [hint] A hint at news that is not public
        [confidential] Confidential
        [personal] Contact or bank details
        [patient] Someone's private details
        [shouting] Shouting
        [length] Too long
        [hashtags] Too many hashtags
        [mentions] Too many people tagged
        [bare-link] A link without your own words
        [wording] Wording
       *[other] Worth a look
    }
check-concern-why = { $kind ->
        [praise] Readers have a right to know that praise comes from someone who works there, and your organisation's policy asks you to say so.
        [disclosure-buried] Most readers stop before the hashtags or the end of a long comment, so a disclosure there, far after the praise, is missed.
        [disclosure-unclear] You seem to say that you work there, but in words a quick reader may not take for it, and then the praise reads like an outsider's opinion.
        [venting] Your manager, colleagues and clients read along, and a post stays findable long after the bad day.
        [hint] A hint at news that is not public yet gets passed on before your organisation can speak for itself.
        [confidential] Your organisation's policy lists this as something that stays inside.
        [personal] Contact and bank details in public invite spam, fraud and calls nobody asked for.
        [patient] Their health, money, home, family, work, legal trouble or application is theirs to share, not yours: people recognise them even without a surname.
        [shouting] Words in capitals read as shouting, and readers scroll on.
        [length] The platform will not take a text this long.
        [hashtags] A row of hashtags looks like a bid for attention rather than a contribution.
        [mentions] Tagging many people at once feels like a mass mailing.
        [bare-link] A link alone does not say why it matters to you.
        [wording] A few words change how your comment comes across.
       *[other] Your trainer's rules ask you to look at this.
    }
check-concern-fix = { $kind ->
        [praise] { $has_employer ->
            [yes] Add "I work at { $employer }" or { $tag } at the start of your comment.
           *[other] Say at the start of your comment that you work there: "I work at …".
        }
        [disclosure-buried] { $has_employer ->
            [yes] Move "I work at { $employer }" or { $tag } to the start, before the praise.
           *[other] Move "I work at …" to the start, before the praise.
        }
        [disclosure-unclear] { $has_employer ->
            [yes] Say it plainly at the start: "I work at { $employer }" or { $tag }.
           *[other] Say it plainly at the start: "I work at …".
        }
        [venting] Take out the name-calling or the complaint; share what you learned, and raise the problem with the person or your manager instead.
        [hint] Leave the hint out and wait until your organisation has announced it; then share the news.
        [confidential] Leave this term out, or ask the person who owns it whether it may be shared.
        [personal] Take the details out and point people to a direct message or the organisation's public contact page.
        [patient] Take out what identifies the person and their details; tell what you learned, not who it was about.
        [shouting] Write the words in normal letters; one word in bold or an emoji stresses enough.
        [length] Cut what repeats and keep one point, or link to a longer piece.
        [hashtags] Keep the two or three hashtags that fit best.
        [mentions] Tag only the people who really need to see this.
        [bare-link] Add a sentence or two about what you found useful in it.
        [wording] Try the wording the check suggests.
       *[other] Read the message and change the draft, or accept it on purpose with --accept.
    }
check-fix-label = Fix:
