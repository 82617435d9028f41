### The e-mails to parents, in English (en). Follows locales/nl/mail.ftl message by message;
### see docs/translations.md. A { $variable } is filled in by Overstap: never translate its name.

## Shared by every e-mail

mail-greeting = Dear parent or carer of { $child },
mail-button-fallback = Button not working? Copy this link into your browser:
mail-closing = Kind regards,
mail-sent-for-school = This e-mail was sent through Overstap on behalf of { $school }.
mail-sent-automatically = This e-mail was sent automatically by Overstap.
mail-programme-line = { $rank }. { $programme } – { $school }, { $town }

## The pupil data a school corrected, by the names a parent knows

pupil-field-name = name
pupil-field-birth-date = date of birth
pupil-field-advice = school advice
pupil-field-lwoo = learning support (lwoo)
pupil-field-address = address
pupil-field-home-town = home town
pupil-field-parent-emails = parents' e-mail addresses

## The priority rules, by the names a parent knows

priority-rule-sibling = Brother or sister at the school
priority-rule-staff-child = Child of a member of staff of the school
priority-rule-hardship = Hardship clause (hardheidsclausule)
priority-rule-kopklas = Kopklas (a bridging year for learning Dutch)

## parent-login: the personal link with which a parent creates the account

parent-login-subject = Secondary school registration: sign-in details for { $child }
parent-login-intro = With Overstap you register { $child } for a secondary school. { $school } sends you this personal sign-in link for it. Use the button below to create your account.
parent-login-button = Create account
parent-login-elk-label = Your user name (ELK number)
parent-login-opens-label = The registration week opens
parent-login-until-label = The link is valid until
parent-login-notice = Keep this ELK number safe: it is your user name for Overstap. This link is personal; do not forward this e-mail.
parent-login-footer = { mail-sent-for-school } Questions? Please contact the school.

## reminder: the registration is not complete yet and the registration week is closing

reminder-subject = Reminder: { $child }'s registration is not complete yet
reminder-intro = { $child }'s registration for secondary school is not complete yet. { reminder-next-step }
reminder-next-step =
    { $status ->
        [groen] You have not chosen any schools yet.
        [ag] You have made a list of preferences, but it is not final yet.
        [av] Please check in Overstap that all is well.
       *[other] You have not created your account yet.
    }
reminder-until-label = You can register until
reminder-button = Complete the registration

## data-corrected: the primary school corrected the child's data

data-corrected-subject = { $child }'s details have been corrected
data-corrected-intro = { $school } has corrected these details of { $child } in Overstap:
data-corrected-notice = If the registration was already final, it stays final: you do not need to do anything again.
data-corrected-button = View details
data-corrected-not-right = Is something wrong? Please contact { $school }.

## address-changed: sent to the old address after the school changed the parent's e-mail address

address-changed-subject = The e-mail address for { $child } in Overstap has changed
address-changed-intro = { $school } has changed the e-mail address at which you receive messages about { $child }'s registration in Overstap. This address will no longer receive messages; links you received earlier to sign in or choose a password no longer work.
address-changed-notice = For privacy reasons the new address is not shown in this e-mail.
address-changed-not-you = Did you not ask for this? Then please contact { $school } right away.

## twin-unlinked: the school no longer records the twins; their lists are no longer linked

twin-unlinked-subject = The preference lists of { $child } and { $twin } are no longer linked
twin-unlinked-intro = { $school } no longer records { $child } and { $twin } as twins in Overstap. Their preference lists are therefore no longer linked: a change to one list no longer changes the other, and they no longer count as one unit in the lottery.
twin-unlinked-notice = Please check { $child }'s preference list and confirm the registration again if needed.
twin-unlinked-button = Go to the registration
twin-unlinked-not-right = Is this not right? Please contact { $school }.

## confirmation: the confirmation of receipt; the registration is final

confirmation-subject = Confirmation of receipt: { $child }'s registration is final
confirmation-intro = You have made { $child }'s registration for secondary school final. This is your list of preferences, in order:
confirmation-claim-label = Priority claimed at your 1st choice
confirmation-claim-checked = The school checks the priority claim before placement.
confirmation-sibling-label = Sibling's name and class
confirmation-sibling = { $sibling }, { $class }
confirmation-twin = Your list is linked to that of { $twin } (twins): both take part with the same list and are placed together.
confirmation-elk-label = ELK number
confirmation-confirmed-label = Made final on
confirmation-until-label = You can withdraw and change it until
confirmation-published-label = Results are shown from
confirmation-change = Until then you can withdraw the registration in Overstap and change the list of preferences. A withdrawn registration only counts again once you make it final again.
confirmation-button = View the registration
confirmation-footer = { mail-sent-automatically } Keep this e-mail as proof of your registration.

