# Feeds: lezen, OPML en de oefenfeeds (src/feeds/).

## Waarom een document geen leesbare feed is

feed-error-empty = Het document is leeg, dus er staat geen feed in. Kijk het adres na; is het een website, probeer dan `drempel feeds discover URL`.
feed-error-html = Dit is een HTML-pagina, geen feed. Probeer `drempel feeds discover URL` om de feed van de site te vinden.
feed-error-html-with-feeds = Dit is een HTML-pagina, geen feed. De pagina verwijst naar { $count ->
        [one] deze feed
       *[other] deze feeds
    }:
      { $links }
    Voeg { $count ->
        [one] die
       *[other] een daarvan
    } toe (`drempel feeds discover URL` toont ze ook).
feed-error-json = Dit is JSON (misschien een JSON Feed), geen RSS of Atom. drempel leest feeds in RSS en Atom; zoek op de site naar een RSS-link.
feed-error-not-xml = Dit is geen feed: een feed is XML en begint met "<", maar dit begint met "{ $start }". Kijk na of het adres naar de feed zelf wijst.
feed-error-unknown-root = Dit is XML, maar geen feed: het begint met <{ $element }>, terwijl een RSS-feed begint met <rss> of <rdf:RDF> en een Atom-feed met <feed>.
feed-error-invalid-at = De { $format }-feed is kapot op regel { $line }, kolom { $column }: { $reason }. Alleen wie de feed uitgeeft, kan dat herstellen; laat de feed voorlopig weg, of laat het hen weten.
feed-error-invalid = De { $format }-feed is kapot: { $reason }. Alleen wie de feed uitgeeft, kan dat herstellen; laat de feed voorlopig weg, of laat het hen weten.
feed-error-cut-off = het document houdt op voordat de feed afgelopen is (is het downloaden afgebroken?)
feed-error-unclosed = het document houdt op terwijl <{ $element }> nog open staat (is het afgebroken?)

## OPML

opml-error-empty = Het OPML-bestand is leeg. Exporteer je feeds opnieuw uit je feedlezer.
opml-error-xml = Het OPML-bestand is geen geldige XML op regel { $line }, kolom { $column }: { $reason }. Exporteer je feeds opnieuw uit je feedlezer, of verbeter die plek in een teksteditor.
opml-error-text-before-root = tekst voor het eerste element; een OPML-bestand begint met <?xml …?> of <opml>
opml-error-not-opml = Dit is geen OPML-bestand: het begint met <{ $element }>, terwijl OPML begint met <opml>. Exporteer je feeds uit je feedlezer als OPML.
opml-error-is-feed = Dit is een feed (<{ $element }>), geen OPML-lijst met feeds. Voeg hem toe met `drempel feeds add URL`.

## Fouten met hun plaats

error-feed = { $location }: { $reason }
error-opml = { $path }: { $reason }

## Oefenfeeds (nagekeken door `drempel lessons check`)

practice-missing = er zijn geen oefenfeeds voor "{ $lang }"; zet hier minstens twee feeds als .xml-bestand.
practice-too-few-items = deze oefenfeed heeft { $count ->
        [one] 1 bericht
       *[other] { $count } berichten
    }; er zijn er minstens { $min } nodig.
practice-item-incomplete = het bericht "{ $title }" heeft een link en een datum nodig om er goed mee te kunnen oefenen.
