# Plannen: die van de cursist zelf (drempel plan, de laatste stap van de wizard) naast
# die van de coach, het agendabestand, en de woorden waarmee mensen een datum typen.

## Dagen en datums zoals mensen ze typen en lezen

weekday-monday = maandag
weekday-tuesday = dinsdag
weekday-wednesday = woensdag
weekday-thursday = donderdag
weekday-friday = vrijdag
weekday-saturday = zaterdag
weekday-sunday = zondag
date-today = vandaag
date-tomorrow = morgen

## drempel plan

plan-error-bad-date = "{ $text }" is geen datum die drempel kan lezen. Schrijf een datum als YYYY-MM-DD (bijvoorbeeld { $example }), of vandaag, morgen, of een weekdag zoals vrijdag.
plan-error-no-such-day = { $text } bestaat niet: die maand heeft { $days } dagen. Kijk de dag na en schrijf hem opnieuw als YYYY-MM-DD.
plan-error-bad-weekday = "{ $text }" is geen dag van de week. Kies uit: { $days }.
plan-error-bad-number = "{ $text }" is geen nummer van een plan. Het nummer van een plan is het getal dat ervoor staat in `drempel plan list`: 1, 2, 3…
plan-empty = Het plan is leeg. Schrijf na de opdracht wat je gaat doen, bijvoorbeeld: drempel plan add "Een discussie beginnen in mijn groep" --due vrijdag
plan-too-long = Het plan is { $chars } tekens lang; houd het bij { $max }, één regel die zegt wat je gaat doen.
plan-no-such-plan = Er is geen plan met nummer { $number }. { $count ->
        [0] Je hebt nog geen plannen; maak er een met: drempel plan add TEKST --due DATUM
        [one] Je hebt één plan: gebruik 1.
       *[other] Gebruik een nummer van 1 tot en met { $count }, zoals `drempel plan list` ze toont.
    }
plan-overdue = te laat
plan-made-on = gemaakt { $date }
plan-every = elke { $day }
plan-saved = Plan bewaard. Het staat in `drempel plan list` en `drempel progress` tot je het afvinkt met `drempel plan done NUMBER`.
plan-step-done = Stap 8, "{ $step }", is klaar: je hebt een plan met een datum.
plan-calendar-hint = Zo zet je het in je agenda: drempel plan calendar --out plannen.ics
plan-list-empty = Nog geen plannen. Maak er een met: drempel plan add "Een discussie beginnen in mijn groep" --due vrijdag
plan-list-yours = Je eigen plannen
plan-list-hint = Vink een plan af met: drempel plan done NUMBER (undo NUMBER zet het weer open, remove NUMBER haalt het van de lijst)
plan-not-done = Dat plan is niet afgevinkt, dus er valt niets terug te draaien: { $text }
plan-reopened = Weer open: { $text }
plan-removed = Van de lijst gehaald: { $text }
plan-calendar-nothing = Er is nog niets voor in een agenda: geen open plan heeft een datum of een weekdag. Maak er een met: drempel plan add TEKST --due DATUM, of --every WEEKDAG voor een wekelijkse gewoonte.
plan-calendar-written = Geschreven naar { $path }: { $count ->
        [one] 1 afspraak
       *[other] { $count } afspraken
    }. Open het bestand met Outlook, Google Agenda of Apple Agenda om ze toe te voegen.
coach-list-learner-plans = De eigen plannen van de cursist

## Het agendabestand

calendar-name = drempel: mijn plannen
calendar-description-yours = Je eigen plan, gemaakt met drempel.
calendar-description-coach = Een plan dat je met je coach hebt afgesproken, gemaakt met drempel.
calendar-habit = Tien minuten: kijk wat er binnenkwam, beslis wat het verdient, reageer één keer.

## drempel welcome en drempel feeds add --practice

