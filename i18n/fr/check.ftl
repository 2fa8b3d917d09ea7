# La vérification avant publication, la charte de l'organisation et les règles de vérification.

## Erreurs

error-draft-empty = Le brouillon { $draft } est vide. Écrivez d'abord votre commentaire, puis vérifiez-le : drempel check FILE, ou envoyez-le sur l'entrée standard.
error-draft-binary = { $draft } ne ressemble pas à un brouillon en texte ({ $nul ->
        [1] un octet NUL
       *[other] de l'UTF-8 non valide
    } à l'octet { $offset }). Enregistrez votre brouillon en texte brut (UTF-8) et vérifiez ce fichier.
error-draft-unreadable = Impossible de lire le brouillon { $draft } : { $reason }. Vérifiez le nom du fichier.
error-policy-invalid = Le fichier de { -house-rules } { $path }{ $line } a un problème : { $reason }. Corrigez-le et réessayez ; rien n'a été enregistré.
error-policy-unreadable = Impossible de lire le fichier de { -house-rules } { $path } : { $reason }. Vérifiez le nom du fichier.
error-policy-exists = Il y a déjà une { -house-rules } dans { $path }. Modifiez ce fichier, ou lancez `drempel policy init --force` pour repartir de la version par défaut.
error-unknown-rule = Il n'y a pas de règle de vérification « { $rule } ». Règles que vous pouvez accepter : { $valid }.

## Problèmes de charte (affichés dans error-policy-invalid)

policy-needs-disclosure = un employeur est indiqué, donc disclosure_tag doit dire comment vous signalez que vous y travaillez (par exemple "#salarié")
policy-empty-entry = une entrée de { $field } est vide
policy-short-term = « { $term } » dans { $field } est trop court pour être recherché ; utilisez au moins deux lettres ou chiffres
policy-alias-unknown-term = « { $term } » a des alias mais ne figure pas parmi les termes confidentiels ; ajoutez-le à confidential ou corrigez son orthographe
policy-duplicate = « { $term } » apparaît deux fois dans { $field }
policy-not-utf8 = le fichier n'est pas du texte UTF-8

## Problèmes de règles (drempel lessons check)

rules-bad-toml = le fichier de règles n'est pas valide : { $reason }
rules-duplicate-id = l'identifiant de règle « { $id } » est utilisé deux fois (aussi à la ligne { $other })
rules-bad-id = les identifiants de règle sont des mots en kebab-case comme too-long ; « { $id } » n'en est pas un
rules-empty-field = { $field } est vide
rules-field-not-for-kind = `{ $field }` n'a pas sa place dans une règle { $kind }
rules-empty-phrase = une expression est vide
rules-existence-needs = une règle existence a besoin de tokens, de patterns ou de terms = "confidential"
rules-validate-needs-patterns = validate ne s'applique qu'à patterns
rules-employer-is-conditional = terms = "employer" va dans une règle conditional : citer l'employeur est permis, en dire du bien sans { -disclosure } ne l'est pas
rules-bad-pattern = le motif { $pattern } n'est pas une expression régulière valide : { $reason }
rules-substitution-needs = une règle substitution a besoin de swap = {"{"} "ceci" = "cela" {"}"}
rules-occurrence-needs-scope = une règle occurrence a besoin d'un scope : length, hashtags, mentions ou words-besides-links
rules-occurrence-needs-bound = une règle occurrence a besoin de min ou de max
rules-conditional-needs-terms = une règle conditional a besoin de terms = "employer"
rules-missing-base = les règles de vérification en anglais manquent ; toutes les autres langues s'appuient sur elles en secours
rules-not-utf8 = le fichier de règles n'est pas du texte UTF-8
rules-unknown-lesson = la règle « { $id } » renvoie à la leçon « { $lesson } », qui n'existe pas
rules-needs-examples = la règle « { $id } » a besoin d'au moins un exemple must_flag et d'un exemple must_pass
rules-example-not-flagged = la règle « { $id } » devrait signaler cet exemple, mais ne le fait pas : { $example }
rules-example-flagged = la règle « { $id } » signale cet exemple, mais ne devrait pas : { $example }
rules-ordinary-comment-flagged = ce commentaire ordinaire reçoit une erreur de la règle « { $id } » : { $comment }
rules-language-missing = il manque « { $id } » aux règles « { $lang } », alors que les règles anglaises l'ont

## drempel check

check-accept-format = utilisez RULE=REASON, par exemple --accept shouting="c'est une citation"
check-accept-nothing = Rien à accepter pour « { $rule } » : la vérification n'a rien trouvé de ce genre.
check-rules-missing = Il n'y a pas encore de règles de vérification en { $lang ->
        [he] hébreu
       *[other] « { $lang } »
    }, ce brouillon est donc vérifié avec les règles { $used ->
        [en] anglaises
        [nl] néerlandaises
        [de] allemandes
        [fr] françaises
       *[other] « { $used } »
    } : ce qu'elles disent des mots peut ne pas convenir à votre texte.
