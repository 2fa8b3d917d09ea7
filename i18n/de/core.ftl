# Der Meldungskatalog von drempel (Deutsch). Die Schlüssel bleiben fest; der Wortlaut darf sich ändern.
# Platzhalter: { $name }. Zur Syntax siehe https://projectfluent.org/.
# Die Wörter der Methode stehen in glossary.ftl und werden hier als { -begriff } eingesetzt.

## Beschriftungen

label-error = Fehler:
label-warning = Warnung:

## Fehler: was nicht stimmte, wo, und was zu tun ist

error-unknown-item = „{ $item }“ steht nicht auf der Checkliste für { $platform }. Gültige Punkte: { $valid }.
error-no-home = drempel hat auf diesem System keinen Datenordner gefunden. Geben Sie --home DIR an oder setzen Sie DREMPEL_HOME.
error-io = { $path } konnte nicht { $action ->
        [read] gelesen
        [write] geschrieben
        [create] angelegt
        [open] geöffnet
        [lock] gesperrt
       *[other] verwendet
    } werden: { $reason }. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen, oder wählen Sie mit --home DIR einen anderen.
io-not-found = nicht vorhanden
io-permission-denied = keine Berechtigung
io-already-exists = schon vorhanden
io-disk-full = der Datenträger ist voll
io-is-a-directory = das ist ein Ordner, keine Datei
io-not-a-directory = ein Teil des Pfads ist eine Datei, kein Ordner
io-read-only = der Datenträger ist schreibgeschützt
io-not-text = kein UTF-8-Text
error-journal-corrupt = Das Journal { $path } ist in Zeile { $line } beschädigt ({ $reason }). Es wurde nichts verändert. Bewahren Sie die Datei auf und bitten Sie Ihre Schulungsleitung oder Ihren Coach, sich diese Zeile anzusehen; `drempel doctor` zeigt mehr.
error-journal-locked = Ein anderes drempel arbeitet gerade mit diesem Journal ({ $path }). Beenden oder schließen Sie das andere Fenster und versuchen Sie es dann noch einmal.
error-lessons = Die Lektionen haben { $count ->
        [one] ein Problem
       *[other] { $count } Probleme
    }:
    { $problems }
error-needs-terminal = `{ $command }` stellt zuerst eine Frage und braucht dafür ein Terminal. Um ohne Rückfrage weiterzumachen, führen Sie `{ $alternative }` aus.
error-interrupted = Angehalten. Alles, was Sie bisher beantwortet haben, ist gespeichert; starten Sie drempel noch einmal, um weiterzumachen.
error-output = Die Ausgabe konnte nicht geschrieben werden: { $reason }
error-bad-learner = verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, nicht mit einem Punkt am Anfang
error-bad-lang = drempel spricht „{ $lang }“ noch nicht. Wählen Sie eine dieser Sprachen: { $valid }
journal-bad-data = ein Ereignis „{ $kind }“ mit Daten in falscher Form: { $reason }
warning-torn-line = Die letzte Zeile von { $path } (Zeile { $line }) ist unvollständig, wahrscheinlich wurde ein Schreibvorgang unterbrochen. Sie wird übersprungen und bleibt unverändert in der Datei.

## Ziele

goal-recruitment = Personalgewinnung
goal-employer-branding = Arbeitgebermarke
goal-marketing-sales = Marketing und Vertrieb
goal-customer-care = Kundenservice
goal-thought-leadership = Fachliche Sichtbarkeit
goal-knowledge-sharing = Wissensaustausch


## Was jede Stufe verlangt

need-welcome = Sie haben sich vorgestellt
need-strategy = Sie haben mindestens ein Ziel Ihrer Organisation gewählt
need-profile = die Profil-Checkliste einer Plattform ist vollständig, Privatsphäre-Punkte eingeschlossen
need-profile-progress = die Profil-Checkliste einer Plattform ist vollständig, Privatsphäre-Punkte eingeschlossen ({ $platform }: { $done } von { $total })
need-community = mindestens einer { -community } beigetreten (bisher { $have })
need-keywords = mindestens { $need ->
        [one] ein { -keyword }
       *[other] { $need } { -keywords }
    } (bisher { $have })
need-feed = mindestens ein { -feed } zum Beobachten (bisher { $have })
need-scan = mindestens ein Suchlauf durch Ihre { -feeds } (bisher { $have })
need-triaged = mindestens { $need ->
        [one] eine Meldung
       *[other] { $need } Meldungen
    } gelesen und darüber entschieden (bisher { $have })
