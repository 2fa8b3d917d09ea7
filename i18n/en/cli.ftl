# Help for the command line: the text of `drempel --help` and of every command's --help.
# A key is the command's path: cli-feeds-add-about is the line about `drempel feeds add`,
# cli-feeds-add-url the help of its URL argument. Commands, flags and values stay as
# they are typed.

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-value-command = COMMAND
cli-help-flag = Show this help
cli-version-flag = Show the version
cli-fact-values = one of: { $values }
cli-fact-default = default: { $value }
cli-fact-env = or set { $var }

cli-error = error: { $message }
cli-error-invalid-value = "{ $value }" is not a valid value for { $arg }. Choose one of: { $valid }
cli-error-empty-value = { $arg } needs a value
cli-error-unknown-argument = drempel does not know the option { $arg }
cli-error-unknown-command = drempel has no command "{ $command }"
cli-error-missing = this command needs { $arg }
cli-error-missing-command = this command needs one of its subcommands
cli-error-conflict = { $arg } cannot be used together with { $other }
cli-error-validation = "{ $value }" does not work for { $arg }: { $reason }
cli-error-too-many = { $arg } was given more than once, or with too many values
cli-error-other = the command line could not be read ({ $arg })
cli-error-suggestion = Did you mean { $suggestion }?
cli-error-more = For more, add --help.

cli-about = drempel: a terminal coach from watching to taking part on professional social media
cli-long-about =
    drempel: a terminal coach from watching to taking part on professional social media.

    Run it without a command to pick up where you left off.
