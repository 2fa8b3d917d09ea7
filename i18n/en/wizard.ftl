## The guided wizard

error-wizard-needs-terminal = The guided journey needs a terminal to ask its questions. Without one, use the commands that ask nothing: drempel progress, drempel strategy set --goal GOAL, drempel profile PLATFORM done ITEM, drempel lessons show ID.
wizard-prompt-failed = The question could not be shown: { $reason }
wizard-keys = Esc: a break, all is saved
wizard-keys-multi = space ticks, enter confirms, Esc: a break
wizard-saved-bye = Everything you answered is saved. Run drempel again to carry on from here.
wizard-step-of = step { $number } of { $total }
wizard-welcome-back-named = Welcome back, { $name }. We stopped at { $step }.
wizard-welcome-back = Welcome back. We stopped at { $step }.
wizard-ready = Ready?
wizard-go = Let's go
wizard-read-lesson = Read the whole lesson first
wizard-skip = Skip this step for now
wizard-back = Back to the previous step
wizard-break = Take a break (everything is saved)

welcome-today = Today we set your goals, make your profile complete and safe, and get you ready for your first comment. drempel never posts anything: you do that yourself, when you are ready.
welcome-name = What should I call you?
welcome-name-needed = A first name is enough.
welcome-role = What is your role?
welcome-organisation = Which organisation do you work for?
welcome-optional = optional, enter skips
welcome-language = Which language do you work in online?
welcome-language-help = used for keyword suggestions and the comment check
welcome-hello = Nice to meet you, { $name }. Let's start with why your organisation is online at all.

strategy-goals-question = What does your organisation want from social media?
strategy-goals-help = one or more
strategy-goals-none = Choose at least one goal: everything after this follows from it.
strategy-audience-question = Who do you want to reach?
strategy-audience-help = for example: nurses in the region, IT managers at banks
strategy-why-question = And why does this matter to you?
strategy-why-help = in your own words; only you and your coach see it
strategy-summary = Your goals: { $goals }. That is your compass for today.

profiles-platforms-question = Which platforms do you want to work on?
profiles-platforms-help = one or two to start with
profiles-platforms-none = Choose at least one platform.
profiles-platform-heading = { $platform }: { $done } of { $total } done
profiles-platform-already-complete = This checklist is complete already. Nice.
profiles-platform-summary = { $platform }: { $done } of { $total } done. The rest can wait: come back to the step "{ -step-profiles }" whenever you like.
profiles-item-position = { $platform } · item { $number } of { $total } · { $kind }
profiles-kind-privacy = privacy review
profiles-kind-profile = complete profile
profiles-item-question = How about this one?
profiles-choice-done = Done
profiles-choice-later = Later
profiles-choice-not-for-me = Not for me
profiles-choice-previous = Back to the previous item
profiles-choice-stop = Stop with { $platform } for now
profiles-privacy-help = privacy items are never "not for me": they protect you. If one truly does not apply to you, choose "Not applicable to me" and say why
profiles-choice-not-applicable = Not applicable to me
profiles-not-applicable-question = Why does this not apply to you? One short line is enough.
profiles-not-applicable-help = for example: I do not manage a page. Enter on an empty line goes back
profiles-not-applicable-saved = Noted, with your reason. It counts as done.
profiles-story-title = Before the privacy review, a short story

next-today = What you did today
next-tomorrow = To carry on, run drempel again. It picks up exactly where you stopped.
today-welcomed = introduced yourself
today-strategy = set your strategy
today-items-done = { $count ->
        [one] ticked off one profile item
       *[other] ticked off { $count } profile items
    }
today-items-later = { $count ->
        [one] put one item on your list for later
       *[other] put { $count } items on your list for later
    }
today-items-not-applicable = { $count ->
        [one] marked one item as not applicable, with your reason
       *[other] marked { $count } items as not applicable, with your reasons
    }
today-drafts = { $count ->
        [one] drafted one profile text
       *[other] drafted { $count } profile texts
    }
