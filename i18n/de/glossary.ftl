# Das Glossar: die Wörter der Methode, jedes mit genau einem Namen. Alle anderen Dateien
# des Katalogs und alle Lektionen verwenden diese Begriffe ({ -rung-critic } in einer
# Meldung oder Lektion), statt das Wort noch einmal auszuschreiben. So wird ein Wort hier
# einmal geändert und nirgends sonst.
#
# Anrede: durchgehend „Sie“.
#
# Zur Wortwahl:
# - Die Stufen heißen nach dem, was man auf ihnen tut (Zuschauen, Sammeln, Mitreden …),
#   nicht nach Personen („Zuschauer“, „Kritiker“). Das passt für alle Geschlechter,
#   und „Kritiker“ klänge, als müsse man etwas kritisieren. Auf Englisch heißt das Ziel
#   „Critic“ oder „contributor“; auf Deutsch ist beides { -rung-critic }: Ihre eigenen
#   Worte stehen auf einer Seite, Sie reden mit. Ein eigenes Wort für „contributor“
#   gibt es nicht.
# - { -rung-inactive } statt „Inaktiv“: am Anfang hat niemand etwas versäumt.
# - „Suchbegriff“ statt „Keyword“ oder „Stichwort“: es sind Suchanfragen mit OR,
#   -Ausschluss und "genauer Wortfolge".
# - „Feed“ und „Community“ bleiben, wie man sie in Deutschland, Österreich und der
#   Schweiz sagt; Plural nach Duden „Communitys“.
# - „Prüfung vor dem Posten“ wie in lessons/de/rules.toml; „Offenlegung“ für den Hinweis,
#   dass man beim gelobten Arbeitgeber arbeitet (in Deutschland § 5a UWG).
#
# Wer ein Wort ändert, prüft die Artikel in den Meldungen: der Suchbegriff, der Feed,
# der Posteingang, die Privatsphäre-Prüfung, die Community, die Prüfung vor dem Posten,
# die Offenlegung, die Leiter, die Hausregeln (Plural). Meldungen setzen die Begriffe nur
# im Nominativ oder Akkusativ ein; wo ein Dativ Plural nötig wäre („mit Suchbegriffen“),
# ist der Satz anders gebaut.

## Die Stufen der Leiter. Das Ziel ist -rung-critic: Ihre eigenen Worte stehen auf
## einer Seite. Ein eigenes Wort für „contributor“ gibt es nicht: es ist dieselbe Stufe.

-rung-inactive = Vor dem Start
-rung-spectator = Zuschauen
-rung-joiner = Beitreten
-rung-collector = Sammeln
-rung-critic = Mitreden
-rung-creator = Gestalten
-ladder = Leiter

## Die acht Schritte des Wegs

-step-welcome = Willkommen
-step-strategy = Strategie
-step-profiles = Profile
-step-monitoring = Beobachten
-step-reading = Gemeinsam lesen
-step-communities = Communitys
-step-comment = Ihr erster Kommentar
-step-next = Nächste Schritte

## Was ein Beitrag aus einem Feed verdienen kann

-decision-skip = Überspringen: nichts für mich
-decision-later = Später lesen
-decision-blog = Stoff für einen Blogbeitrag
-decision-newsletter = Stoff für den Newsletter
-decision-respond = Darauf antworten
-decision-share = Mit dem Team teilen

## Die übrigen Wörter der Methode

-keyword = Suchbegriff
-keywords = Suchbegriffe
-feed = Feed
-feeds = Feeds
-inbox = Posteingang
-community = Community
-communities = Communitys
-pre-post-check = Prüfung vor dem Posten
-privacy-review = Privatsphäre-Prüfung
-house-rules = Hausregeln
-disclosure = Offenlegung

## Die Namen, die das Programm zeigt, aus den Begriffen oben