need-kept = mindestens eine Meldung behalten: für später, für einen Blogbeitrag, den Newsletter, eine Antwort oder zum Teilen (bisher { $have })
need-comment = ein Kommentar, veröffentlicht und mit seiner Adresse festgehalten, sein Entwurf ohne Fehler geprüft (bisher { $have })
need-post = ein eigener Beitrag, eine Diskussion oder ein Blogbeitrag, mit Adresse festgehalten (bisher { $have })

## Der nächste Schritt

next-welcome = Beginnen Sie mit einer kurzen Begrüßung: ein paar Fragen zu Ihnen und Ihrer Arbeit. Das dauert zwei Minuten.
next-strategy = Wählen Sie die Ziele Ihrer Organisation. Alles Weitere baut darauf auf.
next-profile-item = Arbeiten Sie an Ihrem Profil auf { $platform }. Noch offen: { $label }.
next-community = Treten Sie einer { -community } bei, die zu Ihren Zielen passt: einer Gruppe, einem Hashtag oder einem Forum.
next-keywords = Legen Sie { -keywords } fest, die Sie beobachten möchten: Sie haben { $have }, mit { $need } haben Sie einen guten Anfang.
next-feed = Fügen Sie einen { -feed } zum Beobachten hinzu, etwa einen Google Alert, der als RSS geliefert wird.
next-scan = Durchsuchen Sie Ihre { -feeds } und sehen Sie, was Ihre { -keywords } finden.
next-triage = Lesen Sie, was hereingekommen ist, und entscheiden Sie, was jede Meldung verdient.
next-comment = Schreiben Sie Ihren ersten Kommentar, prüfen Sie ihn, veröffentlichen Sie ihn selbst und halten Sie fest, wo er steht.
next-post = Sie haben die Stufe { -rung-critic } erreicht: Ihre eigenen Worte stehen auf einer Seite. Starten Sie jetzt eine Diskussion oder schreiben Sie einen eigenen Beitrag, und halten Sie fest, wo er steht.
next-creator = Sie haben die Stufe { -rung-creator } erreicht. Bleiben Sie dran: jede Woche ein wenig lesen und einmal reagieren.

## progress

progress-headline = Ihre Stufe: { $rung }
progress-headline-named = { $name }, Ihre Stufe: { $rung }
progress-aim = Das Ziel des Wegs ist die Stufe { -rung-critic }: Ihre eigenen Worte stehen auf einer Seite.
progress-ladder = Die { -ladder }
progress-steps = Ihre Schritte
progress-skipped = (vorerst übersprungen)
progress-next = Als Nächstes:
progress-not-applicable = Trifft auf Sie nicht zu
progress-not-applicable-item = { $platform } · { $label }: { $reason }
orientation = Schritt { $number } von { $total } · { $step } · Ihre Stufe: { $rung }

## strategy

strategy-none = Noch keine Strategie. Legen Sie die Ziele Ihrer Organisation fest, zum Beispiel: drempel strategy set --goal recruitment --audience "Pflegekräfte in der Region"
strategy-saved = Strategie gespeichert.
strategy-goals = Ziele:
strategy-audience = Zielgruppe:
strategy-why = Warum es Ihnen wichtig ist:

## profile

profile-needs-platform = Sagen Sie, um welche Plattform es geht, zum Beispiel: drempel profile linkedin done { $item }
profile-item-done = ✓ { $platform }: { $item } erledigt ({ $done } von { $total }).
profile-item-undone = { $platform }: { $item } ist wieder offen.
profile-nothing-to-undo = { $platform }: { $item } war nicht abgehakt, es gibt also nichts rückgängig zu machen.
profile-complete = Ihre Checkliste für { $platform } ist vollständig, einschließlich der { -privacy-review }. Gut gemacht!
profile-next-item = Als Nächstes: { $command }
profile-overview-hint = Die Checkliste einer Plattform ansehen: drempel profile linkedin
profile-status-later = (später)
profile-status-declined = (nichts für mich)
profile-privacy-tag = { " " }[Privatsphäre]
profile-status-not-applicable = { " " }(trifft nicht zu: { $reason })
profile-item-not-applicable = ✓ { $platform }: { $item } trifft auf Sie nicht zu ({ $done } von { $total }). Ihre Begründung: { $reason }
profile-reason-example = Zum Beispiel: { $command }
profile-reason-example-text = Ich betreue keine Seite

## Ein Punkt der Checkliste, der nicht zutrifft: die Begründung

checklist-reason-empty = Sagen Sie in einer kurzen Zeile, warum dieser Punkt auf Sie nicht zutrifft.
checklist-reason-too-long = Ihre Begründung hat { $used } Zeichen; höchstens { $limit } sind möglich. Bitte lassen Sie { $over ->
        [one] ein Zeichen
       *[other] { $over } Zeichen
    } weg.

## reset

