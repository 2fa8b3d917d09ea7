# Fetching feeds, the feeds commands, scan and the inbox.

## Why a feed could not be fetched: the reason in its one-line status

fetch-unsupported-scheme = only http and https addresses can be fetched, not { $scheme }
fetch-status = { $code } { $reason }
fetch-rate-limited = { $code } the server asks to come back later
fetch-rate-limited-until = { $code } the server asks to come back later; try again after { $at }
fetch-timed-out = timed out after { $seconds }s without an answer
fetch-deadline = not done within the scan's time limit of { $seconds }s
fetch-too-large = too large: over { $mib } MiB, more than any feed needs
fetch-redirect-loop = redirect loop: the server sends us back to { $url }
fetch-too-many-redirects = more than { $limit } redirects
fetch-bad-redirect = a redirect to an address that cannot be followed: "{ $location }"
fetch-connect = could not connect: { $reason }
fetch-network = the connection broke off: { $reason }

error-http-setup = Could not prepare the network connection: { $reason }. Run `drempel doctor` and share what it shows with your trainer.

## Progress bars

fetchbar-feeds = feeds
fetchbar-waiting = the server asked us to wait { $seconds }s

## Errors of the feeds commands, scan and inbox

error-cache-corrupt = The file { $path } is damaged ({ $reason }). drempel left it as it is. It only holds what a scan can fetch again: move it aside with `mv "{ $path }" "{ $path }.broken"` and run the command again.
address-no-scheme = it does not start with https:// or http://
address-bad-host = the name of the site in it is not valid
address-bad-port = the port number in it is not valid
address-invalid = it is not a valid web address
error-bad-feed-url = "{ $url }" is not an address drempel can watch: { $reason }. Use the full address, starting with https:// or http://.
error-needs-network = `drempel { $command }` needs the network to look at the address, and --offline is on. Run it again without --offline when you are connected.
error-feed-fetch = Could not fetch { $url }: { $reason }. Check the address in a browser, or try again later.
error-no-feed-found = { $url } is a web page that announces no feed. Look on the site for an RSS or Atom link, or follow its news with `drempel feeds add --google-news "WORDS"`.
error-not-watching = You are not watching { $url }. `drempel feeds list` shows the addresses you watch.
error-nothing-to-import = { $path } lists no feed with an http or https address, so nothing was imported. Export the list again from your feed reader as OPML.
error-input-file = Could not read { $path }: { $reason }. Check the file name.
error-no-such-item = No item in your inbox has the id "{ $id }". `drempel inbox --all` lists them with their ids.
error-ambiguous-item = More than one item starts with "{ $id }": { $candidates }. Type a few more characters.

## drempel feeds

feeds-cmd-add-what = Say what to watch: `drempel feeds add URL`, or `drempel feeds add --google-news "WORDS"`.
feeds-cmd-only-http = only http and https addresses can be watched
feeds-cmd-already = You already watch { $url }.
feeds-cmd-found-link = { $site } is a web page; it announces the feed { $url }.
feeds-cmd-other-link = It also announces { $url } (add it the same way if you want it too).
feeds-cmd-added = Now watching { $title } ({ $url }): { $items ->
        [one] 1 item
       *[other] { $items } items
    } in it right now. `drempel scan` looks for your keywords in it.
feeds-cmd-added-practice = Now watching the practice feed { $title } ({ $url }). It comes with drempel, so it works offline too.
feeds-cmd-empty-query = Give the words to search news for, such as --google-news "employer branding".
feeds-cmd-news-title = News: { $query }
feeds-cmd-added-news = Now watching { $title } ({ $url }). `drempel scan` looks for your keywords in it.
feeds-cmd-removed = No longer watching { $url }.
feeds-cmd-none = You watch no feeds yet. Add one with `drempel feeds add URL`, or import a list with `drempel feeds import FILE.opml`.
feeds-cmd-last = { $mark } last scan { $at }: { $status }
feeds-cmd-not-scanned = not scanned yet
feeds-cmd-import-bad = skipped { $url }: { $reason }
feeds-cmd-import-known = already watching { $url }
feeds-cmd-import-added = { $title } ({ $url })
feeds-cmd-import-summary = { $added } added, { $known } already watched, { $bad } skipped.
feeds-cmd-exported = Wrote { $count ->
        [one] 1 feed
       *[other] { $count } feeds
    } to { $path }.
feeds-cmd-preview-count = ({ $count ->
        [one] 1 item
       *[other] { $count } items
    })
feeds-cmd-is-feed = { $url } is a feed itself: { $title }
feeds-cmd-discover-next = Watch one with `drempel feeds add URL`.

## drempel scan

scan-bad-seconds = use a number of seconds above 0, such as 15 or 0.5
scan-practice-offline = Offline: reading the practice feeds that come with drempel.
scan-practice-no-feeds = You watch no feeds yet, so this scan reads the practice feeds that come with drempel. Add your own with `drempel feeds add URL`.
scan-feed-ok = ok, { $items ->
        [one] 1 item
       *[other] { $items } items
    }, { $matches ->
        [0] no new matches
        [one] 1 new match
       *[other] { $matches } new matches
    }
scan-feed-not-modified = not modified since the last scan ({ $items ->
        [one] 1 item kept
       *[other] { $items } items kept
    }), { $matches ->
        [0] no new matches
        [one] 1 new match
       *[other] { $matches } new matches
    }
scan-not-a-feed = not a feed: { $reason }
scan-bad-address = not a valid address: { $reason }
scan-no-such-practice-feed = no practice feed has this address in this version of drempel
scan-feed-moved = moved for good to { $url }; your feed list now uses the new address
scan-invalid-keyword = The keyword { $query } was skipped: { $reason }. Fix it with `drempel keywords remove` and `drempel keywords add`.
scan-no-keywords = You have no keywords yet, so nothing can match. `drempel keywords suggest` proposes some for your goals.
scan-all-failed = No feed could be fetched. Check your connection, or practise offline with `drempel scan --offline`.
scan-summary = { $matches ->
        [0] No new matches
        [one] 1 new match
       *[other] { $matches } new matches
    } from { $feeds ->
        [one] 1 feed
       *[other] { $feeds } feeds
    }{ $failed ->
        [0] {""}
       *[other] {" "}({ $failed } failed)
    }.
scan-more = …and { $more } more; `drempel inbox` lists them all.
scan-next = { $waiting ->
        [one] 1 item waits
       *[other] { $waiting } items wait
    } in your inbox. Decide what each deserves with `drempel triage`.

## drempel inbox

inbox-empty = Your inbox is empty. Run `drempel scan` to look for new items.
inbox-nothing-new = Nothing new: you have decided on all { $total } items. `drempel inbox --all` shows them.
inbox-next = { $count ->
        [one] 1 item waits
       *[other] { $count } items wait
    } for a decision: `drempel triage`.
inbox-keywords = matched { $keywords }
inbox-state-triaged = (decided)
inbox-untitled = (no title)

## The inbox's bound (issue 13)

scan-left-out = Your { -inbox } keeps the newest { $kept } matches: { $left ->
        [one] 1 older match was
       *[other] { $left } older matches were
    } left out.
fetch-reason-dns = the name of the site could not be found (is there a network?)
fetch-reason-refused = the server refused the connection
fetch-reason-reset = the connection was broken off
fetch-reason-tls = the site's security certificate could not be checked
