# De berichtencatalogus van drempel (Nederlands). De sleutels liggen vast; de woorden mogen veranderen.
# Aanspreekvorm: je/jij/jouw. Woorden van de methode komen uit glossary.ftl ({ -rung-critic } enz.).
# Variabelen: { $name }. Zie https://projectfluent.org/ voor de syntaxis.

## Labels

label-error = fout:
label-warning = waarschuwing:

## Fouten: wat er mis was, waar, en wat je kunt doen

error-unknown-item = "{ $item }" staat niet op de checklist voor { $platform }. Geldige punten: { $valid }.
error-no-home = drempel vindt op dit systeem geen map voor zijn gegevens. Geef --home DIR mee, of stel DREMPEL_HOME in.
error-io = Kan { $path } niet { $action ->
        [read] lezen
        [write] schrijven
        [create] aanmaken
        [open] openen
        [lock] vergrendelen
       *[other] gebruiken
    }: { $reason }. Kijk of de map bestaat en of je erin mag schrijven, of kies een andere map met --home DIR.
io-not-found = het bestaat niet
io-permission-denied = je hebt daar geen toestemming voor
io-already-exists = het bestaat al
io-disk-full = de schijf is vol
io-is-a-directory = het is een map, geen bestand
io-not-a-directory = een deel van het pad is een bestand, geen map
io-read-only = de schijf kan alleen gelezen worden
io-not-text = het is geen UTF-8-tekst
error-journal-corrupt = Het logboek { $path } is beschadigd op regel { $line } ({ $reason }). Er is niets veranderd. Bewaar het bestand en vraag je trainer of coach om naar die regel te kijken; `drempel doctor` vertelt meer.
error-journal-locked = Een andere drempel is bezig met dit logboek ({ $path }). Rond het andere venster af of sluit het, en probeer het dan opnieuw.
error-lessons = De lessen hebben { $count ->
        [one] een probleem
       *[other] { $count } problemen
    }:
    { $problems }
error-needs-terminal = `{ $command }` stelt eerst een vraag en heeft daarvoor een terminal nodig. Wil je doorgaan zonder vraag, gebruik dan `{ $alternative }`.
error-interrupted = Gestopt. Alles wat je tot nu toe hebt geantwoord, is bewaard; start drempel opnieuw om verder te gaan.
error-output = Kan de uitvoer niet schrijven: { $reason }
error-bad-learner = gebruik 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes, en begin niet met een punt
error-bad-lang = drempel spreekt "{ $lang }" nog niet. Kies een van: { $valid }
journal-bad-data = een gebeurtenis "{ $kind }" met gegevens in de verkeerde vorm: { $reason }
warning-torn-line = De laatste regel van { $path } (regel { $line }) is onvolledig, waarschijnlijk door een onderbroken schrijfactie. Die regel wordt overgeslagen en blijft zoals hij is in het bestand staan.

## Doelen

goal-recruitment = werving
goal-employer-branding = werkgeversmerk
goal-marketing-sales = marketing en verkoop
goal-customer-care = klantenservice
goal-thought-leadership = thought leadership
goal-knowledge-sharing = kennisdeling


## Wat elke trede vraagt

need-welcome = je hebt jezelf voorgesteld
need-strategy = je hebt minstens één doel van je organisatie gekozen
need-profile = de checklist van één platform is klaar, privacypunten inbegrepen
need-profile-progress = de checklist van één platform is klaar, privacypunten inbegrepen ({ $platform }: { $done } van { $total })
need-community = lid van minstens één { -community } (nu { $have })
need-keywords = { $need ->
        [one] minstens één { -keyword }
       *[other] minstens { $need } { -keywords }
    } (nu { $have })
need-feed = minstens één { -feed } om te volgen (nu { $have })
need-scan = je { -feeds } minstens één keer gescand (nu { $have })
need-triaged = { $need ->
        [one] minstens één bericht gelezen en erover beslist
       *[other] minstens { $need } berichten gelezen en erover beslist
    } (nu { $have })
need-kept = minstens één bericht bewaard om later te lezen, voor een blog, de nieuwsbrief, een reactie of om te delen (nu { $have })
need-comment = een reactie geplaatst en genoteerd met het adres, waarvan het concept zonder fouten door de check kwam (nu { $have })
need-post = een eigen bericht, discussie of blogpost, genoteerd met het adres (nu { $have })