profiles-draft-question = Type it here first, and I will count it as { $platform } does:
profiles-draft-help = counted as { $platform } counts, up to { $limit }; enter skips
profiles-draft-too-long = That is { $used } of { $limit }: { $over } too many. Shorten it a little.
profiles-draft-saved = { $used } of { $limit }: it fits. I keep it for you here; now copy it into { $platform }.
wizard-communities-places = Places to look, from your goals and keywords:
wizard-communities-question = Open one in your browser and look around. Did you join one?
wizard-communities-joined-this = I joined { $name }
wizard-communities-another = I joined another community
wizard-communities-not-yet = Not yet: I will look later
wizard-communities-name = What is the community called?
wizard-communities-platform = On which platform?
wizard-communities-url = Its web address?
wizard-communities-more-question = Join another one?
wizard-communities-enough = That is enough for today
wizard-communities-more = Yes, one more
today-communities = { $count ->
        [one] joined a community
       *[other] joined { $count } communities
    }
wizard-policy-heading = Your organisation's house rules
wizard-policy-intro = A few facts about your employer, so that drempel can check your first comment the way your organisation would. Ask your communications team if you are unsure. You can come back to this step and change any of it later.
wizard-policy-employer = Your employer's name, as people write it?
wizard-policy-products = Its products or services people talk about?
wizard-policy-list-help = separate them with commas; enter skips
wizard-policy-disclosure = How do you say that you work there, when you praise its work?
wizard-policy-disclosure-help = a hashtag such as #employee, or a short phrase such as (I work here)
wizard-policy-disclosure-needed = You named your employer, so say how you tell people that you work there: for example #employee, or (I work here).
wizard-policy-confidential = Topics or names that must stay inside?
wizard-policy-confidential-help = project names, customers, unpublished figures; separated by commas
wizard-policy-dos = DO ({ $count })
wizard-policy-donts = DON'T ({ $count })
wizard-editor-help = enter opens your editor; save and close it to come back
comment-target-question = What will you respond to?
comment-target-community = A discussion in { $name } ({ $platform })
comment-target-elsewhere = Something else I found
comment-target-item = { $title } ({ $source })
comment-platform-question = Where will you post it?
comment-approach-question-prompt = How do you want to respond?
comment-approach-experience = Add your own experience: what happened when you tried it
comment-approach-question = Ask a good question: one thing you would like to know
comment-approach-resource = Share a useful resource, and say why it helps
comment-approach-thanks = Thank the writer and extend the thought with one point of your own
comment-write-question = How do you want to write it?
comment-write-here = Type it here (one paragraph)
comment-write-editor = In my editor (for longer text)
comment-draft-prompt = Your comment:
comment-empty = An empty comment has nothing to check yet. Two or three sentences are plenty.
comment-revise = Revise the draft
comment-keep-on-purpose = Keep it anyway, and say why
comment-fix-errors = Change your comment until nothing is marked "error": I check it again each time. If something marked "error" is right as it is, choose "{ $keep }".
comment-errors-question = The check found something to fix. What now?
comment-keep-which = Which one is right as it is?
comment-keep-reason = Why is it right here?
comment-keep-reason-needed = A short reason is enough, for you and your coach.
wizard-check-read = Read: "{ $title }", the lesson of step { $number }.
comment-passed = No errors: your comment is ready for { $platform }. Post it yourself now: copy it, paste it, press the button.
comment-posted-question = Did you post it?
comment-posted = Yes: I will paste the address of my comment
comment-post-later = Not yet: I will post it later (the draft is saved)
comment-saved-for-later = Your draft is saved. When you are ready to post it, come back to the step "{ -step-comment }": your draft will be waiting.
comment-url = The address of your comment (or of the post it stands under)?
comment-url-help = on most platforms: the three dots next to your comment, then "copy link"
comment-recorded = Recorded. Your words now stand on a site: you took part. Well done!
comment-accept-needs-draft = --accept keeps a finding of the check, so it needs the draft: add --draft FILE.
comment-recorded-at = Recorded your { $platform } comment: { $url }
comment-unchecked = Your comment stands, and it is on your list. To count for { -rung-critic }, drempel also needs the words you posted, checked without errors: save them in a text file and record the comment again with --draft FILE.
comment-had-errors = Your comment stands, and it is on your list. To count for { -rung-critic }, a comment's words have to pass the check, and the check found { $errors ->
        [one] one error
       *[other] { $errors } errors
    } in these. Change them on the site, or write a new comment; check the words with drempel check FILE, then record the comment again with --draft FILE. An error that is right as it is can be kept with --accept RULE=REASON.
