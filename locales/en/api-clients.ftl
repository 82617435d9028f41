# Overstap: API clients (en): the credentials a school administration system (ParnasSys,
# Magister, Somtoday) signs in with, managed by the coordinator (the region's) and a board admin
# (the board's). The technical names client_id, client_secret and the scope names (pupils:read)
# are shown as they are and stay untranslated.

nav = API clients
title = API clients
intro-coordinator = The API clients of the region's schools.
intro-board = The API clients your board made for its schools.
explanation = With an API client, a school administration system (such as ParnasSys, Magister or Somtoday) exchanges data with Overstap by itself. The system signs in with a client ID and a secret instead of a member of staff's password. It may only do what you tick, for the schools you choose, and everything it does is in the audit log.

## The list
list-title = Clients
empty = There are no API clients yet.
count = { $count ->
        [1] 1 client
       *[other] { $count } clients
    }
col-name = Name
col-schools = Schools
col-scopes = Rights
col-rate = Requests per minute
col-last-used = Last used
col-state = State
col-actions = Actions
never-used = Not used yet
unknown-school = Unknown school
state-active = Active
state-revoked = Revoked
# $moment is a date and time, e.g. "Thursday 26 March 2026 at 10:00".
revoked-on = Revoked on { $moment }
# $moment: until when the secret from before the latest "New secret" still works.
previous-secret-until = The previous secret works until { $moment }
action-rotate = New secret
action-revoke = Revoke
rotate-confirm = Make a new secret for { $name }? The current secret keeps working for 24 hours: put the new secret into the system within that time.
revoke-confirm = Revoke the client { $name }? The system can then no longer sign in and its access stops at once. This cannot be undone.
revoked-notice = The client { $name } has been revoked.
rotated-notice = There is a new secret for { $name }. Copy it below.
created-notice = The client { $name } has been made. Copy the client ID and the secret below.
revoked-conflict = This client has been revoked and gets no new secret. Make a new client if the system is to exchange data again.

## The rights (scopes); each has a short name and one line on what it allows
scope-pupils-read = Read pupils
scope-pupils-read-help = The primary school's pupils: the list, one pupil and the CSV export.
scope-pupils-write = Add and correct pupils
scope-pupils-write-help = Add and change the primary school's pupils, one at a time or by CSV import.
scope-registrations-read = Read registrations
scope-registrations-read-help = The primary school's status board and the secondary school's registrations.
scope-placements-read = Read placements
scope-placements-read-help = The secondary school's placements and its offers of freed seats.

## The form for a new client
create-title = New client
create-intro = Make one client per system. Once it is made you see the client ID and the secret once; you put them into the system.
name-label = Name
name-hint = For example ParnasSys De Regenboog. The audit log shows this name with everything the system does.
schools-legend = Schools
schools-hint = The schools the system may exchange data for.
# A school to tick: $name and $town of the school, $kind is "primary school" or "secondary school" (below).
school-choice = { $name }, { $town } ({ $kind })
kind-po = primary school
kind-vo = secondary school
scopes-legend = Rights
scopes-hint = Tick only what the system needs.
rate-label = Requests per minute (optional)
rate-hint = How many requests the system may make per minute, from 1 to 6000. Left empty, it is 600.
create-submit = Make client
creating = Making…
field-name-taken = Another client of the region already has this name.
field-name-length = Give a name of 1 to 80 characters, on one line.
field-schools-length = Choose at least one school.
field-school-unknown = A school you chose is not one of the schools you manage. Reload the page.
field-school-inactive = A school you chose has been deactivated. Choose active schools only.
field-scopes-length = Choose at least one right.
field-rate = Enter a number from 1 to 6000, or leave the field empty.

## The client_id and client_secret, shown once after making a client or a new secret
# $name is the name of the client.
secret-title-created = Client ID and secret of { $name }
secret-title-rotated = New secret of { $name }
secret-warning = Copy the secret now and put it into the system. It will not be shown again: Overstap keeps only an unreadable form of it. Lost it? Then make a new secret.
client-id-label = Client ID (client_id)
client-secret-label = Secret (client_secret)
copy = Copy
copied = Copied
copy-failed = Copying did not work. Select the text in the field and copy it yourself.
secret-close = Secret saved, close
