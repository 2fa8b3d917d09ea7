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
error-cache-corrupt = The file { $path } is damaged ({ $reason }). drempel left it as it is. It only holds what a scan can fetch again: move it aside with `mv "{ $path }" "{ $path }.broken"` and run the command again.
