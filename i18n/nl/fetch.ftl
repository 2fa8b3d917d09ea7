# Feeds ophalen, de commando's voor feeds, scan en de inbox.

## Waarom een feed niet opgehaald kon worden: de reden in de statusregel

fetch-unsupported-scheme = alleen adressen met http en https kunnen worden opgehaald, niet { $scheme }
fetch-status = { $code } { $reason }
fetch-rate-limited = { $code } de server vraagt om later terug te komen
fetch-rate-limited-until = { $code } de server vraagt om later terug te komen; probeer het opnieuw na { $at }
fetch-timed-out = geen antwoord binnen { $seconds } s
fetch-deadline = niet klaar binnen de tijdslimiet van de scan ({ $seconds } s)
fetch-too-large = te groot: meer dan { $mib } MiB, meer dan een feed ooit nodig heeft
fetch-redirect-loop = doorverwijzing in een kringetje: de server stuurt ons terug naar { $url }
fetch-too-many-redirects = meer dan { $limit ->
        [one] 1 doorverwijzing
       *[other] { $limit } doorverwijzingen
    }
fetch-bad-redirect = een doorverwijzing naar een adres dat niet te volgen is: "{ $location }"
fetch-connect = kan geen verbinding maken: { $reason }
fetch-network = de verbinding werd verbroken: { $reason }

error-http-setup = Kan de netwerkverbinding niet voorbereiden: { $reason }. Start `drempel doctor` en laat je trainer zien wat er verschijnt.

## Voortgangsbalken

fetchbar-feeds = { -feeds }
fetchbar-waiting = de server vroeg ons { $seconds } s te wachten

## Fouten van de commando's voor feeds, scan en inbox

error-cache-corrupt = Het bestand { $path } is beschadigd ({ $reason }). drempel heeft het gelaten zoals het is. Er staat alleen in wat een scan opnieuw kan ophalen: zet het opzij met `mv "{ $path }" "{ $path }.broken"` en start het commando opnieuw.
error-bad-feed-url = "{ $url }" is geen adres dat drempel kan volgen: { $reason }. Gebruik het volledige adres, dat begint met https:// of http://.
address-no-scheme = het begint niet met https:// of http://
address-bad-host = de naam van de site erin is niet geldig
address-bad-port = het poortnummer erin is niet geldig
address-invalid = het is geen geldig webadres
error-needs-network = `drempel { $command }` heeft het netwerk nodig om het adres te bekijken, en --offline staat aan. Start het opnieuw zonder --offline als je verbinding hebt.
error-feed-fetch = Kan { $url } niet ophalen: { $reason }. Kijk het adres na in een browser, of probeer het later opnieuw.
error-no-feed-found = { $url } is een webpagina die geen feed aankondigt. Zoek op de site naar een RSS- of Atom-link, of volg het nieuws erover met `drempel feeds add --google-news "WORDS"`.
error-not-watching = Je volgt { $url } niet. `drempel feeds list` toont de adressen die je volgt.
error-nothing-to-import = In { $path } staat geen feed met een adres dat met http of https begint, dus er is niets geïmporteerd. Exporteer de lijst opnieuw uit je feedlezer als OPML.
error-input-file = Kan { $path } niet lezen: { $reason }. Kijk de bestandsnaam na.
error-no-such-item = Geen enkel bericht in je { -inbox } heeft de id "{ $id }". `drempel inbox --all` toont ze allemaal met hun id.
error-ambiguous-item = Meer dan één bericht begint met "{ $id }": { $candidates }. Typ nog een paar tekens meer.

## drempel feeds

feeds-cmd-add-what = Zeg wat je wilt volgen: `drempel feeds add URL`, of `drempel feeds add --google-news "WORDS"`.
feeds-cmd-only-http = alleen adressen met http en https kunnen worden gevolgd
feeds-cmd-already = Je volgt { $url } al.
feeds-cmd-found-link = { $site } is een webpagina; ze kondigt de feed { $url } aan.
feeds-cmd-other-link = Ze kondigt ook { $url } aan (voeg die op dezelfde manier toe als je hem ook wilt).
feeds-cmd-added = Je volgt nu { $title } ({ $url }): er { $items ->
        [one] staat nu 1 bericht
       *[other] staan nu { $items } berichten
    } in. `drempel scan` zoekt daarin naar je { -keywords }.
