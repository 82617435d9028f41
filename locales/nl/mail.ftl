### The e-mails to parents, in Dutch (nl): the source every translation follows.
### The same messages, with the same { $variables }, are in en, tr and ar: see
### docs/translations.md. A variable is filled in by Overstap: never translate its name.

## Shared by every e-mail

mail-greeting = Beste ouder of verzorger van { $child },
# The line above the bare link, for mail clients that hide the button.
mail-button-fallback = Werkt de knop niet? Kopieer dan deze link in uw browser:
# The sender (a school, or Overstap) follows on the next line.
mail-closing = Met vriendelijke groet,
# The small print of an e-mail a school has Overstap send.
mail-sent-for-school = Deze e-mail is verstuurd via Overstap namens { $school }.
# The small print of the e-mails of the parent portal.
mail-sent-automatically = Deze e-mail is automatisch verstuurd door Overstap.
# One programme of a confirmed list of preferences, in rank order.
mail-programme-line = { $rank }. { $programme } – { $school }, { $town }

## The pupil data a school corrected, by the names a parent knows

pupil-field-name = naam
pupil-field-birth-date = geboortedatum
pupil-field-advice = schooladvies
pupil-field-lwoo = leerwegondersteuning (lwoo)
pupil-field-address = adres
pupil-field-home-town = woonplaats
pupil-field-parent-emails = e-mailadressen van de ouders

## The priority rules, by the names a parent knows

priority-rule-sibling = Broer of zus op de school
priority-rule-staff-child = Kind van een medewerker van de school
priority-rule-hardship = Hardheidsclausule
priority-rule-kopklas = Kopklas

## parent-login: the personal link with which a parent creates the account ("ouder inlog")
## $opens: when the registration week opens; $until: the last minute the link works.

parent-login-subject = Aanmelden voor de middelbare school: inloggegevens voor { $child }
parent-login-intro = Via Overstap meldt u { $child } aan voor een school voor voortgezet onderwijs. { $school } stuurt u daarvoor deze persoonlijke inloglink. Met de knop hieronder maakt u uw account aan.
parent-login-button = Account aanmaken
parent-login-elk-label = Uw gebruikersnaam (ELK-nummer)
parent-login-opens-label = De aanmeldweek begint
parent-login-until-label = De link is geldig tot en met
parent-login-notice = Bewaar dit ELK-nummer goed: het is uw gebruikersnaam voor Overstap. Deze link is persoonlijk; stuur deze e-mail niet door.
parent-login-footer = { mail-sent-for-school } Vragen? Neem contact op met de school.

## reminder: the registration is not complete yet and the registration week is closing

reminder-subject = Herinnering: de aanmelding van { $child } is nog niet voltooid
reminder-intro = De aanmelding van { $child } voor het voortgezet onderwijs is nog niet voltooid. { reminder-next-step }
# What is still missing, by the status the primary school sees (wit and blauw: no account yet).
reminder-next-step =
    { $status ->
        [groen] U heeft nog geen scholen gekozen.
        [ag] U heeft een voorkeurslijst gemaakt, maar die is nog niet definitief.
        [av] Kijk in Overstap of alles klopt.
       *[other] U heeft nog geen account aangemaakt.
    }
reminder-until-label = Aanmelden kan tot en met
reminder-button = Aanmelding afronden

## data-corrected: the primary school corrected the child's data (the fields follow as a list)

data-corrected-subject = De gegevens van { $child } zijn aangepast
data-corrected-intro = { $school } heeft deze gegevens van { $child } in Overstap aangepast:
data-corrected-notice = Was de aanmelding al definitief, dan blijft zij definitief: u hoeft niets opnieuw te doen.
data-corrected-button = Gegevens bekijken
data-corrected-not-right = Klopt er iets niet? Neem dan contact op met { $school }.

## address-changed: sent to the old address after the school changed the parent's e-mail address

address-changed-subject = Het e-mailadres voor { $child } in Overstap is gewijzigd
address-changed-intro = { $school } heeft het e-mailadres waarop u berichten over de aanmelding van { $child } in Overstap krijgt, gewijzigd. Dit adres krijgt vanaf nu geen berichten meer; links die u eerder kreeg om in te loggen of een wachtwoord te kiezen, werken niet meer.
address-changed-notice = Het nieuwe adres staat om privacyredenen niet in deze e-mail.
address-changed-not-you = Heeft u hier niet om gevraagd? Neem dan meteen contact op met { $school }.

