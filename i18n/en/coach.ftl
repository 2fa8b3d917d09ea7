# Coaching and training sessions: coach notes and plans, report, export, cohort.

## coach

coach-note-saved = Note saved in the journal. It stays private: exports leave it out unless the learner includes drafts.
coach-plan-saved = Plan saved. It shows in `drempel progress` until it is marked done with `drempel coach done NUMBER`.
coach-empty = The text is empty. Write the note or plan after the command, for example: drempel coach plan "Write a first comment" --due 2026-03-01
coach-error-bad-date = "{ $text }" is not a date drempel reads. Write it as YYYY-MM-DD, for example 2026-03-01.
coach-error-bad-number = "{ $text }" is not a plan number. A plan number is the number in front of a plan in `drempel coach list`: 1, 2, 3…
coach-due-in-past = The due date { $date } has already passed. The plan is saved anyway.
coach-due = due { $date }
coach-set-on = agreed { $date }
coach-done-on = done { $date }
coach-no-such-plan = There is no plan number { $number }. { $count ->
        [0] There are no plans yet; add one with: drempel coach plan TEXT
        [one] There is one plan: use 1.
       *[other] Use a number from 1 to { $count }, as `drempel coach list` shows them.
    }
coach-plan-closed = ✓ Done: { $text }
coach-plan-already-done = That plan was already marked done: { $text }
coach-list-empty = No coach notes or plans yet. Add one with: drempel coach note TEXT, or drempel coach plan TEXT --due YYYY-MM-DD
coach-list-hint = Mark a plan done with: drempel coach done NUMBER (undo NUMBER opens it again, remove NUMBER takes it off the list)
progress-from-coach = From your coach

## report

report-title = The journey of { $name }
report-rung = Rung now:
report-contributor = the aim reached: { -rung-critic } or higher
report-next = Next:
report-period = Started { $started }, last active { $last }.
report-period-none = Nothing in the journal yet.
report-ladder = The ladder
report-timeline = Over time
report-no-movement = The rung has not moved yet.
report-steps = Steps
report-strategy = { -step-strategy }
report-checklists = Profile checklists
report-not-applicable = Not applicable, with the learner's reason:
report-monitoring = { -step-monitoring }
report-monitoring-counts = { $keywords ->
        [one] 1 keyword
       *[other] { $keywords } keywords
    }, { $feeds ->
        [one] 1 feed
       *[other] { $feeds } feeds
    }, { $scans ->
        [one] 1 scan
       *[other] { $scans } scans
    }.
report-keyword = keyword
report-feed = feed
report-triage = { -step-reading }
report-triage-counts = { $total } items decided on, { $kept } kept for something.
report-communities = { -step-communities }
report-comments = Comments
report-posts = Posts, discussions and blog posts
report-plans = Plans
report-notes = Notes
report-none = None yet.
report-yes = yes
report-no = no
report-col-rung = Rung
report-col-reached = First reached
report-col-now = Holds now
report-col-step = Step
report-col-done = Done
report-col-first-done = First done
report-col-done-now = Done now
report-col-platform = Platform
report-col-decision = Decision
report-col-count = Items
report-generated = Made by drempel on { $at }.
report-written = Written to { $path }.
report-decision-skip = { -decision-skip }
report-decision-later = { -decision-later }
report-decision-blog = { -decision-blog }
report-decision-newsletter = { -decision-newsletter }
report-decision-respond = { -decision-respond }
report-decision-share = { -decision-share }
report-from-export = Made from the export of { $at } (drempel { $drempel }).
report-from-bad = { $path } cannot be read as a drempel export: { $reason }.
report-plans-overdue = Plans ({ $overdue } overdue)
report-no-plans = No plans yet. Agree on a next step, with a date.
report-overdue = overdue
report-plan-learner = the learner's own
report-plan-coach = agreed with the coach
report-plan-made-on = made { $date }
report-why-title = Why, and for whom
report-why = Why:
report-not-given = not given yet
report-left-out = not in this export (the learner can include it: drempel export --include-drafts)
report-no-platforms = No platform chosen yet.
report-open-items = Still open:
report-privacy = privacy
report-open-postponed = postponed
report-open-declined = declined, but a privacy item cannot be skipped
report-counted = counted: checked without errors
report-not-counted-errors = not counted: the check found { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }
report-not-counted-unchecked = not counted: it was not checked before posting
report-kept = Kept for something
report-note = note:
report-kept-left-out = Which items were kept is not in this export; the learner can include it with drempel export --include-drafts.
report-monitoring-left-out = The keywords and feed addresses are not in this export; the learner can include them with drempel export --include-drafts.

## pictures

svg-ladder-title = The ladder: you are { $rung }
svg-timeline-title = The rung over time
svg-not-yet = not yet
svg-you-are-here = now

## export

