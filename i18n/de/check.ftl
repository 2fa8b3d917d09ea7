# Die Prüfung vor dem Posten, die Hausregeln der Organisation (policy) und die Prüfregeln.

## Fehler

error-draft-empty = Der Entwurf { $draft } ist leer. Schreiben Sie zuerst Ihren Kommentar und prüfen Sie ihn dann: drempel check FILE, oder geben Sie ihn über eine Pipe ein.
error-draft-binary = { $draft } sieht nicht wie ein Textentwurf aus ({ $nul ->
        [1] ein NUL-Byte
       *[other] kein gültiges UTF-8
    } bei Byte { $offset }). Speichern Sie Ihren Entwurf als reinen Text (UTF-8) und prüfen Sie diese Datei.
error-draft-unreadable = Der Entwurf { $draft } konnte nicht gelesen werden: { $reason }. Prüfen Sie den Dateinamen.
error-policy-invalid = Die Datei mit den { -house-rules } { $path }{ $line } hat ein Problem: { $reason }. Beheben Sie es und versuchen Sie es noch einmal; es wurde nichts gespeichert.
error-policy-unreadable = Die Datei mit den { -house-rules } { $path } konnte nicht gelesen werden: { $reason }. Prüfen Sie den Dateinamen.
error-policy-exists = Unter { $path } gibt es schon { -house-rules }. Bearbeiten Sie diese Datei, oder führen Sie `drempel policy init --force` aus, um noch einmal mit der Vorlage zu beginnen.
error-unknown-rule = Es gibt keine Prüfregel „{ $rule }“. Regeln, die Sie akzeptieren können: { $valid }.

## Probleme in den Hausregeln (erscheinen in error-policy-invalid)

policy-needs-disclosure = ein Arbeitgeber ist angegeben, also muss disclosure_tag sagen, wie Sie kenntlich machen, dass Sie dort arbeiten (zum Beispiel "Ich arbeite bei Acme")
policy-empty-entry = ein Eintrag in { $field } ist leer
policy-short-term = „{ $term }“ in { $field } ist zu kurz für die Suche; verwenden Sie mindestens zwei Buchstaben oder Ziffern
policy-alias-unknown-term = „{ $term }“ hat Aliasse, steht aber nicht unter den vertraulichen Begriffen; ergänzen Sie es unter confidential oder korrigieren Sie die Schreibweise
policy-duplicate = „{ $term }“ steht zweimal in { $field }
policy-not-utf8 = die Datei ist kein UTF-8-Text

## Probleme in den Prüfregeln (drempel lessons check)

rules-bad-toml = die Regeldatei lässt sich nicht lesen: { $reason }
rules-duplicate-id = die Regel-ID „{ $id }“ kommt zweimal vor (auch in Zeile { $other })
rules-buried-lists-disclosures = die Regel „{ $id }“ meldet einen versteckten Hinweis und liest darum die Hinweise der Regel, die einen verlangt: tragen Sie sie dort ein, nicht hier
rules-bad-id = Regel-IDs sind Wörter in kebab-case wie too-long; „{ $id }“ ist keine
rules-empty-field = { $field } ist leer
rules-field-not-for-kind = `{ $field }` gehört nicht in eine Regel der Art { $kind }
rules-empty-phrase = eine Wortfolge ist leer
rules-existence-needs = eine existence-Regel braucht tokens, patterns oder terms = "confidential"
rules-validate-needs-patterns = validate gilt nur für patterns
rules-employer-is-conditional = terms = "employer" gehört in eine conditional-Regel: Den Arbeitgeber zu erwähnen ist in Ordnung, ihn ohne { -disclosure } zu loben nicht
rules-bad-pattern = das Muster { $pattern } ist kein gültiger regulärer Ausdruck: { $reason }
rules-substitution-needs = eine substitution-Regel braucht swap = {"{"} "dies" = "das" {"}"}
rules-occurrence-needs-scope = eine occurrence-Regel braucht einen scope: length, hashtags, mentions oder words-besides-links
rules-occurrence-needs-bound = eine occurrence-Regel braucht min oder max
rules-conditional-needs-terms = eine conditional-Regel braucht terms = "employer"
rules-missing-base = die englischen Prüfregeln fehlen; alle anderen Sprachen greifen auf sie zurück
rules-not-utf8 = die Regeldatei ist kein UTF-8-Text
model-bad = die Datei mit den Bewertern lässt sich nicht lesen: { $reason }
model-unknown-rule = der Bewerter für { $concern } spricht als Regel „{ $id }“, aber diese Sprache hat keine solche Regel
model-wrong-concern = der Bewerter für { $concern } spricht als Regel „{ $id }“, aber die betrifft { $other }
model-threshold = der Bewerter für { $concern } schlägt ab { $threshold } an; der Wert muss zwischen 0 und 1 liegen
model-lang = die Bewerter-Datei wurde für die Sprache „{ $model }“ trainiert, liegt aber bei den Regeln für „{ $lang }“
rules-unknown-lesson = die Regel „{ $id }“ verweist auf die Lektion „{ $lesson }“, die es nicht gibt
rules-needs-examples = die Regel „{ $id }“ braucht mindestens ein Beispiel in must_flag und eines in must_pass
rules-example-not-flagged = die Regel „{ $id }“ sollte dieses Beispiel melden, tut es aber nicht: { $example }
rules-example-flagged = die Regel „{ $id }“ meldet dieses Beispiel, sollte es aber nicht: { $example }
rules-ordinary-comment-flagged = dieser gewöhnliche Kommentar bekommt von der Regel „{ $id }“ einen Fehler: { $comment }
rules-language-missing = den Regeln für „{ $lang }“ fehlt „{ $id }“, das die englischen Regeln haben

