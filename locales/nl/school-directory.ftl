# Overstap: the coordinator's school directory (nl): school boards, schools, the school import
# and the programmes of VO schools.

nav = Scholen
title = Scholen
intro = Alle schoolbesturen en scholen van de regio. Voeg een bestuur of school toe, pas de gegevens aan, importeer scholen uit een CSV-bestand of deactiveer wat niet meer meedoet. Bij een vo-school beheert u ook de opleidingen.
col-actions = Acties
col-state = Stand
state-active = Actief
state-inactive = Gedeactiveerd
action-edit = Wijzigen
action-deactivate = Deactiveren
action-activate = Activeren
save = Opslaan
saving = Bezig met opslaan…
cancel = Annuleren
adding = Bezig met toevoegen…

## School boards.

boards-title = Schoolbesturen
boards-caption = Schoolbesturen in de regio
boards-empty = Er zijn nog geen schoolbesturen.
col-board = Bestuur
col-active-schools = Actieve scholen
action-rename = Naam wijzigen
board-add-title = Schoolbestuur toevoegen
board-name-label = Naam van het bestuur
board-add-submit = Bestuur toevoegen
# $name is the board's current name.
board-rename-title = Naam van { $name } wijzigen
board-added = Het bestuur { $name } is toegevoegd.
board-renamed = Het bestuur heet nu { $name }.
board-deactivated = Het bestuur { $name } is gedeactiveerd.
board-activated = Het bestuur { $name } is weer actief.
board-deactivate-confirm = Het bestuur { $name } deactiveren? Er kunnen dan geen scholen meer bij.
board-in-use = Dit bestuur heeft nog actieve scholen. Deactiveer eerst die scholen of verplaats ze naar een ander bestuur.
board-taken = Er is al een bestuur met deze naam.

## Schools.

schools-title = Scholen in de regio
schools-caption = Scholen in de regio, op naam
schools-empty = Er zijn nog geen scholen.
schools-count = { $count ->
        [1] 1 school
       *[other] { $count } scholen
    }
col-code = BRIN-nummer
col-name = Naam
col-kind = Soort
col-town = Plaats
kind-po = PO
kind-vo = VO
kind-po-long = Basisonderwijs (po)
kind-vo-long = Voortgezet onderwijs (vo)
action-programmes = Opleidingen
school-add-title = School toevoegen
school-add-submit = School toevoegen
kind-label = Soort school
board-label = Schoolbestuur
choose-board = Kies een schoolbestuur
# $name is a board that is deactivated (still the school's board).
board-inactive-choice = { $name } (gedeactiveerd)
code-label = BRIN-nummer
code-hint = Twee cijfers en twee letters, eventueel met het vestigingsnummer: 12AB of 12AB00.
name-label = Naam van de school
town-label = Plaats
email-label = E-mailadres voor ouders
phone-label = Telefoonnummer voor ouders
website-label = Website (niet verplicht)
website-hint = Met https://, bijvoorbeeld https://www.school.nl.
priority-rule-label = Voorrangsregel bij 1e keus
priority-rule-hint = Alleen voor een vo-school, en alleen een voorrangsregel die de regio kent.
priority-rule-none = Geen voorrang
# $rule: sibling, staff_child, hardship or kopklas.
priority-rule = { $rule ->
        [sibling] Broer of zus op school
        [staff_child] Kind van een medewerker
        [hardship] Hardheidsclausule
       *[kopklas] Kopklas
    }
# $name is the school's name.
school-edit-title = { $name } wijzigen
# $kind is PO or VO.
school-edit-kind = Soort school: { $kind }. Een school blijft PO of VO.
school-added = De school { $name } is toegevoegd.
school-saved = De gegevens van { $name } zijn opgeslagen.
school-deactivated = De school { $name } is gedeactiveerd.
school-activated = De school { $name } is weer actief.
school-deactivate-confirm = { $name } deactiveren? De school doet dan niet meer mee aan iets nieuws; de gegevens blijven bewaard.
school-in-use = Deze school doet mee aan de procedure van dit jaar en blijft daarom actief.
school-board-inactive = Het bestuur van deze school is gedeactiveerd. Activeer eerst het bestuur.

## The problems with a field of the school form, by the server's code.

field-brin = Dit is geen BRIN-nummer. Schrijf twee cijfers en twee letters, zoals 12AB, eventueel met het vestigingsnummer (12AB00).
field-brin-taken = Een andere school heeft dit BRIN-nummer al.
field-phone = Dit is geen telefoonnummer. Schrijf 8 tot 15 cijfers, bijvoorbeeld 020 123 4567.
field-url = Dit is geen webadres. Begin met https://, bijvoorbeeld https://www.school.nl.
field-unknown-board = Kies een schoolbestuur uit de lijst.
field-board-inactive = Dit bestuur is gedeactiveerd. Kies een ander bestuur of activeer dit bestuur eerst.
field-vo-only = Alleen een vo-school past een voorrangsregel toe.
field-not-offered = De regels van de regio kennen deze voorrangsregel niet.
field-kind-fixed = Een school blijft PO of VO; de soort kan niet veranderen.

