## Der geführte Weg (Assistent)
## Mitten in einem Schritt keine Fachwörter wie „Triage“, „Journal“ oder Befehlszeilen-Syntax:
## der Assistent sagt in seinen eigenen Worten, was zu tun ist.

error-wizard-needs-terminal = Der geführte Weg braucht ein Terminal, um seine Fragen zu stellen. Ohne Terminal nutzen Sie die Befehle, die nichts fragen: drempel progress, drempel strategy set --goal GOAL, drempel profile PLATFORM done ITEM, drempel lessons show ID.
wizard-prompt-failed = Die Frage konnte nicht angezeigt werden: { $reason }
wizard-keys = Esc: Pause, alles ist gespeichert
wizard-keys-multi = Leertaste wählt aus, Enter bestätigt, Esc: Pause
wizard-saved-bye = Alles, was Sie beantwortet haben, ist gespeichert. Starten Sie drempel wieder, dann geht es genau hier weiter.
wizard-step-of = Schritt { $number } von { $total }
wizard-welcome-back-named = Willkommen zurück, { $name }. Wir waren bei „{ $step }“ stehen geblieben.
wizard-welcome-back = Willkommen zurück. Wir waren bei „{ $step }“ stehen geblieben.
wizard-ready = Bereit?
wizard-go = Los geht’s
wizard-read-lesson = Erst die ganze Lektion lesen
wizard-skip = Diesen Schritt vorerst überspringen
wizard-back = Zurück zum vorigen Schritt
wizard-break = Pause machen (alles ist gespeichert)

welcome-today = Heute legen wir Ihre Ziele fest, machen Ihr Profil vollständig und sicher und bereiten Ihren ersten Kommentar vor. drempel postet nie etwas: Das tun Sie selbst, wenn Sie so weit sind.
welcome-name = Wie darf ich Sie nennen?
welcome-name-needed = Ein Vorname genügt.
welcome-role = Was machen Sie beruflich?
welcome-organisation = Für welche Organisation arbeiten Sie?
welcome-optional = freiwillig, Enter überspringt
welcome-language = In welcher Sprache sind Sie online unterwegs?
welcome-language-help = danach richten sich die vorgeschlagenen { -keywords } und die { -pre-post-check }
welcome-hello = Schön, Sie kennenzulernen, { $name }. Fangen wir damit an, warum Ihre Organisation überhaupt online ist.

strategy-goals-question = Was möchte Ihre Organisation mit Social Media erreichen?
strategy-goals-help = ein Ziel oder mehrere
strategy-goals-none = Wählen Sie mindestens ein Ziel: Alles Weitere baut darauf auf.
strategy-audience-question = Wen möchten Sie erreichen?
strategy-audience-help = zum Beispiel: Pflegekräfte in der Region, IT-Verantwortliche bei Banken
strategy-why-question = Und warum ist Ihnen das wichtig?
strategy-why-help = in Ihren eigenen Worten; nur Sie und Ihr Coach sehen das
strategy-summary = Ihre Ziele: { $goals }. Das ist heute Ihr Kompass.