## drempel check

check-accept-format = schreiben Sie RULE=REASON, zum Beispiel --accept shouting="es ist ein Zitat"
check-accept-nothing = Für „{ $rule }“ gibt es nichts zu akzeptieren: Die Prüfung hat nichts dieser Art gefunden.
check-rules-missing = Für { $lang ->
        [he] Hebräisch
       *[other] „{ $lang }“
    } gibt es noch keine Prüfregeln, daher wird dieser Entwurf mit den { $used ->
        [en] englischen
        [nl] niederländischen
        [de] deutschen
        [fr] französischen
       *[other] „{ $used }“
    } Regeln geprüft: Was diese über Wörter sagen, passt womöglich nicht zu Ihrem Text.
check-mixed-languages = Ein Teil dieses Entwurfs ist auf { $lang ->
        [en] Englisch
        [nl] Niederländisch
        [de] Deutsch
        [fr] Französisch
        [he] Hebräisch
       *[other] „{ $lang }“
    }: Diese Sätze wurden zusätzlich mit den { $lang ->
        [en] englischen
        [nl] niederländischen
        [de] deutschen
        [fr] französischen
        [he] hebräischen
       *[other] „{ $lang }“
    } Regeln geprüft. Um den ganzen Entwurf in nur einer Sprache zu prüfen, fügen Sie --lang CODE hinzu.
check-no-policy = Ihre Organisation hat hier noch keine { -house-rules }, daher werden Arbeitgeber, { -disclosure } und vertrauliche Begriffe nicht geprüft. Führen Sie `drempel policy init` aus, um sie anzulegen.
check-stdin-name = von der Standardeingabe
check-type-draft = Tippen oder fügen Sie Ihren Entwurf ein und drücken Sie dann Strg-D (unter Windows Strg-Z und Enter).
check-count = { $used } / { $limit }
check-header = Geprüft als { $kind } für { $platform }, mit den Regeln für { $lang ->
        [en] Englisch
        [nl] Niederländisch
        [de] Deutsch
        [fr] Französisch
        [he] Hebräisch
       *[other] „{ $lang }“
    } ({ $choice ->
        [chosen] die Sprache, die Sie gewählt haben
        [guessed] an Ihren Worten erkannt
       *[fallback] Ihre Sprache
    }): { $count } Zeichen
check-kind-comment = Kommentar
check-kind-post = Beitrag
check-kind-headline = Überschrift
check-kind-bio = Bio

## Die Überschrift eines Hinweises: worum es geht, dann die Meldung der Regel
check-finding-about = { $kind }: { $message }

