# Vorhaben: die eigenen der Lernenden (drempel plan, der letzte Schritt des Assistenten)
# neben denen des Coachs, die Kalenderdatei, und die Wörter, mit denen man ein Datum tippt.

## Tage und Daten, wie man sie tippt und liest

weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag
date-today = heute
date-tomorrow = morgen

## drempel plan

plan-error-bad-date = „{ $text }“ ist kein Datum, das drempel lesen kann. Schreiben Sie ein Datum als YYYY-MM-DD (zum Beispiel { $example }), oder heute, morgen oder einen Wochentag wie Freitag.
plan-error-no-such-day = Den { $text } gibt es nicht: Dieser Monat hat { $days } Tage. Prüfen Sie den Tag und schreiben Sie ihn erneut als YYYY-MM-DD.
plan-error-bad-weekday = „{ $text }“ ist kein Wochentag. Wählen Sie einen von: { $days }.
plan-error-bad-number = „{ $text }“ ist keine Nummer eines Vorhabens. Die Nummer eines Vorhabens ist die Zahl, die in `drempel plan list` davor steht: 1, 2, 3 …
plan-empty = Das Vorhaben ist leer. Schreiben Sie nach dem Befehl, was Sie tun werden, zum Beispiel: drempel plan add "Eine Diskussion in meiner Gruppe beginnen" --due Freitag
plan-too-long = Das Vorhaben ist { $chars } Zeichen lang; bleiben Sie bei { $max }, einer Zeile, die sagt, was Sie tun werden.
plan-no-such-plan = Es gibt kein Vorhaben mit der Nummer { $number }. { $count ->
        [0] Sie haben noch keine Vorhaben; legen Sie eines an mit: drempel plan add TEXT --due DATUM
        [one] Sie haben ein Vorhaben: Nehmen Sie 1.
       *[other] Nehmen Sie eine Nummer von 1 bis { $count }, wie `drempel plan list` sie zeigt.
    }
plan-overdue = überfällig
plan-made-on = angelegt am { $date }
plan-every = jeden { $day }
plan-saved = Vorhaben gespeichert. Es steht in `drempel plan list` und `drempel progress`, bis Sie es mit `drempel plan done NUMBER` als erledigt markieren.
plan-step-done = Schritt 8, „{ $step }“, ist erledigt: Sie haben ein Vorhaben mit Datum.
plan-calendar-hint = So kommt es in Ihren Kalender: drempel plan calendar --out vorhaben.ics
plan-list-empty = Noch keine Vorhaben. Legen Sie eines an mit: drempel plan add "Eine Diskussion in meiner Gruppe beginnen" --due Freitag
plan-list-yours = Ihre Vorhaben
plan-list-hint = Ein Vorhaben als erledigt markieren: drempel plan done NUMBER (undo NUMBER öffnet es wieder, remove NUMBER nimmt es von der Liste)
plan-not-done = Dieses Vorhaben ist nicht als erledigt markiert, es gibt also nichts rückgängig zu machen: { $text }
plan-reopened = Wieder offen: { $text }
plan-removed = Von der Liste genommen: { $text }
plan-calendar-nothing = Noch gibt es nichts für einen Kalender: Kein offenes Vorhaben hat ein Datum oder einen Wochentag. Legen Sie eines an mit: drempel plan add TEXT --due DATUM, oder --every WOCHENTAG für eine wöchentliche Gewohnheit.
plan-calendar-written = Gespeichert in { $path }: { $count ->
        [one] 1 Termin
       *[other] { $count } Termine
    }. Öffnen Sie die Datei mit Outlook, Google Kalender oder Apple Kalender, um sie einzutragen.
coach-list-learner-plans = Die eigenen Vorhaben der lernenden Person

## Die Kalenderdatei

calendar-name = drempel: meine Vorhaben
calendar-description-yours = Ihr Vorhaben, festgehalten mit drempel.
calendar-description-coach = Ein mit Ihrem Coach vereinbartes Vorhaben, festgehalten mit drempel.
calendar-habit = Zehn Minuten: ansehen, was hereinkam, entscheiden, was es verdient, einmal reagieren.

## drempel welcome und drempel feeds add --practice

welcome-cmd-saved = Schön, Sie kennenzulernen, { $name }. Als Nächstes die Ziele Ihrer Organisation: drempel strategy set --goal ZIEL
welcome-unknown-language = „{ $code }“ ist keine Sprache, die drempel spricht. Wählen Sie eine von: en, nl, de, fr, he.
feeds-cmd-practice-summary = { $count ->
        [0] Sie verfolgen bereits alle Übungs-Feeds Ihrer Sprache.
        [one] 1 Übungs-Feed hinzugefügt. Ein Scan liest ihn ohne Netzwerk: drempel --offline scan
       *[other] { $count } Übungs-Feeds hinzugefügt. Ein Scan liest sie ohne Netzwerk: drempel --offline scan
    }
