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
