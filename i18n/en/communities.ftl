## Communities and own posts

communities-missing-goal = no places for the goal "{ $goal }"
communities-why-goal = for your goal: { $goal }
communities-why-keyword = from your keyword "{ $keyword }"
communities-xing-no-groups = XING closed its groups in January 2023, so there is no XING group to join. Found your people on another platform? Record it with that platform's name.
communities-bad-hashtag = "{ $tag }" cannot be a hashtag: use letters and digits only, without spaces or punctuation
communities-xing-key = XING closed its groups in January 2023: remove this "xing" list. The rest of the file still works.
communities-linkedin-search = LinkedIn groups about "{ $search }"
communities-elsewhere = Elsewhere
communities-no-strategy = Set your strategy first for suggestions that fit: drempel strategy set --goal GOAL
communities-suggest-hint = Joined one? Record it: drempel groups add NAME --platform PLATFORM --url URL
communities-name-needed = Give the community a name, as it is called on the platform.
communities-already = You already joined { $name } on { $platform }.
communities-joined = Joined: { $name } on { $platform }.
communities-first-look = Look around first: who answers well, what gets replies. Then react. Later, start a discussion.
communities-none-joined = You have not joined a community yet. See where to look: drempel groups suggest
communities-unknown = You have not joined "{ $name }". Your communities: { $joined }.
communities-visited-first = First visit to { $name } recorded. Read a few posts and like or answer one.
communities-visited-again = Visit { $count } to { $name } recorded ({ $days ->
        [0] earlier today
        [one] one day since the last one
       *[other] { $days } days since the last one
    }). Ten minutes a week keeps you part of it.
communities-visits = { $count ->
        [one] one visit
       *[other] { $count } visits
    }
error-bad-url = "{ $url }" is not a web address. Copy the full address from your browser, starting with https://
post-recorded = Recorded your { $platform } post: { $url }
rung-reached = You climbed the ladder: you are now a { $rung }!
