## Invoice copy for a collection agency, from the ledger data of Arrears (not the ERP's original PDF).
== title
Copy of invoice {{documentNumber}}
== body
Creditor: {{creditorName}}
Debtor: {{debtorName}} (customer {{customerId}})
Document: {{documentNumber}} ({{kind}})
Issue date: {{issueDate}}
Due date: {{dueDate}}
Invoice amount: {{amount}}
Outstanding on {{asOf}}: {{outstanding}}
{{#paymentReference}}
Payment reference: {{value}}
{{/paymentReference}}
== notice
This copy was generated on {{asOf}} from the receivables ledger.
It restates the invoice data; it is not the original invoice.