profiles-platforms-question = An welchen Plattformen möchten Sie arbeiten?
profiles-platforms-help = für den Anfang eine oder zwei
profiles-platforms-none = Wählen Sie mindestens eine Plattform.
profiles-platform-heading = { $platform }: { $done } von { $total } erledigt
profiles-platform-already-complete = Diese Checkliste ist schon vollständig. Schön.
profiles-platform-summary = { $platform }: { $done } von { $total } erledigt. Der Rest kann warten: Kommen Sie zum Schritt „{ -step-profiles }“ zurück, wann immer Sie möchten.
profiles-item-position = { $platform } · Punkt { $number } von { $total } · { $kind }
profiles-kind-privacy = { -privacy-review }
profiles-kind-profile = Vollständiges Profil
profiles-item-question = Wie steht es damit?
profiles-choice-done = Erledigt
profiles-choice-later = Später
profiles-choice-not-for-me = Nichts für mich
profiles-choice-previous = Zurück zum vorigen Punkt
profiles-choice-stop = { $platform } vorerst beenden
profiles-choice-not-applicable = Trifft auf mich nicht zu
profiles-not-applicable-question = Warum trifft das auf Sie nicht zu? Eine kurze Zeile genügt.
profiles-not-applicable-help = zum Beispiel: Ich betreue keine Seite. Enter in einer leeren Zeile geht zurück
profiles-not-applicable-saved = Notiert, mit Ihrer Begründung. Das zählt als erledigt.
profiles-privacy-help = Privatsphäre-Punkte sind nie „nichts für mich“, denn sie schützen Sie. Wenn einer wirklich nicht auf Sie zutrifft, wählen Sie „Trifft auf mich nicht zu“ und sagen Sie, warum
profiles-story-title = Vor der { -privacy-review } eine kurze Geschichte

next-today = Was Sie heute geschafft haben
next-tomorrow = Um weiterzumachen, starten Sie drempel einfach wieder. Es geht genau dort weiter, wo Sie aufgehört haben.
today-welcomed = sich vorgestellt
today-strategy = Ihre Strategie festgelegt
today-items-done = { $count ->
        [one] einen Profilpunkt abgehakt
       *[other] { $count } Profilpunkte abgehakt
    }
today-items-later = { $count ->
        [one] einen Punkt für später vorgemerkt
       *[other] { $count } Punkte für später vorgemerkt
    }
today-items-not-applicable = { $count ->
        [one] einen Punkt als nicht zutreffend markiert, mit Ihrer Begründung
       *[other] { $count } Punkte als nicht zutreffend markiert, mit Ihren Begründungen
    }
today-drafts = { $count ->
        [one] einen Profiltext entworfen
       *[other] { $count } Profiltexte entworfen
    }
profiles-draft-question = Tippen Sie den Text zuerst hier ein; ich zähle die Zeichen so, wie { $platform } es tut:
profiles-draft-help = gezählt wie bei { $platform }, höchstens { $limit } Zeichen; Enter überspringt
profiles-draft-too-long = Das sind { $used } von { $limit } Zeichen: { $over } zu viel. Kürzen Sie noch ein wenig.
profiles-draft-saved = { $used } von { $limit } Zeichen: Das passt. Ich bewahre den Text hier für Sie auf; kopieren Sie ihn jetzt in { $platform }.
wizard-communities-places = Hier können Sie sich umsehen, passend zu Ihren Zielen und Suchbegriffen:
wizard-communities-question = Öffnen Sie einen Vorschlag im Browser und sehen Sie sich um. Sind Sie einer { -community } beigetreten?
wizard-communities-joined-this = Ich bin { $name } beigetreten
wizard-communities-another = Ich bin einer anderen { -community } beigetreten
wizard-communities-not-yet = Noch nicht: Ich schaue später
wizard-communities-name = Wie heißt die { -community }?
wizard-communities-platform = Auf welcher Plattform?
wizard-communities-url = Und die Webadresse?
wizard-communities-more-question = Noch einer { -community } beitreten?
wizard-communities-enough = Für heute reicht das
wizard-communities-more = Ja, noch einer
today-communities = { $count ->
        [one] einer { -community } beigetreten
       *[other] { $count } { -communities } beigetreten
    }
