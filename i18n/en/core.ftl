# drempel's message catalog (English). Keys are stable; wording may change.
# Placeables: { $name }. See https://projectfluent.org/ for the syntax.

## Labels

label-error = error:
label-warning = warning:

## Errors: what was wrong, where, and what to do

error-unknown-item = "{ $item }" is not on the { $platform } checklist. Valid items: { $valid }.
error-no-home = Could not find a data folder for drempel on this system. Pass --home DIR or set DREMPEL_HOME.
error-io = Could not { $action ->
        [read] read
        [write] write
        [create] create
        [open] open
        [lock] lock
       *[other] use
    } { $path }: { $reason }. Check that the folder exists and that you may write to it, or choose another with --home DIR.
io-not-found = it does not exist
io-permission-denied = you are not allowed to
io-already-exists = it exists already
io-disk-full = the disk is full
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is a file, not a folder
io-read-only = the disk can only be read
io-not-text = it is not UTF-8 text
error-journal-corrupt = The journal { $path } is damaged on line { $line } ({ $reason }). Nothing was changed. Keep the file, and ask your trainer or coach to look at that line; `drempel doctor` shows more.
error-journal-locked = Another drempel is busy with this journal ({ $path }). Finish or close the other window, then try again.
error-lessons = The lessons have { $count ->
        [one] a problem
       *[other] { $count } problems
    }:
    { $problems }
error-needs-terminal = `{ $command }` asks a question first and needs a terminal. To go ahead without asking, run `{ $alternative }`.
error-interrupted = Stopped. Everything you answered so far is saved; run drempel again to continue.
error-output = Could not write the output: { $reason }
error-bad-learner = use 1 to 64 letters, digits, dots, dashes or underscores, not starting with a dot
error-bad-lang = drempel does not speak "{ $lang }" yet. Choose one of: { $valid }
journal-bad-data = a "{ $kind }" event with data of the wrong shape: { $reason }
warning-torn-line = The last line of { $path } (line { $line }) is incomplete, probably from an interrupted write. It is skipped and kept in the file as it is.

## Goals

goal-recruitment = recruitment
goal-employer-branding = employer branding
goal-marketing-sales = marketing and sales
goal-customer-care = customer care
goal-thought-leadership = thought leadership
goal-knowledge-sharing = knowledge sharing


## Evidence for each rung

need-welcome = you introduced yourself
need-strategy = you chose at least one goal of your organisation
need-profile = one platform's profile checklist complete, privacy items included
need-profile-progress = one platform's profile checklist complete, privacy items included ({ $platform }: { $done } of { $total })
need-community = at least one community joined ({ $have } so far)
need-keywords = at least { $need } keywords ({ $have } so far)
need-feed = at least one feed to watch ({ $have } so far)
need-scan = at least one scan of your feeds ({ $have } so far)
need-triaged = at least { $need } items read and decided on ({ $have } so far)
need-kept = at least one item kept for later, a blog, the newsletter, a response or sharing ({ $have } so far)
need-comment = a comment placed and recorded with its address, its draft checked without errors ({ $have } so far)
need-post = a post, discussion or blog post of your own recorded with its address ({ $have } so far)

## The next action

next-welcome = Start with a short welcome: a few questions about you and your work. It takes two minutes.
next-strategy = Choose your organisation's goals, so that everything after follows from them.
next-profile-item = Work on your { $platform } profile. Still to do: { $label }.
next-community = Join one community that fits your goals: a group, a hashtag or a forum.
next-keywords = Add keywords to watch: you have { $have }, and { $need } make a good start.
next-feed = Add a feed to watch, such as a Google Alert delivered as RSS.
next-scan = Scan your feeds to see what your keywords find.
next-triage = Read what came in and decide what each item deserves.
next-comment = Write your first comment, check it, post it yourself and record where it stands.
next-post = You reached { -rung-critic }: your own words stand on a site. Now start a discussion or write a post of your own, and record where it stands.
next-creator = You reached { -rung-creator }. Keep the habit: a little reading and one reaction every week.

## progress

