## Courtesy reminder before or at the due date (tone FRIENDLY).
== subject
Friendly reminder: {{totalDue}} due on {{payBy}}
== body
{{greeting}}

This is a friendly reminder that the following {{#singleItem}}invoice is{{/singleItem}}{{^singleItem}}invoices are{{/singleItem}} due soon:

{{#items}}
- Invoice {{documentNumber}} of {{issueDate}}, due on {{dueDate}}: {{outstanding}}
{{/items}}

{{charges}}

Total: {{totalDue}}, to be paid by {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

If you have already arranged the payment, thank you, and please ignore this message.

{{closing}}
