# De check vóór het plaatsen, het beleid van de organisatie en de regels van de check.

## Fouten

error-draft-empty = De tekst { $draft } is leeg. Schrijf eerst je reactie en laat de check er dan over gaan: drempel check FILE, of stuur de tekst via een pipe.
error-draft-binary = { $draft } lijkt geen gewone tekst ({ $nul ->
        [1] een NUL-byte
       *[other] geen geldige UTF-8
    } bij byte { $offset }). Bewaar je tekst als platte tekst (UTF-8) en check dat bestand.
error-draft-unreadable = Kan de tekst { $draft } niet lezen: { $reason }. Kijk de bestandsnaam na.
error-policy-invalid = Er is een probleem met het beleidsbestand { $path }{ $line }: { $reason }. Verbeter het en probeer opnieuw; er is niets bewaard.
error-policy-unreadable = Kan het beleidsbestand { $path } niet lezen: { $reason }. Kijk de bestandsnaam na.
error-policy-exists = Er is al een beleid in { $path }. Pas dat bestand aan, of start `drempel policy init --force` om opnieuw te beginnen vanaf het standaardbeleid.
error-unknown-rule = Er is geen regel "{ $rule }" in de check. Regels die je kunt accepteren: { $valid }.

## Problemen met het beleid (getoond in error-policy-invalid)

policy-needs-disclosure = er is een werkgever ingesteld, dus disclosure_tag moet zeggen hoe je laat weten dat je er werkt (bijvoorbeeld "(ik werk hier)")
policy-empty-entry = een waarde in { $field } is leeg
policy-short-term = "{ $term }" in { $field } is te kort om naar te zoeken; gebruik minstens twee letters of cijfers
policy-alias-unknown-term = "{ $term }" heeft aliassen maar staat niet bij de vertrouwelijke termen; zet het bij confidential of verbeter de spelling
policy-duplicate = "{ $term }" staat twee keer in { $field }
policy-not-utf8 = het bestand is geen UTF-8-tekst

## Problemen met de regels (drempel lessons check)

rules-bad-toml = het regelbestand is geen geldige TOML: { $reason }
rules-duplicate-id = de regel-id "{ $id }" wordt twee keer gebruikt (ook op regel { $other })
rules-buried-lists-disclosures = de regel "{ $id }" meldt een weggestopte vermelding en leest dus de vermeldingen van de regel die erom vraagt: zet ze daar, niet hier
rules-bad-id = regel-id's zijn woorden in kebab-case, zoals too-long; "{ $id }" is dat niet
rules-empty-field = { $field } is leeg
rules-field-not-for-kind = `{ $field }` hoort niet in een regel van de soort { $kind }
rules-empty-phrase = een zinsdeel is leeg
rules-existence-needs = een existence-regel heeft tokens, patterns of terms = "confidential" nodig
rules-validate-needs-patterns = validate geldt alleen voor patterns
rules-employer-is-conditional = terms = "employer" hoort in een conditional-regel: de werkgever noemen mag, hem aanprijzen zonder vermelding niet
rules-bad-pattern = het patroon { $pattern } is geen geldige reguliere expressie: { $reason }
rules-substitution-needs = een substitution-regel heeft swap = {"{"} "dit" = "dat" {"}"} nodig
rules-occurrence-needs-scope = een occurrence-regel heeft een scope nodig: length, hashtags, mentions of words-besides-links
rules-occurrence-needs-bound = een occurrence-regel heeft min of max nodig
rules-conditional-needs-terms = een conditional-regel heeft terms = "employer" nodig
rules-missing-base = de Engelse regels van de check ontbreken; elke andere taal valt erop terug
rules-not-utf8 = het regelbestand is geen UTF-8-tekst
model-bad = het bestand met de scorers is niet te lezen: { $reason }
model-unknown-rule = de scorer voor { $concern } spreekt als de regel "{ $id }", maar die regel bestaat niet in deze taal
model-wrong-concern = de scorer voor { $concern } spreekt als de regel "{ $id }", maar die gaat over { $other }
model-threshold = de scorer voor { $concern } markeert vanaf { $threshold }; dat moet tussen 0 en 1 liggen
model-lang = het scorersbestand is getraind voor de taal "{ $model }", maar staat bij de regels voor "{ $lang }"
rules-unknown-lesson = regel "{ $id }" verwijst naar les "{ $lesson }", en die bestaat niet
rules-needs-examples = regel "{ $id }" heeft minstens één voorbeeld bij must_flag en één bij must_pass nodig
rules-example-not-flagged = regel "{ $id }" zou dit voorbeeld moeten aanduiden, maar doet het niet: { $example }
rules-example-flagged = regel "{ $id }" duidt dit voorbeeld aan, maar zou dat niet mogen: { $example }
rules-ordinary-comment-flagged = deze gewone reactie krijgt een fout van regel "{ $id }": { $comment }
rules-language-missing = in de regels voor { $lang } ontbreekt "{ $id }", die de Engelse regels wel hebben

