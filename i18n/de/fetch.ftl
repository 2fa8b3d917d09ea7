# Feeds abrufen, die Befehle zu Feeds, der Suchlauf (scan) und der Posteingang (inbox).

## Warum ein Feed nicht abgerufen werden konnte: der Grund in seiner Statuszeile

fetch-unsupported-scheme = nur Adressen mit http und https lassen sich abrufen, nicht { $scheme }
fetch-status = { $code } { $reason }
fetch-rate-limited = { $code } der Server bittet, später wiederzukommen
fetch-rate-limited-until = { $code } der Server bittet, später wiederzukommen; versuchen Sie es nach { $at } noch einmal
fetch-timed-out = nach { $seconds } s ohne Antwort abgebrochen
fetch-deadline = nicht innerhalb der Zeitgrenze des Suchlaufs von { $seconds } s fertig geworden
fetch-too-large = zu groß: über { $mib } MiB, mehr als jeder Feed braucht
fetch-redirect-loop = Weiterleitungsschleife: Der Server schickt uns zurück zu { $url }
fetch-too-many-redirects = mehr als { $limit } Weiterleitungen
fetch-bad-redirect = eine Weiterleitung auf eine Adresse, der sich nicht folgen lässt: „{ $location }“
fetch-connect = keine Verbindung möglich: { $reason }
fetch-network = die Verbindung ist abgebrochen: { $reason }

error-http-setup = Die Netzwerkverbindung konnte nicht vorbereitet werden: { $reason }. Führen Sie `drempel doctor` aus und zeigen Sie das Ergebnis Ihrer Schulungsleitung.

## Fortschrittsbalken

fetchbar-feeds = { -feeds }
fetchbar-waiting = der Server hat uns gebeten, { $seconds } s zu warten

## Fehler der Befehle zu Feeds, Suchlauf und Posteingang

error-cache-corrupt = Die Datei { $path } ist beschädigt ({ $reason }). drempel hat sie unverändert gelassen. Sie enthält nur, was ein Suchlauf neu abrufen kann: Schieben Sie sie mit `mv "{ $path }" "{ $path }.broken"` beiseite und führen Sie den Befehl noch einmal aus.
address-no-scheme = sie beginnt nicht mit https:// oder http://
address-bad-host = der Name der Website darin ist ungültig
address-bad-port = die Portnummer darin ist ungültig
address-invalid = sie ist keine gültige Webadresse
error-bad-feed-url = „{ $url }“ ist keine Adresse, die drempel beobachten kann: { $reason }. Verwenden Sie die vollständige Adresse, beginnend mit https:// oder http://.
error-needs-network = `drempel { $command }` braucht das Netz, um die Adresse anzusehen, aber --offline ist eingeschaltet. Führen Sie den Befehl ohne --offline noch einmal aus, sobald Sie verbunden sind.
error-feed-fetch = { $url } konnte nicht abgerufen werden: { $reason }. Prüfen Sie die Adresse im Browser, oder versuchen Sie es später noch einmal.
error-no-feed-found = { $url } ist eine Webseite, die keinen { -feed } anbietet. Suchen Sie auf der Website nach einem RSS- oder Atom-Link, oder verfolgen Sie ihre Nachrichten mit `drempel feeds add --google-news "WORDS"`.
error-not-watching = Sie beobachten { $url } nicht. `drempel feeds list` zeigt die Adressen, die Sie beobachten.
error-nothing-to-import = { $path } enthält keinen { -feed } mit einer http- oder https-Adresse, es wurde also nichts importiert. Exportieren Sie die Liste noch einmal als OPML aus Ihrem Feedreader.
error-input-file = { $path } konnte nicht gelesen werden: { $reason }. Prüfen Sie den Dateinamen.
error-no-such-item = Keine Meldung in Ihrem { -inbox } hat die ID „{ $id }“. `drempel inbox --all` listet alle mit ihren IDs auf.
error-ambiguous-item = Mehr als eine Meldung beginnt mit „{ $id }“: { $candidates }. Tippen Sie ein paar Zeichen mehr.

## drempel feeds

feeds-cmd-add-what = Sagen Sie, was beobachtet werden soll: `drempel feeds add URL` oder `drempel feeds add --google-news "WORDS"`.
feeds-cmd-only-http = nur Adressen mit http und https lassen sich beobachten
feeds-cmd-already = Sie beobachten { $url } schon.
feeds-cmd-found-link = { $site } ist eine Webseite; sie bietet den { -feed } { $url } an.
feeds-cmd-other-link = Sie bietet auch { $url } an (fügen Sie ihn genauso hinzu, wenn Sie ihn auch möchten).
feeds-cmd-added = Sie beobachten jetzt { $title } ({ $url }): Darin { $items ->
        [one] steht gerade 1 Meldung
       *[other] stehen gerade { $items } Meldungen
    }. `drempel scan` sucht darin nach Ihren Suchbegriffen.