feeds-cmd-added-practice = Je volgt nu de oefenfeed { $title } ({ $url }). Die hoort bij drempel, dus hij werkt ook offline.
feeds-cmd-empty-query = Geef de woorden waarmee je nieuws wilt zoeken, zoals --google-news "werkgeversmerk".
feeds-cmd-news-title = Nieuws: { $query }
feeds-cmd-added-news = Je volgt nu { $title } ({ $url }). `drempel scan` zoekt daarin naar je { -keywords }.
feeds-cmd-removed = Je volgt { $url } niet meer.
feeds-cmd-none = Je volgt nog geen { -feeds }. Voeg er een toe met `drempel feeds add URL`, of importeer een lijst met `drempel feeds import FILE.opml`.
feeds-cmd-last = { $mark } laatste scan { $at }: { $status }
feeds-cmd-not-scanned = nog niet gescand
feeds-cmd-import-bad = { $url } overgeslagen: { $reason }
feeds-cmd-import-known = { $url } volg je al
feeds-cmd-import-added = { $title } ({ $url })
feeds-cmd-import-summary = { $added } toegevoegd, { $known } al gevolgd, { $bad } overgeslagen.
feeds-cmd-exported = { $count ->
        [one] 1 feed
       *[other] { $count } feeds
    } geschreven naar { $path }.
feeds-cmd-preview-count = ({ $count ->
        [one] 1 bericht
       *[other] { $count } berichten
    })
feeds-cmd-is-feed = { $url } is zelf een feed: { $title }
feeds-cmd-discover-next = Volg er een met `drempel feeds add URL`.

## drempel scan

scan-bad-seconds = gebruik een aantal seconden groter dan 0, zoals 15 of 0.5
scan-practice-offline = Offline: drempel leest de oefenfeeds die erbij horen.
scan-practice-no-feeds = Je volgt nog geen { -feeds }, dus deze scan leest de oefenfeeds die bij drempel horen. Voeg je eigen feeds toe met `drempel feeds add URL`.
scan-feed-ok = ok, { $items ->
        [one] 1 bericht
       *[other] { $items } berichten
    }, { $matches ->
        [0] geen nieuwe treffers
        [one] 1 nieuwe treffer
       *[other] { $matches } nieuwe treffers
    }
scan-feed-not-modified = niet veranderd sinds de vorige scan ({ $items ->
        [one] 1 bericht bewaard
       *[other] { $items } berichten bewaard
    }), { $matches ->
        [0] geen nieuwe treffers
        [one] 1 nieuwe treffer
       *[other] { $matches } nieuwe treffers
    }
scan-not-a-feed = geen feed: { $reason }
scan-bad-address = geen geldig adres: { $reason }
scan-no-such-practice-feed = geen enkele oefenfeed heeft dit adres in deze versie van drempel
scan-feed-moved = voorgoed verhuisd naar { $url }; je lijst met feeds gebruikt nu het nieuwe adres
scan-invalid-keyword = Het { -keyword } { $query } is overgeslagen: { $reason }. Verbeter het met `drempel keywords remove` en `drempel keywords add`.
scan-no-keywords = Je hebt nog geen { -keywords }, dus er kan niets gevonden worden. `drempel keywords suggest` stelt er een paar voor bij je doelen.
scan-all-failed = Geen enkele feed kon worden opgehaald. Kijk je verbinding na, of oefen offline met `drempel scan --offline`.
scan-summary = { $matches ->
        [0] Geen nieuwe treffers
        [one] 1 nieuwe treffer
       *[other] { $matches } nieuwe treffers
    } uit { $feeds ->
        [one] 1 feed
       *[other] { $feeds } feeds
    }{ $failed ->
        [0] {""}
       *[other] {" "}({ $failed } mislukt)
    }.
scan-more = …en nog { $more }; `drempel inbox` toont ze allemaal.
scan-next = { $waiting ->
        [one] 1 bericht wacht
       *[other] { $waiting } berichten wachten
    } in je { -inbox }. Beslis met `drempel triage` wat elk bericht verdient.

## drempel inbox

inbox-empty = Je { -inbox } is leeg. Start `drempel scan` om naar nieuwe berichten te zoeken.
inbox-nothing-new = Niets nieuws: { $total ->
        [one] je hebt over het enige bericht beslist
       *[other] je hebt over alle { $total } berichten beslist
    }. `drempel inbox --all` laat alles zien.
inbox-next = { $count ->
        [one] 1 bericht wacht
       *[other] { $count } berichten wachten
    } op een beslissing: `drempel triage`.
inbox-keywords = gevonden met { $keywords }
inbox-state-triaged = (beslist)
inbox-untitled = (geen titel)

## De grens van de inbox (issue 13)

scan-left-out = Je { -inbox } bewaart de nieuwste { $kept } treffers: { $left ->
        [one] 1 oudere treffer is
       *[other] { $left } oudere treffers zijn
    } weggelaten.
fetch-reason-dns = de naam van de site is niet gevonden (is er netwerk?)
fetch-reason-refused = de server weigerde de verbinding
fetch-reason-reset = de verbinding werd verbroken
fetch-reason-tls = het beveiligingscertificaat van de site kon niet worden gecontroleerd
