## Community's en eigen berichten

communities-missing-goal = geen plekken voor het doel "{ $goal }"
communities-why-goal = voor je doel: { $goal }
communities-why-keyword = op basis van je { -keyword } "{ $keyword }"
communities-xing-no-groups = XING heeft zijn groepen in januari 2023 gesloten, dus er is geen XING-groep meer om lid van te worden. Heb je je mensen op een ander platform gevonden? Noteer het dan met de naam van dat platform.
communities-bad-hashtag = "{ $tag }" kan geen hashtag zijn: gebruik alleen letters en cijfers, zonder spaties of leestekens
communities-xing-key = XING heeft zijn groepen in januari 2023 gesloten: haal deze lijst "xing" weg. De rest van het bestand werkt gewoon.
communities-linkedin-search = LinkedIn-groepen over "{ $search }"
communities-elsewhere = Elders
communities-no-strategy = Bepaal eerst je strategie, dan krijg je suggesties die passen: drempel strategy set --goal GOAL
communities-suggest-hint = Lid geworden? Noteer het: drempel groups add NAME --platform PLATFORM --url URL
communities-name-needed = Geef de { -community } een naam, zoals ze op het platform heet.
communities-already = Je bent al lid van { $name } op { $platform }.
communities-joined = Lid geworden: { $name } op { $platform }.
communities-first-look = Kijk eerst rond: wie geeft goede antwoorden, wat krijgt reacties? Reageer dan zelf. Later begin je een discussie.
communities-none-joined = Je bent nog geen lid van een { -community }. Kijk waar je kunt zoeken: drempel groups suggest
communities-unknown = Je bent geen lid van "{ $name }". Je { -communities }: { $joined }.
communities-visited-first = Eerste bezoek aan { $name } genoteerd. Lees een paar berichten en like of beantwoord er een.
communities-visited-again = Je { $count }e bezoek aan { $name } is genoteerd ({ $days ->
        [0] eerder vandaag
        [one] één dag na het vorige
       *[other] { $days } dagen na het vorige
    }). Tien minuten per week, en je blijft erbij horen.
communities-visits = { $count ->
        [one] één bezoek
       *[other] { $count } bezoeken
    }
error-bad-url = "{ $url }" is geen webadres. Kopieer het volledige adres uit je browser; het begint met https://
post-recorded = Je bericht op { $platform } is genoteerd: { $url }
rung-reached = Je bent een trede hoger geklommen op de { -ladder }: je bent nu { $rung }!
