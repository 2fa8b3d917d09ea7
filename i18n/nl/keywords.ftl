# Zoekwoorden: de zoektaal, de pakketten met zoekwoorden en `drempel keywords`.

## Fouten in een zoekvraag: wat er mis is en wat je kunt doen

error-query = Die zoekvraag is niet geldig: { $message }
query-error-at = kolom { $column }: { $message }
query-empty = de zoekvraag is leeg. Typ minstens één woord om naar te zoeken, zoals: vacature
query-unclosed-quote = dit aanhalingsteken wordt nooit gesloten. Sluit de zin af met een tweede ", zoals in "open dag"
query-empty-phrase = tussen deze aanhalingstekens staan geen woorden. Zet er een zin tussen, zoals "open dag", of laat ze weg
query-lone-minus = een minteken staat vlak voor het woord dat je uitsluit, zonder spatie: -onbetaald
query-minus-twice = één minteken is genoeg om een woord uit te sluiten: -onbetaald
query-or-at-start = OR verbindt twee mogelijkheden, dus er moet een woord voor staan: verpleegkundige OR verzorgende
query-or-at-end = OR verbindt twee mogelijkheden, dus er moet een woord na komen: verpleegkundige OR verzorgende
query-or-twice = twee keer OR na elkaar; zet één OR tussen elk paar mogelijkheden: verpleegkundige OR verzorgende
query-or-with-exclusion = OR kan geen uitgesloten woord (-woord) verbinden; zet de uitsluiting apart: verpleegkundige OR verzorgende -onbetaald
query-empty-site = na site: moet meteen een domein staan, zonder spatie: site:example.com
query-bad-site = "{ $site }" is geen domein. Na site: komt een domein zoals example.com, zonder https:// en zonder pad
query-empty-intitle = na intitle: moet meteen een woord of "een zin" staan, zonder spatie: intitle:vacature
query-minus-after-operator = zet het minteken voor { $operator }, niet erna: -{ $operator }…
query-nothing-to-match = "{ $word }" bevat geen letters of cijfers, dus er valt niets te zoeken; laat het weg
query-only-exclusions = de zoekvraag sluit alleen woorden uit; voeg minstens één woord toe om naar te zoeken: vacature -onbetaald
query-unsupported-operator = drempel kent { $operator } niet (wel site: en intitle:); zet het woord tussen aanhalingstekens om het als tekst te zoeken

## Pakketten met zoekwoorden (nagekeken door `drempel lessons check`)

packs-unknown-goal = "{ $name }" is geen doel; een pakketbestand is genoemd naar een doel: { $valid }
packs-not-utf8 = het bestand is geen UTF-8-tekst; sla het op als UTF-8
packs-bad-toml = { $reason }
packs-term-count = het pakket heeft { $count ->
        [one] 1 zoekvraag
       *[other] { $count } zoekvragen
    }; een pakket heeft er { $min } tot { $max }
packs-bad-query = de zoekvraag { $query } is niet geldig: { $error }
packs-duplicate = de zoekvraag { $query } vindt hetzelfde als die op regel { $line }; hou er één
packs-empty-why = why is leeg; schrijf een korte reden of laat de regel weg
packs-missing = er is geen pakket voor { $goal } in "{ $lang }"; elk doel heeft er een nodig in elke taal

## drempel keywords

keywords-quote-the-query = Een zoekvraag is één argument, maar de shell heeft ze in stukken gesplitst. Zet de hele zoekvraag tussen enkele aanhalingstekens: { $words } om beide woorden ergens te vinden, of { $phrase } voor de exacte zin.
keywords-no-goals = Er zijn nog geen doelen om { -keywords } bij voor te stellen. Bepaal eerst je strategie (drempel strategy set --goal recruitment), of geef --goal mee.
keywords-language-fallback = Er zijn nog geen pakketten met { -keywords } in "{ $lang }", daarom staan deze in "{ $fallback }". Er zijn pakketten in: { $languages }.
keywords-suggest-heading = Voor { $goal } ({ $count ->
        [one] één suggestie
       *[other] { $count } suggesties
    }):
keywords-suggest-hint = Voeg toe wat bij je werk past, één per keer, bijvoorbeeld: { $command }
keywords-suggest-all-added = Je volgt al alle suggesties voor deze doelen. Voeg ook je eigen woorden toe: de namen van je organisatie, je producten en je plaatsen.
keywords-already = Je volgt { $query } al. Er is niets toegevoegd.
keywords-already-same = Je volgt al { $existing }, en dat vindt hetzelfde als { $query }. Er is niets toegevoegd.
keywords-added = Je volgt nu { $query } ({ $count ->
        [one] één { -keyword }
       *[other] { $count } { -keywords }
    }).
keywords-added-hint = Probeer het uit op een kop: { $command }
keywords-removed = Je volgt { $query } niet meer ({ $count ->
        [0] geen { -keywords } meer over
        [one] nog één { -keyword } over
       *[other] nog { $count } { -keywords } over
    }).
keywords-unknown = Je volgt "{ $query }" niet. Je { -keywords }:
    { $list }
keywords-unknown-none = Je volgt "{ $query }" niet: je hebt nog geen { -keywords }. Kijk wat bij je doelen past met: drempel keywords suggest
keywords-none-yet = Je hebt nog geen { -keywords }. Kijk wat bij je doelen past met: drempel keywords suggest
keywords-stored-invalid = Het { -keyword } { $query } wordt overgeslagen: { $message }. Verwijder het met drempel keywords remove en voeg het opnieuw toe.
keywords-test-nothing = Er is niets om mee te testen: je hebt nog geen { -keywords }. Voeg er een toe (drempel keywords add vacature), of probeer een zoekvraag met --query.
keywords-test-stdin = Kan de tekst niet lezen van standaardinvoer: { $reason }
keywords-field-title = Titel
keywords-field-summary = Samenvatting
keywords-field-link = Link
keywords-in-title = de titel
keywords-in-summary = de samenvatting
keywords-test-found = { $term } in { $field }: "{ $text }"
keywords-test-site = { $site }: de link staat op die site
keywords-test-blocked = tegengehouden door { $exclusion }: { $found }
keywords-test-blocked-site = tegengehouden door { $exclusion }: de link staat op die site
keywords-test-missing = ontbreekt: { $clause }
keywords-test-summary = { $matched } van { $total } { $total ->
        [one] { -keyword }
       *[other] { -keywords }
    } { $matched ->
        [one] vindt iets
       *[other] vinden iets
    }.
keywords-sample-headline = Een voorbeeldkop om te testen