wizard-policy-heading = Die { -house-rules } Ihrer Organisation
wizard-policy-intro = Ein paar Angaben zu Ihrem Arbeitgeber, damit drempel Ihren ersten Kommentar so prüfen kann, wie Ihre Organisation es tun würde. Fragen Sie im Zweifel Ihr Kommunikationsteam. Sie können später zu diesem Schritt zurückkommen und alles ändern.
wizard-policy-employer = Wie heißt Ihr Arbeitgeber, so wie man den Namen schreibt?
wizard-policy-products = Seine Produkte oder Dienstleistungen, über die man spricht?
wizard-policy-list-help = mit Kommas trennen; Enter überspringt
wizard-policy-disclosure = Wie sagen Sie, dass Sie dort arbeiten, wenn Sie seine Arbeit loben?
wizard-policy-disclosure-help = ein kurzer Satz wie (Ich arbeite hier) oder ein Hashtag wie #TeamMuster
wizard-policy-disclosure-needed = Sie haben Ihren Arbeitgeber genannt, also sagen Sie auch, wie Sie kenntlich machen, dass Sie dort arbeiten: zum Beispiel (Ich arbeite hier) oder #TeamMuster.
wizard-policy-confidential = Themen oder Namen, die intern bleiben müssen?
wizard-policy-confidential-help = Projektnamen, Kunden, unveröffentlichte Zahlen; mit Kommas getrennt
wizard-policy-dos = Gern ({ $count })
wizard-policy-donts = Bitte nicht ({ $count })
wizard-editor-help = Enter öffnet Ihren Editor; speichern und schließen Sie ihn, um hierher zurückzukommen
comment-target-question = Worauf möchten Sie antworten?
comment-target-community = Eine Diskussion in { $name } ({ $platform })
comment-target-elsewhere = Etwas anderes, das ich gefunden habe
comment-target-item = { $title } ({ $source })
comment-platform-question = Wo werden Sie ihn veröffentlichen?
comment-approach-question-prompt = Wie möchten Sie antworten?
comment-approach-experience = Eigene Erfahrung beitragen: was passiert ist, als Sie es ausprobiert haben
comment-approach-question = Eine gute Frage stellen: eine Sache, die Sie gern wissen möchten
comment-approach-resource = Eine nützliche Quelle teilen und sagen, warum sie hilft
comment-approach-thanks = Sich bedanken und den Gedanken mit einem eigenen Punkt weiterführen
comment-write-question = Wie möchten Sie ihn schreiben?
comment-write-here = Hier eintippen (ein Absatz)
comment-write-editor = In meinem Editor (für längere Texte)
comment-draft-prompt = Ihr Kommentar:
comment-empty = Ein leerer Kommentar lässt sich noch nicht prüfen. Zwei oder drei Sätze reichen völlig.
comment-revise = Entwurf überarbeiten
comment-keep-on-purpose = Trotzdem so lassen und sagen, warum
comment-fix-errors = Ändern Sie Ihren Kommentar, bis nichts mehr als „Fehler“ markiert ist: Ich prüfe ihn jedes Mal neu. Wenn etwas als „Fehler“ Markiertes so stimmt, wie es ist, wählen Sie „{ $keep }“.
comment-errors-question = Die Prüfung hat etwas gefunden, das Sie ändern sollten. Wie geht es weiter?
comment-keep-which = Was davon stimmt so, wie es ist?
comment-keep-reason = Warum passt es hier so?
comment-keep-reason-needed = Ein kurzer Grund genügt, für Sie und Ihren Coach.
wizard-check-read = Mehr dazu: „{ $title }“, die Lektion zu Schritt { $number }.
comment-passed = Keine Fehler: Ihr Kommentar ist bereit für { $platform }. Veröffentlichen Sie ihn jetzt selbst: kopieren, einfügen, auf den Knopf drücken.
comment-posted-question = Haben Sie ihn veröffentlicht?
comment-posted = Ja: Ich füge die Adresse meines Kommentars ein
comment-post-later = Noch nicht: Ich veröffentliche ihn später (der Entwurf ist gespeichert)
comment-saved-for-later = Ihr Entwurf ist gespeichert. Wenn Sie bereit sind, ihn zu posten, kommen Sie zum Schritt „{ -step-comment }“ zurück: Ihr Entwurf wartet dort auf Sie.
comment-url = Die Adresse Ihres Kommentars (oder des Beitrags, unter dem er steht)?
comment-url-help = auf den meisten Plattformen: die drei Punkte neben Ihrem Kommentar, dann „Link kopieren“
comment-recorded = Festgehalten. Ihre Worte stehen jetzt auf einer Seite: Sie reden mit. Gut gemacht!
comment-accept-needs-draft = --accept lässt einen Hinweis der Prüfung bewusst stehen und braucht dafür den Entwurf: Geben Sie --draft FILE an.
comment-recorded-at = Ihr Kommentar auf { $platform } ist festgehalten: { $url }
comment-unchecked = Ihr Kommentar steht, und er ist auf Ihrer Liste. Damit er für die Stufe { -rung-critic } zählt, braucht drempel auch die Worte, die Sie gepostet haben, ohne Fehler geprüft: Speichern Sie sie in einer Textdatei und halten Sie den Kommentar noch einmal mit --draft FILE fest.
comment-had-errors = Ihr Kommentar steht, und er ist auf Ihrer Liste. Damit ein Kommentar für die Stufe { -rung-critic } zählt, müssen seine Worte die Prüfung bestehen, und die Prüfung hat darin { $errors ->
        [one] einen Fehler
       *[other] { $errors } Fehler
    } gefunden. Ändern Sie den Text auf der Seite oder schreiben Sie einen neuen Kommentar; prüfen Sie die Worte mit drempel check FILE und halten Sie den Kommentar dann noch einmal mit --draft FILE fest. Einen Fehler, der so stimmt, wie er ist, können Sie mit --accept RULE=REASON stehen lassen.
