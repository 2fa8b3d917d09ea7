## De begeleide reis (wizard)

error-wizard-needs-terminal = De begeleide reis heeft een terminal nodig om haar vragen te stellen. Zonder terminal gebruik je de commando's die niets vragen: drempel progress, drempel strategy set --goal GOAL, drempel profile PLATFORM done ITEM, drempel lessons show ID.
wizard-prompt-failed = De vraag kon niet worden getoond: { $reason }
wizard-keys = Esc: even pauze, alles is bewaard
wizard-keys-multi = spatie vinkt aan, Enter bevestigt, Esc: even pauze
wizard-saved-bye = Alles wat je hebt geantwoord, is bewaard. Start drempel opnieuw om hier verder te gaan.
wizard-step-of = stap { $number } van { $total }
wizard-welcome-back-named = Welkom terug, { $name }. We waren gebleven bij: { $step }.
wizard-welcome-back = Welkom terug. We waren gebleven bij: { $step }.
wizard-ready = Klaar om te beginnen?
wizard-go = Aan de slag
wizard-read-lesson = Eerst de hele les lezen
wizard-skip = Deze stap voorlopig overslaan
wizard-back = Terug naar de vorige stap
wizard-break = Even pauze (alles wordt bewaard)

welcome-today = Vandaag bepalen we je doelen, maken we je profiel compleet en veilig, en maken we je klaar voor je eerste reactie. drempel plaatst nooit iets: dat doe je zelf, als je er klaar voor bent.
welcome-name = Hoe mag ik je noemen?
welcome-name-needed = Een voornaam is genoeg.
welcome-role = Wat is je functie?
welcome-organisation = Voor welke organisatie werk je?
welcome-optional = mag je leeg laten, Enter slaat over
welcome-language = In welke taal werk je online?
welcome-language-help = voor de voorgestelde { -keywords } en de { -pre-post-check }
welcome-hello = Fijn je te leren kennen, { $name }. We beginnen bij de vraag waarom je organisatie eigenlijk online is.

strategy-goals-question = Wat wil je organisatie bereiken met sociale media?
strategy-goals-help = één of meer
strategy-goals-none = Kies minstens één doel: alles wat hierna komt, volgt daaruit.
strategy-audience-question = Wie wil je bereiken?
strategy-audience-help = bijvoorbeeld: verpleegkundigen in de regio, IT-managers bij banken
strategy-why-question = En waarom is dit belangrijk voor jou?
strategy-why-help = in je eigen woorden; alleen jij en je coach zien het
strategy-summary = Je doelen: { $goals }. Dat is je kompas voor vandaag.

profiles-platforms-question = Aan welke platforms wil je werken?
profiles-platforms-help = één of twee om mee te beginnen
profiles-platforms-none = Kies minstens één platform.
profiles-platform-heading = { $platform }: { $done } van { $total } gedaan
profiles-platform-already-complete = Deze checklist is al helemaal af. Mooi zo.
profiles-platform-summary = { $platform }: { $done } van { $total } gedaan. De rest kan wachten: kom terug naar de stap "{ -step-profiles }" wanneer je wilt.
profiles-item-position = { $platform } · punt { $number } van { $total } · { $kind }
profiles-kind-privacy = { -privacy-review }
profiles-kind-profile = compleet profiel
profiles-item-question = Hoe staat het hiermee?
profiles-choice-done = Gedaan
profiles-choice-later = Later
profiles-choice-not-for-me = Niet voor mij
profiles-choice-previous = Terug naar het vorige punt
profiles-choice-stop = Voorlopig stoppen met { $platform }
profiles-privacy-help = privacypunten zijn nooit "niet voor mij": ze beschermen jou. Is er een echt niet op jou van toepassing, kies dan "Niet op mij van toepassing" en zeg waarom
profiles-choice-not-applicable = Niet op mij van toepassing
profiles-not-applicable-question = Waarom is dit niet op jou van toepassing? Eén korte regel is genoeg.
profiles-not-applicable-help = bijvoorbeeld: ik beheer geen pagina. Enter op een lege regel gaat terug
profiles-not-applicable-saved = Genoteerd, met je reden. Het telt als gedaan.
profiles-story-title = Voor de { -privacy-review }: eerst een kort verhaal