cli-home = Where drempel keeps its data (without it: your platform's data folder)
cli-learner = Whose journey this is; each learner has a folder of their own
cli-lang = The language drempel speaks (without it: the one chosen in the welcome step, else your system's, else English)
cli-color = When to use colour
cli-offline = Use the bundled practice material instead of the network
cli-lessons = Read lessons from this folder (DIR/<lang>/*.md) instead of the built-in ones

cli-start-about = The guided journey (the same as running drempel without a command)
cli-start-step = Jump to this step instead of resuming where you stopped

cli-progress-about = Your ladder, your steps and the one next thing to do
cli-progress-json = Machine-readable output (stable)

cli-lessons-about = Read the lessons, or check a lesson folder

cli-lessons-list-about = The lessons, one per step

cli-lessons-show-about = Read one lesson
cli-lessons-show-id = The lesson's id, as `drempel lessons list` shows it

cli-lessons-check-about = Check a lesson folder (default: the lessons in use) and report every problem
cli-lessons-check-dir = The lesson folder to check (DIR/<lang>/*.md)

cli-strategy-about = Your organisation's goals and your audience

cli-strategy-show-about = Show the goals, audience and why you have set

cli-strategy-set-about = Set the organisation's goals (repeat --goal or separate with commas)
cli-strategy-set-audience = Who you want to reach, in your own words
cli-strategy-set-why = Why this matters to you
cli-strategy-set-goals = A goal: recruitment, employer-branding, marketing-sales, customer-care, thought-leadership or knowledge-sharing

cli-profile-about = Your profile checklist per platform
cli-profile-platform = The platform; without it, an overview of all of them

cli-profile-status-about = The platform's checklist and what is done

cli-profile-done-about = Mark a checklist item done
cli-profile-done-item = The checklist item's id, as the checklist shows it

cli-profile-undo-about = Take back a done, not applicable, postponed or declined item
cli-profile-undo-item = The checklist item's id, as the checklist shows it

cli-profile-not-applicable-about = Mark an item that does not apply to you, with your reason; it counts as done
cli-profile-not-applicable-item = The checklist item's id, as the checklist shows it
cli-profile-not-applicable-reason = Why it does not apply to you, in one short line (required)

cli-keywords-about = Keywords to watch in your feeds: suggest, add, remove, list, test
cli-keywords-json = Machine-readable output (stable)

cli-keywords-suggest-about = Keywords that follow from your strategy's goals, in your language (--lang)
cli-keywords-suggest-goals = Suggest for these goals instead of your strategy's

cli-keywords-add-about = Watch a keyword query: words, "a phrase", -exclusion, OR, site:domain, intitle:word. Put the whole query in single quotes: drempel keywords add '"open day" -virtual'
cli-keywords-add-query = The query, in single quotes so the shell keeps it whole
cli-keywords-add-rest = Words after the query: a query the shell split because it was not quoted

cli-keywords-remove-about = Stop watching a keyword query
cli-keywords-remove-query = The query as `list` shows it, or any spelling that finds the same
cli-keywords-remove-rest = Words after the query: a query the shell split because it was not quoted

cli-keywords-list-about = The keyword queries you watch

cli-keywords-test-about = Which of your keywords match a text, where, and why; exits 1 when none does. The first line is the title, the rest the summary; `-` reads the text from stdin
cli-keywords-test-text = The text: its first line is the title, the rest the summary; - reads stdin
cli-keywords-test-more = More words of the text, when it is not quoted
cli-keywords-test-link = The item's link, for site: queries
cli-keywords-test-queries = Test this query instead of your keywords (repeatable)

cli-feeds-about = The feeds you watch: add, remove, list, import, export, preview, discover

cli-feeds-add-about = Watch a feed; a website's address is resolved to the feed it announces
cli-feeds-add-url = The feed's (or website's) http or https address
cli-feeds-add-google_news = Watch a news search for these words instead, in your language

cli-feeds-remove-about = Stop watching a feed
cli-feeds-remove-url = The feed's address, as `drempel feeds list` shows it

cli-feeds-list-about = The feeds you watch, and how each did in the last scan
cli-feeds-list-json = Print the list as JSON on stdout

cli-feeds-import-about = Watch every feed in an OPML file exported from a feed reader
cli-feeds-import-file = The OPML file your feed reader exported

cli-feeds-export-about = Write your feeds as OPML 2.0, for a feed reader (to stdout without FILE)
cli-feeds-export-file = The file to write; without it, the OPML goes to the terminal

cli-feeds-preview-about = Show what a feed holds without watching it
cli-feeds-preview-source = A feed's address, or a feed file on disk
cli-feeds-preview-json = Print the items as JSON on stdout

cli-feeds-discover-about = List the feeds a website announces
cli-feeds-discover-url = The website's address

cli-scan-about = Fetch every feed, match your keywords, and fill your inbox
cli-scan-json = Print the result as JSON on stdout
cli-scan-timeout = Seconds to wait for a server's next answer before giving up on that feed
cli-scan-deadline = Seconds the whole scan may take; feeds not done by then are reported
cli-scan-jobs = Feeds fetched at the same time (at most 2 from one site)

cli-inbox-about = What your scans found, waiting for a decision
cli-inbox-json = Print the items as JSON on stdout
cli-inbox-all = Include items you have already decided on

cli-policy-about = Your organisation's social media policy: employer, products, disclosure, confidential terms

cli-policy-show-about = Show the policy drempel uses
cli-policy-show-json = Machine-readable output

cli-policy-init-about = Write a starting policy to edit (asks nothing)
cli-policy-init-force = Replace a policy that is already there

cli-policy-set-about = Check a policy file and use it
cli-policy-set-file = The policy file (TOML), for example one made with `drempel policy init`

cli-check-about = Check a draft before you post it: length, tone, disclosure, confidential and personal data
cli-check-platform = The platform you will post on
cli-check-kind = What the text is: its limit depends on it
cli-check-policy = Check against this policy file instead of your stored policy
cli-check-json = Machine-readable output
cli-check-accept = Accept a finding on purpose, with the reason (repeatable): --accept shouting="a quote"
cli-check-draft = The draft: a text file, or - (or nothing) to read standard input

cli-groups-about = Communities: suggestions, joining, looking in

cli-groups-suggest-about = Places to look, from your goals and keywords
cli-groups-suggest-json = Machine-readable output (stable)

cli-groups-add-about = Record a community you joined
cli-groups-add-name = The community's name, as it calls itself
cli-groups-add-platform = Where the community is
cli-groups-add-url = The community's address, to find it again

cli-groups-visit-about = Record that you looked in on a community
cli-groups-visit-name = The community's name, as you added it

cli-groups-list-about = The communities you joined
cli-groups-list-json = Machine-readable output (stable)

cli-triage-about = Decide what new matches deserve: skip, later, blog, newsletter, respond, share
cli-triage-item = The inbox item (its id, or the first 4 or more characters of it)
cli-triage-decision = What the item deserves
cli-triage-note = A one-line note for yourself

cli-comment-about = Your first comment: write it, check it, post it yourself, record where
cli-comment-item = The inbox item to respond to (see `drempel inbox`)

cli-comment-record-about = Record a comment you placed yourself, with where it stands
cli-comment-record-item = The inbox item it responds to
cli-comment-record-draft = The text you posted: it is checked, and a draft without errors is the evidence for { -rung-critic }
cli-comment-record-accept = Keep a finding on purpose, with the reason: --accept iban="our charity's account"
cli-comment-record-url = Where your comment stands: its address
cli-comment-record-platform = The platform you posted on

cli-post-about = Record a post, discussion or blog post of your own

cli-post-record-about = Record a post, discussion or blog post you placed
cli-post-record-url = Where your post stands: its address
cli-post-record-platform = The platform you posted on
cli-post-record-kind = What you wrote: a post, a discussion you started, or a blog post

cli-reset-about = Start the journey, or one step, afresh (the journal keeps everything)
cli-reset-step = Only this step; without it, the whole journey
cli-reset-yes = Do not ask first (needed without a terminal)

cli-doctor-about = What to paste when asking for help: versions, paths, journal health

cli-completions-about = Shell completions: drempel completions bash > …
cli-completions-shell = The shell to write completions for

cli-man-about = The manual page, in roff

cli-report-about = Your journey at a glance for a one-on-one: Markdown, one HTML page, or JSON
cli-report-out = Write to this file (replaced atomically) instead of the terminal
cli-report-format = md for reading, html for one page to print or project, json for scripts

cli-export-about = One file to hand to your coach or trainer (you see what goes in first)
cli-export-out = Where to write it: a file, a folder, or `-` for stdout (without it: ./drempel-export-NAME-ID.json)
cli-export-include_drafts = Also include drafts, private notes, keywords and feed addresses
cli-export-yes = Do not ask first

cli-coach-about = The coach's notes and agreed plans, kept in your journal

cli-coach-note-about = Write down an observation (private: it stays out of exports unless asked for)
cli-coach-note-text = The note; several words need no quotes

cli-coach-plan-about = Agree on a next step, optionally by a date; shown in `drempel progress`
cli-coach-plan-due = When it should be done: YYYY-MM-DD, today, tomorrow or a weekday
cli-coach-plan-text = The plan; several words need no quotes

cli-coach-done-about = Mark a plan as done, by its number in `drempel coach list`
cli-coach-done-number = The plan's number in `drempel coach list`

cli-coach-list-about = The notes and plans so far

cli-cohort-about = A training group at a glance, from the exports its learners handed in
cli-cohort-paths = Export files, or folders to search for *.json exports
cli-cohort-names = Show each learner by name (ask the group first: a per-person view needs consent)
cli-cohort-since = Count who moved up since this day (YYYY-MM-DD; without it: the day of the newest export)
cli-cohort-out = Write to this file (replaced atomically) instead of the terminal
cli-cohort-format = table for the terminal, md, html for the projector, json for scripts

cli-report-force = Replace the file if it exists already, without asking
cli-export-force = Replace the file if it exists already, without asking
cli-cohort-force = Replace the file if it exists already, without asking
cli-feeds-export-force = Replace the file if it exists already, without asking
cli-scan-verbose = List every feed with how it did, not only those with a problem

cli-welcome-about = Who you are: your name, role, organisation and language (the welcome, asking nothing)
cli-welcome-name = Your name, as drempel greets you
cli-welcome-role = Your role or job
cli-welcome-organisation = Your organisation
cli-welcome-language = The language drempel speaks with you from now on: en, nl, de, fr or he

cli-feeds-add-practice = Watch the practice feeds of your language instead: they come with drempel, so no network is needed

cli-plan-about = Your own plans: by a date or as a weekly habit, and as a calendar file
cli-plan-add-about = Make a plan: by a date, as a weekly habit, or both
cli-plan-add-text = The plan; several words need no quotes
cli-plan-add-due = When it should be done: YYYY-MM-DD, today, tomorrow or a weekday
cli-plan-add-every = Make it a weekly habit on this day, such as friday
cli-plan-list-about = Your plans and your coach's, by date
cli-plan-list-json = Print the plans as JSON on stdout
cli-plan-done-about = Mark a plan done, by its number in `drempel plan list`
cli-plan-done-number = The plan's number in `drempel plan list`
cli-plan-undo-about = Open a plan again that was marked done by mistake
cli-plan-undo-number = The plan's number in `drempel plan list`
cli-plan-remove-about = Take a plan off the list (the journal keeps it)
cli-plan-remove-number = The plan's number in `drempel plan list`
cli-plan-calendar-about = Write the plans' dates and weekly habits as a calendar file (.ics) for Outlook, Google Calendar or Apple Calendar
cli-plan-calendar-out = The file to write, such as plans.ics
cli-plan-calendar-force = Replace the file if it exists already, without asking

cli-coach-undo-about = Open a plan again that was marked done by mistake
cli-coach-undo-number = The plan's number in `drempel coach list`
cli-coach-remove-about = Take a plan off the list (the journal keeps it)
cli-coach-remove-number = The plan's number in `drempel coach list`
