# Keywords: the query language, keyword packs and `drempel keywords`.

## Query errors: what is wrong and what to do

error-query = That keyword query is not valid: { $message }
query-error-at = column { $column }: { $message }
query-empty = the query is empty. Type at least one word to look for, such as: hiring
query-unclosed-quote = this quote is never closed. End the phrase with a second ", as in "open day"
query-empty-phrase = these quotes hold no words. Put a phrase between them, as in "open day", or leave them out
query-lone-minus = a minus must stand right before the word it leaves out, without a space: -unpaid
query-minus-twice = one minus is enough to leave a word out: -unpaid
query-or-at-start = OR joins two alternatives, so it needs a word before it: nurse OR caregiver
query-or-at-end = OR joins two alternatives, so it needs a word after it: nurse OR caregiver
query-or-twice = two ORs in a row; write one OR between each pair of alternatives: nurse OR caregiver
query-or-with-exclusion = OR cannot join a left-out word (-word); write the exclusion as a clause of its own: nurse OR caregiver -unpaid
query-empty-site = site: needs a domain right after it, without a space: site:example.com
query-bad-site = "{ $site }" is not a domain. site: takes a domain such as example.com, without https:// or a path
query-empty-intitle = intitle: needs a word or "a phrase" right after it, without a space: intitle:hiring
query-minus-after-operator = put the minus before { $operator }, not after it: -{ $operator }…
query-nothing-to-match = "{ $word }" has no letters or digits, so there is nothing to look for; leave it out
query-only-exclusions = the query only leaves words out; add at least one word to look for: vacancy -unpaid
query-unsupported-operator = drempel does not know { $operator } (it knows site: and intitle:); put the word in quotes to look for it as text

## Keyword packs (checked by `drempel lessons check`)

packs-unknown-goal = "{ $name }" is not a goal; pack files are named after a goal: { $valid }
packs-not-utf8 = the file is not UTF-8 text; save it as UTF-8
packs-bad-toml = { $reason }
packs-term-count = the pack has { $count } terms; a pack holds { $min } to { $max }
packs-bad-query = the query { $query } does not parse: { $error }
packs-duplicate = the query { $query } matches the same as the one on line { $line }; keep one
packs-empty-why = why is empty; write a short reason or leave the line out
packs-missing = there is no { $goal } pack in "{ $lang }"; every goal needs one in every language

## drempel keywords

keywords-quote-the-query = A query is one argument, but the shell split it into several. Put the whole query in single quotes: { $words } to find both words anywhere, or { $phrase } for the exact phrase.
keywords-no-goals = There are no goals to suggest keywords for yet. Set your strategy first (drempel strategy set --goal recruitment), or pass --goal.
keywords-language-fallback = There are no keyword packs in "{ $lang }" yet, so these are in "{ $fallback }". Packs exist in: { $languages }.
keywords-suggest-heading = For { $goal } ({ $count ->
        [one] one suggestion
       *[other] { $count } suggestions
    }):
keywords-suggest-hint = Add the ones that fit your work, one at a time, for example: { $command }
keywords-suggest-all-added = You already watch every suggestion for these goals. Add your own words too: the names of your organisation, products and places.
keywords-already = You already watch { $query }. Nothing was added.
keywords-already-same = You already watch { $existing }, which finds the same as { $query }. Nothing was added.
keywords-added = Watching { $query } ({ $count ->
        [one] one keyword
       *[other] { $count } keywords
    }).
keywords-added-hint = Try it on a headline: { $command }
keywords-removed = No longer watching { $query } ({ $count ->
        [0] no keywords left
        [one] one keyword left
       *[other] { $count } keywords left
    }).
keywords-unknown = You do not watch "{ $query }". Your keywords:
    { $list }
keywords-unknown-none = You do not watch "{ $query }": you have no keywords yet. See what fits your goals with: drempel keywords suggest
keywords-none-yet = You have no keywords yet. See what fits your goals with: drempel keywords suggest
keywords-stored-invalid = Skipping the keyword { $query }: { $message }. Remove it with drempel keywords remove and add it again.
keywords-test-nothing = There is nothing to test against: you have no keywords yet. Add one (drempel keywords add hiring), or try a query with --query.
keywords-test-stdin = Could not read the text from standard input: { $reason }
keywords-field-title = Title
keywords-field-summary = Summary
keywords-field-link = Link
keywords-in-title = the title
keywords-in-summary = the summary
keywords-test-found = { $term } in { $field }: "{ $text }"
keywords-test-site = { $site }: the link is on that site
keywords-test-blocked = blocked by { $exclusion }: { $found }
keywords-test-blocked-site = blocked by { $exclusion }: the link is on that site
keywords-test-missing = missing: { $clause }
keywords-test-summary = { $matched } of { $total } { $total ->
        [one] keyword matches
       *[other] keywords match
    }.
keywords-sample-headline = A headline to try
