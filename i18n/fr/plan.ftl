# Actions prévues : celles de l'apprenant (drempel plan, la dernière étape de l'assistant)
# à côté de celles du coach, le fichier d'agenda, et les mots pour taper une date.

## Jours et dates, tels qu'on les tape et les lit

weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche
date-today = aujourd'hui
date-tomorrow = demain

## drempel plan

plan-error-bad-date = « { $text } » n'est pas une date que drempel sait lire. Écrivez une date sous la forme YYYY-MM-DD (par exemple { $example }), ou aujourd'hui, demain, ou un jour de la semaine comme vendredi.
plan-error-no-such-day = Le { $text } n'existe pas : ce mois compte { $days } jours. Vérifiez le jour et écrivez-le à nouveau sous la forme YYYY-MM-DD.
plan-error-bad-weekday = « { $text } » n'est pas un jour de la semaine. Choisissez parmi : { $days }.
plan-error-bad-number = « { $text } » n'est pas un numéro d'action prévue. Le numéro d'une action est le nombre placé devant elle dans `drempel plan list` : 1, 2, 3…
plan-empty = L'action est vide. Écrivez après la commande ce que vous allez faire, par exemple : drempel plan add "Lancer une discussion dans mon groupe" --due vendredi
plan-too-long = L'action fait { $chars } caractères ; tenez-vous-en à { $max }, une ligne qui dit ce que vous allez faire.
plan-no-such-plan = Il n'y a pas d'action numéro { $number }. { $count ->
        [0] Vous n'avez encore aucune action prévue ; créez-en une avec : drempel plan add TEXTE --due DATE
        [one] Vous avez une action prévue : utilisez 1.
       *[other] Utilisez un numéro de 1 à { $count }, comme `drempel plan list` les affiche.
    }
plan-overdue = en retard
plan-made-on = prévue le { $date }
plan-every = chaque { $day }
plan-saved = Action enregistrée. Elle apparaît dans `drempel plan list` et `drempel progress` jusqu'à ce que vous la marquiez comme faite avec `drempel plan done NUMBER`.
plan-step-done = L'étape 8, « { $step } », est faite : vous avez une action prévue avec une date.
plan-calendar-hint = Pour la mettre dans votre agenda : drempel plan calendar --out actions.ics
plan-list-empty = Aucune action prévue pour l'instant. Créez-en une avec : drempel plan add "Lancer une discussion dans mon groupe" --due vendredi
plan-list-yours = Vos actions prévues
plan-list-hint = Marquez une action comme faite avec : drempel plan done NUMBER (undo NUMBER la rouvre, remove NUMBER la retire de la liste)
plan-not-done = Cette action n'est pas marquée comme faite, il n'y a donc rien à annuler : { $text }
plan-reopened = De nouveau ouverte : { $text }
plan-removed = Retirée de la liste : { $text }
plan-calendar-nothing = Il n'y a encore rien à mettre dans un agenda : aucune action ouverte n'a de date ni de jour de la semaine. Créez-en une avec : drempel plan add TEXTE --due DATE, ou --every JOUR pour une habitude hebdomadaire.
plan-calendar-written = Écrit dans { $path } : { $count ->
        [one] 1 événement
       *[other] { $count } événements
    }. Ouvrez le fichier avec Outlook, Google Agenda ou Apple Calendrier pour les ajouter.
coach-list-learner-plans = Les actions prévues par l'apprenant lui-même

## Le fichier d'agenda

calendar-name = drempel : mes actions prévues
calendar-description-yours = Votre action prévue, notée avec drempel.
calendar-description-coach = Une action convenue avec votre coach, notée avec drempel.
calendar-habit = Dix minutes : regarder ce qui est arrivé, décider ce que cela mérite, réagir une fois.

## drempel welcome et drempel feeds add --practice

