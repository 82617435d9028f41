# Overstap: vo texts (nl).

nav-label = Onderdelen van de VO-school
nav-registrations = Aanmeldingen
nav-capacity = Capaciteit
nav-placements = Plaatsing en reservelijsten
registrations-title = Aanmeldingen
registrations-intro = De leerlingen die een opleiding van uw school als 1e keus hebben op hun definitieve voorkeurslijst (AV), en hoe vaak uw opleidingen op de lijsten staan.
first-choices-title = 1e keus en voorrang
registrations-caption = { $count ->
        [1] 1 definitieve aanmelding met een opleiding van uw school als 1e keus
       *[other] { $count } definitieve aanmeldingen met een opleiding van uw school als 1e keus
    }
registrations-empty = Nog geen definitieve aanmeldingen met uw school als 1e keus.
verification-until = Voorrang beoordelen kan tot
verification-closed = Voorrang beoordelen kon tot
col-claim = Voorrang
col-decision = Beoordeling
no-claim = Geen
# $kind: sibling, staff_child, hardship or kopklas.
claim-kind = { $kind ->
        [sibling] Broer of zus op school
        [staff_child] Kind van een medewerker
        [hardship] Hardheidsclausule
       *[kopklas] Kopklas
    }
claim-sibling = Broer of zus op school: { $name }, klas { $class }
claim-approved = Goedgekeurd
claim-rejected = Afgewezen
approve = Goedkeuren
approve-for = Goedkeuren: voorrang van { $name }
reject = Afwijzen
reject-for = Afwijzen: voorrang van { $name }
reject-reason = Reden van de afwijzing
reject-reason-required = Vul de reden in; de ouders kunnen ernaar vragen.
reject-confirm = Afwijzing opslaan
list-counts-title = Op hoeveel lijsten staat uw school
list-counts-intro = Per opleiding het aantal definitieve voorkeurslijsten dat haar noemt, per plaats op de lijst.
list-counts-caption = { $lists ->
        [1] 1 definitieve voorkeurslijst noemt uw school
       *[other] { $lists } definitieve voorkeurslijsten noemen uw school
    }
rank-short = { $rank }e
col-lists-total = Totaal
capacity-title = Capaciteit
capacity-intro = Het aantal plaatsen per opleiding. De plaatsing verdeelt precies deze plaatsen.
capacity-until = U kunt het aantal plaatsen wijzigen tot de plaatsing: { $moment }.
col-new-capacity = Nieuw aantal
capacity-of = Nieuw aantal plaatsen voor { $programme }
capacity-invalid = Vul een heel getal van 0 tot en met 2000 in.
capacity-saved = { $programme } heeft nu { $capacity } plaatsen.
placements-title = Plaatsing en reservelijsten
placements-intro = Na de bekendmaking: de geplaatste leerlingen en de reservelijst per opleiding. Komt er een plek vrij, bied die dan aan de eerste op de reservelijst aan.
placements-not-yet = De plaatsing is nog niet bekendgemaakt. Vanaf { $moment } ziet u hier de geplaatste leerlingen en de reservelijsten.
published-at = Bekendgemaakt op
export-placements = Download als CSV
placed-caption = Geplaatst: { $placed } leerlingen ({ $capacity } plaatsen)
placed-empty = Geen leerlingen geplaatst bij deze opleiding.
reserve-caption = { $count ->
        [1] Reservelijst: 1 leerling, in volgorde
       *[other] Reservelijst: { $count } leerlingen, in volgorde
    }
reserve-empty = Deze opleiding heeft geen reservelijst.
col-position = Nr.
col-choice = Keus
offer-seat = Bied vrijgekomen plek aan
offer-seat-for = Bied vrijgekomen plek aan: { $programme }
offer-made = De plek bij { $programme } is aangeboden aan { $name } (nummer { $position } op de reservelijst).
reserve-exhausted = Iedereen op deze reservelijst heeft al een aanbod gehad.
withdraw-title = Plaatsing intrekken op verzoek van de ouders
withdraw-intro = Vragen ouders de plaatsing in te trekken, leg dat hier vast met de reden. De leerling doet dan mee aan ronde 2 en de plek komt vrij. Dit wordt vastgelegd in het logboek en kan niet ongedaan worden gemaakt.
withdraw-pupil-label = Leerling
withdraw-pupil-required = Kies de leerling.
withdraw-reason-label = Reden (verzoek van de ouders)
withdraw-reason-required = Geef de reden.
withdraw-submit = Plaatsing intrekken
withdraw-confirm = Weet u zeker dat u deze plaatsing wilt intrekken? Dit kan niet ongedaan worden gemaakt.
withdraw-done = De plaatsing van { $name } is ingetrokken. De plek is vrij voor ronde 2, en { $name } kan in ronde 2 een nieuwe lijst maken.
offers-title = Aanbiedingen van vrijgekomen plekken
offers-intro = Noteer het antwoord van de ouders. Bij een acceptatie gaat de leerling van de reservelijst naar de geplaatste leerlingen.
offers-empty = Nog geen plekken aangeboden.
col-offered-at = Aangeboden op
col-answer = Antwoord van de ouders
offer-accepted = Geaccepteerd
offer-accepted-for = Geaccepteerd: { $name }
offer-declined = Afgeslagen
offer-declined-for = Afgeslagen: { $name }
offer-outcome = { $outcome ->
        [accepted] Geaccepteerd
        [declined] Afgeslagen
       *[other] Beantwoord
    }
