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
no-procedure-yet = De regio heeft nog geen procedurejaar. Maak het aan bij Procedurejaren.
no-procedure-link = Naar de procedurejaren
field-paper-route-pro = Deze leerling gaat via de papieren route voor praktijkonderwijs; wijzig of schrap eerst de papieren route.
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

## Staff accounts: the roles, and the Medewerkers page of coordinators and board admins.

role-po-staff = Medewerker basisschool
role-vo-staff = Medewerker toelating vo
role-board-admin = Bestuursbeheerder
role-coordinator = Coördinator
role-parent = Ouder/verzorger
board-nav-label = Onderdelen van het bestuur
board-nav-schools = Scholen
accounts-nav = Medewerkers
accounts-title = Medewerkers
accounts-intro-coordinator = Iedereen met een account voor scholen in de regio. Nodig nieuwe medewerkers uit, pas hun rol of school aan of deactiveer een account.
accounts-intro-board = De medewerkers van de scholen van uw bestuur. Nodig nieuwe medewerkers uit, pas hun rol of school aan of deactiveer een account.
accounts-empty = Er zijn nog geen medewerkers.
accounts-count = { $count ->
        [1] 1 account
       *[other] { $count } accounts
    }
col-email = E-mailadres
col-role = Rol
col-workplace = School of bestuur
col-account = Account
col-actions = Acties
whole-region = Hele regio
state-invited = Uitgenodigd
state-active = Actief
state-deactivated = Gedeactiveerd
# $moment is a date and time, e.g. "woensdag 1 april 2026 om 10:00".
invited-until = Uitnodiging geldig tot { $moment }
invitation-no-link = De link is nog niet verstuurd of werkt niet meer.
action-resend = Uitnodiging opnieuw sturen
action-deactivate = Deactiveren
action-activate = Activeren
action-edit = Wijzigen
# $name is the staff member's name.
deactivate-confirm = { $name } kan dan niet meer inloggen en wie nu ingelogd is, wordt uitgelogd. Deactiveren?
resent-notice = Er is een nieuwe uitnodiging gestuurd naar { $email }. De link uit de vorige e-mail werkt niet meer.
deactivated-notice = Het account van { $name } is gedeactiveerd.
activated-notice = Het account van { $name } is weer actief.
updated-notice = De gegevens van { $name } zijn opgeslagen.
invited-notice = { $name } is uitgenodigd. De e-mail met de link gaat naar { $email }.
invite-title = Medewerker uitnodigen
invite-intro = De medewerker krijgt een e-mail met een link om zelf een wachtwoord te kiezen. De link werkt zeven dagen.
display-name-label = Naam
role-label = Rol
school-label = School
board-label = Bestuur
choose-school = Kies een school
choose-board = Kies een bestuur
mail-language-label = Taal van de e-mails
language-nl = Nederlands
language-en = Engels (English)
invite-submit = Uitnodigen
inviting = Bezig met uitnodigen…
# $name is the staff member's name.
edit-title = { $name } wijzigen
edit-hint = Een andere rol, school of bestuur logt de medewerker uit; daarna geldt de nieuwe rol.
save = Opslaan
saving = Bezig met opslaan…
cancel = Annuleren
own-role-conflict = U kunt uw eigen rol, school of bestuur niet wijzigen; vraag dat aan een andere coördinator.
own-account-conflict = U kunt uw eigen account niet deactiveren.
resend-conflict = Een nieuwe uitnodiging kan niet: dit account heeft al een wachtwoord gekozen of is gedeactiveerd.
email-taken = Er is al een account met dit e-mailadres.
school-primary-required = Kies een basisschool: deze rol werkt op een basisschool.
school-secondary-required = Kies een school voor voortgezet onderwijs: deze rol werkt op een vo-school.
board-required = Kies het bestuur waarvoor deze bestuursbeheerder werkt.
role-region-wide = Een coördinator werkt voor de hele regio, niet voor een school of bestuur.
role-not-staff = Kies een rol voor medewerkers.

## Staff at more than one school: their other schools (Medewerkers), and the school switch in the header.

other-schools-legend = Ook werkzaam op
other-schools-hint = Voor wie op meer scholen van dezelfde soort werkt, zoals een leerkracht op twee locaties. Na het inloggen kiest de medewerker de school. Een school weghalen logt de medewerker uit.
other-schools-primary-only = Deze rol werkt op basisscholen: kies hier alleen basisscholen.
other-schools-secondary-only = Deze rol werkt op vo-scholen: kies hier alleen scholen voor voortgezet onderwijs.
other-schools-one-workplace = Alleen medewerkers van een basisschool of vo-school werken op meer dan één school.
other-schools-inactive = Een van de gekozen scholen is gedeactiveerd en neemt geen medewerkers meer aan.
other-schools-too-many = Kies hoogstens 50 andere scholen.
# $schools is a list of school names, e.g. "Het Kompas, De Zonnewijzer".
also-at = Ook op { $schools }
school-switch-label = Werkt aan
school-switch-submit = Wisselen
school-switch-busy = Bezig met wisselen…
school-switch-not-mine = Deze school hoort niet (meer) bij uw account. Laad de pagina opnieuw.

## Refusals of the school directory and the procedure years (used by every page's error messages).