## twin-unlinked: the school no longer records the twins; their lists are no longer linked

twin-unlinked-subject = De voorkeurslijsten van { $child } en { $twin } zijn niet meer gekoppeld
twin-unlinked-intro = { $school } heeft { $child } en { $twin } in Overstap niet langer als tweeling geregistreerd. Daarom zijn hun voorkeurslijsten niet meer gekoppeld: een wijziging in de ene lijst verandert de andere niet meer, en bij de loting tellen zij niet meer als één eenheid.
twin-unlinked-notice = Controleer de voorkeurslijst van { $child } en maak de aanmelding zo nodig opnieuw definitief.
twin-unlinked-button = Naar de aanmelding
twin-unlinked-not-right = Klopt dit niet? Neem dan contact op met { $school }.

## confirmation: the ontvangstbevestiging; the registration is definitive
## $sibling and $class: the sibling named for the priority; $twin: the linked twin.

confirmation-subject = Ontvangstbevestiging: de aanmelding van { $child } is definitief
confirmation-intro = U heeft de aanmelding van { $child } voor het voortgezet onderwijs definitief gemaakt. Dit is uw voorkeurslijst, in volgorde:
confirmation-claim-label = Voorrang gevraagd bij uw 1e keuze
confirmation-claim-checked = De school controleert de voorrang vóór de plaatsing.
confirmation-sibling-label = Naam en klas van de broer of zus
confirmation-sibling = { $sibling }, { $class }
confirmation-twin = Uw voorkeurslijst is gekoppeld aan die van { $twin } (tweeling): beiden doen mee met dezelfde lijst en worden samen geplaatst.
confirmation-elk-label = ELK-nummer
confirmation-confirmed-label = Definitief gemaakt op
confirmation-until-label = Intrekken en wijzigen kan tot en met
confirmation-published-label = De uitslag is te zien vanaf
confirmation-change = Tot dat moment kunt u de aanmelding in Overstap intrekken en de voorkeurslijst wijzigen. Een ingetrokken aanmelding telt pas weer mee als u haar opnieuw definitief maakt.
confirmation-button = Aanmelding bekijken
confirmation-footer = { mail-sent-automatically } Bewaar deze e-mail als bewijs van uw aanmelding.

## password-reset: a link to choose a new password

password-reset-subject = Nieuw wachtwoord kiezen voor Overstap ({ $child })
password-reset-intro = Er is een nieuw wachtwoord aangevraagd voor het Overstap-account van { $child }. Met de knop hieronder kiest u een nieuw wachtwoord.
password-reset-button = Nieuw wachtwoord kiezen
password-reset-elk-label = Uw gebruikersnaam (ELK-nummer)
password-reset-until-label = De link werkt tot
password-reset-notice = Heeft u dit niet zelf aangevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft hetzelfde. Stuur deze e-mail niet door.
password-reset-footer = Deze e-mail is verstuurd naar het e-mailadres dat de basisschool van { $child } heeft doorgegeven.

## placement-changed: a secondary school changed the child's place after the results
## $change: withdrawn (given up at the parents' request), offer-accepted or offer-declined
## (the parents' answer to a seat offered from the reserve list).

placement-changed-subject =
    { $change ->
        [offer-accepted] { $child } is geplaatst bij { $school }
        [offer-declined] Aangeboden plaats voor { $child } niet aangenomen
       *[withdrawn] De plaats van { $child } is vervallen
    }
placement-changed-intro =
    { $change ->
        [offer-accepted] { $school } heeft vastgelegd dat u de aangeboden plaats bij { $programme } ({ $school }) aanneemt. { $child } is nu daar geplaatst; de vorige plaats is vrijgegeven.
        [offer-declined] { $school } heeft vastgelegd dat u de aangeboden plaats bij { $programme } ({ $school }) niet aanneemt. { $child } houdt de plaats die { $child } al had.
       *[withdrawn] { $school } heeft vastgelegd dat { $child } op uw verzoek de plaats bij { $programme } ({ $school }) opgeeft. { $child } heeft nu geen plaats en kan meedoen aan ronde 2.
    }
