# Overstap: parent texts (en).

nav-label = Registration
nav-home = Overview
nav-data = Details
nav-list = Preference list
nav-confirm = Confirm
nav-result = Result
activate-title = Activate your account
activate-intro = You are creating an account to register your child for secondary school.
activate-child = Your child
activate-username-hint = From now on you sign in with this ELK number.
new-password-label = Choose a password
password-hint = At least 8 and at most 64 characters. A sentence of a few words is strong and easy to remember.
activate-submit = Activate account
activating = Activating…
password-too-short = This password is too short. Use at least 8 characters.
password-too-long = This password is too long. Use at most 64 characters.
password-too-common = This password is used a lot and is easy to guess. Choose another one.
invalid-link-title = This link no longer works
invalid-link-body = The link has expired, was already used or was replaced by a newer one. Ask your child's primary school for a new login.
invalid-reset-link-body = The link to reset your password has expired or was already used. Ask for a new link. If that does not work, ask the primary school for a new login.
request-new-reset = Ask for a new link
forgot-link = Forgot your password?
forgot-title = Forgot your password
forgot-intro = Enter your child's ELK number. You will get an e-mail with a link to choose a new password.
forgot-submit = Send me an e-mail
sending = Sending…
forgot-sent = If this ELK number is known, an e-mail was sent to the address your primary school has for you. Please also check your spam folder.
back-to-sign-in = Back to sign in
reset-title = Choose a new password
reset-intro = Choose a new password. Then sign in with the ELK number and the new password.
reset-submit = Save password
saving = Saving…
password-changed-notice = Your password has been changed. Sign in with the new password.
next-step-heading = What is the next step?
next-groen = Make the preference list: the programmes in order of preference.
next-ag = Check the preference list and make the registration definitive.
next-av = The registration is complete. There is nothing you need to do now.
next-closed = The registration week is over. This is the state at the close.
week-open = The registration week runs from { $opens } until { $last }.
week-upcoming = The registration week starts on { $opens }.
week-closed = The registration week is over; the list can no longer change.
go-to-list = Go to the preference list
go-to-confirm = Check and confirm
go-to-result = Go to the result
go-to-data = See your child's details
data-title = Your child's details
data-intro = These details come from the primary school. You cannot change them here.
class-label = Class
lwoo-label = Learning support (lwoo)
home-town-label = Home town
parent-email-label = E-mail address for messages
yes = Yes
no = No
data-wrong-title = Something wrong?
data-wrong-body = Contact your primary school. Only the school can change these details.
contact-email = E-mail
contact-phone = Phone
contact-website = Website
# $region is the region's name, e.g. ELK Amstelland.
region-contact-title = Questions about the procedure itself?
region-contact-body = For questions about registration, the lottery and the placement, contact { $region }.
list-title = Preference list
list-intro = Put the programmes in order of preference, your first choice at the top. Every change is saved as a draft at once.
schools-count = Put at least { $min } different schools on the list. Now: { $have } { $have ->
        [1] school
       *[other] schools
    }.
my-list-heading = Your list
list-empty = Your list is still empty. Choose programmes below.
rank = Choice { $n }
move-up = Move { $name } up
move-down = Move { $name } down
remove = Remove { $name } from the list
moved-to = { $name } is now in position { $position }.
added = { $name } is on the list.
removed = { $name } was removed from the list.
drag-hint = Change the order by dragging, or with the up and down buttons.
save-saving = Saving…
save-saved = Draft saved.
save-failed = The last change was not saved.
stale-notice = The list was changed elsewhere in the meantime (in another window or by the other parent). You now see the current list. Make your change again if needed.
read-only-av = Your registration is definitive. Do you want to change the list? Withdraw the registration first; the list is kept as a draft.
read-only-closed = The list cannot change now.
catalogue-heading = Choose programmes
catalogue-intro = Only programmes that admit the advice { $advice } are shown here.
search-label = Search by programme, school or town
filter-town = Town
filter-level = Level
all-towns = All towns
all-levels = All levels
results-count = { $count ->
        [1] 1 programme
       *[other] { $count } programmes
    }
no-results = No programmes found. Change the search words or filters.
add = Add
on-list = On your list
levels-label = Levels
priority-offered = Priority at 1st choice: { $rule }
website-of = Website of { $school }
new-window = (opens in a new window)
# $rule: sibling, staff_child, hardship or kopklas.
rule-name = { $rule ->
        [sibling] brother or sister at this school
       *[other] the school's priority rule
    }
priority-heading = Priority
priority-claim = I claim priority at { $school } ({ $rule })
priority-explained = Priority is possible only at the 1st choice. The school verifies it before placement.
sibling-name = Name of the brother or sister
sibling-class = Class of the brother or sister
twin-heading = Twin
twin-link = Link the lists of my twin { $name }
twin-linked = The lists of your child and twin { $name } are linked.
twin-explained = Linked twins have the same list and are placed together.
errors-heading = Please correct this
entry-error = Choice { $rank }: { $message }
list-too-short = Put at least { $min } different schools on the list.
list-too-long = The list is too long.
not-eligible = This programme does not admit the advice.
duplicate = This programme is already on the list.
unknown-programme = This programme does not exist (any more).
priority-not-at-first-choice = Priority is possible only at the 1st choice.
priority-rule-not-offered = This school does not offer this priority.
priority-rule-not-in-region = This priority rule does not apply in your region.
sibling-name-missing = Enter the name of the brother or sister.
sibling-class-missing = Enter the class of the brother or sister.
twin-list-differs = The twin's list is different. Linked twins have the same list.
paper-route = For this advice the primary school registers your child with a paper form.
list-empty-refused = Put at least one programme on the list.
confirm-title = Check and confirm
confirm-intro = Check the list. After confirming, the registration is definitive. During the registration week you can still withdraw it.
summary-list = Your preference list
summary-claim = Priority
summary-no-claim = No priority claimed.
claim-sibling = Brother or sister: { $name }, class { $class }
summary-twin = Twin
twin-not-linked = Not linked with twin { $name }.
confirm-button = Make the registration definitive
confirming = Confirming…
confirmed = Your registration is complete. We sent a confirmation of receipt to { $email }.
edit-list = Change the list
withdraw-button = Withdraw the registration
withdrawing = Withdrawing…
withdrawn = The registration was withdrawn. The list is kept as a draft: change it and confirm again.
withdraw-explained = Until { $last } you can withdraw the registration, change the list and confirm again.
confirm-empty = There is nothing on the list yet.
result-title = Result
result-not-yet = The result will be available from { $when }. You will also get an e-mail then.
result-placed = Your child has been placed in { $programme } at { $school }: your { $rank }{ NUMBER($rank, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    } choice.
result-placed-heading = Placed
result-unplaced = Your child has not been placed. The primary school will help you with the second round.
result-pending = The result is still being determined. Please look again later.
reserve-heading = Reserve lists
reserve-position = { $programme } at { $school }: position { $position } on the reserve list