## Importing schools from a CSV file.

import-title = Scholen importeren
import-intro = Upload een CSV-bestand met één school per regel. Een school wordt herkend aan haar BRIN-nummer: een bekende school wordt bijgewerkt, een nieuwe toegevoegd. Een schoolbestuur dat nog niet bestaat, wordt aangemaakt. Bevat het bestand een fout, dan wordt er niets geïmporteerd en ziet u alle fouten tegelijk.
import-file-label = CSV-bestand met scholen
import-file-hint = Kolommen gescheiden door ; met de kopregel hieronder. Sla het bestand in Excel op als ‘CSV UTF-8’.
import-choose-file = Kies eerst een bestand.
import-submit = Importeren
importing = Bezig met importeren…
import-done = Geïmporteerd: { $created } nieuw, { $updated } bijgewerkt, { $unchanged } ongewijzigd, { $boards ->
        [1] 1 nieuw bestuur
       *[other] { $boards } nieuwe besturen
    }.
import-rejected = Er is niets geïmporteerd: het bestand bevat { $count ->
        [1] 1 fout
       *[other] { $count } fouten
    }. Verbeter het bestand en upload het opnieuw.
import-columns-title = De kolommen van het bestand
import-columns-intro = De eerste regel is de kopregel met deze namen; website en priority_rule mogen leeg blijven of ontbreken.
column-code = het BRIN-nummer, zoals 12AB of 12AB00
column-kind = po of vo
column-name = de naam van de school
column-board = de naam van het schoolbestuur; een nieuw bestuur wordt aangemaakt
column-town = de plaats
column-contact-email = het e-mailadres voor ouders
column-contact-phone = het telefoonnummer voor ouders
column-website = het webadres, met https:// (niet verplicht)
column-priority-rule = alleen vo: sibling (broer of zus), staff_child (kind van een medewerker), hardship (hardheidsclausule) of kopklas (niet verplicht)
row-error-kind = Schrijf po of vo.
row-error-priority-rule = Onbekende voorrangsregel; schrijf sibling, staff_child, hardship of kopklas, of laat de cel leeg.
row-error-duplicate = Dit BRIN-nummer staat al op een eerdere regel.
row-error-brin-taken = Een school in een andere regio heeft dit BRIN-nummer.
row-error-too-many-rows = Het bestand heeft meer dan 2.000 scholen.

## The programmes (opleidingen) of a VO school.

programmes-title = Opleidingen
# $school is the VO school's name.
programmes-heading = Opleidingen van { $school }
programmes-intro = De opleidingen waaruit ouders kiezen, met de adviezen die worden toegelaten en het aantal plaatsen. Vanaf de aanmeldingsweek liggen de opleidingen en hun adviezen vast; het aantal plaatsen kan tot de loting veranderen.
programmes-caption = Opleidingen van de school
programmes-empty = Deze school heeft nog geen opleidingen.
back-to-schools = Terug naar de scholen
not-vo = Alleen een vo-school heeft opleidingen.
col-programme = Opleiding
col-admitted-advice = Toelaatbare adviezen
col-capacity = Plaatsen
col-info = Informatie
# $name is the programme's name.
info-link = Informatie over { $name }
no-info = Geen
action-delete = Verwijderen
programme-add-title = Opleiding toevoegen
programme-add-submit = Opleiding toevoegen
programme-name-label = Naam van de opleiding
programme-name-hint = Bijvoorbeeld havo/vwo of tweetalig vwo.
advice-legend = Toelaatbare adviezen
advice-hint = Kies de schooladviezen waarmee een leerling kan worden geplaatst; minstens één.
capacity-label = Aantal plaatsen
capacity-hint = Plaatsen voor het eerste leerjaar: 1 tot en met 2000.
info-url-label = Informatiepagina voor ouders (niet verplicht)
programme-edit-title = { $name } wijzigen
programme-delete-confirm = De opleiding { $name } verwijderen?
programme-added = De opleiding { $name } is toegevoegd.
programme-saved = De opleiding { $name } is opgeslagen.
programme-deleted = De opleiding { $name } is verwijderd.
programme-in-use = Ouders hebben deze opleiding al gekozen of er zijn leerlingen in geplaatst; de opleiding blijft bestaan.
programme-school-inactive = Deze school is gedeactiveerd. Activeer de school eerst.
programme-taken = De school heeft al een opleiding met deze naam.
field-capacity = Vul een aantal plaatsen in van 1 tot en met 2000.
field-advice-required = Kies minstens één advies.
