# Overstap: the coordinator's region settings (nl): the region's name and the contact details
# parents see, and the rules of the procedure (voorkeurslijst, voorrang, loting, plaatsing).

nav = Regio
title = Regio-instellingen
intro = De naam van de regio, de contactgegevens die ouders zien en de regels van de procedure. Naam en contactgegevens kunt u altijd wijzigen; de regels liggen vast zodra de aanmeldingsweek begint.
save = Opslaan
saving = Bezig met opslaan…
saved = De instellingen van de regio zijn opgeslagen.

## The region and its contact details.

contact-title = Regio en contact
contact-intro = Ouders zien deze gegevens in het ouderportaal, voor vragen over de procedure zelf.
name-label = Naam van de regio
email-label = E-mailadres voor ouders (niet verplicht)
phone-label = Telefoonnummer voor ouders (niet verplicht)
website-label = Website (niet verplicht)
website-hint = Met https://, bijvoorbeeld https://www.elkamstelland.nl.
mail-sender-label = Afzender van de e-mails (niet verplicht)
mail-sender-hint = De naam waarmee ouders en scholen de e-mails van de regio ontvangen, bijvoorbeeld ELK Amstelland. Leeg: de naam van deze installatie.
time-zone-label = Tijdzone
time-zone-hint = Alle data en tijden van de procedure gelden in deze tijdzone.

## The rules.

rules-title = Regels van de procedure
# $moment is when the current procedure's registration week begins, e.g. "woensdag 25 maart 2026 om 00:00".
rules-fixed = De regels liggen vast sinds het begin van de aanmeldingsweek, { $moment }. U kunt ze bekijken, maar niet meer wijzigen.
rules-editable-until = U kunt de regels wijzigen tot de aanmeldingsweek begint, { $moment }.
template-label = Beginnen met een sjabloon
template-hint = Vult de regels hieronder met die van het sjabloon. Er verandert pas iets als u opslaat.
template-apply = Sjabloon invullen
# $name is the template's name, e.g. Amsterdam.
template-applied = De regels van het sjabloon { $name } zijn ingevuld. Controleer ze en sla op.
template-current = Gebaseerd op het sjabloon: { $name }
routes-title = Voorkeurslijst per advies
routes-hint = Bij een voorkeurslijst noemen ouders minstens zoveel verschillende scholen als het minimum (1 tot en met 30). Bij het papieren formulier meldt de basisschool de leerling aan.
col-advice = Advies
col-route = Route
col-minimum = Minimum aantal scholen
# $route: list or paper.
route = { $route ->
        [list] Voorkeurslijst
       *[paper] Papieren formulier
    }
# $advice is a school advice, e.g. havo.
route-of = Route bij advies { $advice }
minimum-of = Minimum aantal scholen bij advies { $advice }
no-minimum = Geen
max-label = Maximum aantal scholen op een lijst (niet verplicht)
max-hint = Leeg: geen maximum. Anders 1 tot en met 30, en niet lager dan een minimum hierboven.
priority-legend = Voorrangsregels
priority-hint = De voorrang die vo-scholen in de regio bij de 1e keus mogen geven.
tie-breaking-legend = Loting
# $tie: single or multiple.
tie-breaking = { $tie ->
        [single] Eén lotnummer per leerling, voor alle scholen
       *[multiple] Een eigen lotnummer per school
    }
lot-numbers-label = Ouders zien het lotnummer van hun kind bij de uitslag
placement-legend = Plaatsing
# $placement: deferred_acceptance or immediate_acceptance.
placement = { $placement ->
        [deferred_acceptance] Deferred acceptance: wie bij de 1e keus wordt uitgeloot, maakt evenveel kans bij de 2e keus
       *[immediate_acceptance] Immediate acceptance: eerst alle 1e keuzes, dan de 2e keuzes
    }

## Problems with a field, by the server's code.

field-template = Kies een sjabloon uit de lijst.
field-minimum = Vul bij elk advies met een voorkeurslijst een minimum in van 1 tot en met 30 scholen.
field-routes = Kies voor elk advies één route.
field-max-range = Vul een maximum in van 1 tot en met 30 scholen, of laat het veld leeg.
field-max-below-minimum = Het maximum is lager dan het minimum bij een advies. Kies een hoger maximum of een lager minimum.
# $schools names the VO schools with their priority rule, e.g. "Amstelland Lyceum (Broer of zus op school)".
field-priority-in-use = Deze vo-scholen geven voorrang die de regio dan niet meer kent: { $schools }. Wijzig eerst hun voorrangsregel bij Scholen.
field-priority-in-use-unnamed = Een of meer vo-scholen geven voorrang die de regio dan niet meer kent. Wijzig eerst hun voorrangsregel bij Scholen.