reset-what-all = Ihr ganzer Weg
reset-what-step = Schritt „{ $step }“
reset-question = { $what }: noch einmal von vorn beginnen?
reset-help = Es wird nichts gelöscht: Ihr Journal behält alles, und der Schritt beginnt von vorn.
reset-kept = Nichts geändert.
reset-done = Erledigt: { $what } beginnt von vorn. Ihr Journal enthält weiterhin alles, was vorher war.

## lessons

lessons-origin-embedded = Eingebaute Lektionen
lessons-unknown-id = Es gibt keine Lektion „{ $id }“. Lektionen: { $valid }.
lessons-check-ok = { $origin }: { $count ->
        [one] 1 Lektion
       *[other] { $count } Lektionen
    }, Sprachen { $languages }. Keine Probleme.
lesson-story = Eine Geschichte
lesson-checklist = Checkliste
lesson-takeaways = Das Wichtigste in Kürze
lessons-not-utf8 = die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8
lessons-no-front-matter = eine Lektion beginnt mit einer Zeile +++, dann folgt TOML-Front-Matter, dann eine schließende Zeile +++
lessons-bad-front-matter = Front Matter: { $reason }
lessons-bad-id = „{ $id }“ ist keine gültige ID: verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (kebab-case)
lessons-duplicate-id = die Lektions-ID „{ $id }“ wird auch in { $other } verwendet
lessons-duplicate-step = der Schritt „{ $step }“ hat schon eine Lektion in { $other }
lessons-empty-field = das Feld { $field } ist leer
lessons-empty-body = nach dem Front Matter folgt kein Text
lessons-checklist-outside-profiles = Checklisten-Punkte gehören in die Lektion zu den Profilen
lessons-item-empty = der Checklisten-Punkt „{ $id }“ braucht eine Beschriftung und einen Hilfetext
lessons-privacy-draft = der Privatsphäre-Punkt „{ $id }“ kann keinen Entwurf haben
lessons-duplicate-item = der Checklisten-Punkt „{ $id }“ für { $platform } ist auch in { $other } festgelegt
lessons-missing-step = keine Lektion für den Schritt „{ $step }“
lessons-missing-item = die Checkliste für { $platform } braucht einen Punkt „{ $id }“
lessons-no-base-language = es muss einen Ordner „{ $lang }“ mit den englischen Lektionen geben
lessons-language-missing-id = die Lektion „{ $id }“ gibt es auf Englisch, aber nicht in „{ $lang }“
lessons-language-extra-id = die Lektion „{ $id }“ gibt es in „{ $lang }“, aber nicht auf Englisch
lessons-language-item-differs = der Checklisten-Punkt „{ $id }“ für { $platform } steht nur in einer der beiden Sprachen („{ $lang }“ und Englisch müssen übereinstimmen)

## doctor

doctor-home = Datenordner
doctor-learner = Lernprofil
doctor-journal = Journal
doctor-lessons = Lektionen
doctor-terminal = Terminal
doctor-system = System
doctor-exists = vorhanden
doctor-not-a-folder = kein Ordner!
doctor-not-yet = noch nicht angelegt; das geschieht bei der ersten Antwort
doctor-journal-ok = { $events ->
        [one] 1 Ereignis
       *[other] { $events } Ereignisse
    }, davon { $ignored } von einem neueren drempel oder unbekannter Art (behalten), { $torn ->
        [one] 1 unvollständige Zeile
       *[other] { $torn } unvollständige Zeilen
    } (behalten, übersprungen)
doctor-journal-locked = ein anderes drempel schreibt gerade hinein
doctor-lessons-ok = { $origin }, Sprache { $lang }, { $count ->
        [one] 1 Lektion
       *[other] { $count } Lektionen
    }
doctor-terminal-line = stdin ist ein Terminal: { $stdin }, stdout ist ein Terminal: { $stdout }, Farbe { $colour }, { $width } Spalten, TERM={ $term }, NO_COLOR={ $no_color }, LANG={ $lang }
doctor-yes = ja
doctor-no = nein
doctor-bidi = rechts nach links
doctor-bidi-reorders = { $terminal } zeigt Text von rechts nach links (Hebräisch) in Leserichtung
doctor-bidi-aligned = { $terminal } zeigt Text von rechts nach links (Hebräisch) in Leserichtung; solange drempel Hebräisch spricht, beginnen hebräische Zeilen rechts
doctor-bidi-setting = { $terminal } zeigt Text von rechts nach links (Hebräisch) nur dann in Leserichtung, wenn diese Einstellung aktiv ist: { $setting }
doctor-bidi-partly = { $terminal } zeigt hebräische Wörter in Leserichtung, Klammern, Zahlen und Spalten aber nicht immer
doctor-bidi-no = { $terminal } ordnet Text von rechts nach links (Hebräisch) nicht um: jedes Wort erscheint rückwärts
doctor-bidi-old = { $terminal } ist älter als das erste VTE, das Text von rechts nach links umordnet (0.58): Hebräisch erscheint rückwärts
doctor-bidi-unknown = unbekannt, ob dieses Terminal Text von rechts nach links (Hebräisch) in Leserichtung zeigt
doctor-bidi-advice = Für Hebräisch nehmen Sie ein Terminal, das hebräischen Text in Leserichtung zeigt: GNOME Terminal oder ein anderes VTE-Terminal (ab 0.58) oder mlterm. Oder lesen Sie Ihren Fortschritt als Webseite: `drempel report --format html --out bericht.html`.
lessons-fallback = { $origin }: keine lesbare Lektion auf { $language } für { $count ->
        [one] diesen Schritt: { $steps }. Die englische Lektion erscheint an ihrer Stelle
       *[other] diese Schritte: { $steps }. Die englischen Lektionen erscheinen an ihrer Stelle
    }.{ $problems }