export-summary-title = This export holds:
export-no-name = no name (you did not give one in the welcome)
export-summary-name = your name: { $name }
export-summary-role = your role and organisation: { $role }
export-summary-rung = your rung, { $rung }, and when you reached each of the { $reached } rungs you reached
export-summary-steps = which steps you finished ({ $done } of { $total }) and when
export-summary-counts = counts: { $items } profile items done, { $keywords } keywords, { $feeds } feeds, { $scans } scans, { $triaged } items read
export-summary-public = what you made public: { $communities } communities, { $comments } comment addresses, { $posts } post addresses
export-summary-plans = { $plans ->
        [one] 1 plan: yours or one agreed with your coach
       *[other] { $plans } plans: yours and those agreed with your coach
    }
export-summary-private = because you asked: { $drafts } drafts, { $notes } notes, { $kept } items you kept, your keywords and feed addresses, your audience and your why
export-summary-left-out = Left out: drafts, your notes, the coach's notes, the items you kept, your keywords and feed addresses, your audience and your why. Add --include-drafts to include them.
export-question = Write this to { $path }?
export-cancelled = Nothing was written.
export-written = Written to { $path }. Hand this file to your coach or trainer.

## cohort

cohort-title = The group at a glance
cohort-headline = { $learners ->
        [one] 1 learner
       *[other] { $learners } learners
    }, { $contributors } of them at { -rung-critic } or higher.
cohort-rungs = Where people are on the ladder
cohort-funnel = Steps finished
cohort-stuck = Where people are stuck before { -rung-critic } (the first thing missing)
cohort-stuck-none = Nobody is stuck on the way to { -rung-critic }.
cohort-file = file { $number } of { $total }
cohort-moved-up = Moved up since { $since }: { $up } of { $learners } ({ $stayed } stayed, { $down } moved down).
cohort-by-day = Rungs reached per day
cohort-people = Per person
cohort-col-learners = Learners
cohort-col-missing = Missing
cohort-col-move = From → to
cohort-col-date = Date
cohort-col-name = Name
cohort-col-steps = Steps
cohort-col-before = Before { $since }
cohort-moved-from = ↑ from { $rung }
cohort-dropped-from = ↓ from { $rung }
cohort-skipped = { $count ->
        [one] 1 file skipped
       *[other] { $count } files skipped
    }
cohort-skipped-one = Skipped { $file }: { $reason }
cohort-skip-missing = there is no such file or folder
cohort-skip-unreadable = it could not be read ({ $reason })
cohort-skip-too-large = it is { $megabytes } MB, far too large for an export
cohort-skip-empty = it is empty
cohort-skip-cut-off = it is cut off — ask for the export again
cohort-skip-not-json = it is not an export: not JSON ({ $reason })
cohort-skip-foreign = it is not a drempel export
cohort-skip-foreign-format = it is not a drempel export (its format is "{ $format }")
cohort-skip-newer = it is from a newer drempel (export version { $version }; this drempel reads up to { $supported }): update drempel to include it
cohort-skip-damaged = it is a drempel export but damaged: { $reason }
cohort-skip-duplicate = an older export of the same learner as file { $newer }
cohort-no-version = it has no export version
cohort-nothing-found = No exports found in { $paths }. Point drempel at the export files, or at the folder you collected them in.
cohort-none-readable = None of the files could be read as an export; see the list above.
cohort-evidence-welcome = the welcome
cohort-evidence-strategy = the strategy
cohort-evidence-profile-complete = a complete profile with its privacy review
cohort-evidence-community = a community joined
cohort-evidence-keywords = enough keywords
cohort-evidence-feed = a feed to watch
cohort-evidence-scan = a first scan
cohort-evidence-triaged = enough items read and decided on
cohort-evidence-kept = an item kept for something
cohort-evidence-checked-comment = a checked comment, placed and recorded
cohort-evidence-own-post = a post of their own

## Exports whose figures cannot be right (issue 13)

cohort-skip-invalid = it is a drempel export, but its figures cannot be right: { $reason }. It is left out so that it cannot skew the group's figures; ask for the export again
cohort-invalid-future = { $field } is { $at }, which is in the future (is the clock of the computer it came from right?)
cohort-invalid-after-export = { $field } is { $at }, after the export itself was made ({ $generated })
cohort-invalid-before-start = { $field } is { $at }, before the journey started ({ $start })
cohort-invalid-too-many-steps = it lists { $count } steps, and the journey has { $max }
cohort-invalid-repeated-step = it lists the step "{ $step }" twice
cohort-invalid-too-many-rungs = its timeline lists { $count } rungs, and the ladder has { $max }
cohort-invalid-repeated-rung = its timeline lists the rung { $rung } twice
cohort-invalid-never-reached = the rung { $rung } holds but was never reached
cohort-invalid-steps-done = it says { $claimed } steps are done, and its list of steps shows { $listed }
cohort-invalid-done-over-total = for { $platform } it counts { $done } profile items done out of { $total }
cohort-invalid-count = { $field } is { $value }, more than anyone could reach
cohort-invalid-evidence = the missing evidence "{ $evidence }" is not one drempel knows
cohort-invalid-name = the learner's name is { $count } characters long