error-brin-taken = Een andere school heeft dit BRIN-nummer al.
error-in-use = Dit is nog in gebruik en kan daarom niet worden verwijderd of uitgezet.
# $phase is the name of a phase of the procedure, $moment when it began, e.g. "woensdag 25 maart 2026 om 00:00".
error-phase-started = Dit kan niet meer veranderen: de fase ‘{ $phase }’ is begonnen op { $moment }.
error-phase-started-now = Dit kan niet meer veranderen: de fase van de procedure waar het bij hoort, is al begonnen.
error-school-year-taken = De regio heeft al een procedure voor dit schooljaar.
# $moment is when the current procedure's school year ends, e.g. "zondag 1 augustus 2027 om 00:00".
error-procedure-running = De huidige procedure loopt nog tot { $moment }; pas daarna kan een nieuw procedurejaar worden aangemaakt.
error-procedure-running-now = De huidige procedure loopt nog; een nieuw procedurejaar kan pas worden aangemaakt als haar schooljaar voorbij is.
error-earlier-procedure = Dit hoort bij een eerder procedurejaar: dat kunt u bekijken, maar niet meer wijzigen.

## The invitation link, and a forgotten password.

invitation-title = Uw account voor Overstap
invitation-intro = U bent uitgenodigd voor een account bij Overstap. Controleer de gegevens en kies een wachtwoord.
invitation-name = Naam
invitation-username = E-mailadres (uw gebruikersnaam)
invitation-region = Regio
invitation-valid-until = Deze link werkt tot
invitation-submit = Wachtwoord instellen
invitation-accepted-notice = Uw account is klaar. Log in met uw e-mailadres en het wachtwoord dat u net koos.
invitation-used = Deze uitnodiging is al gebruikt: er is al een wachtwoord gekozen. Log in met uw e-mailadres. Weet u het wachtwoord niet meer, vraag dan een nieuw wachtwoord aan.
invitation-expired = Deze uitnodiging is verlopen: de link werkt zeven dagen. Vraag degene die u uitnodigde om de uitnodiging opnieuw te sturen.
invitation-superseded = U heeft intussen een nieuwere uitnodiging gekregen; deze link werkt daarom niet meer. Gebruik de link uit de nieuwste e-mail.
invitation-invalid = Deze link werkt niet. Open de link uit de e-mail precies zoals hij is, of vraag om een nieuwe uitnodiging.
invalid-link-title = Deze link werkt niet meer
go-to-sign-in = Naar inloggen
back-to-sign-in = Terug naar inloggen
new-password-label = Kies een wachtwoord
password-hint = Minstens 12 en hoogstens 64 tekens, en moeilijk te raden: u ziet gegevens van leerlingen. Een zin van vier of vijf losse woorden is sterk en goed te onthouden.
password-too-short = Dit wachtwoord is te kort. Gebruik minstens 12 tekens.
password-too-long = Dit wachtwoord is te lang. Gebruik hoogstens 64 tekens.
password-too-weak = Dit wachtwoord is te makkelijk te raden voor een account dat gegevens van leerlingen ziet. Gebruik een paar losse woorden die niet bij elkaar horen.
forgot-link = Wachtwoord vergeten?
forgot-title = Wachtwoord vergeten
forgot-intro = Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt een uur.
forgot-submit = Stuur mij een link
sending = Bezig met versturen…
forgot-sent = Als er een account is met dit e-mailadres, is er een e-mail met een link onderweg. Kijk ook in de map met ongewenste e-mail.
reset-title = Nieuw wachtwoord kiezen
reset-intro = Kies een nieuw wachtwoord. Daarna logt u in met uw e-mailadres en het nieuwe wachtwoord.
reset-submit = Wachtwoord opslaan
invalid-reset-link = De link om uw wachtwoord te herstellen is verlopen, al gebruikt of vervangen door een nieuwere. Vraag een nieuwe link aan.
request-new-reset = Nieuwe link aanvragen
password-changed-notice = Uw wachtwoord is gewijzigd. Log in met het nieuwe wachtwoord.

## The board admin's overview of its primary schools, a school's status board, and pupil search.

board-overview-title = Stand van de aanmeldingen
board-overview-caption = Aantal leerlingen per status, per basisschool
board-overview-empty = Er vallen geen basisscholen onder uw bestuur.
whole-board = Hele bestuur
board-school-title = Statusoverzicht van een school
board-school-heading = Statusoverzicht van { $school }
board-school-intro = U kijkt mee met de school. Herinneringen aan ouders verstuurt de school zelf.
back-to-board = Terug naar de scholen
board-nav-search = Leerling zoeken
board-search-title = Leerling zoeken
board-search-intro = Zoek een leerling van een van uw basisscholen, bijvoorbeeld om de vraag van een ouder te beantwoorden.
board-search-label = ELK-nummer of naam
board-search-hint = Een volledig ELK-nummer, of minstens 2 letters van de voor- of achternaam.
board-search-submit = Zoeken
board-search-audit = Elke zoekopdracht wordt vastgelegd.
board-search-too-short = Typ een volledig ELK-nummer of minstens 2 letters van een naam.
board-search-caption = Gevonden leerlingen
board-search-empty = Geen leerlingen gevonden.
board-search-more = Er zijn meer resultaten: maak uw zoekopdracht preciezer.
