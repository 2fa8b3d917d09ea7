# Le glossaire : les mots de la méthode, un seul nom pour chacun. Les autres fichiers du
# catalogue et toutes les leçons utilisent ces termes ({ -rung-critic } dans un message ou
# une leçon) au lieu de réécrire le mot : on change un mot ici, une fois, et nulle part ailleurs.
#
# Choix de mots (pour la France, la Wallonie et Bruxelles ; « vous » partout) :
# - rung : échelon ; ladder : échelle. Les noms d'échelons sont des noms propres, avec une
#   majuscule, au masculin générique (Spectateur, Inactif…). Les messages disent « votre
#   échelon : Spectateur » ou « l'échelon Spectateur », jamais « vous êtes Spectateur » :
#   ainsi rien ne s'accorde avec la personne.
# - Critic : Contributeur. En français, « critique » fait penser à critiquer ; l'idée est
#   une personne dont les propres mots sont publiés sur un site. « Contributor » n'a pas
#   d'autre nom : c'est le même échelon. (Forrester l'appelle Critic.)
# - Joiner : Membre (épicène : on devient membre d'une communauté). Collector : Collecteur.
# - Monitoring : Veille, le mot des professionnels en France comme en Belgique.
# - Reading together : Lire ensemble. Next steps : La suite. Welcome : Accueil.
# - item (d'un flux) : article ; item (d'une liste de contrôle) : élément ;
#   scan : analyse (la commande reste `drempel scan`) ; post : publication ;
#   blog post : article de blog ; plan (du coach) : action prévue.
# - pre-post check : vérification avant publication ; privacy review : bilan de
#   confidentialité (deux mots différents, pour ne pas confondre les deux).
# - house rules : charte (la « charte réseaux sociaux » des organisations), féminin.
# - disclosure : mention de transparence (dire que l'on travaille pour l'employeur dont on
#   dit du bien), féminin.
# - Genres utilisés par les accords du catalogue : mot-clé (m.), flux (m., invariable),
#   boîte de réception (f.), communauté (f.), vérification (f.), bilan (m.), charte (f.),
#   mention (f.). Si vous changez un mot, vérifiez les accords qui le suivent.
#
# Typographie : espace insécable (U+00A0) avant : ; ? ! et à l'intérieur des guillemets
# « », apostrophe droite ('). Les commandes, options, identifiants, adresses et exemples
# de syntaxe gardent les guillemets droits "…" du shell et des requêtes.

## Les échelons de l'échelle. Le but est -rung-critic : une personne dont les propres mots
## sont publiés sur un site. Il n'y a pas de mot à part pour « contributeur » : c'est la même idée.

-rung-inactive = Inactif
-rung-spectator = Spectateur
-rung-joiner = Membre
-rung-collector = Collecteur
-rung-critic = Contributeur
-rung-creator = Créateur
-ladder = échelle

## Les huit étapes du parcours

-step-welcome = Accueil
-step-strategy = Stratégie
-step-profiles = Profils
-step-monitoring = Veille
-step-reading = Lire ensemble
-step-communities = Communautés
-step-comment = Votre premier commentaire
-step-next = La suite

## Ce que peut mériter un article venu d'un flux

-decision-skip = Passer : rien pour moi
-decision-later = À lire plus tard
-decision-blog = Idée pour un article de blog
-decision-newsletter = Idée pour la newsletter
-decision-respond = Y réagir
-decision-share = Partager avec les collègues

## Les autres mots de la méthode

-keyword = mot-clé
-keywords = mots-clés
-feed = flux
-feeds = flux
-inbox = boîte de réception
-community = communauté
-communities = communautés
-pre-post-check = vérification avant publication
-privacy-review = bilan de confidentialité
-house-rules = charte
-disclosure = mention de transparence

## Les noms que le programme affiche, tirés des termes ci-dessus