lessons-fallback-builtin = { $origin }: keine lesbare englische Lektion für { $count ->
        [one] diesen Schritt: { $steps }. Stattdessen erscheint die eingebaute Lektion
       *[other] diese Schritte: { $steps }. Stattdessen erscheinen die eingebauten Lektionen
    }.{ $problems }
lessons-unknown-term = „{ $term }“ ist kein Wort aus dem Glossar (i18n/{ $lang }/glossary.ftl); Begriffe werden so geschrieben: {"{"} -rung-critic {"}"}
lessons-catalog-missing = { $count ->
        [one] 1 Text fehlt
       *[other] { $count } Texte fehlen
    } in „{ $lang }“ und { $count ->
        [one] würde
       *[other] würden
    } auf Englisch erscheinen: { $keys }

## Files named on the command line: read with a cap, written only as ordinary files

file-not-a-file = das ist { $kind ->
        [symlink] ein symbolischer Link
        [pipe] eine Pipe (FIFO)
        [device] ein Gerät
        [socket] ein Socket
        [folder] ein Ordner
       *[other] etwas Besonderes
    }, keine gewöhnliche Datei
file-too-large = größer als { $limit }
file-size = { $unit ->
        [mb] { $n } MB
       *[kb] { $n } KB
    }
error-out-not-a-file = drempel schreibt nicht in { $path }: { $reason }. drempel legt nur gewöhnliche Dateien an oder ersetzt sie; geben Sie eine Datei an.
error-out-exists = { $path } ist schon vorhanden. Fügen Sie --force hinzu, um die Datei zu ersetzen, oder wählen Sie einen anderen Namen.
error-out-write = { $path } konnte nicht geschrieben werden: { $reason }. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen, oder wählen Sie eine andere Datei.
error-disk-full = Der Datenträger ist voll: { $path } konnte nicht geschrieben werden. Schaffen Sie dort Platz und versuchen Sie es dann noch einmal.
out-replace-question = { $path } ist schon vorhanden. Ersetzen?
out-kept = Es wurde nichts gespeichert; { $path } bleibt unverändert.

## Sicherheit des Journals (Issue 13)

warning-torn-line-inside = Zeile { $line } von { $path } ist unvollständig, wahrscheinlich wurde ein Schreibvorgang unterbrochen. Sie wird übersprungen und bleibt unverändert in der Datei.
warning-journal-tightened = Andere Personen an diesem Computer konnten { $path } lesen (Rechte { $mode }). drempel hat es privat gemacht ({ $made }): Darin stehen Ihre Notizen und Entwürfe.
warning-journal-too-open = Andere Personen an diesem Computer können { $path } lesen (Rechte { $mode }), und drempel konnte das nicht ändern. Darin stehen Ihre Notizen und Entwürfe: Bitten Sie die Person, die diesen Computer betreut, es privat zu machen.
error-journal-symlink = Das Journal { $path } ist ein symbolischer Link. drempel schreibt nicht über einen Link, daher wurde nichts verändert. Legen Sie die Journaldatei selbst an diese Stelle (verschieben Sie die Datei, auf die der Link zeigt, dorthin) und versuchen Sie es dann noch einmal.
error-journal-not-a-file = Dort, wo das Journal liegen sollte ({ $path }), steht etwas anderes als eine gewöhnliche Datei. Es wurde nichts verändert. Verschieben Sie es an einen anderen Ort und versuchen Sie es dann noch einmal.
confirm-yes = Ja
confirm-no = Nein
confirm-hint-yes = (J/n)
confirm-hint-no = (j/N)
confirm-yes-words = j, ja
confirm-no-words = n, nein
confirm-invalid = Bitte antworten Sie mit Ja oder Nein.
