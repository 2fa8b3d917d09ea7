# Na de eerste dag: het oefenmoment, een trede hoger, wat je vandaag en deze week deed,
# en dagen zoals mensen ze zeggen.

## Een trede hoger: de melding zegt erbij wat de nieuwe trede over je zegt

rung-meaning-spectator = Je weet wat je organisatie online wil bereiken, en bij wie.
rung-meaning-joiner = Je profiel is compleet en veilig, en je hoort bij een { -community }.
rung-meaning-collector = Je volgt je { -keywords } en beslist wat elk bericht verdient.
rung-meaning-critic = Je eigen woorden staan op een site: je doet mee. Daar ging het om.
rung-meaning-creator = Je bent zelf iets begonnen: nu reageren anderen op jou.

## Wat je deed, vandaag en de afgelopen zeven dagen

recap-week = De afgelopen zeven dagen
recap-scans = { $count ->
        [one] je { -feeds } één keer gescand
       *[other] je { -feeds } { $count } keer gescand
    }
recap-comments = { $count ->
        [one] een reactie geplaatst, en genoteerd waar die staat
       *[other] { $count } reacties geplaatst, en genoteerd waar ze staan
    }
recap-comments-more = { $count ->
        [one] nog een reactie geplaatst
       *[other] nog { $count } reacties geplaatst
    }
recap-visits = { $count ->
        [one] een kijkje genomen in een { -community }
       *[other] { $count } keer een kijkje genomen in je { -communities }
    }
recap-plans-made = { $count ->
        [one] een plan gemaakt
       *[other] { $count } plannen gemaakt
    }
recap-plans-done = { $count ->
        [one] een plan afgevinkt
       *[other] { $count } plannen afgevinkt
    }

## Datums in woorden: "12 december", "20 januari 2027"

date-month = { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

## Het oefenmoment

practice-part-scan = kijken wat er binnenkwam
practice-part-decide = beslissen wat het verdient
practice-part-respond = één keer reageren
practice-part-plan = je plan
practice-welcome-named = Welkom terug, { $name }.
practice-welcome = Welkom terug.
practice-since = { $when ->
        [today] Sinds eerder vandaag
        [yesterday] Sinds gisteren
        [weekday] Sinds { $day }
       *[date] Sinds { $day }
    }: { $count ->
        [0] nog niets nieuws
        [one] één nieuw bericht
       *[other] { $count } nieuwe berichten
    }.
practice-since-first = { $count ->
        [0] Nog niets nieuws.
        [one] Eén nieuw bericht.
       *[other] { $count } nieuwe berichten.
    }
practice-plan-none = Je hebt nog geen plan met een datum: aan het eind maken we er een.
practice-plan-due = Je plan: { $plan }, uiterlijk { $when ->
        [today] vandaag
        [tomorrow] morgen
        [yesterday] gisteren
        [weekday] { $day }
       *[date] { $day }
    }.
practice-plan-overdue = Je plan: { $plan }. Dat stond voor { $when ->
        [today] vandaag
        [yesterday] gisteren
        [weekday] { $day }
       *[date] { $day }
    }: het is nog niet te laat.
practice-plan-every = Je plan: { $plan }, elke { $day }.
practice-plan = Je plan: { $plan }.
practice-intro = Tien minuten: kijken wat er binnenkwam, beslissen, één keer reageren en naar je plan kijken. Sla over wat je wilt; Esc is even pauze.
practice-resume = We waren gebleven bij: { $part }. Daar gaan we verder.
practice-orientation = Oefenen · { $number } van { $total }: { $part } · je bent: { $rung }
practice-skip = Deze keer niet
practice-leave = Genoeg voor vandaag
practice-scan-question = Kijken wat er sindsdien binnenkwam?
practice-scan-go = Ja, kijk nu
practice-scan-found = { $count ->
        [0] Deze keer kwam er niets nieuws binnen. Dat gebeurt: wat nog wacht, staat er nog.
        [one] Er kwam één nieuw bericht binnen.
       *[other] Er kwamen { $count } nieuwe berichten binnen.
    }
practice-nothing-waiting = Er wacht niets op een beslissing. Netjes bijgehouden!
practice-decide-question = { $count ->
        [one] Eén bericht wacht
       *[other] { $count } berichten wachten
    } op je beslissing. Zullen we ze doorlopen? Je kunt na elk bericht stoppen.
practice-decide-go = Ja, één voor één
practice-respond-question = Vandaag één keer reageren? Een korte reactie onder iets wat je las, of in je { -community }, is genoeg.
practice-respond-go = Ja, ik schrijf een reactie
practice-plan-question = { $plan } Wil je iets aanpassen?
practice-plan-question-none = Je hebt nog geen plan met een datum. Nu een maken? Eén klein ding, op een dag die jij kiest.
practice-plan-go = Ja, mijn plan bijwerken
practice-plan-how = Wat is er veranderd?
practice-plan-done = Het is gelukt: afvinken
practice-plan-new-date = Het heeft een nieuwe datum nodig
practice-plan-new = Een nieuw plan maken
practice-plan-marked-done = Afgevinkt: { $plan }. Goed gedaan: daar is de gewoonte voor.
practice-plan-next-question = Wat is je volgende stap? Een nieuw plan houdt je op gang.
practice-plan-later = Later
practice-plan-text-help = één klein, concreet ding: een discussie starten, een kort bericht schrijven, een vraag stellen
practice-plan-saved = Bewaard. { $plan }
practice-next = Volgende stap: { $action }
practice-bye = Tot de volgende keer: start drempel weer als je tien minuten hebt.
