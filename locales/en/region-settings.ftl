# Overstap: the coordinator's region settings (en): the region's name and the contact details
# parents see, and the rules of the procedure (preference list, priority, lottery, placement).

nav = Region settings
title = Region settings
intro = The region's name, the contact details parents see and the rules of the procedure. The name and contact details can change at any time; the rules are fixed once the registration week begins.
save = Save
saving = Saving…
saved = The region's settings have been saved.

## The region and its contact details.

contact-title = Region and contact
contact-intro = Parents see these details in the parent portal, for questions about the procedure itself.
name-label = Name of the region
email-label = E-mail address for parents (optional)
phone-label = Phone number for parents (optional)
website-label = Website (optional)
website-hint = With https://, for example https://www.elkamstelland.nl.
mail-sender-label = Sender of the e-mails (optional)
mail-sender-hint = The name parents and schools see the region's e-mails come from, for example ELK Amstelland. Empty: this installation's name.
time-zone-label = Time zone
time-zone-hint = Every date and time of the procedure is in this time zone.

## The rules.

rules-title = Rules of the procedure
# $moment is when the current procedure's registration week begins, e.g. "Wednesday 25 March 2026 at 00:00".
rules-fixed = The rules have been fixed since the registration week began, { $moment }. You can look at them but no longer change them.
rules-editable-until = You can change the rules until the registration week begins, { $moment }.
template-label = Start from a template
template-hint = Fills in the rules below with the template's. Nothing changes until you save.
template-apply = Fill in template
# $name is the template's name, e.g. Amsterdam.
template-applied = The rules of the template { $name } have been filled in. Check them and save.
template-current = Based on the template: { $name }
routes-title = Preference list (voorkeurslijst) per advice
routes-hint = With a preference list, parents name at least as many different schools as the minimum (1 to 30). With the paper form, the primary school registers the pupil.
col-advice = Advice
col-route = Route
col-minimum = Minimum number of schools
# $route: list or paper.
route = { $route ->
        [list] Preference list
       *[paper] Paper form
    }
# $advice is a school advice, e.g. havo.
route-of = Route for the advice { $advice }
minimum-of = Minimum number of schools for the advice { $advice }
no-minimum = None
max-label = Maximum number of schools on a list (optional)
max-hint = Empty: no maximum. Otherwise 1 to 30, and not below a minimum above.
priority-legend = Priority rules (voorrang)
priority-hint = The priority VO schools in the region may give at the 1st choice.
tie-breaking-legend = Lottery (loting)
# $tie: single or multiple.
tie-breaking = { $tie ->
        [single] One lot number per pupil, for every school
       *[multiple] A separate lot number per school
    }
lot-numbers-label = Parents see their child's lot number with the result
placement-legend = Placement
# $placement: deferred_acceptance or immediate_acceptance.
placement = { $placement ->
        [deferred_acceptance] Deferred acceptance: losing the lottery at the 1st choice costs nothing at the 2nd choice
       *[immediate_acceptance] Immediate acceptance: all 1st choices first, then the 2nd choices
    }

## Problems with a field, by the server's code.

field-template = Choose a template from the list.
field-minimum = For every advice with a preference list, fill in a minimum of 1 to 30 schools.
field-routes = Choose one route for every advice.
field-max-range = Fill in a maximum of 1 to 30 schools, or leave the field empty.
field-max-below-minimum = The maximum is below the minimum of an advice. Choose a higher maximum or a lower minimum.
# $schools names the VO schools with their priority rule, e.g. "Amstelland Lyceum (Brother or sister at the school)".
field-priority-in-use = These VO schools give priority the region would no longer have: { $schools }. First change their priority rule under Schools.
field-priority-in-use-unnamed = One or more VO schools give priority the region would no longer have. First change their priority rule under Schools.
