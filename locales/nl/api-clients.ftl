# Overstap: API-koppelingen (nl): the credentials a school administration system (ParnasSys,
# Magister, Somtoday) signs in with, managed by the coordinator (the region's) and a board admin
# (the board's). The technical names client_id, client_secret and the scope names (pupils:read)
# are shown as they are and stay untranslated.

nav = API-koppelingen
title = API-koppelingen
intro-coordinator = De API-koppelingen van de scholen in de regio.
intro-board = De API-koppelingen die uw bestuur voor zijn scholen heeft gemaakt.
explanation = Met een API-koppeling wisselt een leerlingadministratiesysteem (zoals ParnasSys, Magister of Somtoday) zelf gegevens uit met Overstap. Het systeem logt in met een client-ID en een geheim in plaats van met het wachtwoord van een medewerker. Het mag alleen wat u aanvinkt, voor de scholen die u kiest, en alles wat het doet staat in het auditlog.

## The list
list-title = Koppelingen
empty = Er zijn nog geen API-koppelingen.
count = { $count ->
        [1] 1 koppeling
       *[other] { $count } koppelingen
    }
col-name = Naam
col-schools = Scholen
col-scopes = Rechten
col-rate = Verzoeken per minuut
col-last-used = Laatst gebruikt
col-state = Status
col-actions = Acties
never-used = Nog niet gebruikt
unknown-school = Onbekende school
state-active = Actief
state-revoked = Ingetrokken
# $moment is a date and time, e.g. "donderdag 26 maart 2026 om 10:00".
revoked-on = Ingetrokken op { $moment }
# $moment: until when the secret from before the latest "Nieuw geheim" still works.
previous-secret-until = Het vorige geheim werkt nog tot { $moment }
action-rotate = Nieuw geheim
action-revoke = Intrekken
rotate-confirm = Een nieuw geheim maken voor { $name }? Het huidige geheim werkt daarna nog 24 uur: zet het nieuwe geheim in die tijd in het systeem.
revoke-confirm = De koppeling { $name } intrekken? Het systeem kan daarna niet meer inloggen en zijn toegang stopt meteen. Dit kan niet ongedaan worden gemaakt.
revoked-notice = De koppeling { $name } is ingetrokken.
rotated-notice = Er is een nieuw geheim voor { $name }. Kopieer het hieronder.
created-notice = De koppeling { $name } is gemaakt. Kopieer het client-ID en het geheim hieronder.
revoked-conflict = Deze koppeling is ingetrokken en krijgt geen nieuw geheim meer. Maak een nieuwe koppeling als het systeem weer gegevens moet uitwisselen.

## The rights (scopes); each has a short name and one line on what it allows
scope-pupils-read = Leerlingen lezen
scope-pupils-read-help = De leerlingen van de basisschool: de lijst, één leerling en de CSV-export.
scope-pupils-write = Leerlingen invoeren en corrigeren
scope-pupils-write-help = Leerlingen van de basisschool toevoegen en wijzigen, één voor één of met een CSV-import.
scope-registrations-read = Aanmeldingen lezen
scope-registrations-read-help = Het statusoverzicht van de basisschool en de aanmeldingen bij de vo-school.
scope-placements-read = Plaatsingen lezen
scope-placements-read-help = De plaatsingen en de aanbiedingen van vrijgekomen plaatsen van de vo-school.

## The form for a new client
create-title = Nieuwe koppeling
create-intro = Maak een koppeling per systeem. Na het maken ziet u het client-ID en het geheim één keer; die zet u in het systeem.
name-label = Naam
name-hint = Bijvoorbeeld ParnasSys De Regenboog. Deze naam staat in het auditlog bij alles wat het systeem doet.
schools-legend = Scholen
schools-hint = De scholen waarvoor het systeem gegevens mag uitwisselen.
# A school to tick: $name and $town of the school, $kind is "basisschool" or "vo-school" (below).
school-choice = { $name }, { $town } ({ $kind })
kind-po = basisschool
kind-vo = vo-school
scopes-legend = Rechten
scopes-hint = Vink alleen aan wat het systeem nodig heeft.
rate-label = Verzoeken per minuut (niet verplicht)
rate-hint = Hoeveel verzoeken het systeem per minuut mag doen, van 1 tot 6000. Laat u het leeg, dan geldt 600.
create-submit = Koppeling maken
creating = Bezig met maken…
field-name-taken = Een andere koppeling in de regio heeft deze naam al.
field-name-length = Geef een naam van 1 tot 80 tekens, op één regel.
field-schools-length = Kies ten minste één school.
field-school-unknown = Een gekozen school hoort niet bij de scholen die u beheert. Laad de pagina opnieuw.
field-school-inactive = Een gekozen school is gedeactiveerd. Kies alleen actieve scholen.
field-scopes-length = Kies ten minste één recht.
field-rate = Vul een getal van 1 tot 6000 in, of laat het veld leeg.

## The client_id and client_secret, shown once after making a client or a new secret
# $name is the name of the client.
secret-title-created = Client-ID en geheim van { $name }
secret-title-rotated = Nieuw geheim van { $name }
secret-warning = Kopieer het geheim nu en zet het in het systeem. Het wordt niet nog een keer getoond: Overstap bewaart het alleen onleesbaar. Kwijt? Maak dan een nieuw geheim.
client-id-label = Client-ID (client_id)
client-secret-label = Geheim (client_secret)
copy = Kopiëren
copied = Gekopieerd
copy-failed = Kopiëren lukte niet. Selecteer de tekst in het veld en kopieer die zelf.
secret-close = Geheim bewaard, sluiten
