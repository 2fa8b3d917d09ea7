# Mots-clés : le langage des requêtes, les packs de mots-clés et `drempel keywords`.

## Erreurs de requête : ce qui ne va pas et que faire

error-query = Ce { -keyword } n'est pas valide : { $message }
query-error-at = colonne { $column } : { $message }
query-empty = la recherche est vide. Tapez au moins un mot à chercher, par exemple : recrutement
query-unclosed-quote = ces guillemets ne sont jamais fermés. Terminez l'expression par un second ", comme dans "portes ouvertes"
query-empty-phrase = ces guillemets ne contiennent aucun mot. Mettez une expression entre eux, comme "portes ouvertes", ou retirez-les
query-lone-minus = un signe moins se place juste devant le mot qu'il exclut, sans espace : -bénévole
query-minus-twice = un seul signe moins suffit pour exclure un mot : -bénévole
query-or-at-start = OR relie deux possibilités, il lui faut donc un mot avant lui : infirmier OR soignant
query-or-at-end = OR relie deux possibilités, il lui faut donc un mot après lui : infirmier OR soignant
query-or-twice = deux OR à la suite ; écrivez un seul OR entre chaque paire de possibilités : infirmier OR soignant
query-or-with-exclusion = OR ne peut pas relier un mot exclu (-mot) ; écrivez l'exclusion à part : infirmier OR soignant -bénévole
query-empty-site = site: doit être suivi d'un domaine, sans espace : site:example.com
query-bad-site = « { $site } » n'est pas un domaine. site: attend un domaine comme example.com, sans https:// ni chemin
query-empty-intitle = intitle: doit être suivi d'un mot ou d'une expression entre guillemets, sans espace : intitle:recrutement
query-minus-after-operator = mettez le signe moins avant { $operator }, pas après : -{ $operator }…
query-nothing-to-match = « { $word } » ne contient ni lettre ni chiffre, il n'y a donc rien à chercher ; retirez-le
query-only-exclusions = la recherche ne fait qu'exclure des mots ; ajoutez au moins un mot à chercher : offre -bénévole
query-unsupported-operator = drempel ne connaît pas { $operator } (il connaît site: et intitle:) ; mettez le mot entre guillemets pour le chercher comme du texte

## Packs de mots-clés (vérifiés par `drempel lessons check`)

packs-unknown-goal = « { $name } » n'est pas un objectif ; un fichier de pack porte le nom d'un objectif : { $valid }
packs-not-utf8 = le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8
packs-bad-toml = { $reason }
packs-term-count = le pack a { $count } termes ; un pack en contient de { $min } à { $max }
packs-bad-query = la requête { $query } n'est pas valide : { $error }
packs-duplicate = la requête { $query } trouve la même chose que celle de la ligne { $line } ; gardez-en une
packs-empty-why = why est vide ; écrivez une courte raison ou retirez la ligne
packs-missing = il n'y a pas de pack { $goal } en « { $lang } » ; chaque objectif en a besoin d'un dans chaque langue

## drempel keywords

keywords-quote-the-query = Un { -keyword } est un seul argument, mais le shell l'a coupé en plusieurs. Mettez tout le { -keyword } entre guillemets simples : { $words } pour trouver les deux mots n'importe où, ou { $phrase } pour l'expression exacte.
keywords-no-goals = Il n'y a pas encore d'objectifs pour lesquels suggérer des { -keywords }. Définissez d'abord votre stratégie (drempel strategy set --goal recruitment), ou indiquez --goal.
keywords-language-fallback = Il n'y a pas encore de packs de { -keywords } en « { $lang } » : ceux-ci sont donc en « { $fallback } ». Des packs existent en : { $languages }.
keywords-suggest-heading = Pour l'objectif « { $goal } » ({ $count ->
        [one] { $count } suggestion
       *[other] { $count } suggestions
    }) :
keywords-suggest-hint = Ajoutez ceux qui correspondent à votre travail, un par un, par exemple : { $command }
keywords-suggest-all-added = Vous suivez déjà toutes les suggestions pour ces objectifs. Ajoutez aussi vos propres mots : les noms de votre organisation, de vos produits et de vos lieux.
keywords-already = Vous suivez déjà { $query }. Rien n'a été ajouté.
keywords-already-same = Vous suivez déjà { $existing }, qui trouve la même chose que { $query }. Rien n'a été ajouté.
keywords-added = Vous suivez maintenant { $query } ({ $count ->
        [one] { $count } { -keyword } en tout
       *[other] { $count } { -keywords } en tout
    }).
keywords-added-hint = Essayez-le sur un titre : { $command }
keywords-removed = Vous ne suivez plus { $query } ({ $count ->
        [0] il ne reste aucun { -keyword }
        [one] il reste { $count } { -keyword }
       *[other] il reste { $count } { -keywords }
    }).
keywords-unknown = Vous ne suivez pas « { $query } ». Vos { -keywords } :
    { $list }
keywords-unknown-none = Vous ne suivez pas « { $query } » : vous n'avez encore aucun { -keyword }. Voyez ce qui correspond à vos objectifs avec : drempel keywords suggest
keywords-none-yet = Vous n'avez encore aucun { -keyword }. Voyez ce qui correspond à vos objectifs avec : drempel keywords suggest
keywords-stored-invalid = Le { -keyword } { $query } est ignoré : { $message }. Retirez-le avec drempel keywords remove, puis ajoutez-le à nouveau.
keywords-test-nothing = Il n'y a rien à tester : vous n'avez encore aucun { -keyword }. Ajoutez-en un (drempel keywords add recrutement), ou essayez une recherche avec --query.
keywords-test-stdin = Impossible de lire le texte sur l'entrée standard : { $reason }
keywords-field-title = Titre
keywords-field-summary = Résumé
keywords-field-link = Lien
keywords-in-title = le titre
keywords-in-summary = le résumé
keywords-test-found = { $term } dans { $field } : « { $text } »
keywords-test-site = { $site } : le lien est sur ce site
keywords-test-blocked = bloqué par { $exclusion } : { $found }
keywords-test-blocked-site = bloqué par { $exclusion } : le lien est sur ce site
keywords-test-missing = manquant : { $clause }
keywords-test-summary = { $matched ->
        [0] Aucun { -keyword } ne correspond (sur { $total }).
        [one] { $matched } { -keyword } sur { $total } correspond.
       *[other] { $matched } { -keywords } sur { $total } correspondent.
    }
keywords-sample-headline = Un titre pour essayer
