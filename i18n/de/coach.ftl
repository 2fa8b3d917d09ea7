# Coaching und Schulungstage: Notizen und Vorhaben des Coachs, Bericht, Export, Gruppe (cohort).
# „plan“ heißt hier „Vorhaben“; lernende Personen werden ohne Geschlecht genannt („Person“).

## coach

coach-note-saved = Notiz im Journal gespeichert. Sie bleibt privat: Exporte lassen sie weg, außer ein Export schließt ausdrücklich Entwürfe ein.
coach-plan-saved = Vorhaben gespeichert. Es erscheint in `drempel progress`, bis es mit `drempel coach done NUMBER` als erledigt markiert wird.
coach-empty = Der Text ist leer. Schreiben Sie die Notiz oder das Vorhaben hinter den Befehl, zum Beispiel: drempel coach plan "Einen ersten Kommentar schreiben" --due 2026-03-01
coach-error-bad-date = „{ $text }“ ist kein Datum, das drempel lesen kann. Schreiben Sie es als Jahr-Monat-Tag (YYYY-MM-DD), zum Beispiel 2026-03-01.
coach-error-bad-number = „{ $text }“ ist keine Nummer eines Vorhabens. Die Nummer eines Vorhabens ist die Zahl, die in `drempel coach list` davor steht: 1, 2, 3 …
coach-due-in-past = Das Datum { $date } ist schon vorbei. Das Vorhaben ist trotzdem gespeichert.
coach-due = fällig am { $date }
coach-set-on = vereinbart am { $date }
coach-done-on = erledigt am { $date }
coach-no-such-plan = Es gibt kein Vorhaben Nummer { $number }. { $count ->
        [0] Es gibt noch keine Vorhaben; fügen Sie eines hinzu mit: drempel coach plan TEXT
        [one] Es gibt ein Vorhaben: Verwenden Sie 1.
       *[other] Verwenden Sie eine Nummer von 1 bis { $count }, so wie `drempel coach list` sie zeigt.
    }
coach-plan-closed = ✓ Erledigt: { $text }
coach-plan-already-done = Dieses Vorhaben war schon als erledigt markiert: { $text }
coach-list-empty = Noch keine Notizen oder Vorhaben vom Coach. Fügen Sie etwas hinzu mit: drempel coach note TEXT oder drempel coach plan TEXT --due YYYY-MM-DD
coach-list-hint = Ein Vorhaben als erledigt markieren: drempel coach done NUMBER (undo NUMBER öffnet es wieder, remove NUMBER nimmt es von der Liste)
progress-from-coach = Von Ihrem Coach

## report

report-title = Der Weg von { $name }
report-rung = Stufe jetzt:
report-contributor = Ziel erreicht: { -rung-critic } oder höher
report-next = Als Nächstes:
report-period = Begonnen am { $started }, zuletzt aktiv am { $last }.
report-period-none = Noch nichts im Journal.
report-ladder = Die { -ladder }
report-timeline = Im Lauf der Zeit
report-no-movement = Die Stufe hat sich noch nicht verändert.
report-steps = Schritte
report-strategy = { -step-strategy }
report-checklists = Profil-Checklisten
report-not-applicable = Trifft nicht zu, mit der Begründung der Person:
report-not-applicable-item = { $platform }, { $label }: { $reason }
report-monitoring = { -step-monitoring }
report-monitoring-counts = { $keywords ->
        [one] 1 { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] 1 { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] 1 Suchlauf
       *[other] { $scans } Suchläufe
    }.
report-keyword = { -keyword }
report-feed = { -feed }
report-triage = { -step-reading }
report-triage-counts = { $total ->
        [one] Über 1 Meldung entschieden
       *[other] Über { $total } Meldungen entschieden
    }, davon { $kept } für etwas behalten.
