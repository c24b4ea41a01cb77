## Kopia faktury dla firmy windykacyjnej, z danych księgowych Arrears (nie oryginalny PDF z ERP).
== title
Kopia faktury {{documentNumber}}
== body
Wierzyciel: {{creditorName}}
Dłużnik: {{debtorName}} (klient {{customerId}})
Dokument: {{documentNumber}} ({{kind}})
Data wystawienia: {{issueDate}}
Termin płatności: {{dueDate}}
Kwota faktury: {{amount}}
Do zapłaty na dzień {{asOf}}: {{outstanding}}
{{#paymentReference}}
Tytuł płatności: {{value}}
{{/paymentReference}}
== notice
Kopię wygenerowano {{asOf}} z ewidencji należności.
Przedstawia dane faktury; nie jest oryginałem faktury.
