# Le catalogue de messages de drempel (français). Les clés sont stables ; la formulation peut changer.
# Variables : { $name }. Syntaxe : voir https://projectfluent.org/

## Étiquettes

label-error = erreur :
label-warning = attention :

## Erreurs : ce qui n'allait pas, où, et que faire

error-unknown-item = « { $item } » ne figure pas dans la liste de contrôle { $platform }. Éléments possibles : { $valid }.
error-no-home = Impossible de trouver un dossier de données pour drempel sur ce système. Indiquez --home DIR ou définissez DREMPEL_HOME.
error-io = Impossible { $action ->
        [read] de lire
        [write] d'écrire
        [create] de créer
        [open] d'ouvrir
        [lock] de verrouiller
       *[other] d'utiliser
    } { $path } : { $reason }. Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez-en un autre avec --home DIR.
io-not-found = cet emplacement n'existe pas
io-permission-denied = vous n'en avez pas le droit
io-already-exists = un fichier ou un dossier porte déjà ce nom
io-disk-full = le disque est plein
io-is-a-directory = c'est un dossier, pas un fichier
io-not-a-directory = une partie du chemin est un fichier, pas un dossier
io-read-only = le disque est en lecture seule
io-not-text = ce n'est pas du texte UTF-8
error-journal-corrupt = Le journal { $path } est abîmé à la ligne { $line } ({ $reason }). Rien n'a été modifié. Gardez le fichier et demandez à votre formateur ou à votre coach de regarder cette ligne ; `drempel doctor` en dit plus.
error-journal-locked = Un autre drempel travaille déjà sur ce journal ({ $path }). Terminez ou fermez l'autre fenêtre, puis réessayez.
error-lessons = Les leçons ont { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } :
    { $problems }
error-needs-terminal = `{ $command }` pose d'abord une question et a besoin d'un terminal. Pour continuer sans question, lancez `{ $alternative }`.
error-interrupted = Interrompu. Tout ce que vous avez répondu jusqu'ici est enregistré ; relancez drempel pour continuer.
error-output = Impossible d'écrire le résultat : { $reason }
error-bad-learner = utilisez de 1 à 64 lettres, chiffres, points, tirets ou tirets bas, sans commencer par un point
error-bad-lang = drempel ne parle pas encore la langue « { $lang } ». Choisissez parmi : { $valid }
journal-bad-data = un événement « { $kind } » dont les données n'ont pas la bonne forme : { $reason }
warning-torn-line = La dernière ligne de { $path } (ligne { $line }) est incomplète, sans doute à cause d'une écriture interrompue. Elle est ignorée et reste telle quelle dans le fichier.

## Objectifs

goal-recruitment = recrutement
goal-employer-branding = marque employeur
goal-marketing-sales = marketing et ventes
goal-customer-care = service client
goal-thought-leadership = leadership d'opinion
goal-knowledge-sharing = partage de connaissances


## Les preuves de chaque échelon