check-level-error = Fehler
check-level-warning = Warnung
check-level-suggestion = Vorschlag
check-accepted = bewusst akzeptiert: { $reason }
check-why = Warum:
check-read = Mehr dazu:
check-summary = { $errors ->
        [one] 1 Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [one] 1 Warnung
       *[other] { $warnings } Warnungen
    }, { $suggestions ->
        [one] 1 Vorschlag
       *[other] { $suggestions } Vorschläge
    }{ $accepted ->
        [0] {""}
       *[other] , { $accepted } bewusst akzeptiert
    }.
check-fix-errors = Ändern Sie den Entwurf, bis keine Fehler mehr übrig sind, und prüfen Sie dann noch einmal. Einen Hinweis, den Sie bewusst stehen lassen, können Sie mit --accept RULE=REASON akzeptieren.
check-ready = Keine Fehler: Ihr Entwurf ist bereit. Veröffentlichen Sie ihn selbst und halten Sie dann fest, wo er steht: drempel comment record --url URL --platform { $platform }

## drempel policy

policy-none = Ihre Organisation hat hier noch keine { -house-rules }. Führen Sie `drempel policy init` aus, um eine Vorlage zum Bearbeiten anzulegen, oder `drempel policy set FILE`, um die Datei Ihrer Organisation zu verwenden.
policy-written = Eine Vorlage für die { -house-rules } steht jetzt in { $path }.
policy-stored = Die { -house-rules } sind geprüft und in { $path } gespeichert.
policy-edit-hint = Machen Sie sie jetzt zu Ihren eigenen: Öffnen Sie { $path } in einem Texteditor und { $employer ->
        [1] tragen Sie ein: den Namen Ihres Arbeitgebers, seine Produkte,
       *[other] prüfen Sie den Arbeitgeber und ergänzen Sie: seine Produkte,
    } die { -disclosure }, die Ihre Organisation verlangt, und die vertraulichen Begriffe. Führen Sie dann `drempel policy show` aus.
policy-empty-value = (keine)
policy-label-file = Datei:
policy-label-employer = Arbeitgeber:
policy-label-products = Produkte:
policy-label-disclosure = { -disclosure }:
policy-label-confidential = Vertraulich:
policy-label-dos = Gern:
policy-label-donts = Bitte nicht:
policy-written-by-wizard = Die { -house-rules } Ihrer Organisation für Social Media, geschrieben vom Assistenten von drempel. Ändern Sie sie nach Belieben; `drempel policy show` zeigt, was drempel daraus liest.
error-draft-too-large = Der Entwurf { $draft } ist größer als { $limit }: viel länger, als irgendeine Plattform zulässt. Prüfen Sie, ob das die richtige Datei ist.

## Worum es bei einem Befund geht (die Art), warum das zählt und was zu tun ist, in der Sprache der Lernenden

check-concern = { $kind ->
        [praise] Lob, ohne zu sagen, dass Sie dort arbeiten
        [disclosure-buried] Ihre { -disclosure } kommt zu spät
        [disclosure-unclear] Ihre { -disclosure } ist leicht zu übersehen
        [venting] Dampf ablassen
        [hint] Ein Hinweis auf Neuigkeiten, die noch nicht öffentlich sind
        [confidential] Vertraulich
        [personal] Kontakt- oder Bankdaten
        [patient] Private Angaben über eine Person
        [shouting] Schreien
        [length] Zu lang
        [hashtags] Zu viele Hashtags
        [mentions] Zu viele Personen markiert
        [bare-link] Ein Link ohne eigene Worte
        [wording] Wortwahl
       *[other] Bitte ansehen
    }