welcome-cmd-saved = Leuk je te ontmoeten, { $name }. Nu de doelen van je organisatie: drempel strategy set --goal DOEL
welcome-unknown-language = "{ $code }" is geen taal die drempel spreekt. Kies uit: en, nl, de, fr, he.
feeds-cmd-practice-summary = { $count ->
        [0] Je volgt alle oefenfeeds van je taal al.
        [one] 1 oefenfeed toegevoegd. Een scan leest hem zonder netwerk: drempel --offline scan
       *[other] { $count } oefenfeeds toegevoegd. Een scan leest ze zonder netwerk: drempel --offline scan
    }
next-profile-choose = Kies een platform waarop je werkt en maak dat profiel compleet, met de privacycontrole erbij.

## De laatste stap van de wizard: je volgende bijdrage, een wekelijkse gewoonte, je gesprek

next-plan-question = Wat wordt je volgende bijdrage?
next-plan-help = een plan met een datum zorgt dat het gebeurt; kies een van je eigen ideeën, of schrijf zelf iets
next-plan-keep = Mijn plan houden: { $text } ({ $date })
next-plan-discussion = Een discussie beginnen in { $name } op { $platform }
next-plan-blog = Een blogbericht maken van "{ $title }"
next-plan-learned = Schrijven over wat ik leerde: { $note }
next-plan-own = Iets anders: ik schrijf het zelf
next-plan-record-post = Ik heb al iets van mezelf geplaatst: noteer het
next-plan-not-now = Nu niet
next-plan-text = Je plan, in één regel:
next-plan-due = Wanneer?
next-plan-due-help = een datum zoals { $example }, of vandaag, morgen, of een weekdag zoals vrijdag
next-plan-due-past = Die dag is al voorbij. Kies vandaag of een dag die nog komt.
next-plan-saved = Bewaard: je plan voor { $date }.
next-post-platform = Waar heb je het geplaatst?
next-post-kind = Wat heb je geschreven?
next-post-kind-discussion = Een discussie die ik begon
next-post-kind-post = Een bericht
next-post-kind-blog = Een blogbericht
next-post-url = Het adres van je bericht:
next-post-recorded = Genoteerd: je bericht op { $platform }. Je eigen woorden staan op een site.
next-habit-intro = Tien minuten per week houden je op gang: kijk wat er binnenkwam, beslis wat het verdient, reageer één keer.
next-habit-question = Welke dag van de week past jou?
next-habit-keep = Mijn gewoonte houden: { $when }
next-habit-none = Voorlopig geen wekelijkse gewoonte
next-habit-text = Tien minuten: kijken wat er binnenkwam, beslissen, één keer reageren
next-habit-saved = Bewaard: elke { $day } tien minuten.
next-calendar-question = Zal ik je plannen in een bestand zetten dat je agenda kan openen?
next-calendar-help = Outlook, Google Agenda en Apple Agenda lezen het allemaal
next-calendar-yes = Ja, schrijf het agendabestand
next-calendar-no = Nee, dank je
next-calendar-written = Geschreven naar { $path }: { $count ->
        [one] 1 afspraak
       *[other] { $count } afspraken
    }. Open het om ze aan je agenda toe te voegen.
next-one-on-one-question = Neem je dit mee naar je volgende gesprek met je leidinggevende of coach?
next-one-on-one-help = als je het bespreekt, wordt het deel van je werk en niet iets ernaast
next-one-on-one-yes = Ja
next-one-on-one-no = Deze keer niet
next-one-on-one-plan = Mijn plan meenemen naar mijn volgende gesprek
next-export-question = Zal ik een bestand maken voor je leidinggevende of coach, met je voortgang en je plannen?
next-export-help = je concepten en notities blijven erbuiten
next-export-yes = Ja, maak het
next-export-no = Nu niet
next-path = Waar zal ik het bewaren?
next-path-needed = Geef een bestandsnaam, of een map om het in te bewaren.
next-path-exists = { $path } bestaat al. Kies een andere naam, zodat er niets van jou wordt vervangen.
today-posts = { $count ->
        [one] een eigen bericht genoteerd
       *[other] { $count } eigen berichten genoteerd
    }
