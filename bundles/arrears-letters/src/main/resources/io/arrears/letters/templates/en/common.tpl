## Shared pieces of every English letter. A section may be empty but must not be missing.
== greeting.named
Dear {{contactPerson}},
== greeting.generic
Dear Sir or Madam,
== payment
Payee: {{creditorName}}
IBAN: {{iban}}
{{#bic}}
BIC: {{code}}
{{/bic}}
Reference: {{reference}} (please quote it so that we can match your payment)
{{#paymentLink}}
Pay online: {{url}}
{{/paymentLink}}
== charges
{{#hasCharges}}
The following interest and costs have been added:

{{#interest}}
- Late-payment interest on invoice {{documentNumber}} ({{rate}} a year, {{from}} to {{to}}): {{amount}}
{{/interest}}
{{#fees}}
- {{label}}: {{amount}}
{{/fees}}
{{/hasCharges}}
== closing
Kind regards,
{{creditorName}}
Accounts Receivable
== fee.RECOVERY_COMPENSATION
Fixed compensation for recovery costs{{#documentNumber}} (invoice {{number}}){{/documentNumber}}
== fee.REMINDER_FEE
Reminder fee{{#documentNumber}} (invoice {{number}}){{/documentNumber}}
== fee.COLLECTION_COST
Collection costs{{#documentNumber}} (invoice {{number}}){{/documentNumber}}
== behaviour.COOPERATIVE
== behaviour.EASYGOING
If anything is unclear, a quick call or e-mail is all it takes. We are happy to help.
== behaviour.PESSIMIST
If something is stopping you from paying, please tell us what it is. Together we can usually find a solution.
== behaviour.DOMINANT
If your records show a different amount, please send us the invoice number and we will check it straight away.
== behaviour.STRUGGLING
If paying the full amount at once is difficult, please get in touch. We can agree on a payment plan that works for you.
== behaviour.EMOTIONAL
If you are unhappy with a delivery or an invoice, please tell us and we will look into it. In the meantime, please pay the amounts that are not in question.
== behaviour.DISORGANISED
To make checking easy, every unpaid invoice is listed above with its number and date.
== behaviour.CHRONIC_LATE
Please make sure that the payment reaches us by {{payBy}}.
== behaviour.UNKNOWN
== qr.caption
To pay {{totalDue}}, scan this code with your banking app: the transfer details are filled in for you.
