# Hulp bij de opdrachtregel: de tekst van `drempel --help` en van --help bij elk commando.
# Een sleutel volgt het pad van het commando: cli-feeds-add-about is de regel over
# `drempel feeds add`, cli-feeds-add-url de hulp bij zijn argument URL. Commando's, opties,
# waarden en namen in hoofdletters (FILE, URL, DIR, COMMAND…) blijven zoals je ze typt.

cli-heading-usage = Gebruik:
cli-heading-commands = Commando's
cli-heading-options = Opties
cli-heading-arguments = Argumenten
cli-value-command = COMMAND
cli-help-flag = Deze hulp tonen
cli-version-flag = De versie tonen
cli-fact-values = een van: { $values }
cli-fact-default = standaard: { $value }
cli-fact-env = of stel { $var } in

cli-error = fout: { $message }
cli-error-invalid-value = "{ $value }" is geen geldige waarde voor { $arg }. Kies een van: { $valid }
cli-error-empty-value = { $arg } heeft een waarde nodig
cli-error-unknown-argument = drempel kent de optie { $arg } niet
cli-error-unknown-command = drempel heeft geen commando "{ $command }"
cli-error-missing = dit commando heeft { $arg } nodig
cli-error-missing-command = dit commando heeft een van zijn subcommando's nodig
cli-error-conflict = { $arg } kan niet samen met { $other } gebruikt worden
cli-error-validation = "{ $value }" werkt niet voor { $arg }: { $reason }
cli-error-too-many = { $arg } is meer dan één keer gegeven, of met te veel waarden
cli-error-other = de opdrachtregel kon niet worden gelezen ({ $arg })
cli-error-suggestion = Bedoel je { $suggestion }?
cli-error-more = Voeg --help toe voor meer uitleg.

cli-about = drempel: een coach in je terminal, van toekijken naar meedoen op professionele sociale media
cli-long-about =
    drempel: een coach in je terminal, van toekijken naar meedoen op professionele sociale media.

    Start het zonder commando om verder te gaan waar je gebleven was.