progress-headline = You are: { $rung }
progress-headline-named = { $name }, you are: { $rung }
progress-aim = The aim of the journey is { -rung-critic }: your own words, standing on a site.
progress-ladder = The ladder
progress-steps = Your steps
progress-skipped = (skipped for now)
progress-next = Next:
progress-not-applicable = Not applicable to you
progress-not-applicable-item = { $platform } · { $label }: { $reason }
orientation = Step { $number } of { $total } · { $step } · you are: { $rung }

## strategy

strategy-none = No strategy yet. Set your organisation's goals, for example: drempel strategy set --goal recruitment --audience "nurses in the region"
strategy-saved = Strategy saved.
strategy-goals = Goals:
strategy-audience = Audience:
strategy-why = Your why:

## profile

profile-needs-platform = Say which platform, for example: drempel profile linkedin done { $item }
profile-item-done = ✓ { $platform }: { $item } done ({ $done } of { $total }).
profile-item-undone = { $platform }: { $item } is open again.
profile-nothing-to-undo = { $platform }: { $item } was not marked, so there is nothing to undo.
profile-complete = Your { $platform } checklist is complete, privacy review included. Well done!
profile-next-item = Next: { $command }
profile-overview-hint = See one platform's checklist: drempel profile linkedin
profile-status-later = (later)
profile-status-declined = (not for me)
profile-privacy-tag = { " " }[privacy]
profile-status-not-applicable = { " " }(not applicable: { $reason })
profile-item-not-applicable = ✓ { $platform }: { $item } does not apply to you ({ $done } of { $total }). Your reason: { $reason }
profile-reason-example = For example: { $command }
profile-reason-example-text = I do not manage a page

## a checklist item that does not apply: the learner's reason

checklist-reason-empty = Say in one short line why this item does not apply to you.
checklist-reason-too-long = Your reason has { $used } characters; { $limit } is the most. Please leave out { $over ->
        [one] one character
       *[other] { $over } characters
    }.

## reset

reset-what-all = your whole journey
reset-what-step = the step "{ $step }"
reset-question = Start { $what } afresh?
reset-help = Nothing is deleted: your journal keeps everything, and the step starts over.
reset-kept = Nothing changed.
reset-done = Done: { $what } starts afresh. Your journal still holds everything that came before.

## lessons

lessons-origin-embedded = the built-in lessons
lessons-unknown-id = There is no lesson "{ $id }". Lessons: { $valid }.
lessons-check-ok = { $origin }: { $count } lessons, languages { $languages }. No problems.
lesson-story = A story
lesson-checklist = Checklist
lesson-takeaways = Key takeaways
lessons-not-utf8 = the file is not UTF-8 text; save it as UTF-8
lessons-no-front-matter = a lesson starts with a line +++, then TOML front matter, then a closing line +++
lessons-bad-front-matter = front matter: { $reason }
lessons-bad-id = "{ $id }" is not a valid id: use lowercase letters, digits and dashes (kebab-case)
lessons-duplicate-id = the lesson id "{ $id }" is also used in { $other }
lessons-duplicate-step = the step "{ $step }" already has a lesson in { $other }
lessons-empty-field = the { $field } is empty
lessons-empty-body = the lesson has no text after the front matter
lessons-checklist-outside-profiles = checklist items belong in the profiles lesson
lessons-item-empty = the checklist item "{ $id }" needs a label and a help text
lessons-privacy-draft = the privacy item "{ $id }" cannot have a draft
lessons-duplicate-item = the { $platform } checklist item "{ $id }" is also defined at { $other }
lessons-missing-step = no lesson for the step "{ $step }"
lessons-missing-item = the { $platform } checklist needs an item "{ $id }"
lessons-no-base-language = there must be a folder "{ $lang }" with the lessons in English
lessons-language-missing-id = the lesson "{ $id }" exists in English but not in "{ $lang }"
lessons-language-extra-id = the lesson "{ $id }" exists in "{ $lang }" but not in English
lessons-language-item-differs = the { $platform } checklist item "{ $id }" is in one language but not the other ("{ $lang }" and English must match)

## doctor

