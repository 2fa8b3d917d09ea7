# Coaching et séances de formation : notes et actions du coach, rapport, export, groupe.

## coach

coach-note-saved = Note enregistrée dans le journal. Elle reste privée : les exports la laissent de côté, sauf si l'apprenant choisit d'y inclure les brouillons.
coach-plan-saved = Action prévue enregistrée. Elle apparaît dans `drempel progress` jusqu'à ce qu'elle soit marquée comme faite avec `drempel coach done NUMBER`.
coach-empty = Le texte est vide. Écrivez la note ou l'action après la commande, par exemple : drempel coach plan "Écrire un premier commentaire" --due 2026-03-01
coach-error-bad-date = drempel ne sait pas lire la date « { $text } ». Écrivez-la sous la forme année-mois-jour, par exemple 2026-03-01.
coach-error-bad-number = « { $text } » n'est pas un numéro d'action prévue. Le numéro d'une action est le nombre placé devant elle dans `drempel coach list` : 1, 2, 3…
coach-due-in-past = La date prévue, { $date }, est déjà passée. L'action est quand même enregistrée.
coach-due = pour le { $date }
coach-set-on = convenue le { $date }
coach-done-on = faite le { $date }
coach-no-such-plan = Il n'y a pas d'action numéro { $number }. { $count ->
        [0] Il n'y a encore aucune action ; ajoutez-en une avec : drempel coach plan TEXT
        [one] Il n'y a qu'une action : utilisez 1.
       *[other] Utilisez un numéro de 1 à { $count }, comme les affiche `drempel coach list`.
    }
coach-plan-closed = ✓ Fait : { $text }
coach-plan-already-done = Cette action était déjà marquée comme faite : { $text }
coach-list-empty = Pas encore de notes ni d'actions du coach. Ajoutez-en avec : drempel coach note TEXT, ou drempel coach plan TEXT --due YYYY-MM-DD
coach-list-hint = Marquez une action comme faite avec : drempel coach done NUMBER (undo NUMBER la rouvre, remove NUMBER la retire de la liste)
progress-from-coach = De la part de votre coach

## report

report-title = Le parcours de { $name }
report-rung = Échelon actuel :
report-contributor = but atteint : l'échelon { -rung-critic } ou au-dessus
report-next = À faire ensuite :
report-period = Commencé le { $started }, dernière activité le { $last }.
report-period-none = Rien dans le journal pour l'instant.
report-ladder = L'échelle
report-timeline = Au fil du temps
report-no-movement = L'échelon n'a pas encore changé.
report-steps = Étapes
report-strategy = { -step-strategy }
report-checklists = Listes de contrôle des profils
report-not-applicable = Sans objet, avec la raison donnée par l'apprenant :
report-not-applicable-item = { $platform }, { $label } : { $reason }
report-monitoring = { -step-monitoring }
report-monitoring-counts = { $keywords ->
        [one] { $keywords } { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] { $feeds } { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] { $scans } analyse
       *[other] { $scans } analyses
    }.
report-keyword = { -keyword }
report-feed = { -feed }
report-triage = { -step-reading }
report-triage-counts = { $total ->
        [one] { $total } article trié
       *[other] { $total } articles triés
    }, { $kept ->
        [one] { $kept } gardé pour quelque chose
       *[other] { $kept } gardés pour quelque chose
    }.
report-communities = { -step-communities }
report-comments = Commentaires
report-posts = Publications, discussions et articles de blog
report-coach = Notes et actions du coach
report-plans = Actions prévues
report-notes = Notes
report-none = Rien pour l'instant.
report-yes = oui
report-no = non
report-col-rung = Échelon
report-col-reached = Atteint la première fois
report-col-now = Acquis aujourd'hui
report-col-step = Étape
report-col-done = Faite
report-col-first-done = Faite la première fois
report-col-done-now = Faite aujourd'hui
report-col-platform = Plateforme
report-col-decision = Décision
report-col-count = Articles
report-generated = Créé par drempel le { $at }.
report-written = Écrit dans { $path }.
report-decision-skip = { -decision-skip }
report-decision-later = { -decision-later }
report-decision-blog = { -decision-blog }
report-decision-newsletter = { -decision-newsletter }
report-decision-respond = { -decision-respond }
report-decision-share = { -decision-share }

## images

svg-ladder-title = L'échelle : vous êtes à l'échelon { $rung }
svg-timeline-title = L'échelon au fil du temps
svg-not-yet = pas encore
svg-you-are-here = maintenant

## export

export-summary-title = Cet export contient :
export-no-name = aucun nom (vous n'en avez pas donné à l'accueil)
export-summary-name = votre nom : { $name }
export-summary-rung = votre échelon, { $rung }, et les dates { $reached ->
        [one] de l'échelon atteint
       *[other] des { $reached } échelons atteints
    }
export-summary-steps = les étapes terminées ({ $done } sur { $total }) et leurs dates
export-summary-counts = des totaux : { $items ->
        [one] { $items } élément de profil fait
       *[other] { $items } éléments de profil faits
    }, { $keywords ->
        [one] { $keywords } { -keyword }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] { $feeds } { -feed }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] { $scans } analyse
       *[other] { $scans } analyses
    }, { $triaged ->
        [one] { $triaged } article lu
       *[other] { $triaged } articles lus
    }
export-summary-public = ce que vous avez rendu public : { $communities ->
        [one] { $communities } { -community }
       *[other] { $communities } { -communities }
    }, { $comments ->
        [one] { $comments } adresse de commentaire
       *[other] { $comments } adresses de commentaires
    }, { $posts ->
        [one] { $posts } adresse de publication
       *[other] { $posts } adresses de publications
    }
