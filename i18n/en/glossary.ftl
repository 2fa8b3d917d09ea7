# The glossary: the method's own words, one name each. Every other file of the catalog
# and every lesson uses these terms ({ -rung-critic } in a message or a lesson) instead of
# writing the word again, so a word is changed here once and nowhere else. The program
# reads a term by its name without the dash (rung-critic), so no message may share a
# term's name.

## The ladder's rungs. The aim is -rung-critic: a contributor, someone whose own words
## stand on a site. There is no separate word "contributor": it is the same idea.

-rung-inactive = Inactive
-rung-spectator = Spectator
-rung-joiner = Joiner
-rung-collector = Collector
-rung-critic = Critic
-rung-creator = Creator
-ladder = ladder

## The eight steps of the journey

-step-welcome = Welcome
-step-strategy = Strategy
-step-profiles = Profiles
-step-monitoring = Monitoring
-step-reading = Reading together
-step-communities = Communities
-step-comment = Your first comment
-step-next = Next steps

## What an item from a feed can deserve

-decision-skip = Skip: nothing for me
-decision-later = Read later
-decision-blog = Input for a blog post
-decision-newsletter = Input for the newsletter
-decision-respond = Respond to it
-decision-share = Share with colleagues

## The method's other words

-keyword = keyword
-keywords = keywords
-feed = feed
-feeds = feeds
-inbox = inbox
-community = community
-communities = communities
-pre-post-check = check before posting
-privacy-review = privacy review
-house-rules = house rules
-disclosure = disclosure