next-profile-choose = Wählen Sie eine Plattform, auf der Sie arbeiten, und vervollständigen Sie dort Ihr Profil, samt Datenschutz-Check.

## Der letzte Schritt des Assistenten: Ihr nächster Beitrag, eine wöchentliche Gewohnheit, Ihr Gespräch

next-plan-question = Was wird Ihr nächster Beitrag?
next-plan-help = ein Vorhaben mit Datum sorgt dafür, dass es geschieht; wählen Sie eine Ihrer eigenen Ideen, oder schreiben Sie selbst etwas
next-plan-keep = Mein Vorhaben behalten: { $text } ({ $date })
next-plan-discussion = Eine Diskussion in { $name } auf { $platform } beginnen
next-plan-blog = Aus „{ $title }“ einen Blogbeitrag machen
next-plan-learned = Darüber schreiben, was ich gelernt habe: { $note }
next-plan-own = Etwas anderes: Ich schreibe es selbst
next-plan-record-post = Ich habe schon etwas Eigenes veröffentlicht: festhalten
next-plan-not-now = Jetzt nicht
next-plan-text = Ihr Vorhaben, in einer Zeile:
next-plan-due = Bis wann?
next-plan-due-help = ein Datum wie { $example }, oder heute, morgen oder ein Wochentag wie Freitag
next-plan-due-past = Dieser Tag ist schon vorbei. Wählen Sie heute oder einen kommenden Tag.
next-plan-saved = Gespeichert: Ihr Vorhaben für den { $date }.
next-post-platform = Wo haben Sie es veröffentlicht?
next-post-kind = Was haben Sie geschrieben?
next-post-kind-discussion = Eine Diskussion, die ich begonnen habe
next-post-kind-post = Einen Beitrag
next-post-kind-blog = Einen Blogbeitrag
next-post-url = Die Adresse Ihres Beitrags:
next-post-recorded = Festgehalten: Ihr Beitrag auf { $platform }. Ihre eigenen Worte stehen auf einer Seite.
next-habit-intro = Zehn Minuten pro Woche halten Sie in Schwung: ansehen, was hereinkam, entscheiden, was es verdient, einmal reagieren.
next-habit-question = Welcher Wochentag passt Ihnen?
next-habit-keep = Meine Gewohnheit behalten: { $when }
next-habit-none = Vorerst keine wöchentliche Gewohnheit
next-habit-text = Zehn Minuten: ansehen, was hereinkam, entscheiden, einmal reagieren
next-habit-saved = Gespeichert: jeden { $day } zehn Minuten.
next-calendar-question = Soll ich Ihre Vorhaben in eine Datei schreiben, die Ihr Kalender öffnen kann?
next-calendar-help = Outlook, Google Kalender und Apple Kalender lesen sie alle
next-calendar-yes = Ja, Kalenderdatei schreiben
next-calendar-no = Nein, danke
next-calendar-written = Gespeichert in { $path }: { $count ->
        [one] 1 Termin
       *[other] { $count } Termine
    }. Öffnen Sie die Datei, um sie in Ihren Kalender einzutragen.
next-one-on-one-question = Bringen Sie das in Ihr nächstes Gespräch mit Ihrer Führungskraft oder Ihrem Coach mit?
next-one-on-one-help = wer darüber spricht, macht es zu einem Teil der Arbeit und nicht zu etwas Zusätzlichem
next-one-on-one-yes = Ja
next-one-on-one-no = Diesmal nicht
next-one-on-one-plan = Mein Vorhaben in mein nächstes Gespräch mitbringen
next-export-question = Soll ich eine Datei für Ihre Führungskraft oder Ihren Coach schreiben, mit Ihrem Fortschritt und Ihren Vorhaben?
next-export-help = Ihre Entwürfe und Notizen bleiben draußen
next-export-yes = Ja, schreiben
next-export-no = Jetzt nicht
next-path = Wo soll ich sie speichern?
next-path-needed = Geben Sie einen Dateinamen an, oder einen Ordner, in dem sie gespeichert wird.
next-path-exists = { $path } gibt es schon. Wählen Sie einen anderen Namen, damit nichts von Ihnen ersetzt wird.
today-posts = { $count ->
        [one] einen eigenen Beitrag festgehalten
       *[other] { $count } eigene Beiträge festgehalten
    }
