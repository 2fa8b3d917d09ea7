# Hilfe für die Befehlszeile: der Text von `drempel --help` und von --help jedes Befehls.
# Ein Schlüssel ist der Pfad des Befehls: cli-feeds-add-about ist die Zeile zu `drempel feeds add`,
# cli-feeds-add-url die Hilfe zu seinem Argument URL. Befehle, Optionen, Werte und
# Platzhalter wie DIR, FILE oder COMMAND bleiben so, wie man sie tippt.

cli-heading-usage = Aufruf:
cli-heading-commands = Befehle
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-value-command = COMMAND
cli-help-flag = Diese Hilfe anzeigen
cli-version-flag = Die Version anzeigen
cli-fact-values = eines von: { $values }
cli-fact-default = Standard: { $value }
cli-fact-env = oder { $var } setzen

cli-error = Fehler: { $message }
cli-error-invalid-value = „{ $value }“ ist kein gültiger Wert für { $arg }. Wählen Sie einen von: { $valid }
cli-error-empty-value = { $arg } braucht einen Wert
cli-error-unknown-argument = drempel kennt die Option { $arg } nicht
cli-error-unknown-command = drempel hat keinen Befehl „{ $command }“
cli-error-missing = dieser Befehl braucht { $arg }
cli-error-missing-command = dieser Befehl braucht einen seiner Unterbefehle
cli-error-conflict = { $arg } lässt sich nicht zusammen mit { $other } verwenden
cli-error-validation = „{ $value }“ passt nicht für { $arg }: { $reason }
cli-error-too-many = { $arg } wurde mehr als einmal angegeben oder mit zu vielen Werten
cli-error-other = die Befehlszeile ließ sich nicht lesen ({ $arg })
cli-error-suggestion = Meinten Sie { $suggestion }?
cli-error-more = Mehr dazu mit --help.

cli-about = drempel: ein Coach im Terminal, vom Zuschauen zum Mitreden, beruflich in sozialen Medien
cli-long-about =
    drempel: ein Coach im Terminal, vom Zuschauen zum Mitreden, beruflich in sozialen Medien.

    Ohne Befehl gestartet, macht drempel dort weiter, wo Sie aufgehört haben.
