# Overstap: app texts (nl).

app-name = Overstap
app-tagline = Van de basisschool naar het voortgezet onderwijs
skip-to-content = Naar de inhoud
language-label = Taal
signed-in-as = Ingelogd als
# Who is signed in, in the header, for a parent: $child is the first name.
parent-of = Ouder/verzorger van { $child }
sign-out = Uitloggen
signed-out-notice = U bent uitgelogd.
footer = Overstap: aanmelden bij het voortgezet onderwijs in uw regio.
loading = Bezig met laden…
not-found-title = Pagina niet gevonden
not-found-body = Deze pagina bestaat niet (meer).
back-to-start = Terug naar het begin
landing-title = Welkom bij Overstap
landing-intro = Hier vullen ouders en verzorgers de voorkeurslijst in en doen zij de aanmelding bij een school voor voortgezet onderwijs. Scholen volgen hier de aanmeldingen.
landing-parent = Ik ben ouder/verzorger
landing-parent-hint = Log in met het ELK-nummer van uw kind.
landing-staff = Ik werk op een school
landing-staff-hint = Basisschool, middelbare school, schoolbestuur of coördinatie.
parent-sign-in-title = Inloggen voor ouders en verzorgers
parent-sign-in-intro = Log in met het ELK-nummer van uw kind en het wachtwoord dat u bij het activeren van het account koos.
staff-sign-in-title = Inloggen voor scholen
staff-sign-in-intro = Log in met het e-mailadres van uw school-account.
elk-number-label = ELK-nummer
elk-number-hint = Spaties en streepjes mag u weglaten.
email-label = E-mailadres
password-label = Wachtwoord
sign-in = Inloggen
signing-in = Bezig met inloggen…
session-expired-notice = Uw sessie is verlopen. Log opnieuw in.
staff-instead = Werkt u op een school? Log hier in.
parent-instead = Bent u ouder of verzorger? Log hier in.
error-invalid-credentials = Deze combinatie van gebruikersnaam en wachtwoord klopt niet.
error-invalid-input = Controleer de gemarkeerde velden.
# Under two minutes the wait is counted in seconds, from then on in minutes.
error-rate-limited-seconds = Te veel pogingen. Probeer het over { $seconds } seconden opnieuw.
error-rate-limited-minutes = Te veel pogingen. Probeer het over { $minutes } minuten opnieuw.
error-rate-limited-later = Te veel pogingen. Probeer het later opnieuw.
error-session-expired = Uw sessie is verlopen. Log opnieuw in.
error-forbidden = U heeft geen toegang tot deze gegevens.
error-not-found = Deze gegevens zijn niet gevonden.
error-conflict = Dit kan nu niet; de gegevens zijn intussen gewijzigd.
error-too-large = Dit is te groot om te versturen.
error-unavailable = Overstap is even niet bereikbaar. Probeer het later opnieuw.
error-unexpected = Er ging iets mis aan onze kant.
error-network = Geen verbinding met Overstap. Controleer uw internetverbinding.
error-reference = Noem code { $request-id } als u contact opneemt.
error-window-closed = Dit kan alleen van { $opens } tot en met { $closes }.
error-window-closed-now = Dit kan nu niet volgens de kalender van de procedure.
error-not-allowed-in-status = Dit kan niet in de huidige stand van de aanmelding.
error-unsupported-file = Dit bestand kunnen we niet lezen. Upload een CSV-bestand met de kolommen hieronder.
error-stale-revision = De lijst is intussen ergens anders gewijzigd. Bekijk de actuele stand en probeer het opnieuw.
error-invalid-link = Deze link werkt niet meer. Vraag de basisschool om een nieuwe inlog.
field-required = Vul dit veld in.
field-length = Dit veld is leeg of te lang.
field-too-long = Dit is te lang.
field-email = Vul een geldig e-mailadres in.
field-invalid = Deze waarde klopt niet.
status-title = Betekenis van de status
status-wit-label = Wit
status-wit-help = Witte stip: de e-mail met de ouder inlog is nog niet verstuurd.
status-blauw-label = Blauw
status-blauw-help = Blauwe stip: de e-mail met de ouder inlog is verstuurd (en nog niet gebruikt).
status-groen-label = Groen
status-groen-help = Groene stip: de ouder heeft de link geopend en een account aangemaakt.
status-ag-letters = AG
status-ag-label = Aanmelding gestart
status-ag-help = Groen met de letters AG: de ouder is aan een voorkeurslijst begonnen, maar die is nog niet definitief.
status-av-letters = AV
status-av-label = Aanmelding voltooid
status-av-help = Groen met de letters AV: de lijst is ingevuld en definitief gemaakt; de leerling is aangemeld.
parent-home-title = De overstap van uw kind
child-birth-date = Geboortedatum
child-primary-school = Basisschool
child-advice = Schooladvies
child-status = Stand van de aanmelding
parent-status-groen = U heeft een account. U kunt de voorkeurslijst invullen zodra de aanmelding opent.
parent-status-ag = U bent aan de voorkeurslijst begonnen, maar de aanmelding is nog niet definitief.
# A date: $day, $month (1 to 12) and $year are numbers.
date = { $day } { $month ->
         [1] januari
         [2] februari
         [3] maart
         [4] april
         [5] mei
         [6] juni
         [7] juli
         [8] augustus
         [9] september
         [10] oktober
         [11] november
        *[12] december
    } { $year }
# A day of the week: $day is 1 (Monday) to 7 (Sunday).
weekday = { $day ->
         [1] maandag
         [2] dinsdag
         [3] woensdag
         [4] donderdag
         [5] vrijdag
         [6] zaterdag
        *[7] zondag
    }
# A moment in Amsterdam time: $weekday and $date as above, $time like 09:00.
date-time = { $weekday } { $date } om { $time }
parent-status-av = Uw aanmelding is volledig: de voorkeurslijst is definitief.
