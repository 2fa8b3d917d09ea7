# Feeds: Lesen, OPML und die Übungsfeeds (src/feeds/).

## Warum ein Dokument kein lesbarer Feed ist

feed-error-empty = Das Dokument ist leer, es enthält also keinen { -feed }. Prüfen Sie die Adresse; wenn es eine Website ist, versuchen Sie `drempel feeds discover URL`.
feed-error-html = Das ist eine HTML-Seite, kein { -feed }. Mit `drempel feeds discover URL` finden Sie den { -feed } der Website.
feed-error-html-with-feeds = Das ist eine HTML-Seite, kein { -feed }. Sie verweist auf { $count ->
        [one] diesen { -feed }
       *[other] diese { -feeds }
    }:
      { $links }
    Fügen Sie stattdessen { $count ->
        [one] diesen
       *[other] einen davon
    } hinzu (`drempel feeds discover URL` listet sie ebenfalls auf).
feed-error-json = Das ist JSON (vielleicht ein JSON Feed), kein RSS oder Atom. drempel liest RSS- und Atom-Feeds; suchen Sie auf der Website nach einem RSS-Link.
feed-error-not-xml = Das ist kein { -feed }: Ein { -feed } ist XML und beginnt mit „<“, dieses Dokument aber mit „{ $start }“. Prüfen Sie, ob die Adresse auf den { -feed } selbst zeigt.
feed-error-unknown-root = Das ist XML, aber kein { -feed }: Es beginnt mit <{ $element }>, während ein RSS-Feed mit <rss> oder <rdf:RDF> beginnt und ein Atom-Feed mit <feed>.
feed-error-invalid-at = Der { $format }-Feed ist in Zeile { $line }, Spalte { $column } fehlerhaft: { $reason }. Das kann nur der Herausgeber beheben; lassen Sie den { -feed } vorerst weg oder sagen Sie dort Bescheid.
feed-error-invalid = Der { $format }-Feed ist fehlerhaft: { $reason }. Das kann nur der Herausgeber beheben; lassen Sie den { -feed } vorerst weg oder sagen Sie dort Bescheid.
feed-error-cut-off = das Dokument endet vor dem Ende des Feeds (wurde der Download abgebrochen?)
feed-error-unclosed = das Dokument endet, während <{ $element }> noch offen ist (wurde es abgeschnitten?)

## OPML

opml-error-empty = Die OPML-Datei ist leer. Exportieren Sie Ihre { -feeds } noch einmal aus Ihrem Feedreader.
opml-error-xml = Die OPML-Datei ist in Zeile { $line }, Spalte { $column } kein gültiges XML: { $reason }. Exportieren Sie Ihre { -feeds } noch einmal aus Ihrem Feedreader, oder korrigieren Sie diese Stelle in einem Texteditor.
opml-error-text-before-root = Text vor dem ersten Element; eine OPML-Datei beginnt mit <?xml …?> oder <opml>
opml-error-not-opml = Das ist keine OPML-Datei: Sie beginnt mit <{ $element }>, während OPML mit <opml> beginnt. Exportieren Sie Ihre { -feeds } aus Ihrem Feedreader als OPML.
opml-error-is-feed = Das ist ein { -feed } (<{ $element }>), keine OPML-Liste von Feeds. Fügen Sie ihn mit `drempel feeds add URL` hinzu.

## Fehler mit ihrer Fundstelle

error-feed = { $location }: { $reason }
error-opml = { $path }: { $reason }

## Übungsfeeds (geprüft von `drempel lessons check`)

practice-missing = für „{ $lang }“ gibt es keine Übungsfeeds; legen Sie hier mindestens zwei .xml-Feeds ab.
practice-too-few-items = dieser Übungsfeed hat { $count ->
        [one] eine Meldung
       *[other] { $count } Meldungen
    }; er braucht mindestens { $min }.
practice-item-incomplete = die Meldung „{ $title }“ braucht einen Link und ein Datum, um als Übung zu taugen.
