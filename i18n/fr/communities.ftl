## Communautés et publications personnelles

communities-missing-goal = aucun lieu pour l'objectif « { $goal } »
communities-why-goal = pour votre objectif : { $goal }
communities-why-keyword = d'après votre { -keyword } « { $keyword } »
communities-xing-no-groups = XING a fermé ses groupes en janvier 2023 : il n'y a donc aucun groupe XING à rejoindre. Vous avez trouvé votre { -community } sur une autre plateforme ? Notez-la avec le nom de cette plateforme.
communities-bad-hashtag = « { $tag } » ne peut pas être un hashtag : utilisez seulement des lettres et des chiffres, sans espaces ni ponctuation
communities-xing-key = XING a fermé ses groupes en janvier 2023 : supprimez cette liste "xing". Le reste du fichier fonctionne toujours.
communities-linkedin-search = Groupes LinkedIn sur « { $search } »
communities-elsewhere = Ailleurs
communities-no-strategy = Définissez d'abord votre stratégie, pour recevoir des suggestions qui vous correspondent : drempel strategy set --goal GOAL
communities-suggest-hint = Vous en avez rejoint une ? Notez-la : drempel groups add NAME --platform PLATFORM --url URL
communities-name-needed = Donnez le nom de la { -community }, tel qu'il apparaît sur la plateforme.
communities-already = Vous avez déjà rejoint { $name } sur { $platform }.
communities-joined = C'est noté : vous avez rejoint { $name } sur { $platform }.
communities-first-look = Commencez par regarder : qui répond bien, ce qui suscite des réponses. Ensuite, réagissez. Plus tard, lancez une discussion.
communities-none-joined = Vous n'avez encore rejoint aucune { -community }. Voyez où chercher : drempel groups suggest
communities-unknown = Vous n'avez pas rejoint « { $name } ». Vos { -communities } : { $joined }.
communities-visited-first = Première visite de { $name } notée. Lisez quelques publications, et aimez-en une ou répondez à l'une d'elles.
communities-visited-again = { $count ->
        [1] Première visite
       *[other] { $count }e visite
    } de { $name } notée ({ $days ->
        [0] une autre plus tôt aujourd'hui
        [one] { $days } jour depuis la précédente
       *[other] { $days } jours depuis la précédente
    }). Dix minutes par semaine suffisent pour garder le lien.
communities-visits = { $count ->
        [one] { $count } visite
       *[other] { $count } visites
    }
error-bad-url = « { $url } » n'est pas une adresse web. Copiez l'adresse complète depuis votre navigateur ; elle commence par https://
post-recorded = Votre publication { $platform } est notée : { $url }
rung-reached = Vous avez gravi un échelon : vous voici à l'échelon { $rung } !
