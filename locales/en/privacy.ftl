# Overstap: privacy texts (en).

link = Privacy
title = Privacy statement
section-1-heading = What we keep
section-1-body = About your child: name, date of birth, ELK number (your sign-in code), class, school advice, home town and primary school. About you: the e-mail address the primary school gave, your language and your password (encrypted only). Also the preference list, any priority claim (such as a brother's or sister's name), the placement and the e-mails we sent you.
section-2-heading = Why
section-2-body = To give your child a place in secondary school under the agreements of the region's schools: registration, lottery, placement and showing the result. Legal basis: the schools' statutory task.
section-3-heading = How long
section-3-body = Until 1 October of the school year after the transfer (the region may choose another date). Then your child's data and yours are removed automatically. The log of who did what stays, but without names or numbers.
section-4-heading = Who sees what
section-4-body = The primary school sees its own pupils. A secondary school sees only the pupils who put it on their list or were placed there. The region's coordinator sees the region's lottery and placement. Nobody else.
section-5-heading = Your rights
section-5-body = In the parent portal you can download everything we hold about your child. Ask the primary school for a correction; ask the primary school or the region's coordinator for erasure.
section-6-heading = Contact
section-6-body = The region (the schools' partnership) is responsible for this data. Ask your child's primary school; it passes questions on to the region where needed.
export-button = Download all data (JSON)
export-failed = The download failed. Please try again later.
