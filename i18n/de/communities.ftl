## Communitys und eigene Beiträge

communities-missing-goal = keine Orte für das Ziel „{ $goal }“
communities-why-goal = für Ihr Ziel: { $goal }
communities-why-keyword = aus Ihrem { -keyword } „{ $keyword }“
communities-xing-no-groups = XING hat seine Gruppen im Januar 2023 geschlossen, dort gibt es also keine Gruppe zum Beitreten. Haben Sie Ihre Leute auf einer anderen Plattform gefunden? Halten Sie es mit dem Namen dieser Plattform fest.
communities-bad-hashtag = „{ $tag }“ kann kein Hashtag sein: Verwenden Sie nur Buchstaben und Ziffern, ohne Leerzeichen oder Satzzeichen
communities-xing-key = XING hat seine Gruppen im Januar 2023 geschlossen: Entfernen Sie diese Liste „xing“. Der Rest der Datei funktioniert weiterhin.
communities-linkedin-search = LinkedIn-Gruppen zu „{ $search }“
communities-elsewhere = Anderswo
communities-no-strategy = Legen Sie zuerst Ihre Strategie fest, dann passen die Vorschläge zu Ihnen: drempel strategy set --goal GOAL
communities-suggest-hint = Beigetreten? Halten Sie es fest: drempel groups add NAME --platform PLATFORM --url URL
communities-name-needed = Geben Sie der { -community } einen Namen, so wie sie auf der Plattform heißt.
communities-already = Sie sind { $name } auf { $platform } schon beigetreten.
communities-joined = Beigetreten: { $name } auf { $platform }.
communities-first-look = Sehen Sie sich zuerst um: Wer antwortet gut, was bekommt Antworten? Dann reagieren Sie. Später starten Sie eine Diskussion.
communities-none-joined = Sie sind noch keiner { -community } beigetreten. Wo Sie suchen können, zeigt: drempel groups suggest
communities-unknown = Sie sind „{ $name }“ nicht beigetreten. Ihre { -communities }: { $joined }.
communities-visited-first = Erster Besuch bei { $name } festgehalten. Lesen Sie ein paar Beiträge und liken oder beantworten Sie einen.
communities-visited-again = { $count }. Besuch bei { $name } festgehalten ({ $days ->
        [0] schon einmal heute
        [one] einen Tag nach dem letzten
       *[other] { $days } Tage nach dem letzten
    }). Zehn Minuten pro Woche, und Sie bleiben dabei.
communities-visits = { $count ->
        [one] ein Besuch
       *[other] { $count } Besuche
    }
error-bad-url = „{ $url }“ ist keine Webadresse. Kopieren Sie die vollständige Adresse aus Ihrem Browser, beginnend mit https://
post-recorded = Ihr Beitrag auf { $platform } ist festgehalten: { $url }
rung-reached = Sie sind auf der { -ladder } aufgestiegen: Ihre Stufe ist jetzt { $rung }!
