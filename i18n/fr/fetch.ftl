# La récupération des flux, les commandes feeds, scan et la boîte de réception.

## Pourquoi un flux n'a pas pu être récupéré : la raison, sur sa ligne d'état

fetch-unsupported-scheme = seules les adresses http et https peuvent être récupérées, pas { $scheme }
fetch-status = { $code } { $reason }
fetch-rate-limited = { $code } le serveur demande de revenir plus tard
fetch-rate-limited-until = { $code } le serveur demande de revenir plus tard ; réessayez après { $at }
fetch-timed-out = pas de réponse après { $seconds } s
fetch-deadline = pas terminé dans le temps accordé à l'analyse ({ $seconds } s)
fetch-too-large = trop volumineux : plus de { $mib } Mio, bien plus qu'il n'en faut pour un { -feed }
fetch-redirect-loop = boucle de redirection : le serveur nous renvoie vers { $url }
fetch-too-many-redirects = plus de { $limit } redirections
fetch-bad-redirect = une redirection vers une adresse impossible à suivre : « { $location } »
fetch-connect = connexion impossible : { $reason }
fetch-network = la connexion a été coupée : { $reason }

error-http-setup = Impossible de préparer la connexion réseau : { $reason }. Lancez `drempel doctor` et montrez le résultat à votre formateur.

## Barres de progression

fetchbar-feeds = { -feeds }
fetchbar-waiting = le serveur nous demande d'attendre { $seconds } s

## Erreurs des commandes feeds, scan et inbox

error-cache-corrupt = Le fichier { $path } est abîmé ({ $reason }). drempel l'a laissé tel quel. Il ne contient que ce qu'une analyse peut récupérer à nouveau : mettez-le de côté avec `mv "{ $path }" "{ $path }.broken"` et relancez la commande.
address-no-scheme = elle ne commence pas par https:// ou http://
address-bad-host = le nom du site qu'elle contient n'est pas valide
address-bad-port = le numéro de port qu'elle contient n'est pas valide
address-invalid = ce n'est pas une adresse web valide
error-bad-feed-url = « { $url } » n'est pas une adresse que drempel peut suivre : { $reason }. Utilisez l'adresse complète, qui commence par https:// ou http://.
error-needs-network = `drempel { $command }` a besoin du réseau pour consulter l'adresse, et --offline est activé. Relancez la commande sans --offline quand vous aurez une connexion.
error-feed-fetch = Impossible de récupérer { $url } : { $reason }. Vérifiez l'adresse dans un navigateur, ou réessayez plus tard.
error-no-feed-found = { $url } est une page web qui n'annonce aucun { -feed }. Cherchez un lien RSS ou Atom sur le site, ou suivez ses actualités avec `drempel feeds add --google-news "WORDS"`.
error-not-watching = Vous ne suivez pas { $url }. `drempel feeds list` affiche les adresses que vous suivez.
error-nothing-to-import = { $path } ne contient aucun { -feed } avec une adresse http ou https : rien n'a donc été importé. Exportez à nouveau la liste depuis votre lecteur de flux, au format OPML.
error-input-file = Impossible de lire { $path } : { $reason }. Vérifiez le nom du fichier.
error-no-such-item = Aucun article de votre { -inbox } n'a l'identifiant « { $id } ». `drempel inbox --all` les liste avec leurs identifiants.
error-ambiguous-item = Plusieurs articles commencent par « { $id } » : { $candidates }. Tapez quelques caractères de plus.

## drempel feeds

feeds-cmd-add-what = Dites ce qu'il faut suivre : `drempel feeds add URL`, ou `drempel feeds add --google-news "WORDS"`.
feeds-cmd-only-http = seules les adresses http et https peuvent être suivies
feeds-cmd-already = Vous suivez déjà { $url }.
feeds-cmd-found-link = { $site } est une page web ; elle annonce le { -feed } { $url }.
feeds-cmd-other-link = Elle annonce aussi { $url } (ajoutez-le de la même façon si vous le voulez aussi).
feeds-cmd-added = Vous suivez maintenant { $title } ({ $url }) : { $items ->
        [one] { $items } article
       *[other] { $items } articles
    } en ce moment. `drempel scan` y cherche vos { -keywords }.
