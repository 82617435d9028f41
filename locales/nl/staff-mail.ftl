### The e-mails to school staff, coordinators and board admins, in Dutch (nl): the source the
### English file follows. A variable is filled in by Overstap: never translate its name.

## Shared by the staff e-mails

staff-mail-greeting = Beste { $name },
staff-mail-closing = Met vriendelijke groet,
staff-mail-footer = Deze e-mail is automatisch verstuurd door Overstap voor { $region }.

## staff-invitation: an account was made for you; choose a password
## $inviter: who invited you (a name, or "de beheerder" for the command line);
## $role: the role as people call it; $workplace: the school, board or region.

staff-invitation-subject = Uitnodiging voor Overstap ({ $region })
staff-invitation-intro = { $inviter } heeft een account voor u aangemaakt in Overstap, het systeem voor de overstap van basisschool naar middelbare school in { $region }. Met de knop hieronder kiest u uw wachtwoord.
staff-invitation-button = Wachtwoord kiezen
staff-invitation-role-label = Uw rol
staff-invitation-workplace-label = Voor
staff-invitation-username-label = Uw gebruikersnaam
staff-invitation-until-label = De link werkt tot
staff-invitation-notice = De link werkt één keer. Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.

## staff-password-reset: a link to choose a new password

staff-password-reset-subject = Nieuw wachtwoord kiezen voor Overstap
staff-password-reset-intro = Er is een nieuw wachtwoord aangevraagd voor uw Overstap-account. Met de knop hieronder kiest u een nieuw wachtwoord.
staff-password-reset-button = Nieuw wachtwoord kiezen
staff-password-reset-until-label = De link werkt tot
staff-password-reset-notice = Heeft u dit niet zelf aangevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft hetzelfde.

## The roles, as people call them

staff-role-po-staff = medewerker basisschool
staff-role-vo-staff = medewerker toelating middelbare school
staff-role-board-admin = bestuursbeheerder
staff-role-coordinator = coördinator
staff-inviter-operator = De beheerder van Overstap
