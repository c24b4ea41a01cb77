## Payment-plan agreement letter (sent when a collector agrees a plan). Sections: subject, body.
== subject
Our agreement: payment plan {{planId}}
== body
{{greeting}}

Thank you for agreeing a payment plan with {{agreedBy}} on {{agreedOn}}. You will settle {{total}}{{#hasDocuments}} (invoices {{documentList}}){{/hasDocuments}} in these payments:

{{#instalments}}
- {{#downPayment}}Down payment{{/downPayment}}{{^downPayment}}Payment {{number}}{{/downPayment}}: {{amount}} by {{dueDate}}{{#interest}} (including {{amount}} interest){{/interest}}
{{/instalments}}

In all: {{totalPayable}}.

{{paymentDetails}}

While the payments arrive on time we send you no reminders. If a payment is more than {{graceDays}} days late, the plan ends and the whole remaining amount is due at once.

{{closing}}
