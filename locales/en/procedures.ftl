# Overstap: the coordinator's procedure years (en): each school year's procedure and its
# calendar (login dispatch, registration week, priority check, placement, publication, round 2).

nav = Procedure years
title = Procedure years
intro = Each school year has its own procedure with its own calendar. Plan the next procedure year here. The moments of a phase can change until that phase begins.
caption = The region's procedure years, latest first
empty = The region has no procedure year yet.
col-school-year = School year
col-phases = Phases and their start
col-actions = Actions
current = current
edit = Change
# $school-year is a school year, e.g. 2026-2027.
edit-of = procedure year { $school-year }
fixed = Fixed
new-button = New procedure year
fetching = Fetching…
# $moment is when the current procedure's school year ends, e.g. "Sunday 1 August 2027 at 00:00".
new-from = A new procedure year can be created from { $moment }, when the current procedure's school year is over.

new-from-unknown = A new procedure year can be created once the current procedure's school year is over.
## The form of one procedure year.

new-title = New procedure year
# $school-year is a school year, e.g. 2026-2027.
edit-title = Change procedure year { $school-year }
# $school-year is the school year whose calendar was copied, e.g. 2025-2026.
copied-from = The calendar is copied from school year { $school-year }: the same weekdays and times, one year later. Check the moments and save.
copied-from-template = The calendar comes from the Amstelland template. Check the moments and save.
school-year-label = School year
school-year-hint = The school year in which the pupils are in group 8, for example 2026-2027.
moments-legend = Calendar
times-hint = All times are Dutch time (Europe/Amsterdam).
login-dispatch-opens-at = Login dispatch starts
login-dispatch-closes-at = Login dispatch ends
registration-opens-at = Registration week starts
registration-closes-at = Registration week ends
priority-verification-deadline = Priority check ends
placement-at = Placement from
publication-at = Publication of the result
round2-label = Plan a second round
round2-opens-at = Second round starts
round2-closes-at = Second round ends
locked = This phase has begun: this moment is fixed.
ends-hint = An end is the first moment at which the phase is over: ‘until 31 March inclusive’ is 1 April at 00:00.
save = Save
saving = Saving…
cancel = Cancel
# $school-year is a school year, e.g. 2026-2027.
created = Procedure year { $school-year } has been created and is now the current procedure year.
saved = The calendar of procedure year { $school-year } has been saved.

## The server's problems with a field.

field-school-year = Write the school year as two consecutive years, for example 2026-2027.
field-before-latest = Choose a school year after the region's latest procedure year.
field-out-of-order = This moment is out of order: it must come after the moments before it in the calendar.
field-dst-gap = This time does not exist: the clocks go forward an hour then (summer time). Choose another time.
field-dst-repeated = This time happens twice: the clocks go back an hour then (winter time). Choose another time.
field-outside-school-year = This moment lies outside the school year (from 1 August to 1 August).
field-in-the-past = This moment lies in the past. Choose a moment in the future.
field-round2-incomplete = Fill in both the start and the end of the second round.
field-local-time-format = Fill in a date and a time.
