# Overstap: the coordinator's school directory (en): school boards, schools, the school import
# and the programmes of VO schools.

nav = Schools
title = Schools
intro = Every school board and school of the region. Add a board or a school, change their details, import schools from a CSV file, or deactivate what no longer takes part. For a VO school you also keep its programmes.
col-actions = Actions
col-state = State
state-active = Active
state-inactive = Deactivated
action-edit = Change
action-deactivate = Deactivate
action-activate = Activate
save = Save
saving = Saving…
cancel = Cancel
adding = Adding…

## School boards.

boards-title = School boards
boards-caption = School boards of the region
boards-empty = There are no school boards yet.
col-board = Board
col-active-schools = Active schools
action-rename = Rename
board-add-title = Add a school board
board-name-label = Name of the board
board-add-submit = Add board
# $name is the board's current name.
board-rename-title = Rename { $name }
board-added = The board { $name } has been added.
board-renamed = The board is now called { $name }.
board-deactivated = The board { $name } has been deactivated.
board-activated = The board { $name } is active again.
board-deactivate-confirm = Deactivate the board { $name }? No schools can then be added to it.
board-in-use = This board still has active schools. Deactivate those schools first, or move them to another board.
board-taken = There is already a board with this name.

## Schools.

schools-title = Schools of the region
schools-caption = Schools of the region, by name
schools-empty = There are no schools yet.
schools-count = { $count ->
        [1] 1 school
       *[other] { $count } schools
    }
col-code = BRIN number
col-name = Name
col-kind = Kind
col-town = Town
kind-po = PO
kind-vo = VO
kind-po-long = Primary (po)
kind-vo-long = Secondary (vo)
action-programmes = Programmes
school-add-title = Add a school
school-add-submit = Add school
kind-label = Kind of school
board-label = School board
choose-board = Choose a school board
# $name is a board that is deactivated (still the school's board).
board-inactive-choice = { $name } (deactivated)
code-label = BRIN number
code-hint = Two digits and two letters, optionally with the location number: 12AB or 12AB00.
name-label = Name of the school
town-label = Town
email-label = E-mail address for parents
phone-label = Telephone number for parents
website-label = Website (optional)
website-hint = With https://, for example https://www.school.nl.
priority-rule-label = Priority rule at 1st choice
priority-rule-hint = Only for a VO school, and only a priority rule the region's rules offer.
priority-rule-none = No priority
# $rule: sibling, staff_child, hardship or kopklas.
priority-rule = { $rule ->
        [sibling] Brother or sister at the school
        [staff_child] Child of a member of staff
        [hardship] Hardship clause
       *[kopklas] Kopklas
    }
# $name is the school's name.
school-edit-title = Change { $name }
# $kind is PO or VO.
school-edit-kind = Kind of school: { $kind }. A school stays PO or VO.
school-added = The school { $name } has been added.
school-saved = The details of { $name } have been saved.
school-deactivated = The school { $name } has been deactivated.
school-activated = The school { $name } is active again.
school-deactivate-confirm = Deactivate { $name }? The school then takes part in nothing new; its data is kept.
school-in-use = This school takes part in this year's procedure, so it stays active.
school-board-inactive = The board of this school is deactivated. Reactivate the board first.

## The problems with a field of the school form, by the server's code.

field-brin = This is not a BRIN number. Write two digits and two letters, such as 12AB, optionally with the location number (12AB00).
field-brin-taken = Another school already has this BRIN number.
field-phone = This is not a telephone number. Write 8 to 15 digits, for example 020 123 4567.
field-url = This is not a web address. Start with https://, for example https://www.school.nl.
field-unknown-board = Choose a school board from the list.
field-board-inactive = This board is deactivated. Choose another board or reactivate this one first.
field-vo-only = Only a VO school applies a priority rule.
field-not-offered = The region's rules do not offer this priority rule.
field-kind-fixed = A school stays PO or VO; its kind cannot change.

## Importing schools from a CSV file.

import-title = Import schools
import-intro = Upload a CSV file with one school per line. A school is recognised by its BRIN number: a known school is updated, a new one added. A school board that does not exist yet is created. If the file has a mistake, nothing is imported and you see every problem at once.
import-file-label = CSV file of schools
import-file-hint = Columns separated by ; with the header row below. In Excel, save the file as ‘CSV UTF-8’.
import-choose-file = Choose a file first.
import-submit = Import
importing = Importing…
import-done = Imported: { $created } new, { $updated } updated, { $unchanged } unchanged, { $boards ->
        [1] 1 new board
       *[other] { $boards } new boards
    }.
import-rejected = Nothing was imported: the file has { $count ->
        [1] 1 problem
       *[other] { $count } problems
    }. Correct the file and upload it again.
import-columns-title = The columns of the file
import-columns-intro = The first line is the header row with these names; website and priority_rule may be empty or left out.
column-code = the BRIN number, such as 12AB or 12AB00
column-kind = po or vo
column-name = the name of the school
column-board = the name of the school board; a new board is created
column-town = the town
column-contact-email = the e-mail address for parents
column-contact-phone = the telephone number for parents
column-website = the web address, with https:// (optional)
column-priority-rule = VO only: sibling, staff_child, hardship or kopklas (optional)
row-error-kind = Write po or vo.
row-error-priority-rule = Unknown priority rule; write sibling, staff_child, hardship or kopklas, or leave the cell empty.
row-error-duplicate = This BRIN number is already on an earlier line.
row-error-brin-taken = A school in another region has this BRIN number.
row-error-too-many-rows = The file has more than 2,000 schools.

## The programmes (opleidingen) of a VO school.

programmes-title = Programmes
# $school is the VO school's name.
programmes-heading = Programmes of { $school }
programmes-intro = The programmes parents choose from, with the advice levels they admit and their number of seats. From the registration week on, the programmes and their advice levels are fixed; the number of seats can change until the lottery.
programmes-caption = Programmes of the school
programmes-empty = This school has no programmes yet.
back-to-schools = Back to the schools
not-vo = Only a VO school has programmes.
col-programme = Programme
col-admitted-advice = Admitted advice
col-capacity = Seats
col-info = Information
# $name is the programme's name.
info-link = Information about { $name }
no-info = None
action-delete = Delete
programme-add-title = Add a programme
programme-add-submit = Add programme
programme-name-label = Name of the programme
programme-name-hint = For example havo/vwo or bilingual vwo.
advice-legend = Admitted advice
advice-hint = Choose the school advice levels with which a pupil can be placed; at least one.
capacity-label = Number of seats
capacity-hint = Seats in the first year: 1 to 2000.
info-url-label = Information page for parents (optional)
programme-edit-title = Change { $name }
programme-delete-confirm = Delete the programme { $name }?
programme-added = The programme { $name } has been added.
programme-saved = The programme { $name } has been saved.
programme-deleted = The programme { $name } has been deleted.
programme-in-use = Parents have chosen this programme or pupils were placed in it; it stays.
programme-school-inactive = This school is deactivated. Reactivate the school first.
programme-taken = The school already has a programme with this name.
field-capacity = Fill in a number of seats from 1 to 2000.
field-advice-required = Choose at least one advice level.
