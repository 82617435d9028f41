# Overstap: app texts (en).

app-name = Overstap
app-tagline = From primary to secondary school
skip-to-content = Skip to content
language-label = Language
signed-in-as = Signed in as
# Who is signed in, in the header, for a parent: $child is the first name.
parent-of = Parent/guardian of { $child }
sign-out = Sign out
signed-out-notice = You have signed out.
footer = Overstap: registration for secondary school in your region.
loading = Loading…
not-found-title = Page not found
not-found-body = This page does not exist (any more).
back-to-start = Back to the start
landing-title = Welcome to Overstap
landing-intro = Here parents and guardians fill in the voorkeurslijst (list of preferred schools) and complete the aanmelding (registration) with a secondary school. Schools follow the registrations here.
landing-parent = I am a parent/guardian
landing-parent-hint = Sign in with your child's ELK-nummer.
landing-staff = I work at a school
landing-staff-hint = Primary school, secondary school, school board or coordination.
parent-sign-in-title = Sign in for parents and guardians
parent-sign-in-intro = Sign in with your child's ELK-nummer and the password you chose when activating the account.
staff-sign-in-title = Sign in for schools
staff-sign-in-intro = Sign in with the e-mail address of your school account.
elk-number-label = ELK-nummer (pupil number)
elk-number-hint = You may leave out spaces and dashes.
email-label = E-mail address
password-label = Password
sign-in = Sign in
signing-in = Signing in…
session-expired-notice = Your session has expired. Please sign in again.
staff-instead = Do you work at a school? Sign in here.
parent-instead = Are you a parent or guardian? Sign in here.
error-invalid-credentials = This combination of user name and password is not correct.
error-invalid-input = Please check the marked fields.
# Under two minutes the wait is counted in seconds, from then on in minutes.
error-rate-limited-seconds = Too many attempts. Try again in { $seconds } seconds.
error-rate-limited-minutes = Too many attempts. Try again in { $minutes } minutes.
error-rate-limited-later = Too many attempts. Please try again later.
error-session-expired = Your session has expired. Please sign in again.
error-forbidden = You have no access to this information.
error-not-found = This information was not found.
error-conflict = This is not possible now; the information has changed in the meantime.
error-too-large = This is too large to send.
error-unavailable = Overstap cannot be reached right now. Please try again later.
error-unexpected = Something went wrong on our side.
error-network = No connection to Overstap. Please check your internet connection.
error-reference = Please quote code { $request-id } when you contact us.
error-window-closed = This is only possible from { $opens } until { $closes }.
error-window-closed-now = This is not possible now, according to the procedure calendar.
error-not-allowed-in-status = This is not possible in the current state of the registration.
error-unsupported-file = We cannot read this file. Please upload a CSV file with the columns below.
error-stale-revision = This was changed elsewhere in the meantime. Look at the current state and try again.
error-invalid-link = This link no longer works. Ask the primary school for a new login.
field-required = Please fill in this field.
field-length = This field is empty or too long.
field-too-long = This is too long.
field-email = Please enter a valid e-mail address.
field-invalid = This value is not valid.
status-title = What the status means
status-wit-label = White (wit)
status-wit-help = White dot: the parent login e-mail has not been sent.
status-blauw-label = Blue (blauw)
status-blauw-help = Blue dot: the login e-mail was sent (and not yet used).
status-groen-label = Green (groen)
status-groen-help = Green dot: the parent opened the link and created the account.
status-ag-letters = AG
status-ag-label = Registration started (aanmelding gestart)
status-ag-help = Green, letters AG: the parent started a preference list but it is not definitive.
status-av-letters = AV
status-av-label = Registration complete (aanmelding voltooid)
status-av-help = Green, letters AV: the list is filled in and made definitive: the pupil is registered.
parent-home-title = Your child's transfer
child-birth-date = Date of birth
child-primary-school = Primary school
child-advice = School advice
child-status = Registration status
parent-status-groen = You have an account. You can fill in the voorkeurslijst as soon as the aanmelding (registration) opens.
parent-status-ag = You have started the voorkeurslijst, but the registration is not final yet.
# A date: $day, $month (1 to 12) and $year are numbers.
date = { $day } { $month ->
         [1] January
         [2] February
         [3] March
         [4] April
         [5] May
         [6] June
         [7] July
         [8] August
         [9] September
         [10] October
         [11] November
        *[12] December
    } { $year }
# A day of the week: $day is 1 (Monday) to 7 (Sunday).
weekday = { $day ->
         [1] Monday
         [2] Tuesday
         [3] Wednesday
         [4] Thursday
         [5] Friday
         [6] Saturday
        *[7] Sunday
    }
# A moment in Amsterdam time: $weekday and $date as above, $time like 09:00.
date-time = { $weekday } { $date } at { $time }
parent-status-av = Your registration is complete: the voorkeurslijst is final.
