# Flux : lecture, OPML et flux d'entraînement (src/feeds/).

## Pourquoi un document n'est pas un flux lisible

feed-error-empty = Le document est vide : il ne contient aucun { -feed }. Vérifiez l'adresse ; s'il s'agit d'un site web, essayez `drempel feeds discover URL`.
feed-error-html = C'est une page HTML, pas un { -feed }. Essayez `drempel feeds discover URL` pour trouver le { -feed } du site.
feed-error-html-with-feeds = C'est une page HTML, pas un { -feed }. Elle renvoie vers { $count ->
        [one] ce { -feed }
       *[other] ces { -feeds }
    } :
      { $links }
    Ajoutez plutôt l'un d'eux (`drempel feeds discover URL` les liste aussi).
feed-error-json = C'est du JSON (peut-être un JSON Feed), pas du RSS ni de l'Atom. drempel lit les { -feeds } RSS et Atom ; cherchez un lien RSS sur le site.
feed-error-not-xml = Ce n'est pas un { -feed } : un { -feed } est en XML et commence par « < », mais ce document commence par « { $start } ». Vérifiez que l'adresse mène bien au { -feed } lui-même.
feed-error-unknown-root = C'est du XML, mais pas un { -feed } : il commence par <{ $element }>, alors qu'un { -feed } RSS commence par <rss> ou <rdf:RDF> et un { -feed } Atom par <feed>.
feed-error-invalid-at = Le { -feed } { $format } est cassé à la ligne { $line }, colonne { $column } : { $reason }. Seul son éditeur peut le réparer ; laissez ce { -feed } de côté pour l'instant, ou signalez-lui le problème.
feed-error-invalid = Le { -feed } { $format } est cassé : { $reason }. Seul son éditeur peut le réparer ; laissez ce { -feed } de côté pour l'instant, ou signalez-lui le problème.
feed-error-cut-off = le document se termine avant la fin du { -feed } (le téléchargement a-t-il été coupé ?)
feed-error-unclosed = le document se termine alors que <{ $element }> est encore ouvert (a-t-il été coupé ?)

## OPML

opml-error-empty = Le fichier OPML est vide. Exportez à nouveau vos { -feeds } depuis votre lecteur de flux.
opml-error-xml = Le fichier OPML n'est pas du XML valide à la ligne { $line }, colonne { $column } : { $reason }. Exportez à nouveau vos { -feeds } depuis votre lecteur de flux, ou corrigez cet endroit dans un éditeur de texte.
opml-error-text-before-root = du texte avant le premier élément ; un fichier OPML commence par <?xml …?> ou <opml>
opml-error-not-opml = Ce n'est pas un fichier OPML : il commence par <{ $element }>, alors qu'un OPML commence par <opml>. Exportez vos { -feeds } au format OPML depuis votre lecteur de flux.
opml-error-is-feed = C'est un { -feed } (<{ $element }>), pas une liste de { -feeds } OPML. Ajoutez-le avec `drempel feeds add URL`.

## Erreurs avec leur emplacement

error-feed = { $location } : { $reason }
error-opml = { $path } : { $reason }

## Flux d'entraînement (vérifiés par `drempel lessons check`)

practice-missing = il n'y a pas de { -feeds } d'entraînement pour « { $lang } » ; ajoutez ici au moins deux { -feeds } .xml.
practice-too-few-items = ce { -feed } d'entraînement a { $count ->
        [one] { $count } article
       *[other] { $count } articles
    } ; il lui en faut au moins { $min }.
practice-item-incomplete = l'article « { $title } » a besoin d'un lien et d'une date pour servir à l'entraînement.