## De volgende stap

next-welcome = Begin met een kort welkom: een paar vragen over jou en je werk. Dat duurt twee minuten.
next-strategy = Kies de doelen van je organisatie: alles wat daarna komt, volgt daaruit.
next-profile-item = Werk aan je profiel op { $platform }. Volgende punt: { $label }.
next-community = Sluit je aan bij één { -community } die bij je doelen past: een groep, een hashtag of een forum.
next-keywords = Voeg { -keywords } toe om te volgen: je hebt er { $have }, en met { $need } heb je een goed begin.
next-feed = Voeg een { -feed } toe om te volgen, bijvoorbeeld een Google Alert die je als RSS laat bezorgen.
next-scan = Scan je { -feeds } en kijk wat je { -keywords } vinden.
next-triage = Lees wat er binnengekomen is en beslis wat elk bericht verdient.
next-comment = Schrijf je eerste reactie, laat de check erover gaan, plaats ze zelf en noteer waar die staat.
next-post = Je hebt de trede { -rung-critic } bereikt: jouw eigen woorden staan op een site. Begin nu een discussie of schrijf een eigen bericht, en noteer waar het staat.
next-creator = Je hebt de trede { -rung-creator } bereikt. Hou de gewoonte vast: elke week wat lezen en één reactie.

## progress

progress-headline = Je bent: { $rung }
progress-headline-named = { $name }, je bent: { $rung }
progress-aim = Het doel van de reis is { -rung-critic }: je eigen woorden, op een site.
progress-ladder = De { -ladder }
progress-steps = Jouw stappen
progress-skipped = (voorlopig overgeslagen)
progress-next = Volgende stap:
progress-not-applicable = Niet van toepassing op jou
progress-not-applicable-item = { $platform } · { $label }: { $reason }
orientation = Stap { $number } van { $total } · { $step } · je bent: { $rung }

## strategy

strategy-none = Nog geen strategie. Kies de doelen van je organisatie, bijvoorbeeld: drempel strategy set --goal recruitment --audience "verpleegkundigen in de regio"
strategy-saved = Strategie bewaard.
strategy-goals = Doelen:
strategy-audience = Doelgroep:
strategy-why = Waarom het voor jou telt:

## profile

profile-needs-platform = Zeg over welk platform het gaat, bijvoorbeeld: drempel profile linkedin done { $item }
profile-item-done = ✓ { $platform }: { $item } gedaan ({ $done } van { $total }).
profile-item-undone = { $platform }: { $item } staat weer open.
profile-nothing-to-undo = { $platform }: { $item } was niet afgevinkt, dus er valt niets terug te draaien.
profile-complete = Je checklist voor { $platform } is klaar, { -privacy-review } inbegrepen. Goed gedaan!
profile-next-item = Volgende: { $command }
profile-overview-hint = Bekijk de checklist van één platform: drempel profile linkedin
profile-status-later = (later)
profile-status-declined = (niet voor mij)
profile-privacy-tag = { " " }[privacy]
profile-status-not-applicable = { " " }(niet van toepassing: { $reason })
profile-item-not-applicable = ✓ { $platform }: { $item } is niet van toepassing op jou ({ $done } van { $total }). Je reden: { $reason }
profile-reason-example = Bijvoorbeeld: { $command }
profile-reason-example-text = Ik beheer geen pagina

## Een checklistpunt dat niet van toepassing is: de reden van de cursist

checklist-reason-empty = Zeg in één korte regel waarom dit punt niet op jou van toepassing is.
checklist-reason-too-long = Je reden telt { $used } tekens; { $limit } is het maximum. Haal er nog { $over ->
        [one] één teken
       *[other] { $over } tekens
    } af.

## reset

reset-what-all = je hele reis
reset-what-step = de stap "{ $step }"
reset-question = Wil je { $what } opnieuw beginnen?
reset-help = Er wordt niets gewist: je logboek bewaart alles, en de stap begint opnieuw.
reset-kept = Er is niets veranderd.
reset-done = Klaar: { $what } begint opnieuw. Je logboek bewaart nog alles van daarvoor.

