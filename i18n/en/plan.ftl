# Plans: the learner's own (drempel plan, the wizard's last step) beside the coach's,
# the calendar file, and the words people type for dates.

## Days and dates as people type and read them

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
date-today = today
date-tomorrow = tomorrow

## drempel plan

plan-error-bad-date = "{ $text }" is not a date drempel reads. Write a date as YYYY-MM-DD (for example { $example }), or today, tomorrow, or a weekday such as friday.
plan-error-no-such-day = { $text } does not exist: that month has { $days } days. Check the day and write it again as YYYY-MM-DD.
plan-error-bad-weekday = "{ $text }" is not a day of the week. Use one of: { $days }.
plan-error-bad-number = "{ $text }" is not a plan number. A plan number is the number in front of a plan in `drempel plan list`: 1, 2, 3…
plan-empty = The plan is empty. Write what you will do after the command, for example: drempel plan add "Start a discussion in my group" --due friday
plan-too-long = The plan is { $chars } characters long; keep it to { $max }, one line that says what you will do.
plan-no-such-plan = There is no plan number { $number }. { $count ->
        [0] You have no plans yet; make one with: drempel plan add TEXT --due DATE
        [one] You have one plan: use 1.
       *[other] Use a number from 1 to { $count }, as `drempel plan list` shows them.
    }
plan-overdue = overdue
plan-made-on = made { $date }
plan-every = every { $day }
plan-saved = Plan saved. It shows in `drempel plan list` and `drempel progress` until you mark it done with `drempel plan done NUMBER`.
plan-step-done = Step 8, "{ $step }", is done: you have a plan with a date.
plan-calendar-hint = To put it in your calendar: drempel plan calendar --out plans.ics
plan-list-empty = No plans yet. Make one with: drempel plan add "Start a discussion in my group" --due friday
plan-list-yours = Your plans
plan-list-hint = Mark a plan done with: drempel plan done NUMBER (undo NUMBER opens it again, remove NUMBER takes it off the list)
plan-not-done = That plan is not marked done, so there is nothing to undo: { $text }
plan-reopened = Open again: { $text }
plan-removed = Taken off the list: { $text }
plan-calendar-nothing = There is nothing to put in a calendar yet: no open plan has a date or a weekday. Make one with: drempel plan add TEXT --due DATE, or --every WEEKDAY for a weekly habit.
plan-calendar-written = Written to { $path }: { $count ->
        [one] 1 event
       *[other] { $count } events
    }. Open the file with Outlook, Google Calendar or Apple Calendar to add them.
coach-list-learner-plans = The learner's own plans

## The calendar file

calendar-name = drempel: my plans
calendar-description-yours = Your plan, made with drempel.
calendar-description-coach = A plan agreed with your coach, made with drempel.
calendar-habit = Ten minutes: look at what came in, decide what it deserves, react once.

## drempel welcome and drempel feeds add --practice

welcome-cmd-saved = Nice to meet you, { $name }. Next, your organisation's goals: drempel strategy set --goal GOAL
welcome-unknown-language = "{ $code }" is not a language drempel speaks. Choose one of: en, nl, de, fr, he.
feeds-cmd-practice-summary = { $count ->
        [0] You watch every practice feed of your language already.
        [one] 1 practice feed added. A scan reads it without a network: drempel --offline scan
       *[other] { $count } practice feeds added. A scan reads them without a network: drempel --offline scan
    }
next-profile-choose = Choose a platform you work on and complete its profile, privacy review included.

## The wizard's last step: your next contribution, a weekly habit, your one-on-one

next-plan-question = What will you contribute next?
next-plan-help = a plan with a date makes it happen; choose one of your own ideas, or write your own
next-plan-keep = Keep my plan: { $text } ({ $date })
next-plan-discussion = Start a discussion in { $name } on { $platform }
next-plan-blog = Turn "{ $title }" into a blog post
next-plan-learned = Write about what I learned: { $note }
next-plan-own = Something else: I will write it myself
next-plan-record-post = I have already posted something of my own: record it
next-plan-not-now = Not now
next-plan-text = Your plan, in one line:
next-plan-due = By when?
next-plan-due-help = a date such as { $example }, or today, tomorrow, or a weekday such as friday
next-plan-due-past = That day has passed already. Choose today or a day to come.
next-plan-saved = Saved: your plan for { $date }.
next-post-platform = Where did you post it?
next-post-kind = What did you write?
next-post-kind-discussion = A discussion I started
next-post-kind-post = A post
next-post-kind-blog = A blog post
next-post-url = The address of your post:
next-post-recorded = Recorded: your { $platform } post. Your own words stand on a site.
next-habit-intro = Ten minutes a week keep you going: look at what came in, decide what it deserves, react once.
next-habit-question = Which day of the week suits you?
next-habit-keep = Keep my habit: { $when }
next-habit-none = No weekly habit for now
next-habit-text = Ten minutes: look at what came in, decide, react once
next-habit-saved = Saved: ten minutes every { $day }.
next-calendar-question = Shall I write your plans as a file your calendar opens?
next-calendar-help = Outlook, Google Calendar and Apple Calendar all read it
next-calendar-yes = Yes, write the calendar file
next-calendar-no = No, thank you
next-calendar-written = Written to { $path }: { $count ->
        [one] 1 event
       *[other] { $count } events
    }. Open it to add them to your calendar.
next-one-on-one-question = Will you bring this to your next one-on-one with your manager or coach?
next-one-on-one-help = talking it through makes it part of your work, not something extra
next-one-on-one-yes = Yes
next-one-on-one-no = Not this time
next-one-on-one-plan = Bring my plan to my next one-on-one
next-export-question = Shall I write a file for your manager or coach, with your progress and your plans?
next-export-help = your drafts and notes stay out of it
next-export-yes = Yes, write it
next-export-no = Not now
next-path = Where shall I save it?
next-path-needed = Give a file name, or a folder to save it in.
next-path-exists = { $path } exists already. Give another name, so that nothing of yours is replaced.
today-posts = { $count ->
        [one] recorded a post of your own
       *[other] recorded { $count } posts of your own
    }