next-today = Wat je vandaag hebt gedaan
next-tomorrow = Wil je verder? Start drempel opnieuw. Je gaat precies verder waar je gestopt bent.
today-welcomed = jezelf voorgesteld
today-strategy = je strategie bepaald
today-items-done = { $count ->
        [one] één profielpunt afgevinkt
       *[other] { $count } profielpunten afgevinkt
    }
today-items-later = { $count ->
        [one] één punt op je lijstje voor later gezet
       *[other] { $count } punten op je lijstje voor later gezet
    }
today-items-not-applicable = { $count ->
        [one] één punt als niet van toepassing gemarkeerd, met je reden
       *[other] { $count } punten als niet van toepassing gemarkeerd, met je redenen
    }
today-drafts = { $count ->
        [one] één profieltekst in het klad geschreven
       *[other] { $count } profielteksten in het klad geschreven
    }
profiles-draft-question = Typ het eerst hier, dan tel ik zoals { $platform } telt:
profiles-draft-help = geteld zoals { $platform } telt, tot { $limit ->
        [one] 1 teken
       *[other] { $limit } tekens
    }; Enter slaat over
profiles-draft-too-long = Dat is { $used } van { $limit }: { $over ->
        [one] 1 teken
       *[other] { $over } tekens
    } te veel. Maak het een beetje korter.
profiles-draft-saved = { $used } van { $limit }: het past. Ik bewaar het hier voor je; kopieer het nu naar { $platform }.
wizard-communities-places = Plekken om te kijken, op basis van je doelen en { -keywords }:
wizard-communities-question = Open er een in je browser en kijk rond. Ben je ergens lid geworden?
wizard-communities-joined-this = Ik ben lid geworden van { $name }
wizard-communities-another = Ik ben lid geworden van een andere { -community }
wizard-communities-not-yet = Nog niet: ik kijk later
wizard-communities-name = Hoe heet de { -community }?
wizard-communities-platform = Op welk platform?
wizard-communities-url = Wat is het webadres?
wizard-communities-more-question = Nog een andere erbij?
wizard-communities-enough = Genoeg voor vandaag
wizard-communities-more = Ja, nog één
today-communities = { $count ->
        [one] lid geworden van een { -community }
       *[other] lid geworden van { $count } { -communities }
    }
