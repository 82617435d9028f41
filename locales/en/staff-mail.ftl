### The e-mails to school staff, coordinators and board admins, in English (en).

## Shared by the staff e-mails

staff-mail-greeting = Dear { $name },
staff-mail-closing = Kind regards,
staff-mail-footer = This e-mail was sent automatically by Overstap for { $region }.

## staff-invitation: an account was made for you; choose a password

staff-invitation-subject = Invitation to Overstap ({ $region })
staff-invitation-intro = { $inviter } has made an account for you in Overstap, the system for the move from primary to secondary school in { $region }. Use the button below to choose your password.
staff-invitation-button = Choose a password
staff-invitation-role-label = Your role
staff-invitation-workplace-label = For
staff-invitation-username-label = Your username
staff-invitation-until-label = The link works until
staff-invitation-notice = The link works once. Not expecting this invitation? Then you can ignore this e-mail.

## staff-password-reset: a link to choose a new password

staff-password-reset-subject = Choose a new password for Overstap
staff-password-reset-intro = A new password was requested for your Overstap account. Use the button below to choose a new password.
staff-password-reset-button = Choose a new password
staff-password-reset-until-label = The link works until
staff-password-reset-notice = Did you not ask for this? Then you can ignore this e-mail: your password stays the same.

## The roles, as people call them

staff-role-po-staff = primary school staff
staff-role-vo-staff = secondary school admissions
staff-role-board-admin = board admin
staff-role-coordinator = coordinator
staff-inviter-operator = The Overstap administrator
