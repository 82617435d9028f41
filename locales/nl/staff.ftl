# Overstap: staff texts (nl).

pupil-count = { $count ->
        [1] 1 leerling
       *[other] { $count } leerlingen
    }
pupils-empty = Er staan nog geen leerlingen in de lijst.
col-name = Naam
col-class = Groep
col-elk-number = ELK-nummer
col-advice = Advies
col-status = Status
lwoo = lwoo
vo-home-title = Onze opleidingen
vo-home-intro = Na de aanmeldingsweek ziet u hier de aanmeldingen en de gevraagde voorrang.
programmes-empty = Er zijn nog geen opleidingen ingevoerd.
col-programme = Opleiding
col-admitted-advice = Toelaatbare adviezen
col-capacity = Plaatsen
board-home-title = Scholen van het bestuur
board-home-intro = De scholen die onder uw bestuur vallen.
schools-empty = Er zijn geen scholen gevonden.
col-school = School
col-kind = Soort
col-town = Plaats
col-code = BRIN
kind-po = Basisschool
kind-vo = Voortgezet onderwijs
coordinator-home-title = Procedure in de regio
procedure-heading = Kalender { $region }, schooljaar { $school-year }
region-schools-title = Scholen in de regio
col-phase = Fase
col-opens = Begint op
col-phase-state = Stand
phase-upcoming = Nog niet begonnen
phase-open = Nu open
phase-closed = Afgelopen
phase-login-dispatch = Inloggegevens naar ouders versturen
phase-registration = Aanmeldingsweek
phase-priority-verification = Voorrang controleren
phase-placement = Loting en plaatsing
phase-publication = Uitslag bekend
phase-round2 = Tweede ronde
