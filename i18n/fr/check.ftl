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
rules-buried-lists-disclosures = la règle « { $id } » signale une mention cachée et lit donc les mentions de la règle qui en demande une : listez-les là-bas, pas ici
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
model-bad = impossible de lire le fichier des évaluateurs : { $reason }
model-unknown-rule = l'évaluateur pour { $concern } parle au nom de la règle « { $id } », que les règles de cette langue n'ont pas
model-wrong-concern = l'évaluateur pour { $concern } parle au nom de la règle « { $id } », qui porte sur { $other }
model-threshold = l'évaluateur pour { $concern } signale à partir de { $threshold } ; la valeur doit être comprise entre 0 et 1
model-lang = le fichier des évaluateurs a été entraîné pour la langue « { $model } », mais il se trouve avec les règles de « { $lang } »
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

## L'en-tête d'une remarque : de quoi elle parle, puis le message de la règle (espace avant les deux-points)
check-finding-about = { $kind } : { $message }

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

## Ce dont parle une remarque (son type), pourquoi c'est important et que faire, dans la langue de l'apprenant

check-concern = { $kind ->
        [praise] Des éloges sans dire que vous y travaillez
        [disclosure-buried] Votre { -disclosure } arrive trop tard
        [disclosure-unclear] Votre { -disclosure } risque de passer inaperçue
        [venting] Défoulement
        [hint] Une allusion à une nouvelle pas encore publique
        [confidential] Confidentiel
        [personal] Coordonnées ou données bancaires
        [patient] Des informations privées sur une personne
        [shouting] Majuscules criées
        [length] Trop long
        [hashtags] Trop de hashtags
        [mentions] Trop de personnes identifiées
        [bare-link] Un lien sans vos propres mots
        [wording] Formulation
       *[other] À regarder
    }
check-concern-why = { $kind ->
        [praise] Vos lecteurs ont le droit de savoir que l'éloge vient de quelqu'un qui y travaille, et la { -house-rules } de votre organisation vous demande de le dire.
        [disclosure-buried] La plupart des lecteurs s'arrêtent avant les hashtags ou avant la fin d'un long commentaire : une { -disclosure } placée là, loin après les éloges, passe inaperçue.
        [disclosure-unclear] Vous semblez dire que vous y travaillez, mais avec des mots qu'un lecteur pressé ne prend pas pour une { -disclosure } : vos éloges se lisent alors comme l'avis de quelqu'un d'extérieur.
        [venting] Votre responsable, vos collègues et vos clients vous lisent, et une publication reste visible bien après la mauvaise journée.
        [hint] Une allusion à une nouvelle pas encore publique circule avant que votre organisation puisse s'exprimer elle-même.
        [confidential] La { -house-rules } de votre organisation indique que ceci doit rester en interne.
        [personal] Des coordonnées ou des données bancaires en public attirent le spam, la fraude et les appels non sollicités.
        [patient] La santé, l'argent, le domicile, la famille, le travail, les démêlés judiciaires ou la candidature d'une personne lui appartiennent, pas à vous : on la reconnaît même sans son nom de famille.
        [shouting] Des mots en majuscules donnent l'impression de crier, et les lecteurs passent leur chemin.
        [length] La plateforme n'accepte pas un texte aussi long.
        [hashtags] Une série de hashtags ressemble plus à une demande d'attention qu'à une contribution.
        [mentions] Identifier beaucoup de personnes à la fois fait penser à un envoi en masse.
        [bare-link] Un lien seul ne dit pas pourquoi il compte pour vous.
        [wording] Quelques mots changent la façon dont votre commentaire est reçu.
       *[other] Les règles de votre formateur vous demandent de regarder ceci.
    }
check-concern-fix = { $kind ->
        [praise] { $has_employer ->
            [yes] Ajoutez « Je travaille chez { $employer } » ou { $tag } au début de votre commentaire.
           *[other] Dites au début de votre commentaire que vous y travaillez : « Je travaille chez … ».
        }
        [disclosure-buried] { $has_employer ->
            [yes] Placez « Je travaille chez { $employer } » ou { $tag } au début, avant les éloges.
           *[other] Placez « Je travaille chez … » au début, avant les éloges.
        }
        [disclosure-unclear] { $has_employer ->
            [yes] Dites-le clairement dès le début : « Je travaille chez { $employer } » ou { $tag }.
           *[other] Dites-le clairement dès le début : « Je travaille chez … ».
        }
        [venting] Retirez l'insulte ou la plainte ; partagez ce que vous avez appris, et parlez plutôt du problème avec la personne concernée ou votre responsable.
        [hint] Retirez l'allusion et attendez que votre organisation l'annonce ; partagez alors la nouvelle.
        [confidential] Retirez ce terme, ou demandez à la personne responsable s'il peut être partagé.
        [personal] Retirez ces informations et renvoyez vers un message privé ou la page de contact publique de l'organisation.
        [patient] Retirez ce qui permet de reconnaître la personne et ce qui la concerne ; racontez ce que vous avez appris, pas de qui il s'agissait.
        [shouting] Écrivez les mots en lettres normales ; un mot en gras ou un emoji suffit pour insister.
        [length] Coupez les répétitions et gardez une seule idée, ou mettez un lien vers un texte plus long.
        [hashtags] Gardez les deux ou trois hashtags les plus pertinents.
        [mentions] N'identifiez que les personnes qui doivent vraiment voir ceci.
        [bare-link] Ajoutez une ou deux phrases sur ce que vous y avez trouvé utile.
        [wording] Essayez la formulation que propose la vérification.
       *[other] Lisez le message et modifiez le brouillon, ou acceptez-le en connaissance de cause avec --accept.
    }
check-fix-label = Comment corriger :