cli-home = Waar drempel zijn gegevens bewaart (zonder deze optie: de gegevensmap van je systeem)
cli-learner = Van wie deze reis is; elke cursist heeft een eigen map
cli-lang = De taal die drempel spreekt (zonder deze optie: de taal die je in de welkomststap koos, anders die van je systeem, anders Engels)
cli-color = Wanneer kleur gebruikt wordt
cli-offline = Het meegeleverde oefenmateriaal gebruiken in plaats van het netwerk
cli-lessons = Lessen uit deze map lezen (DIR/<lang>/*.md) in plaats van de ingebouwde

cli-start-about = De begeleide reis (hetzelfde als drempel starten zonder commando)
cli-start-step = Naar deze stap springen, in plaats van verder te gaan waar je gestopt bent

cli-progress-about = Je { -ladder }, je stappen en de ene volgende stap die je kunt zetten
cli-progress-json = Uitvoer voor programma's (stabiel)

cli-lessons-about = De lessen lezen, of een map met lessen controleren

cli-lessons-list-about = De lessen, één per stap

cli-lessons-show-about = Eén les lezen
cli-lessons-show-id = De id van de les, zoals `drempel lessons list` die toont

cli-lessons-check-about = Een map met lessen controleren (standaard: de lessen die nu gebruikt worden) en elk probleem melden
cli-lessons-check-dir = De map met lessen om te controleren (DIR/<lang>/*.md)

cli-strategy-about = De doelen van je organisatie en je doelgroep

cli-strategy-show-about = De doelen, de doelgroep en het waarom tonen die je hebt ingesteld

cli-strategy-set-about = De doelen van de organisatie instellen (herhaal --goal of scheid ze met komma's)
cli-strategy-set-audience = Wie je wilt bereiken, in je eigen woorden
cli-strategy-set-why = Waarom dit belangrijk is voor jou
cli-strategy-set-goals = Een doel: recruitment, employer-branding, marketing-sales, customer-care, thought-leadership of knowledge-sharing

cli-profile-about = De checklist voor je profiel, per platform
cli-profile-platform = Het platform; zonder platform zie je een overzicht van allemaal

cli-profile-status-about = De checklist van het platform en wat al gedaan is

cli-profile-done-about = Een punt van de checklist afvinken
cli-profile-done-item = De id van het checklistpunt, zoals de checklist die toont

cli-profile-undo-about = Een punt terugdraaien dat gedaan, niet van toepassing, uitgesteld of afgewezen was
cli-profile-undo-item = De id van het checklistpunt, zoals de checklist die toont

cli-profile-not-applicable-about = Een punt dat niet op jou van toepassing is, markeren met je reden; het telt als gedaan
cli-profile-not-applicable-item = De id van het checklistpunt, zoals de checklist die toont
cli-profile-not-applicable-reason = Waarom het niet op jou van toepassing is, in één korte regel (verplicht)

cli-keywords-about = De { -keywords } die je volgt in je { -feeds }: voorstellen, toevoegen, verwijderen, tonen, testen
cli-keywords-json = Uitvoer voor programma's (stabiel)

cli-keywords-suggest-about = Voorgestelde { -keywords } die volgen uit de doelen van je strategie, in jouw taal (--lang)
cli-keywords-suggest-goals = Voorstellen voor deze doelen in plaats van die van je strategie

cli-keywords-add-about = Een zoekopdracht volgen: woorden, "een zin", -uitsluiting, OR, site:domein, intitle:woord. Zet de hele zoekopdracht tussen enkele aanhalingstekens: drempel keywords add '"open dag" -online'
cli-keywords-add-query = De zoekopdracht, tussen enkele aanhalingstekens zodat de shell ze heel laat
cli-keywords-add-rest = Woorden na de zoekopdracht: een zoekopdracht die de shell opsplitste omdat er geen aanhalingstekens rond stonden

cli-keywords-remove-about = Stoppen met een zoekopdracht te volgen
cli-keywords-remove-query = De zoekopdracht zoals `list` ze toont, of een schrijfwijze die hetzelfde vindt
cli-keywords-remove-rest = Woorden na de zoekopdracht: een zoekopdracht die de shell opsplitste omdat er geen aanhalingstekens rond stonden

cli-keywords-list-about = De zoekopdrachten die je volgt

cli-keywords-test-about = Welke van je { -keywords } in een tekst gevonden worden, waar, en waarom; eindigt met code 1 als er geen enkel gevonden wordt. De eerste regel is de titel, de rest de samenvatting; `-` leest de tekst van stdin
cli-keywords-test-text = De tekst: de eerste regel is de titel, de rest de samenvatting; - leest stdin
cli-keywords-test-more = Meer woorden van de tekst, als die niet tussen aanhalingstekens staat
cli-keywords-test-link = De link van het bericht, voor zoekopdrachten met site:
cli-keywords-test-queries = Deze zoekopdracht testen in plaats van je { -keywords } (mag vaker)

cli-feeds-about = De { -feeds } die je volgt: toevoegen, verwijderen, tonen, importeren, exporteren, bekijken, ontdekken

cli-feeds-add-about = Een { -feed } volgen; bij het adres van een website zoekt drempel de { -feed } waarnaar de site verwijst
cli-feeds-add-url = Het http- of https-adres van de { -feed } (of van de website)
cli-feeds-add-google_news = In plaats daarvan een nieuwszoekopdracht naar deze woorden volgen, in jouw taal

cli-feeds-remove-about = Stoppen met een { -feed } te volgen
cli-feeds-remove-url = Het adres van de { -feed }, zoals `drempel feeds list` het toont

cli-feeds-list-about = De { -feeds } die je volgt, en hoe het elk ervan verging bij de laatste scan
cli-feeds-list-json = De lijst als JSON naar stdout schrijven

cli-feeds-import-about = Elke { -feed } volgen uit een OPML-bestand dat een feedlezer heeft geëxporteerd
cli-feeds-import-file = Het OPML-bestand dat je feedlezer heeft geëxporteerd

cli-feeds-export-about = Je { -feeds } als OPML 2.0 wegschrijven, voor een feedlezer (naar stdout zonder FILE)
cli-feeds-export-file = Het bestand om naar te schrijven; zonder bestand gaat de OPML naar de terminal

cli-feeds-preview-about = Tonen wat er in een { -feed } staat, zonder die te volgen
cli-feeds-preview-source = Het adres van een { -feed }, of een feedbestand op schijf
cli-feeds-preview-json = De berichten als JSON naar stdout schrijven

cli-feeds-discover-about = De { -feeds } tonen waarnaar een website verwijst
cli-feeds-discover-url = Het adres van de website

cli-scan-about = Elke { -feed } ophalen, je { -keywords } zoeken en je { -inbox } vullen
cli-scan-json = Het resultaat als JSON naar stdout schrijven
cli-scan-timeout = Hoeveel seconden drempel wacht op het volgende antwoord van een server, voordat die { -feed } opgegeven wordt
cli-scan-deadline = Hoeveel seconden de hele scan mag duren; { -feeds } die dan nog niet klaar zijn, worden gemeld
cli-scan-jobs = Hoeveel { -feeds } tegelijk opgehaald worden (hoogstens 2 van één site)

cli-inbox-about = Wat je scans gevonden hebben en nog op een beslissing wacht
cli-inbox-json = De berichten als JSON naar stdout schrijven
cli-inbox-all = Ook berichten tonen waarover je al beslist hebt

cli-policy-about = Het socialemediabeleid van je organisatie: werkgever, producten, { -disclosure }, vertrouwelijke woorden

cli-policy-show-about = Het beleid tonen dat drempel gebruikt
cli-policy-show-json = Uitvoer voor programma's

cli-policy-init-about = Een beginbeleid wegschrijven om aan te passen (vraagt niets)
cli-policy-init-force = Een beleid vervangen dat er al is

cli-policy-set-about = Een beleidsbestand controleren en het gebruiken
cli-policy-set-file = Het beleidsbestand (TOML), bijvoorbeeld een dat met `drempel policy init` gemaakt is

cli-check-about = Een tekst controleren voor je hem plaatst: lengte, toon, { -disclosure }, vertrouwelijke en persoonlijke gegevens
cli-check-platform = Het platform waarop je gaat plaatsen
cli-check-kind = Wat voor tekst het is: de maximale lengte hangt ervan af
cli-check-policy = Met dit beleidsbestand controleren in plaats van met je bewaarde beleid
cli-check-json = Uitvoer voor programma's
cli-check-accept = Een opmerking van de check bewust laten staan, met de reden (mag vaker): --accept shouting="een citaat"
cli-check-draft = De tekst: een tekstbestand, of - (of niets) om van standaardinvoer te lezen

cli-groups-about = Je { -communities }: voorstellen, lid worden, een kijkje nemen

cli-groups-suggest-about = Plekken om te kijken, op basis van je doelen en { -keywords }
cli-groups-suggest-json = Uitvoer voor programma's (stabiel)

cli-groups-add-about = Een { -community } noteren waarvan je lid geworden bent
cli-groups-add-name = De naam van de { -community }, zoals ze zichzelf noemt
cli-groups-add-platform = Waar de { -community } te vinden is
cli-groups-add-url = Het adres van de { -community }, om haar terug te vinden

cli-groups-visit-about = Noteren dat je een kijkje hebt genomen in een { -community }
cli-groups-visit-name = De naam van de { -community }, zoals je ze hebt toegevoegd

cli-groups-list-about = De { -communities } waarvan je lid bent
cli-groups-list-json = Uitvoer voor programma's (stabiel)

cli-triage-about = Beslissen wat nieuwe treffers verdienen: skip, later, blog, newsletter, respond, share
cli-triage-item = Het bericht uit je { -inbox } (de id, of de eerste 4 of meer tekens ervan)
cli-triage-decision = Wat het bericht verdient
cli-triage-note = Een notitie van één regel voor jezelf

cli-comment-about = Je eerste reactie: schrijven, laten controleren, zelf plaatsen, noteren waar ze staat
cli-comment-item = Het bericht uit je { -inbox } waarop je reageert (zie `drempel inbox`)

cli-comment-record-about = Een reactie noteren die je zelf geplaatst hebt, met het adres waar ze staat
cli-comment-record-item = Het bericht uit je { -inbox } waarop ze reageert
cli-comment-record-draft = De tekst die je geplaatst hebt: die wordt gecontroleerd, en een tekst zonder fouten is het bewijs voor { -rung-critic }
cli-comment-record-accept = Een opmerking van de check bewust laten staan, met de reden: --accept iban="de rekening van ons goede doel"
cli-comment-record-url = Waar je reactie staat: het adres ervan
cli-comment-record-platform = Het platform waarop je geplaatst hebt

cli-post-about = Een eigen bericht, discussie of blogpost noteren

cli-post-record-about = Een bericht, discussie of blogpost noteren die je geplaatst hebt
cli-post-record-url = Waar je bericht staat: het adres ervan
cli-post-record-platform = Het platform waarop je geplaatst hebt
cli-post-record-kind = Wat je geschreven hebt: een bericht, een discussie die je begonnen bent, of een blogpost

cli-reset-about = De reis, of één stap, opnieuw beginnen (het logboek bewaart alles)
cli-reset-step = Alleen deze stap; zonder stap de hele reis
cli-reset-yes = Niet eerst vragen (nodig zonder terminal)

cli-doctor-about = Wat je kunt plakken als je om hulp vraagt: versies, paden, de toestand van het logboek

cli-completions-about = Aanvullingen voor de shell: drempel completions bash > …
cli-completions-shell = De shell waarvoor de aanvullingen geschreven worden

cli-man-about = De handleiding (man-pagina), in roff

cli-report-about = Je reis in één oogopslag, voor een gesprek met je coach: Markdown, één HTML-pagina of JSON
cli-report-out = Naar dit bestand schrijven (in één keer vervangen) in plaats van naar de terminal
cli-report-format = md om te lezen, html voor één pagina om te printen of te projecteren, json voor scripts

cli-export-about = Eén bestand om aan je coach of trainer te geven (je ziet eerst wat erin gaat)
cli-export-out = Waar het naartoe moet: een bestand, een map, of `-` voor stdout (zonder deze optie: ./drempel-export-NAME-ID.json)
cli-export-include_drafts = Ook concepten, privénotities, { -keywords } en adressen van { -feeds } meenemen
cli-export-yes = Niet eerst vragen

cli-coach-about = De notities van de coach en de afgesproken plannen, bewaard in je logboek

cli-coach-note-about = Een observatie opschrijven (privé: ze gaat niet mee in een export, tenzij daarom gevraagd wordt)
cli-coach-note-text = De notitie; meerdere woorden hoeven niet tussen aanhalingstekens

cli-coach-plan-about = Een volgende stap afspreken, eventueel met een datum; te zien in `drempel progress`
cli-coach-plan-due = Wanneer het klaar moet zijn: YYYY-MM-DD, today, tomorrow of een weekdag
cli-coach-plan-text = Het plan; meerdere woorden hoeven niet tussen aanhalingstekens

cli-coach-done-about = Een plan afvinken, met zijn nummer in `drempel coach list`
cli-coach-done-number = Het nummer van het plan in `drempel coach list`

cli-coach-list-about = De notities en plannen tot nu toe

cli-cohort-about = Een trainingsgroep in één oogopslag, uit de exports die de cursisten hebben ingeleverd
cli-cohort-paths = Exportbestanden, of mappen waarin naar *.json-exports gezocht wordt
cli-cohort-names = Elke cursist bij naam tonen (vraag het de groep eerst: een overzicht per persoon vraagt toestemming)
cli-cohort-since = Tellen wie sinds deze dag een trede hoger staat (YYYY-MM-DD; zonder deze optie: de dag van de nieuwste export)
cli-cohort-out = Naar dit bestand schrijven (in één keer vervangen) in plaats van naar de terminal
cli-cohort-format = table voor de terminal, md, html voor de projector, json voor scripts

cli-report-force = Een bestand dat al bestaat vervangen, zonder te vragen
cli-export-force = Een bestand dat al bestaat vervangen, zonder te vragen
cli-cohort-force = Een bestand dat al bestaat vervangen, zonder te vragen
cli-feeds-export-force = Een bestand dat al bestaat vervangen, zonder te vragen
cli-scan-verbose = Elke { -feed } tonen met hoe het ging, niet alleen die met een probleem

cli-welcome-about = Wie je bent: je naam, rol, organisatie en taal (de kennismaking, zonder vragen)
cli-welcome-name = Je naam, zoals drempel je begroet
cli-welcome-role = Je rol of functie
cli-welcome-organisation = Je organisatie
cli-welcome-language = De taal waarin drempel vanaf nu met je praat: en, nl, de, fr of he

cli-feeds-add-practice = Volg in plaats daarvan de oefenfeeds van je taal: ze zitten in drempel, dus er is geen netwerk nodig

cli-plan-about = Je eigen plannen: met een datum of als wekelijkse gewoonte, en als agendabestand
cli-plan-add-about = Maak een plan: met een datum, als wekelijkse gewoonte, of allebei
cli-plan-add-text = Het plan; meerdere woorden hebben geen aanhalingstekens nodig
cli-plan-add-due = Wanneer het klaar moet zijn: YYYY-MM-DD, vandaag, morgen of een weekdag
cli-plan-add-every = Maak er een wekelijkse gewoonte van op deze dag, zoals vrijdag
cli-plan-list-about = Je plannen en die van je coach, op datum
cli-plan-list-json = Druk de plannen af als JSON op stdout
cli-plan-done-about = Vink een plan af, met zijn nummer in `drempel plan list`
cli-plan-done-number = Het nummer van het plan in `drempel plan list`
cli-plan-undo-about = Zet een plan weer open dat per ongeluk was afgevinkt
cli-plan-undo-number = Het nummer van het plan in `drempel plan list`
cli-plan-remove-about = Haal een plan van de lijst (het logboek bewaart het)
cli-plan-remove-number = Het nummer van het plan in `drempel plan list`
cli-plan-calendar-about = Schrijf de datums en wekelijkse gewoontes van je plannen als agendabestand (.ics) voor Outlook, Google Agenda of Apple Agenda
cli-plan-calendar-out = Het bestand om te schrijven, zoals plannen.ics
cli-plan-calendar-force = Vervang het bestand als het al bestaat, zonder te vragen

cli-coach-undo-about = Zet een plan weer open dat per ongeluk was afgevinkt
cli-coach-undo-number = Het nummer van het plan in `drempel coach list`
cli-coach-remove-about = Haal een plan van de lijst (het logboek bewaart het)
cli-coach-remove-number = Het nummer van het plan in `drempel coach list`