doctor-home = home
doctor-learner = learner
doctor-journal = journal
doctor-lessons = lessons
doctor-terminal = terminal
doctor-system = system
doctor-exists = exists
doctor-not-a-folder = not a folder!
doctor-not-yet = not created yet; it will be on the first answer
doctor-journal-ok = { $events } events, { $ignored } from a newer drempel or of unknown kinds (kept), { $torn } torn lines (kept, skipped)
doctor-journal-locked = another drempel is writing to it now
doctor-lessons-ok = { $origin }, language { $lang }, { $count } lessons
doctor-terminal-line = stdin terminal { $stdin }, stdout terminal { $stdout }, colour { $colour }, { $width } columns, TERM={ $term }, NO_COLOR={ $no_color }, LANG={ $lang }
doctor-yes = yes
doctor-no = no
doctor-bidi = right to left
doctor-bidi-reorders = { $terminal } shows right-to-left text (Hebrew) in reading order
doctor-bidi-aligned = { $terminal } shows right-to-left text (Hebrew) in reading order; while drempel speaks Hebrew, it has the terminal start Hebrew lines at the right
doctor-bidi-setting = { $terminal } shows right-to-left text (Hebrew) in reading order only when this setting is on: { $setting }
doctor-bidi-partly = { $terminal } puts Hebrew words in reading order, but not always brackets, numbers and columns
doctor-bidi-no = { $terminal } does not reorder right-to-left text (Hebrew): every word shows backwards
doctor-bidi-old = { $terminal } is older than the first VTE that reorders right-to-left text (0.58): Hebrew shows backwards
doctor-bidi-unknown = not known whether this terminal shows right-to-left text (Hebrew) in reading order
doctor-bidi-advice = For Hebrew, use a terminal that puts it in reading order: GNOME Terminal or another VTE terminal (0.58 or later), or mlterm. Or read your progress as a web page: `drempel report --format html --out report.html`.
lessons-fallback = { $origin } has no { $language } lesson that can be read for { $count ->
        [one] this step: { $steps }. It is
       *[other] these steps: { $steps }. They are
    } shown in English.{ $problems }
lessons-fallback-builtin = { $origin } has no English lesson that can be read for { $count ->
        [one] this step: { $steps }. The built-in lesson is
       *[other] these steps: { $steps }. The built-in lessons are
    } shown instead.{ $problems }
lessons-unknown-term = "{ $term }" is not a word of the glossary (i18n/{ $lang }/glossary.ftl); the terms are written like {"{"} -rung-critic {"}"}
lessons-catalog-missing = { $count ->
        [one] 1 message is
       *[other] { $count } messages are
    } missing in "{ $lang }" and would show in English: { $keys }

## Files named on the command line: read with a cap, written only as ordinary files

file-not-a-file = it is { $kind ->
        [symlink] a symbolic link
        [pipe] a pipe (FIFO)
        [device] a device
        [socket] a socket
        [folder] a folder
       *[other] something special
    }, not an ordinary file
file-too-large = it is larger than { $limit }
file-size = { $unit ->
        [mb] { $n } MB
       *[kb] { $n } KB
    }
error-out-not-a-file = Will not write to { $path }: { $reason }. drempel only creates or replaces ordinary files; name a file instead.
error-out-exists = { $path } exists already. Add --force to replace it, or name another file.
error-out-write = Could not write { $path }: { $reason }. Check that the folder exists and that you may write there, or name another file.
error-disk-full = The disk is full: { $path } could not be written. Make some room on that disk, then try again.
out-replace-question = { $path } exists already. Replace it?
out-kept = Nothing was written; { $path } stays as it was.

## Journal safety (issue 13)

warning-torn-line-inside = Line { $line } of { $path } is incomplete, probably from an interrupted write. It is skipped and kept in the file as it is.
warning-journal-tightened = { $path } could be read by other people on this computer (permissions { $mode }). drempel made it private ({ $made }): it holds your notes and drafts.
warning-journal-too-open = { $path } can be read by other people on this computer (permissions { $mode }), and drempel could not change that. It holds your notes and drafts: ask whoever manages this computer to make it private.
error-journal-symlink = The journal { $path } is a symbolic link. drempel does not write through a link, so nothing was changed. Put the journal file itself in that place (move the file the link points to there), then try again.
error-journal-not-a-file = Something other than an ordinary file is where the journal should be ({ $path }). Nothing was changed. Move it away, then try again.
confirm-yes = Yes
confirm-no = No
confirm-hint-yes = (Y/n)
confirm-hint-no = (y/N)
confirm-yes-words = y, yes
confirm-no-words = n, no
confirm-invalid = Please answer yes or no.