## lessons

lessons-origin-embedded = de ingebouwde lessen
lessons-unknown-id = Er is geen les "{ $id }". Lessen: { $valid }.
lessons-check-ok = { $origin }: { $count ->
        [one] 1 les
       *[other] { $count } lessen
    }, talen { $languages }. Geen problemen.
lesson-story = Een verhaal
lesson-checklist = Checklist
lesson-takeaways = Om te onthouden
lessons-not-utf8 = het bestand is geen UTF-8-tekst; sla het op als UTF-8
lessons-no-front-matter = een les begint met een regel +++, dan de kop in TOML (front matter), dan weer een regel +++
lessons-bad-front-matter = front matter: { $reason }
lessons-bad-id = "{ $id }" is geen geldige id: gebruik kleine letters, cijfers en streepjes (kebab-case)
lessons-duplicate-id = de les-id "{ $id }" wordt ook gebruikt in { $other }
lessons-duplicate-step = de stap "{ $step }" heeft al een les in { $other }
lessons-empty-field = het veld { $field } is leeg
lessons-empty-body = de les heeft geen tekst na de front matter
lessons-checklist-outside-profiles = checklistpunten horen in de les over profielen
lessons-item-empty = het checklistpunt "{ $id }" heeft een label en een helptekst nodig
lessons-privacy-draft = het privacypunt "{ $id }" kan geen concepttekst hebben
lessons-duplicate-item = het checklistpunt "{ $id }" voor { $platform } staat ook in { $other }
lessons-missing-step = geen les voor de stap "{ $step }"
lessons-missing-item = de checklist voor { $platform } heeft een punt "{ $id }" nodig
lessons-no-base-language = er moet een map "{ $lang }" zijn met de lessen in het Engels
lessons-language-missing-id = de les "{ $id }" bestaat in het Engels, maar niet in "{ $lang }"
lessons-language-extra-id = de les "{ $id }" bestaat in "{ $lang }", maar niet in het Engels
lessons-language-item-differs = het checklistpunt "{ $id }" voor { $platform } staat in de ene taal wel en in de andere niet ("{ $lang }" en Engels moeten overeenkomen)
lessons-fallback = { $origin } heeft geen leesbare les in de taal { $language } voor { $count ->
        [one] deze stap: { $steps }. Je ziet die les in het Engels.
       *[other] deze stappen: { $steps }. Je ziet die lessen in het Engels.
    }{ $problems }
lessons-fallback-builtin = { $origin } heeft geen leesbare Engelse les voor { $count ->
        [one] deze stap: { $steps }. In plaats daarvan zie je de ingebouwde les.
       *[other] deze stappen: { $steps }. In plaats daarvan zie je de ingebouwde lessen.
    }{ $problems }
lessons-unknown-term = "{ $term }" is geen woord uit de woordenlijst (i18n/{ $lang }/glossary.ftl); je schrijft de termen zo: {"{"} -rung-critic {"}"}
lessons-catalog-missing = { $count ->
        [one] 1 bericht ontbreekt
       *[other] { $count } berichten ontbreken
    } in "{ $lang }" en { $count ->
        [one] zou
       *[other] zouden
    } in het Engels verschijnen: { $keys }

## doctor

doctor-home = thuismap
doctor-learner = cursist
doctor-journal = logboek
doctor-lessons = lessen
doctor-terminal = terminal
doctor-system = systeem
doctor-exists = bestaat
doctor-not-a-folder = geen map!
doctor-not-yet = nog niet aangemaakt; dat gebeurt bij het eerste antwoord
doctor-journal-ok = { $events ->
        [one] 1 gebeurtenis
       *[other] { $events } gebeurtenissen
    }, waarvan { $ignored } van een nieuwere drempel of van een onbekende soort (bewaard), { $torn ->
        [one] 1 onvolledige regel
       *[other] { $torn } onvolledige regels
    } (bewaard, overgeslagen)
doctor-journal-locked = een andere drempel schrijft er nu in
doctor-lessons-ok = { $origin }, taal { $lang }, { $count ->
        [one] 1 les
       *[other] { $count } lessen
    }
