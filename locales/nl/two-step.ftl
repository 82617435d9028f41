# Overstap: two-step texts (nl).

code-label = Code uit je authenticator-app
code-hint = Zes cijfers; de app toont elke 30 seconden een nieuwe code.
recovery-label = Herstelcode
use-recovery = Telefoon kwijt? Gebruik een herstelcode
use-code = Gebruik de code uit de app
code-required = Je wachtwoord klopt. Vul nu de code uit je authenticator-app in.
code-wrong = Deze code klopt niet, is verlopen of al gebruikt. Probeer de code die de app nu toont.
setup-required = Voor jouw rol is inloggen in twee stappen verplicht. Stel het eerst in.
title = Inloggen in twee stappen
link = Inloggen in twee stappen
intro = Na je wachtwoord vraagt Overstap om een code uit een authenticator-app op je telefoon (bijvoorbeeld Google Authenticator, Microsoft Authenticator of FreeOTP). Zo kan niemand met alleen je wachtwoord bij de gegevens van leerlingen.
required-note = Voor coördinatoren en bestuursbeheerders is dit verplicht.
off = Inloggen in twee stappen staat uit.
on = Inloggen in twee stappen staat aan.
recovery-left = { $count ->
        [1] Je hebt nog 1 herstelcode.
       *[other] Je hebt nog { $count } herstelcodes.
    }
start = Instellen
scan = Scan deze QR-code met je authenticator-app, of typ de sleutel hieronder over.
qr-alt = QR-code voor je authenticator-app
secret-label = Sleutel
confirm-label = Code die de app nu toont
confirm = Bevestigen
codes-title = Bewaar je herstelcodes
codes-intro = Met een herstelcode log je in als je je telefoon kwijt bent. Elke code werkt één keer. Print ze of bewaar ze in een wachtwoordkluis: je ziet ze maar één keer.
codes-saved = Ik heb ze bewaard, verder
renew-title = Nieuwe herstelcodes
renew = Maak nieuwe herstelcodes
disable-title = Uitzetten
disable = Zet inloggen in twee stappen uit
disabled-done = Inloggen in twee stappen staat nu uit.