feeds-cmd-added-practice = Sie beobachten jetzt den Übungsfeed { $title } ({ $url }). Er gehört zu drempel und funktioniert deshalb auch offline.
feeds-cmd-empty-query = Geben Sie die Wörter an, nach denen in den Nachrichten gesucht werden soll, etwa --google-news "Arbeitgebermarke".
feeds-cmd-news-title = Nachrichten: { $query }
feeds-cmd-added-news = Sie beobachten jetzt { $title } ({ $url }). `drempel scan` sucht darin nach Ihren Suchbegriffen.
feeds-cmd-removed = { $url } wird nicht mehr beobachtet.
feeds-cmd-none = Sie beobachten noch keine { -feeds }. Fügen Sie einen mit `drempel feeds add URL` hinzu, oder importieren Sie eine Liste mit `drempel feeds import FILE.opml`.
feeds-cmd-last = { $mark } letzter Suchlauf { $at }: { $status }
feeds-cmd-not-scanned = noch nicht durchsucht
feeds-cmd-import-bad = { $url } übersprungen: { $reason }
feeds-cmd-import-known = schon beobachtet: { $url }
feeds-cmd-import-added = { $title } ({ $url })
feeds-cmd-import-summary = { $added } hinzugefügt, { $known } schon beobachtet, { $bad } übersprungen.
feeds-cmd-exported = { $count ->
        [one] 1 Feed
       *[other] { $count } Feeds
    } in { $path } gespeichert.
feeds-cmd-preview-count = ({ $count ->
        [one] 1 Meldung
       *[other] { $count } Meldungen
    })
feeds-cmd-is-feed = { $url } ist selbst ein { -feed }: { $title }
feeds-cmd-discover-next = Beobachten Sie einen davon mit `drempel feeds add URL`.

## drempel scan

scan-bad-seconds = geben Sie eine Zahl von Sekunden über 0 an, etwa 15 oder 0.5
scan-practice-offline = Offline: drempel liest die mitgelieferten Übungsfeeds.
scan-practice-no-feeds = Sie beobachten noch keine { -feeds }, deshalb liest dieser Suchlauf die Übungsfeeds, die drempel mitbringt. Fügen Sie eigene mit `drempel feeds add URL` hinzu.
scan-feed-ok = ok, { $items ->
        [one] 1 Meldung
       *[other] { $items } Meldungen
    }, { $matches ->
        [0] keine neuen Treffer
        [one] 1 neuer Treffer
       *[other] { $matches } neue Treffer
    }
scan-feed-not-modified = seit dem letzten Suchlauf unverändert ({ $items ->
        [one] 1 Meldung behalten
       *[other] { $items } Meldungen behalten
    }), { $matches ->
        [0] keine neuen Treffer
        [one] 1 neuer Treffer
       *[other] { $matches } neue Treffer
    }
scan-not-a-feed = kein { -feed }: { $reason }
scan-bad-address = keine gültige Adresse: { $reason }
scan-no-such-practice-feed = diese Version von drempel hat keinen Übungsfeed mit dieser Adresse
scan-feed-moved = dauerhaft umgezogen nach { $url }; Ihre Feed-Liste verwendet jetzt die neue Adresse
scan-invalid-keyword = Der { -keyword } { $query } wurde übersprungen: { $reason }. Korrigieren Sie ihn mit `drempel keywords remove` und `drempel keywords add`.
scan-no-keywords = Sie haben noch keine { -keywords }, also kann nichts gefunden werden. `drempel keywords suggest` schlägt passende zu Ihren Zielen vor.
scan-all-failed = Kein { -feed } ließ sich abrufen. Prüfen Sie Ihre Verbindung, oder üben Sie offline mit `drempel scan --offline`.
scan-summary = { $matches ->
        [0] Keine neuen Treffer
        [one] 1 neuer Treffer
       *[other] { $matches } neue Treffer
    } aus { $feeds ->
        [one] 1 Feed
       *[other] { $feeds } Feeds
    }{ $failed ->
        [0] {""}
       *[other] {" "}({ $failed } fehlgeschlagen)
    }.
scan-more = …und { $more } weitere; `drempel inbox` listet alle auf.
scan-next = { $waiting ->
        [one] 1 Meldung wartet
       *[other] { $waiting } Meldungen warten
    } in Ihrem { -inbox }. Mit `drempel triage` entscheiden Sie, was jede Meldung verdient.

## drempel inbox

inbox-empty = Ihr { -inbox } ist leer. Führen Sie `drempel scan` aus, um nach neuen Meldungen zu suchen.
inbox-nothing-new = Nichts Neues: Sie haben über { $total ->
        [one] die eine Meldung
       *[other] alle { $total } Meldungen
    } entschieden. `drempel inbox --all` zeigt sie.
inbox-next = { $count ->
        [one] 1 Meldung wartet
       *[other] { $count } Meldungen warten
    } auf Ihre Entscheidung: `drempel triage`.
inbox-keywords = gefunden mit { $keywords }
inbox-state-triaged = (entschieden)
inbox-untitled = (ohne Titel)

## Die Grenze des Posteingangs (issue 13)

scan-left-out = Ihr { -inbox } behält die neuesten { $kept } Treffer: { $left ->
        [one] 1 älterer Treffer wurde
       *[other] { $left } ältere Treffer wurden
    } weggelassen.
fetch-reason-dns = der Name der Website wurde nicht gefunden (besteht eine Netzverbindung?)
fetch-reason-refused = der Server hat die Verbindung abgelehnt
fetch-reason-reset = die Verbindung wurde abgebrochen
fetch-reason-tls = das Sicherheitszertifikat der Website ließ sich nicht prüfen
