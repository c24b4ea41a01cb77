## Angebot eines Skontos bei schneller Zahlung (per E-Mail, wenn ein Sachbearbeiter einen befristeten Nachlass anbietet). Abschnitte: subject, body.
== subject
Rabattangebot: {{discountedAmount}} statt {{debt}} bis zum {{validUntil}}
== body
{{greeting}}

wie mit {{offeredBy}} besprochen, bieten wir Ihnen einen Nachlass von {{percent}} auf {{debt}}{{#hasDocuments}} (Rechnungen {{documentList}}){{/hasDocuments}} an.

Wenn {{discountedAmount}} bis zum {{validUntil}} vollständig bei uns eingeht, müssen Sie die restlichen {{discount}} nicht zahlen. Bitte geben Sie bei der Zahlung {{reference}} an.

Nach dem {{validUntil}} endet das Angebot, und der volle Betrag von {{debt}} ist zu zahlen.

Mit freundlichen Grüßen
{{offeredBy}}
