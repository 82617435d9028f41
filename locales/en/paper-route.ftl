# Overstap: paper-route texts (en). The paper route of a pupil in the primary school's workspace.

title = Paper route (papieren route)
intro = Pupils with a praktijkonderwijs or VSO advice, or whose parent registers on paper, take the paper route. Their parents get no parent login and no reminder when these are sent to several pupils at once, and they do not count as ‘not yet registered’.
reason-label = Reason
reason-none = No paper route
reason-pro = Praktijkonderwijs (pro)
reason-vso = VSO advice
reason-parent = The parent registers on paper
print-form = Print the paper form
handed-in-legend = Form handed in
handed-in-hint = Fill in the date and the school once the parent has handed in the form. Clear both to undo that.
handed-in-on = Handed in on
handed-in-to = Handed in at (name of the school)
save = Save the paper route
saved = The paper route has been saved.
saved-none = Saved: this pupil does not take the paper route.
field-date = Enter a valid date.
field-pro-needs-pro-advice = Praktijkonderwijs requires the advice pro. Change the advice first or choose another reason.
field-in-the-future = This date lies in the future.
field-school-required = Fill in at which school the form was handed in.
field-school-length = This name is too long (at most 200 characters).
error-handed-in = The form has already been handed in, so the paper route cannot end yet. First choose the reason again, clear the date and the school and save; then choose ‘No paper route’.
error-confirmed = The parent has already made the preference list definitive (AV). The paper route can no longer be chosen.
error-skipped = This pupil takes the paper route and gets no parent login or reminder.
badge = Paper
badge-reason = Paper route: { $reason }
legend-help = The pupil takes the paper route (praktijkonderwijs, VSO or a parent who registers on paper): no parent login, and the pupil does not count as ‘not yet registered’.
count-label = Paper
bulk-skipped = { $count ->
        [1] 1 pupil takes the paper route and got no parent login.
       *[other] { $count } pupils take the paper route and got no parent login.
    }