wizard-policy-heading = De { -house-rules } van je organisatie
wizard-policy-intro = Een paar dingen over je werkgever, zodat drempel je eerste reactie kan nakijken zoals je organisatie dat zou doen. Twijfel je, vraag het dan aan je communicatieteam. Je kunt later naar deze stap terugkomen en alles nog veranderen.
wizard-policy-employer = De naam van je werkgever, zoals mensen hem schrijven?
wizard-policy-products = De producten of diensten waar mensen over praten?
wizard-policy-list-help = scheid ze met komma's; Enter slaat over
wizard-policy-disclosure = Hoe laat je weten dat je er werkt, als je iets van je werkgever aanprijst?
wizard-policy-disclosure-help = een korte zin zoals (ik werk hier), of een hashtag zoals #medewerker
wizard-policy-disclosure-needed = Je hebt je werkgever genoemd. Zeg dan ook hoe je laat weten dat je er werkt: bijvoorbeeld #medewerker, of (ik werk hier).
wizard-policy-confidential = Onderwerpen of namen die binnenshuis moeten blijven?
wizard-policy-confidential-help = projectnamen, klanten, cijfers die nog niet bekend zijn; gescheiden door komma's
wizard-policy-dos = WEL ({ $count })
wizard-policy-donts = NIET ({ $count })
wizard-editor-help = Enter opent je teksteditor; bewaar en sluit hem om terug te komen
comment-target-question = Waarop ga je reageren?
comment-target-community = Een discussie in { $name } ({ $platform })
comment-target-elsewhere = Iets anders dat ik gevonden heb
comment-target-item = { $title } ({ $source })
comment-platform-question = Waar ga je het plaatsen?
comment-approach-question-prompt = Hoe wil je reageren?
comment-approach-experience = Vertel je eigen ervaring: wat er gebeurde toen je het probeerde
comment-approach-question = Stel een goede vraag: één ding dat je graag zou weten
comment-approach-resource = Deel iets nuttigs om te lezen of te bekijken, en zeg waarom het helpt
comment-approach-thanks = Bedank de schrijver en bouw verder op de gedachte, met één punt van jezelf
comment-write-question = Hoe wil je het schrijven?
comment-write-here = Hier typen (één alinea)
comment-write-editor = In mijn teksteditor (voor een langere tekst)
comment-draft-prompt = Je reactie:
comment-empty = Een lege reactie valt nog niet na te kijken. Twee of drie zinnen zijn ruim genoeg.
comment-revise = De tekst aanpassen
comment-keep-on-purpose = Toch laten staan, en zeggen waarom
comment-fix-errors = Pas je reactie aan tot er niets meer als "fout" gemarkeerd is: ik kijk ze elke keer opnieuw na. Klopt iets dat als "fout" gemarkeerd is toch zoals het er staat, kies dan "{ $keep }".
comment-errors-question = De check vond iets om aan te passen. Wat wil je doen?
comment-keep-which = Welke klopt toch zoals het er staat?
comment-keep-reason = Waarom klopt het hier toch?
comment-keep-reason-needed = Een korte reden is genoeg, voor jezelf en je coach.
wizard-check-read = Lees: "{ $title }", de les van stap { $number }.
comment-passed = Geen fouten: je reactie is klaar voor { $platform }. Plaats je reactie nu zelf: kopiëren, plakken, op de knop drukken.
comment-posted-question = Heb je je reactie geplaatst?
comment-posted = Ja: ik plak het adres van mijn reactie
comment-post-later = Nog niet: ik plaats mijn reactie later (de tekst is bewaard)
comment-saved-for-later = Je tekst is bewaard. Ben je klaar om hem te plaatsen, kom dan terug naar de stap "{ -step-comment }": je tekst wacht daar op je.
comment-url = Het adres van je reactie (of van het bericht waaronder ze staat)?
comment-url-help = op de meeste platforms: de drie puntjes naast je reactie, en dan "link kopiëren"
comment-recorded = Genoteerd. Jouw woorden staan nu op een site: je hebt meegedaan. Goed gedaan!
comment-accept-needs-draft = --accept laat een opmerking van de check bewust staan, en heeft dus de tekst nodig: voeg --draft FILE toe.
comment-recorded-at = Je reactie op { $platform } is genoteerd: { $url }
comment-unchecked = Je reactie staat online, en ze staat op je lijst. Om mee te tellen voor { -rung-critic } heeft drempel ook de woorden nodig die je geplaatst hebt, nagekeken en zonder fouten: bewaar ze in een tekstbestand en noteer de reactie nog eens met --draft FILE.
comment-had-errors = Je reactie staat online, en ze staat op je lijst. Om mee te tellen voor { -rung-critic } moeten de woorden van een reactie door de check komen, en de check vond er { $errors ->
        [one] één fout
       *[other] { $errors } fouten
    } in. Pas ze aan op de site, of schrijf een nieuwe reactie; kijk de woorden na met drempel check FILE en noteer de reactie dan nog eens met --draft FILE. Een fout die toch klopt, kun je laten staan met --accept RULE=REASON.
comment-unknown-item = "{ $item }" is geen bericht waarbij je "{ -decision-respond }" hebt gekozen. Kijk in drempel inbox, of start drempel comment zonder bericht.
reading-nothing-new = Er is nog niets nieuws om te lezen. Ga terug naar de stap "{ -step-monitoring }" en scan je { -feeds }; kom dan hier terug.
reading-position = bericht { $number } van { $total }
reading-question = Wat verdient dit bericht?
reading-help = interessant voor je doelgroep? vraagt het om actie?
reading-stop = Voorlopig stoppen met lezen
reading-note = Een notitie voor jezelf?
reading-matched = gevonden met: { $keywords }
reading-summary = { $decided ->
        [one] Je hebt deze keer over één bericht beslist
       *[other] Je hebt deze keer over { $decided } berichten beslist
    }; { $kept } bewaard van { $total } in totaal. Een paar bewaren en de meeste overslaan: precies goed.
triage-needs-decision = Zeg wat het bericht verdient, bijvoorbeeld: drempel triage ITEM --decision later (skip, later, blog, newsletter, respond, share).
triage-decided = { $decision }: { $title }
triage-changed = (eerder had je gekozen: { $previous })
triage-respond-next = Klaar om te reageren? Start: drempel comment { $id }
monitoring-keywords-question = Welke { -keywords } wil je volgen?
monitoring-keywords-help = voorgesteld op basis van je doelen
monitoring-own-keyword = Een eigen { -keyword }? (Enter als je klaar bent)
monitoring-own-keyword-help = woorden, "een exacte zin", -uitsluiting, OR, site:example.org
monitoring-keywords-summary = { $count ->
        [one] Je volgt één { -keyword }.
       *[other] Je volgt { $count } { -keywords }.
    } Met { $need } of meer heb je een goed begin.
