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
report-not-applicable-item = { $platform }, { $label }: { $reason }
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
report-coach = Coach notes and plans
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

## pictures

svg-ladder-title = The ladder: you are { $rung }
svg-timeline-title = The rung over time
svg-not-yet = not yet
svg-you-are-here = now

## export

export-summary-title = This export holds:
export-no-name = no name (you did not give one in the welcome)
export-summary-name = your name: { $name }
export-summary-rung = your rung, { $rung }, and when you reached each of the { $reached } rungs you reached
export-summary-steps = which steps you finished ({ $done } of { $total }) and when
export-summary-counts = counts: { $items } profile items done, { $keywords } keywords, { $feeds } feeds, { $scans } scans, { $triaged } items read
export-summary-public = what you made public: { $communities } communities, { $comments } comment addresses, { $posts } post addresses
export-summary-plans = the { $plans } plans agreed with your coach
export-summary-private = because you asked: { $drafts } drafts, { $notes } notes, your keywords and feed addresses
export-summary-left-out = Left out: drafts, your notes, the coach's notes, your keywords and feed addresses. Add --include-drafts to include them.
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
cohort-stuck = Where people are stuck (the first thing missing)
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
cohort-skipped-one = Skipped { $path }: { $reason }
cohort-skip-missing = there is no such file or folder
cohort-skip-unreadable = it could not be read ({ $reason })
cohort-skip-too-large = it is { $megabytes } MB, far too large for an export
cohort-skip-not-json = it is not valid JSON ({ $reason }); the file may be cut off, so ask for the export again
cohort-skip-foreign = it is not a drempel export
cohort-skip-foreign-format = it is not a drempel export (its format is "{ $format }")
cohort-skip-newer = it was written by a newer drempel (export version { $version }; this drempel reads up to { $supported }). Update drempel to include it.
cohort-skip-damaged = it is a drempel export but damaged: { $reason }
cohort-skip-duplicate = an older export of the same learner as { $newer }
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