comment-unknown-item = "{ $item }" is not an item you marked "{ -decision-respond }". See drempel inbox, or run drempel comment without an item.
reading-nothing-new = Nothing new to read yet. Go back to the step "{ -step-monitoring }" and scan your feeds; then come back here.
reading-position = item { $number } of { $total }
reading-question = What does this one deserve?
reading-help = interesting for your audience? does it ask for action?
reading-stop = Stop reading for now
reading-note = A note for yourself?
reading-matched = matched: { $keywords }
reading-summary = { $decided ->
        [one] You decided on one item this time
       *[other] You decided on { $decided } items this time
    }; { $kept } kept of { $total } in all. Keeping a few and skipping most is exactly right.
triage-needs-decision = Say what the item deserves, for example: drempel triage ITEM --decision later (skip, later, blog, newsletter, respond, share).
triage-decided = { $decision }: { $title }
triage-changed = (before, you had chosen: { $previous })
triage-respond-next = Ready to respond? Run: drempel comment { $id }
monitoring-keywords-question = Which keywords do you want to watch?
monitoring-keywords-help = suggested from your goals
monitoring-own-keyword = A keyword of your own? (enter when done)
monitoring-own-keyword-help = words, "an exact phrase", -exclusion, OR, site:example.org
monitoring-keywords-summary = { $count ->
        [one] You watch one keyword.
       *[other] You watch { $count } keywords.
    } { $need } or more make a good start.
monitoring-source-question = Where should drempel look for them?
monitoring-source-help = you can come back to this step and add more whenever you like
monitoring-source-practice = The practice feeds that come with drempel (works without internet)
monitoring-source-alert = A Google Alert, delivered as RSS
monitoring-source-news = A news search for a keyword
monitoring-source-website = A blog or website address
monitoring-source-enough = These { $count } feeds are enough: scan them now
monitoring-practice-added = Added the practice feeds: realistic news about work, recruitment and social media.
monitoring-news-query = What should the news search look for?
monitoring-news-query-needed = Type the words to search the news for, such as: employer branding
monitoring-alert-steps = In your browser: open Google Alerts, type your keyword, click "Show options", set "Deliver to" to "RSS feed", create the alert, then copy the RSS link next to it.
monitoring-website-steps = On the blog or website, look for a link called RSS or Feed, and copy its address from your browser. The address of an ordinary web page does not work here: it has to be the feed itself.
monitoring-address = Paste the address (enter skips)
monitoring-address-help = it starts with https://
monitoring-feeds-more-question = Add another source?
monitoring-feeds-scan-now = No, scan now
monitoring-feeds-more = Yes, another one
monitoring-scanning = Looking through your feeds for your keywords…
monitoring-no-keywords = You watch no keywords yet, so nothing can be found. Come back to this step and choose a few, or type your own: { $need } make a good start.
monitoring-not-a-feed = this address is not a feed I can read. On the site, look for a link called RSS or Feed, and add that address.
monitoring-scan-more = …and { $more } more: you see them all in the next step, "{ -step-reading }".
monitoring-scan-next = { $waiting ->
        [one] One item waits
       *[other] { $waiting } items wait
    } for you. In the next step, "{ -step-reading }", you decide what each one deserves.
monitoring-no-network = None of your feeds could be read (each line above says why). Perhaps there is no network here. For now, let's practise with the feeds that come with drempel; your own feeds stay on your list.
today-keywords = { $count ->
        [one] chose a keyword to watch
       *[other] chose { $count } keywords to watch
    }
today-feeds = { $count ->
        [one] added a feed
       *[other] added { $count } feeds
    }
today-scans = scanned your feeds
today-triaged = { $count ->
        [one] decided what one item deserves
       *[other] decided what { $count } items deserve
    }
today-comment = placed your first comment, and recorded where it stands
comment-approach-tip-experience = Tip: one concrete thing that happened, and what you learned from it.
comment-approach-tip-question = Tip: thank them in one line, then ask the one question you really want answered.
comment-approach-tip-resource = Tip: name the resource, say in one sentence why it helps, then add the link.
comment-approach-tip-thanks = Tip: say what struck you, then add one point of your own.