need-welcome = une courte présentation de vous
need-strategy = au moins un objectif de votre organisation choisi
need-profile = la liste de contrôle d'une plateforme terminée, { -privacy-review } compris
need-profile-progress = la liste de contrôle d'une plateforme terminée, { -privacy-review } compris ({ $platform } : { $done } sur { $total })
need-community = au moins une { -community } rejointe ({ $have } pour l'instant)
need-keywords = au moins { $need } { -keywords } ({ $have } pour l'instant)
need-feed = au moins un { -feed } à suivre ({ $have } pour l'instant)
need-scan = au moins une analyse de vos { -feeds } ({ $have } pour l'instant)
need-triaged = au moins { $need } articles lus, avec une décision pour chacun ({ $have } pour l'instant)
need-kept = au moins un article gardé : pour plus tard, un article de blog, la newsletter, une réaction ou un partage ({ $have } pour l'instant)
need-comment = un commentaire publié et noté avec son adresse, son brouillon vérifié sans erreur ({ $have } pour l'instant)
need-post = une publication, une discussion ou un article de blog à vous, noté avec son adresse ({ $have } pour l'instant)

## La prochaine action

next-welcome = Commencez par un court accueil : quelques questions sur vous et votre travail. Cela prend deux minutes.
next-strategy = Choisissez les objectifs de votre organisation : tout le reste en découle.
next-profile-item = Travaillez sur votre profil { $platform }. Prochain élément : { $label }.
next-community = Rejoignez une { -community } qui correspond à vos objectifs : un groupe, un hashtag ou un forum.
next-keywords = Ajoutez des { -keywords } à suivre : vous en avez { $have }, et { $need } font un bon début.
next-feed = Ajoutez un { -feed } à suivre, par exemple une alerte Google reçue en RSS.
next-scan = Analysez vos { -feeds } pour voir ce que trouvent vos { -keywords }.
next-triage = Lisez ce qui est arrivé et décidez ce que mérite chaque article.
next-comment = Écrivez votre premier commentaire, vérifiez-le, publiez-le vous-même et notez où il se trouve.
next-post = Vous avez atteint l'échelon { -rung-critic } : vos propres mots sont publiés sur un site. Lancez maintenant une discussion ou écrivez une publication à vous, et notez où elle se trouve.
next-creator = Vous avez atteint l'échelon { -rung-creator }. Gardez l'habitude : un peu de lecture et une réaction chaque semaine.

## progress

progress-headline = Votre échelon : { $rung }
progress-headline-named = { $name }, votre échelon : { $rung }
progress-aim = Le but du parcours, c'est l'échelon { -rung-critic } : vos propres mots, publiés sur un site.
progress-ladder = L'échelle
progress-steps = Vos étapes
progress-skipped = (laissée de côté pour l'instant)
progress-next = À faire ensuite :
progress-not-applicable = Ne vous concerne pas
progress-not-applicable-item = { $platform } · { $label } : { $reason }
orientation = Étape { $number } sur { $total } · { $step } · votre échelon : { $rung }

## strategy

strategy-none = Pas encore de stratégie. Définissez les objectifs de votre organisation, par exemple : drempel strategy set --goal recruitment --audience "soignants de la région"
strategy-saved = Stratégie enregistrée.
strategy-goals = Objectifs :
strategy-audience = Public :
strategy-why = Votre motivation :

## profile

profile-needs-platform = Précisez la plateforme, par exemple : drempel profile linkedin done { $item }
profile-item-done = ✓ { $platform } : { $item } fait ({ $done } sur { $total }).
profile-item-undone = { $platform } : { $item } est de nouveau à faire.
profile-nothing-to-undo = { $platform } : { $item } n'était pas coché, il n'y a donc rien à annuler.
profile-complete = Votre liste de contrôle { $platform } est complète, { -privacy-review } compris. Bravo !
profile-next-item = Ensuite : { $command }
profile-overview-hint = Pour voir la liste de contrôle d'une plateforme : drempel profile linkedin
profile-status-later = (plus tard)
profile-status-declined = (pas pour moi)
profile-privacy-tag = { " " }[confidentialité]
profile-status-not-applicable = { " " }(sans objet : { $reason })
profile-item-not-applicable = ✓ { $platform } : { $item } ne vous concerne pas ({ $done } sur { $total }). Votre raison : { $reason }
profile-reason-example = Par exemple : { $command }
profile-reason-example-text = Je ne gère aucune page
checklist-reason-empty = Dites en une courte ligne pourquoi cet élément ne vous concerne pas.
checklist-reason-too-long = Votre raison fait { $used } caractères ; { $limit } au maximum. Merci d'enlever { $over ->
        [one] un caractère
       *[other] { $over } caractères
    }.

## reset

reset-what-all = tout votre parcours
reset-what-step = l'étape « { $step } »
reset-question = Reprendre { $what } à zéro ?
reset-help = Rien n'est effacé : votre journal garde tout, et l'étape recommence depuis le début.
reset-kept = Rien n'a changé.
reset-done = C'est fait : { $what } reprend à zéro. Votre journal garde tout ce qui s'est passé avant.

## lessons

lessons-origin-embedded = les leçons intégrées
lessons-unknown-id = Il n'y a pas de leçon « { $id } ». Leçons : { $valid }.
lessons-check-ok = { $origin } : { $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }, langues { $languages }. Aucun problème.
lesson-story = Une histoire
lesson-checklist = Liste de contrôle
lesson-takeaways = À retenir
lessons-not-utf8 = le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8
lessons-no-front-matter = une leçon commence par une ligne +++, puis l'en-tête TOML, puis une ligne +++ qui le ferme
lessons-bad-front-matter = en-tête : { $reason }
lessons-bad-id = « { $id } » n'est pas un identifiant valide : utilisez des minuscules, des chiffres et des tirets (kebab-case)
lessons-duplicate-id = l'identifiant de leçon « { $id } » est aussi utilisé dans { $other }
lessons-duplicate-step = l'étape « { $step } » a déjà une leçon dans { $other }
lessons-empty-field = le champ { $field } est vide
lessons-empty-body = la leçon n'a pas de texte après l'en-tête
lessons-checklist-outside-profiles = les éléments de liste de contrôle vont dans la leçon des profils
lessons-item-empty = l'élément « { $id } » de la liste de contrôle a besoin d'un libellé et d'un texte d'aide
lessons-privacy-draft = l'élément de confidentialité « { $id } » ne peut pas avoir de brouillon
lessons-duplicate-item = l'élément « { $id } » de la liste { $platform } est aussi défini dans { $other }
lessons-missing-step = aucune leçon pour l'étape « { $step } »
lessons-missing-item = la liste de contrôle { $platform } doit avoir un élément « { $id } »
lessons-no-base-language = il faut un dossier « { $lang } » avec les leçons en anglais
lessons-language-missing-id = la leçon « { $id } » existe en anglais mais pas en « { $lang } »
lessons-language-extra-id = la leçon « { $id } » existe en « { $lang } » mais pas en anglais
lessons-language-item-differs = l'élément « { $id } » de la liste { $platform } n'existe que dans une des deux langues (« { $lang } » et l'anglais doivent correspondre)

## doctor

doctor-home = dossier
doctor-learner = apprenant
doctor-journal = journal
doctor-lessons = leçons
doctor-terminal = terminal
doctor-system = système
doctor-exists = existe
doctor-not-a-folder = ce n'est pas un dossier !
doctor-not-yet = pas encore créé ; il le sera à la première réponse
doctor-journal-ok = { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }, { $ignored ->
        [one] { $ignored } de type inconnu ou venu d'un drempel plus récent (conservé)
       *[other] { $ignored } de type inconnu ou venus d'un drempel plus récent (conservés)
    }, { $torn ->
        [one] { $torn } ligne incomplète (conservée, ignorée)
       *[other] { $torn } lignes incomplètes (conservées, ignorées)
    }
doctor-journal-locked = un autre drempel y écrit en ce moment
doctor-lessons-ok = { $origin }, langue { $lang }, { $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }
doctor-terminal-line = stdin est un terminal : { $stdin }, stdout est un terminal : { $stdout }, couleur : { $colour }, { $width } colonnes, TERM={ $term }, NO_COLOR={ $no_color }, LANG={ $lang }
doctor-yes = oui
doctor-no = non
doctor-bidi = de droite à gauche
doctor-bidi-reorders = { $terminal } affiche le texte de droite à gauche (hébreu) dans l'ordre de lecture
doctor-bidi-aligned = { $terminal } affiche le texte de droite à gauche (hébreu) dans l'ordre de lecture ; tant que drempel parle hébreu, les lignes en hébreu commencent à droite
doctor-bidi-setting = { $terminal } n'affiche le texte de droite à gauche (hébreu) dans l'ordre de lecture que si ce réglage est activé : { $setting }
doctor-bidi-partly = { $terminal } met les mots hébreux dans l'ordre de lecture, mais pas toujours les parenthèses, les nombres et les colonnes
doctor-bidi-no = { $terminal } ne remet pas le texte de droite à gauche (hébreu) dans l'ordre de lecture : chaque mot s'affiche à l'envers
doctor-bidi-old = { $terminal } est antérieur au premier VTE qui remet le texte de droite à gauche dans l'ordre de lecture (0.58) : l'hébreu s'affiche à l'envers
doctor-bidi-unknown = on ne sait pas si ce terminal affiche le texte de droite à gauche (hébreu) dans l'ordre de lecture
doctor-bidi-advice = Pour l'hébreu, utilisez un terminal qui le remet dans l'ordre de lecture : GNOME Terminal ou un autre terminal VTE (0.58 ou plus récent), ou mlterm. Vous pouvez aussi lire votre progression sous forme de page web : `drempel report --format html --out rapport.html`.
lessons-fallback = Dans { $origin }, aucune leçon en « { $language } » ne peut être lue pour { $count ->
        [one] cette étape : { $steps }. Elle est affichée
       *[other] ces étapes : { $steps }. Elles sont affichées
    } en anglais.{ $problems }
lessons-fallback-builtin = Dans { $origin }, aucune leçon en anglais ne peut être lue pour { $count ->
        [one] cette étape : { $steps }. La leçon intégrée est affichée
       *[other] ces étapes : { $steps }. Les leçons intégrées sont affichées
    } à la place.{ $problems }
lessons-unknown-term = « { $term } » n'est pas un mot du glossaire (i18n/{ $lang }/glossary.ftl) ; les termes s'écrivent comme {"{"} -rung-critic {"}"}
lessons-catalog-missing = { $count ->
        [one] { $count } message manque en « { $lang } » et s'afficherait
       *[other] { $count } messages manquent en « { $lang } » et s'afficheraient
    } en anglais : { $keys }

## Files named on the command line: read with a cap, written only as ordinary files

file-not-a-file = c'est { $kind ->
        [symlink] un lien symbolique
        [pipe] un tube (FIFO)
        [device] un périphérique
        [socket] un socket
        [folder] un dossier
       *[other] un fichier spécial
    }, pas un fichier ordinaire
file-too-large = il dépasse { $limit }
file-size = { $unit ->
        [mb] { $n } Mo
       *[kb] { $n } Ko
    }
error-out-not-a-file = drempel n'écrit pas dans { $path } : { $reason }. drempel ne crée ou ne remplace que des fichiers ordinaires ; indiquez un fichier.
error-out-exists = { $path } existe déjà. Ajoutez --force pour le remplacer, ou choisissez un autre nom.
error-out-write = Impossible d'écrire { $path } : { $reason }. Vérifiez que le dossier existe et que vous avez le droit d'y écrire, ou choisissez un autre fichier.
error-disk-full = Le disque est plein : { $path } n'a pas pu être écrit. Libérez de la place sur ce disque, puis réessayez.
out-replace-question = { $path } existe déjà. Le remplacer ?
out-kept = Rien n'a été écrit ; { $path } reste tel quel.

## Sécurité du journal (ticket 13)

warning-torn-line-inside = La ligne { $line } de { $path } est incomplète, sans doute à cause d'une écriture interrompue. Elle est ignorée et reste telle quelle dans le fichier.
warning-journal-tightened = D'autres personnes sur cet ordinateur pouvaient lire { $path } (droits { $mode }). drempel l'a rendu privé ({ $made }) : il contient vos notes et vos brouillons.
warning-journal-too-open = D'autres personnes sur cet ordinateur peuvent lire { $path } (droits { $mode }), et drempel n'a pas pu changer cela. Il contient vos notes et vos brouillons : demandez à la personne qui gère cet ordinateur de le rendre privé.
error-journal-symlink = Le journal { $path } est un lien symbolique. drempel n'écrit pas à travers un lien : rien n'a été modifié. Placez le fichier du journal lui-même à cet endroit (déplacez-y le fichier vers lequel pointe le lien), puis réessayez.
error-journal-not-a-file = À la place du journal ({ $path }), il y a autre chose qu'un fichier ordinaire. Rien n'a été modifié. Déplacez-le ailleurs, puis réessayez.
confirm-yes = Oui
confirm-no = Non
confirm-hint-yes = (O/n)
confirm-hint-no = (o/N)
confirm-yes-words = o, oui
confirm-no-words = n, non
confirm-invalid = Répondez par oui ou par non.