report-communities = { -step-communities }
report-comments = Kommentare
report-posts = Beiträge, Diskussionen und Blogbeiträge
report-coach = Notizen und Vorhaben vom Coach
report-plans = Vorhaben
report-notes = Notizen
report-none = Noch keine.
report-yes = ja
report-no = nein
report-col-rung = Stufe
report-col-reached = Zuerst erreicht
report-col-now = Gilt jetzt
report-col-step = Schritt
report-col-done = Erledigt
report-col-first-done = Zuerst erledigt
report-col-done-now = Jetzt erledigt
report-col-platform = Plattform
report-col-decision = Entscheidung
report-col-count = Meldungen
report-generated = Erstellt von drempel am { $at }.
report-written = Gespeichert in { $path }.
report-decision-skip = { -decision-skip }
report-decision-later = { -decision-later }
report-decision-blog = { -decision-blog }
report-decision-newsletter = { -decision-newsletter }
report-decision-respond = { -decision-respond }
report-decision-share = { -decision-share }

## Bilder

svg-ladder-title = Die { -ladder }: Ihre Stufe ist { $rung }
svg-timeline-title = Die Stufe im Lauf der Zeit
svg-not-yet = noch nicht
svg-you-are-here = jetzt

## export

export-summary-title = Dieser Export enthält:
export-no-name = keiner (bei der Begrüßung haben Sie keinen angegeben)
export-summary-name = Ihr Name: { $name }
export-summary-rung = Ihre Stufe ({ $rung }) und wann Sie welche Stufe erreicht haben ({ $reached ->
        [one] 1 Stufe
       *[other] { $reached } Stufen
    })
export-summary-steps = welche Schritte Sie abgeschlossen haben ({ $done } von { $total }) und wann
export-summary-counts = Zahlen: { $items ->
        [one] 1 erledigter Profilpunkt
       *[other] { $items } erledigte Profilpunkte
    }, { $keywords ->
        [one] 1 { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] 1 { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] 1 Suchlauf
       *[other] { $scans } Suchläufe
    }, { $triaged ->
        [one] 1 gelesene Meldung
       *[other] { $triaged } gelesene Meldungen
    }
export-summary-public = was Sie öffentlich gemacht haben: { $communities ->
        [one] 1 { -community }
       *[other] { $communities } { -communities }
    }, { $comments ->
        [one] 1 Kommentar-Adresse
       *[other] { $comments } Kommentar-Adressen
    }, { $posts ->
        [one] 1 Beitrags-Adresse
       *[other] { $posts } Beitrags-Adressen
    }
export-summary-plans = { $plans ->
        [one] das eine Vorhaben, das Sie mit Ihrem Coach vereinbart haben
       *[other] die { $plans } Vorhaben, die Sie mit Ihrem Coach vereinbart haben
    }
export-summary-private = weil Sie es so wollten: { $drafts ->
        [one] 1 Entwurf
       *[other] { $drafts } Entwürfe
    }, { $notes ->
        [one] 1 Notiz
       *[other] { $notes } Notizen
    }, Ihre { -keywords } und Feed-Adressen
export-summary-left-out = Nicht enthalten: Entwürfe, Ihre Notizen, die Notizen des Coachs, Ihre { -keywords } und Feed-Adressen. Mit --include-drafts nehmen Sie sie auf.
export-question = In { $path } speichern?
export-cancelled = Es wurde nichts gespeichert.
export-written = Gespeichert in { $path }. Geben Sie diese Datei Ihrem Coach oder Ihrer Schulungsleitung.

## cohort

cohort-title = Die Gruppe auf einen Blick
cohort-headline = { $learners ->
        [one] 1 Person
       *[other] { $learners } Personen
    }, davon { $contributors } auf der Stufe { -rung-critic } oder höher.
cohort-rungs = Wo alle auf der { -ladder } stehen
cohort-funnel = Abgeschlossene Schritte
cohort-stuck = Wo es hakt (das Erste, was fehlt)
cohort-moved-up = Aufgestiegen seit { $since }: { $up } von { $learners } ({ $stayed } gleich geblieben, { $down } abgestiegen).
cohort-by-day = Erreichte Stufen pro Tag
cohort-people = Pro Person
cohort-col-learners = Personen
cohort-col-missing = Fehlt
cohort-col-move = Von → nach
cohort-col-date = Datum
cohort-col-name = Name
cohort-col-steps = Schritte
cohort-col-before = Vor { $since }
cohort-moved-from = ↑ von { $rung }
cohort-dropped-from = ↓ von { $rung }
cohort-skipped = { $count ->
        [one] 1 Datei übersprungen
       *[other] { $count } Dateien übersprungen
    }
