## Freundliche Erinnerung vor oder am Fälligkeitstag (Ton FRIENDLY).
== subject
Freundliche Erinnerung: {{totalDue}} fällig am {{payBy}}
== body
{{greeting}}

wir möchten Sie freundlich daran erinnern, dass {{#singleItem}}die folgende Rechnung bald fällig wird{{/singleItem}}{{^singleItem}}die folgenden Rechnungen bald fällig werden{{/singleItem}}:

{{#items}}
- Rechnung {{documentNumber}} vom {{issueDate}}, fällig am {{dueDate}}: {{outstanding}}
{{/items}}

{{charges}}

Gesamtbetrag: {{totalDue}}, zahlbar bis zum {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

Falls Sie die Zahlung bereits veranlasst haben, vielen Dank – dann betrachten Sie diese Nachricht bitte als gegenstandslos.

{{closing}}
