# Après le premier jour : la séance de pratique, un échelon gravi, ce qui a été fait
# aujourd'hui et cette semaine, et les jours tels qu'on les dit.

## Un échelon gravi : l'annonce dit aussi ce que le nouvel échelon dit de vous

rung-meaning-spectator = Vous savez ce que votre organisation veut en ligne, et pour qui.
rung-meaning-joiner = Votre profil est complet et sûr, et vous faites partie d'une { -community }.
rung-meaning-collector = Vous suivez vos { -keywords } et décidez de ce que mérite chaque article.
rung-meaning-critic = Vos propres mots figurent sur un site : vous participez. C'était le but du parcours.
rung-meaning-creator = Vous avez lancé quelque chose à vous : maintenant, d'autres vous répondent.

## Ce que vous avez fait, aujourd'hui et ces sept derniers jours

recap-week = Ces sept derniers jours
recap-scans = { $count ->
        [one] { -feeds } analysés une fois
       *[other] { -feeds } analysés { $count } fois
    }
recap-comments = { $count ->
        [one] un commentaire publié, et son adresse notée
       *[other] { $count } commentaires publiés, et leurs adresses notées
    }
recap-comments-more = { $count ->
        [one] un commentaire de plus publié
       *[other] { $count } commentaires de plus publiés
    }
recap-visits = { $count ->
        [one] un passage dans une { -community }
       *[other] { $count } passages dans vos { -communities }
    }
recap-plans-made = { $count ->
        [one] un plan établi
       *[other] { $count } plans établis
    }
recap-plans-done = { $count ->
        [one] un plan coché comme fait
       *[other] { $count } plans cochés comme faits
    }

## Les dates en toutes lettres : « 12 décembre », « 20 janvier 2027 »

date-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
date-day-month = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
date-day-month-year = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

## La séance de pratique

practice-part-scan = voir ce qui est arrivé
practice-part-decide = décider de ce que cela mérite
practice-part-respond = réagir une fois
practice-part-plan = votre plan
practice-welcome-named = Bon retour, { $name }.
practice-welcome = Bon retour.
practice-since = { $when ->
        [today] Depuis tout à l'heure
        [yesterday] Depuis hier
        [weekday] Depuis { $day }
       *[date] Depuis le { $day }
    } : { $count ->
        [0] rien de nouveau pour l'instant
        [one] un nouvel article
       *[other] { $count } nouveaux articles
    }.
practice-since-first = { $count ->
        [0] Rien de nouveau pour l'instant.
        [one] Un nouvel article.
       *[other] { $count } nouveaux articles.
    }
practice-plan-none = Vous n'avez pas encore de plan avec une date : nous en ferons un à la fin.
practice-plan-due = Votre plan : { $plan }, { $when ->
        [today] pour aujourd'hui
        [tomorrow] pour demain
        [yesterday] pour hier
        [weekday] pour { $day }
       *[date] pour le { $day }
    }.
practice-plan-overdue = Votre plan : { $plan }. Il était prévu { $when ->
        [today] pour aujourd'hui
        [yesterday] pour hier
        [weekday] pour { $day }
       *[date] pour le { $day }
    } : il n'est pas trop tard.
practice-plan-every = Votre plan : { $plan }, chaque { $day }.
practice-plan = Votre plan : { $plan }.
practice-intro = Dix minutes : voir ce qui est arrivé, décider, réagir une fois et regarder votre plan. Passez ce que vous voulez ; Échap fait une pause.
practice-resume = Nous nous étions arrêtés à : { $part }. Reprenons là.
practice-orientation = Pratique · { $number } sur { $total } : { $part } · votre échelon : { $rung }
practice-skip = Pas cette fois
practice-leave = C'est tout pour aujourd'hui
practice-scan-question = Voir ce qui est arrivé depuis ?
practice-scan-go = Oui, regarder maintenant
practice-scan-found = { $count ->
        [0] Rien de nouveau cette fois. Cela arrive : ce qui attend est toujours là.
        [one] Un nouvel article est arrivé.
       *[other] { $count } nouveaux articles sont arrivés.
    }
practice-nothing-waiting = Rien n'attend de décision. Bien tenu !
practice-decide-question = { $count ->
        [one] Un article attend
       *[other] { $count } articles attendent
    } votre décision. On les parcourt ? Vous pouvez vous arrêter après chacun.
practice-decide-go = Oui, un par un
practice-respond-question = Réagir une fois aujourd'hui ? Un court commentaire sous quelque chose que vous avez lu, ou dans votre { -community }, suffit.
practice-respond-go = Oui, écrire un commentaire
practice-plan-question = { $plan } Voulez-vous y changer quelque chose ?
practice-plan-question-none = Vous n'avez pas de plan avec une date. En faire un maintenant ? Une petite chose, pour le jour de votre choix.
practice-plan-go = Oui, mettre mon plan à jour
practice-plan-how = Qu'est-ce qui a changé ?
practice-plan-done = C'est fait : le cocher
practice-plan-new-date = Il lui faut une nouvelle date
practice-plan-new = Faire un nouveau plan
practice-plan-marked-done = Coché : { $plan }. Bravo : c'est à cela que sert l'habitude.
practice-plan-next-question = Et ensuite ? Un nouveau plan vous garde en mouvement.
practice-plan-later = Plus tard
practice-plan-text-help = une petite chose concrète : lancer une discussion, écrire un court article, poser une question
practice-plan-saved = Enregistré. { $plan }
practice-next = Ensuite : { $action }
practice-bye = À la prochaine : relancez drempel dès que vous avez dix minutes.