comment-unknown-item = „{ $item }“ ist keine Meldung, die Sie mit „{ -decision-respond }“ markiert haben. Siehe drempel inbox, oder starten Sie drempel comment ohne Meldung.
reading-nothing-new = Noch nichts Neues zu lesen. Gehen Sie zurück zum Schritt „{ -step-monitoring }“ und durchsuchen Sie Ihre { -feeds }; kommen Sie dann hierher zurück.
reading-position = Meldung { $number } von { $total }
reading-question = Was verdient diese Meldung?
reading-help = interessant für Ihre Zielgruppe? verlangt sie eine Reaktion?
reading-stop = Lesen vorerst beenden
reading-note = Eine Notiz für sich?
reading-matched = gefunden mit: { $keywords }
reading-summary = { $decided ->
        [one] Diesmal haben Sie über eine Meldung entschieden
       *[other] Diesmal haben Sie über { $decided } Meldungen entschieden
    }; { $kept } von insgesamt { $total } behalten. Wenige behalten und die meisten überspringen: genau richtig so.
triage-needs-decision = Sagen Sie, was die Meldung verdient, zum Beispiel: drempel triage ITEM --decision later (skip, later, blog, newsletter, respond, share).
triage-decided = { $decision }: { $title }
triage-changed = (vorher hatten Sie gewählt: { $previous })
triage-respond-next = Bereit zu antworten? Führen Sie aus: drempel comment { $id }
monitoring-keywords-question = Welche { -keywords } möchten Sie beobachten?
monitoring-keywords-help = vorgeschlagen nach Ihren Zielen
monitoring-own-keyword = Ein eigener { -keyword }? (Enter, wenn Sie fertig sind)
monitoring-own-keyword-help = Wörter, "eine genaue Wortfolge", -Ausschluss, OR, site:example.org
monitoring-keywords-summary = { $count ->
        [one] Sie beobachten einen { -keyword }.
       *[other] Sie beobachten { $count } { -keywords }.
    } Mit { $need } oder mehr haben Sie einen guten Anfang.
monitoring-source-question = Wo soll drempel danach suchen?
monitoring-source-help = Sie können jederzeit zu diesem Schritt zurückkommen und weitere hinzufügen
monitoring-source-practice = Die Übungsfeeds, die drempel mitbringt (funktionieren ohne Internet)
monitoring-source-alert = Ein Google Alert, als RSS geliefert
monitoring-source-news = Eine Nachrichtensuche nach einem { -keyword }
monitoring-source-website = Die Adresse eines Blogs oder einer Website
monitoring-source-enough = { $count ->
        [one] Dieser eine { -feed } reicht: jetzt durchsuchen
       *[other] Diese { $count } { -feeds } reichen: jetzt durchsuchen
    }