monitoring-source-question = Waar moet drempel ernaar zoeken?
monitoring-source-help = je kunt altijd naar deze stap terugkomen om er meer toe te voegen
monitoring-source-practice = De oefenfeeds die bij drempel horen (werken zonder internet)
monitoring-source-alert = Een Google Alert, als RSS bezorgd
monitoring-source-news = Een nieuwszoekopdracht voor een { -keyword }
monitoring-source-website = Het adres van een blog of website
monitoring-source-enough = { $count ->
        [one] Deze ene { -feed } is genoeg: nu scannen
       *[other] Deze { $count } { -feeds } zijn genoeg: nu scannen
    }
monitoring-practice-added = De oefenfeeds zijn toegevoegd: realistisch nieuws over werk, werving en sociale media.
monitoring-news-query = Waar moet de nieuwszoekopdracht naar zoeken?
monitoring-news-query-needed = Typ de woorden waarop je het nieuws wilt doorzoeken, bijvoorbeeld: employer branding
monitoring-alert-steps = In je browser: open Google Alerts en log in met je Google-account (zonder account bezorgt Google alleen per e-mail). Typ je { -keyword }, klik op "Opties weergeven", kies bij "Bezorgen bij" voor "RSS-feed", maak de melding aan en kopieer dan de RSS-link ernaast.
monitoring-website-steps = Zoek op de blog of website een link met de naam RSS of Feed, en kopieer het adres ervan uit je browser. Het adres van een gewone webpagina werkt hier niet: het moet de { -feed } zelf zijn.
monitoring-address = Plak het adres (Enter slaat over)
monitoring-address-help = het begint met https://
monitoring-feeds-more-question = Nog een bron toevoegen?
monitoring-feeds-scan-now = Nee, nu scannen
monitoring-feeds-more = Ja, nog een
monitoring-scanning = drempel zoekt in je { -feeds } naar je { -keywords }…
monitoring-no-keywords = Je volgt nog geen { -keywords }, dus er valt niets te vinden. Kom terug naar deze stap en kies er een paar, of typ je eigen { -keywords }: met { $need } heb je een goed begin.
monitoring-not-a-feed = dit adres is geen { -feed } die ik kan lezen. Zoek op de site een link met de naam RSS of Feed, en voeg dat adres toe.
monitoring-scan-more = …en nog { $more }: je ziet ze allemaal in de volgende stap, "{ -step-reading }".
monitoring-scan-next = { $waiting ->
        [one] Er wacht één bericht
       *[other] Er wachten { $waiting } berichten
    } op je. In de volgende stap, "{ -step-reading }", beslis je wat elk bericht verdient.
monitoring-no-network = Geen enkele { -feed } kon worden gelezen (op elke regel hierboven staat waarom). Misschien is er hier geen netwerk. Laten we voorlopig oefenen met de feeds die bij drempel horen; je eigen feeds blijven op je lijst staan.
today-keywords = { $count ->
        [one] een { -keyword } gekozen om te volgen
       *[other] { $count } { -keywords } gekozen om te volgen
    }
today-feeds = { $count ->
        [one] een { -feed } toegevoegd
       *[other] { $count } { -feeds } toegevoegd
    }
today-scans = je { -feeds } gescand
today-triaged = { $count ->
        [one] beslist wat één bericht verdient
       *[other] beslist wat { $count } berichten verdienen
    }
today-comment = je eerste reactie geplaatst, en genoteerd waar die staat
comment-approach-tip-experience = Tip: één concreet ding dat gebeurd is, en wat je ervan geleerd hebt.
comment-approach-tip-question = Tip: bedank in één zin, en stel dan de ene vraag waarop je echt een antwoord wilt.
comment-approach-tip-resource = Tip: noem wat je deelt, zeg in één zin waarom het helpt, en zet de link erbij.
comment-approach-tip-thanks = Tip: zeg wat je opviel, en voeg één punt van jezelf toe.