check-concern-why = { $kind ->
        [praise] Leserinnen und Leser haben ein Recht zu wissen, dass das Lob von jemandem kommt, der dort arbeitet, und die { -house-rules } Ihrer Organisation verlangen, dass Sie es sagen.
        [disclosure-buried] Die meisten hören vor den Hashtags oder vor dem Ende eines langen Kommentars auf zu lesen; eine { -disclosure } dort, weit nach dem Lob, wird übersehen.
        [disclosure-unclear] Sie scheinen zu sagen, dass Sie dort arbeiten, aber mit Worten, die man beim schnellen Lesen nicht als { -disclosure } erkennt; dann wirkt Ihr Lob wie eine unabhängige Meinung.
        [venting] Ihre Vorgesetzten, Kolleginnen, Kollegen und Kunden lesen mit, und ein Beitrag bleibt auffindbar, lange nachdem der schlechte Tag vorbei ist.
        [hint] Ein Hinweis auf Neuigkeiten, die noch nicht öffentlich sind, wird weitererzählt, bevor Ihre Organisation selbst sprechen kann.
        [confidential] Die { -house-rules } Ihrer Organisation nennen dies als etwas, das intern bleibt.
        [personal] Kontakt- und Bankdaten in der Öffentlichkeit ziehen Spam, Betrug und ungebetene Anrufe an.
        [patient] Gesundheit, Geld, Wohnort, Familie, Arbeit, Ärger mit der Justiz oder Bewerbung eines Menschen darf nur er selbst teilen, nicht Sie: Man erkennt die Person auch ohne Nachnamen.
        [shouting] Wörter in Großbuchstaben wirken wie Schreien, und man scrollt weiter.
        [length] Die Plattform nimmt einen so langen Text nicht an.
        [hashtags] Eine Reihe von Hashtags wirkt eher wie ein Griff nach Aufmerksamkeit als wie ein Beitrag.
        [mentions] Viele Personen auf einmal zu markieren, wirkt wie ein Massenmailing.
        [bare-link] Ein Link allein sagt nicht, warum er Ihnen wichtig ist.
        [wording] Wenige Wörter entscheiden, wie Ihr Kommentar ankommt.
       *[other] Die Regeln Ihrer Trainerin oder Ihres Trainers bitten Sie, sich das anzusehen.
    }
check-concern-fix = { $kind ->
        [praise] { $has_employer ->
            [yes] Schreiben Sie „Ich arbeite bei { $employer }“ oder { $tag } an den Anfang Ihres Kommentars.
           *[other] Sagen Sie am Anfang Ihres Kommentars, dass Sie dort arbeiten: „Ich arbeite bei …“.
        }
        [disclosure-buried] { $has_employer ->
            [yes] Stellen Sie „Ich arbeite bei { $employer }“ oder { $tag } an den Anfang, vor das Lob.
           *[other] Stellen Sie „Ich arbeite bei …“ an den Anfang, vor das Lob.
        }
        [disclosure-unclear] { $has_employer ->
            [yes] Sagen Sie es gleich am Anfang klar: „Ich arbeite bei { $employer }“ oder { $tag }.
           *[other] Sagen Sie es gleich am Anfang klar: „Ich arbeite bei …“.
        }
        [venting] Streichen Sie die Beschimpfung oder die Klage; teilen Sie, was Sie gelernt haben, und sprechen Sie das Problem lieber direkt bei der Person oder Ihrer Führungskraft an.
        [hint] Lassen Sie den Hinweis weg und warten Sie, bis Ihre Organisation es bekannt gibt; teilen Sie dann die Neuigkeit.
        [confidential] Lassen Sie diesen Begriff weg, oder fragen Sie die zuständige Person, ob er geteilt werden darf.
        [personal] Nehmen Sie die Angaben heraus und verweisen Sie auf eine Direktnachricht oder die öffentliche Kontaktseite der Organisation.
        [patient] Nehmen Sie heraus, was die Person erkennbar macht und was sie betrifft; erzählen Sie, was Sie gelernt haben, nicht, um wen es ging.
        [shouting] Schreiben Sie die Wörter in normalen Buchstaben; ein fettes Wort oder ein Emoji betont genug.
        [length] Streichen Sie Wiederholungen und behalten Sie einen Punkt, oder verlinken Sie einen längeren Text.
        [hashtags] Behalten Sie die zwei oder drei Hashtags, die am besten passen.
        [mentions] Markieren Sie nur die Personen, die das wirklich sehen müssen.
        [bare-link] Schreiben Sie ein, zwei Sätze dazu, was Sie daran nützlich fanden.
        [wording] Versuchen Sie die Formulierung, die die Prüfung vorschlägt.
       *[other] Lesen Sie die Meldung und ändern Sie den Entwurf, oder akzeptieren Sie sie bewusst mit --accept.
    }
check-fix-label = So beheben Sie es:
