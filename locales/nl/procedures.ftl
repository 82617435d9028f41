# Overstap: the coordinator's procedure years (nl): each school year's procedure and its
# calendar (inlogverzending, aanmeldweek, controle voorrang, plaatsing, publicatie, tweede ronde).

nav = Procedurejaren
title = Procedurejaren
intro = Elk schooljaar heeft een eigen procedure met een eigen kalender. Plan hier het volgende procedurejaar. De momenten van een fase kunt u wijzigen tot die fase begint.
caption = Procedurejaren van de regio, het laatste eerst
empty = De regio heeft nog geen procedurejaar.
col-school-year = Schooljaar
col-phases = Fasen en hun begin
col-actions = Acties
current = huidig
edit = Wijzigen
# $school-year is a school year, e.g. 2026-2027.
edit-of = procedurejaar { $school-year }
fixed = Ligt vast
new-button = Nieuw procedurejaar
fetching = Bezig met ophalen…
# $moment is when the current procedure's school year ends, e.g. "zondag 1 augustus 2027 om 00:00".
new-from = Een nieuw procedurejaar kan worden aangemaakt vanaf { $moment }, als het schooljaar van de huidige procedure voorbij is.

new-from-unknown = Een nieuw procedurejaar kan pas worden aangemaakt als het schooljaar van de huidige procedure voorbij is.
## The form of one procedure year.

new-title = Nieuw procedurejaar
# $school-year is a school year, e.g. 2026-2027.
edit-title = Procedurejaar { $school-year } wijzigen
# $school-year is the school year whose calendar was copied, e.g. 2025-2026.
copied-from = De kalender is overgenomen van schooljaar { $school-year }: dezelfde weekdagen en tijden, een jaar later. Controleer de momenten en sla op.
copied-from-template = De kalender komt uit het sjabloon van Amstelland. Controleer de momenten en sla op.
school-year-label = Schooljaar
school-year-hint = Het schooljaar waarin de leerlingen in groep 8 zitten, bijvoorbeeld 2026-2027.
moments-legend = Kalender
times-hint = Alle tijden zijn Nederlandse tijd (Europe/Amsterdam).
login-dispatch-opens-at = Inlogverzending begint
login-dispatch-closes-at = Inlogverzending eindigt
registration-opens-at = Aanmeldweek begint
registration-closes-at = Aanmeldweek eindigt
priority-verification-deadline = Controle voorrang eindigt
placement-at = Plaatsing vanaf
publication-at = Publicatie van de uitslag
round2-label = Tweede ronde plannen
round2-opens-at = Tweede ronde begint
round2-closes-at = Tweede ronde eindigt
locked = Deze fase is al begonnen: dit moment ligt vast.
ends-hint = Een einde is het eerste moment waarop de fase voorbij is: ‘tot en met 31 maart’ is 1 april om 00:00.
save = Opslaan
saving = Bezig met opslaan…
cancel = Annuleren
# $school-year is a school year, e.g. 2026-2027.
created = Procedurejaar { $school-year } is aangemaakt en is nu het huidige procedurejaar.
saved = De kalender van procedurejaar { $school-year } is opgeslagen.

## The server's problems with a field.

field-school-year = Schrijf het schooljaar als twee opeenvolgende jaren, bijvoorbeeld 2026-2027.
field-before-latest = Kies een schooljaar na het laatste procedurejaar van de regio.
field-out-of-order = Dit moment ligt niet in de goede volgorde: het moet na de momenten ervoor in de kalender vallen.
field-dst-gap = Dit tijdstip bestaat niet: de klok gaat dan een uur vooruit (zomertijd). Kies een ander tijdstip.
field-dst-repeated = Dit tijdstip komt twee keer voor: de klok gaat dan een uur terug (wintertijd). Kies een ander tijdstip.
field-outside-school-year = Dit moment valt buiten het schooljaar (van 1 augustus tot 1 augustus).
field-in-the-past = Dit moment ligt in het verleden. Kies een moment in de toekomst.
field-round2-incomplete = Vul voor de tweede ronde zowel het begin als het einde in.
field-local-time-format = Vul een datum en een tijd in.
