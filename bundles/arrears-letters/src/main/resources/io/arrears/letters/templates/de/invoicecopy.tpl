## Rechnungskopie für ein Inkassobüro, aus den Buchungsdaten von Arrears (nicht das Original-PDF des ERP).
== title
Kopie der Rechnung {{documentNumber}}
== body
Gläubiger: {{creditorName}}
Schuldner: {{debtorName}} (Kunde {{customerId}})
Beleg: {{documentNumber}} ({{kind}})
Rechnungsdatum: {{issueDate}}
Fälligkeit: {{dueDate}}
Rechnungsbetrag: {{amount}}
Offen am {{asOf}}: {{outstanding}}
{{#paymentReference}}
Zahlungsreferenz: {{value}}
{{/paymentReference}}
== notice
Diese Kopie wurde am {{asOf}} aus der Debitorenbuchhaltung erstellt.
Sie gibt die Rechnungsdaten wieder; sie ist nicht die Originalrechnung.
