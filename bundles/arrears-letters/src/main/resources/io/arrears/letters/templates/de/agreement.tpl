## Ratenvereinbarung (wenn ein Sachbearbeiter einen Zahlungsplan vereinbart). Abschnitte: subject, body.
== subject
Unsere Vereinbarung: Ratenplan {{planId}}
== body
{{greeting}}

vielen Dank für die Ratenvereinbarung mit {{agreedBy}} vom {{agreedOn}}. Sie begleichen {{total}}{{#hasDocuments}} (Rechnungen {{documentList}}){{/hasDocuments}} in diesen Zahlungen:

{{#instalments}}
- {{#downPayment}}Anzahlung{{/downPayment}}{{^downPayment}}Rate {{number}}{{/downPayment}}: {{amount}} bis {{dueDate}}{{#interest}} (davon {{amount}} Zinsen){{/interest}}
{{/instalments}}

Insgesamt: {{totalPayable}}.

{{paymentDetails}}

Solange die Zahlungen pünktlich eingehen, erhalten Sie von uns keine Mahnungen. Ist eine Zahlung mehr als {{graceDays}} Tage überfällig, endet die Vereinbarung und der gesamte Restbetrag wird sofort fällig.

{{closing}}
