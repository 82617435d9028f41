# Overstap: staff texts (en).

pupil-count = { $count ->
        [1] 1 pupil
       *[other] { $count } pupils
    }
pupils-empty = There are no pupils in the list yet.
col-name = Name
col-class = Class
col-elk-number = ELK-nummer
col-advice = Advice
col-status = Status
lwoo = lwoo
vo-home-title = Our programmes
vo-home-intro = After the registration week you will see the registrations and the requested voorrang (priority) here.
programmes-empty = No programmes have been entered yet.
col-programme = Programme
col-admitted-advice = Admitted advice
col-capacity = Places
board-home-title = The board's schools
board-home-intro = The schools that belong to your board.
schools-empty = No schools were found.
col-school = School
col-kind = Type
col-town = Town
col-code = BRIN
kind-po = Primary school
kind-vo = Secondary school
coordinator-home-title = The procedure in the region
procedure-heading = Calendar { $region }, school year { $school-year }
region-schools-title = Schools in the region
no-procedure-yet = The region has no procedure year yet. Create it under Procedure years.
no-procedure-link = Go to the procedure years
field-paper-route-pro = This pupil takes the paper route for praktijkonderwijs; change or undo the paper route first.
col-phase = Phase
col-opens = Starts on
col-phase-state = State
phase-upcoming = Not started
phase-open = Open now
phase-closed = Finished
phase-login-dispatch = Sending login details to parents
phase-registration = Registration week (aanmelding)
phase-priority-verification = Checking voorrang (priority)
phase-placement = Lottery and placement
phase-publication = Results published
phase-round2 = Second round

## Staff accounts: the roles, and the Medewerkers page of coordinators and board admins.

role-po-staff = Primary school staff
role-vo-staff = Secondary school admissions
role-board-admin = Board administrator
role-coordinator = Coordinator
role-parent = Parent/carer
board-nav-label = Parts of the board
board-nav-schools = Schools
accounts-nav = Staff
accounts-title = Staff
accounts-intro-coordinator = Everyone with a school account in the region. Invite new staff, change their role or school, or deactivate an account.
accounts-intro-board = The staff of your board's schools. Invite new staff, change their role or school, or deactivate an account.
accounts-empty = There are no staff accounts yet.
accounts-count = { $count ->
        [1] 1 account
       *[other] { $count } accounts
    }
col-email = E-mail address
col-role = Role
col-workplace = School or board
col-account = Account
col-actions = Actions
whole-region = Whole region
state-invited = Invited
state-active = Active
state-deactivated = Deactivated
# $moment is a date and time, e.g. "Wednesday 1 April 2026 at 10:00".
invited-until = Invitation valid until { $moment }
invitation-no-link = The link has not been sent yet or no longer works.
action-resend = Send the invitation again
action-deactivate = Deactivate
action-activate = Activate
action-edit = Change
# $name is the staff member's name.
deactivate-confirm = { $name } will no longer be able to sign in, and anyone signed in now will be signed out. Deactivate?
resent-notice = A new invitation has been sent to { $email }. The link in the previous e-mail no longer works.
deactivated-notice = { $name }'s account has been deactivated.
activated-notice = { $name }'s account is active again.
updated-notice = { $name }'s details have been saved.
invited-notice = { $name } has been invited. The e-mail with the link goes to { $email }.
invite-title = Invite a member of staff
invite-intro = They receive an e-mail with a link to choose their own password. The link works for seven days.
display-name-label = Name
role-label = Role
school-label = School
board-label = Board
choose-school = Choose a school
choose-board = Choose a board
mail-language-label = Language of the e-mails
language-nl = Dutch (Nederlands)
language-en = English
invite-submit = Invite
inviting = Inviting…
# $name is the staff member's name.
edit-title = Change { $name }
edit-hint = A different role, school or board signs the person out; after that the new role applies.
save = Save
saving = Saving…
cancel = Cancel
own-role-conflict = You cannot change your own role, school or board; ask another coordinator.
own-account-conflict = You cannot deactivate your own account.
resend-conflict = A new invitation is not possible: this account has chosen a password already or is deactivated.
email-taken = There is already an account with this e-mail address.
school-primary-required = Choose a primary school: this role works at a primary school.
school-secondary-required = Choose a secondary school: this role works at a secondary school.
board-required = Choose the board this board administrator works for.
role-region-wide = A coordinator works for the whole region, not for a school or board.
role-not-staff = Choose a staff role.

## Staff at more than one school: their other schools (Medewerkers), and the school switch in the header.

