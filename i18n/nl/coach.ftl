# Coaching en trainingen: notities en plannen van de coach, rapport, export, groepsoverzicht.

## coach

coach-note-saved = Notitie bewaard in het logboek. Ze blijft privé: een export laat ze weg, tenzij de cursist ook de concepten meegeeft.
coach-plan-saved = Plan bewaard. Het staat in `drempel progress` tot het als gedaan is afgevinkt met `drempel coach done NUMBER`.
coach-empty = De tekst is leeg. Schrijf de notitie of het plan achter het commando, bijvoorbeeld: drempel coach plan "Een eerste reactie schrijven" --due 2026-03-01
coach-error-bad-date = "{ $text }" is geen datum die drempel kan lezen. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.
coach-error-bad-number = "{ $text }" is geen nummer van een plan. Het nummer van een plan is het getal dat ervoor staat in `drempel coach list`: 1, 2, 3…
coach-due-in-past = De streefdatum { $date } is al voorbij. Het plan is toch bewaard.
coach-due = tegen { $date }
coach-set-on = afgesproken op { $date }
coach-done-on = gedaan op { $date }
coach-no-such-plan = Er is geen plan met nummer { $number }. { $count ->
        [0] Er zijn nog geen plannen; voeg er een toe met: drempel coach plan TEXT
        [one] Er is één plan: gebruik 1.
       *[other] Gebruik een nummer van 1 tot { $count }, zoals `drempel coach list` ze toont.
    }
coach-plan-closed = ✓ Gedaan: { $text }
coach-plan-already-done = Dat plan was al afgevinkt: { $text }
coach-list-empty = Nog geen notities of plannen van de coach. Voeg er een toe met: drempel coach note TEXT, of drempel coach plan TEXT --due YYYY-MM-DD
coach-list-hint = Vink een plan af met: drempel coach done NUMBER (undo NUMBER zet het weer open, remove NUMBER haalt het van de lijst)
progress-from-coach = Van je coach

## report

report-title = De reis van { $name }
report-rung = Trede nu:
report-contributor = doel bereikt: { -rung-critic } of hoger
report-next = Volgende stap:
report-period = Begonnen op { $started }, laatst actief op { $last }.
report-period-none = Nog niets in het logboek.
report-ladder = De { -ladder }
report-timeline = In de loop van de tijd
report-no-movement = De trede is nog niet veranderd.
report-steps = Stappen
report-strategy = { -step-strategy }
report-checklists = Checklists voor profielen
report-not-applicable = Niet van toepassing, met de reden van de cursist:
report-not-applicable-item = { $platform }, { $label }: { $reason }
report-monitoring = { -step-monitoring }
report-monitoring-counts = { $keywords ->
        [one] 1 { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] 1 { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] 1 scan
       *[other] { $scans } scans
    }.
report-keyword = { -keyword }
report-feed = { -feed }
report-triage = { -step-reading }
report-triage-counts = { $total ->
        [one] Over 1 bericht beslist
       *[other] Over { $total } berichten beslist
    }, { $kept } ervan bewaard voor iets.
report-communities = { -step-communities }
report-comments = Reacties
report-posts = Berichten, discussies en blogposts
report-coach = Notities en plannen van de coach
report-plans = Plannen
report-notes = Notities
report-none = Nog geen.
report-yes = ja
report-no = nee
report-col-rung = Trede
report-col-reached = Voor het eerst bereikt
report-col-now = Nu gehaald
report-col-step = Stap
report-col-done = Gedaan
report-col-first-done = Voor het eerst gedaan
report-col-done-now = Nu gedaan
report-col-platform = Platform
report-col-decision = Beslissing
report-col-count = Berichten
report-generated = Gemaakt door drempel op { $at }.
report-written = Geschreven naar { $path }.
report-decision-skip = { -decision-skip }
report-decision-later = { -decision-later }
report-decision-blog = { -decision-blog }
report-decision-newsletter = { -decision-newsletter }
report-decision-respond = { -decision-respond }
report-decision-share = { -decision-share }

## afbeeldingen

svg-ladder-title = De { -ladder }: je bent { $rung }
svg-timeline-title = De trede in de loop van de tijd
svg-not-yet = nog niet
svg-you-are-here = nu

## export

export-summary-title = Deze export bevat:
export-no-name = geen naam (je gaf er geen bij het welkom)
export-summary-name = je naam: { $name }
export-summary-rung = je trede, { $rung }, en wanneer je { $reached ->
        [one] die bereikt hebt
       *[other] elk van de { $reached } treden bereikt hebt
    }
export-summary-steps = welke stappen je afgerond hebt ({ $done } van { $total }) en wanneer
export-summary-counts = aantallen: { $items ->
        [one] 1 profielpunt gedaan
       *[other] { $items } profielpunten gedaan
    }, { $keywords ->
        [one] 1 { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] 1 { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] 1 scan
       *[other] { $scans } scans
    }, { $triaged ->
        [one] 1 bericht gelezen
       *[other] { $triaged } berichten gelezen
    }
export-summary-public = wat je openbaar gemaakt hebt: { $communities ->
        [one] 1 { -community }
       *[other] { $communities } { -communities }
    }, { $comments ->
        [one] 1 adres van een reactie
       *[other] { $comments } adressen van reacties
    }, { $posts ->
        [one] 1 adres van een bericht
       *[other] { $posts } adressen van berichten
    }