doctor-terminal-line = stdin is een terminal: { $stdin }, stdout is een terminal: { $stdout }, kleur { $colour }, { $width } kolommen, TERM={ $term }, NO_COLOR={ $no_color }, LANG={ $lang }
doctor-yes = ja
doctor-no = nee
doctor-bidi = rechts naar links
doctor-bidi-reorders = { $terminal } toont tekst van rechts naar links (Hebreeuws) in leesvolgorde
doctor-bidi-aligned = { $terminal } toont tekst van rechts naar links (Hebreeuws) in leesvolgorde; zolang drempel Hebreeuws spreekt, laat het Hebreeuwse regels rechts beginnen
doctor-bidi-setting = { $terminal } toont tekst van rechts naar links (Hebreeuws) alleen in leesvolgorde als deze instelling aan staat: { $setting }
doctor-bidi-partly = { $terminal } zet Hebreeuwse woorden in leesvolgorde, maar haakjes, getallen en kolommen niet altijd
doctor-bidi-no = { $terminal } zet tekst van rechts naar links (Hebreeuws) niet in leesvolgorde: elk woord staat achterstevoren
doctor-bidi-old = { $terminal } is ouder dan de eerste VTE die tekst van rechts naar links in leesvolgorde zet (0.58): Hebreeuws staat achterstevoren
doctor-bidi-unknown = niet bekend of deze terminal tekst van rechts naar links (Hebreeuws) in leesvolgorde toont
doctor-bidi-advice = Gebruik voor Hebreeuws een terminal die het in leesvolgorde zet: GNOME Terminal of een andere VTE-terminal (0.58 of nieuwer), of mlterm. Of lees je voortgang als webpagina: `drempel report --format html --out rapport.html`.

## Files named on the command line: read with a cap, written only as ordinary files

file-not-a-file = het is { $kind ->
        [symlink] een symbolische koppeling
        [pipe] een pipe (FIFO)
        [device] een apparaat
        [socket] een socket
        [folder] een map
       *[other] iets bijzonders
    }, geen gewoon bestand
file-too-large = het is groter dan { $limit }
file-size = { $unit ->
        [mb] { $n } MB
       *[kb] { $n } KB
    }
error-out-not-a-file = drempel schrijft niet naar { $path }: { $reason }. drempel maakt of vervangt alleen gewone bestanden; geef een bestand op.
error-out-exists = { $path } bestaat al. Voeg --force toe om het te vervangen, of kies een andere naam.
error-out-write = Kan { $path } niet schrijven: { $reason }. Kijk of de map bestaat en of je daarin mag schrijven, of kies een ander bestand.
error-disk-full = De schijf is vol: { $path } kon niet geschreven worden. Maak ruimte vrij op die schijf en probeer het opnieuw.
out-replace-question = { $path } bestaat al. Wil je het vervangen?
out-kept = Er is niets geschreven; { $path } blijft zoals het was.

## Veiligheid van het logboek (issue 13)

warning-torn-line-inside = Regel { $line } van { $path } is onvolledig, waarschijnlijk door een onderbroken schrijfactie. Die regel wordt overgeslagen en blijft zoals hij is in het bestand staan.
warning-journal-tightened = Anderen op deze computer konden { $path } lezen (rechten { $mode }). drempel heeft het privé gemaakt ({ $made }): er staan je notities en concepten in.
warning-journal-too-open = Anderen op deze computer kunnen { $path } lezen (rechten { $mode }), en drempel kon dat niet veranderen. Er staan je notities en concepten in: vraag wie deze computer beheert om het privé te maken.
error-journal-symlink = Het logboek { $path } is een symbolische koppeling. drempel schrijft niet via een koppeling, dus er is niets veranderd. Zet het logboekbestand zelf op die plek (verplaats het bestand waar de koppeling naar wijst) en probeer het dan opnieuw.
error-journal-not-a-file = Op de plek van het logboek ({ $path }) staat iets anders dan een gewoon bestand. Er is niets veranderd. Zet het ergens anders neer en probeer het dan opnieuw.
confirm-yes = Ja
confirm-no = Nee
confirm-hint-yes = (J/n)
confirm-hint-no = (j/N)
confirm-yes-words = j, ja
confirm-no-words = n, nee
confirm-invalid = Antwoord met ja of nee.
