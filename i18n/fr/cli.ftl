# L'aide de la ligne de commande : le texte de `drempel --help` et du --help de chaque commande.
# Une clé suit le chemin de la commande : cli-feeds-add-about est la ligne sur `drempel feeds add`,
# cli-feeds-add-url l'aide de son argument URL. Les commandes, les options, les valeurs et les
# noms de valeurs en capitales (DIR, FILE, URL, COMMAND…) restent tels qu'on les tape.
# Les titres se terminent par une espace insécable : clap y ajoute les deux-points.

cli-heading-usage = Utilisation :
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-value-command = COMMAND
cli-help-flag = Afficher cette aide
cli-version-flag = Afficher la version
cli-fact-values = au choix : { $values }
cli-fact-default = par défaut : { $value }
cli-fact-env = ou définissez { $var }

cli-error = erreur : { $message }
cli-error-invalid-value = « { $value } » n'est pas une valeur possible pour { $arg }. Choisissez parmi : { $valid }
cli-error-empty-value = { $arg } a besoin d'une valeur
cli-error-unknown-argument = drempel ne connaît pas l'option { $arg }
cli-error-unknown-command = drempel n'a pas de commande « { $command } »
cli-error-missing = cette commande a besoin de { $arg }
cli-error-missing-command = cette commande a besoin d'une de ses sous-commandes
cli-error-conflict = { $arg } ne peut pas s'utiliser avec { $other }
cli-error-validation = « { $value } » ne convient pas pour { $arg } : { $reason }
cli-error-too-many = { $arg } est donné plus d'une fois, ou avec trop de valeurs
cli-error-other = impossible de lire la ligne de commande ({ $arg })
cli-error-suggestion = Vouliez-vous dire { $suggestion } ?
cli-error-more = Pour en savoir plus, ajoutez --help.

cli-about = drempel : un coach dans le terminal, pour passer de spectateur à participant sur les réseaux sociaux professionnels
cli-long-about =
    drempel : un coach dans le terminal, pour passer de spectateur à participant sur les réseaux sociaux professionnels.

    Lancez-le sans commande pour reprendre là où vous en étiez.