## drempel check

check-accept-format = gebruik RULE=REASON (de naam van de regel, dan je reden), bijvoorbeeld --accept shouting="het is een citaat"
check-accept-nothing = Niets te accepteren voor "{ $rule }": de check vond niets van die soort.
check-rules-missing = Er zijn nog geen checkregels in het { $lang ->
        [he] Hebreeuws
       *[other] "{ $lang }"
    }, dus deze tekst wordt gecheckt met de { $used ->
        [en] Engelse
        [nl] Nederlandse
        [de] Duitse
        [fr] Franse
       *[other] "{ $used }"
    } regels: wat die over woorden zeggen, past misschien niet bij je tekst.
check-mixed-languages = Een deel van deze tekst is in het { $lang ->
        [en] Engels
        [nl] Nederlands
        [de] Duits
        [fr] Frans
        [he] Hebreeuws
       *[other] "{ $lang }"
    }: die zinnen zijn ook gecheckt met de { $lang ->
        [en] Engelse
        [nl] Nederlandse
        [de] Duitse
        [fr] Franse
        [he] Hebreeuwse
       *[other] "{ $lang }"
    } regels. Wil je de hele tekst in één taal laten checken, voeg dan --lang CODE toe.
check-no-policy = Nog geen beleid van je organisatie, dus werkgever, { -disclosure } en vertrouwelijke termen worden niet gecontroleerd. Start `drempel policy init` om er een op te zetten.
check-stdin-name = van standaardinvoer
check-type-draft = Typ of plak je tekst en druk dan op Ctrl-D (op Windows: Ctrl-Z en Enter).
check-count = { $used } / { $limit }
check-header = Nagekeken als { $kind } voor { $platform }, met de regels voor { $lang ->
        [en] het Engels
        [nl] het Nederlands
        [de] het Duits
        [fr] het Frans
        [he] het Hebreeuws
       *[other] { $lang }
    } ({ $choice ->
        [chosen] de taal die je koos
        [guessed] herkend aan je woorden
       *[fallback] jouw taal
    }): { $count } tekens
check-kind-comment = reactie
check-kind-post = bericht
check-kind-headline = kopregel
check-kind-bio = bio

## De kop van een bevinding: waar het over gaat, dan de eigen melding van de regel
check-finding-about = { $kind }: { $message }

check-level-error = fout
check-level-warning = waarschuwing
check-level-suggestion = suggestie
check-accepted = bewust geaccepteerd: { $reason }
check-why = Waarom:
check-read = Lees:
check-summary = { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $suggestions ->
        [one] 1 suggestie
       *[other] { $suggestions } suggesties
    }{ $accepted ->
        [0] {""}
       *[other] , { $accepted } bewust geaccepteerd
    }.
check-fix-errors = Pas de tekst aan tot er geen fouten meer zijn, en check opnieuw. Wil je een opmerking bewust laten staan, accepteer ze dan met --accept RULE=REASON (de naam van de regel, dan je reden).
check-ready = Geen fouten: je tekst is klaar. Plaats hem zelf en noteer daarna waar hij staat: drempel comment record --url URL --platform { $platform }

## drempel policy

policy-none = Nog geen beleid van je organisatie. Start `drempel policy init` voor een vertrekpunt dat je kunt aanpassen, of `drempel policy set FILE` om het bestand van je organisatie te gebruiken.
policy-written = Een eerste beleid is geschreven naar { $path }.
policy-stored = Het beleid is nagekeken en bewaard in { $path }.
policy-edit-hint = Maak het nu van jou: open { $path } in een teksteditor en vul aan: { $employer ->
        [1] de naam van je werkgever, de producten,
       *[other] de producten (en kijk de naam van je werkgever na),
    } de { -disclosure } die je organisatie vraagt en de vertrouwelijke termen. Start daarna `drempel policy show`.
policy-empty-value = (geen)
policy-label-file = Bestand:
policy-label-employer = Werkgever:
policy-label-products = Producten:
policy-label-disclosure = Vermelding werkgever:
policy-label-confidential = Vertrouwelijk:
policy-label-dos = Wel doen:
policy-label-donts = Niet doen:
policy-written-by-wizard = Het socialemediabeleid van je organisatie, geschreven door de wizard van drempel. Pas het gerust aan; `drempel policy show` laat zien wat drempel ervan maakt.
error-draft-too-large = De tekst { $draft } is groter dan { $limit }: veel langer dan welk platform ook toelaat. Kijk of dit het bestand is dat je bedoelde.