export-summary-plans = { $plans ->
        [one] het plan dat je met je coach afgesproken hebt
       *[other] de { $plans } plannen die je met je coach afgesproken hebt
    }
export-summary-private = omdat je het vroeg: { $drafts ->
        [one] 1 concept
       *[other] { $drafts } concepten
    }, { $notes ->
        [one] 1 notitie
       *[other] { $notes } notities
    }, je { -keywords } en de adressen van je { -feeds }
export-summary-left-out = Weggelaten: concepten, je notities, de notities van de coach, je { -keywords } en de adressen van je { -feeds }. Voeg --include-drafts toe om ze mee te nemen.
export-question = Dit naar { $path } schrijven?
export-cancelled = Er is niets geschreven.
export-written = Geschreven naar { $path }. Geef dit bestand aan je coach of trainer.

## cohort

cohort-title = De groep in één oogopslag
cohort-headline = { $learners ->
        [one] 1 cursist
       *[other] { $learners } cursisten
    }, van wie { $contributors } op de trede { -rung-critic } of hoger.
cohort-rungs = Waar iedereen op de { -ladder } staat
cohort-funnel = Afgeronde stappen
cohort-stuck = Waar mensen vastzitten (het eerste wat ontbreekt)
cohort-moved-up = Gestegen sinds { $since }: { $up } van { $learners } ({ $stayed } gelijk gebleven, { $down } gedaald).
cohort-by-day = Bereikte treden per dag
cohort-people = Per persoon
cohort-col-learners = Cursisten
cohort-col-missing = Ontbreekt
cohort-col-move = Van → naar
cohort-col-date = Datum
cohort-col-name = Naam
cohort-col-steps = Stappen
cohort-col-before = Voor { $since }
cohort-moved-from = ↑ van { $rung }
cohort-dropped-from = ↓ van { $rung }
cohort-skipped = { $count ->
        [one] 1 bestand overgeslagen
       *[other] { $count } bestanden overgeslagen
    }
cohort-skipped-one = { $path } overgeslagen: { $reason }
cohort-skip-missing = dat bestand of die map bestaat niet
cohort-skip-unreadable = het kon niet worden gelezen ({ $reason })
cohort-skip-too-large = het is { $megabytes } MB, veel te groot voor een export
cohort-skip-not-json = het is geen geldige JSON ({ $reason }); misschien is het bestand afgebroken, vraag de export dan opnieuw
cohort-skip-foreign = het is geen export van drempel
cohort-skip-foreign-format = het is geen export van drempel (het formaat is "{ $format }")
cohort-skip-newer = het is geschreven door een nieuwere drempel (exportversie { $version }; deze drempel leest tot en met { $supported }). Werk drempel bij om het mee te nemen.
cohort-skip-damaged = het is een export van drempel, maar beschadigd: { $reason }
cohort-skip-duplicate = een oudere export van dezelfde cursist als { $newer }
cohort-no-version = het heeft geen exportversie
cohort-nothing-found = Geen exports gevonden in { $paths }. Wijs drempel de exportbestanden aan, of de map waarin je ze verzameld hebt.
cohort-none-readable = Geen enkel bestand kon als export gelezen worden; zie de lijst hierboven.
cohort-evidence-welcome = het welkom
cohort-evidence-strategy = de strategie
cohort-evidence-profile-complete = een compleet profiel met zijn { -privacy-review }
cohort-evidence-community = lid van een { -community }
cohort-evidence-keywords = genoeg { -keywords }
cohort-evidence-feed = een { -feed } om te volgen
cohort-evidence-scan = een eerste scan
cohort-evidence-triaged = genoeg berichten gelezen en erover beslist
cohort-evidence-kept = een bericht bewaard voor iets
cohort-evidence-checked-comment = een nagekeken reactie, geplaatst en genoteerd
cohort-evidence-own-post = een eigen bericht

## Exports met cijfers die niet kunnen kloppen (issue 13)

cohort-skip-invalid = het is een export van drempel, maar de cijfers kunnen niet kloppen: { $reason }. Hij telt niet mee, zodat hij de cijfers van de groep niet scheeftrekt; vraag de export opnieuw
cohort-invalid-future = { $field } is { $at }, en dat ligt in de toekomst (staat de klok van de computer waar hij vandaan komt goed?)
cohort-invalid-after-export = { $field } is { $at }, na het moment waarop de export zelf is gemaakt ({ $generated })
cohort-invalid-before-start = { $field } is { $at }, voordat het traject begon ({ $start })
cohort-invalid-too-many-steps = er staan { $count } stappen in, en het traject heeft er { $max }
cohort-invalid-repeated-step = de stap "{ $step }" staat er twee keer in
cohort-invalid-too-many-rungs = de tijdlijn noemt { $count } treden, en de ladder heeft er { $max }
cohort-invalid-repeated-rung = de tijdlijn noemt de trede { $rung } twee keer
cohort-invalid-never-reached = de trede { $rung } geldt, maar is nooit bereikt
cohort-invalid-steps-done = er staat dat { $claimed } stappen klaar zijn, en de lijst met stappen laat er { $listed } zien
cohort-invalid-done-over-total = voor { $platform } telt hij { $done } profielonderdelen klaar van de { $total }
cohort-invalid-count = { $field } is { $value }, meer dan iemand kan halen
cohort-invalid-evidence = het ontbrekende bewijs "{ $evidence }" kent drempel niet
cohort-invalid-name = de naam van de cursist is { $count } tekens lang
