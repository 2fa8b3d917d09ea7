## Le parcours guidé

error-wizard-needs-terminal = Le parcours guidé a besoin d'un terminal pour poser ses questions. Sans terminal, utilisez les commandes qui ne demandent rien : drempel progress, drempel strategy set --goal GOAL, drempel profile PLATFORM done ITEM, drempel lessons show ID.
wizard-prompt-failed = Impossible d'afficher la question : { $reason }
wizard-keys = Échap : une pause, tout est enregistré
wizard-keys-multi = Espace pour cocher, Entrée pour valider, Échap : une pause
wizard-saved-bye = Tout ce que vous avez répondu est enregistré. Relancez drempel pour reprendre ici.
wizard-step-of = étape { $number } sur { $total }
wizard-welcome-back-named = Vous revoilà, { $name }. Nous en étions à l'étape « { $step } ».
wizard-welcome-back = Vous revoilà. Nous en étions à l'étape « { $step } ».
wizard-ready = On commence ?
wizard-go = C'est parti
wizard-read-lesson = Lire d'abord toute la leçon
wizard-skip = Passer cette étape pour l'instant
wizard-back = Revenir à l'étape précédente
wizard-break = Faire une pause (tout est enregistré)

welcome-today = Aujourd'hui, nous fixons vos objectifs, nous rendons votre profil complet et sûr, et nous préparons votre premier commentaire. drempel ne publie jamais rien : c'est vous qui publiez, quand vous le décidez.
welcome-name = Comment puis-je vous appeler ?
welcome-name-needed = Un prénom suffit.
welcome-role = Quel est votre poste ?
welcome-organisation = Pour quelle organisation travaillez-vous ?
welcome-optional = facultatif, Entrée pour passer
welcome-language = Dans quelle langue travaillez-vous en ligne ?
welcome-language-help = pour les suggestions de { -keywords } et la { -pre-post-check }
welcome-hello = Bienvenue, { $name }. Commençons par le commencement : pourquoi votre organisation est-elle en ligne ?

strategy-goals-question = Qu'attend votre organisation des réseaux sociaux ?
strategy-goals-help = un ou plusieurs
strategy-goals-none = Choisissez au moins un objectif : tout ce qui suit en découle.
strategy-audience-question = Qui voulez-vous toucher ?
strategy-audience-help = par exemple : les soignants de la région, les responsables informatiques des banques
strategy-why-question = Et pourquoi est-ce important pour vous ?
strategy-why-help = avec vos mots ; seuls vous et votre coach le verrez
strategy-summary = Vos objectifs : { $goals }. C'est votre boussole pour aujourd'hui.

profiles-platforms-question = Sur quelles plateformes voulez-vous travailler ?
profiles-platforms-help = une ou deux pour commencer
profiles-platforms-none = Choisissez au moins une plateforme.
profiles-platform-heading = { $platform } : { $done ->
        [one] { $done } fait sur { $total }
       *[other] { $done } faits sur { $total }
    }
profiles-platform-already-complete = Cette liste de contrôle est déjà complète. Bien joué.
profiles-platform-summary = { $platform } : { $done ->
        [one] { $done } fait sur { $total }
       *[other] { $done } faits sur { $total }
    }. Le reste peut attendre : revenez à l'étape « { -step-profiles } » quand vous voudrez.
profiles-item-position = { $platform } · élément { $number } sur { $total } · { $kind }
profiles-kind-privacy = { -privacy-review }
profiles-kind-profile = profil complet
profiles-item-question = Et pour celui-ci ?
profiles-choice-done = Fait
profiles-choice-later = Plus tard
profiles-choice-not-for-me = Pas pour moi
profiles-choice-previous = Revenir à l'élément précédent
profiles-choice-stop = Arrêter { $platform } pour l'instant
profiles-privacy-help = les éléments de confidentialité ne sont jamais « pas pour moi » : ils vous protègent. Si l'un d'eux ne vous concerne vraiment pas, choisissez « Ne me concerne pas » et dites pourquoi
profiles-choice-not-applicable = Ne me concerne pas
profiles-not-applicable-question = Pourquoi cet élément ne vous concerne-t-il pas ? Une courte ligne suffit.
profiles-not-applicable-help = par exemple : je ne gère aucune page. Entrée sur une ligne vide pour revenir en arrière
profiles-not-applicable-saved = C'est noté, avec votre raison. Cela compte comme fait.
profiles-story-title = Avant le { -privacy-review }, une courte histoire