## Waar een bevinding over gaat (de soort), waarom dat telt en wat je doet, in de taal van de cursist

check-concern = { $kind ->
        [praise] Lof zonder te zeggen dat je er werkt
        [disclosure-buried] Je vermelding komt te laat
        [disclosure-unclear] Je vermelding valt misschien niet op
        [venting] Afreageren
        [hint] Een hint naar nieuws dat nog niet openbaar is
        [confidential] Vertrouwelijk
        [personal] Contact- of bankgegevens
        [patient] Iemands privégegevens
        [shouting] Schreeuwen
        [length] Te lang
        [hashtags] Te veel hashtags
        [mentions] Te veel mensen getagd
        [bare-link] Een link zonder eigen woorden
        [wording] Woordkeuze
       *[other] Even naar kijken
    }
check-concern-why = { $kind ->
        [praise] Lezers hebben er recht op te weten dat lof komt van iemand die er werkt, en het beleid van je organisatie vraagt je dat te zeggen.
        [disclosure-buried] De meeste lezers haken af vóór de hashtags of het eind van een lange reactie, dus een vermelding daar, ver na de lof, lezen ze niet.
        [disclosure-unclear] Je lijkt te zeggen dat je er werkt, maar in woorden die een snelle lezer daar niet voor aanziet, en dan leest je lof als de mening van een buitenstaander.
        [venting] Je leidinggevende, collega's en cliënten lezen mee, en een bericht blijft vindbaar lang na die slechte dag.
        [hint] Een hint naar nieuws dat nog niet openbaar is, wordt doorverteld voordat je organisatie zelf iets kan zeggen.
        [confidential] Het beleid van je organisatie noemt dit als iets wat binnen blijft.
        [personal] Contact- en bankgegevens in het openbaar trekken spam, fraude en ongevraagde telefoontjes aan.
        [patient] Iemands gezondheid, geld, adres, gezin, werk, problemen met justitie of sollicitatie zijn aan die persoon om te delen, niet aan jou: mensen herkennen hem of haar ook zonder achternaam.
        [shouting] Woorden in hoofdletters lezen als schreeuwen, en lezers scrollen door.
        [length] Het platform neemt zo'n lange tekst niet aan.
        [hashtags] Een rij hashtags lijkt meer op aandacht vragen dan op meedoen.
        [mentions] Veel mensen tegelijk taggen voelt als een massamailing.
        [bare-link] Een kale link zegt niet waarom hij jou iets zegt.
        [wording] Een paar woorden bepalen hoe je reactie overkomt.
       *[other] De regels van je trainer vragen je hiernaar te kijken.
    }
check-concern-fix = { $kind ->
        [praise] { $has_employer ->
            [yes] Zet "Ik werk bij { $employer }" of { $tag } aan het begin van je reactie.
           *[other] Zeg aan het begin van je reactie dat je er werkt: "Ik werk bij …".
        }
        [disclosure-buried] { $has_employer ->
            [yes] Zet "Ik werk bij { $employer }" of { $tag } aan het begin, vóór de lof.
           *[other] Zet "Ik werk bij …" aan het begin, vóór de lof.
        }
        [disclosure-unclear] { $has_employer ->
            [yes] Zeg het duidelijk aan het begin: "Ik werk bij { $employer }" of { $tag }.
           *[other] Zeg het duidelijk aan het begin: "Ik werk bij …".
        }
        [venting] Haal het schelden of de klacht weg; deel wat je geleerd hebt, en bespreek het probleem liever met de persoon zelf of je leidinggevende.
        [hint] Laat de hint weg en wacht tot je organisatie het bekendmaakt; deel dan het nieuws.
        [confidential] Laat deze term weg, of vraag aan wie erover gaat of je hem mag delen.
        [personal] Haal de gegevens weg en verwijs mensen naar een privébericht of de openbare contactpagina van de organisatie.
        [patient] Haal weg wat de persoon herkenbaar maakt en wat over hem of haar gaat; vertel wat je geleerd hebt, niet over wie het ging.
        [shouting] Schrijf de woorden in gewone letters; één vet woord of een emoji geeft genoeg nadruk.
        [length] Schrap wat zich herhaalt en houd één punt over, of link naar een langer stuk.
        [hashtags] Houd de twee of drie hashtags die het best passen.
        [mentions] Tag alleen wie dit echt moet zien.
        [bare-link] Schrijf er een of twee zinnen bij over wat je er nuttig aan vond.
        [wording] Probeer de woorden die de check voorstelt.
       *[other] Lees de melding en pas je tekst aan, of accepteer haar bewust met --accept.
    }
check-fix-label = Zo los je het op:
