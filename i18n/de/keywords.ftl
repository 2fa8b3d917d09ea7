# Suchbegriffe: die Abfragesprache, die Pakete mit Vorschlägen und `drempel keywords`.
# Beispiele in Abfragen bleiben Abfragesyntax: OR, -Ausschluss, "Wortfolge", site:, intitle:.

## Fehler in einer Abfrage: was nicht stimmt und was zu tun ist

error-query = Dieser { -keyword } ist so nicht gültig: { $message }
query-error-at = Spalte { $column }: { $message }
query-empty = die Abfrage ist leer. Geben Sie mindestens ein Wort ein, nach dem gesucht werden soll, etwa: Stellenangebot
query-unclosed-quote = dieses Anführungszeichen wird nie geschlossen. Beenden Sie die Wortfolge mit einem zweiten ", wie in "Tag der offenen Tür"
query-empty-phrase = zwischen diesen Anführungszeichen steht kein Wort. Setzen Sie eine Wortfolge hinein, wie in "Tag der offenen Tür", oder lassen Sie sie weg
query-lone-minus = ein Minus muss direkt vor dem Wort stehen, das es ausschließt, ohne Leerzeichen: -unbezahlt
query-minus-twice = ein Minus genügt, um ein Wort auszuschließen: -unbezahlt
query-or-at-start = OR verbindet zwei Alternativen und braucht deshalb ein Wort davor: Pflegekraft OR Pflegefachkraft
query-or-at-end = OR verbindet zwei Alternativen und braucht deshalb ein Wort danach: Pflegekraft OR Pflegefachkraft
query-or-twice = zweimal OR hintereinander; schreiben Sie genau ein OR zwischen zwei Alternativen: Pflegekraft OR Pflegefachkraft
query-or-with-exclusion = OR kann kein ausgeschlossenes Wort (-wort) verbinden; schreiben Sie den Ausschluss als eigenen Teil: Pflegekraft OR Pflegefachkraft -unbezahlt
query-empty-site = site: braucht direkt danach eine Domain, ohne Leerzeichen: site:example.com
query-bad-site = „{ $site }“ ist keine Domain. site: erwartet eine Domain wie example.com, ohne https:// und ohne Pfad
query-empty-intitle = intitle: braucht direkt danach ein Wort oder "eine Wortfolge", ohne Leerzeichen: intitle:Ausbildung
query-minus-after-operator = setzen Sie das Minus vor { $operator }, nicht dahinter: -{ $operator }…
query-nothing-to-match = „{ $word }“ enthält keine Buchstaben oder Ziffern, es gibt also nichts zu suchen; lassen Sie es weg
query-only-exclusions = die Abfrage schließt nur Wörter aus; fügen Sie mindestens ein Wort hinzu, nach dem gesucht wird: Stellenangebot -unbezahlt
query-unsupported-operator = drempel kennt { $operator } nicht (es kennt site: und intitle:); setzen Sie das Wort in Anführungszeichen, um es als Text zu suchen

## Pakete mit Vorschlägen (geprüft von `drempel lessons check`)

packs-unknown-goal = „{ $name }“ ist kein Ziel; Paketdateien heißen nach einem Ziel: { $valid }
packs-not-utf8 = die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8
packs-bad-toml = { $reason }
packs-term-count = das Paket hat { $count ->
        [one] einen Eintrag
       *[other] { $count } Einträge
    }; ein Paket enthält { $min } bis { $max }
packs-bad-query = die Abfrage { $query } lässt sich nicht lesen: { $error }
packs-duplicate = die Abfrage { $query } findet dasselbe wie die in Zeile { $line }; behalten Sie nur eine
packs-empty-why = why ist leer; schreiben Sie eine kurze Begründung oder lassen Sie die Zeile weg
packs-missing = in „{ $lang }“ gibt es kein Paket für { $goal }; jedes Ziel braucht eines in jeder Sprache

## drempel keywords

keywords-quote-the-query = Eine Abfrage ist ein einziges Argument, aber die Shell hat sie in mehrere zerlegt. Setzen Sie die ganze Abfrage in einfache Anführungszeichen: { $words }, um beide Wörter irgendwo zu finden, oder { $phrase } für genau diese Wortfolge.
keywords-no-goals = Es gibt noch keine Ziele, zu denen sich { -keywords } vorschlagen ließen. Legen Sie zuerst Ihre Strategie fest (drempel strategy set --goal recruitment) oder geben Sie --goal an.
keywords-language-fallback = Für „{ $lang }“ gibt es noch keine Vorschläge, deshalb sind diese hier in „{ $fallback }“. Vorschläge gibt es in: { $languages }.
keywords-suggest-heading = Zum Ziel „{ $goal }“ ({ $count ->
        [one] ein Vorschlag
       *[other] { $count } Vorschläge
    }):
keywords-suggest-hint = Fügen Sie die hinzu, die zu Ihrer Arbeit passen, einen nach dem anderen, zum Beispiel: { $command }
keywords-suggest-all-added = Sie beobachten schon alle Vorschläge für diese Ziele. Ergänzen Sie auch eigene Wörter: die Namen Ihrer Organisation, Ihrer Produkte und Orte.
keywords-already = Sie beobachten { $query } schon. Es wurde nichts hinzugefügt.
keywords-already-same = Sie beobachten schon { $existing }, das dasselbe findet wie { $query }. Es wurde nichts hinzugefügt.
keywords-added = Sie beobachten jetzt { $query } ({ $count ->
        [one] insgesamt ein { -keyword }
       *[other] insgesamt { $count } { -keywords }
    }).
keywords-added-hint = Probieren Sie ihn an einer Schlagzeile aus: { $command }
keywords-removed = { $query } wird nicht mehr beobachtet ({ $count ->
        [0] keine { -keywords } mehr
        [one] noch ein { -keyword }
       *[other] noch { $count } { -keywords }
    }).
keywords-unknown = Sie beobachten „{ $query }“ nicht. Ihre { -keywords }:
    { $list }
keywords-unknown-none = Sie beobachten „{ $query }“ nicht: Sie haben noch keine { -keywords }. Was zu Ihren Zielen passt, zeigt: drempel keywords suggest
keywords-none-yet = Sie haben noch keine { -keywords }. Was zu Ihren Zielen passt, zeigt: drempel keywords suggest
keywords-stored-invalid = Der { -keyword } { $query } wird übersprungen: { $message }. Entfernen Sie ihn mit drempel keywords remove und fügen Sie ihn neu hinzu.
keywords-test-nothing = Es gibt nichts zu testen: Sie haben noch keine { -keywords }. Fügen Sie einen hinzu (drempel keywords add Stellenangebot), oder probieren Sie eine Abfrage mit --query aus.
keywords-test-stdin = Der Text von der Standardeingabe konnte nicht gelesen werden: { $reason }
keywords-field-title = Titel
keywords-field-summary = Auszug
keywords-field-link = Link
keywords-in-title = im Titel
keywords-in-summary = im Auszug
keywords-test-found = { $term } { $field }: „{ $text }“
keywords-test-site = { $site }: Der Link führt auf diese Website
keywords-test-blocked = ausgeschlossen durch { $exclusion }: { $found }
keywords-test-blocked-site = ausgeschlossen durch { $exclusion }: Der Link führt auf diese Website
keywords-test-missing = fehlt: { $clause }
keywords-test-summary = Passende { -keywords }: { $matched } von { $total }.
keywords-sample-headline = Eine Schlagzeile zum Ausprobieren
