# Overstap: two-step texts (en).

code-label = Code from your authenticator app
code-hint = Six digits; the app shows a new code every 30 seconds.
recovery-label = Recovery code
use-recovery = Lost your phone? Use a recovery code
use-code = Use the code from the app
code-required = Your password is right. Now enter the code from your authenticator app.
code-wrong = This code is wrong, expired or already used. Try the code the app shows now.
setup-required = Your role signs in in two steps. Set it up first.
title = Two-step sign-in
link = Two-step sign-in
intro = After your password, Overstap asks for a code from an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Nobody gets to pupils' data with your password alone.
required-note = Coordinators and board admins must use it.
off = Two-step sign-in is off.
on = Two-step sign-in is on.
recovery-left = { $count ->
        [1] You have 1 recovery code left.
       *[other] You have { $count } recovery codes left.
    }
start = Set up
scan = Scan this QR code with your authenticator app, or type the key below.
qr-alt = QR code for your authenticator app
secret-label = Key
confirm-label = Code the app shows now
confirm = Confirm
codes-title = Keep your recovery codes
codes-intro = A recovery code signs you in when you have lost your phone. Each code works once. Print them or keep them in a password manager: they are shown only once.
codes-saved = I have kept them, continue
renew-title = New recovery codes
renew = Make new recovery codes
disable-title = Turn off
disable = Turn two-step sign-in off
disabled-done = Two-step sign-in is off now.