cli-home = Où drempel range ses données (sans cette option : le dossier de données de votre système)
cli-learner = À qui appartient ce parcours ; chaque personne a son propre dossier
cli-lang = La langue que parle drempel (sans cette option : celle choisie à l'accueil, sinon celle de votre système, sinon l'anglais)
cli-color = Quand utiliser la couleur
cli-offline = Utiliser le matériel d'entraînement fourni au lieu du réseau
cli-lessons = Lire les leçons dans ce dossier (DIR/<lang>/*.md) au lieu des leçons intégrées

cli-start-about = Le parcours guidé (comme lancer drempel sans commande)
cli-start-step = Aller directement à cette étape au lieu de reprendre là où vous en étiez

cli-progress-about = Votre échelle, vos étapes et la prochaine chose à faire
cli-progress-json = Sortie lisible par une machine (stable)

cli-lessons-about = Lire les leçons, ou vérifier un dossier de leçons

cli-lessons-list-about = Les leçons, une par étape

cli-lessons-show-about = Lire une leçon
cli-lessons-show-id = L'identifiant de la leçon, tel que `drempel lessons list` l'affiche

cli-lessons-check-about = Vérifier un dossier de leçons (par défaut : les leçons utilisées) et signaler chaque problème
cli-lessons-check-dir = Le dossier de leçons à vérifier (DIR/<lang>/*.md)

cli-strategy-about = Les objectifs de votre organisation et votre public

cli-strategy-show-about = Afficher les objectifs, le public et la motivation que vous avez indiqués

cli-strategy-set-about = Définir les objectifs de l'organisation (répétez --goal ou séparez-les par des virgules)
cli-strategy-set-audience = Qui vous voulez toucher, avec vos mots
cli-strategy-set-why = Pourquoi c'est important pour vous
cli-strategy-set-goals = Un objectif : recruitment, employer-branding, marketing-sales, customer-care, thought-leadership ou knowledge-sharing

cli-profile-about = La liste de contrôle de votre profil, plateforme par plateforme
cli-profile-platform = La plateforme ; sans elle, un aperçu de toutes

cli-profile-status-about = La liste de contrôle de la plateforme et ce qui est fait

cli-profile-done-about = Marquer un élément de la liste de contrôle comme fait
cli-profile-done-item = L'identifiant de l'élément, tel que la liste de contrôle l'affiche

cli-profile-undo-about = Annuler un élément fait, sans objet, remis à plus tard ou écarté
cli-profile-undo-item = L'identifiant de l'élément, tel que la liste de contrôle l'affiche

cli-profile-not-applicable-about = Marquer un élément qui ne vous concerne pas, avec votre raison ; il compte comme fait
cli-profile-not-applicable-item = L'identifiant de l'élément, tel que la liste de contrôle l'affiche
cli-profile-not-applicable-reason = Pourquoi il ne vous concerne pas, en une courte ligne (obligatoire)

cli-keywords-about = Les { -keywords } à suivre dans vos { -feeds } : suggérer, ajouter, retirer, lister, tester
cli-keywords-json = Sortie lisible par une machine (stable)

cli-keywords-suggest-about = Les { -keywords } qui découlent des objectifs de votre stratégie, dans votre langue (--lang)
cli-keywords-suggest-goals = Suggérer pour ces objectifs plutôt que pour ceux de votre stratégie

cli-keywords-add-about = Suivre un { -keyword } : des mots, "une expression", -exclusion, OR, site:domaine, intitle:mot. Mettez toute la recherche entre guillemets simples : drempel keywords add '"portes ouvertes" -virtuel'
cli-keywords-add-query = La recherche, entre guillemets simples pour que le shell la garde entière
cli-keywords-add-rest = Les mots après la recherche : une recherche que le shell a coupée faute de guillemets

cli-keywords-remove-about = Ne plus suivre un { -keyword }
cli-keywords-remove-query = La recherche telle que `list` l'affiche, ou toute écriture qui trouve la même chose
cli-keywords-remove-rest = Les mots après la recherche : une recherche que le shell a coupée faute de guillemets

cli-keywords-list-about = Les { -keywords } que vous suivez

cli-keywords-test-about = Lesquels de vos { -keywords } correspondent à un texte, où et pourquoi ; code de sortie 1 si aucun ne correspond. La première ligne est le titre, le reste le résumé ; `-` lit le texte sur l'entrée standard
cli-keywords-test-text = Le texte : sa première ligne est le titre, le reste le résumé ; - lit l'entrée standard
cli-keywords-test-more = D'autres mots du texte, s'il n'est pas entre guillemets
cli-keywords-test-link = Le lien de l'article, pour les recherches site:
cli-keywords-test-queries = Tester cette recherche plutôt que vos { -keywords } (option répétable)

cli-feeds-about = Les { -feeds } que vous suivez : ajouter, retirer, lister, importer, exporter, prévisualiser, découvrir

cli-feeds-add-about = Suivre un { -feed } ; l'adresse d'un site web mène au { -feed } que le site indique
cli-feeds-add-url = L'adresse http ou https du { -feed } (ou du site web)
cli-feeds-add-google_news = Suivre plutôt une recherche d'actualités sur ces mots, dans votre langue

cli-feeds-remove-about = Ne plus suivre un { -feed }
cli-feeds-remove-url = L'adresse du { -feed }, telle que `drempel feeds list` l'affiche

cli-feeds-list-about = Les { -feeds } que vous suivez, et le résultat de chacun à la dernière analyse
cli-feeds-list-json = Afficher la liste en JSON sur la sortie standard

cli-feeds-import-about = Suivre chaque { -feed } d'un fichier OPML exporté d'un lecteur de flux
cli-feeds-import-file = Le fichier OPML exporté par votre lecteur de flux

cli-feeds-export-about = Écrire vos { -feeds } en OPML 2.0, pour un lecteur de flux (sur la sortie standard sans FILE)
cli-feeds-export-file = Le fichier à écrire ; sans lui, l'OPML s'affiche dans le terminal

cli-feeds-preview-about = Montrer ce que contient un { -feed } sans le suivre
cli-feeds-preview-source = L'adresse d'un { -feed }, ou un fichier de { -feed } sur le disque
cli-feeds-preview-json = Afficher les articles en JSON sur la sortie standard

cli-feeds-discover-about = Lister les { -feeds } qu'un site web indique
cli-feeds-discover-url = L'adresse du site web

cli-scan-about = Lire chaque { -feed }, y chercher vos { -keywords } et remplir votre { -inbox }
cli-scan-json = Afficher le résultat en JSON sur la sortie standard
cli-scan-timeout = Secondes d'attente de la réponse suivante d'un serveur avant d'abandonner ce { -feed }
cli-scan-deadline = Durée maximale de toute l'analyse, en secondes ; les { -feeds } non terminés à temps sont signalés
cli-scan-jobs = Nombre de { -feeds } lus en même temps (2 au plus pour un même site)

cli-inbox-about = Ce que vos analyses ont trouvé, en attente d'une décision
cli-inbox-json = Afficher les articles en JSON sur la sortie standard
cli-inbox-all = Inclure les articles pour lesquels vous avez déjà décidé

cli-policy-about = La { -house-rules } réseaux sociaux de votre organisation : employeur, produits, { -disclosure }, termes confidentiels

cli-policy-show-about = Afficher la { -house-rules } qu'utilise drempel
cli-policy-show-json = Sortie lisible par une machine

cli-policy-init-about = Écrire une { -house-rules } de départ à modifier (sans poser de question)
cli-policy-init-force = Remplacer la { -house-rules } qui existe déjà

cli-policy-set-about = Vérifier un fichier de { -house-rules } et l'utiliser
cli-policy-set-file = Le fichier de { -house-rules } (TOML), par exemple celui créé avec `drempel policy init`

cli-check-about = Vérifier un brouillon avant de le publier : longueur, ton, { -disclosure }, données confidentielles et personnelles
cli-check-platform = La plateforme sur laquelle vous allez publier
cli-check-kind = Ce qu'est le texte : sa limite en dépend
cli-check-policy = Vérifier avec ce fichier de { -house-rules } plutôt qu'avec celle que vous avez enregistrée
cli-check-json = Sortie lisible par une machine
cli-check-accept = Accepter volontairement un point signalé, avec la raison (option répétable) : --accept shouting="une citation"
cli-check-draft = Le brouillon : un fichier texte, ou - (ou rien) pour lire l'entrée standard

cli-groups-about = Les { -communities } : suggestions, adhésions, visites

cli-groups-suggest-about = Où chercher, d'après vos objectifs et vos { -keywords }
cli-groups-suggest-json = Sortie lisible par une machine (stable)

cli-groups-add-about = Noter une { -community } que vous avez rejointe
cli-groups-add-name = Le nom de la { -community }, tel qu'elle se présente
cli-groups-add-platform = Où se trouve la { -community }
cli-groups-add-url = L'adresse de la { -community }, pour la retrouver

cli-groups-visit-about = Noter une visite à une { -community }
cli-groups-visit-name = Le nom de la { -community }, tel que vous l'avez ajoutée

cli-groups-list-about = Les { -communities } que vous avez rejointes
cli-groups-list-json = Sortie lisible par une machine (stable)

cli-triage-about = Décider de ce que méritent les nouveaux articles trouvés : skip, later, blog, newsletter, respond, share
cli-triage-item = L'article de la { -inbox } (son identifiant, ou au moins ses 4 premiers caractères)
cli-triage-decision = Ce que mérite l'article
cli-triage-note = Une note d'une ligne pour vous

cli-comment-about = Votre premier commentaire : l'écrire, le vérifier, le publier vous-même, noter où il se trouve
cli-comment-item = L'article de la { -inbox } auquel vous réagissez (voir `drempel inbox`)

cli-comment-record-about = Noter un commentaire que vous avez publié vous-même, avec l'endroit où il se trouve
cli-comment-record-item = L'article de la { -inbox } auquel il répond
cli-comment-record-draft = Le texte que vous avez publié : il est vérifié, et un brouillon sans erreur est la preuve de l'échelon { -rung-critic }
cli-comment-record-accept = Garder volontairement un point signalé, avec la raison : --accept iban="le compte de notre association"
cli-comment-record-url = Où se trouve votre commentaire : son adresse
cli-comment-record-platform = La plateforme sur laquelle vous avez publié

cli-post-about = Noter une publication, une discussion ou un article de blog à vous

cli-post-record-about = Noter une publication, une discussion ou un article de blog que vous avez publié
cli-post-record-url = Où se trouve votre publication : son adresse
cli-post-record-platform = La plateforme sur laquelle vous avez publié
cli-post-record-kind = Ce que vous avez écrit : une publication, une discussion que vous avez lancée, ou un article de blog

cli-reset-about = Reprendre le parcours, ou une étape, à zéro (le journal garde tout)
cli-reset-step = Seulement cette étape ; sans elle, tout le parcours
cli-reset-yes = Ne pas demander d'abord (nécessaire sans terminal)

cli-doctor-about = Ce qu'il faut copier quand vous demandez de l'aide : versions, chemins, état du journal

cli-completions-about = Complétions pour le shell : drempel completions bash > …
cli-completions-shell = Le shell pour lequel écrire les complétions

cli-man-about = La page de manuel, en roff

cli-report-about = Votre parcours en un coup d'œil pour un entretien individuel : Markdown, une page HTML ou JSON
cli-report-out = Écrire dans ce fichier (remplacé de façon atomique) au lieu du terminal
cli-report-format = md pour lire, html pour une page à imprimer ou à projeter, json pour les scripts

cli-export-about = Un fichier à remettre à votre coach ou à votre formateur (vous voyez d'abord ce qu'il contient)
cli-export-out = Où l'écrire : un fichier, un dossier, ou `-` pour la sortie standard (sans cette option : ./drempel-export-NAME-ID.json)
cli-export-include_drafts = Inclure aussi les brouillons, les notes privées, les { -keywords } et les adresses des { -feeds }
cli-export-yes = Ne pas demander d'abord

cli-coach-about = Les notes du coach et les actions convenues, gardées dans votre journal

cli-coach-note-about = Noter une observation (privée : elle reste hors des exports, sauf si on le demande)
cli-coach-note-text = La note ; plusieurs mots n'ont pas besoin de guillemets

cli-coach-plan-about = Convenir d'une prochaine étape, avec une date si vous voulez ; affichée dans `drempel progress`
cli-coach-plan-due = Pour quand elle doit être faite : YYYY-MM-DD, today, tomorrow ou un jour de la semaine
cli-coach-plan-text = L'action prévue ; plusieurs mots n'ont pas besoin de guillemets

cli-coach-done-about = Marquer une action prévue comme faite, par son numéro dans `drempel coach list`
cli-coach-done-number = Le numéro de l'action dans `drempel coach list`

cli-coach-list-about = Les notes et les actions prévues jusqu'ici

cli-cohort-about = Un groupe en formation en un coup d'œil, d'après les exports remis par les apprenants
cli-cohort-paths = Des fichiers d'export, ou des dossiers où chercher des exports *.json
cli-cohort-names = Afficher chaque apprenant par son nom (demandez d'abord au groupe : une vue par personne demande leur accord)
cli-cohort-since = Compter qui a progressé depuis ce jour (YYYY-MM-DD ; sans cette option : le jour de l'export le plus récent)
cli-cohort-out = Écrire dans ce fichier (remplacé de façon atomique) au lieu du terminal
cli-cohort-format = table pour le terminal, md, html pour le projecteur, json pour les scripts

cli-report-force = Remplacer le fichier s'il existe déjà, sans demander
cli-export-force = Remplacer le fichier s'il existe déjà, sans demander
cli-cohort-force = Remplacer le fichier s'il existe déjà, sans demander
cli-feeds-export-force = Remplacer le fichier s'il existe déjà, sans demander
cli-scan-verbose = Lister chaque { -feed } avec son résultat, pas seulement ceux qui ont un problème

cli-welcome-about = Qui vous êtes : votre nom, votre rôle, votre organisation et votre langue (l'accueil, sans questions)
cli-welcome-name = Votre nom, tel que drempel vous salue
cli-welcome-role = Votre rôle ou votre fonction
cli-welcome-organisation = Votre organisation
cli-welcome-language = La langue dans laquelle drempel vous parle désormais : en, nl, de, fr ou he

cli-feeds-add-practice = Suivre plutôt les flux d'entraînement de votre langue : ils sont fournis avec drempel, aucun réseau n'est nécessaire

cli-plan-about = Vos propres actions prévues : avec une date ou comme habitude hebdomadaire, et en fichier d'agenda
cli-plan-add-about = Prévoir une action : avec une date, comme habitude hebdomadaire, ou les deux
cli-plan-add-text = L'action ; plusieurs mots n'ont pas besoin de guillemets
cli-plan-add-due = Pour quand elle doit être faite : YYYY-MM-DD, aujourd'hui, demain ou un jour de la semaine
cli-plan-add-every = En faire une habitude hebdomadaire ce jour-là, par exemple vendredi
cli-plan-list-about = Vos actions prévues et celles de votre coach, par date
cli-plan-list-json = Afficher les actions en JSON sur stdout
cli-plan-done-about = Marquer une action comme faite, par son numéro dans `drempel plan list`
cli-plan-done-number = Le numéro de l'action dans `drempel plan list`
cli-plan-undo-about = Rouvrir une action marquée comme faite par erreur
cli-plan-undo-number = Le numéro de l'action dans `drempel plan list`
cli-plan-remove-about = Retirer une action de la liste (le journal la garde)
cli-plan-remove-number = Le numéro de l'action dans `drempel plan list`
cli-plan-calendar-about = Écrire les dates et les habitudes hebdomadaires de vos actions dans un fichier d'agenda (.ics) pour Outlook, Google Agenda ou Apple Calendrier
cli-plan-calendar-out = Le fichier à écrire, par exemple actions.ics
cli-plan-calendar-force = Remplacer le fichier s'il existe déjà, sans demander

cli-coach-undo-about = Rouvrir une action marquée comme faite par erreur
cli-coach-undo-number = Le numéro de l'action dans `drempel coach list`
cli-coach-remove-about = Retirer une action de la liste (le journal la garde)
cli-coach-remove-number = Le numéro de l'action dans `drempel coach list`
