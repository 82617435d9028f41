# Overstap: paper-route texts (nl). The paper route of a pupil in the primary school's workspace.

title = Papieren route
intro = Leerlingen met een advies voor praktijkonderwijs of VSO, of van wie de ouder op papier aanmeldt, volgen de papieren route. Hun ouders krijgen geen ouder inlog en geen herinnering bij het versturen aan meer leerlingen tegelijk, en zij tellen niet mee als ‘nog niet aangemeld’.
reason-label = Reden
reason-none = Geen papieren route
reason-pro = Praktijkonderwijs (pro)
reason-vso = VSO-advies
reason-parent = Ouder meldt op papier aan
print-form = Papieren formulier afdrukken
handed-in-legend = Formulier ingeleverd
handed-in-hint = Vul de datum en de school in zodra de ouder het formulier heeft ingeleverd. Maak beide leeg om dat ongedaan te maken.
handed-in-on = Ingeleverd op
handed-in-to = Ingeleverd bij (naam van de school)
save = Papieren route opslaan
saved = De papieren route is opgeslagen.
saved-none = Opgeslagen: deze leerling volgt geen papieren route.
field-date = Vul een geldige datum in.
field-pro-needs-pro-advice = Praktijkonderwijs kan alleen bij het advies pro. Pas eerst het advies aan of kies een andere reden.
field-in-the-future = Deze datum ligt in de toekomst.
field-school-required = Vul in bij welke school het formulier is ingeleverd.
field-school-length = Deze naam is te lang (hoogstens 200 tekens).
error-handed-in = Het formulier is al ingeleverd, dus de papieren route kan nog niet worden beëindigd. Kies eerst weer de reden, maak de datum en de school leeg en sla op; kies daarna ‘Geen papieren route’.
error-confirmed = De ouder heeft de voorkeurslijst al definitief gemaakt (AV). De papieren route kan niet meer worden gekozen.
error-skipped = Deze leerling volgt de papieren route en krijgt geen ouder inlog of herinnering.
badge = Papier
badge-reason = Papieren route: { $reason }
legend-help = De leerling volgt de papieren route (praktijkonderwijs, VSO of een ouder die op papier aanmeldt): geen ouder inlog, en de leerling telt niet mee als ‘nog niet aangemeld’.
count-label = Papier
bulk-skipped = { $count ->
        [1] 1 leerling volgt de papieren route en kreeg geen ouder inlog.
       *[other] { $count } leerlingen volgen de papieren route en kregen geen ouder inlog.
    }