## password-reset: a link to choose a new password

password-reset-subject = Choose a new password for Overstap ({ $child })
password-reset-intro = A new password was requested for { $child }'s Overstap account. Use the button below to choose a new password.
password-reset-button = Choose a new password
password-reset-elk-label = Your user name (ELK number)
password-reset-until-label = The link works until
password-reset-notice = Did you not ask for this yourself? Then you can ignore this e-mail: your password stays the same. Do not forward this e-mail.
password-reset-footer = This e-mail was sent to the address that { $child }'s primary school has on file.

## placement-changed: a secondary school changed the child's place after the results

placement-changed-subject =
    { $change ->
        [offer-accepted] { $child } is placed at { $school }
        [offer-declined] Offered place for { $child } declined
       *[withdrawn] { $child }'s place has been given up
    }
placement-changed-intro =
    { $change ->
        [offer-accepted] { $school } has recorded that you accept the offered place at { $programme } ({ $school }). { $child } is now placed there; the previous place has been released.
        [offer-declined] { $school } has recorded that you decline the offered place at { $programme } ({ $school }). { $child } keeps the place they already had.
       *[withdrawn] { $school } has recorded that, at your request, { $child } gives up the place at { $programme } ({ $school }). { $child } now has no place and can take part in round 2.
    }
placement-changed-button = View the result
placement-changed-not-right =
    { $change ->
        [withdrawn] Did you not ask for this? Then please contact { $school } right away.
       *[other] Is this not right? Then please contact { $school } right away.
    }

## placement-result: the placement result, at the publication moment

placement-result-subject-placed = Placement result: { $child } has been placed
placement-result-subject-unplaced = Placement result for { $child }
placement-result-placed = Congratulations! { $child } has been placed at the programme below. This was your { placement-result-choice } choice.
# In words up to the tenth, then 11th, 21st, 22nd, 23rd...
placement-result-choice =
    { $rank ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
        [10] tenth
       *[other]
            { NUMBER($rank, type: "ordinal") ->
                [one] { $rank }st
                [two] { $rank }nd
                [few] { $rank }rd
               *[other] { $rank }th
            }
    }
placement-result-programme-label = Programme
placement-result-school-label = School
placement-result-town-label = Town
placement-result-unplaced = Unfortunately, { $child } has not been placed at any of the programmes on your list this time. We understand that this is disappointing. You are not on your own: below you can read what happens now.
placement-result-reserve-placed = For programmes higher on your list, { $child } is on the reserve list:
placement-result-reserve-placed-note = If a place becomes available there, that school will contact you. Until then the placement above stands.
placement-result-reserve-unplaced = { $child } is on the reserve list of:
placement-result-reserve-unplaced-note = If a place becomes available there, that school will contact you.
placement-result-reserve-line = { $programme } – { $school }: position { $position }
placement-result-school-contacts-you = What happens next? { $school } will contact you about enrolment and the next steps. You do not need to do anything now.
placement-result-round2-label = Round 2 opens on
placement-result-round2 = There is a second round (tweede ronde) for pupils who do not have a place yet. In it you can register { $child } at a school that still has places. The primary school will help you with this.
placement-result-contact = The primary school or the transfer coordinator will contact you about the next steps. You do not need to do anything now.
placement-result-button = View the result

## round2-confirmation: the list for round 2 is final

round2-confirmation-subject = { $child }'s list for round 2 has been received
round2-confirmation-intro = You have made { $child }'s list of preferences for the second placement round (ronde 2) final. These schools take part, in this order:
round2-confirmation-confirmed-label = Made final on
round2-confirmation-closes-label = Round 2 closes after
round2-confirmation-next = When round 2 has closed, the free places are assigned. You will then receive an e-mail with the result; it also appears in the parent portal.
round2-confirmation-button = Go to round 2

## withdrawn: the registration was withdrawn and no longer counts until made final again

withdrawn-subject = { $child }'s registration has been withdrawn
withdrawn-intro = { $child }'s registration for secondary school has been withdrawn. Your list of preferences is kept as a draft, but the registration no longer counts for placement.
withdrawn-notice = Make the registration final again before the registration week ends. Only a final registration takes part in placement.
withdrawn-until-label = You can make it final again until
withdrawn-button = Go to the registration
withdrawn-not-you = Did you not withdraw the registration yourself? Then sign in, make it final again and contact the primary school.