check-mixed-languages = Une partie de ce brouillon est en { $lang ->
        [en] anglais
        [nl] néerlandais
        [de] allemand
        [fr] français
        [he] hébreu
       *[other] « { $lang } »
    } : ces phrases ont aussi été vérifiées avec les règles { $lang ->
        [en] anglaises
        [nl] néerlandaises
        [de] allemandes
        [fr] françaises
        [he] hébraïques
       *[other] « { $lang } »
    }. Pour vérifier tout le brouillon dans une seule langue, ajoutez --lang CODE.
check-no-policy = Pas encore de { -house-rules } d'organisation : l'employeur, la { -disclosure } et les termes confidentiels ne sont donc pas vérifiés. Lancez `drempel policy init` pour en créer une.
check-stdin-name = depuis l'entrée standard
check-type-draft = Tapez ou collez votre brouillon, puis appuyez sur Ctrl-D (Ctrl-Z puis Entrée sous Windows).
check-count = { $used } / { $limit }
check-header = Vérifié comme { $kind } pour { $platform }, avec les règles pour { $lang ->
        [en] l'anglais
        [nl] le néerlandais
        [de] l'allemand
        [fr] le français
        [he] l'hébreu
       *[other] « { $lang } »
    } ({ $choice ->
        [chosen] la langue que vous avez choisie
        [guessed] reconnue d'après vos mots
       *[fallback] votre langue
    }) : { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }
check-kind-comment = commentaire
check-kind-post = publication
check-kind-headline = titre
check-kind-bio = bio
check-level-error = erreur
check-level-warning = avertissement
check-level-suggestion = suggestion
check-accepted = accepté volontairement : { $reason }
check-why = Pourquoi :
check-read = À lire :
check-summary = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $suggestions ->
        [one] { $suggestions } suggestion
       *[other] { $suggestions } suggestions
    }{ $accepted ->
        [0] {""}
        [one] , { $accepted } accepté volontairement
       *[other] , { $accepted } acceptés volontairement
    }.
check-fix-errors = Modifiez le brouillon jusqu'à ce qu'il ne reste aucune erreur, puis vérifiez-le à nouveau. Un point que vous gardez volontairement peut être accepté avec --accept RULE=REASON.
check-ready = Aucune erreur : votre brouillon est prêt. Publiez-le vous-même, puis notez où il se trouve : drempel comment record --url URL --platform { $platform }

## drempel policy

policy-none = Pas encore de { -house-rules } d'organisation. Lancez `drempel policy init` pour écrire une base que vous pourrez modifier, ou `drempel policy set FILE` pour utiliser le fichier de votre organisation.
policy-written = Une { -house-rules } de départ a été écrite dans { $path }.
policy-stored = La { -house-rules } a été vérifiée et enregistrée dans { $path }.
policy-edit-hint = Faites-la vôtre maintenant : ouvrez { $path } dans un éditeur de texte et { $employer ->
        [1] indiquez le nom de votre employeur, ses produits,
       *[other] vérifiez l'employeur, ajoutez ses produits,
    } la { -disclosure } que demande votre organisation et ses termes confidentiels. Puis lancez `drempel policy show`.
policy-empty-value = (aucun)
policy-label-file = Fichier :
policy-label-employer = Employeur :
policy-label-products = Produits :
policy-label-disclosure = Mention de transparence :
policy-label-confidential = Confidentiel :
policy-label-dos = À faire :
policy-label-donts = À éviter :
policy-written-by-wizard = La { -house-rules } réseaux sociaux de votre organisation, écrite par le parcours guidé de drempel. Modifiez-la librement ; `drempel policy show` montre ce que drempel en comprend.
error-draft-too-large = Le brouillon { $draft } dépasse { $limit } : bien plus long que ce qu'accepte n'importe quelle plateforme. Vérifiez que c'est bien le fichier voulu.