feeds-cmd-added-practice = Vous suivez maintenant le { -feed } d'entraînement { $title } ({ $url }). Il est fourni avec drempel : il marche donc aussi hors ligne.
feeds-cmd-empty-query = Donnez les mots à chercher dans les actualités, par exemple --google-news "marque employeur".
feeds-cmd-news-title = Actualités : { $query }
feeds-cmd-added-news = Vous suivez maintenant { $title } ({ $url }). `drempel scan` y cherche vos { -keywords }.
feeds-cmd-removed = Vous ne suivez plus { $url }.
feeds-cmd-none = Vous ne suivez encore aucun { -feed }. Ajoutez-en un avec `drempel feeds add URL`, ou importez une liste avec `drempel feeds import FILE.opml`.
feeds-cmd-last = { $mark } dernière analyse le { $at } : { $status }
feeds-cmd-not-scanned = pas encore analysé
feeds-cmd-import-bad = { $url } ignoré : { $reason }
feeds-cmd-import-known = déjà suivi : { $url }
feeds-cmd-import-added = { $title } ({ $url })
feeds-cmd-import-summary = { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $known ->
        [one] { $known } déjà suivi
       *[other] { $known } déjà suivis
    }, { $bad ->
        [one] { $bad } ignoré
       *[other] { $bad } ignorés
    }.
feeds-cmd-exported = { $count ->
        [one] { $count } { -feed } écrit
       *[other] { $count } { -feeds } écrits
    } dans { $path }.
feeds-cmd-preview-count = ({ $count ->
        [one] { $count } article
       *[other] { $count } articles
    })
feeds-cmd-is-feed = { $url } est lui-même un { -feed } : { $title }
feeds-cmd-discover-next = Suivez-en un avec `drempel feeds add URL`.

## drempel scan

scan-bad-seconds = indiquez un nombre de secondes supérieur à 0, comme 15 ou 0.5
scan-practice-offline = Hors ligne : lecture des { -feeds } d'entraînement fournis avec drempel.
scan-practice-no-feeds = Vous ne suivez encore aucun { -feed } : cette analyse lit donc les { -feeds } d'entraînement fournis avec drempel. Ajoutez les vôtres avec `drempel feeds add URL`.
scan-feed-ok = ok, { $items ->
        [one] { $items } article
       *[other] { $items } articles
    }, { $matches ->
        [0] aucun nouveau résultat
        [one] { $matches } nouveau résultat
       *[other] { $matches } nouveaux résultats
    }
scan-feed-not-modified = inchangé depuis la dernière analyse ({ $items ->
        [one] { $items } article gardé
       *[other] { $items } articles gardés
    }), { $matches ->
        [0] aucun nouveau résultat
        [one] { $matches } nouveau résultat
       *[other] { $matches } nouveaux résultats
    }
scan-not-a-feed = pas un { -feed } : { $reason }
scan-bad-address = adresse non valide : { $reason }
scan-no-such-practice-feed = aucun { -feed } d'entraînement n'a cette adresse dans cette version de drempel
scan-feed-moved = déplacé définitivement vers { $url } ; votre liste de { -feeds } utilise maintenant la nouvelle adresse
scan-invalid-keyword = Le { -keyword } { $query } a été ignoré : { $reason }. Corrigez-le avec `drempel keywords remove` et `drempel keywords add`.
scan-no-keywords = Vous n'avez encore aucun { -keyword } : rien ne peut donc être trouvé. `drempel keywords suggest` vous en propose d'après vos objectifs.
scan-all-failed = Aucun { -feed } n'a pu être récupéré. Vérifiez votre connexion, ou entraînez-vous hors ligne avec `drempel scan --offline`.
scan-summary = { $matches ->
        [0] Aucun nouveau résultat
        [one] { $matches } nouveau résultat
       *[other] { $matches } nouveaux résultats
    } dans { $feeds ->
        [one] { $feeds } { -feed }
       *[other] { $feeds } { -feeds }
    }{ $failed ->
        [0] {""}
       *[other] {" "}({ $failed } en échec)
    }.
scan-more = …et { $more } autres ; `drempel inbox` les liste tous.
scan-next = { $waiting ->
        [one] { $waiting } article attend
       *[other] { $waiting } articles attendent
    } dans votre { -inbox }. Décidez ce que mérite chacun avec `drempel triage`.

## drempel inbox

inbox-empty = Votre { -inbox } est vide. Lancez `drempel scan` pour chercher de nouveaux articles.
inbox-nothing-new = Rien de nouveau : vous avez déjà trié { $total ->
        [one] { $total } article
       *[other] les { $total } articles
    }. `drempel inbox --all` affiche tout.
inbox-next = { $count ->
        [one] { $count } article attend
       *[other] { $count } articles attendent
    } une décision : `drempel triage`.
inbox-keywords = trouvé par { $keywords }
inbox-state-triaged = (trié)
inbox-untitled = (sans titre)

## La limite de la boîte de réception (issue 13)

scan-left-out = Votre { -inbox } garde les { $kept } résultats les plus récents : { $left ->
        [one] 1 résultat plus ancien a été laissé
       *[other] { $left } résultats plus anciens ont été laissés
    } de côté.
fetch-reason-dns = le nom du site est introuvable (y a-t-il du réseau ?)
fetch-reason-refused = le serveur a refusé la connexion
fetch-reason-reset = la connexion a été coupée
fetch-reason-tls = le certificat de sécurité du site n'a pas pu être vérifié
