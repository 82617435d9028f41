# Overstap: vo texts (en).

nav-label = Parts of the secondary school workspace
nav-registrations = Registrations
nav-capacity = Capacity
nav-placements = Placement and reserve lists
registrations-title = Registrations
registrations-intro = The pupils with a programme of your school as 1st choice on their definitive preference list (AV), and how often your programmes appear on the lists.
first-choices-title = 1st choices and priority (voorrang)
registrations-caption = { $count ->
        [1] 1 definitive registration with a programme of your school as 1st choice
       *[other] { $count } definitive registrations with a programme of your school as 1st choice
    }
registrations-empty = No definitive registrations with your school as 1st choice yet.
verification-until = Priority claims can be decided until
verification-closed = Priority claims could be decided until
col-claim = Priority claim
col-decision = Decision
no-claim = None
# $kind: sibling, staff_child, hardship or kopklas.
claim-kind = { $kind ->
        [sibling] Sibling at the school
        [staff_child] Child of a staff member
        [hardship] Hardship clause
       *[kopklas] Kopklas (bridging class)
    }
claim-sibling = Sibling at the school: { $name }, class { $class }
claim-approved = Approved
claim-rejected = Rejected
approve = Approve
approve-for = Approve: priority claim of { $name }
reject = Reject
reject-for = Reject: priority claim of { $name }
reject-reason = Reason for the rejection
reject-reason-required = Give the reason; the parents may ask for it.
reject-confirm = Save the rejection
list-counts-title = How many lists name your school
list-counts-intro = Per programme the number of definitive preference lists that name it, by place on the list.
list-counts-caption = { $lists ->
        [1] 1 definitive preference list names your school
       *[other] { $lists } definitive preference lists name your school
    }
rank-short = { $rank }{ NUMBER($rank, type: "ordinal") ->
        [one] st
        [two] nd
        [few] rd
       *[other] th
    }
col-lists-total = Total
capacity-title = Capacity
capacity-intro = The number of seats per programme. The placement fills exactly these seats.
capacity-until = You can change the number of seats until the placement: { $moment }.
col-new-capacity = New number
capacity-of = New number of seats for { $programme }
capacity-invalid = Enter a whole number from 0 to 2000.
capacity-saved = { $programme } now has { $capacity } seats.
placements-title = Placement and reserve lists
placements-intro = After publication: the placed pupils and the reserve list of each programme. When a seat comes free, offer it to the top of the reserve list.
placements-not-yet = The placement has not been published yet. From { $moment } you will find the placed pupils and the reserve lists here.
published-at = Published on
export-placements = Download as CSV
placed-caption = Placed: { $placed } pupils ({ $capacity } seats)
placed-empty = No pupils placed at this programme.
reserve-caption = { $count ->
        [1] Reserve list: 1 pupil, in order
       *[other] Reserve list: { $count } pupils, in order
    }
reserve-empty = This programme has no reserve list.
col-position = No.
col-choice = Choice
offer-seat = Offer a freed seat
offer-seat-for = Offer a freed seat: { $programme }
offer-made = The seat at { $programme } was offered to { $name } (number { $position } on the reserve list).
reserve-exhausted = Everybody on this reserve list has already had an offer.
withdraw-title = Withdraw a place at the parents' request
withdraw-intro = When parents ask to withdraw the place, record it here with the reason. The pupil then takes part in round 2 and the seat becomes free. This is written to the audit log and cannot be undone.
withdraw-pupil-label = Pupil
withdraw-pupil-required = Choose the pupil.
withdraw-reason-label = Reason (the parents' request)
withdraw-reason-required = Give the reason.
withdraw-submit = Withdraw the place
withdraw-confirm = Are you sure you want to withdraw this place? This cannot be undone.
withdraw-done = The place of { $name } is withdrawn. The seat is free for round 2, and { $name } can make a new list in round 2.
offers-title = Offers of freed seats
offers-intro = Record the parents' answer. An accepted seat moves the pupil from the reserve list to the placed pupils.
offers-empty = No seats offered yet.
col-offered-at = Offered on
col-answer = The parents' answer
offer-accepted = Accepted
offer-accepted-for = Accepted: { $name }
offer-declined = Declined
offer-declined-for = Declined: { $name }
offer-outcome = { $outcome ->
        [accepted] Accepted
        [declined] Declined
       *[other] Answered
    }
