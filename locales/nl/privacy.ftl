# Overstap: privacy texts (nl).

link = Privacy
title = Privacyverklaring
section-1-heading = Wat we bewaren
section-1-body = Van uw kind: naam, geboortedatum, ELK-nummer (uw inlogcode), klas, schooladvies, woonplaats en basisschool. Van u: het e-mailadres dat de basisschool opgaf, uw taal en uw wachtwoord (alleen versleuteld). Verder de voorkeurslijst, een eventuele voorrangsclaim (zoals de naam van een broer of zus), de plaatsing en de e-mails die we u stuurden.
section-2-heading = Waarom
section-2-body = Om uw kind een plaats in het voortgezet onderwijs te geven volgens de afspraken van de scholen in de regio: aanmelden, loten, plaatsen en de uitslag laten zien. Grondslag: de wettelijke taak van de scholen.
section-3-heading = Hoe lang
section-3-body = Tot 1 oktober van het schooljaar na de overstap (de regio kan een andere datum kiezen). Dan worden de gegevens van uw kind en van u automatisch verwijderd. Het logboek van wie wat deed blijft, maar zonder namen of nummers.
section-4-heading = Wie wat ziet
section-4-body = De basisschool ziet haar eigen leerlingen. Een middelbare school ziet alleen de leerlingen die haar op de lijst zetten of er geplaatst zijn. De coördinator van de regio ziet de loting en plaatsing van de regio. Niemand anders.
section-5-heading = Uw rechten
section-5-body = U kunt in het ouderportaal alles downloaden wat we over uw kind bewaren. Voor correctie vraagt u de basisschool; voor verwijdering de basisschool of de coördinator van de regio.
section-6-heading = Contact
section-6-body = De regio (het samenwerkingsverband van de scholen) is verantwoordelijk voor deze gegevens. Vragen stelt u aan de basisschool van uw kind; die stuurt ze zo nodig door naar de regio.
export-button = Download alle gegevens (JSON)
export-failed = Het downloaden is niet gelukt. Probeer het later opnieuw.