cli-home = Wo drempel seine Daten ablegt (ohne Angabe: der Datenordner Ihres Systems)
cli-learner = Wessen Weg das ist; jede lernende Person hat einen eigenen Ordner
cli-lang = Die Sprache, die drempel spricht (ohne Angabe: die bei der Begrüßung gewählte, sonst die Ihres Systems, sonst Englisch)
cli-color = Wann Farbe verwendet wird
cli-offline = Das mitgelieferte Übungsmaterial statt des Netzes verwenden
cli-lessons = Lektionen aus diesem Ordner lesen (DIR/<lang>/*.md) statt der eingebauten

cli-start-about = Der geführte Weg (dasselbe wie drempel ohne Befehl)
cli-start-step = Zu diesem Schritt springen, statt dort weiterzumachen, wo Sie aufgehört haben

cli-progress-about = Ihre { -ladder }, Ihre Schritte und das eine, was als Nächstes zu tun ist
cli-progress-json = Maschinenlesbare Ausgabe (stabil)

cli-lessons-about = Die Lektionen lesen oder einen Lektionsordner prüfen

cli-lessons-list-about = Die Lektionen, eine pro Schritt

cli-lessons-show-about = Eine Lektion lesen
cli-lessons-show-id = Die ID der Lektion, wie `drempel lessons list` sie zeigt

cli-lessons-check-about = Einen Lektionsordner prüfen (Standard: die verwendeten Lektionen) und jedes Problem melden
cli-lessons-check-dir = Der zu prüfende Lektionsordner (DIR/<lang>/*.md)

cli-strategy-about = Die Ziele Ihrer Organisation und Ihre Zielgruppe

cli-strategy-show-about = Die festgelegten Ziele, die Zielgruppe und Ihre Gründe anzeigen

cli-strategy-set-about = Die Ziele der Organisation festlegen (--goal wiederholen oder mit Kommas trennen)
cli-strategy-set-audience = Wen Sie erreichen möchten, in Ihren eigenen Worten
cli-strategy-set-why = Warum Ihnen das wichtig ist
cli-strategy-set-goals = Ein Ziel: recruitment (Personalgewinnung), employer-branding (Arbeitgebermarke), marketing-sales (Marketing und Vertrieb), customer-care (Kundenservice), thought-leadership (fachliche Sichtbarkeit) oder knowledge-sharing (Wissensaustausch)

cli-profile-about = Ihre Profil-Checkliste je Plattform
cli-profile-platform = Die Plattform; ohne Angabe eine Übersicht über alle

cli-profile-status-about = Die Checkliste der Plattform und was erledigt ist

cli-profile-done-about = Einen Punkt der Checkliste als erledigt markieren
cli-profile-done-item = Die ID des Checklisten-Punkts, wie die Checkliste sie zeigt

cli-profile-undo-about = Einen erledigten, nicht zutreffenden, verschobenen oder abgelehnten Punkt zurücknehmen
cli-profile-undo-item = Die ID des Checklisten-Punkts, wie die Checkliste sie zeigt

cli-profile-not-applicable-about = Einen Punkt markieren, der auf Sie nicht zutrifft, mit Ihrer Begründung; er zählt als erledigt
cli-profile-not-applicable-item = Die ID des Checklisten-Punkts, wie die Checkliste sie zeigt
cli-profile-not-applicable-reason = Warum er auf Sie nicht zutrifft, in einer kurzen Zeile (Pflicht)

cli-keywords-about = { -keywords } zum Beobachten in Ihren { -feeds }: vorschlagen, hinzufügen, entfernen, auflisten, testen
cli-keywords-json = Maschinenlesbare Ausgabe (stabil)

cli-keywords-suggest-about = { -keywords }, die aus den Zielen Ihrer Strategie folgen, in Ihrer Sprache (--lang)
cli-keywords-suggest-goals = Für diese Ziele vorschlagen statt für die Ihrer Strategie

cli-keywords-add-about = Eine Abfrage beobachten: Wörter, "eine Wortfolge", -Ausschluss, OR, site:domain, intitle:wort. Setzen Sie die ganze Abfrage in einfache Anführungszeichen: drempel keywords add '"Tag der offenen Tür" -virtuell'
cli-keywords-add-query = Die Abfrage, in einfachen Anführungszeichen, damit die Shell sie nicht zerlegt
cli-keywords-add-rest = Wörter nach der Abfrage: eine Abfrage, die die Shell zerlegt hat, weil sie nicht in Anführungszeichen stand

cli-keywords-remove-about = Eine Abfrage nicht mehr beobachten
cli-keywords-remove-query = Die Abfrage, wie `list` sie zeigt, oder jede Schreibweise, die dasselbe findet
cli-keywords-remove-rest = Wörter nach der Abfrage: eine Abfrage, die die Shell zerlegt hat, weil sie nicht in Anführungszeichen stand

cli-keywords-list-about = Die Abfragen, die Sie beobachten

cli-keywords-test-about = Welche Ihrer { -keywords } auf einen Text passen, wo und warum; endet mit 1, wenn keiner passt. Die erste Zeile ist der Titel, der Rest der Auszug; `-` liest den Text von stdin
cli-keywords-test-text = Der Text: Seine erste Zeile ist der Titel, der Rest der Auszug; - liest von stdin
cli-keywords-test-more = Weitere Wörter des Texts, wenn er nicht in Anführungszeichen steht
cli-keywords-test-link = Der Link der Meldung, für site:-Abfragen
cli-keywords-test-queries = Diese Abfrage testen statt Ihrer { -keywords } (wiederholbar)

cli-feeds-about = Die { -feeds }, die Sie beobachten: hinzufügen, entfernen, auflisten, importieren, exportieren, ansehen, finden

cli-feeds-add-about = Einen { -feed } beobachten; für die Adresse einer Website wird der { -feed } genommen, den sie anbietet
cli-feeds-add-url = Die http- oder https-Adresse des Feeds (oder der Website)
cli-feeds-add-google_news = Stattdessen eine Nachrichtensuche nach diesen Wörtern beobachten, in Ihrer Sprache

cli-feeds-remove-about = Einen { -feed } nicht mehr beobachten
cli-feeds-remove-url = Die Adresse des Feeds, wie `drempel feeds list` sie zeigt

cli-feeds-list-about = Die { -feeds }, die Sie beobachten, und wie es jedem beim letzten Suchlauf ergangen ist
cli-feeds-list-json = Die Liste als JSON auf stdout ausgeben

cli-feeds-import-about = Jeden { -feed } aus einer OPML-Datei beobachten, die ein Feedreader exportiert hat
cli-feeds-import-file = Die OPML-Datei, die Ihr Feedreader exportiert hat

cli-feeds-export-about = Ihre { -feeds } als OPML 2.0 schreiben, für einen Feedreader (ohne FILE auf stdout)
cli-feeds-export-file = Die Datei, in die geschrieben wird; ohne Angabe geht das OPML ins Terminal

cli-feeds-preview-about = Zeigen, was ein { -feed } enthält, ohne ihn zu beobachten
cli-feeds-preview-source = Die Adresse eines Feeds oder eine Feed-Datei auf der Festplatte
cli-feeds-preview-json = Die Meldungen als JSON auf stdout ausgeben

cli-feeds-discover-about = Die { -feeds } auflisten, die eine Website anbietet
cli-feeds-discover-url = Die Adresse der Website

cli-scan-about = Jeden { -feed } abrufen, nach Ihren Suchbegriffen suchen und Ihren { -inbox } füllen
cli-scan-json = Das Ergebnis als JSON auf stdout ausgeben
cli-scan-timeout = Sekunden, die auf die nächste Antwort eines Servers gewartet wird, bevor dieser { -feed } aufgegeben wird
cli-scan-deadline = Sekunden, die der ganze Suchlauf dauern darf; { -feeds }, die bis dahin nicht fertig sind, werden gemeldet
cli-scan-jobs = { -feeds }, die gleichzeitig abgerufen werden (höchstens 2 von einer Website)

cli-inbox-about = Was Ihre Suchläufe gefunden haben und auf eine Entscheidung wartet
cli-inbox-json = Die Meldungen als JSON auf stdout ausgeben
cli-inbox-all = Auch Meldungen zeigen, über die Sie schon entschieden haben

cli-policy-about = Die { -house-rules } Ihrer Organisation für Social Media: Arbeitgeber, Produkte, { -disclosure }, vertrauliche Begriffe

cli-policy-show-about = Die { -house-rules } zeigen, die drempel verwendet
cli-policy-show-json = Maschinenlesbare Ausgabe

cli-policy-init-about = Eine Vorlage für die { -house-rules } zum Bearbeiten schreiben (fragt nichts)
cli-policy-init-force = Vorhandene { -house-rules } ersetzen

cli-policy-set-about = Eine Datei mit { -house-rules } prüfen und verwenden
cli-policy-set-file = Die Datei mit den { -house-rules } (TOML), zum Beispiel eine mit `drempel policy init` angelegte

cli-check-about = Einen Entwurf prüfen, bevor Sie ihn posten: Länge, Ton, { -disclosure }, Vertrauliches und persönliche Daten
cli-check-platform = Die Plattform, auf der Sie posten werden
cli-check-kind = Was der Text ist: Davon hängt seine Höchstlänge ab
cli-check-policy = Mit den { -house-rules } aus dieser Datei prüfen statt mit Ihren gespeicherten
cli-check-json = Maschinenlesbare Ausgabe
cli-check-accept = Einen Hinweis bewusst akzeptieren, mit Begründung (wiederholbar): --accept shouting="ein Zitat"
cli-check-draft = Der Entwurf: eine Textdatei, oder - (oder nichts), um von der Standardeingabe zu lesen

cli-groups-about = { -communities }: Vorschläge, Beitreten, Vorbeischauen

cli-groups-suggest-about = Wo Sie sich umsehen können, passend zu Ihren Zielen und Suchbegriffen
cli-groups-suggest-json = Maschinenlesbare Ausgabe (stabil)

cli-groups-add-about = Eine { -community } festhalten, der Sie beigetreten sind
cli-groups-add-name = Der Name der { -community }, wie sie sich selbst nennt
cli-groups-add-platform = Wo die { -community } zu finden ist
cli-groups-add-url = Die Adresse der { -community }, um sie wiederzufinden

cli-groups-visit-about = Festhalten, dass Sie bei einer { -community } vorbeigeschaut haben
cli-groups-visit-name = Der Name der { -community }, wie Sie sie hinzugefügt haben

cli-groups-list-about = Die { -communities }, denen Sie beigetreten sind
cli-groups-list-json = Maschinenlesbare Ausgabe (stabil)

cli-triage-about = Entscheiden, was neue Treffer verdienen: skip, later, blog, newsletter, respond, share
cli-triage-item = Die Meldung im { -inbox } (ihre ID oder deren erste 4 oder mehr Zeichen)
cli-triage-decision = Was die Meldung verdient
cli-triage-note = Eine einzeilige Notiz für Sie selbst

cli-comment-about = Ihr erster Kommentar: schreiben, prüfen, selbst veröffentlichen, festhalten, wo er steht
cli-comment-item = Die Meldung im { -inbox }, auf die Sie antworten (siehe `drempel inbox`)

cli-comment-record-about = Einen selbst veröffentlichten Kommentar festhalten, mit der Stelle, wo er steht
cli-comment-record-item = Die Meldung im { -inbox }, auf die er antwortet
cli-comment-record-draft = Der Text, den Sie gepostet haben: Er wird geprüft, und ein Entwurf ohne Fehler ist der Nachweis für die Stufe { -rung-critic }
cli-comment-record-accept = Einen Hinweis bewusst stehen lassen, mit Begründung: --accept iban="das Konto unseres Fördervereins"
cli-comment-record-url = Wo Ihr Kommentar steht: seine Adresse
cli-comment-record-platform = Die Plattform, auf der Sie gepostet haben

cli-post-about = Einen eigenen Beitrag, eine Diskussion oder einen Blogbeitrag festhalten

cli-post-record-about = Einen veröffentlichten Beitrag, eine Diskussion oder einen Blogbeitrag festhalten
cli-post-record-url = Wo Ihr Beitrag steht: seine Adresse
cli-post-record-platform = Die Plattform, auf der Sie gepostet haben
cli-post-record-kind = Was Sie geschrieben haben: einen Beitrag (post), eine von Ihnen gestartete Diskussion (discussion) oder einen Blogbeitrag (blog)

cli-reset-about = Den Weg oder einen Schritt neu beginnen (das Journal behält alles)
cli-reset-step = Nur dieser Schritt; ohne Angabe der ganze Weg
cli-reset-yes = Nicht vorher fragen (nötig ohne Terminal)

cli-doctor-about = Was Sie einfügen, wenn Sie um Hilfe bitten: Versionen, Pfade, Zustand des Journals

cli-completions-about = Shell-Vervollständigung: drempel completions bash > …
cli-completions-shell = Die Shell, für die die Vervollständigung geschrieben wird

cli-man-about = Die Handbuchseite, in roff

cli-report-about = Ihr Weg auf einen Blick für ein Einzelgespräch: Markdown, eine HTML-Seite oder JSON
cli-report-out = In diese Datei schreiben (atomar ersetzt) statt ins Terminal
cli-report-format = md zum Lesen, html für eine Seite zum Drucken oder Projizieren, json für Skripte

cli-export-about = Eine Datei für Ihren Coach oder Ihre Schulungsleitung (Sie sehen vorher, was hineinkommt)
cli-export-out = Wohin geschrieben wird: eine Datei, ein Ordner oder `-` für stdout (ohne Angabe: ./drempel-export-NAME-ID.json)
cli-export-include_drafts = Auch Entwürfe, private Notizen, { -keywords } und Feed-Adressen aufnehmen
cli-export-yes = Nicht vorher fragen

cli-coach-about = Die Notizen des Coachs und vereinbarte Vorhaben, gespeichert in Ihrem Journal

cli-coach-note-about = Eine Beobachtung notieren (privat: kommt nicht in Exporte, außer auf ausdrücklichen Wunsch)
cli-coach-note-text = Die Notiz; mehrere Wörter brauchen keine Anführungszeichen

cli-coach-plan-about = Einen nächsten Schritt vereinbaren, wahlweise mit Datum; erscheint in `drempel progress`
cli-coach-plan-due = Bis wann es erledigt sein soll: YYYY-MM-DD, today, tomorrow oder ein Wochentag
cli-coach-plan-text = Das Vorhaben; mehrere Wörter brauchen keine Anführungszeichen

cli-coach-done-about = Ein Vorhaben als erledigt markieren, mit seiner Nummer aus `drempel coach list`
cli-coach-done-number = Die Nummer des Vorhabens in `drempel coach list`

cli-coach-list-about = Die bisherigen Notizen und Vorhaben

cli-cohort-about = Eine Schulungsgruppe auf einen Blick, aus den Exporten, die ihre Teilnehmenden abgegeben haben
cli-cohort-paths = Exportdateien oder Ordner, in denen nach *.json-Exporten gesucht wird
cli-cohort-names = Jede Person mit Namen zeigen (fragen Sie die Gruppe vorher: Eine Ansicht pro Person braucht ihr Einverständnis)
cli-cohort-since = Zählen, wer seit diesem Tag aufgestiegen ist (YYYY-MM-DD; ohne Angabe: der Tag des neuesten Exports)
cli-cohort-out = In diese Datei schreiben (atomar ersetzt) statt ins Terminal
cli-cohort-format = table fürs Terminal, md, html für den Beamer, json für Skripte

cli-report-force = Eine schon vorhandene Datei ohne Rückfrage ersetzen
cli-export-force = Eine schon vorhandene Datei ohne Rückfrage ersetzen
cli-cohort-force = Eine schon vorhandene Datei ohne Rückfrage ersetzen
cli-feeds-export-force = Eine schon vorhandene Datei ohne Rückfrage ersetzen
cli-scan-verbose = Jeden { -feed } mit seinem Ergebnis auflisten, nicht nur die mit einem Problem

cli-welcome-about = Wer Sie sind: Name, Rolle, Organisation und Sprache (die Begrüßung, ohne Fragen)
cli-welcome-name = Ihr Name, mit dem drempel Sie begrüßt
cli-welcome-role = Ihre Rolle oder Funktion
cli-welcome-organisation = Ihre Organisation
cli-welcome-language = Die Sprache, in der drempel ab jetzt mit Ihnen spricht: en, nl, de, fr oder he

cli-feeds-add-practice = Stattdessen die Übungs-Feeds Ihrer Sprache verfolgen: Sie gehören zu drempel, ein Netzwerk ist nicht nötig

cli-plan-about = Ihre eigenen Vorhaben: mit Datum oder als wöchentliche Gewohnheit, auch als Kalenderdatei
cli-plan-add-about = Ein Vorhaben anlegen: mit Datum, als wöchentliche Gewohnheit oder beides
cli-plan-add-text = Das Vorhaben; mehrere Wörter brauchen keine Anführungszeichen
cli-plan-add-due = Bis wann es erledigt sein soll: YYYY-MM-DD, heute, morgen oder ein Wochentag
cli-plan-add-every = Eine wöchentliche Gewohnheit an diesem Tag daraus machen, etwa Freitag
cli-plan-list-about = Ihre Vorhaben und die Ihres Coachs, nach Datum
cli-plan-list-json = Die Vorhaben als JSON auf stdout ausgeben
cli-plan-done-about = Ein Vorhaben als erledigt markieren, mit seiner Nummer in `drempel plan list`
cli-plan-done-number = Die Nummer des Vorhabens in `drempel plan list`
cli-plan-undo-about = Ein versehentlich als erledigt markiertes Vorhaben wieder öffnen
cli-plan-undo-number = Die Nummer des Vorhabens in `drempel plan list`
cli-plan-remove-about = Ein Vorhaben von der Liste nehmen (das Journal behält es)
cli-plan-remove-number = Die Nummer des Vorhabens in `drempel plan list`
cli-plan-calendar-about = Die Daten und wöchentlichen Gewohnheiten Ihrer Vorhaben als Kalenderdatei (.ics) für Outlook, Google Kalender oder Apple Kalender schreiben
cli-plan-calendar-out = Die zu schreibende Datei, etwa vorhaben.ics
cli-plan-calendar-force = Die Datei ersetzen, falls es sie schon gibt, ohne zu fragen

cli-coach-undo-about = Ein versehentlich als erledigt markiertes Vorhaben wieder öffnen
cli-coach-undo-number = Die Nummer des Vorhabens in `drempel coach list`
cli-coach-remove-about = Ein Vorhaben von der Liste nehmen (das Journal behält es)
cli-coach-remove-number = Die Nummer des Vorhabens in `drempel coach list`