next-today = Ce que vous avez fait aujourd'hui
next-tomorrow = Pour continuer, relancez drempel. Il reprend exactement où vous en étiez.
today-welcomed = présentation faite
today-strategy = stratégie définie
today-items-done = { $count ->
        [one] { $count } élément du profil coché
       *[other] { $count } éléments du profil cochés
    }
today-items-later = { $count ->
        [one] { $count } élément gardé pour plus tard
       *[other] { $count } éléments gardés pour plus tard
    }
today-items-not-applicable = { $count ->
        [one] { $count } élément marqué comme ne vous concernant pas, avec votre raison
       *[other] { $count } éléments marqués comme ne vous concernant pas, avec vos raisons
    }
today-drafts = { $count ->
        [one] { $count } texte de profil rédigé
       *[other] { $count } textes de profil rédigés
    }
profiles-draft-question = Tapez-le d'abord ici, je le compterai comme { $platform } le compte :
profiles-draft-help = compté comme sur { $platform }, { $limit } caractères au maximum ; Entrée pour passer
profiles-draft-too-long = Cela fait { $used } caractères sur { $limit } : { $over } de trop. Raccourcissez un peu.
profiles-draft-saved = { $used } caractères sur { $limit } : ça tient. Je le garde pour vous ici ; copiez-le maintenant dans { $platform }.
wizard-communities-places = Où chercher, d'après vos objectifs et vos { -keywords } :
wizard-communities-question = Ouvrez-en une dans votre navigateur et jetez un œil. En avez-vous rejoint une ?
wizard-communities-joined-this = J'ai rejoint { $name }
wizard-communities-another = J'ai rejoint une autre { -community }
wizard-communities-not-yet = Pas encore : je regarderai plus tard
wizard-communities-name = Comment s'appelle cette { -community } ?
wizard-communities-platform = Sur quelle plateforme ?
wizard-communities-url = Son adresse web ?
wizard-communities-more-question = En rejoindre une autre ?
wizard-communities-enough = Ça suffit pour aujourd'hui
wizard-communities-more = Oui, encore une
today-communities = { $count ->
        [one] { $count } { -community } rejointe
       *[other] { $count } { -communities } rejointes
    }