monitoring-practice-added = Die Übungsfeeds sind hinzugefügt: realistische Nachrichten über Arbeit, Personalgewinnung und Social Media.
monitoring-news-query = Wonach soll die Nachrichtensuche suchen?
monitoring-news-query-needed = Geben Sie die Wörter ein, nach denen in den Nachrichten gesucht werden soll, etwa: Arbeitgebermarke
monitoring-alert-steps = In Ihrem Browser: Öffnen Sie Google Alerts, geben Sie Ihren Suchbegriff ein, blenden Sie die Optionen ein und wählen Sie als Zustellung „RSS-Feed“. Erstellen Sie den Alert und kopieren Sie dann den RSS-Link daneben.
monitoring-website-steps = Suchen Sie auf dem Blog oder der Website einen Link namens RSS oder Feed und kopieren Sie seine Adresse aus Ihrem Browser. Die Adresse einer gewöhnlichen Webseite funktioniert hier nicht: Es muss der { -feed } selbst sein.
monitoring-address = Fügen Sie die Adresse ein (Enter überspringt)
monitoring-address-help = sie beginnt mit https://
monitoring-feeds-more-question = Noch eine Quelle hinzufügen?
monitoring-feeds-scan-now = Nein, jetzt durchsuchen
monitoring-feeds-more = Ja, noch eine
monitoring-scanning = drempel sucht in Ihren Feeds nach Ihren Suchbegriffen…
monitoring-no-keywords = Sie beobachten noch keine { -keywords }, also kann nichts gefunden werden. Kommen Sie zu diesem Schritt zurück und wählen Sie ein paar aus, oder tippen Sie eigene ein: Mit { $need } haben Sie einen guten Anfang.
monitoring-not-a-feed = diese Adresse ist kein { -feed }, den ich lesen kann. Suchen Sie auf der Website einen Link namens RSS oder Feed und fügen Sie diese Adresse hinzu.
monitoring-scan-more = …und { $more } weitere: Sie sehen alle im nächsten Schritt, „{ -step-reading }“.
monitoring-scan-next = { $waiting ->
        [one] Eine Meldung wartet
       *[other] { $waiting } Meldungen warten
    } auf Sie. Im nächsten Schritt, „{ -step-reading }“, entscheiden Sie, was jede verdient.
monitoring-no-network = Keiner Ihrer { -feeds } ließ sich lesen (jede Zeile oben sagt, warum). Vielleicht gibt es hier kein Netz. Üben wir vorerst mit den Feeds, die drempel mitbringt; Ihre eigenen { -feeds } bleiben auf Ihrer Liste.
today-keywords = { $count ->
        [one] einen { -keyword } zum Beobachten gewählt
       *[other] { $count } { -keywords } zum Beobachten gewählt
    }
today-feeds = { $count ->
        [one] einen { -feed } hinzugefügt
       *[other] { $count } { -feeds } hinzugefügt
    }
today-scans = Ihre { -feeds } durchsucht
today-triaged = { $count ->
        [one] entschieden, was eine Meldung verdient
       *[other] entschieden, was { $count } Meldungen verdienen
    }
today-comment = Ihren ersten Kommentar veröffentlicht und festgehalten, wo er steht
comment-approach-tip-experience = Tipp: eine konkrete Sache, die passiert ist, und was Sie daraus gelernt haben.
comment-approach-tip-question = Tipp: in einer Zeile danken, dann die eine Frage stellen, auf die Sie wirklich eine Antwort möchten.
comment-approach-tip-resource = Tipp: die Quelle nennen, in einem Satz sagen, warum sie hilft, dann den Link anfügen.
comment-approach-tip-thanks = Tipp: sagen, was Sie beeindruckt hat, dann einen eigenen Punkt ergänzen.