other-schools-legend = Also works at
other-schools-hint = For someone who works at several schools of the same kind, such as a teacher at two locations. After signing in they choose the school. Taking a school away signs them out.
other-schools-primary-only = This role works at primary schools: choose primary schools only here.
other-schools-secondary-only = This role works at secondary schools: choose secondary schools only here.
other-schools-one-workplace = Only primary or secondary school staff work at more than one school.
other-schools-inactive = One of the chosen schools is deactivated and no longer takes staff.
other-schools-too-many = Choose at most 50 other schools.
# $schools is a list of school names, e.g. "Het Kompas, De Zonnewijzer".
also-at = Also at { $schools }
school-switch-label = School
school-switch-submit = Switch
school-switch-busy = Switching…
school-switch-not-mine = This school is not (or no longer) one of yours. Reload the page.

## Refusals of the school directory and the procedure years (used by every page's error messages).

error-brin-taken = Another school already has this BRIN number.
error-in-use = This is still in use, so it cannot be removed or switched off.
# $phase is the name of a phase of the procedure, $moment when it began, e.g. "Wednesday 25 March 2026 at 00:00".
error-phase-started = This can no longer change: the phase ‘{ $phase }’ began on { $moment }.
error-phase-started-now = This can no longer change: the phase of the procedure it belongs to has begun.
error-school-year-taken = The region already has a procedure for this school year.
# $moment is when the current procedure's school year ends, e.g. "Sunday 1 August 2027 at 00:00".
error-procedure-running = The current procedure runs until { $moment }; only then can a new procedure year be created.
error-procedure-running-now = The current procedure is still running; a new procedure year can be created once its school year is over.
error-earlier-procedure = This belongs to an earlier procedure year, which can be viewed but no longer changed.

## The invitation link, and a forgotten password.

invitation-title = Your Overstap account
invitation-intro = You have been invited to an Overstap account. Check the details and choose a password.
invitation-name = Name
invitation-username = E-mail address (your username)
invitation-region = Region
invitation-valid-until = This link works until
invitation-submit = Set password
invitation-accepted-notice = Your account is ready. Sign in with your e-mail address and the password you just chose.
invitation-used = This invitation has been used already: a password has been chosen. Sign in with your e-mail address. If you no longer know the password, ask for a new one.
invitation-expired = This invitation has expired: the link works for seven days. Ask the person who invited you to send the invitation again.
invitation-superseded = You have since received a newer invitation, so this link no longer works. Use the link in the most recent e-mail.
invitation-invalid = This link does not work. Open the link from the e-mail exactly as it is, or ask for a new invitation.
invalid-link-title = This link no longer works
go-to-sign-in = Go to sign-in
back-to-sign-in = Back to sign-in
new-password-label = Choose a password
password-hint = At least 12 and at most 64 characters, and hard to guess: you see pupils' data. A phrase of four or five unrelated words is strong and easy to remember.
password-too-short = This password is too short. Use at least 12 characters.
password-too-long = This password is too long. Use at most 64 characters.
password-too-weak = This password is too easy to guess for an account that sees pupils' data. Use a few words that do not belong together.
forgot-link = Forgotten your password?
forgot-title = Forgotten password
forgot-intro = Enter your account's e-mail address. You will receive an e-mail with a link to choose a new password. The link works for one hour.
forgot-submit = Send me a link
sending = Sending…
forgot-sent = If there is an account with this e-mail address, an e-mail with a link is on its way. Also check your junk mail folder.
reset-title = Choose a new password
reset-intro = Choose a new password. Then sign in with your e-mail address and the new password.
reset-submit = Save password
invalid-reset-link = The link to reset your password has expired, has been used or has been replaced by a newer one. Ask for a new link.
request-new-reset = Ask for a new link
password-changed-notice = Your password has been changed. Sign in with the new password.

## The board admin's overview of its primary schools, a school's status board, and pupil search.

board-overview-title = Where registrations stand
board-overview-caption = Number of pupils per status, per primary school
board-overview-empty = No primary schools belong to your board.
whole-board = Whole board
board-school-title = A school's status board
board-school-heading = Status board of { $school }
board-school-intro = You are looking along with the school. The school sends reminders to parents itself.
back-to-board = Back to the schools
board-nav-search = Find a pupil
board-search-title = Find a pupil
board-search-intro = Find a pupil of one of your primary schools, for example to answer a parent's question.
board-search-label = ELK number or name
board-search-hint = A whole ELK number, or at least 2 letters of the first or last name.
board-search-submit = Search
board-search-audit = Every search is logged.
board-search-too-short = Enter a whole ELK number or at least 2 letters of a name.
board-search-caption = Pupils found
board-search-empty = No pupils found.
board-search-more = There are more results: refine your search.
