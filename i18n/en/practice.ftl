# After the first day: the practice session, a climbed rung, what was done today and
# this week, and days as people say them.

## A climbed rung: the announcement adds what the new rung says about the learner

rung-meaning-spectator = You know what your organisation wants online, and for whom.
rung-meaning-joiner = Your profile is complete and safe, and you are part of a { -community }.
rung-meaning-collector = You watch your { -keywords } and decide what each item deserves.
rung-meaning-critic = Your own words stand on a site: you take part. That was the aim of the journey.
rung-meaning-creator = You started something of your own: now others respond to you.

## What you did, today and in the past seven days

recap-week = In the past seven days
recap-scans = { $count ->
        [one] scanned your { -feeds } once
       *[other] scanned your { -feeds } { $count } times
    }
recap-comments = { $count ->
        [one] placed a comment, and recorded where it stands
       *[other] placed { $count } comments, and recorded where they stand
    }
recap-comments-more = { $count ->
        [one] placed one more comment
       *[other] placed { $count } more comments
    }
recap-visits = { $count ->
        [one] looked in on a { -community }
       *[other] looked in on your { -communities } { $count } times
    }
recap-plans-made = { $count ->
        [one] made a plan
       *[other] made { $count } plans
    }
recap-plans-done = { $count ->
        [one] marked a plan done
       *[other] marked { $count } plans done
    }

## Dates in words: "12 December", "20 January 2027"

date-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

## The practice session

practice-part-scan = look at what came in
practice-part-decide = decide what it deserves
practice-part-respond = react once
practice-part-plan = your plan
practice-welcome-named = Welcome back, { $name }.
practice-welcome = Welcome back.
practice-since = { $when ->
        [today] Since earlier today
        [yesterday] Since yesterday
        [weekday] Since { $day }
       *[date] Since { $day }
    }: { $count ->
        [0] nothing new yet
        [one] one new item
       *[other] { $count } new items
    }.
practice-since-first = { $count ->
        [0] Nothing new yet.
        [one] One new item.
       *[other] { $count } new items.
    }
practice-plan-none = You have no plan with a date yet: we can make one at the end.
practice-plan-due = Your plan: { $plan }, due { $when ->
        [today] today
        [tomorrow] tomorrow
        [yesterday] yesterday
        [weekday] { $day }
       *[date] on { $day }
    }.
practice-plan-overdue = Your plan: { $plan }. It was due { $when ->
        [today] today
        [yesterday] yesterday
        [weekday] on { $day }
       *[date] on { $day }
    }: it is not too late.
practice-plan-every = Your plan: { $plan }, every { $day }.
practice-plan = Your plan: { $plan }.
practice-intro = Ten minutes: look at what came in, decide, react once, and look at your plan. Skip whatever you like; Esc takes a break.
practice-resume = We stopped at: { $part }. Let's carry on there.
practice-orientation = Practice · { $number } of { $total }: { $part } · you are: { $rung }
practice-skip = Not this time
practice-leave = That is all for today
practice-scan-question = Look for what came in since then?
practice-scan-go = Yes, look now
practice-scan-found = { $count ->
        [0] Nothing new came in this time. That happens: what waits is still there.
        [one] One new item came in.
       *[other] { $count } new items came in.
    }
practice-nothing-waiting = Nothing waits for a decision. Well kept!
practice-decide-question = { $count ->
        [one] One item waits
       *[other] { $count } items wait
    } for your decision. Go through them? You can stop after any one.
practice-decide-go = Yes, one at a time
practice-respond-question = React once today? A short comment under something you read, or in your { -community }, is enough.
practice-respond-go = Yes, write a comment
practice-plan-question = { $plan } Anything to change?
practice-plan-question-none = You have no plan with a date. Make one now? One small thing, by a day you choose.
practice-plan-go = Yes, update my plan
practice-plan-how = What has changed?
practice-plan-done = It is done: mark it done
practice-plan-new-date = It needs a new date
practice-plan-new = Make a new plan
practice-plan-marked-done = Marked done: { $plan }. Well done: that is what the habit is for.
practice-plan-next-question = What comes next? A new plan keeps you going.
practice-plan-later = Later
practice-plan-text-help = one small, concrete thing: start a discussion, write a short post, ask a question
practice-plan-saved = Saved. { $plan }
practice-next = Next: { $action }
practice-bye = See you next time: run drempel again whenever you have ten minutes.