wizard-policy-heading = La { -house-rules } de votre organisation
wizard-policy-intro = Quelques informations sur votre employeur, pour que drempel vérifie votre premier commentaire comme votre organisation le ferait. En cas de doute, demandez à votre service communication. Vous pourrez revenir à cette étape et tout modifier plus tard.
wizard-policy-employer = Le nom de votre employeur, tel qu'on l'écrit ?
wizard-policy-products = Ses produits ou services dont on parle ?
wizard-policy-list-help = séparez-les par des virgules ; Entrée pour passer
wizard-policy-disclosure = Comment dites-vous que vous y travaillez, quand vous dites du bien de son travail ?
wizard-policy-disclosure-help = une courte phrase comme (j'y travaille), ou un hashtag comme #salarié
wizard-policy-disclosure-needed = Vous avez indiqué votre employeur : dites donc comment vous signalez que vous y travaillez, par exemple (j'y travaille) ou #salarié.
wizard-policy-confidential = Des sujets ou des noms qui doivent rester en interne ?
wizard-policy-confidential-help = noms de projets, clients, chiffres non publiés ; séparés par des virgules
wizard-policy-dos = À FAIRE ({ $count })
wizard-policy-donts = À ÉVITER ({ $count })
wizard-editor-help = Entrée ouvre votre éditeur ; enregistrez et fermez-le pour revenir ici
comment-target-question = À quoi allez-vous réagir ?
comment-target-community = Une discussion dans { $name } ({ $platform })
comment-target-elsewhere = Autre chose que j'ai trouvé
comment-target-item = { $title } ({ $source })
comment-platform-question = Où allez-vous le publier ?
comment-approach-question-prompt = Comment voulez-vous réagir ?
comment-approach-experience = Partager votre expérience : ce qui s'est passé quand vous avez essayé
comment-approach-question = Poser une bonne question : une chose que vous aimeriez savoir
comment-approach-resource = Partager une ressource utile, et dire pourquoi elle aide
comment-approach-thanks = Remercier pour le texte et prolonger l'idée avec un point à vous
comment-write-question = Comment voulez-vous l'écrire ?
comment-write-here = Le taper ici (un paragraphe)
comment-write-editor = Dans mon éditeur (pour un texte plus long)
comment-draft-prompt = Votre commentaire :
comment-empty = Le commentaire est vide : il n'y a encore rien à vérifier. Deux ou trois phrases suffisent largement.
comment-revise = Retravailler le brouillon
comment-keep-on-purpose = Le garder tel quel, et dire pourquoi
comment-fix-errors = Modifiez votre commentaire jusqu'à ce que plus rien ne soit marqué « erreur » : je le vérifie à nouveau à chaque fois. Si un passage marqué « erreur » est juste tel quel, choisissez « { $keep } ».
comment-errors-question = La vérification a trouvé quelque chose à corriger. Que voulez-vous faire ?
comment-keep-which = Lequel est juste tel quel ?
comment-keep-reason = Pourquoi est-ce le bon choix ici ?
comment-keep-reason-needed = Une courte raison suffit, pour vous et votre coach.
wizard-check-read = À lire : « { $title } », la leçon de l'étape { $number }.
comment-passed = Aucune erreur : votre commentaire est prêt pour { $platform }. Publiez-le vous-même maintenant : copiez-le, collez-le, cliquez sur le bouton.
comment-posted-question = L'avez-vous publié ?
comment-posted = Oui : je colle l'adresse de mon commentaire
comment-post-later = Pas encore : je le publierai plus tard (le brouillon est enregistré)
comment-saved-for-later = Votre brouillon est enregistré. Quand le moment sera venu de le publier, revenez à l'étape « { -step-comment } » : votre brouillon vous y attendra.
comment-url = L'adresse de votre commentaire (ou de la publication sous laquelle il se trouve) ?
comment-url-help = sur la plupart des plateformes : les trois points à côté de votre commentaire, puis « Copier le lien »
comment-recorded = C'est noté. Vos mots sont maintenant publiés sur un site : vous avez participé. Bravo !
comment-accept-needs-draft = --accept garde un point signalé par la vérification, il lui faut donc le brouillon : ajoutez --draft FILE.
comment-recorded-at = Votre commentaire { $platform } est noté : { $url }
comment-unchecked = Votre commentaire est en ligne, et il figure dans votre liste. Pour compter pour l'échelon { -rung-critic }, drempel a aussi besoin des mots que vous avez publiés, vérifiés sans erreur : enregistrez-les dans un fichier texte et notez à nouveau le commentaire avec --draft FILE.
comment-had-errors = Votre commentaire est en ligne, et il figure dans votre liste. Pour compter pour l'échelon { -rung-critic }, les mots d'un commentaire doivent passer la vérification, et celle-ci y a trouvé { $errors ->
        [one] une erreur
       *[other] { $errors } erreurs
    }. Modifiez-les sur le site, ou écrivez un nouveau commentaire ; vérifiez les mots avec drempel check FILE, puis notez à nouveau le commentaire avec --draft FILE. Une erreur qui est juste telle quelle peut être gardée avec --accept RULE=REASON.
comment-unknown-item = « { $item } » n'est pas un article que vous avez marqué « { -decision-respond } ». Consultez drempel inbox, ou lancez drempel comment sans préciser d'article.
reading-nothing-new = Rien de nouveau à lire pour l'instant. Revenez à l'étape « { -step-monitoring } » et analysez vos { -feeds } ; puis revenez ici.
reading-position = article { $number } sur { $total }
reading-question = Que mérite celui-ci ?
reading-help = intéressant pour votre public ? demande-t-il une action ?
reading-stop = Arrêter la lecture pour l'instant
reading-note = Une note pour vous ?
reading-matched = trouvé par : { $keywords }
reading-summary = Cette fois, vous avez pris une décision pour { $decided ->
        [one] un article
       *[other] { $decided } articles
    } ; { $kept ->
        [one] { $kept } gardé
       *[other] { $kept } gardés
    } sur { $total } en tout. En garder quelques-uns et laisser passer la plupart, c'est exactement ce qu'il faut.
triage-needs-decision = Dites ce que mérite l'article, par exemple : drempel triage ITEM --decision later (skip, later, blog, newsletter, respond, share).
triage-decided = { $decision } : { $title }
triage-changed = (avant, vous aviez choisi : { $previous })
triage-respond-next = Envie de réagir ? Lancez : drempel comment { $id }
monitoring-keywords-question = Quels { -keywords } voulez-vous suivre ?
monitoring-keywords-help = suggérés d'après vos objectifs
monitoring-own-keyword = Un { -keyword } à vous ? (Entrée quand vous avez fini)
monitoring-own-keyword-help = des mots, "une expression exacte", -exclusion, OR, site:example.org
monitoring-keywords-summary = { $count ->
        [one] Vous suivez { $count } { -keyword }.
       *[other] Vous suivez { $count } { -keywords }.
    } À partir de { $need }, c'est un bon début.
monitoring-source-question = Où drempel doit-il les chercher ?
monitoring-source-help = vous pourrez revenir à cette étape et en ajouter d'autres quand vous voudrez
monitoring-source-practice = Les { -feeds } d'entraînement fournis avec drempel (sans internet)
monitoring-source-alert = Une alerte Google, reçue en RSS
monitoring-source-news = Une recherche d'actualités sur un { -keyword }
monitoring-source-website = L'adresse d'un blog ou d'un site web
monitoring-source-enough = { $count ->
        [0] Analyser maintenant
        [one] Ce { -feed } suffit : l'analyser maintenant
       *[other] Ces { $count } { -feeds } suffisent : les analyser maintenant
    }
monitoring-practice-added = Les { -feeds } d'entraînement sont ajoutés : des actualités réalistes sur le travail, le recrutement et les réseaux sociaux.
monitoring-news-query = Quels mots chercher dans les actualités ?
monitoring-news-query-needed = Tapez les mots à chercher dans les actualités, par exemple : marque employeur
monitoring-alert-steps = Dans votre navigateur : ouvrez Google Alertes, tapez votre { -keyword }, cliquez sur « Afficher les options », choisissez « Flux RSS » comme « Adresse de diffusion », créez l'alerte, puis copiez le lien RSS à côté d'elle.
monitoring-website-steps = Sur le blog ou le site, cherchez un lien appelé RSS ou Flux, et copiez son adresse depuis votre navigateur. L'adresse d'une page web ordinaire ne fonctionne pas ici : il faut l'adresse du { -feed } lui-même.
monitoring-address = Collez l'adresse (Entrée pour passer)
monitoring-address-help = elle commence par https://
monitoring-feeds-more-question = Ajouter une autre source ?
monitoring-feeds-scan-now = Non, analyser maintenant
monitoring-feeds-more = Oui, une autre
monitoring-scanning = Recherche de vos { -keywords } dans vos { -feeds }…
monitoring-no-keywords = Vous ne suivez encore aucun { -keyword } : rien ne peut donc être trouvé. Revenez à cette étape et choisissez-en quelques-uns, ou tapez les vôtres : à partir de { $need }, c'est un bon début.
monitoring-not-a-feed = cette adresse n'est pas un { -feed } que je sais lire. Sur le site, cherchez un lien appelé RSS ou Flux, et ajoutez cette adresse-là.
monitoring-scan-more = …et { $more } autres : vous les verrez tous à l'étape suivante, « { -step-reading } ».
monitoring-scan-next = { $waiting ->
        [one] Un article vous attend
       *[other] { $waiting } articles vous attendent
    }. À l'étape suivante, « { -step-reading } », vous déciderez de ce que mérite chacun.
monitoring-no-network = Aucun de vos { -feeds } n'a pu être lu (chaque ligne ci-dessus dit pourquoi). Il n'y a peut-être pas de réseau ici. Pour l'instant, entraînons-nous avec les { -feeds } fournis avec drempel ; les vôtres restent dans votre liste.
today-keywords = { $count ->
        [one] { $count } { -keyword } choisi à suivre
       *[other] { $count } { -keywords } choisis à suivre
    }
today-feeds = { $count ->
        [one] { $count } { -feed } ajouté
       *[other] { $count } { -feeds } ajoutés
    }
today-scans = { -feeds } analysés
today-triaged = { $count ->
        [one] une décision prise pour { $count } article
       *[other] des décisions prises pour { $count } articles
    }
today-comment = premier commentaire publié, et son adresse notée
comment-approach-tip-experience = Conseil : une chose concrète qui s'est passée, et ce que vous en avez appris.
comment-approach-tip-question = Conseil : remerciez en une ligne, puis posez la question dont vous voulez vraiment la réponse.
comment-approach-tip-resource = Conseil : nommez la ressource, dites en une phrase pourquoi elle aide, puis ajoutez le lien.
comment-approach-tip-thanks = Conseil : dites ce que vous avez retenu, puis ajoutez un point à vous.