export-summary-plans = { $plans ->
        [one] { $plans } action convenue
       *[other] { $plans } actions convenues
    } avec votre coach
export-summary-private = parce que vous l'avez demandé : { $drafts ->
        [one] { $drafts } brouillon
       *[other] { $drafts } brouillons
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }, vos { -keywords } et les adresses de vos { -feeds }
export-summary-left-out = Laissés de côté : les brouillons, vos notes, les notes du coach, vos { -keywords } et les adresses de vos { -feeds }. Ajoutez --include-drafts pour les inclure.
export-question = Écrire ceci dans { $path } ?
export-cancelled = Rien n'a été écrit.
export-written = Écrit dans { $path }. Remettez ce fichier à votre coach ou à votre formateur.

## cohort

cohort-title = Le groupe en un coup d'œil
cohort-headline = { $learners ->
        [one] { $learners } apprenant
       *[other] { $learners } apprenants
    }, dont { $contributors } à l'échelon { -rung-critic } ou au-dessus.
cohort-rungs = Où en sont les personnes sur l'échelle
cohort-funnel = Étapes terminées
cohort-stuck = Où les personnes bloquent (la première chose qui manque)
cohort-moved-up = Ont progressé depuis le { $since } : { $up } sur { $learners } ({ $stayed } sans changement, { $down } en recul).
cohort-by-day = Échelons atteints par jour
cohort-people = Par personne
cohort-col-learners = Apprenants
cohort-col-missing = Manque
cohort-col-move = De → à
cohort-col-date = Date
cohort-col-name = Nom
cohort-col-steps = Étapes
cohort-col-before = Avant le { $since }
cohort-moved-from = ↑ depuis l'échelon { $rung }
cohort-dropped-from = ↓ depuis l'échelon { $rung }
cohort-skipped = { $count ->
        [one] { $count } fichier ignoré
       *[other] { $count } fichiers ignorés
    }
cohort-skipped-one = { $path } ignoré : { $reason }
cohort-skip-missing = ce fichier ou ce dossier n'existe pas
cohort-skip-unreadable = il n'a pas pu être lu ({ $reason })
cohort-skip-too-large = il fait { $megabytes } Mo, bien trop pour un export
cohort-skip-not-json = ce n'est pas du JSON valide ({ $reason }) ; le fichier est peut-être tronqué, redemandez l'export
cohort-skip-foreign = ce n'est pas un export drempel
cohort-skip-foreign-format = ce n'est pas un export drempel (son format est « { $format } »)
cohort-skip-newer = il a été écrit par un drempel plus récent (version d'export { $version } ; ce drempel lit jusqu'à la version { $supported }). Mettez drempel à jour pour l'inclure.
cohort-skip-damaged = c'est un export drempel, mais il est abîmé : { $reason }
cohort-skip-duplicate = un export plus ancien de la même personne que { $newer }
cohort-no-version = il n'a pas de version d'export
cohort-nothing-found = Aucun export trouvé dans { $paths }. Indiquez à drempel les fichiers d'export, ou le dossier où vous les avez rassemblés.
cohort-none-readable = Aucun des fichiers n'a pu être lu comme un export ; voyez la liste ci-dessus.
cohort-evidence-welcome = l'accueil
cohort-evidence-strategy = la stratégie
cohort-evidence-profile-complete = un profil complet, avec son { -privacy-review }
cohort-evidence-community = une { -community } rejointe
cohort-evidence-keywords = assez de { -keywords }
cohort-evidence-feed = un { -feed } à suivre
cohort-evidence-scan = une première analyse
cohort-evidence-triaged = assez d'articles lus et triés
cohort-evidence-kept = un article gardé pour quelque chose
cohort-evidence-checked-comment = un commentaire vérifié, publié et noté
cohort-evidence-own-post = une publication personnelle

## Exports dont les chiffres ne peuvent pas être justes (ticket 13)

cohort-skip-invalid = c'est un export drempel, mais ses chiffres ne peuvent pas être justes : { $reason }. Il n'est pas compté, pour ne pas fausser les chiffres du groupe ; redemandez l'export
cohort-invalid-future = { $field } vaut { $at }, une date dans le futur (l'horloge de l'ordinateur d'où il vient est-elle à l'heure ?)
cohort-invalid-after-export = { $field } vaut { $at }, après la création de l'export lui-même ({ $generated })
cohort-invalid-before-start = { $field } vaut { $at }, avant le début du parcours ({ $start })
cohort-invalid-too-many-steps = il liste { $count } étapes, et le parcours en compte { $max }
cohort-invalid-repeated-step = il liste deux fois l'étape « { $step } »
cohort-invalid-too-many-rungs = sa chronologie liste { $count } échelons, et l'échelle en compte { $max }
cohort-invalid-repeated-rung = sa chronologie liste deux fois l'échelon { $rung }
cohort-invalid-never-reached = l'échelon { $rung } est acquis mais n'a jamais été atteint
cohort-invalid-steps-done = il indique { $claimed } étapes terminées, et sa liste d'étapes en montre { $listed }
cohort-invalid-done-over-total = pour { $platform }, il compte { $done } éléments du profil terminés sur { $total }
cohort-invalid-count = { $field } vaut { $value }, plus que ce que quiconque peut atteindre
cohort-invalid-evidence = drempel ne connaît pas la preuve manquante « { $evidence } »
cohort-invalid-name = le nom de la personne fait { $count } caractères