placement-changed-button = Naar de uitslag
placement-changed-not-right =
    { $change ->
        [withdrawn] Heeft u hier niet om gevraagd? Neem dan meteen contact op met { $school }.
       *[other] Klopt dit niet? Neem dan meteen contact op met { $school }.
    }

## placement-result: the uitslag, at the publication moment
## $rank: the place of the programme on the list; $position: the place on a reserve list.

placement-result-subject-placed = Uitslag van de plaatsing: { $child } is geplaatst
placement-result-subject-unplaced = Uitslag van de plaatsing voor { $child }
placement-result-placed = Gefeliciteerd! { $child } is geplaatst op de opleiding hieronder. Dit was uw { placement-result-choice } keuze.
# The rank as a parent says it, in words up to the tenth.
placement-result-choice =
    { $rank ->
        [1] eerste
        [2] tweede
        [3] derde
        [4] vierde
        [5] vijfde
        [6] zesde
        [7] zevende
        [8] achtste
        [9] negende
        [10] tiende
       *[other] { $rank }e
    }
placement-result-programme-label = Opleiding
placement-result-school-label = School
placement-result-town-label = Plaats
placement-result-unplaced = Helaas is { $child } bij deze plaatsing niet geplaatst op een van de opleidingen van uw voorkeurslijst. We begrijpen dat dit teleurstellend is. U staat er niet alleen voor: hieronder leest u wat er nu gebeurt.
placement-result-reserve-placed = Voor opleidingen die hoger op uw voorkeurslijst stonden, staat { $child } op de reservelijst:
placement-result-reserve-placed-note = Komt daar een plaats vrij, dan neemt die school contact met u op. Tot die tijd blijft de plaatsing hierboven gewoon staan.
placement-result-reserve-unplaced = { $child } staat wel op de reservelijst van:
placement-result-reserve-unplaced-note = Komt daar een plaats vrij, dan neemt die school contact met u op.
placement-result-reserve-line = { $programme } – { $school }: nummer { $position }
placement-result-school-contacts-you = Wat gebeurt er nu? { $school } neemt contact met u op over de inschrijving en de volgende stappen. U hoeft nu zelf niets te doen.
placement-result-round2-label = De tweede ronde begint op
placement-result-round2 = Voor leerlingen die nog geen plaats hebben, is er een tweede ronde. Daarin kunt u { $child } aanmelden bij een school die nog plaatsen vrij heeft. De basisschool helpt u daarbij.
placement-result-contact = De basisschool of de coördinator van de overstap neemt contact met u op over de volgende stappen. U hoeft nu zelf niets te doen.
placement-result-button = Uitslag bekijken

## round2-confirmation: the list for round 2 is definitive

round2-confirmation-subject = De lijst van { $child } voor ronde 2 is ontvangen
round2-confirmation-intro = U heeft de voorkeurslijst van { $child } voor de tweede plaatsingsronde (ronde 2) definitief gemaakt. Deze scholen doen mee, in deze volgorde:
round2-confirmation-confirmed-label = Definitief gemaakt op
round2-confirmation-closes-label = Ronde 2 sluit na
round2-confirmation-next = Na het sluiten van ronde 2 worden de vrije plaatsen verdeeld. U krijgt daarna een e-mail met de uitslag; die staat dan ook in het ouderportaal.
round2-confirmation-button = Naar ronde 2

## withdrawn: the registration was withdrawn and no longer counts until made final again

withdrawn-subject = De aanmelding van { $child } is ingetrokken
withdrawn-intro = De aanmelding van { $child } voor het voortgezet onderwijs is ingetrokken. Uw voorkeurslijst is bewaard als concept, maar de aanmelding telt niet meer mee voor de plaatsing.
withdrawn-notice = Maak de aanmelding opnieuw definitief voor het einde van de aanmeldweek. Alleen een definitieve aanmelding doet mee aan de plaatsing.
withdrawn-until-label = Opnieuw definitief maken kan tot en met
withdrawn-button = Naar de aanmelding
withdrawn-not-you = Heeft u de aanmelding niet zelf ingetrokken? Log dan in, maak haar opnieuw definitief en neem contact op met de basisschool.