cohort-skipped-one = { $path } übersprungen: { $reason }
cohort-skip-missing = diese Datei oder diesen Ordner gibt es nicht
cohort-skip-unreadable = sie ließ sich nicht lesen ({ $reason })
cohort-skip-too-large = sie ist { $megabytes } MB groß, viel zu groß für einen Export
cohort-skip-not-json = sie ist kein gültiges JSON ({ $reason }); vielleicht ist die Datei abgeschnitten, bitten Sie also noch einmal um den Export
cohort-skip-foreign = sie ist kein Export von drempel
cohort-skip-foreign-format = sie ist kein Export von drempel (ihr Format ist „{ $format }“)
cohort-skip-newer = sie wurde von einem neueren drempel geschrieben (Exportversion { $version }; dieses drempel liest bis Version { $supported }). Aktualisieren Sie drempel, um sie einzubeziehen.
cohort-skip-damaged = sie ist ein Export von drempel, aber beschädigt: { $reason }
cohort-skip-duplicate = ein älterer Export derselben Person wie { $newer }
cohort-no-version = die Exportversion fehlt
cohort-nothing-found = Keine Exporte in { $paths } gefunden. Geben Sie drempel die Exportdateien an oder den Ordner, in dem Sie sie gesammelt haben.
cohort-none-readable = Keine der Dateien ließ sich als Export lesen; siehe die Liste oben.
cohort-evidence-welcome = die Begrüßung
cohort-evidence-strategy = die Strategie
cohort-evidence-profile-complete = ein vollständiges Profil samt { -privacy-review }
cohort-evidence-community = Beitritt zu einer { -community }
cohort-evidence-keywords = genug { -keywords }
cohort-evidence-feed = ein { -feed } zum Beobachten
cohort-evidence-scan = ein erster Suchlauf
cohort-evidence-triaged = genug Meldungen gelesen und entschieden
cohort-evidence-kept = eine für etwas behaltene Meldung
cohort-evidence-checked-comment = ein geprüfter Kommentar, veröffentlicht und festgehalten
cohort-evidence-own-post = ein eigener Beitrag

## Exporte mit Zahlen, die nicht stimmen können (Issue 13)

cohort-skip-invalid = sie ist ein Export von drempel, aber ihre Zahlen können nicht stimmen: { $reason }. Sie wird nicht mitgezählt, damit sie die Zahlen der Gruppe nicht verfälscht; bitten Sie noch einmal um den Export
cohort-invalid-future = { $field } ist { $at } und liegt damit in der Zukunft (geht die Uhr des Computers richtig, von dem sie stammt?)
cohort-invalid-after-export = { $field } ist { $at }, also nach dem Erstellen des Exports selbst ({ $generated })
cohort-invalid-before-start = { $field } ist { $at }, also vor dem Beginn des Weges ({ $start })
cohort-invalid-too-many-steps = sie nennt { $count } Schritte, und der Weg hat { $max }
cohort-invalid-repeated-step = sie nennt den Schritt „{ $step }“ zweimal
cohort-invalid-too-many-rungs = ihre Zeitleiste nennt { $count } Stufen, und die Leiter hat { $max }
cohort-invalid-repeated-rung = ihre Zeitleiste nennt die Stufe { $rung } zweimal
cohort-invalid-never-reached = die Stufe { $rung } gilt, wurde aber nie erreicht
cohort-invalid-steps-done = sie gibt { $claimed } erledigte Schritte an, und ihre Liste der Schritte zeigt { $listed }
cohort-invalid-done-over-total = für { $platform } zählt sie { $done } erledigte Profilpunkte von { $total }
cohort-invalid-count = { $field } ist { $value }, mehr als irgendjemand erreichen kann
cohort-invalid-evidence = den fehlenden Nachweis „{ $evidence }“ kennt drempel nicht
cohort-invalid-name = der Name der Person ist { $count } Zeichen lang
