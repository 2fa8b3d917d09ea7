# Nach dem ersten Tag: die Übungsrunde, eine erreichte Stufe, was heute und in dieser
# Woche geschafft wurde, und Tage, wie man sie sagt.

## Eine neue Stufe: die Meldung sagt dazu, was die Stufe über Sie sagt

rung-meaning-spectator = Sie wissen, was Ihre Organisation online erreichen will, und bei wem.
rung-meaning-joiner = Ihr Profil ist vollständig und sicher, und Sie gehören zu einer { -community }.
rung-meaning-collector = Sie beobachten Ihre { -keywords } und entscheiden, was jede Meldung verdient.
rung-meaning-critic = Ihre eigenen Worte stehen auf einer Website: Sie machen mit. Genau darum ging es.
rung-meaning-creator = Sie haben selbst etwas begonnen: Jetzt reagieren andere auf Sie.

## Was Sie geschafft haben, heute und in den letzten sieben Tagen

recap-week = In den letzten sieben Tagen
recap-scans = { $count ->
        [one] Ihre { -feeds } einmal durchsucht
       *[other] Ihre { -feeds } { $count }-mal durchsucht
    }
recap-comments = { $count ->
        [one] einen Kommentar veröffentlicht und festgehalten, wo er steht
       *[other] { $count } Kommentare veröffentlicht und festgehalten, wo sie stehen
    }
recap-comments-more = { $count ->
        [one] einen weiteren Kommentar veröffentlicht
       *[other] { $count } weitere Kommentare veröffentlicht
    }
recap-visits = { $count ->
        [one] in einer { -community } vorbeigeschaut
       *[other] { $count }-mal in Ihren { -communities } vorbeigeschaut
    }
recap-plans-made = { $count ->
        [one] einen Plan gemacht
       *[other] { $count } Pläne gemacht
    }
recap-plans-done = { $count ->
        [one] einen Plan als erledigt abgehakt
       *[other] { $count } Pläne als erledigt abgehakt
    }

## Daten in Worten: „12. Dezember“, „20. Januar 2027“

date-month = { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
date-day-month = { $day }. { $month }
date-day-month-year = { $day }. { $month } { $year }

## Die Übungsrunde

practice-part-scan = sehen, was neu ist
practice-part-decide = entscheiden, was es verdient
practice-part-respond = einmal reagieren
practice-part-plan = Ihr Plan
practice-welcome-named = Willkommen zurück, { $name }.
practice-welcome = Willkommen zurück.
practice-since = { $when ->
        [today] Seit vorhin
        [yesterday] Seit gestern
        [weekday] Seit { $day }
       *[date] Seit dem { $day }
    }: { $count ->
        [0] noch nichts Neues
        [one] eine neue Meldung
       *[other] { $count } neue Meldungen
    }.
practice-since-first = { $count ->
        [0] Noch nichts Neues.
        [one] Eine neue Meldung.
       *[other] { $count } neue Meldungen.
    }
practice-plan-none = Sie haben noch keinen Plan mit Datum: Den machen wir am Ende.
practice-plan-due = Ihr Plan: { $plan }, fällig { $when ->
        [today] heute
        [tomorrow] morgen
        [yesterday] gestern
        [weekday] am { $day }
       *[date] am { $day }
    }.
practice-plan-overdue = Ihr Plan: { $plan }. Er war { $when ->
        [today] heute
        [yesterday] gestern
        [weekday] am { $day }
       *[date] am { $day }
    } fällig: Es ist noch nicht zu spät.
practice-plan-every = Ihr Plan: { $plan }, jeden { $day }.
practice-plan = Ihr Plan: { $plan }.
practice-intro = Zehn Minuten: sehen, was neu ist, entscheiden, einmal reagieren und auf Ihren Plan schauen. Überspringen Sie, was Sie möchten; Esc ist eine Pause.
practice-resume = Wir waren stehen geblieben bei: { $part }. Dort machen wir weiter.
practice-orientation = Übung · { $number } von { $total }: { $part } · Ihre Stufe: { $rung }
practice-skip = Diesmal nicht
practice-leave = Für heute genug
practice-scan-question = Nachsehen, was seitdem neu ist?
practice-scan-go = Ja, jetzt nachsehen
practice-scan-found = { $count ->
        [0] Diesmal ist nichts Neues dazugekommen. Das kommt vor: Was noch wartet, ist noch da.
        [one] Eine neue Meldung ist dazugekommen.
       *[other] { $count } neue Meldungen sind dazugekommen.
    }
practice-nothing-waiting = Nichts wartet auf eine Entscheidung. Gut aufgeräumt!
practice-decide-question = { $count ->
        [one] Eine Meldung wartet
       *[other] { $count } Meldungen warten
    } auf Ihre Entscheidung. Gehen wir sie durch? Sie können nach jeder aufhören.
practice-decide-go = Ja, eine nach der anderen
practice-respond-question = Heute einmal reagieren? Ein kurzer Kommentar unter etwas, das Sie gelesen haben, oder in Ihrer { -community } genügt.
practice-respond-go = Ja, einen Kommentar schreiben
practice-plan-question = { $plan } Möchten Sie etwas ändern?
practice-plan-question-none = Sie haben noch keinen Plan mit Datum. Jetzt einen machen? Eine kleine Sache, an einem Tag Ihrer Wahl.
practice-plan-go = Ja, den Plan anpassen
practice-plan-how = Was hat sich geändert?
practice-plan-done = Es ist erledigt: abhaken
practice-plan-new-date = Er braucht ein neues Datum
practice-plan-new = Einen neuen Plan machen
practice-plan-marked-done = Abgehakt: { $plan }. Gut gemacht: Genau dafür ist die Gewohnheit da.
practice-plan-next-question = Was kommt als Nächstes? Ein neuer Plan hält Sie in Schwung.
practice-plan-later = Später
practice-plan-text-help = eine kleine, konkrete Sache: eine Diskussion beginnen, einen kurzen Beitrag schreiben, eine Frage stellen
practice-plan-saved = Gespeichert. { $plan }
practice-next = Als Nächstes: { $action }
practice-bye = Bis zum nächsten Mal: Starten Sie drempel wieder, wenn Sie zehn Minuten haben.
