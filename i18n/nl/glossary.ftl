# De woordenlijst: de woorden van de methode, elk met één naam. Alle andere bestanden van de
# catalogus en alle lessen gebruiken deze termen ({ -rung-critic } in een bericht of een les)
# in plaats van het woord opnieuw te schrijven. Wie een woord wil veranderen, doet dat hier.
#
# Waarom deze woorden:
# - De treden zijn namen voor mensen, met een hoofdletter: Toeschouwer, Deelnemer,
#   Verzamelaar, Bijdrager, Maker. Alleen "Inactief" is een bijvoeglijk naamwoord, zoals
#   "Inactive" in het Engels ("Je bent: Inactief").
# - Forresters "Critic" heet hier Bijdrager: in het Nederlands klinkt "criticus" als iemand
#   die afkraakt, en "Critic" en "contributor" zijn één idee. Het doel is dus Bijdrager:
#   iemand van wie eigen woorden op een site staan.
# - Joiner heet Deelnemer: je hebt een profiel en bent lid van een community.
# - "Zoekwoord" in plaats van "trefwoord": zo noemen de meeste mensen het in NL en BE.
# - "Community" blijft "community" (meervoud: community's), zoals op LinkedIn en in
#   bedrijven in Nederland en Vlaanderen; "gemeenschap" klinkt te plechtig.
# - Aanspreekvorm overal: je/jij/jouw.

## De treden van de ladder. Het doel is -rung-critic: een bijdrager, iemand van wie
## eigen woorden op een site staan. Er is geen apart woord voor "contributor".

-rung-inactive = Inactief
-rung-spectator = Toeschouwer
-rung-joiner = Deelnemer
-rung-collector = Verzamelaar
-rung-critic = Bijdrager
-rung-creator = Maker
-ladder = ladder

## De acht stappen van de reis

-step-welcome = Welkom
-step-strategy = Strategie
-step-profiles = Profielen
-step-monitoring = Monitoren
-step-reading = Samen lezen
-step-communities = Community's
-step-comment = Je eerste reactie
-step-next = Volgende stappen

## Wat een bericht uit een feed verdient

-decision-skip = Overslaan: niets voor mij
-decision-later = Later lezen
-decision-blog = Idee voor een blogpost
-decision-newsletter = Tip voor de nieuwsbrief
-decision-respond = Erop reageren
-decision-share = Delen met collega's

## De andere woorden van de methode

-keyword = zoekwoord
-keywords = zoekwoorden
-feed = feed
-feeds = feeds
-inbox = inbox
-community = community
-communities = community's
-pre-post-check = check vóór het plaatsen
-privacy-review = privacycheck
-house-rules = huisregels
-disclosure = vermelding van je werkgever

## De namen die het programma toont, genomen uit de termen hierboven



