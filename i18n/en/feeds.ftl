# Feeds: parsing, OPML and the practice feeds (src/feeds/).

## Why a document is not a readable feed

feed-error-empty = The document is empty, so there is no feed in it. Check the address; if it is a website, try `drempel feeds discover URL`.
feed-error-html = This is an HTML page, not a feed. Try `drempel feeds discover URL` to find the site's feed.
feed-error-html-with-feeds = This is an HTML page, not a feed. It links to { $count ->
        [one] this feed
       *[other] these feeds
    }:
      { $links }
    Add one of those instead (`drempel feeds discover URL` lists them too).
feed-error-json = This is JSON (perhaps a JSON Feed), not RSS or Atom. drempel reads RSS and Atom feeds; look on the site for an RSS link.
feed-error-not-xml = This is not a feed: a feed is XML and starts with "<", but this starts with "{ $start }". Check that the address points to the feed itself.
feed-error-unknown-root = This is XML but not a feed: it starts with <{ $element }>, where an RSS feed starts with <rss> or <rdf:RDF> and an Atom feed with <feed>.
feed-error-invalid-at = The { $format } feed is broken at line { $line }, column { $column }: { $reason }. Only its publisher can fix that; leave the feed out for now, or tell them.
feed-error-invalid = The { $format } feed is broken: { $reason }. Only its publisher can fix that; leave the feed out for now, or tell them.
feed-error-cut-off = the document ends before the feed does (was the download cut off?)
feed-error-unclosed = the document ends while <{ $element }> is still open (was it cut off?)

## OPML

opml-error-empty = The OPML file is empty. Export your feeds again from your feed reader.
opml-error-xml = The OPML file is not valid XML at line { $line }, column { $column }: { $reason }. Export your feeds again from your feed reader, or fix that spot in a text editor.
opml-error-text-before-root = text before the first element; an OPML file starts with <?xml …?> or <opml>
opml-error-not-opml = This is not an OPML file: it starts with <{ $element }>, where OPML starts with <opml>. Export your feeds from your feed reader as OPML.
opml-error-is-feed = This is a feed (<{ $element }>), not an OPML list of feeds. Add it with `drempel feeds add URL`.

## Errors with their location

error-feed = { $location }: { $reason }
error-opml = { $path }: { $reason }

## Practice feeds (checked by `drempel lessons check`)

practice-missing = there are no practice feeds for "{ $lang }"; add at least two .xml feeds here.
practice-too-few-items = this practice feed has { $count } items; it needs at least { $min }.
practice-item-incomplete = the item "{ $title }" needs a link and a date to be useful practice.