welcome-cmd-saved = Ravi de vous rencontrer, { $name }. Ensuite, les objectifs de votre organisation : drempel strategy set --goal OBJECTIF
welcome-unknown-language = « { $code } » n'est pas une langue que drempel parle. Choisissez parmi : en, nl, de, fr, he.
feeds-cmd-practice-summary = { $count ->
        [0] Vous suivez déjà tous les flux d'entraînement de votre langue.
        [one] 1 flux d'entraînement ajouté. Une analyse le lit sans réseau : drempel --offline scan
       *[other] { $count } flux d'entraînement ajoutés. Une analyse les lit sans réseau : drempel --offline scan
    }
next-profile-choose = Choisissez une plateforme sur laquelle vous travaillez et complétez votre profil, vérification de la confidentialité comprise.

## La dernière étape de l'assistant : votre prochaine contribution, une habitude hebdomadaire, votre entretien

next-plan-question = Quelle sera votre prochaine contribution ?
next-plan-help = une action avec une date, c'est ce qui la fait arriver ; choisissez l'une de vos propres idées, ou écrivez la vôtre
next-plan-keep = Garder mon action : { $text } ({ $date })
next-plan-discussion = Lancer une discussion dans { $name } sur { $platform }
next-plan-blog = Faire un article de blog à partir de « { $title } »
next-plan-learned = Écrire sur ce que j'ai appris : { $note }
next-plan-own = Autre chose : je l'écris moi-même
next-plan-record-post = J'ai déjà publié quelque chose à moi : le noter
next-plan-not-now = Pas maintenant
next-plan-text = Votre action, en une ligne :
next-plan-due = Pour quand ?
next-plan-due-help = une date comme { $example }, ou aujourd'hui, demain, ou un jour de la semaine comme vendredi
next-plan-due-past = Ce jour est déjà passé. Choisissez aujourd'hui ou un jour à venir.
next-plan-saved = Enregistré : votre action pour le { $date }.
next-post-platform = Où l'avez-vous publié ?
next-post-kind = Qu'avez-vous écrit ?
next-post-kind-discussion = Une discussion que j'ai lancée
next-post-kind-post = Une publication
next-post-kind-blog = Un article de blog
next-post-url = L'adresse de votre publication :
next-post-recorded = Noté : votre publication sur { $platform }. Vos propres mots sont publiés sur un site.
next-habit-intro = Dix minutes par semaine vous font avancer : regarder ce qui est arrivé, décider ce que cela mérite, réagir une fois.
next-habit-question = Quel jour de la semaine vous convient ?
next-habit-keep = Garder mon habitude : { $when }
next-habit-none = Pas d'habitude hebdomadaire pour l'instant
next-habit-text = Dix minutes : regarder ce qui est arrivé, décider, réagir une fois
next-habit-saved = Enregistré : dix minutes chaque { $day }.
next-calendar-question = Voulez-vous que j'écrive vos actions dans un fichier que votre agenda sait ouvrir ?
next-calendar-help = Outlook, Google Agenda et Apple Calendrier le lisent tous
next-calendar-yes = Oui, écrire le fichier d'agenda
next-calendar-no = Non, merci
next-calendar-written = Écrit dans { $path } : { $count ->
        [one] 1 événement
       *[other] { $count } événements
    }. Ouvrez-le pour les ajouter à votre agenda.
next-one-on-one-question = En parlerez-vous lors de votre prochain entretien avec votre responsable ou votre coach ?
next-one-on-one-help = en parler en fait une partie de votre travail, et non quelque chose en plus
next-one-on-one-yes = Oui
next-one-on-one-no = Pas cette fois
next-one-on-one-plan = Apporter mon action à mon prochain entretien
next-export-question = Voulez-vous que j'écrive un fichier pour votre responsable ou votre coach, avec votre progression et vos actions ?
next-export-help = vos brouillons et vos notes n'y figurent pas
next-export-yes = Oui, l'écrire
next-export-no = Pas maintenant
next-path = Où dois-je l'enregistrer ?
next-path-needed = Indiquez un nom de fichier, ou un dossier où l'enregistrer.
next-path-exists = { $path } existe déjà. Choisissez un autre nom, pour que rien de ce qui est à vous ne soit remplacé.
today-posts = { $count ->
        [one] une publication à vous notée
       *[other] { $count } publications à vous notées
    }
